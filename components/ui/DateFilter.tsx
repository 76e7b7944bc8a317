/** A day field of a GET filter form (`?from=`, `?asOf=`): its caption above a date input that
 *  starts at the day the page shows. */
export function DateFilter({
  label,
  name,
  value,
  max,
  className,
  captionClass = 'mb-1 block text-slate-700',
  inputClass = 'rounded-md border border-slate-300 px-2 py-1.5',
}: {
  label: string;
  name: string;
  value: string | null | undefined;
  max?: string;
  className?: string;
  captionClass?: string;
  inputClass?: string;
}) {
  return (
    <label className={className}>
      <span className={captionClass}>{label}</span>
      <input type="date" name={name} defaultValue={value ?? ''} max={max} className={inputClass} />
    </label>
  );
}
