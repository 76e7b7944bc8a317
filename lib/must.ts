/** A value the code knows is there (a region of the index, a row just written): returned as it
 *  is, or an error naming what was missing — instead of a non-null assertion that would let an
 *  `undefined` travel on. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
