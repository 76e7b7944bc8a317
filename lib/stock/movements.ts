/** The blangko ledger's write side (SPEC §4): every change is an appended movement, and the
 *  maintained aggregates (stock_balances, stock_daily) change in the same transaction. */
import type { Selectable } from 'kysely';
import { getHandle, nowIso, writeTx, type Db, type DbHandle } from '@/lib/db';
import type { StockMovementTable } from '@/lib/db/schema';
import { ApiError, errors } from '@/lib/api/errors';
import { idempotentWrite } from '@/lib/api/idempotency';
import { can, type Action, type Actor } from '@/lib/auth/permissions';
import { auditBy } from '@/lib/auditlog/write';
import { regionIndex, type Region } from '@/lib/regions/queries';
import { addDays, localDate } from '@/lib/time';
import { bookAgainstRequisition } from '@/lib/requisitions/book';
import { assertPeriodOpen } from '@/lib/periods/lock';
import { flagMovement } from '@/lib/anomalies/flag';
import { ITEM_BLANGKO, LEDGER_TYPES, recordAction, reversalAction } from './rules';
import { resolveItem, type Item } from './items';
import { MAX_BACKDATE_DAYS, type AllocationBody, type MovementBody, type MovementType } from './schemas';
import { must } from '@/lib/must';

export interface Movement {
  id: number;
  item: string;
  locationCode: string;
  type: MovementType;
  quantity: number;
  delta: number;
  occurredOn: string;
  createdAt: string;
  reference: string | null;
  note: string | null;
  counterpartCode: string | null;
  countedOnHand: number | null;
  reversesId: number | null;
  /** the requisition a province RECEIPT (or its reversal) is booked against (SPEC §17) */
  requisitionId: number | null;
}

export function toMovement(r: Selectable<StockMovementTable>): Movement {
  return {
    id: Number(r.id),
    item: r.item,
    locationCode: r.location_code,
    type: r.type as MovementType,
    quantity: Number(r.quantity),
    delta: Number(r.delta),
    occurredOn: r.occurred_on,
    createdAt: r.created_at,
    reference: r.reference,
    note: r.note,
    counterpartCode: r.counterpart_code,
    countedOnHand: r.counted_on_hand === null ? null : Number(r.counted_on_hand),
    reversesId: r.reverses_id === null ? null : Number(r.reverses_id),
    requisitionId: r.requisition_id === null ? null : Number(r.requisition_id),
  };
}

const USED_TYPES = new Set(['PRINTED', 'SPOILED']);

const fieldError = (field: string, id: string, en: string) => errors.validation({ [field]: { id, en } });

export function insufficient(
  balance: number,
  asked: number,
  unit: Item['unitName'] = { id: 'keping', en: 'cards' },
): ApiError {
  const n = (v: number, l: string) => new Intl.NumberFormat(l).format(v);
  return new ApiError('CONFLICT', {
    id: `Stok tidak cukup: saldo ${n(balance, 'id-ID')} ${unit.id}, diminta ${n(asked, 'id-ID')} ${unit.id}. Tidak ada yang dicatat.`,
    en: `Not enough stock: the balance is ${n(balance, 'en-US')} ${unit.en} and ${n(asked, 'en-US')} were asked. Nothing was recorded.`,
  });
}

async function locate(h: DbHandle, code: string): Promise<Region> {
  const idx = await regionIndex(h);
  const r = idx.byCode.get(code);
  if (!r || r.level === 'district') throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  return r;
}

/** Whether the actor may write anything at all in `code`'s ledger (checked before the body is
 *  read, so a foreign caller learns nothing from validation answers). */
export async function authorizeLedgerWrite(actor: Actor, code: string, handle?: DbHandle): Promise<Region> {
  const h = handle ?? (await getHandle());
  const loc = await locate(h, code);
  const ok =
    loc.level === 'province'
      ? can(actor, 'stock.province.write', code)
      : can(actor, 'stock.regency.write', code) || can(actor, 'stock.transfer', code);
  if (!ok) throw errors.forbidden();
  return loc;
}

