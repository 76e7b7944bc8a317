import type { ReactNode } from 'react';

/** The `<option>`s of a select of named places (regions, scopes): each by its code, shown by name. */
export function NamedOptions({ items }: { items: readonly { code: string; name: string }[] }) {
  return items.map((i) => (
    <option key={i.code} value={i.code}>
      {i.name}
    </option>
  ));
}

/** The `<option>`s of a select of fixed values (kinds, services, segments, roles…): each value
 *  shown by the words `label` gives it. */
export function ValueOptions<V extends string>({
  values,
  label,
}: {
  values: readonly V[];
  label: (value: V) => ReactNode;
}) {
  return values.map((v) => (
    <option key={v} value={v}>
      {label(v)}
    </option>
  ));
}
