import type { RegionChoices } from '@/lib/regions/choices';
import { appDict, type Lang } from '@/lib/i18n/dict';
import { stockDict } from '@/lib/i18n/stock';
import { NamedOptions } from '@/components/ui/NamedOptions';

/** A GET form's region field: the regions of `regionChoices`, chosen by name. */
export function RegionSelect({
  choices,
  value,
  label,
  lang,
}: {
  choices: RegionChoices;
  value: string;
  label: string;
  lang: Lang;
}) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select
        name="scope"
        defaultValue={value}
        className="max-w-[16rem] rounded-md border border-slate-400 bg-white px-2 py-1"
      >
        {choices.national && <option value="national">{appDict(lang).national}</option>}
        <NamedOptions items={choices.provinces} />
        {choices.regencies.length > 0 && (
          <optgroup label={stockDict(lang).regency}>
            <NamedOptions items={choices.regencies} />
          </optgroup>
        )}
      </select>
    </label>
  );
}
