/** What needs attention now in a scope (SPEC §14), computed from the figures the app already
 *  keeps: balances and daily stock figures, the IKD figures of lib/ikd/figures.ts and today's
 *  queue counts, each part cached per data version of its domain (lib/overview/cache.ts) like
 *  the overview, so a national answer is computed once per change, not per request or per
 *  regency. Anomalies and months to approve are versioned by two small aggregates of their tables
 *  (reviewVersion), so the whole sorted list is cached per scope. */
import { z } from 'zod';
import { errors, type Lang, type Msg } from '@/lib/api/errors';
import { can, homeScope, type Actor } from '@/lib/auth/permissions';
import { getHandle, nowIso, toNum, type DbHandle } from '@/lib/db';
import { cached, cacheVersions, type DataVersions } from '@/lib/overview/cache';
import { regionIndex, type Region, type RegionIndex } from '@/lib/regions/queries';
import { addDays, localDate, ZONES } from '@/lib/time';
import { fmtDay } from '@/lib/format';
import { DEFAULT_MINIMUM, ITEM_BLANGKO, OVERDUE_DAYS, stockForecast, stockStatus } from '@/lib/stock/rules';
import { usedLast30Days } from '@/lib/stock/queries';
import { loadIkdFigures } from '@/lib/ikd/figures';
import { ikdProgress } from '@/lib/ikd/rules';
import { anomalyMessage, toAnomaly } from '@/lib/anomalies/anomalies';
import { monthName } from '@/lib/periods/rules';
import {
  ALERT_KINDS,
  compareAlerts,
  conditionSince,
  SEVERITY,
  SOON_DAYS,
  type AlertKind,
  type Severity,
} from './rules';
import { must } from '@/lib/must';

export const alertsQuery = z.object({
  scope: z
    .string()
    .regex(/^(national|\d{2}(\.\d{2})?)$/, 'scope')
    .optional(),
  kind: z.enum(ALERT_KINDS, 'kind').optional(),
});
export type AlertsQuery = z.infer<typeof alertsQuery>;

interface Raw {
  id: string;
  kind: AlertKind;
  regencyCode: string;
  officeId?: number;
  anomalyId?: number;
  since: string | null;
  message: Msg;
  href: string;
}

export interface Alert {
  id: string;
  kind: AlertKind;
  severity: Severity;
  regencyCode: string;
  officeId?: number;
  anomalyId?: number;
  since: string | null;
  message: string;
  href: string;
}

const nf = (v: number, l: Lang) => new Intl.NumberFormat(l === 'id' ? 'id-ID' : 'en-US').format(v);
const day = (d: string | null, l: Lang) => fmtDay(d, l);

function scopeRegencies(idx: RegionIndex, scope: string): Region[] | null {
  if (scope === 'national') return idx.regencies;
  const r = idx.byCode.get(scope);
  if (!r || r.level === 'district') return null;
  return r.level === 'province' ? (idx.regenciesOf.get(r.code) ?? []) : [r];
}

