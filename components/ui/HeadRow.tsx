/** A column heading: its label, or its label and its own classes where they differ from the row's. */
export type Heading = string | readonly [label: string, className: string];

/** A table's row of column headings, one `<th scope="col">` a heading; `false` leaves a column out
 *  (one shown to some readers only). */
export function HeadRow({
  cells,
  cellClass,
  className,
}: {
  cells: readonly (Heading | false)[];
  /** the classes of every heading not given its own */
  cellClass: string;
  className?: string;
}) {
  return (
    <tr className={className}>
      {cells.map((c, i) =>
        c === false ? null : (
          <th key={i} scope="col" className={typeof c === 'string' ? cellClass : c[1]}>
            {typeof c === 'string' ? c : c[0]}
          </th>
        ),
      )}
    </tr>
  );
}
