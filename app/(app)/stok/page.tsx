import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { openDashboardPage, pageRead, refusalText } from '@/lib/pages/read';
import { param, type SearchParams } from '@/lib/pages/params';
import { defaultRegion } from '@/lib/auth/landing';
import { can, type Actor } from '@/lib/auth/permissions';
import { getHandle } from '@/lib/db';
import { regionIndex } from '@/lib/regions/queries';
import { getLedger, getLocationStock, getProvinceStock, type ProvinceStock } from '@/lib/stock/queries';
import { ITEM_BLANGKO, mayReverse, recordableTypes } from '@/lib/stock/rules';
import { provinceProblems } from '@/lib/overview/rules';
import { ProvinceProblems } from '@/components/ProvinceProblems';
import { ledgerQuery, MAX_BACKDATE_DAYS } from '@/lib/stock/schemas';
import { addDays, isValidDay } from '@/lib/time';
import { fmtDay, fmtDec, fmtInt } from '@/lib/format';
import type { Lang } from '@/lib/i18n/dict';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { ExportLinks } from '@/components/ExportLinks';
import { BalanceChart } from './BalanceChartLazy';
import { MovementForm } from './MovementForm';
import { MinimumForm } from './MinimumForm';
import { ProvinceTable } from './ProvinceTable';
import { sortFromParams } from '@/lib/stock/sort';
import { OverdueBadge, StatusBadge } from './StatusBadge';
import { requisitionChoices } from '@/app/(app)/permintaan/choices';
import { AnomalyMark } from '@/components/AnomalyMark';
import { movementMarks } from '@/lib/anomalies/anomalies';
import { ItemSwitch, itemSearch } from './ItemSwitch';
import { listItems } from '@/lib/stock/items';
import { itemDict, stockDict } from '@/lib/i18n/items';
import { HeadRow } from '@/components/ui/HeadRow';
import { DateFilter } from '@/components/ui/DateFilter';
import { NamedOptions, ValueOptions } from '@/components/ui/NamedOptions';
import { Card } from '@/components/ui/Card';
import { ToolsHeading } from '@/components/ui/ToolsHeading';
import { DataTable } from '@/components/ui/DataTable';

export const metadata: Metadata = { title: 'Stok blangko' };
export const dynamic = 'force-dynamic';

function Stat({
  label,
  value,
  testId,
  unit,
}: {
  label: string;
  value: React.ReactNode;
  testId?: string;
  unit?: string;
}) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="num text-lg font-semibold">
        <span data-testid={testId}>{value}</span>
        {unit && <span className="text-sm font-normal text-slate-600"> {unit}</span>}
      </dd>
    </div>
  );
}

export default async function StockPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, t, lang, sp } = await openDashboardPage(searchParams);
  const code = param(sp.kode) ?? defaultRegion(actor);
  if (!/^\d{2}(\.\d{2})?$/.test(code)) notFound();
  const item = param(sp.item);
  const { data: body, refused } = await pageRead(
    () =>
      code.includes('.') || sp.gudang === '1'
        ? LocationView({ actor, code, sp, lang, item })
        : ProvinceView({ actor, code, lang, asOf: param(sp.asOf), sort: sortFromParams(sp.urut, sp.arah), item }),
    { refuse: ['FORBIDDEN', 'VALIDATION'] },
  );
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      {refused ? <NotAllowed message={refusalText(refused, t.forbidden, lang)} /> : body}
    </AppShell>
  );
}

