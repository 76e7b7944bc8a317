/** Offices and counters (SPEC §6): officers create and edit their regency's offices (kind and
 *  opening hours in local time) and counters (services, daily capacity, open or closed). */
import { errors } from '@/lib/api/errors';
import { getHandle, isRowId, writeTx, type Db, type DbHandle } from '@/lib/db';
import { auditBy } from '@/lib/auditlog/write';
import { assertCan, homeScope, type Actor } from '@/lib/auth/permissions';
import { regionIndex } from '@/lib/regions/queries';
import { type Service } from './rules';
import { bumpQueueVersion, loadOffice, parseServices } from './office-row';
import { assertRoleMay, validate } from './validate';
import { counterBody, counterPatch, officeBody, officePatch } from './schemas';

export interface CounterView {
  id: number;
  officeId: number;
  name: string;
  services: Service[];
  capacity: number;
  isOpen: boolean;
}

export interface OfficeView {
  id: number;
  regencyCode: string;
  regencyName: string;
  name: string;
  kind: string;
  opensAt: string;
  closesAt: string;
  counters: CounterView[];
  /** SPEC §13: the office's own daily quota per service; a service not listed takes the capacity
   *  of the open counters serving it */
  quotas: Partial<Record<string, number>>;
}

function counterView(c: {
  id: number;
  office_id: number;
  name: string;
  services: string;
  capacity: number;
  is_open: number;
}): CounterView {
  return {
    id: Number(c.id),
    officeId: Number(c.office_id),
    name: c.name,
    services: parseServices(c.services),
    capacity: Number(c.capacity),
    isOpen: Number(c.is_open) === 1,
  };
}

/** GET /offices?scope=: the offices of a region (default: the caller's own) with their counters. */
export async function listOffices(actor: Actor, query: { scope?: string }, handle?: DbHandle): Promise<OfficeView[]> {
  const scope = query.scope ?? homeScope(actor);
  assertCan(actor, 'queue.read', scope);
  const h = handle ?? (await getHandle());
  const idx = await regionIndex(h);
  if (scope !== 'national' && !idx.byCode.has(scope)) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  const offices = await h.db
    .selectFrom('offices')
    .selectAll()
    .$if(scope !== 'national' && !scope.includes('.'), (q) => q.where('province_code', '=', scope))
    .$if(scope.includes('.'), (q) => q.where('regency_code', '=', scope))
    .orderBy('regency_code')
    .orderBy('id')
    .execute();
  const ids = offices.map((o) => o.id);
  const [counters, quotas] = ids.length
    ? await Promise.all([
        h.db.selectFrom('counters').selectAll().where('office_id', 'in', ids).orderBy('id').execute(),
        h.db
          .selectFrom('office_service_quotas')
          .select(['office_id', 'service', 'daily_quota'])
          .where('office_id', 'in', ids)
          .execute(),
      ])
    : [[], []];
  return offices.map((o) => ({
    id: Number(o.id),
    regencyCode: o.regency_code,
    regencyName: idx.byCode.get(o.regency_code)?.name ?? o.regency_code,
    name: o.name,
    kind: o.kind,
    opensAt: o.opens_at,
    closesAt: o.closes_at,
    counters: counters.filter((c) => c.office_id === o.id).map(counterView),
    quotas: Object.fromEntries(
      quotas.filter((q) => q.office_id === o.id).map((q) => [q.service, Number(q.daily_quota)]),
    ),
  }));
}

/** POST /offices: a new office in a regency the caller manages. */
export async function createOffice(actor: Actor, raw: unknown, handle?: DbHandle) {
  assertRoleMay(actor, 'offices.manage');
  // the regency is in the body: refuse a foreign one before judging the rest of the body
  const claimed = (raw as { regencyCode?: unknown } | null)?.regencyCode;
  if (typeof claimed === 'string') assertCan(actor, 'offices.manage', claimed);
  const body = await validate(officeBody, raw);
  assertCan(actor, 'offices.manage', body.regencyCode);
  const h = handle ?? (await getHandle());
  const regency = (await regionIndex(h)).byCode.get(body.regencyCode);
  if (!regency || regency.level !== 'regency') {
    throw errors.validation({ regencyCode: { id: 'Kabupaten/kota tidak dikenal.', en: 'Unknown regency.' } });
  }
  return writeTx(h, async (tx) => {
    const row = await tx
      .insertInto('offices')
      .values({
        regency_code: regency.code,
        province_code: regency.provinceCode,
        name: body.name,
        kind: body.kind,
        opens_at: body.opensAt,
        closes_at: body.closesAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const office: OfficeView = {
      id: Number(row.id),
      regencyCode: row.regency_code,
      regencyName: regency.name,
      name: row.name,
      kind: row.kind,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      counters: [],
      quotas: {},
    };
    await auditBy(tx, actor, 'office.create', regency.code, { after: office });
    return office;
  });
}

/** The office's own daily quotas, by service (services without one are absent). */
async function officeQuotas(db: Db, officeId: number): Promise<Partial<Record<string, number>>> {
  const rows = await db
    .selectFrom('office_service_quotas')
    .select(['service', 'daily_quota'])
    .where('office_id', '=', officeId)
    .orderBy('service')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.service, Number(r.daily_quota)]));
}

