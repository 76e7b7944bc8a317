/** Ticket writes of SPEC §6: issue a number, call the next resident, and the counter's
 *  transitions (done, no-show, recall, transfer). Every write is one transaction with its audit
 *  entry; a wrong transition is a 409 that changes nothing. */
import { sql, type Selectable } from 'kysely';
import { ApiError, errors, type Msg } from '@/lib/api/errors';
import { idempotentWrite } from '@/lib/api/idempotency';
import { getHandle, isRowId, toNum, writeTx, type Db, type DbHandle } from '@/lib/db';
import type { TicketTable } from '@/lib/db/schema';
import { auditBy } from '@/lib/auditlog/write';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { isWithinHours, issuedTicket, ticketCode, type Service, type TicketStatus, type Transition } from './rules';
import { bumpQueueVersion, loadOffice, officeToday, parseServices, type OfficeRow } from './office-row';
import { localHhmm } from '@/lib/time';
import { estimatedWaitMinutes, SERVICE_SAMPLE } from './wait';
import { assertRoleMay, validate } from './validate';
import { secs } from './figures';
import { callNextBody, issueBody, transferBody } from './schemas';

export interface TicketView {
  id: number;
  number: string;
  service: Service;
  status: TicketStatus;
  issuedAt: string;
  calledAt: string | null;
  doneAt: string | null;
  officeId: number;
  counterId: number | null;
  day: string;
}

export interface Opts {
  handle?: DbHandle;
  now?: Date;
  idempotencyKey?: string | null;
}

const STATUS_NAME: Record<TicketStatus, Msg> = {
  WAITING: { id: 'menunggu', en: 'waiting' },
  CALLED: { id: 'sedang dipanggil', en: 'called' },
  DONE: { id: 'selesai', en: 'done' },
  NO_SHOW: { id: 'tidak hadir', en: 'a no-show' },
  CANCELLED: { id: 'dibatalkan', en: 'cancelled' },
};

const ACTION_NAME: Record<Transition, Msg> = {
  done: { id: 'diselesaikan', en: 'finished' },
  'no-show': { id: 'ditandai tidak hadir', en: 'marked as a no-show' },
  recall: { id: 'dipanggil ulang', en: 'recalled' },
  transfer: { id: 'dialihkan', en: 'transferred' },
};

export function toView(t: Selectable<TicketTable>): TicketView {
  return {
    id: Number(t.id),
    number: t.code,
    service: t.service as Service,
    status: t.status as TicketStatus,
    issuedAt: t.issued_at,
    calledAt: t.called_at,
    doneAt: t.done_at,
    officeId: Number(t.office_id),
    counterId: t.counter_id === null ? null : Number(t.counter_id),
    day: t.day,
  };
}

/** The next number of an office's service on a local day, atomically: the sequence row is
 *  created or incremented in one statement (PostgreSQL takes the row lock, SQLite holds the
 *  write lock of BEGIN IMMEDIATE), so concurrent kiosks never share a number. */
