/** Month close (SPEC §14): the states of a scope's months and their transitions. */
import { z } from 'zod';
import { ApiError, errors } from '@/lib/api/errors';
import { msg } from '@/lib/i18n/messages';
import { readBody } from '@/lib/ikd/schemas';
import { auditBy } from '@/lib/auditlog/write';
import { can, homeScope, type Actor } from '@/lib/auth/permissions';
import { getHandle, nowIso, toNum, writeTx, type Db, type DbHandle } from '@/lib/db';
import { regionIndex, type Region } from '@/lib/regions/queries';
import { localDate } from '@/lib/time';
import { monthParam } from '@/lib/api/params';
import { lastDayOf, monthEnded, monthName, nextState, previousMonth, PERIOD_ACTIONS, type PeriodState } from './rules';
import { must } from '@/lib/must';
import { ensureOpenRows } from './lock';

export const periodsQuery = z.object({
  scope: z
    .string()
    .regex(/^(national|\d{2}(\.\d{2})?)$/, 'scope')
    .optional(),
  month: monthParam.optional(),
});
export type PeriodsQuery = z.infer<typeof periodsQuery>;

export const periodBody = z.object({
  action: z.enum(PERIOD_ACTIONS, {
    message: msg('Tindakan harus submit, approve atau reopen.', 'Action must be submit, approve or reopen.'),
  }),
  note: z
    .string()
    .trim()
    .max(500, { message: msg('Catatan paling panjang 500 karakter.', 'The note is at most 500 characters.') })
    .optional(),
});
export type PeriodBody = z.infer<typeof periodBody>;

export interface PeriodRow {
  regencyCode: string;
  name: string;
  state: PeriodState;
  by: string | null;
  at: string | null;
  note: string | null;
}

type Stored = {
  regency_code: string;
  month: string;
  state: string;
  by_name: string | null;
  at: string | null;
  note: string | null;
};

function toRow(r: Region, s: Stored | undefined): PeriodRow {
  return {
    regencyCode: r.code,
    name: r.name,
    state: (s?.state as PeriodState | undefined) ?? 'OPEN',
    by: s?.by_name ?? null,
    at: s?.at ?? null,
    note: s?.note ?? null,
  };
}

function regenciesOfScope(idx: Awaited<ReturnType<typeof regionIndex>>, scope: string): Region[] | null {
  if (scope === 'national') return idx.regencies;
  const r = idx.byCode.get(scope);
  if (!r || r.level === 'district') return null;
  return r.level === 'province' ? (idx.regenciesOf.get(r.code) ?? []) : [r];
}

/** GET /api/v1/periods?scope=&month= — each regency's state of the month (default: the month
 *  before today), plus every month of the scope still waiting for approval (`pending`). */
export async function listPeriods(actor: Actor, query: PeriodsQuery, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const idx = await regionIndex(h);
  const scope = query.scope ?? homeScope(actor);
  const regencies = regenciesOfScope(idx, scope);
  if (!regencies) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  if (!can(actor, 'period.read', scope)) throw errors.forbidden();
  const tz = (scope === 'national' ? null : idx.byCode.get(scope)?.timeZone) ?? 'Asia/Jakarta';
  const month = query.month ?? previousMonth(localDate(tz, now));
  const codes = scope === 'national' ? null : regencies.map((r) => r.code);
  const [rows, pendingRows] = await Promise.all([
    h.db
      .selectFrom('periods')
      .select(['regency_code', 'month', 'state', 'by_name', 'at', 'note'])
      .where('month', '=', month)
      .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
      .execute(),
    h.db
      .selectFrom('periods')
      .select(['regency_code', 'month', 'state', 'by_name', 'at', 'note'])
      .where('state', '=', 'SUBMITTED')
      .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
      .orderBy('month')
      .orderBy('regency_code')
      .limit(1000)
      .execute(),
  ]);
  const byCode = new Map(rows.map((r) => [r.regency_code, r]));
  return {
    month,
    lastDay: lastDayOf(month),
    regencies: regencies.map((r) => toRow(r, byCode.get(r.code))),
    pending: pendingRows.map((p) => ({
      ...toRow(must(idx.byCode.get(p.regency_code), `byCode ${p.regency_code}`), p),
      month: p.month,
    })),
  };
}
export type PeriodList = Awaited<ReturnType<typeof listPeriods>>;

/** One regency's month (for the report page). */
export async function getPeriod(actor: Actor, regencyCode: string, month: string, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  const r = await regencyOf(h, regencyCode);
  if (!can(actor, 'period.read', r.code)) throw errors.forbidden();
  const s = await h.db
    .selectFrom('periods')
    .select(['regency_code', 'month', 'state', 'by_name', 'at', 'note'])
    .where('regency_code', '=', r.code)
    .where('month', '=', month)
    .executeTakeFirst();
  return { ...toRow(r, s), month };
}

async function regencyOf(h: DbHandle, code: string): Promise<Region> {
  const r = /^\d{2}\.\d{2}$/.test(code) ? (await regionIndex(h)).byCode.get(code) : undefined;
  if (!r || r.level !== 'regency') throw errors.notFound({ id: 'Kabupaten/kota', en: 'Regency' });
  return r;
}

