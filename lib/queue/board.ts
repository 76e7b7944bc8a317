/** What a display board and a counter screen show of one office (SPEC §6, §13): the state of
 *  its queue now — services, counters, the last calls — built from the office row. */
import { getHandle, type DbHandle } from '@/lib/db';
import { errors } from '@/lib/api/errors';
import { can, type Actor } from '@/lib/auth/permissions';
import { localDate, localHhmm } from '@/lib/time';
import { officeFigures, type OfficeFigures } from './figures';
import { loadOffice, type OfficeRow } from './office-row';
import { isWithinHours, SERVICES, type Service } from './rules';

export interface CallView {
  id: number;
  number: string;
  service: Service;
  status: string;
  counterId: number;
  counterName: string;
  calledAt: string;
}

export interface OfficeQueue {
  office: OfficeFigures;
  today: string;
  /** services some open counter of the office serves now (the kiosk's buttons) */
  services: Service[];
  /** the latest calls and recalls today, newest first (the display board) */
  lastCalls: CallView[];
  /** the current time of the server, so screens can show waits without trusting the device clock */
  serverTime: string;
  /** the office's queue version (bumped by every queue write): the event id and the ETag */
  version: number;
  /** whether numbers can be taken now (opening hours, local time) */
  openNow: boolean;
}

type CallRow = {
  id: number;
  code: string;
  service: string;
  status: string;
  counter_id: number | null;
  called_at: string | null;
  last_called_at: string | null;
};
/** The latest calls of each office's day, kept until its queue_version or its day changes. */
const lastCallsCache = new WeakMap<DbHandle, Map<number, { day: string; version: number; rows: CallRow[] }>>();

/** GET /offices/{id}/queue: today's live queue of one office (its local day) for the kiosk,
 *  the counter screen and the display board. */
export async function getOfficeQueue(
  actor: Actor,
  officeId: number,
  handle?: DbHandle,
  now = new Date(),
): Promise<OfficeQueue> {
  const h = handle ?? (await getHandle());
  const office = await loadOffice(h, officeId);
  assertMayReadOffice(actor, office);
  return buildOfficeQueue(h, office, now);
}

export function assertMayReadOffice(actor: Actor, office: OfficeRow): void {
  if (!can(actor, 'office.queue.read', { officeId: office.id, regencyCode: office.regencyCode }))
    throw errors.forbidden();
}

/** The live queue of `office` (no authorization: the caller checked it). */
export async function buildOfficeQueue(h: DbHandle, office: OfficeRow, now = new Date()): Promise<OfficeQueue> {
  const today = localDate(office.timeZone, now);
  const input = {
    id: office.id,
    queue_version: office.queueVersion,
    name: office.name,
    kind: office.kind,
    regency_code: office.regencyCode,
    opens_at: office.opensAt,
    closes_at: office.closesAt,
  };
  const {
    figures: [figures],
  } = await officeFigures(h, [input], () => today, now);
  const version = office.queueVersion;
  let cache = lastCallsCache.get(h);
  if (!cache) {
    cache = new Map();
    lastCallsCache.set(h, cache);
  }
  let entry = cache.get(office.id);
  if (!entry || entry.version !== version || entry.day !== today) {
    const rows = await h.db
      .selectFrom('tickets')
      .select(['id', 'code', 'service', 'status', 'counter_id', 'called_at', 'last_called_at'])
      .where('office_id', '=', office.id)
      .where('day', '=', today)
      .where('called_at', 'is not', null)
      .orderBy((eb) => eb.fn.coalesce('last_called_at', 'called_at'), 'desc')
      .orderBy('id', 'desc')
      .limit(8)
      .execute();
    entry = { day: today, version, rows };
    cache.set(office.id, entry);
  }
  const calls = entry.rows;
  const counterName = new Map(figures.counters.map((c) => [c.id, c.name]));
  return {
    office: figures,
    today,
    services: SERVICES.filter((s) => figures.counters.some((c) => c.isOpen && c.services.includes(s))),
    lastCalls: calls.map((t) => ({
      id: Number(t.id),
      number: t.code,
      service: t.service as Service,
      status: t.status,
      counterId: Number(t.counter_id),
      counterName: counterName.get(Number(t.counter_id)) ?? '',
      calledAt: t.last_called_at ?? t.called_at ?? '',
    })),
    serverTime: now.toISOString(),
    version,
    openNow: isWithinHours(office.opensAt, office.closesAt, localHhmm(office.timeZone, now)),
  };
}
