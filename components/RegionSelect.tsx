import type { RegionChoices } from '@/lib/regions/choices';

/** A GET form's region field: the regions of `regionChoices`, chosen by name. */
export function RegionSelect({
  choices,
  value,
  label,
  nationalLabel,
  regencyLabel,
}: {
  choices: RegionChoices;
  value: string;
  label: string;
  nationalLabel: string;
  regencyLabel: string;
}) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select
        name="scope"
        defaultValue={value}
        className="max-w-[16rem] rounded-md border border-slate-400 bg-white px-2 py-1"
      >
        {choices.national && <option value="national">{nationalLabel}</option>}
        {choices.provinces.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
        {choices.regencies.length > 0 && (
          <optgroup label={regencyLabel}>
            {choices.regencies.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
