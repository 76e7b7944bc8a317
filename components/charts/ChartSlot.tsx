/** The space a lazily loaded chart takes while Recharts arrives (`next/dynamic` `loading`): the
 *  charts' own height, so the page does not move when it comes. */
export function ChartSlot() {
  return <div className="h-56" aria-hidden />;
}