/** Stock and IKD alerts of the scope's regencies (reads the stock and IKD tables only). */
async function stockIkdAlerts(h: DbHandle, idx: RegionIndex, scope: string, regencies: Region[], now: Date) {
  const todayOf = new Map(regencies.map((r) => [r.code, localDate(r.timeZone, now)]));
  const todays = [...new Set(todayOf.values())].sort();
  const minToday = todays[0] ?? localDate('Asia/Jakarta', now);
  const codes = scope === 'national' ? null : regencies.map((r) => r.code);
  const [balances, usedOf] = await Promise.all([
    h.db
      .selectFrom('stock_balances')
      .select(['location_code', 'on_hand', 'minimum', 'last_movement_at'])
      .where('item', '=', ITEM_BLANGKO)
      .$call((q) => (codes === null ? q : q.where('location_code', 'in', codes)))
      .execute(),
    usedLast30Days(h, ITEM_BLANGKO, todayOf, codes),
  ]);
  const bal = new Map(balances.map((b) => [b.location_code, b]));
  const like = scope === 'national' ? null : scope.includes('.') ? scope : `${scope}.%`;
  const ikd = await loadIkdFigures(h.db, like, regencies, todayOf);

  const out: Raw[] = [];
  const short: { code: string; onHand: number; minimum: number }[] = [];
  for (const r of regencies) {
    const today = must(todayOf.get(r.code), `todayOf ${r.code}`);
    const b = bal.get(r.code);
    const onHand = b ? Number(b.on_hand) : 0;
    const minimum = b ? Number(b.minimum) : DEFAULT_MINIMUM;
    const lastStockDay = b?.last_movement_at ? localDate(r.timeZone, new Date(b.last_movement_at)) : null;
    const status = stockStatus(onHand, minimum);
    const stockHref = `/stok?kode=${r.code}`;
    if (status !== 'OK') short.push({ code: r.code, onHand, minimum });
    else {
      const f = stockForecast(onHand, usedOf.get(r.code) ?? 0, today);
      if (f.projectedStockoutDate && f.projectedStockoutDate <= addDays(today, SOON_DAYS))
        out.push({
          id: `STOCKOUT_SOON:${r.code}`,
          kind: 'STOCKOUT_SOON',
          regencyCode: r.code,
          since: lastStockDay,
          href: stockHref,
          message: {
            id: `${r.name}: stok ${nf(onHand, 'id')} keping diperkirakan habis ${day(f.projectedStockoutDate, 'id')}.`,
            en: `${r.name}: stock of ${nf(onHand, 'en')} cards is projected to run out on ${day(f.projectedStockoutDate, 'en')}.`,
          },
        });
    }
    const fig = must(ikd.byCode.get(r.code), `byCode ${r.code}`);
    const limit = addDays(today, -OVERDUE_DAYS);
    const stale = [lastStockDay, fig.lastIkdDay].filter((d) => d === null || d < limit);
    if (stale.length > 0) {
      const known = [lastStockDay, fig.lastIkdDay].filter((d): d is string => d !== null).sort();
      const stockStale = lastStockDay === null || lastStockDay < limit;
      const oldest = stale.includes(null) ? null : known[0];
      out.push({
        id: `OVERDUE:${r.code}`,
        kind: 'OVERDUE',
        regencyCode: r.code,
        since: oldest ? addDays(oldest, OVERDUE_DAYS + 1) : null,
        href: stockStale ? stockHref : `/ikd?scope=${r.code}`,
        message: {
          id: `${r.name}: belum diperbarui lebih dari ${OVERDUE_DAYS} hari (stok terakhir ${day(lastStockDay, 'id')}, IKD terakhir ${day(fig.lastIkdDay, 'id')}).`,
          en: `${r.name}: not updated for more than ${OVERDUE_DAYS} days (stock last ${day(lastStockDay, 'en')}, IKD last ${day(fig.lastIkdDay, 'en')}).`,
        },
      });
    }
    if (fig.wajibKtp > 0 && ikdProgress(fig).status === 'BEHIND') {
      const p = ikdProgress(fig);
      out.push({
        id: `IKD_BEHIND:${r.code}`,
        kind: 'IKD_BEHIND',
        regencyCode: r.code,
        since: fig.lastIkdDay,
        href: `/ikd?scope=${r.code}`,
        message: {
          id: `${r.name}: IKD ${p.percent.toFixed(1).replace('.', ',')} % dari target ${fig.targetPercent} %, laju 30 hari ${nf(Math.round(p.pace30), 'id')}/hari di bawah yang diperlukan ${nf(Math.ceil(p.requiredDailyPace), 'id')}/hari.`,
          en: `${r.name}: IKD at ${p.percent.toFixed(1)} % of a ${fig.targetPercent} % target; the 30-day pace of ${nf(Math.round(p.pace30), 'en')}/day is below the required ${nf(Math.ceil(p.requiredDailyPace), 'en')}/day.`,
        },
      });
    }
  }
  // since when each short regency has been out / below its minimum: walk its daily deltas back
  if (short.length > 0) {
    const rows = await h.db
      .selectFrom('stock_daily')
      .select(['location_code', 'day', 'delta'])
      .where('item', '=', ITEM_BLANGKO)
      .where(
        'location_code',
        'in',
        short.map((s) => s.code),
      )
      .where('day', '>=', addDays(minToday, -400))
      .where('delta', '!=', 0)
      .orderBy('location_code')
      .orderBy('day', 'desc')
      .execute();
    const daysOf = new Map<string, { day: string; delta: number }[]>();
    for (const r of rows) {
      const list = daysOf.get(r.location_code) ?? [];
      list.push({ day: r.day, delta: toNum(r.delta) });
      daysOf.set(r.location_code, list);
    }
    for (const s of short) {
      const r = must(idx.byCode.get(s.code), `byCode ${s.code}`);
      const days = (daysOf.get(s.code) ?? []).filter((d) => d.day <= must(todayOf.get(s.code), `todayOf ${s.code}`));
      const out0 = s.onHand <= 0;
      out.push({
        id: `${out0 ? 'STOCK_OUT' : 'BELOW_MINIMUM'}:${s.code}`,
        kind: out0 ? 'STOCK_OUT' : 'BELOW_MINIMUM',
        regencyCode: s.code,
        since: conditionSince(s.onHand, days, out0 ? (b) => b <= 0 : (b) => b < s.minimum),
        href: `/stok?kode=${s.code}`,
        message: out0
          ? { id: `${r.name}: stok blangko habis.`, en: `${r.name}: out of blanks.` }
          : {
              id: `${r.name}: stok ${nf(s.onHand, 'id')} keping di bawah minimum ${nf(s.minimum, 'id')}.`,
              en: `${r.name}: stock of ${nf(s.onHand, 'en')} cards is below the minimum of ${nf(s.minimum, 'en')}.`,
            },
      });
    }
  }
  return out;
}