async function nextNumber(tx: Db, officeId: number, service: Service, day: string): Promise<number> {
  const row = await tx
    .insertInto('ticket_sequences')
    .values({ office_id: officeId, service, day, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['office_id', 'service', 'day']).doUpdateSet({ last_number: sql`ticket_sequences.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return toNum(row.last_number);
}

async function waitingBefore(db: Db, t: Selectable<TicketTable>): Promise<number> {
  const row = await db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('office_id', '=', t.office_id)
    .where('day', '=', t.day)
    .where('service', '=', t.service)
    .where('status', '=', 'WAITING')
    .where((eb) =>
      eb.or([eb('issued_at', '<', t.issued_at), eb.and([eb('issued_at', '=', t.issued_at), eb('id', '<', t.id)])]),
    )
    .executeTakeFirst();
  return toNum(row?.n);
}

/** A ticket may only join a queue that an open counter of the office serves; returns those
 *  counters' capacities. */
async function assertServiceOffered(tx: Db, officeId: number, service: Service): Promise<number[]> {
  const offered = await tx
    .selectFrom('counters')
    .select(['services', 'capacity'])
    .where('office_id', '=', officeId)
    .where('is_open', '=', 1)
    .execute();
  const serving = offered.filter((c) => parseServices(c.services).includes(service));
  if (serving.length === 0) {
    throw new ApiError('CONFLICT', {
      id: `Layanan ${service} tidak dilayani loket yang buka di kantor ini saat ini.`,
      en: `No open counter of this office serves ${service} at the moment.`,
    });
  }
  return serving.map((c) => toNum(c.capacity));
}

/** SPEC §13: numbers are taken only within the office's opening hours (its local time). */
function assertOpen(office: OfficeRow, now: Date): void {
  if (isWithinHours(office.opensAt, office.closesAt, localHhmm(office.timeZone, now))) return;
  throw new ApiError('CONFLICT', {
    id: `Kantor ini melayani pukul ${office.opensAt}–${office.closesAt} waktu setempat; nomor antrean hanya bisa diambil pada jam itu.`,
    en: `This office serves from ${office.opensAt} to ${office.closesAt} local time; numbers can only be taken then.`,
  });
}

/** The service's daily quota: the office's own (office_service_quotas) or the capacity of the
 *  open counters serving it. */
export async function dailyQuota(db: Db, officeId: number, service: Service, capacities: number[]): Promise<number> {
  const own = await db
    .selectFrom('office_service_quotas')
    .select('daily_quota')
    .where('office_id', '=', officeId)
    .where('service', '=', service)
    .executeTakeFirst();
  return own ? toNum(own.daily_quota) : capacities.reduce((a, b) => a + b, 0);
}

async function assertQuotaLeft(tx: Db, officeId: number, service: Service, day: string, capacities: number[]) {
  const quota = await dailyQuota(tx, officeId, service, capacities);
  const row = await tx
    .selectFrom('ticket_sequences')
    .select('last_number')
    .where('office_id', '=', officeId)
    .where('service', '=', service)
    .where('day', '=', day)
    .executeTakeFirst();
  if (toNum(row?.last_number) >= quota) {
    throw new ApiError('CONFLICT', {
      id: `Kuota hari ini habis: ${quota} nomor ${service} sudah diambil. Silakan datang lagi besok.`,
      en: `Today's quota is used up: all ${quota} ${service} numbers have been taken. Please come back tomorrow.`,
    });
  }
}

/** Service minutes (called → done) of the service's last finished tickets of the day, oldest first. */
async function lastServiceMinutes(db: Db, kind: DbHandle['kind'], officeId: number, service: Service, day: string) {
  const rows = await db
    .selectFrom('tickets')
    .select(secs(kind, 'called_at', 'done_at').as('s'))
    .where('office_id', '=', officeId)
    .where('day', '=', day)
    .where('service', '=', service)
    .where('status', '=', 'DONE')
    .orderBy('done_at', 'desc')
    .limit(SERVICE_SAMPLE)
    .execute();
  return rows.map((r) => toNum(r.s) / 60).reverse();
}

/** POST /offices/{id}/tickets: a kiosk (or admin) takes a number for a service in an office. */
export async function issueTicket(actor: Actor, officeId: number, raw: unknown, opts: Opts = {}) {
  assertRoleMay(actor, 'tickets.issue');
  const h = opts.handle ?? (await getHandle());
  const office = await loadOffice(h, officeId);
  assertCan(actor, 'tickets.issue', { officeId: office.id, regencyCode: office.regencyCode });
  const { service } = await validate(issueBody, raw);
  const now = opts.now ?? new Date();
  assertOpen(office, now);
  const answer = await idempotentWrite(
    h,
    actor,
    opts.idempotencyKey ?? null,
    { method: 'POST', path: `/offices/${office.id}/tickets`, body: { service } },
    async (tx) => {
      const capacities = await assertServiceOffered(tx, office.id, service);
      const day = officeToday(office, now);
      await assertQuotaLeft(tx, office.id, service, day, capacities);
      const number = await nextNumber(tx, office.id, service, day);
      const inserted = await tx
        .insertInto('tickets')
        .values(issuedTicket(office.id, service, day, number, now.toISOString()))
        .returningAll()
        .executeTakeFirstOrThrow();
      const ticket = toView(inserted);
      await bumpQueueVersion(tx, office.id);
      await auditBy(tx, actor, 'ticket.issue', office.regencyCode, { after: ticket });
      const ahead = await waitingBefore(tx, inserted);
      const samples = await lastServiceMinutes(tx, h.kind, office.id, service, day);
      return {
        status: 201,
        body: {
          ...ticket,
          waitingBefore: ahead,
          estimatedWaitMin: estimatedWaitMinutes(ahead, samples, capacities.length),
          officeName: office.name,
          timeZone: office.timeZone,
        },
      };
    },
  );
  return answer;
}

