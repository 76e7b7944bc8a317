import { z } from 'zod';
import { ApiError, errors } from '@/lib/api/errors';
import { idempotentWrite } from '@/lib/api/idempotency';
import { auditBy } from '@/lib/auditlog/write';
import { can, assertCan, type Actor } from '@/lib/auth/permissions';
import { getHandle, nowIso, writeTx, type Db, type DbHandle } from '@/lib/db';
import { campaignIdParam } from '@/lib/api/params';
import { regionIndex } from '@/lib/regions/queries';
import { addDays, localDate } from '@/lib/time';
import { assertPeriodOpen } from '@/lib/periods/lock';
import { flagIkdDay } from '@/lib/anomalies/flag';
import { CHANNELS, SEGMENTS } from './rules';
import { assertDayParam, fieldError, futureDay, nf, regencyOf } from './regency';
import type { Selectable } from 'kysely';
import type { IkdCampaignTable } from '@/lib/db/schema';
import type { campaignAnswer } from './answers';
import {
  baselineBody,
  campaignBody,
  campaignResultBody,
  dayCountsBody,
  populationBody,
  readBody,
  targetBody,
  targetScope,
} from './schemas';

/** IKD writes (SPEC §5). Each one: the regency exists (404), the caller may write there (403),
 *  the body is valid (400/422), then one transaction that changes the data, keeps
 *  ikd_month_totals in step and writes the audit entry. */

/** The first day activations may be entered for (the IKD trials started mid-2022). */
export const FIRST_IKD_DAY = '2022-01-01';

export interface DayCount {
  segment: (typeof SEGMENTS)[number];
  channel: (typeof CHANNELS)[number];
  count: number;
}

async function wajibKtpOn(db: Db, regencyCode: string, day: string): Promise<number | null> {
  const row = await db
    .selectFrom('ikd_population')
    .select('wajib_ktp')
    .where('regency_code', '=', regencyCode)
    .where('valid_from', '<=', day)
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.wajib_ktp) : null;
}

async function dayRows(db: Db, regencyCode: string, day: string): Promise<DayCount[]> {
  const rows = await db
    .selectFrom('ikd_daily')
    .select(['segment', 'channel', 'count'])
    .where('regency_code', '=', regencyCode)
    .where('day', '=', day)
    .execute();
  return sortCounts(
    rows.map((r) => ({
      segment: r.segment as DayCount['segment'],
      channel: r.channel as DayCount['channel'],
      count: Number(r.count),
    })),
  );
}

function sortCounts(rows: DayCount[]): DayCount[] {
  const key = (c: DayCount) => SEGMENTS.indexOf(c.segment) * 10 + CHANNELS.indexOf(c.channel);
  return [...rows].sort((a, b) => key(a) - key(b));
}

const total = (rows: DayCount[]) => rows.reduce((s, c) => s + c.count, 0);

/** What every IKD write of one regency starts with: the database, the regency (404 when unknown),
 *  the caller's right to write it (403) and the regency's local today. */
async function ikdWriteScope(actor: Actor, regencyCode: string, handle: DbHandle | undefined, now: Date) {
  const h = handle ?? (await getHandle());
  const region = await regencyOf(h, regencyCode);
  assertCan(actor, 'ikd.write', region.code);
  return { h, region, today: localDate(region.timeZone, now) };
}

