import { getHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { localDate } from '@/lib/time';

/** The region part of an export's file name ("15 Jambi", "15.71 Kota Jambi", "Indonesia") and
 *  today in that region's time zone (the date part when a list has no day of its own). */
export async function exportRegion(code: string): Promise<{ label: string; today: string }> {
  const idx = await regionIndex(await getHandle());
  const r = code === 'national' ? undefined : idx.byCode.get(code);
  return {
    label: r ? `${code} ${r.name}` : code === 'national' ? 'Indonesia' : code,
    today: localDate(r?.timeZone ?? 'Asia/Jakarta'),
  };
}
