/** SPEC §17: drafting, reading, editing and moving requisitions. Every function takes the acting
 *  user and checks the province scope here (heads write their own province; officers read their
 *  province's; the ministry reads all). */
import type { Selectable } from 'kysely';
import { getHandle, nowIso, writeTx, type Db, type DbHandle } from '@/lib/db';
import type { RequisitionLineTable, RequisitionTable } from '@/lib/db/schema';
import { ApiError, errors, type Msg } from '@/lib/api/errors';
import { idempotentWrite, type StoredAnswer } from '@/lib/api/idempotency';
import { can, type Actor } from '@/lib/auth/permissions';
import { auditBy } from '@/lib/auditlog/write';
import { regionIndex, type Region } from '@/lib/regions/queries';
import { getProvinceStock } from '@/lib/stock/queries';
import { ITEM_BLANGKO } from '@/lib/stock/rules';
import { localDate } from '@/lib/time';
import {
  computeLines,
  daysWaiting,
  fillRate,
  requisitionPeriod,
  requisitionTotal,
  transition,
  type RequisitionState,
} from './rules';
import type { DraftBody, LinesInput, UpdateBody } from './schemas';
import { must } from '@/lib/must';

export const DEFAULT_MONTHS = 3;

export interface RequisitionLine {
  regencyCode: string;
  name: string;
  onHand: number;
  minimum: number;
  avgDailyUse: number;
  projectedUse: number;
  cohort: number;
  /** the formula's figure; differs from `requested` when the head edited the line */
  proposed: number;
  requested: number;
}

export interface RequisitionSummary {
  id: number;
  provinceCode: string;
  provinceName: string;
  item: string;
  from: string;
  to: string;
  months: number;
  state: RequisitionState;
  total: number;
  received: number;
  fillRate: number | null;
  submittedAt: string | null;
  daysWaiting: number | null;
}

export interface Requisition extends RequisitionSummary {
  figuresOn: string;
  cohortTotal: number | null;
  warehouseOnHand: number;
  createdAt: string;
  filledAt: string | null;
  cancelledAt: string | null;
  lines: RequisitionLine[];
  receipts: { id: number; occurredOn: string; quantity: number; delta: number; reference: string | null }[];
}

const field = (name: string, m: Msg) => errors.validation({ [name]: m });
const notFound = () => errors.notFound({ id: 'Permintaan', en: 'Requisition' });

async function provinceOf(h: DbHandle, code: string): Promise<Region> {
  const r = (await regionIndex(h)).byCode.get(code);
  if (!r || r.level !== 'province') throw errors.notFound({ id: 'Provinsi', en: 'Province' });
  return r;
}

function summaryOf(r: Selectable<RequisitionTable>, province: Region, now: Date): RequisitionSummary {
  const state = r.state as RequisitionState;
  const total = Number(r.total);
  const received = Number(r.received);
  const tz = province.timeZone;
  const dayOf = (iso: string | null) => (iso ? localDate(tz, new Date(iso)) : null);
  return {
    id: Number(r.id),
    provinceCode: r.province_code,
    provinceName: province.name,
    item: r.item,
    from: r.period_from,
    to: r.period_to,
    months: Number(r.months),
    state,
    total,
    received,
    fillRate: fillRate(received, total),
    submittedAt: r.submitted_at,
    daysWaiting: daysWaiting(state, dayOf(r.submitted_at), dayOf(r.filled_at), localDate(tz, now)),
  };
}

function lineOf(l: Selectable<RequisitionLineTable>, name: string): RequisitionLine {
  return {
    regencyCode: l.regency_code,
    name,
    onHand: Number(l.on_hand),
    minimum: Number(l.minimum),
    avgDailyUse: Number(l.used_30) / 30,
    projectedUse: Number(l.projected_use),
    cohort: Number(l.cohort),
    proposed: Number(l.proposed),
    requested: Number(l.requested),
  };
}