/** The open counter row inside the transaction; PostgreSQL locks it so one counter's calls
 *  run one at a time (two tabs of one counter cannot both call). */
async function lockCounter(h: DbHandle, tx: Db, counterId: number) {
  const q = tx.selectFrom('counters').selectAll().where('id', '=', counterId);
  return h.kind === 'postgres' ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

async function loadCounter(h: DbHandle, counterId: number) {
  if (!isRowId(counterId)) throw errors.notFound({ id: 'Loket', en: 'Counter' });
  const c = await h.db.selectFrom('counters').selectAll().where('id', '=', counterId).executeTakeFirst();
  if (!c) throw errors.notFound({ id: 'Loket', en: 'Counter' });
  return c;
}

/** POST /counters/{id}/call-next: the oldest waiting ticket (by issue time) of the counter's
 *  services today, or of one of them when `service` is given. Two counters calling at once
 *  never get the same ticket: PostgreSQL skips rows another transaction has locked, SQLite runs
 *  writers one at a time (BEGIN IMMEDIATE), and the update is conditional on WAITING anyway. */
export async function callNext(actor: Actor, counterId: number, raw: unknown, opts: Opts = {}): Promise<TicketView> {
  assertRoleMay(actor, 'tickets.serve');
  const h = opts.handle ?? (await getHandle());
  const counter = await loadCounter(h, counterId);
  const office = await loadOffice(h, Number(counter.office_id));
  assertCan(actor, 'tickets.serve', {
    officeId: office.id,
    regencyCode: office.regencyCode,
    counterId: Number(counter.id),
  });
  const body = await validate(callNextBody, raw);
  const now = opts.now ?? new Date();
  const day = officeToday(office, now);
  return writeTx(h, async (tx) => {
    const c = await lockCounter(h, tx, Number(counter.id));
    if (!c) throw errors.notFound({ id: 'Loket', en: 'Counter' });
    if (Number(c.is_open) !== 1) {
      throw new ApiError('CONFLICT', {
        id: `${c.name} sedang tutup; buka loket dulu sebelum memanggil.`,
        en: `${c.name} is closed; open the counter before calling.`,
      });
    }
    const mine = parseServices(c.services);
    if (body.service && !mine.includes(body.service)) {
      throw errors.validation({
        service: { id: `${c.name} tidak melayani ${body.service}.`, en: `${c.name} does not serve ${body.service}.` },
      });
    }
    const current = await tx
      .selectFrom('tickets')
      .select('code')
      .where('counter_id', '=', c.id)
      .where('status', '=', 'CALLED')
      .where('day', '=', day)
      .executeTakeFirst();
    if (current) {
      throw new ApiError('CONFLICT', {
        id: `Tiket ${current.code} masih dilayani di ${c.name}; selesaikan atau tandai tidak hadir dulu.`,
        en: `Ticket ${current.code} is still being served at ${c.name}; finish it or mark it a no-show first.`,
      });
    }
    const services = body.service ? [body.service] : mine;
    if (services.length === 0) throw nobodyWaiting(c.name);
    const at = now.toISOString();
    const lock = h.kind === 'postgres' ? sql`FOR UPDATE SKIP LOCKED` : sql``;
    const { rows } = await sql<Selectable<TicketTable>>`
      UPDATE tickets SET status = 'CALLED', called_at = ${at}, last_called_at = ${at}, counter_id = ${c.id}
      WHERE id = (
        SELECT id FROM tickets
        WHERE office_id = ${office.id} AND day = ${day} AND status = 'WAITING'
          AND service IN (${sql.join(services)})
        ORDER BY issued_at, id LIMIT 1 ${lock}
      ) AND status = 'WAITING'
      RETURNING *`.execute(tx);
    const called = rows[0];
    if (!called) throw nobodyWaiting(c.name);
    const ticket = toView(called);
    await bumpQueueVersion(tx, office.id);
    await auditBy(tx, actor, 'ticket.call', office.regencyCode, {
      before: { ...ticket, status: 'WAITING', calledAt: null, counterId: null },
      after: ticket,
    });
    return ticket;
  });
}

function nobodyWaiting(counter: string): ApiError {
  return new ApiError('NOT_FOUND', {
    id: `Tidak ada tiket yang menunggu untuk ${counter}.`,
    en: `No ticket is waiting for ${counter}.`,
  });
}

/** Who may act on a ticket: the counter that called it; a ticket no counter holds yet belongs
 *  to the counters of its office (so a wrong transition on it is a 409, not a 403). */
function ticketTarget(actor: Actor, t: Selectable<TicketTable>, office: OfficeRow) {
  const counterId =
    t.counter_id !== null
      ? Number(t.counter_id)
      : actor.officeId === office.id
        ? (actor.counterId ?? undefined)
        : undefined;
  return { officeId: office.id, regencyCode: office.regencyCode, counterId };
}

function wrongTransition(t: Selectable<TicketTable>, action: Transition): ApiError {
  const st = STATUS_NAME[t.status as TicketStatus] ?? { id: t.status, en: t.status };
  const act = ACTION_NAME[action];
  return new ApiError('CONFLICT', {
    id: `Tiket ${t.code} berstatus ${st.id}, jadi tidak bisa ${act.id}; hanya tiket yang sedang dipanggil yang bisa.`,
    en: `Ticket ${t.code} is ${st.en}, so it cannot be ${act.en}; only a called ticket can.`,
  });
}

/** POST /tickets/{id}/done | no-show | recall | transfer. Each is a conditional update from
 *  CALLED at the same counter; when another request changed the ticket first, it is a 409. */
export async function transitionTicket(
  actor: Actor,
  ticketId: number,
  action: Transition,
  raw: unknown,
  opts: Opts = {},
): Promise<TicketView> {
  assertRoleMay(actor, 'tickets.serve');
  const h = opts.handle ?? (await getHandle());
  if (!isRowId(ticketId)) throw errors.notFound({ id: 'Tiket', en: 'Ticket' });
  const t = await h.db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
  if (!t) throw errors.notFound({ id: 'Tiket', en: 'Ticket' });
  const office = await loadOffice(h, Number(t.office_id));
  assertCan(actor, 'tickets.serve', ticketTarget(actor, t, office));
  const target = action === 'transfer' ? (await validate(transferBody, raw)).service : null;
  const at = (opts.now ?? new Date()).toISOString();
  return writeTx(h, async (tx) => {
    const before = await tx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
    if (before.status !== 'CALLED' || before.counter_id === null) throw wrongTransition(before, action);
    if (target === before.service) {
      throw errors.validation({
        service: {
          id: `Tiket ${before.code} sudah di antrean ${target}.`,
          en: `Ticket ${before.code} is already in the ${target} queue.`,
        },
      });
    }
    let q = tx
      .updateTable('tickets')
      .where('id', '=', ticketId)
      .where('status', '=', 'CALLED')
      .where('counter_id', '=', before.counter_id);
    if (action === 'done') q = q.set({ status: 'DONE', done_at: at });
    else if (action === 'no-show') q = q.set({ status: 'NO_SHOW', done_at: at });
    else if (action === 'recall') q = q.set({ last_called_at: at });
    else {
      // a new number in the target service's queue; the issue time keeps the resident's place
      const service = target as Service;
      await assertServiceOffered(tx, Number(before.office_id), service);
      const number = await nextNumber(tx, Number(before.office_id), service, before.day);
      q = q.set({
        service,
        number,
        code: ticketCode(service, number),
        status: 'WAITING',
        called_at: null,
        last_called_at: null,
        counter_id: null,
      });
    }
    const after = await q.returningAll().executeTakeFirst();
    if (!after) throw wrongTransition(before, action);
    const view = toView(after);
    await bumpQueueVersion(tx, office.id);
    await auditBy(tx, actor, `ticket.${action}`, office.regencyCode, { before: toView(before), after: view });
    return view;
  });
}
