import { regionChoices } from '@/lib/regions/choices';
import { regionIndex } from '@/lib/regions/queries';
import { getHandle } from '@/lib/db';
import { appDict, type Lang } from '@/lib/i18n/dict';
import { stockDict } from '@/lib/i18n/stock';
import { NamedOptions } from '@/components/ui/NamedOptions';

/** A GET form's region field: the regions of `regionChoices` around `scope` that the page's own
 *  read permission (`may`) opens, chosen by name; the nation first where `national` offers it. */
export async function RegionSelect({
  scope,
  may,
  national = false,
  label,
  lang,
}: {
  scope: string;
  may: (code: string) => boolean;
  national?: boolean;
  label: string;
  lang: Lang;
}) {
  const choices = regionChoices(await regionIndex(await getHandle()), scope, may, { national });
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select
        name="scope"
        defaultValue={scope}
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