/** Offices of the scope overloaded today (SPEC §6: waiting > remaining capacity of the open
 *  counters), from today's ticket counts (reads the queue tables only). */
async function queueAlerts(h: DbHandle, idx: RegionIndex, scope: string, now: Date) {
  const days = [...new Set(ZONES.map((z) => localDate(z, now)))].sort();
  const region = scope === 'national' ? null : must(idx.byCode.get(scope), `byCode ${scope}`);
  const offices = await h.db
    .selectFrom('offices')
    .select(['id', 'name', 'regency_code'])
    .$if(region?.level === 'province', (q) => q.where('province_code', '=', scope))
    .$if(region?.level === 'regency', (q) => q.where('regency_code', '=', scope))
    .execute();
  if (offices.length === 0) return [];
  const officeIds = region === null ? null : offices.map((o) => o.id);
  const [tickets, counters] = await Promise.all([
    h.db
      .selectFrom('tickets')
      .select((eb) => [
        'office_id',
        'day',
        'status',
        'counter_id',
        eb.fn.countAll<number>().as('n'),
        eb.fn.min('issued_at').as('oldest'),
      ])
      .where('day', '>=', days[0])
      .where('day', '<=', days[days.length - 1])
      .where('status', 'in', ['WAITING', 'CALLED', 'DONE'])
      .$call((q) => (officeIds === null ? q : q.where('office_id', 'in', officeIds)))
      .groupBy(['office_id', 'day', 'status', 'counter_id'])
      .execute(),
    h.db
      .selectFrom('counters')
      .select(['id', 'office_id', 'capacity'])
      .where('is_open', '=', 1)
      .$call((q) => (officeIds === null ? q : q.where('office_id', 'in', officeIds)))
      .execute(),
  ]);
  const todayOfOffice = new Map(
    offices.map((o) => [o.id, localDate(idx.byCode.get(o.regency_code)?.timeZone ?? 'Asia/Jakarta', now)]),
  );
  const waiting = new Map<number, { n: number; oldest: string | null }>();
  const usedOfCounter = new Map<number, number>();
  for (const t of tickets) {
    if (t.day !== todayOfOffice.get(t.office_id)) continue;
    const n = toNum(t.n);
    if (t.status === 'WAITING') {
      const w = waiting.get(t.office_id) ?? { n: 0, oldest: null };
      w.n += n;
      const oldest = t.oldest as string | null;
      if (oldest && (!w.oldest || oldest < w.oldest)) w.oldest = oldest;
      waiting.set(t.office_id, w);
    } else if (t.counter_id !== null) {
      usedOfCounter.set(t.counter_id, (usedOfCounter.get(t.counter_id) ?? 0) + n);
    }
  }
  const remaining = new Map<number, number>();
  for (const c of counters) {
    const left = Math.max(0, Number(c.capacity) - (usedOfCounter.get(c.id) ?? 0));
    remaining.set(c.office_id, (remaining.get(c.office_id) ?? 0) + left);
  }
  const out: Raw[] = [];
  for (const o of offices) {
    const w = waiting.get(o.id);
    if (!w || w.n === 0) continue;
    const left = remaining.get(o.id) ?? 0;
    if (w.n <= left) continue;
    out.push({
      id: `OFFICE_OVERLOADED:${o.id}`,
      kind: 'OFFICE_OVERLOADED',
      regencyCode: o.regency_code,
      officeId: o.id,
      since: w.oldest,
      href: `/antrean?scope=${o.regency_code}`,
      message: {
        id: `${o.name}: ${nf(w.n, 'id')} orang menunggu, sisa kapasitas loket buka hari ini ${nf(left, 'id')}.`,
        en: `${o.name}: ${nf(w.n, 'en')} people waiting, remaining capacity of the open counters today ${nf(left, 'en')}.`,
      },
    });
  }
  return out;
}