/** PUT /api/v1/ikd/{regencyCode}/days/{day}: replaces the day's segment × channel counts. */
export async function replaceIkdDay(
  actor: Actor,
  regencyCode: string,
  day: string,
  body: unknown,
  handle?: DbHandle,
  now = new Date(),
) {
  const { h, region, today } = await ikdWriteScope(actor, regencyCode, handle, now);
  assertDayParam(day);
  const input = await readBody(body, dayCountsBody);
  if (day > today) futureDay('day', day, today, region.timeZone);
  if (day < FIRST_IKD_DAY) {
    fieldError('day', { id: `Tanggal paling awal ${FIRST_IKD_DAY}.`, en: `The earliest date is ${FIRST_IKD_DAY}.` });
  }
  const counts = sortCounts(input.counts.filter((c) => c.count > 0));
  const newTotal = total(counts);
  const month = day.slice(0, 7);

  return writeTx(h, async (tx) => {
    await assertPeriodOpen(tx, h.kind, [region], day);
    // Lock the regency's month row first: concurrent replacements of the same month queue here,
    // so each reads the day as the previous one left it and the month total stays exact.
    await tx
      .insertInto('ikd_month_totals')
      .values({ regency_code: region.code, month, total: 0 })
      .onConflict((oc) =>
        oc.columns(['regency_code', 'month']).doUpdateSet({ total: (eb) => eb.ref('ikd_month_totals.total') }),
      )
      .execute();
    const wajib = await wajibKtpOn(tx, region.code, day);
    if (wajib === null) {
      fieldError('counts', {
        id: `Wajib KTP ${region.name} yang berlaku pada ${day} belum dicatat. Isi wajib KTP terlebih dahulu.`,
        en: `No wajib KTP of ${region.name} is recorded as valid on ${day}. Record the wajib KTP first.`,
      });
    }
    if (newTotal > wajib) {
      fieldError('counts', {
        id: `Jumlah aktivasi hari ini (${nf.id(newTotal)}) melebihi wajib KTP ${region.name} (${nf.id(wajib)}).`,
        en: `The day's total (${nf.en(newTotal)}) exceeds the wajib KTP of ${region.name} (${nf.en(wajib)}).`,
      });
    }
    const before = await dayRows(tx, region.code, day);
    const previousTotal = total(before);
    await tx.deleteFrom('ikd_daily').where('regency_code', '=', region.code).where('day', '=', day).execute();
    if (counts.length > 0) {
      await tx
        .insertInto('ikd_daily')
        .values(
          counts.map((c) => ({
            regency_code: region.code,
            day,
            segment: c.segment,
            channel: c.channel,
            count: c.count,
          })),
        )
        .execute();
    }
    const delta = newTotal - previousTotal;
    if (delta !== 0) {
      await tx
        .updateTable('ikd_month_totals')
        .set((eb) => ({ total: eb('total', '+', delta) }))
        .where('regency_code', '=', region.code)
        .where('month', '=', month)
        .execute();
    }
    await flagIkdDay(tx, region.code, day, newTotal, delta, wajib);
    await auditBy(tx, actor, 'ikd.day.replace', region.code, {
      before: { day, total: previousTotal, counts: before },
      after: { day, total: newTotal, counts },
    });
    return { regencyCode: region.code, day, total: newTotal, previousTotal, change: delta, counts };
  });
}

/** GET /api/v1/ikd/{regencyCode}/days/{day}: the day's full grid (zeros included). */
export async function getIkdDay(actor: Actor, regencyCode: string, day: string, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const region = await regencyOf(h, regencyCode);
  assertCan(actor, 'ikd.read', region.code);
  assertDayParam(day);
  const [rows, wajib] = await Promise.all([dayRows(h.db, region.code, day), wajibKtpOn(h.db, region.code, day)]);
  const grid: DayCount[] = SEGMENTS.flatMap((segment) =>
    CHANNELS.map((channel) => ({
      segment,
      channel,
      count: rows.find((r) => r.segment === segment && r.channel === channel)?.count ?? 0,
    })),
  );
  return {
    regencyCode: region.code,
    day,
    today: localDate(region.timeZone, now),
    wajibKtp: wajib,
    total: total(rows),
    counts: grid,
  };
}

/** PUT /api/v1/ikd/{regencyCode}/population: wajib KTP valid from a date (history kept; the
 *  same validFrom again replaces that entry). */
export async function setIkdPopulation(
  actor: Actor,
  regencyCode: string,
  body: unknown,
  handle?: DbHandle,
  now = new Date(),
) {
  const { h, region, today } = await ikdWriteScope(actor, regencyCode, handle, now);
  const input = await readBody(body, populationBody);
  if (input.validFrom > today) futureDay('validFrom', input.validFrom, today, region.timeZone);
  return writeTx(h, async (tx) => {
    await assertPeriodOpen(tx, h.kind, [region], input.validFrom);
    const before = await tx
      .selectFrom('ikd_population')
      .select(['valid_from', 'wajib_ktp'])
      .where('regency_code', '=', region.code)
      .where('valid_from', '=', input.validFrom)
      .executeTakeFirst();
    await tx
      .insertInto('ikd_population')
      .values({ regency_code: region.code, valid_from: input.validFrom, wajib_ktp: input.wajibKtp })
      .onConflict((oc) => oc.columns(['regency_code', 'valid_from']).doUpdateSet({ wajib_ktp: input.wajibKtp }))
      .execute();
    await auditBy(tx, actor, 'ikd.population.set', region.code, {
      before: before ? { validFrom: before.valid_from, wajibKtp: Number(before.wajib_ktp) } : null,
      after: { validFrom: input.validFrom, wajibKtp: input.wajibKtp },
    });
    const history = await tx
      .selectFrom('ikd_population')
      .select(['valid_from', 'wajib_ktp'])
      .where('regency_code', '=', region.code)
      .orderBy('valid_from')
      .execute();
    return {
      regencyCode: region.code,
      wajibKtp: input.wajibKtp,
      validFrom: input.validFrom,
      history: history.map((p) => ({ validFrom: p.valid_from, wajibKtp: Number(p.wajib_ktp) })),
    };
  });
}

