import { sql } from 'kysely';
import { z } from 'zod';
import { getHandle, type DbHandle } from '@/lib/db';
import { errors } from '@/lib/api/errors';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { regionIndex } from '@/lib/regions/queries';
import { addDays } from '@/lib/time';
import { getProvinceStock } from '@/lib/stock/queries';
import { ITEM_BLANGKO } from '@/lib/stock/rules';
import { listItems } from '@/lib/stock/items';
import { getIkdRanking } from '@/lib/ikd/queries';
import { secs } from '@/lib/queue/figures';
import { SERVICE_LEVEL_MINUTES } from '@/lib/queue/rules';
import { must } from '@/lib/must';
import { percentOf } from '@/lib/format';

/** The monthly report (issue 6): a province (head, admin) or a regency (its officer) at the end of
 *  a month. Authorization reuses the read permissions of the domains it shows: `queue.read` on the
 *  scope first (an officer reaches only its regency), then each domain function checks its own. */

export const reportQuery = z.object({
  scope: z.string().regex(/^\d{2}(\.\d{2})?$/),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .refine((m) => m >= '2020-01' && m <= '2100-12'),
});
export type ReportQuery = z.infer<typeof reportQuery>;

/** Last day of `YYYY-MM`. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

export async function getMonthlyReport(actor: Actor, query: ReportQuery, handle?: DbHandle, now = new Date()) {
  const h = handle ?? (await getHandle());
  const idx = await regionIndex(h);
  const region = idx.byCode.get(query.scope);
  if (!region || region.level === 'district') throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  assertCan(actor, 'queue.read', region.code);
  const isRegency = region.level === 'regency';
  const provinceCode = region.code.slice(0, 2);
  const province = must(idx.byCode.get(provinceCode), `byCode ${provinceCode}`);
  const from = `${query.month}-01`;
  const to = monthEnd(query.month);

  // the month's closing figures, and each regency's opening balance (the day before the month)
  const [stock, opening, ikd] = await Promise.all([
    getProvinceStock(actor, { province: provinceCode, asOf: to }, h, now),
    getProvinceStock(actor, { province: provinceCode, asOf: addDays(from, -1) }, h, now),
    getIkdRanking(actor, { province: provinceCode, asOf: to }, h, now),
  ]);
  const openingOf = new Map(opening.regencies.map((r) => [r.regencyCode, r.onHand]));
  // SPEC §16: every item's month-end balance (the tables below stay on e-KTP blanks)
  const { items: itemList } = await listItems(actor, h);
  const perItem = await Promise.all(
    itemList.map((i) =>
      i.code === stock.item.code
        ? stock
        : getProvinceStock(actor, { province: provinceCode, asOf: to, item: i.code }, h, now),
    ),
  );
  const like = isRegency ? region.code : `${provinceCode}.%`;
  const otherLeg = isRegency ? sql<boolean>`1 = 0` : sql<boolean>`counterpart_code is not null and delta > 0`;

  const [movements, activations, tickets] = await Promise.all([
    // movements of the month by type (the province scope includes its warehouse). A DISTRIBUTION
    // or TRANSFER inside the province has both legs in scope: its count and quantity come from the
    // sending leg only (20,000 distributed, not 40,000); the delta sums both (it nets to zero).
    h.db
      .selectFrom('stock_movements')
      .select([
        'type',
        sql<number>`sum(case when ${otherLeg} then 0 else 1 end)`.as('count'),
        sql<number>`sum(case when ${otherLeg} then 0 else quantity end)`.as('quantity'),
        sql<number>`sum(delta)`.as('delta'),
      ])
      .where('item', '=', ITEM_BLANGKO)
      .where('occurred_on', '>=', from)
      .where('occurred_on', '<=', to)
      .where((eb) =>
        isRegency
          ? eb('location_code', '=', region.code)
          : eb.or([eb('location_code', '=', provinceCode), eb('location_code', 'like', like)]),
      )
      .groupBy('type')
      .orderBy('type')
      .execute(),
    h.db
      .selectFrom('ikd_daily')
      .select(['segment', 'channel', sql<number>`sum(count)`.as('count')])
      .where('day', '>=', from)
      .where('day', '<=', to)
      .where('regency_code', isRegency ? '=' : 'like', like)
      .groupBy(['segment', 'channel'])
      .orderBy('segment')
      .orderBy('channel')
      .execute(),
    h.db
      .selectFrom('tickets')
      .innerJoin('offices', 'offices.id', 'tickets.office_id')
      .select((eb) => [
        'offices.id as id',
        'offices.name as name',
        'offices.regency_code as regency_code',
        eb.fn.countAll<number>().as('issued'),
        sql<number>`sum(case when tickets.status = 'DONE' then 1 else 0 end)`.as('served'),
        sql<number>`sum(case when tickets.status = 'NO_SHOW' then 1 else 0 end)`.as('no_shows'),
        sql<number>`sum(case when tickets.called_at is not null then 1 else 0 end)`.as('called'),
        sql<number>`sum(case when tickets.called_at is not null and ${secs(h.kind, 'tickets.issued_at', 'tickets.called_at')} <= ${SERVICE_LEVEL_MINUTES * 60} then 1 else 0 end)`.as(
          'within',
        ),
        sql<number>`count(distinct tickets.day)`.as('days'),
      ])
      .where('tickets.day', '>=', from)
      .where('tickets.day', '<=', to)
      .where(isRegency ? 'offices.regency_code' : 'offices.province_code', '=', region.code)
      .groupBy(['offices.id', 'offices.name', 'offices.regency_code'])
      .orderBy('offices.id')
      .execute(),
  ]);

  const inScope = (code: string) => !isRegency || code === region.code;
  const offices = tickets.map((t) => {
    const called = Number(t.called);
    return {
      id: Number(t.id),
      name: t.name,
      regencyCode: t.regency_code,
      issued: Number(t.issued),
      served: Number(t.served),
      noShows: Number(t.no_shows),
      days: Number(t.days),
      serviceLevel: percentOf(Number(t.within), called, null),
      within: Number(t.within),
      called,
    };
  });
  const sum = (k: 'issued' | 'served' | 'noShows' | 'within' | 'called') => offices.reduce((n, o) => n + o[k], 0);
  const stockRows = stock.regencies
    .filter((r) => inScope(r.regencyCode))
    .map((r) => ({ ...r, openingBalance: openingOf.get(r.regencyCode) ?? 0 }));
  const ikdRows = ikd.rows.filter((r) => inScope(r.code));
  const ikdScope = isRegency ? (ikdRows[0] ?? null) : { ...ikd.total, code: province.code, name: province.name };

  return {
    scope: { code: region.code, name: region.name, level: region.level as 'province' | 'regency' },
    province: { code: province.code, name: province.name },
    month: query.month,
    from,
    to,
    stock: {
      onHand: isRegency ? stockRows.reduce((n, r) => n + r.onHand, 0) : stock.summary.onHand,
      warehouseOnHand: isRegency ? null : stock.warehouse.onHand,
      belowMinimum: stockRows.filter((r) => r.status !== 'OK').length,
      rows: stockRows,
      items: perItem.map((p) => {
        const rows = p.regencies.filter((r) => inScope(r.regencyCode));
        return {
          item: p.item.code,
          name: p.item.name,
          unit: p.item.unitName,
          onHand: isRegency ? rows.reduce((n, r) => n + r.onHand, 0) : p.summary.onHand,
          warehouseOnHand: isRegency ? null : p.warehouse.onHand,
          belowMinimum: rows.filter((r) => r.status !== 'OK').length,
        };
      }),
    },
    movements: movements.map((m) => ({
      type: m.type,
      count: Number(m.count),
      quantity: Number(m.quantity),
      delta: Number(m.delta),
    })),
    ikd: {
      activations: ikdScope?.activations ?? 0,
      percent: ikdScope?.percent ?? 0,
      target: ikdScope?.targetPercent ?? 0,
      // ranks are out of every regency of the province, whatever rows the reader may see
      rankOf: idx.regenciesOf.get(provinceCode)?.length ?? ikd.rows.length,
      rows: ikdRows,
      monthBySegmentChannel: activations.map((a) => ({
        segment: a.segment,
        channel: a.channel,
        count: Number(a.count),
      })),
      monthTotal: activations.reduce((n, a) => n + Number(a.count), 0),
    },
    queue: {
      offices,
      issued: sum('issued'),
      served: sum('served'),
      noShows: sum('noShows'),
      serviceLevel: percentOf(sum('within'), sum('called'), null),
    },
  };
}
export type MonthlyReport = Awaited<ReturnType<typeof getMonthlyReport>>;