/** PATCH /offices/{id}: name, kind, opening hours or daily quotas per service. */
export async function updateOffice(actor: Actor, officeId: number, raw: unknown, handle?: DbHandle) {
  assertRoleMay(actor, 'offices.manage');
  const h = handle ?? (await getHandle());
  const office = await loadOffice(h, officeId);
  assertCan(actor, 'offices.manage', office.regencyCode);
  const body = await validate(officePatch, raw);
  const next = { ...office, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) };
  if (next.opensAt >= next.closesAt) {
    throw errors.validation({
      closesAt: { id: 'Jam tutup harus setelah jam buka.', en: 'Closing time must be after opening time.' },
    });
  }
  return writeTx(h, async (tx) => {
    await tx
      .updateTable('offices')
      .set({ name: next.name, kind: next.kind, opens_at: next.opensAt, closes_at: next.closesAt })
      .where('id', '=', office.id)
      .execute();
    const quotasBefore = await officeQuotas(tx, office.id);
    for (const [service, quota] of Object.entries(body.quotas ?? {})) {
      if (quota === null || quota === undefined) {
        await tx
          .deleteFrom('office_service_quotas')
          .where('office_id', '=', office.id)
          .where('service', '=', service)
          .execute();
      } else {
        await tx
          .insertInto('office_service_quotas')
          .values({ office_id: office.id, service, daily_quota: quota })
          .onConflict((oc) => oc.columns(['office_id', 'service']).doUpdateSet({ daily_quota: quota }))
          .execute();
      }
    }
    await bumpQueueVersion(tx, office.id);
    const after = {
      id: office.id,
      name: next.name,
      kind: next.kind,
      opensAt: next.opensAt,
      closesAt: next.closesAt,
      quotas: await officeQuotas(tx, office.id),
    };
    const before = {
      id: office.id,
      name: office.name,
      kind: office.kind,
      opensAt: office.opensAt,
      closesAt: office.closesAt,
      quotas: quotasBefore,
    };
    await auditBy(tx, actor, 'office.update', office.regencyCode, { before, after });
    return { ...after, regencyCode: office.regencyCode };
  });
}

/** POST /offices/{id}/counters: a new counter (capacity 60 and open unless told otherwise). */
export async function createCounter(
  actor: Actor,
  officeId: number,
  raw: unknown,
  handle?: DbHandle,
): Promise<CounterView> {
  assertRoleMay(actor, 'offices.manage');
  const h = handle ?? (await getHandle());
  const office = await loadOffice(h, officeId);
  assertCan(actor, 'offices.manage', office.regencyCode);
  const body = await validate(counterBody, raw);
  return writeTx(h, async (tx) => {
    const row = await tx
      .insertInto('counters')
      .values({
        office_id: office.id,
        name: body.name,
        services: body.services.join(','),
        capacity: body.capacity,
        is_open: body.isOpen ? 1 : 0,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const counter = counterView(row);
    await bumpQueueVersion(tx, office.id);
    await auditBy(tx, actor, 'counter.create', office.regencyCode, { after: counter });
    return counter;
  });
}

/** PATCH /counters/{id}: name, services, capacity, open or closed. */
export async function updateCounter(
  actor: Actor,
  counterId: number,
  raw: unknown,
  handle?: DbHandle,
): Promise<CounterView> {
  assertRoleMay(actor, 'offices.manage');
  const h = handle ?? (await getHandle());
  const row = isRowId(counterId)
    ? await h.db.selectFrom('counters').selectAll().where('id', '=', counterId).executeTakeFirst()
    : undefined;
  if (!row) throw errors.notFound({ id: 'Loket', en: 'Counter' });
  const office = await loadOffice(h, Number(row.office_id));
  assertCan(actor, 'offices.manage', office.regencyCode);
  const body = await validate(counterPatch, raw);
  return writeTx(h, async (tx) => {
    const before = counterView(row);
    const after: CounterView = {
      ...before,
      name: body.name ?? before.name,
      services: body.services ?? before.services,
      capacity: body.capacity ?? before.capacity,
      isOpen: body.isOpen ?? before.isOpen,
    };
    await tx
      .updateTable('counters')
      .set({
        name: after.name,
        services: after.services.join(','),
        capacity: after.capacity,
        is_open: after.isOpen ? 1 : 0,
      })
      .where('id', '=', before.id)
      .execute();
    await bumpQueueVersion(tx, office.id);
    await auditBy(tx, actor, 'counter.update', office.regencyCode, { before, after });
    return after;
  });
}
