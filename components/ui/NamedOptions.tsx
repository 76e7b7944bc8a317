/** The `<option>`s of a select of named places (regions, scopes): each by its code, shown by name. */
export function NamedOptions({ items }: { items: readonly { code: string; name: string }[] }) {
  return items.map((i) => (
    <option key={i.code} value={i.code}>
      {i.name}
    </option>
  ));
}
