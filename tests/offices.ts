import type { Db } from '@/lib/db';

/** The Kota Jambi Disdukcapil office (regency 15.71), open 08:00–15:00, for tests that need an
 *  office to hang counters and tickets on. Returns its id. */
export async function addJambiOffice(db: Db): Promise<number> {
  const office = await db
    .insertInto('offices')
    .values({
      regency_code: '15.71',
      province_code: '15',
      name: 'Disdukcapil Kota Jambi',
      kind: 'DINAS',
      opens_at: '08:00',
      closes_at: '15:00',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(office.id);
}