/** Open anomalies and (for heads and the admin) submitted months of the scope: read fresh. */
async function reviewAlerts(h: DbHandle, idx: RegionIndex, scope: string, regencies: Region[], heads: boolean) {
  const codes = scope === 'national' ? null : regencies.map((r) => r.code);
  const [anomalies, periods] = await Promise.all([
    h.db
      .selectFrom('anomalies')
      .selectAll()
      .where('checked_at', 'is', null)
      .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
      .orderBy('id')
      .limit(2000)
      .execute(),
    heads
      ? h.db
          .selectFrom('periods')
          .select(['regency_code', 'month', 'submitted_at', 'by_name'])
          .where('state', '=', 'SUBMITTED')
          .$call((q) => (codes === null ? q : q.where('regency_code', 'in', codes)))
          .execute()
      : Promise.resolve([]),
  ]);
  const out: Raw[] = [];
  for (const row of anomalies) {
    const a = toAnomaly(row);
    const r = idx.byCode.get(a.regencyCode);
    if (!r) continue;
    out.push({
      id: `ANOMALY:${a.id}`,
      kind: 'ANOMALY',
      regencyCode: a.regencyCode,
      anomalyId: a.id,
      since: a.createdAt,
      href:
        a.movementId !== null
          ? `/stok?kode=${a.regencyCode}&from=${a.day}&to=${a.day}#m-${a.movementId}`
          : `/ikd?scope=${a.regencyCode}#anomali`,
      message: anomalyMessage(a, r.name),
    });
  }
  for (const p of periods) {
    const r = idx.byCode.get(p.regency_code);
    if (!r) continue;
    out.push({
      id: `PERIOD_TO_APPROVE:${p.regency_code}:${p.month}`,
      kind: 'PERIOD_TO_APPROVE',
      regencyCode: p.regency_code,
      since: p.submitted_at,
      href: `/periode?scope=${r.provinceCode}&month=${p.month}`,
      message: {
        id: `${r.name}: bulan ${monthName(p.month, 'id')} diajukan${p.by_name ? ` oleh ${p.by_name}` : ''} dan menunggu persetujuan.`,
        en: `${r.name}: ${monthName(p.month, 'en')} was submitted${p.by_name ? ` by ${p.by_name}` : ''} and awaits approval.`,
      },
    });
  }
  return out;
}

