/** Demo offices, counters and tickets (SPEC §6, §9) for the demo provinces: one Disdukcapil
 *  office and two kecamatan offices per regency, the last 7 local days of finished tickets and
 *  today's tickets up to now. */
import type { Insertable } from 'kysely';
import type { TicketSequenceTable, TicketTable } from '@/lib/db/schema';
import { localDate } from '@/lib/time';
import { issuedTicket, type Service } from '@/lib/queue/rules';
import { dayNum, dayStr, intBetween, isoOf, localMs, streamFor, uniform, type Rng } from './util';

export const QUEUE_PROVINCES = ['15', '16'];
export const FIRST_OFFICE_REGENCY = '15.71';
/** Opening hours of the demo's offices (the national dataset's too). */
export const OPENS = '08:00';
export const CLOSES = '15:00';
export const OPEN_MIN = 8 * 60;
export const CLOSE_MIN = 15 * 60;
export const MIN = 60_000;
/** The share of each service in the tickets drawn (SERVICES order). */
export const SERVICE_MIX: [Service, number][] = [
  ['IKD', 0.45],
  ['KTP_EL', 0.25],
  ['KK', 0.2],
  ['AKTA', 0.1],
];

export interface CounterPlan {
  name: string;
  services: string;
  capacity: number;
  is_open: number;
}

export interface OfficePlan {
  regency_code: string;
  province_code: string;
  name: string;
  kind: 'DINAS' | 'KECAMATAN';
  opens_at: string;
  closes_at: string;
  timeZone: string;
  counters: CounterPlan[];
}

export interface OfficeWithIds extends OfficePlan {
  id: number;
  counterIds: number[];
}

/** The closed counter of the demo: Loket 3 of the Kota Palembang Disdukcapil office. */
const CLOSED = { regency: '16.71', kind: 'DINAS', counter: 'Loket 3' };

export function planOffices(
  regencies: { code: string; name: string; provinceCode: string; timeZone: string }[],
  districtsByRegency: Map<string, { code: string; name: string }[]>,
): OfficePlan[] {
  const list = regencies
    .filter((r) => QUEUE_PROVINCES.includes(r.provinceCode))
    .sort((a, b) =>
      a.code === FIRST_OFFICE_REGENCY ? -1 : b.code === FIRST_OFFICE_REGENCY ? 1 : a.code.localeCompare(b.code),
    );
  const offices: OfficePlan[] = [];
  for (const r of list) {
    const base = {
      regency_code: r.code,
      province_code: r.provinceCode,
      opens_at: OPENS,
      closes_at: CLOSES,
      timeZone: r.timeZone,
    };
    const dinas: CounterPlan[] = [
      { name: 'Loket 1', services: 'IKD', capacity: 60, is_open: 1 },
      { name: 'Loket 2', services: 'IKD', capacity: 60, is_open: 1 },
      { name: 'Loket 3', services: 'IKD', capacity: 60, is_open: 1 },
      { name: 'Loket 4', services: 'KTP_EL', capacity: 60, is_open: 1 },
      { name: 'Loket 5', services: 'KK,AKTA', capacity: 60, is_open: 1 },
    ];
    if (r.code === CLOSED.regency) for (const c of dinas) if (c.name === CLOSED.counter) c.is_open = 0;
    // the demo's Kota Jambi office serves round the clock, so the kiosk can be tried at any hour
    const hours = r.code === FIRST_OFFICE_REGENCY ? { opens_at: '00:00', closes_at: '23:59' } : {};
    offices.push({ ...base, ...hours, name: `Disdukcapil ${r.name}`, kind: 'DINAS', counters: dinas });
    const districts = [...(districtsByRegency.get(r.code) ?? [])].sort((a, b) => a.code.localeCompare(b.code));
    const picks = districts.length >= 2 ? [districts[0], districts[Math.floor(districts.length / 2)]] : districts;
    for (const d of picks) {
      offices.push({
        ...base,
        name: `Kantor Kecamatan ${d.name}`,
        kind: 'KECAMATAN',
        counters: [
          { name: 'Loket 1', services: 'IKD,KTP_EL', capacity: 60, is_open: 1 },
          { name: 'Loket 2', services: 'KK,AKTA', capacity: 60, is_open: 1 },
        ],
      });
    }
  }
  return offices;
}

