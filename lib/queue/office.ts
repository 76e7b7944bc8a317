import { getHandle, toNum, type DbHandle } from '@/lib/db';
import { errors } from '@/lib/api/errors';
import { can, type Actor } from '@/lib/auth/permissions';
import { regionIndex } from '@/lib/regions/queries';
import { localDate } from '@/lib/time';

export const SERVICES = ['IKD', 'KTP_EL', 'KK', 'AKTA'] as const;

/** Today's queue of one office (its local day): waiting per service and each counter's work. */
export async function getOfficeQueue(actor: Actor, officeId: number, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const office = await h.db.selectFrom('offices').selectAll().where('id', '=', officeId).executeTakeFirst();
  if (!office) throw errors.notFound({ id: 'Kantor', en: 'Office' });
  if (!can(actor, 'office.queue.read', { officeId, regencyCode: office.regency_code })) throw errors.forbidden();
  const idx = await regionIndex(h);
  const regency = idx.byCode.get(office.regency_code);
  const today = localDate(regency?.timeZone ?? 'Asia/Jakarta', now);
  const [counters, byService, byCounter] = await Promise.all([
    h.db.selectFrom('counters').selectAll().where('office_id', '=', officeId).orderBy('id').execute(),
    h.db
      .selectFrom('tickets')
      .select((eb) => ['service', 'status', eb.fn.countAll<number>().as('n')])
      .where('office_id', '=', officeId)
      .where('day', '=', today)
      .groupBy(['service', 'status'])
      .execute(),
    h.db
      .selectFrom('tickets')
      .select((eb) => ['counter_id', 'status', eb.fn.countAll<number>().as('n')])
      .where('office_id', '=', officeId)
      .where('day', '=', today)
      .where('counter_id', 'is not', null)
      .groupBy(['counter_id', 'status'])
      .execute(),
  ]);
  const services = SERVICES.map((s) => {
    const rows = byService.filter((r) => r.service === s);
    const n = (st: string) => toNum(rows.find((r) => r.status === st)?.n);
    return { service: s, waiting: n('WAITING'), inService: n('CALLED'), served: n('DONE'), noShow: n('NO_SHOW') };
  });
  return {
    office: { id: office.id, name: office.name, kind: office.kind, regencyCode: office.regency_code, regencyName: regency?.name ?? '', opensAt: office.opens_at, closesAt: office.closes_at },
    today,
    services,
    counters: counters.map((c) => {
      const rows = byCounter.filter((r) => r.counter_id === c.id);
      const n = (st: string) => toNum(rows.find((r) => r.status === st)?.n);
      return { id: c.id, name: c.name, services: c.services.split(','), capacity: Number(c.capacity), isOpen: Number(c.is_open) === 1, served: n('DONE'), noShow: n('NO_SHOW'), mine: c.id === actor.counterId };
    }),
  };
}