async function rawAlerts(h: DbHandle, actor: Actor, scope: string, now: Date, versions?: DataVersions) {
  const idx = await regionIndex(h);
  const regencies = scopeRegencies(idx, scope);
  if (!regencies) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  const days = ZONES.map((z) => localDate(z, now)).join(',');
  const heads = can(actor, 'period.approve', scope);
  const [si, q, review] = await Promise.all([
    cached(
      h,
      `alerts-si|${scope}|${days}`,
      ['stock', 'ikd'],
      () => stockIkdAlerts(h, idx, scope, regencies, now),
      versions,
    ),
    cached(h, `alerts-q|${scope}|${days}`, ['queue'], () => queueAlerts(h, idx, scope, now), versions),
    reviewAlerts(h, idx, scope, regencies, heads),
  ]);
  return { idx, alerts: [...si, ...q, ...review].sort(compareAlerts) };
}

async function seenIds(h: DbHandle, actor: Actor): Promise<{ ids: Set<string>; seenAt: string | null }> {
  const row = await h.db
    .selectFrom('alerts_seen')
    .select(['ids_json', 'seen_at'])
    .where('user_id', '=', actor.id)
    .executeTakeFirst();
  if (!row) return { ids: new Set(), seenAt: null };
  return { ids: new Set(JSON.parse(row.ids_json) as string[]), seenAt: row.seen_at };
}

function resolveScope(actor: Actor, scope: string | undefined): string {
  const s = scope ?? homeScope(actor);
  if (!can(actor, 'alerts.read', s)) throw errors.forbidden();
  return s;
}

/** What changes the review alerts (an anomaly flagged or checked, a month submitted, approved
 *  or reopened), read in two index-backed aggregates: open anomalies only gain higher ids, so
 *  (count, max id) changes with every change of the set; submitted months likewise by
 *  (count, latest submission). */
async function reviewVersion(h: DbHandle, heads: boolean): Promise<string> {
  const [a, p] = await Promise.all([
    h.db
      .selectFrom('anomalies')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('m')])
      .where('checked_at', 'is', null)
      .executeTakeFirst(),
    heads
      ? h.db
          .selectFrom('periods')
          .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('submitted_at').as('m')])
          .where('state', '=', 'SUBMITTED')
          .executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  return `${Number(a?.n ?? 0)}.${a?.m ?? ''}|${heads ? `${Number(p?.n ?? 0)}.${p?.m ?? ''}` : '-'}`;
}

interface AlertsCore {
  alerts: Raw[];
  counts: Record<AlertKind, number>;
  byProvince: { code: string; name: string; critical: number; warning: number; info: number; total: number }[];
  views: Record<Lang, Alert[]>;
  /** the JSON text of the shared parts, made on first use per language */
  text: Partial<Record<Lang, { counts: string; byProvince: string; alerts: string }>>;
}

/** A scope's alerts, sorted, counted and worded in both languages: computed once per data
 *  version (stock, IKD, queue) and review version, shared by every reader of the scope. */
async function alertsCore(h: DbHandle, actor: Actor, scope: string, now: Date): Promise<AlertsCore> {
  const heads = can(actor, 'period.approve', scope);
  const [versions, review] = await Promise.all([cacheVersions(h), reviewVersion(h, heads)]);
  const days = ZONES.map((z) => localDate(z, now)).join(',');
  return cached(
    h,
    `alerts|${scope}|${days}|${review}`,
    ['stock', 'ikd', 'queue'],
    async () => {
      const { idx, alerts } = await rawAlerts(h, actor, scope, now, versions);
      const counts = Object.fromEntries(ALERT_KINDS.map((k) => [k, 0])) as Record<AlertKind, number>;
      const perProvince = new Map<string, { critical: number; warning: number; info: number; total: number }>();
      for (const a of alerts) {
        counts[a.kind]++;
        if (scope !== 'national') continue;
        const code = a.regencyCode.slice(0, 2);
        const c = perProvince.get(code) ?? { critical: 0, warning: 0, info: 0, total: 0 };
        c[SEVERITY[a.kind]]++;
        c.total++;
        perProvince.set(code, c);
      }
      const byProvince =
        scope === 'national'
          ? idx.provinces.map((p) => ({
              code: p.code,
              name: p.name,
              ...(perProvince.get(p.code) ?? { critical: 0, warning: 0, info: 0, total: 0 }),
            }))
          : [];
      const view = (lang: Lang) =>
        alerts.map((a): Alert => ({
          id: a.id,
          kind: a.kind,
          severity: SEVERITY[a.kind],
          regencyCode: a.regencyCode,
          ...(a.officeId !== undefined ? { officeId: a.officeId } : {}),
          ...(a.anomalyId !== undefined ? { anomalyId: a.anomalyId } : {}),
          since: a.since,
          message: a.message[lang],
          href: a.href,
        }));
      return { alerts, counts, byProvince, views: { id: view('id'), en: view('en') }, text: {} };
    },
    versions,
  );
}