function pickService(rng: Rng): Service {
  let x = rng();
  for (const [s, p] of SERVICE_MIX) {
    x -= p;
    if (x < 0) return s;
  }
  return 'IKD';
}

export function generateTickets(
  seed: number,
  now: Date,
  offices: OfficeWithIds[],
): { tickets: Insertable<TicketTable>[]; sequences: Insertable<TicketSequenceTable>[] } {
  const tickets: Insertable<TicketTable>[] = [];
  const sequences: Insertable<TicketSequenceTable>[] = [];
  const nowMs = now.getTime();
  for (const office of offices) {
    const tz = office.timeZone;
    const today = dayNum(localDate(tz, now));
    const counters = office.counters
      .map((c, i) => ({ ...c, id: office.counterIds[i], services: c.services.split(',') }))
      .filter((c) => c.is_open === 1);
    for (let d = today - 7; d <= today; d++) {
      const day = dayStr(d);
      const rng = streamFor(seed, 'tickets', `${office.id}|${day}`);
      const n = office.kind === 'DINAS' ? intBetween(rng, 80, 200) : intBetween(rng, 20, 60);
      const openMs = localMs(tz, d, OPEN_MIN);
      const span = (CLOSE_MIN - OPEN_MIN) * MIN;
      const times = Array.from({ length: n }, () => openMs + Math.floor(Math.pow(rng(), 1.3) * span)).sort(
        (a, b) => a - b,
      );
      const isToday = d === today;
      const free = new Map<number, number>(counters.map((c) => [c.id, openMs]));
      const numbers = new Map<string, number>();
      const recent: Insertable<TicketTable>[] = [];
      for (const issued of times) {
        if (isToday && issued > nowMs) break;
        const service = pickService(rng);
        const number = (numbers.get(service) ?? 0) + 1;
        numbers.set(service, number);
        const t: Insertable<TicketTable> = issuedTicket(office.id, service, day, number, isoOf(issued));
        tickets.push(t);
        if (isToday && issued > nowMs - 25 * MIN) {
          recent.push(t);
          continue;
        }
        const u = rng();
        if (u < 0.02) {
          t.status = 'CANCELLED';
          t.done_at = isoOf(Math.min(issued + uniform(rng, 5, 30) * MIN, isToday ? nowMs : Infinity));
          continue;
        }
        const eligible = counters.filter((c) => c.services.includes(service));
        if (eligible.length === 0) {
          t.status = 'CANCELLED';
          t.done_at = isoOf(issued + 10 * MIN);
          continue;
        }
        let best = eligible[0];
        for (const c of eligible) if ((free.get(c.id) ?? 0) < (free.get(best.id) ?? 0)) best = c;
        let called = Math.max(issued + uniform(rng, 2, 5) * MIN, free.get(best.id) ?? 0);
        if (called - issued > 40 * MIN) called = issued + uniform(rng, 36, 40) * MIN;
        const noShow = u < 0.08;
        const service_ms = (noShow ? uniform(rng, 1, 3) : uniform(rng, 3, 12)) * MIN;
        if (isToday && called + service_ms > nowMs) called = Math.max(issued + 2 * MIN, nowMs - service_ms - 30_000);
        const done = called + service_ms;
        free.set(best.id, Math.max(free.get(best.id) ?? 0, done));
        t.status = noShow ? 'NO_SHOW' : 'DONE';
        t.called_at = isoOf(Math.floor(called));
        t.done_at = isoOf(Math.floor(done));
        t.counter_id = best.id;
      }
      // today: each open counter may be serving the oldest recent ticket it handles
      if (isToday) {
        for (const c of counters) {
          if (rng() < 0.25) continue; // this counter is between residents
          const t = recent.find(
            (x) =>
              x.status === 'WAITING' && c.services.includes(x.service) && Date.parse(x.issued_at) <= nowMs - 2 * MIN,
          );
          if (!t) continue;
          const issued = Date.parse(t.issued_at);
          t.status = 'CALLED';
          t.counter_id = c.id;
          t.called_at = isoOf(Math.floor(Math.max(issued + 2 * MIN, nowMs - uniform(rng, 0, 4) * MIN)));
        }
      }
      for (const [service, last] of numbers) sequences.push({ office_id: office.id, service, day, last_number: last });
    }
  }
  return { tickets, sequences };
}