/** Whether the actor may make any transition of the regency's months (checked before the body
 *  is read, so a foreign caller learns nothing from validation answers). */
export async function authorizePeriodWrite(actor: Actor, regencyCode: string, handle?: DbHandle): Promise<Region> {
  const h = handle ?? (await getHandle());
  const r = await regencyOf(h, regencyCode);
  if (!can(actor, 'period.submit', r.code) && !can(actor, 'period.approve', r.code)) throw errors.forbidden();
  return r;
}

const wrongTransition = (state: PeriodState, action: string, month: string) =>
  new ApiError('CONFLICT', {
    id: `Bulan ${monthName(month, 'id')} berstatus ${state}: tindakan ${action} tidak dapat dilakukan dari status itu.`,
    en: `${monthName(month, 'en')} is ${state}: ${action} is not possible from that state.`,
  });

/** PUT /api/v1/periods/{regencyCode}/{YYYY-MM} `{action, note?}` → `{regencyCode, month, state, by, at}`. */
export async function transitionPeriod(
  actor: Actor,
  regencyCode: string,
  month: string,
  body: unknown,
  handle?: DbHandle,
  now = new Date(),
) {
  const h = handle ?? (await getHandle());
  const region = await authorizePeriodWrite(actor, regencyCode, h);
  if (!monthParam.safeParse(month).success)
    throw errors.validation({ month: { id: 'Bulan harus berformat YYYY-MM.', en: 'The month must be YYYY-MM.' } });
  const input = await readBody(body, periodBody);
  const action = input.action;
  if (!can(actor, action === 'submit' ? 'period.submit' : 'period.approve', region.code)) throw errors.forbidden();
  const note = input.note ? input.note : null;
  if (action === 'reopen' && !note)
    throw errors.validation({
      note: { id: 'Alasan membuka kembali bulan wajib diisi.', en: 'A reason for reopening the month is required.' },
    });
  const today = localDate(region.timeZone, now);
  if (action === 'submit' && !monthEnded(month, today))
    throw new ApiError('CONFLICT', {
      id: `Bulan ${monthName(month, 'id')} belum berakhir (hari ini ${today}): bulan dapat diajukan setelah ${lastDayOf(month)}.`,
      en: `${monthName(month, 'en')} has not ended yet (today is ${today}): it can be submitted after ${lastDayOf(month)}.`,
    });
  return writeTx(h, async (tx) => {
    const current = await lockRow(tx, h.kind, region.code, month);
    const state = (current?.state as PeriodState | undefined) ?? 'OPEN';
    const next = nextState(state, action);
    if (!next) throw wrongTransition(state, action, month);
    const at = nowIso();
    const values = {
      state: next,
      by_id: actor.id,
      by_username: actor.username,
      by_name: actor.displayName,
      at,
      note,
      submitted_at: action === 'submit' ? at : (current?.submitted_at ?? null),
    };
    if (current) {
      await tx
        .updateTable('periods')
        .set(values)
        .where('regency_code', '=', region.code)
        .where('month', '=', month)
        .execute();
    } else {
      await tx
        .insertInto('periods')
        .values({ regency_code: region.code, month, ...values })
        .execute();
    }
    await auditBy(tx, actor, `period.${action}`, region.code, {
      before: { month, state },
      after: { month, state: next, note },
    });
    return { regencyCode: region.code, month, state: next, by: actor.displayName, at };
  });
}

/** The month's row, locked against racing writers (lib/periods/lock.ts) on PostgreSQL. */
async function lockRow(tx: Db, kind: DbHandle['kind'], code: string, month: string) {
  if (kind === 'postgres') await ensureOpenRows(tx, [code], month);
  let q = tx.selectFrom('periods').selectAll().where('regency_code', '=', code).where('month', '=', month);
  if (kind === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

/** What a regency's month holds (shown before the officer submits it). */
export async function monthContents(actor: Actor, regencyCode: string, month: string, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  const r = await regencyOf(h, regencyCode);
  if (!can(actor, 'period.read', r.code)) throw errors.forbidden();
  const from = `${month}-01`;
  const to = lastDayOf(month);
  const [movements, ikd, campaigns] = await Promise.all([
    h.db
      .selectFrom('stock_movements')
      .select((eb) => ['type', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('quantity').as('q')])
      .where('location_code', '=', r.code)
      .where('occurred_on', '>=', from)
      .where('occurred_on', '<=', to)
      .groupBy('type')
      .orderBy('type')
      .execute(),
    h.db
      .selectFrom('ikd_daily')
      .select((eb) => [eb.fn.count<number>('day').distinct().as('days'), eb.fn.sum<number>('count').as('n')])
      .where('regency_code', '=', r.code)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .executeTakeFirst(),
    h.db
      .selectFrom('ikd_campaigns')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('regency_code', '=', r.code)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .executeTakeFirst(),
  ]);
  return {
    movements: movements.map((m) => ({ type: m.type, count: toNum(m.n), quantity: toNum(m.q) })),
    ikdDays: toNum(ikd?.days),
    activations: toNum(ikd?.n),
    campaigns: toNum(campaigns?.n),
  };
}
export type MonthContents = Awaited<ReturnType<typeof monthContents>>;