/** What one reader sees of a scope: the shared list and what they have not seen yet. */
async function readerView(actor: Actor, query: AlertsQuery, handle: DbHandle | undefined, now: Date) {
  const h = handle ?? (await getHandle());
  const scope = resolveScope(actor, query.scope);
  const [core, seen] = await Promise.all([alertsCore(h, actor, scope, now), seenIds(h, actor)]);
  const unseen = core.alerts.reduce((n, a) => (seen.ids.has(a.id) ? n : n + 1), 0);
  return { scope, core, seen, unseen };
}

/** GET /api/v1/alerts?scope=&kind= — worst first, with the number the user has not seen yet
 *  (alerts not on the page when they last opened it) and, for a wide scope, counts per province.
 *  The lists are shared between readers (read-only). */
export async function getAlerts(actor: Actor, query: AlertsQuery, lang: Lang, handle?: DbHandle, now = new Date()) {
  const { scope, core, seen, unseen } = await readerView(actor, query, handle, now);
  const all = core.views[lang];
  return {
    scope,
    seenAt: seen.seenAt,
    unseen,
    counts: core.counts,
    byProvince: core.byProvince,
    alerts: query.kind ? all.filter((a) => a.kind === query.kind) : all,
  };
}

/** The API's answer: the same object as getAlerts, with the shared parts' JSON text made once
 *  per data version and language (a national list is ~140 KB of JSON; only the reader's own
 *  fields are serialised per request). */
export async function alertsResponse(
  actor: Actor,
  query: AlertsQuery,
  lang: Lang,
  handle?: DbHandle,
  now = new Date(),
) {
  const { scope, core, seen, unseen } = await readerView(actor, query, handle, now);
  const text = (core.text[lang] ??= {
    counts: JSON.stringify(core.counts),
    byProvince: JSON.stringify(core.byProvince),
    alerts: JSON.stringify(core.views[lang]),
  });
  const alerts = query.kind ? JSON.stringify(core.views[lang].filter((a) => a.kind === query.kind)) : text.alerts;
  const body = `{"scope":${JSON.stringify(scope)},"seenAt":${JSON.stringify(seen.seenAt)},"unseen":${unseen},"counts":${text.counts},"byProvince":${text.byProvince},"alerts":${alerts}}`;
  return new Response(body, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' },
  });
}
export type Alerts = Awaited<ReturnType<typeof getAlerts>>;

/** The bell's number: alerts of the user's own scope not yet seen. */
export async function unseenCount(actor: Actor, handle?: DbHandle, now = new Date()): Promise<number> {
  const h = handle ?? (await getHandle());
  const scope = resolveScope(actor, undefined);
  const [{ alerts }, seen] = await Promise.all([alertsCore(h, actor, scope, now), seenIds(h, actor)]);
  return alerts.reduce((n, a) => (seen.ids.has(a.id) ? n : n + 1), 0);
}

/** PUT /api/v1/alerts/seen — the user opened the alerts page: every alert of their own scope
 *  now counts as seen (→ `{seenAt, unseen: 0}`). */
export async function markAlertsSeen(actor: Actor, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const scope = resolveScope(actor, undefined);
  const { alerts } = await alertsCore(h, actor, scope, now);
  const seenAt = nowIso();
  const ids = JSON.stringify(alerts.map((a) => a.id));
  await h.db
    .insertInto('alerts_seen')
    .values({ user_id: actor.id, seen_at: seenAt, ids_json: ids })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ seen_at: seenAt, ids_json: ids }))
    .execute();
  return { seenAt, unseen: 0 };
}
