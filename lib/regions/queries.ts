import { z } from 'zod';
import { getHandle, type DbHandle } from '@/lib/db';
import { errors } from '@/lib/api/errors';
import { can, type Actor } from '@/lib/auth/permissions';

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district';
  parentCode: string | null;
  provinceCode: string;
  timeZone: string;
}

export interface RegionIndex {
  byCode: Map<string, Region>;
  provinces: Region[];
  regencies: Region[];
  regenciesOf: Map<string, Region[]>;
}

/** Provinces and regencies never change while Pantau runs (they come from idn-area-data), so
 *  each process keeps one read-only copy. Kecamatan are read on demand. */
const cache = new WeakMap<DbHandle, Promise<RegionIndex>>();

export function regionIndex(handle: DbHandle): Promise<RegionIndex> {
  let p = cache.get(handle);
  if (!p) {
    p = (async () => {
      const rows = await handle.db
        .selectFrom('regions')
        .selectAll()
        .where('level', 'in', ['province', 'regency'])
        .orderBy('code')
        .execute();
      const byCode = new Map<string, Region>();
      const provinces: Region[] = [];
      const regencies: Region[] = [];
      const regenciesOf = new Map<string, Region[]>();
      for (const r of rows) {
        const region: Region = {
          code: r.code,
          name: r.name,
          level: r.level,
          parentCode: r.parent_code,
          provinceCode: r.province_code,
          timeZone: r.time_zone,
        };
        byCode.set(r.code, region);
        if (r.level === 'province') provinces.push(region);
        else {
          regencies.push(region);
          const list = regenciesOf.get(r.province_code) ?? [];
          list.push(region);
          regenciesOf.set(r.province_code, list);
        }
      }
      if (provinces.length === 0) throw new Error('regions table is empty: run the seed');
      return { byCode, provinces, regencies, regenciesOf };
    })();
    p.catch(() => cache.delete(handle));
    cache.set(handle, p);
  }
  return p;
}

export const regionsQuery = z.object({
  level: z.enum(['province', 'regency', 'district']).optional(),
  parent: z
    .string()
    .regex(/^\d{2}(\.\d{2}){0,2}$/)
    .optional(),
});

/** GET /api/v1/regions — public reference data, for any signed-in user. */
export async function listRegions(actor: Actor, query: z.infer<typeof regionsQuery>, handle?: DbHandle) {
  if (!can(actor, 'regions.read', 'national')) throw errors.forbidden();
  const h = handle ?? (await getHandle());
  let q = h.db.selectFrom('regions').selectAll().orderBy('code');
  if (query.level) q = q.where('level', '=', query.level);
  if (query.parent) q = q.where('parent_code', '=', query.parent);
  if (!query.level && !query.parent) q = q.where('level', '=', 'province');
  const rows = await q.execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    timeZone: r.time_zone,
  }));
}
