/** One office as the queue reads it (its row, time zone, opening hours and queue version), and
 *  the version bump every queue write makes. */
import { errors } from '@/lib/api/errors';
import { isRowId, type Db, type DbHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { localDate } from '@/lib/time';
import { SERVICES, type Service } from './rules';
import { announceChange } from './changes';

export interface OfficeRow {
  id: number;
  regencyCode: string;
  provinceCode: string;
  name: string;
  kind: string;
  opensAt: string;
  closesAt: string;
  timeZone: string;
  regencyName: string;
  queueVersion: number;
}

export function parseServices(s: string): Service[] {
  return s.split(',').filter((x): x is Service => (SERVICES as readonly string[]).includes(x));
}

/** An office with its regency's time zone (404 when it does not exist). */
export async function loadOffice(h: DbHandle, officeId: number, db: Db = h.db): Promise<OfficeRow> {
  if (!isRowId(officeId)) throw errors.notFound({ id: 'Kantor', en: 'Office' });
  const o = await db.selectFrom('offices').selectAll().where('id', '=', officeId).executeTakeFirst();
  if (!o) throw errors.notFound({ id: 'Kantor', en: 'Office' });
  const idx = await regionIndex(h);
  const regency = idx.byCode.get(o.regency_code);
  return {
    id: Number(o.id),
    regencyCode: o.regency_code,
    provinceCode: o.province_code,
    name: o.name,
    kind: o.kind,
    opensAt: o.opens_at,
    closesAt: o.closes_at,
    timeZone: regency?.timeZone ?? 'Asia/Jakarta',
    regencyName: regency?.name ?? o.regency_code,
    queueVersion: Number(o.queue_version),
  };
}

/** The office's local date at `now` (SPEC §3: never the server's date). */
export function officeToday(office: OfficeRow, now: Date): string {
  return localDate(office.timeZone, now);
}

/** Marks the office's queue as changed (see figures.ts). Called last in each write transaction,
 *  so the office row lock (PostgreSQL) is held only for the commit. */
export async function bumpQueueVersion(tx: Db, officeId: number): Promise<void> {
  const row = await tx
    .updateTable('offices')
    .set((eb) => ({ queue_version: eb('queue_version', '+', 1) }))
    .where('id', '=', officeId)
    .returning('queue_version')
    .executeTakeFirst();
  await announceChange(tx, officeId, Number(row?.queue_version ?? 0));
}