async function load(h: DbHandle, db: Db, id: number, now: Date): Promise<Requisition | null> {
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const r = await db.selectFrom('requisitions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  const idx = (await regionIndex(h)).byCode;
  const province = must(idx.get(r.province_code), `province ${r.province_code}`);
  const [lines, receipts] = await Promise.all([
    db.selectFrom('requisition_lines').selectAll().where('requisition_id', '=', id).orderBy('regency_code').execute(),
    db
      .selectFrom('stock_movements')
      .select(['id', 'occurred_on', 'quantity', 'delta', 'reference'])
      .where('requisition_id', '=', id)
      .orderBy('occurred_on')
      .orderBy('id')
      .execute(),
  ]);
  return {
    ...summaryOf(r, province, now),
    figuresOn: r.figures_on,
    cohortTotal: r.cohort_total === null ? null : Number(r.cohort_total),
    warehouseOnHand: Number(r.warehouse_on_hand),
    createdAt: r.created_at,
    filledAt: r.filled_at,
    cancelledAt: r.cancelled_at,
    lines: lines.map((l) => lineOf(l, idx.get(l.regency_code)?.name ?? l.regency_code)),
    receipts: receipts.map((m) => ({
      id: Number(m.id),
      occurredOn: m.occurred_on,
      quantity: Number(m.quantity),
      delta: Number(m.delta),
      reference: m.reference,
    })),
  };
}

/** Whether the actor may draft in province `code` (checked before the body is read). */
export async function authorizeDraft(actor: Actor, code: string, handle?: DbHandle): Promise<Region> {
  const h = handle ?? (await getHandle());
  const province = await provinceOf(h, code);
  if (!can(actor, 'requisition.write', code)) throw errors.forbidden();
  return province;
}

export interface DraftOptions {
  handle?: DbHandle;
  now?: Date;
  key?: string | null;
  /** compute from the figures at the end of this local day instead of now (the demo's history) */
  figuresOn?: string;
}

function checkLineCodes(lines: LinesInput | undefined, regencies: Set<string>) {
  lines?.forEach((l, i) => {
    if (!regencies.has(l.regencyCode))
      throw field(`lines.${i}.regencyCode`, {
        id: 'Kabupaten/kota ini bukan bagian dari provinsi permintaan.',
        en: 'This regency is not part of the requisition’s province.',
      });
  });
}

/** The figures of a new requisition of province `code` (its lines, period and total), from the
 *  stock now or at the end of `figuresOn`. Writes nothing; the caller has authorized the draft. */
export async function computeDraft(
  actor: Actor,
  code: string,
  input: DraftBody,
  h: DbHandle,
  now: Date,
  figuresOn?: string,
) {
  const regencies = (await regionIndex(h)).regenciesOf.get(code) ?? [];
  const codes = new Set(regencies.map((r) => r.code));
  if (input.cohort && 'byRegency' in input.cohort)
    for (const c of Object.keys(input.cohort.byRegency))
      if (!codes.has(c))
        throw field(`cohort.byRegency.${c}`, {
          id: 'Kabupaten/kota ini bukan bagian dari provinsi.',
          en: 'This regency is not part of the province.',
        });
  checkLineCodes(input.lines, codes);
  const months = input.months ?? DEFAULT_MONTHS;
  const stock = await getProvinceStock(actor, { province: code, asOf: figuresOn }, h, now);
  const today = stock.today;
  const period = requisitionPeriod(today, months);
  const pop = await h.db
    .selectFrom('ikd_population')
    .select(['regency_code', 'valid_from', 'wajib_ktp'])
    .where('regency_code', 'in', [...codes])
    .where('valid_from', '<=', today)
    .orderBy('valid_from')
    .execute();
  const wajib = new Map<string, number>();
  for (const p of pop) wajib.set(p.regency_code, Number(p.wajib_ktp));
  const computed = computeLines(
    stock.regencies.map((r) => ({
      code: r.regencyCode,
      onHand: r.onHand,
      minimum: r.minimum,
      used30: Math.round(r.avgDailyUse * 30),
      wajibKtp: wajib.get(r.regencyCode) ?? 0,
    })),
    period.days,
    input.cohort,
  );
  const edits = new Map((input.lines ?? []).map((l) => [l.regencyCode, l.requested]));
  const warehouseOnHand = stock.warehouse.onHand;
  const requested = computed.map((l) => edits.get(l.code) ?? l.requested);
  return {
    row: {
      province_code: code,
      item: input.item ?? ITEM_BLANGKO,
      months,
      period_from: period.from,
      period_to: period.to,
      figures_on: today,
      state: 'DRAFT',
      cohort_total: input.cohort && 'total' in input.cohort ? input.cohort.total : null,
      warehouse_on_hand: warehouseOnHand,
      total: requisitionTotal(requested, warehouseOnHand),
      created_by: actor.id,
    },
    lines: computed.map((l, i) => ({
      regency_code: l.code,
      on_hand: l.onHand,
      minimum: l.minimum,
      used_30: l.used30,
      wajib_ktp: l.wajibKtp,
      projected_use: l.projectedUse,
      cohort: l.cohort,
      proposed: l.requested,
      requested: requested[i],
    })),
  };
}
export type DraftFigures = Awaited<ReturnType<typeof computeDraft>>;

/** Writes a computed requisition (in `tx`) and returns its id. */
export async function insertRequisition(
  tx: Db,
  d: DraftFigures,
  at: string,
  extra: Partial<Selectable<RequisitionTable>> = {},
): Promise<number> {
  const row = await tx
    .insertInto('requisitions')
    .values({ ...d.row, created_at: at, updated_at: at, ...extra })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  if (d.lines.length)
    await tx
      .insertInto('requisition_lines')
      .values(d.lines.map((l) => ({ requisition_id: id, ...l })))
      .execute();
  return id;
}

/** POST /api/v1/provinces/{code}/requisitions — a DRAFT from the province's figures now (→ 201). */
export async function draftRequisition(
  actor: Actor,
  code: string,
  input: DraftBody,
  opts: DraftOptions = {},
): Promise<StoredAnswer<Requisition>> {
  const h = opts.handle ?? (await getHandle());
  const now = opts.now ?? new Date();
  const province = await authorizeDraft(actor, code, h);
  const d = await computeDraft(actor, code, input, h, now, opts.figuresOn);
  return idempotentWrite(
    h,
    actor,
    opts.key ?? null,
    { method: 'POST', path: `/provinces/${code}/requisitions`, body: input },
    async (tx) => {
      const id = await insertRequisition(tx, d, nowIso());
      const body = must(await load(h, tx, id, now), `requisition ${id}`);
      await auditBy(tx, actor, 'requisition.draft', province.code, { after: { ...body, receipts: undefined } });
      return { status: 201, body };
    },
  );
}

/** GET /api/v1/requisitions/{id}. */
export async function getRequisition(actor: Actor, id: number, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const r = await load(h, h.db, id, now);
  if (!r) throw notFound();
  if (!can(actor, 'requisition.read', r.provinceCode)) throw errors.forbidden();
  return r;
}

/** GET /api/v1/requisitions?scope=national|PROVINCE — newest first, with the scope's totals
 *  (requested and received over the submitted ones, sums then divided). */
export async function listRequisitions(actor: Actor, scope: string | undefined, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const s = scope ?? (actor.role === 'ADMIN' ? 'national' : (actor.scopeCode ?? 'national').slice(0, 2));
  if (s !== 'national') await provinceOf(h, s);
  if (!can(actor, 'requisition.read', s)) throw errors.forbidden();
  const idx = (await regionIndex(h)).byCode;
  const rows = await h.db
    .selectFrom('requisitions')
    .selectAll()
    .$if(s !== 'national', (q) => q.where('province_code', '=', s))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const requisitions = rows.map((r) =>
    summaryOf(r, must(idx.get(r.province_code), `province ${r.province_code}`), now),
  );
  const asked = requisitions.filter((r) => r.state !== 'DRAFT' && r.state !== 'CANCELLED');
  const requested = asked.reduce((a, r) => a + r.total, 0);
  const received = asked.reduce((a, r) => a + r.received, 0);
  return {
    scope: s,
    requisitions,
    totals: { requisitions: asked.length, requested, received, fillRate: fillRate(received, requested) },
  };
}
export type RequisitionList = Awaited<ReturnType<typeof listRequisitions>>;

const conflict = (m: Msg) => new ApiError('CONFLICT', m);
const STATE_LABEL: Record<string, Msg> = {
  DRAFT: { id: 'draf', en: 'a draft' },
  SUBMITTED: { id: 'diajukan', en: 'submitted' },
  PARTIALLY_FILLED: { id: 'sebagian terpenuhi', en: 'partly filled' },
  FILLED: { id: 'terpenuhi', en: 'filled' },
  CANCELLED: { id: 'dibatalkan', en: 'cancelled' },
};

/** Whether the actor may change requisition `id` (checked before the body is read). */
export async function authorizeUpdate(actor: Actor, id: number, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  const r =
    Number.isInteger(id) && id > 0 && id <= 2_147_483_647
      ? await h.db.selectFrom('requisitions').select('province_code').where('id', '=', id).executeTakeFirst()
      : undefined;
  if (!r) throw notFound();
  if (!can(actor, 'requisition.write', r.province_code)) throw errors.forbidden();
}

/** PUT /api/v1/requisitions/{id} — `{action: submit|cancel}`, or `{lines}` while DRAFT (the
 *  edited requested quantities; the total follows). A step not allowed from the state is 409. */
export async function updateRequisition(
  actor: Actor,
  id: number,
  input: UpdateBody,
  opts: { handle?: DbHandle; now?: Date } = {},
): Promise<Requisition> {
  const h = opts.handle ?? (await getHandle());
  const now = opts.now ?? new Date();
  await authorizeUpdate(actor, id, h);
  await regionIndex(h); // cached before the transaction (SQLite: only `tx` inside it)
  return writeTx(h, async (tx) => {
    let q = tx.selectFrom('requisitions').selectAll().where('id', '=', id);
    if (h.kind === 'postgres') q = q.forUpdate();
    const cur = must(await q.executeTakeFirst(), `requisition ${id}`);
    const state = cur.state as RequisitionState;
    const at = nowIso();
    const before = { state, total: Number(cur.total) };
    let action: string;
    if ('action' in input) {
      const next = transition(state, input.action);
      if (!next) {
        const l = STATE_LABEL[state];
        throw conflict(
          input.action === 'submit'
            ? {
                id: `Permintaan ini sudah ${l.id}; hanya draf yang dapat diajukan.`,
                en: `This requisition is ${l.en}; only a draft can be submitted.`,
              }
            : {
                id: `Permintaan yang ${l.id} tidak dapat dibatalkan (hanya draf atau yang diajukan dan belum menerima kiriman).`,
                en: `A requisition that is ${l.en} cannot be cancelled (only a draft, or a submitted one nothing was received for).`,
              },
        );
      }
      if (next === 'SUBMITTED' && Number(cur.total) === 0)
        throw conflict({
          id: 'Jumlah permintaan 0: stok gudang sudah mencukupi, tidak ada yang perlu diajukan.',
          en: 'The total is 0: the warehouse already covers the need, there is nothing to submit.',
        });
      await tx
        .updateTable('requisitions')
        .set({
          state: next,
          updated_at: at,
          ...(next === 'SUBMITTED' ? { submitted_at: at } : { cancelled_at: at }),
        })
        .where('id', '=', id)
        .execute();
      action = `requisition.${input.action}`;
    } else {
      if (state !== 'DRAFT')
        throw conflict({
          id: `Permintaan ini sudah ${STATE_LABEL[state].id}; hanya draf yang dapat diubah.`,
          en: `This requisition is ${STATE_LABEL[state].en}; only a draft can be edited.`,
        });
      const lines = await tx
        .selectFrom('requisition_lines')
        .select(['regency_code', 'requested'])
        .where('requisition_id', '=', id)
        .execute();
      checkLineCodes(input.lines, new Set(lines.map((l) => l.regency_code)));
      const edits = new Map(input.lines.map((l) => [l.regencyCode, l.requested]));
      for (const [code, requested] of edits)
        await tx
          .updateTable('requisition_lines')
          .set({ requested })
          .where('requisition_id', '=', id)
          .where('regency_code', '=', code)
          .execute();
      const total = requisitionTotal(
        lines.map((l) => edits.get(l.regency_code) ?? Number(l.requested)),
        Number(cur.warehouse_on_hand),
      );
      await tx.updateTable('requisitions').set({ total, updated_at: at }).where('id', '=', id).execute();
      action = 'requisition.lines';
      Object.assign(before, {
        lines: lines.map((l) => ({ regencyCode: l.regency_code, requested: Number(l.requested) })),
      });
    }
    const after = must(await load(h, tx, id, now), `requisition ${id}`);
    await auditBy(tx, actor, action, cur.province_code, {
      before,
      after: { state: after.state, total: after.total, lines: 'lines' in input ? input.lines : undefined },
    });
    return after;
  });
}

/** The requisitions a province RECEIPT can be booked against (the warehouse's receipt form). */
export async function openRequisitions(actor: Actor, provinceCode: string, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  if (!can(actor, 'requisition.read', provinceCode)) return [];
  const rows = await h.db
    .selectFrom('requisitions')
    .select(['id', 'period_from', 'period_to', 'total', 'received', 'state'])
    .where('province_code', '=', provinceCode)
    .where('state', 'in', ['SUBMITTED', 'PARTIALLY_FILLED', 'FILLED'])
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    from: r.period_from,
    to: r.period_to,
    total: Number(r.total),
    received: Number(r.received),
    state: r.state as RequisitionState,
  }));
}