async function LocationView({
  actor,
  code,
  sp,
  lang,
  item: itemCode,
}: {
  actor: Actor;
  code: string;
  sp: SearchParams;
  lang: Lang;
  item?: string;
}) {
  const asOf = param(sp.asOf);
  const data = await getLocationStock(
    actor,
    code,
    asOf && isValidDay(asOf) ? asOf : undefined,
    undefined,
    undefined,
    undefined,
    itemCode,
  );
  const { items } = await listItems(actor);
  const item = data.item;
  const s = stockDict(lang, item.unitName);
  const unit = item.unitName[lang];
  const f = data.figures;
  const lq = ledgerQuery.safeParse({
    type: param(sp.type),
    from: param(sp.from),
    to: param(sp.to),
    asOf: data.asOf ?? undefined,
    cursor: param(sp.cursor),
    limit: 20,
    item: item.code,
  });
  const filters = lq.success ? lq.data : ledgerQuery.parse({ limit: 20, item: item.code });
  const ledger = await getLedger(actor, code, filters);
  const marks = await movementMarks(
    await getHandle(),
    ledger.items.map((m) => m.id),
  );
  const recent =
    filters.type || filters.from || filters.to || filters.cursor
      ? await getLedger(actor, code, { limit: 30, item: item.code })
      : ledger;
  const warehouse = data.location.level === 'province';
  const types = recordableTypes(actor, warehouse ? 'province' : 'regency', code);
  const qs = (extra: Record<string, string | undefined>) => {
    const p = new URLSearchParams({ kode: code });
    if (warehouse) p.set('gudang', '1');
    const keep = {
      type: filters.type,
      from: filters.from,
      to: filters.to,
      asOf: filters.asOf,
      item: item.code === ITEM_BLANGKO ? undefined : item.code,
    };
    for (const [k, v] of Object.entries({ ...keep, ...extra })) if (v) p.set(k, v);
    return `/stok?${p}`;
  };
  const province = data.location.provinceCode;
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        {can(actor, 'stock.read', province) && (
          <Link href={`/stok?kode=${province}`} className="text-brand-700 underline">
            {s.province} {province}
          </Link>
        )}
      </nav>
      <div>
        <h1 className="text-2xl font-bold" data-testid="location-name">
          {warehouse ? `${s.warehouse} ${data.location.name}` : data.location.name}
        </h1>
        <p className="text-sm text-slate-600">
          {item.code === ITEM_BLANGKO ? s.title : item.name[lang]} ·{' '}
          {data.asOf ? `${s.asOf} ${fmtDay(data.asOf, lang)}` : fmtDay(f.today, lang)}
        </p>
      </div>
      <ItemSwitch
        items={items}
        current={item.code}
        lang={lang}
        href={(c) =>
          `/stok?${new URLSearchParams({
            kode: code,
            ...(warehouse ? { gudang: '1' } : {}),
            ...(data.asOf ? { asOf: data.asOf } : {}),
            ...(c === ITEM_BLANGKO ? {} : { item: c }),
          })}`
        }
      />
      <Card id="figs" title={s.title} titleClass="sr-only">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={s.onHand} value={fmtInt(f.onHand)} testId="onhand" unit={unit} />
          <Stat label={s.minimum} value={fmtInt(f.minimum)} testId="minimum" unit={unit} />
          <Stat label={s.status} value={<StatusBadge status={f.status} lang={lang} />} testId="status" />
          <Stat label={s.avgDailyUse} value={fmtDec(f.avgDailyUse)} />
          <Stat
            label={s.daysOfCover}
            value={f.daysOfCover === null ? '–' : `${fmtInt(Math.floor(f.daysOfCover))} ${s.days}`}
            testId="cover"
          />
          <Stat label={s.stockout} value={fmtDay(f.projectedStockoutDate, lang)} />
          <Stat
            label={s.lastUpdate}
            value={
              <>
                {fmtDay(f.lastUpdatedOn, lang)}
                {f.overdue && <OverdueBadge lang={lang} />}
              </>
            }
          />
        </dl>
        <BalanceChart series={data.series} minimum={f.minimum} lang={lang} />
      </Card>

      {types.length > 0 && !data.asOf && (
        <Card id="record" title={s.record} titleClass="mb-3 font-semibold">
          <MovementForm
            key={item.code}
            item={{ code: item.code, unit: item.unitName }}
            code={code}
            lang={lang}
            onHand={f.onHand}
            today={f.today}
            earliest={addDays(f.today, -MAX_BACKDATE_DAYS)}
            types={types}
            siblings={data.siblings}
            reversible={recent.items
              // what this page's user may undo here (lib/stock/rules.ts; the write path checks the same)
              .filter((m) => mayReverse(actor, m, data.location))
              .map((m) => ({ id: m.id, type: m.type, quantity: m.quantity, occurredOn: m.occurredOn }))}
            requisitions={warehouse ? await requisitionChoices(actor, code, lang) : []}
          />
        </Card>
      )}

      {!warehouse && can(actor, 'stock.minimum.write', code) && (
        <Card id="min" title={s.minimum}>
          <MinimumForm key={item.code} code={code} minimum={f.minimum} lang={lang} item={item.code} />
        </Card>
      )}

      <section aria-labelledby="ledger" className="rounded-xl border border-slate-200 bg-white p-4">
        <ToolsHeading id="ledger" title={s.ledger}>
          <ExportLinks
            lang={lang}
            testId="ledger-export"
            href={`/api/v1/stock/${code}/movements?${new URLSearchParams(
              Object.entries({
                type: filters.type,
                from: filters.from,
                to: filters.to,
                asOf: filters.asOf,
                item: item.code === ITEM_BLANGKO ? undefined : item.code,
              }).filter((e): e is [string, string] => !!e[1]),
            )}`}
          />
        </ToolsHeading>
        <form action="/stok" className="mb-3 flex flex-wrap items-end gap-2 text-sm">
          <input type="hidden" name="kode" value={code} />
          {warehouse && <input type="hidden" name="gudang" value="1" />}
          {item.code !== ITEM_BLANGKO && <input type="hidden" name="item" value={item.code} />}
          <label>
            <span className="mb-1 block text-slate-700">{s.type}</span>
            <select
              name="type"
              defaultValue={filters.type ?? ''}
              className="rounded-md border border-slate-300 px-2 py-1.5"
            >
              <option value="">{s.allTypes}</option>
              <ValueOptions values={Object.keys(s.typeLabel)} label={(k) => s.typeLabel[k]} />
            </select>
          </label>
          <DateFilter label={s.from} name="from" value={filters.from} />
          <DateFilter label={s.to} name="to" value={filters.to} />
          <DateFilter label={s.asOf} name="asOf" value={filters.asOf} max={f.today} />
          <button className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white">{s.filter}</button>
          <Link
            href={qs({ type: undefined, from: undefined, to: undefined, asOf: undefined })}
            className="px-2 py-2 text-brand-700 underline"
          >
            {s.reset}
          </Link>
        </form>
        {ledger.items.length === 0 ? (
          <p className="text-sm text-slate-600">{s.noMovements}</p>
        ) : (
          <DataTable
            region={s.ledger}
            className="w-full min-w-[600px] text-sm"
            testId="ledger"
            headClass="bg-slate-50 text-left text-xs text-slate-700"
            head={
              <HeadRow
                cellClass="px-2 py-2"
                cells={[
                  s.date,
                  s.type,
                  [s.change, 'px-2 py-2 text-right'],
                  [s.balanceAfter, 'px-2 py-2 text-right'],
                  s.reference,
                  s.note,
                  s.recordedBy,
                ]}
              />
            }
          >
            {ledger.items.map((m) => (
              <tr key={m.id} id={`m-${m.id}`} className="border-t border-slate-100" data-type={m.type}>
                <td className="whitespace-nowrap px-2 py-1.5">{fmtDay(m.occurredOn, lang)}</td>
                <td className="px-2 py-1.5">
                  {s.typeLabel[m.type]}
                  {m.counterpartCode && <span className="text-slate-600"> ({m.counterpartCode})</span>}
                  {m.reversed && <span className="ml-1 rounded bg-slate-100 px-1 text-xs">{s.reversed}</span>}
                  <AnomalyMark anomaly={marks.get(m.id)} lang={lang} />
                </td>
                <td className={`num px-2 py-1.5 text-right ${m.delta < 0 ? 'text-red-800' : 'text-emerald-800'}`}>
                  {m.delta > 0 ? '+' : ''}
                  {fmtInt(m.delta)}
                </td>
                <td className="num px-2 py-1.5 text-right" data-testid="ledger-balance">
                  {m.balanceAfter === null ? '–' : fmtInt(m.balanceAfter)}
                </td>
                <td className="px-2 py-1.5">{m.reference ?? ''}</td>
                <td className="px-2 py-1.5">{m.note ?? ''}</td>
                <td className="px-2 py-1.5" data-testid="ledger-by">
                  {m.recordedBy ?? '–'}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <div className="mt-2 flex gap-3 text-sm">
          {filters.cursor && (
            <Link href={qs({})} className="text-brand-700 underline">
              {s.newest}
            </Link>
          )}
          {ledger.nextCursor && (
            <Link href={qs({ cursor: ledger.nextCursor })} className="text-brand-700 underline">
              {s.next}
            </Link>
          )}
        </div>
      </section>
    </div>
  );
}

/** The province's rows as the problem lists read them (stock overdue: the ledger's last day). */
function problemRows(data: ProvinceStock) {
  return data.regencies.map((r) => ({ ...r, code: r.regencyCode }));
}

async function ProvinceView({
  actor,
  code,
  lang,
  asOf,
  sort,
  item: itemCode,
}: {
  actor: Actor;
  code: string;
  lang: Lang;
  asOf?: string;
  sort: ReturnType<typeof sortFromParams>;
  item?: string;
}) {
  const data = await getProvinceStock(actor, { province: code, asOf, item: itemCode });
  const { items } = await listItems(actor);
  const item = data.item;
  const s = stockDict(lang, item.unitName);
  const unit = item.unitName[lang];
  const iq = itemSearch(item.code);
  const idx = await regionIndex(await getHandle());
  const linkable = data.regencies.map((r) => r.regencyCode).filter((c) => can(actor, 'stock.ledger.read', c));
  const manage = can(actor, 'stock.province.write', code);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold" data-testid="location-name">
            {item.code === ITEM_BLANGKO ? s.title : itemDict(lang).stockOf(item.name[lang])}: {data.province.name}
          </h1>
          <p className="text-sm text-slate-600">{fmtDay(data.today, lang)}</p>
        </div>
        <form action="/stok" className="flex flex-wrap items-end gap-2 text-sm">
          {actor.role === 'ADMIN' ? (
            <label>
              <span className="mb-1 block text-slate-700">{s.chooseProvince}</span>
              <select name="kode" defaultValue={code} className="rounded-md border border-slate-300 px-2 py-1.5">
                <NamedOptions items={idx.provinces} />
              </select>
            </label>
          ) : (
            <input type="hidden" name="kode" value={code} />
          )}
          {item.code !== ITEM_BLANGKO && <input type="hidden" name="item" value={item.code} />}
          <DateFilter label={s.asOf} name="asOf" value={asOf} max={data.today} />
          <button className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white">{s.show}</button>
        </form>
      </div>
      <ItemSwitch
        items={items}
        current={item.code}
        lang={lang}
        href={(c) => `/stok?kode=${code}${asOf ? `&asOf=${asOf}` : ''}${itemSearch(c)}`}
      />
      {manage && (
        <nav aria-label={s.title} className="flex flex-wrap gap-3 text-sm">
          <Link
            href={`/stok/alokasi?provinsi=${code}${iq}`}
            className="rounded-md border border-brand-700 px-3 py-1.5 text-brand-700"
          >
            {s.planner}
          </Link>
          <Link
            href={`/stok/penyeimbangan?provinsi=${code}${iq}`}
            className="rounded-md border border-brand-700 px-3 py-1.5 text-brand-700"
          >
            {s.rebalancing}
          </Link>
          <Link
            href={`/stok?kode=${code}&gudang=1${iq}`}
            className="rounded-md border border-brand-700 px-3 py-1.5 text-brand-700"
          >
            {s.warehouseLedger}
          </Link>
        </nav>
      )}
      <div className="grid gap-3 md:grid-cols-3">
        <Card id="wh" title={s.warehouse} titleClass="mb-1 font-semibold">
          <p className="num text-2xl font-bold">
            <span data-testid="warehouse">{fmtInt(data.warehouse.onHand)}</span>
            <span className="text-sm font-normal text-slate-600"> {unit}</span>
          </p>
          <p className="text-xs text-slate-600">
            {s.lastUpdate}: {fmtDay(data.warehouse.lastUpdatedOn, lang)}
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-2 border-t border-slate-100 pt-2" data-testid="summary">
            <Stat label={s.onHandRegencies} value={fmtInt(data.summary.onHand)} unit={unit} />
            <Stat label={s.regency} value={fmtInt(data.summary.regencies)} />
            <Stat
              label={`${s.statusLabel.BELOW_MINIMUM} / ${s.statusLabel.OUT}`}
              value={`${fmtInt(data.summary.belowMinimum)} / ${fmtInt(data.summary.out)}`}
            />
            <Stat label={s.overdue} value={fmtInt(data.summary.overdue)} />
          </dl>
        </Card>
        {data.regencies.length === data.summary.regencies ? (
          <div className="md:col-span-2">
            <ProvinceProblems lists={provinceProblems(problemRows(data), data.today)} lang={lang} />
          </div>
        ) : (
          <Card
            id="alerts"
            title={`${s.alerts} (${fmtInt(data.alerts.length)})`}
            titleClass="mb-1 font-semibold"
            className="rounded-xl border border-slate-200 bg-white p-4 md:col-span-2"
          >
            {data.alerts.length === 0 ? (
              <p className="text-sm text-slate-600">{s.noAlerts}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="alerts">
                {data.alerts.map((a) => (
                  <li key={a.regencyCode} className="flex flex-wrap justify-between gap-2 py-1.5">
                    <span className="font-medium">{a.name}</span>
                    <span className={a.reason === 'OUT' ? 'text-red-800' : 'text-amber-900'}>
                      {s.alertReason[a.reason]}
                      {a.projectedStockoutDate && a.reason !== 'OUT'
                        ? ` · ${fmtDay(a.projectedStockoutDate, lang)}`
                        : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
      </div>
      <section aria-labelledby="regs" className="rounded-xl border border-slate-200 bg-white p-2 sm:p-4">
        <ToolsHeading
          id="regs"
          title={s.regency}
          className="mb-2 flex flex-wrap items-center justify-between gap-2 px-2"
        />
        {data.regencies.length < data.summary.regencies && (
          <p className="px-2 text-xs text-slate-600">{s.summaryOnly}</p>
        )}
        <ProvinceTable
          rows={data.regencies}
          lang={lang}
          linkable={linkable}
          initialSort={sort}
          item={item.code}
          exportHref={`/api/v1/stock?province=${code}${asOf ? `&asOf=${asOf}` : ''}${iq}`}
        />
      </section>
    </div>
  );
}