function assertAction(actor: Actor, action: Action, code: string) {
  if (!can(actor, action, code)) throw errors.forbidden();
}

/** The query of one location's balance row of an item (none before its first movement). */
export function balanceRow(db: Db, code: string, itemCode: string) {
  return db
    .selectFrom('stock_balances')
    .select(['on_hand', 'minimum'])
    .where('location_code', '=', code)
    .where('item', '=', itemCode);
}

/** One change of one location's balance: a conditional update that refuses to go below zero
 *  (on PostgreSQL the row lock of UPDATE … WHERE on_hand + delta >= 0 serializes writers). */
async function applyDelta(tx: Db, loc: Region, delta: number, at: string, asked: number, item: Item): Promise<number> {
  await tx
    .insertInto('stock_balances')
    .values({
      location_code: loc.code,
      item: item.code,
      on_hand: 0,
      minimum: loc.level === 'province' ? 0 : item.defaultMinimum,
      last_movement_at: null,
    })
    .onConflict((oc) => oc.columns(['location_code', 'item']).doNothing())
    .execute();
  const row = await tx
    .updateTable('stock_balances')
    .set((eb) => ({ on_hand: eb('on_hand', '+', delta), last_movement_at: at }))
    .where('location_code', '=', loc.code)
    .where('item', '=', item.code)
    .where((eb) => eb(eb('on_hand', '+', delta), '>=', 0))
    .returning('on_hand')
    .executeTakeFirst();
  if (row) return Number(row.on_hand);
  const cur = await balanceRow(tx, loc.code, item.code).executeTakeFirst();
  throw insufficient(Number(cur?.on_hand ?? 0), asked, item.unitName);
}

async function addDaily(tx: Db, code: string, item: string, day: string, delta: number, used: number) {
  await tx
    .insertInto('stock_daily')
    .values({ location_code: code, item, day, delta, used })
    .onConflict((oc) =>
      oc.columns(['location_code', 'item', 'day']).doUpdateSet((eb) => ({
        delta: eb('stock_daily.delta', '+', eb.ref('excluded.delta')),
        used: eb('stock_daily.used', '+', eb.ref('excluded.used')),
      })),
    )
    .execute();
}

interface Leg {
  loc: Region;
  type: MovementType;
  quantity: number;
  delta: number;
  counterpartCode: string | null;
  countedOnHand?: number | null;
  reversesId?: number | null;
  used: number;
  reference?: string | null;
  note?: string | null;
  requisitionId?: number | null;
}

/** Appends the legs of one movement (one, or two for DISTRIBUTION/TRANSFER and their reversal)
 *  with one timestamp, keeping balances and daily figures in step. Debits go first. */