/** PUT /api/v1/ikd/{regencyCode}/baseline: cumulative activations before Pantau, set once. */
export async function setIkdBaseline(
  actor: Actor,
  regencyCode: string,
  body: unknown,
  handle?: DbHandle,
  now = new Date(),
) {
  const { h, region, today } = await ikdWriteScope(actor, regencyCode, handle, now);
  const input = await readBody(body, baselineBody);
  if (input.asOf > today) futureDay('asOf', input.asOf, today, region.timeZone);
  return writeTx(h, async (tx) => {
    const existing = await tx
      .selectFrom('ikd_baselines')
      .selectAll()
      .where('regency_code', '=', region.code)
      .executeTakeFirst();
    if (existing) {
      throw new ApiError('CONFLICT', {
        id: `Baseline ${region.name} sudah ditetapkan (${nf.id(Number(existing.activations))} aktivasi per ${existing.as_of}) dan hanya dapat diisi sekali.`,
        en: `The baseline of ${region.name} is already set (${nf.en(Number(existing.activations))} activations as of ${existing.as_of}) and can be set only once.`,
      });
    }
    const wajib = await wajibKtpOn(tx, region.code, input.asOf);
    if (wajib !== null && input.activations > wajib) {
      fieldError('activations', {
        id: `Aktivasi awal (${nf.id(input.activations)}) melebihi wajib KTP (${nf.id(wajib)}).`,
        en: `Baseline activations (${nf.en(input.activations)}) exceed the wajib KTP (${nf.en(wajib)}).`,
      });
    }
    await tx
      .insertInto('ikd_baselines')
      .values({ regency_code: region.code, as_of: input.asOf, activations: input.activations })
      .execute();
    await auditBy(tx, actor, 'ikd.baseline.set', region.code, {
      before: null,
      after: { asOf: input.asOf, activations: input.activations },
    });
    return { regencyCode: region.code, asOf: input.asOf, activations: input.activations };
  });
}

/** PUT /api/v1/targets/ikd: `{scope, year, percent}`. The admin sets national (and any) targets,
 *  a province head its province and that province's regencies. */
export async function setIkdTarget(actor: Actor, body: unknown, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  if (!can(actor, 'ikd.target.write', actor.scopeCode ?? 'national')) throw errors.forbidden();
  const raw = await readBody(body, z.unknown());
  // Scope first, so a caller learns nothing about a scope that is not theirs from validation.
  const scope = targetScope.safeParse((raw as { scope?: unknown } | null)?.scope);
  if (scope.success && !can(actor, 'ikd.target.write', scope.data)) throw errors.forbidden();
  const input = await readBody(raw, targetBody);
  if (input.scope !== 'national') {
    const idx = await regionIndex(h);
    const r = idx.byCode.get(input.scope);
    if (!r || (r.level !== 'province' && r.level !== 'regency')) {
      fieldError('scope', { id: `Wilayah ${input.scope} tidak ditemukan.`, en: `Region ${input.scope} not found.` });
    }
  }
  return writeTx(h, async (tx) => {
    const before = await tx
      .selectFrom('ikd_targets')
      .select('percent')
      .where('scope_code', '=', input.scope)
      .where('year', '=', input.year)
      .executeTakeFirst();
    await tx
      .insertInto('ikd_targets')
      .values({ scope_code: input.scope, year: input.year, percent: input.percent })
      .onConflict((oc) => oc.columns(['scope_code', 'year']).doUpdateSet({ percent: input.percent }))
      .execute();
    const previous = before ? Number(before.percent) : null;
    await auditBy(tx, actor, 'ikd.target.set', input.scope, {
      before: previous === null ? null : { year: input.year, percent: previous },
      after: { year: input.year, percent: input.percent },
    });
    return { scope: input.scope, year: input.year, percent: input.percent, previous };
  });
}

/** A campaign as the API answers it (lib/ikd/answers.ts). */
export type Campaign = z.infer<typeof campaignAnswer>;

type CampaignRow = Selectable<IkdCampaignTable>;