async function writeLegs(h: DbHandle, tx: Db, actor: Actor, item: Item, day: string, legs: Leg[]) {
  await assertPeriodOpen(
    tx,
    h.kind,
    legs.map((l) => l.loc),
    day,
  );
  const at = nowIso();
  if (h.kind === 'postgres' && legs.length > 1) {
    // lock both balance rows in code order, so A→B and B→A at once cannot deadlock
    await tx
      .selectFrom('stock_balances')
      .select('on_hand')
      .where(
        'location_code',
        'in',
        legs.map((l) => l.loc.code),
      )
      .where('item', '=', item.code)
      .orderBy('location_code')
      .forUpdate()
      .execute();
  }
  const ordered = [...legs].sort((a, b) => a.delta - b.delta);
  const out: { movement: Movement; onHand: number }[] = [];
  for (const leg of ordered) {
    const onHand = await applyDelta(tx, leg.loc, leg.delta, at, Math.abs(leg.delta), item);
    const row = await tx
      .insertInto('stock_movements')
      .values({
        item: item.code,
        location_code: leg.loc.code,
        type: leg.type,
        quantity: leg.quantity,
        delta: leg.delta,
        occurred_on: day,
        created_at: at,
        reference: leg.reference ?? null,
        note: leg.note ?? null,
        counterpart_code: leg.counterpartCode,
        counted_on_hand: leg.countedOnHand ?? null,
        reverses_id: leg.reversesId ?? null,
        actor_id: actor.id,
        requisition_id: leg.requisitionId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await flagMovement(tx, row);
    await addDaily(tx, leg.loc.code, item.code, day, leg.delta, leg.used);
    out.push({ movement: toMovement(row), onHand });
  }
  // the caller's own location first
  return legs.map((l) =>
    must(
      out.find((o) => o.movement.locationCode === l.loc.code),
      `the leg at ${l.loc.code}`,
    ),
  );
}

function checkDay(loc: Region, day: string, now: Date) {
  const today = localDate(loc.timeZone, now);
  if (day > today)
    throw fieldError(
      'occurredOn',
      `Tanggal tidak boleh melewati hari ini (${today}).`,
      `The date cannot be after today (${today}).`,
    );
  if (day < addDays(today, -MAX_BACKDATE_DAYS))
    throw fieldError(
      'occurredOn',
      `Tanggal paling lama ${MAX_BACKDATE_DAYS} hari yang lalu.`,
      `The date cannot be more than ${MAX_BACKDATE_DAYS} days back.`,
    );
}

function sameProvinceRegency(
  idx: Map<string, Region>,
  loc: Region,
  code: string | undefined,
  field = 'counterpartCode',
) {
  const r = code ? idx.get(code) : undefined;
  if (!r || r.level !== 'regency' || r.provinceCode !== loc.provinceCode)
    throw fieldError(
      field,
      'Tujuan harus kabupaten/kota di provinsi yang sama.',
      'The receiver must be a regency of the same province.',
    );
  return r;
}

export interface RecordOptions {
  key?: string | null;
  handle?: DbHandle;
  now?: Date;
}

export interface RecordResult {
  status: number;
  body: { movement: Movement; onHand: number };
  replayed: boolean;
}

/** POST /api/v1/stock/{code}/movements — records one movement of SPEC §4 (→ 201 {movement, onHand}). */
export async function recordMovement(
  actor: Actor,
  code: string,
  input: MovementBody,
  opts: RecordOptions = {},
): Promise<RecordResult> {
  const h = opts.handle ?? (await getHandle());
  const now = opts.now ?? new Date();
  const loc = await authorizeLedgerWrite(actor, code, h);
  const idx = (await regionIndex(h)).byCode;
  const atProvince = loc.level === 'province';
  if (!LEDGER_TYPES[loc.level === 'province' ? 'province' : 'regency'].includes(input.type))
    throw fieldError(
      'type',
      atProvince
        ? 'Gudang provinsi hanya mencatat penerimaan, distribusi, penyesuaian dan pembatalan.'
        : 'Distribusi dicatat di gudang provinsi.',
      atProvince
        ? 'The province warehouse records receipts, distributions, adjustments and reversals only.'
        : 'Distributions are recorded at the province warehouse.',
    );
  // a reversal is checked against the entry it undoes (reversalAction), in its transaction
  if (input.type !== 'REVERSAL')
    assertAction(actor, ...recordAction(input.type, atProvince ? 'province' : 'regency', code));
  checkDay(loc, input.occurredOn, now);
  const counterpart =
    input.type === 'DISTRIBUTION' || input.type === 'TRANSFER'
      ? sameProvinceRegency(idx, loc, input.counterpartCode)
      : null;
  if (counterpart?.code === code)
    throw fieldError('counterpartCode', 'Tujuan tidak boleh sama dengan asal.', 'The receiver cannot be the sender.');
  if (input.requisitionId !== undefined && !atProvince)
    throw fieldError(
      'requisitionId',
      'Hanya penerimaan di gudang provinsi yang dapat dicatat terhadap permintaan.',
      'Only a receipt at the province warehouse can be booked against a requisition.',
    );
  const request = { method: 'POST', path: `/stock/${code}/movements`, body: input };
  const item = await resolveItem(h, input.item);

  try {
    const answer = await idempotentWrite(h, actor, opts.key ?? null, request, async (tx) => {
      const base = { reference: input.reference ?? null, note: input.note ?? null };
      let legs: Leg[];
      let before: number | null = null;
      switch (input.type) {
        case 'RECEIPT':
        case 'PRINTED':
        case 'SPOILED': {
          const q = input.quantity;
          const delta = input.type === 'RECEIPT' ? q : -q;
          legs = [
            {
              ...base,
              loc,
              type: input.type,
              quantity: q,
              delta,
              counterpartCode: null,
              used: USED_TYPES.has(input.type) ? q : 0,
              requisitionId: input.requisitionId ?? null,
            },
          ];
          if (input.requisitionId !== undefined)
            await bookAgainstRequisition(tx, input.requisitionId, code, q, nowIso());
          break;
        }
        case 'DISTRIBUTION':
        case 'TRANSFER': {
          const q = input.quantity;
          const to = sameProvinceRegency(idx, loc, input.counterpartCode); // checked above
          legs = [
            { ...base, loc, type: input.type, quantity: q, delta: -q, counterpartCode: to.code, used: 0 },
            { ...base, loc: to, type: input.type, quantity: q, delta: q, counterpartCode: code, used: 0 },
          ];
          break;
        }
        case 'ADJUSTMENT': {
          let q = balanceRow(tx, code, item.code);
          if (h.kind === 'postgres') q = q.forUpdate();
          before = Number((await q.executeTakeFirst())?.on_hand ?? 0);
          const delta = input.countedOnHand - before;
          legs = [
            {
              ...base,
              loc,
              type: 'ADJUSTMENT',
              quantity: Math.abs(delta),
              delta,
              counterpartCode: null,
              countedOnHand: input.countedOnHand,
              used: 0,
            },
          ];
          break;
        }
        case 'REVERSAL':
          legs = await reversalLegs(tx, actor, idx, loc, input.reversesId, base, item.code);
          // undoing a receipt booked against a requisition takes it off `received` too
          if (legs[0].requisitionId)
            await bookAgainstRequisition(tx, legs[0].requisitionId, code, legs[0].delta, nowIso());
          break;
      }
      const written = await writeLegs(h, tx, actor, item, input.occurredOn, legs);
      const own = written[0];
      await auditBy(tx, actor, `stock.movement.${input.type.toLowerCase()}`, code, {
        before: { onHand: before ?? own.onHand - own.movement.delta },
        after: { movements: written.map((w) => w.movement), onHand: own.onHand },
      });
      return { status: 201, body: { movement: own.movement, onHand: own.onHand } };
    });
    return answer;
  } catch (e) {
    if (input.type === 'REVERSAL' && isUniqueViolation(e)) throw alreadyReversed();
    throw e;
  }
}

function isUniqueViolation(e: unknown): boolean {
  const c = (e as { code?: string })?.code;
  return c === '23505' || c === 'SQLITE_CONSTRAINT_UNIQUE';
}

const alreadyReversed = () =>
  new ApiError('CONFLICT', { id: 'Mutasi ini sudah pernah dibatalkan.', en: 'This movement was already reversed.' });

/** The legs that undo movement `id` of `loc` (and its other leg for DISTRIBUTION/TRANSFER). */
async function reversalLegs(
  tx: Db,
  actor: Actor,
  idx: Map<string, Region>,
  loc: Region,
  id: number,
  base: { reference: string | null; note: string | null },
  item: string,
): Promise<Leg[]> {
  const orig = await tx
    .selectFrom('stock_movements')
    .selectAll()
    .where('id', '=', id)
    .where('location_code', '=', loc.code)
    .where('item', '=', item)
    .executeTakeFirst();
  if (!orig)
    throw fieldError(
      'reversesId',
      'Mutasi yang dibatalkan tidak ditemukan di lokasi ini.',
      'The movement to reverse was not found at this location.',
    );
  if (orig.type === 'REVERSAL')
    throw new ApiError('CONFLICT', {
      id: 'Pembatalan tidak dapat dibatalkan lagi.',
      en: 'A reversal cannot itself be reversed.',
    });
  // who may undo it: whoever may record that kind of movement there
  assertAction(
    actor,
    ...reversalAction(
      { type: orig.type as MovementType, delta: Number(orig.delta), counterpartCode: orig.counterpart_code },
      { level: loc.level === 'province' ? 'province' : 'regency', code: loc.code, provinceCode: loc.provinceCode },
    ),
  );
  const done = await tx.selectFrom('stock_movements').select('id').where('reverses_id', '=', id).executeTakeFirst();
  if (done) throw alreadyReversed();
  const note = base.note ?? `Pembatalan mutasi #${id}`;
  const legs: Leg[] = [
    {
      loc,
      type: 'REVERSAL',
      quantity: Number(orig.quantity),
      delta: -Number(orig.delta),
      counterpartCode: orig.counterpart_code,
      reversesId: id,
      used: USED_TYPES.has(orig.type) ? -Number(orig.quantity) : 0,
      reference: base.reference ?? orig.reference,
      note,
      requisitionId: orig.requisition_id === null ? null : Number(orig.requisition_id),
    },
  ];
  if ((orig.type === 'DISTRIBUTION' || orig.type === 'TRANSFER') && orig.counterpart_code) {
    const other = await tx
      .selectFrom('stock_movements')
      .selectAll()
      .where('location_code', '=', orig.counterpart_code)
      .where('counterpart_code', '=', orig.location_code)
      .where('type', '=', orig.type)
      .where('item', '=', item)
      .where('quantity', '=', orig.quantity)
      .where('delta', '=', -Number(orig.delta))
      .where('occurred_on', '=', orig.occurred_on)
      .where('created_at', '=', orig.created_at)
      .orderBy('id')
      .executeTakeFirst();
    const otherLoc = idx.get(orig.counterpart_code);
    if (other && otherLoc) {
      legs.push({
        loc: otherLoc,
        type: 'REVERSAL',
        quantity: Number(other.quantity),
        delta: -Number(other.delta),
        counterpartCode: other.counterpart_code,
        reversesId: Number(other.id),
        used: 0,
        reference: base.reference ?? other.reference,
        note,
      });
    }
  }
  return legs;
}

/** PUT /api/v1/stock/{code}/minimum — a regency's minimum (heads of its province, admins). */
export async function authorizeMinimum(actor: Actor, code: string, handle?: DbHandle): Promise<Region> {
  const h = handle ?? (await getHandle());
  const loc = await locate(h, code);
  assertAction(actor, 'stock.minimum.write', code);
  if (loc.level !== 'regency') throw errors.notFound({ id: 'Kabupaten/kota', en: 'Regency' });
  return loc;
}

export async function setMinimum(actor: Actor, code: string, minimum: number, handle?: DbHandle, itemCode?: string) {
  const h = handle ?? (await getHandle());
  await authorizeMinimum(actor, code, h);
  const item = await resolveItem(h, itemCode);
  return writeTx(h, async (tx) => {
    const cur = await balanceRow(tx, code, item.code).executeTakeFirst();
    if (cur) {
      await tx
        .updateTable('stock_balances')
        .set({ minimum })
        .where('location_code', '=', code)
        .where('item', '=', item.code)
        .execute();
    } else {
      await tx
        .insertInto('stock_balances')
        .values({ location_code: code, item: item.code, on_hand: 0, minimum, last_movement_at: null })
        .execute();
    }
    await auditBy(tx, actor, 'stock.minimum.set', code, {
      before: { minimum: cur ? Number(cur.minimum) : item.defaultMinimum },
      after: { minimum, item: item.code },
    });
    return { regencyCode: code, item: item.code, minimum };
  });
}

/** Authorization of the allocation endpoints: the province's head or an admin. */
export async function authorizeAllocation(actor: Actor, provinceCode: string, handle?: DbHandle): Promise<Region> {
  const h = handle ?? (await getHandle());
  const loc = await locate(h, provinceCode);
  if (!can(actor, 'stock.province.write', provinceCode)) throw errors.forbidden();
  if (loc.level !== 'province') throw errors.notFound({ id: 'Provinsi', en: 'Province' });
  return loc;
}

/** POST /api/v1/provinces/{code}/allocations — every DISTRIBUTION of the confirmed plan in one
 *  transaction, or none (→ 201 {reference, lines, warehouseOnHand}). With `receive`, the
 *  shipment's RECEIPT at the warehouse is booked first in the same transaction. */
export async function confirmAllocation(
  actor: Actor,
  provinceCode: string,
  input: AllocationBody,
  opts: RecordOptions = {},
) {
  const h = opts.handle ?? (await getHandle());
  const now = opts.now ?? new Date();
  const province = await authorizeAllocation(actor, provinceCode, h);
  const idx = (await regionIndex(h)).byCode;
  const day = input.occurredOn ?? localDate(province.timeZone, now);
  checkDay(province, day, now);
  const seen = new Set<string>();
  const lines = input.lines.filter((l) => l.quantity > 0);
  input.lines.forEach((l, i) => {
    sameProvinceRegency(idx, province, l.regencyCode, `lines.${i}.regencyCode`);
    if (seen.has(l.regencyCode))
      throw fieldError(`lines.${i}.regencyCode`, 'Kabupaten/kota tercantum dua kali.', 'The regency is listed twice.');
    seen.add(l.regencyCode);
  });
  const total = lines.reduce((s, l) => s + l.quantity, 0);
  if (total === 0) throw fieldError('lines', 'Alokasikan paling sedikit 1 keping.', 'Allocate at least 1 card.');
  const item = await resolveItem(h, input.item);
  const answer = await idempotentWrite(
    h,
    actor,
    opts.key ?? null,
    { method: 'POST', path: `/provinces/${provinceCode}/allocations`, body: input },
    async (tx) => {
      const reference = input.reference;
      if (!input.receive) {
        const cur = await balanceRow(tx, provinceCode, item.code).executeTakeFirst();
        const onHand = Number(cur?.on_hand ?? 0);
        if (onHand < total) throw insufficient(onHand, total, item.unitName);
      }
      if (input.receive) {
        await writeLegs(h, tx, actor, item, day, [
          {
            loc: province,
            type: 'RECEIPT',
            quantity: total,
            delta: total,
            counterpartCode: null,
            used: 0,
            reference,
            note: item.code === ITEM_BLANGKO ? 'Kiriman blangko diterima' : `Kiriman ${item.name.id} diterima`,
          },
        ]);
      }
      const out: { regencyCode: string; quantity: number; movementId: number; onHand: number }[] = [];
      let warehouseOnHand = 0;
      for (const l of lines) {
        const r = must(idx.get(l.regencyCode), `idx ${l.regencyCode}`);
        const [from, to] = await writeLegs(h, tx, actor, item, day, [
          {
            loc: province,
            type: 'DISTRIBUTION',
            quantity: l.quantity,
            delta: -l.quantity,
            counterpartCode: r.code,
            used: 0,
            reference,
            note: 'Distribusi ke kabupaten/kota',
          },
          {
            loc: r,
            type: 'DISTRIBUTION',
            quantity: l.quantity,
            delta: l.quantity,
            counterpartCode: province.code,
            used: 0,
            reference,
            note: 'Terima distribusi dari provinsi',
          },
        ]);
        warehouseOnHand = from.onHand;
        out.push({ regencyCode: r.code, quantity: l.quantity, movementId: to.movement.id, onHand: to.onHand });
      }
      const body = { reference, occurredOn: day, total, received: Boolean(input.receive), lines: out, warehouseOnHand };
      await auditBy(tx, actor, 'stock.allocation.confirm', provinceCode, { after: { ...body, item: item.code } });
      return { status: 201, body };
    },
  );
  return answer;
}