export function toCampaign(r: CampaignRow): Campaign {
  return {
    id: Number(r.id),
    regencyCode: r.regency_code,
    day: r.day,
    place: r.place,
    segment: r.segment,
    planned: Number(r.planned),
    achieved: r.achieved === null ? null : Number(r.achieved),
    notes: r.notes,
    createdAt: r.created_at,
  };
}

/** POST /api/v1/ikd/{regencyCode}/campaigns: plans a jemput bola campaign (201). */
export async function planIkdCampaign(
  actor: Actor,
  regencyCode: string,
  body: unknown,
  idempotencyKey: string | null = null,
  handle?: DbHandle,
  now = new Date(),
) {
  const { h, region, today } = await ikdWriteScope(actor, regencyCode, handle, now);
  const input = await readBody(body, campaignBody);
  const latest = addDays(today, 366);
  if (input.day < FIRST_IKD_DAY || input.day > latest) {
    fieldError('day', {
      id: `Tanggal kegiatan harus antara ${FIRST_IKD_DAY} dan ${latest}.`,
      en: `The campaign date must be between ${FIRST_IKD_DAY} and ${latest}.`,
    });
  }
  const answer = await idempotentWrite(
    h,
    actor,
    idempotencyKey,
    { method: 'POST', path: `/ikd/${region.code}/campaigns`, body: input },
    async (tx) => {
      await assertPeriodOpen(tx, h.kind, [region], input.day);
      const row = await tx
        .insertInto('ikd_campaigns')
        .values({
          regency_code: region.code,
          day: input.day,
          place: input.place,
          segment: input.segment,
          planned: input.planned,
          achieved: null,
          notes: input.notes || null,
          created_at: nowIso(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const campaign = toCampaign(row);
      await auditBy(tx, actor, 'ikd.campaign.plan', region.code, { before: null, after: campaign });
      return { status: 201, body: campaign };
    },
  );
  return answer;
}

/** PATCH /api/v1/ikd/{regencyCode}/campaigns/{id}: records what a campaign achieved. */
export async function recordIkdCampaignResult(
  actor: Actor,
  regencyCode: string,
  id: string,
  body: unknown,
  handle?: DbHandle,
  now = new Date(),
) {
  const { h, region, today } = await ikdWriteScope(actor, regencyCode, handle, now);
  const campaignId = campaignIdParam.safeParse(id).data ?? null;
  if (campaignId === null) throw errors.notFound({ id: 'Kegiatan', en: 'Campaign' });
  const input = await readBody(body, campaignResultBody);
  return writeTx(h, async (tx) => {
    const row = await tx
      .selectFrom('ikd_campaigns')
      .selectAll()
      .where('id', '=', campaignId)
      .where('regency_code', '=', region.code)
      .executeTakeFirst();
    if (!row) throw errors.notFound({ id: 'Kegiatan', en: 'Campaign' });
    await assertPeriodOpen(tx, h.kind, [region], row.day);
    if (row.day > today) {
      fieldError('achieved', {
        id: `Kegiatan ini dijadwalkan ${row.day}; hasil dapat dicatat mulai hari itu.`,
        en: `This campaign is scheduled for ${row.day}; its result can be recorded from that day on.`,
      });
    }
    const before = toCampaign(row);
    const notes = input.notes === undefined ? row.notes : input.notes || null;
    await tx
      .updateTable('ikd_campaigns')
      .set({ achieved: input.achieved, notes })
      .where('id', '=', campaignId)
      .execute();
    const after = { ...before, achieved: input.achieved, notes };
    await auditBy(tx, actor, 'ikd.campaign.result', region.code, { before, after });
    return after;
  });
}

/** GET /api/v1/ikd/{regencyCode}/campaigns: newest first, with planned and achieved totals. */
export async function listIkdCampaigns(actor: Actor, regencyCode: string, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  const region = await regencyOf(h, regencyCode);
  assertCan(actor, 'ikd.read', region.code);
  const rows = await h.db
    .selectFrom('ikd_campaigns')
    .selectAll()
    .where('regency_code', '=', region.code)
    .orderBy('day', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  const campaigns = rows.map(toCampaign);
  const done = campaigns.filter((c) => c.achieved !== null);
  return {
    regencyCode: region.code,
    campaigns,
    totals: {
      planned: campaigns.reduce((s, c) => s + c.planned, 0),
      plannedOfRecorded: done.reduce((s, c) => s + c.planned, 0),
      achieved: done.reduce((s, c) => s + (c.achieved ?? 0), 0),
    },
  };
}
