import type { Lang } from '@/lib/i18n/dict';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getHandle } from '@/lib/db';
import { ApiError } from '@/lib/api/errors';
import { param, type SearchParams } from '@/lib/pages/params';
import { getDict } from '@/lib/i18n/server';
import { appDict } from '@/lib/i18n/dict';
import { scorecardDict } from '@/lib/i18n/scorecard';
import { fmtDay, fmtDec, fmtPercent } from '@/lib/format';
import { provinceTiles, publicOffices, publicSummary, type PublicRegion } from '@/lib/public/queries';
import { regionIndex } from '@/lib/regions/queries';
import { LangSwitch } from '@/components/LangSwitch';
import { BrandLink } from '@/components/BrandLink';
import { TileMap, measureOf } from '@/components/TileMap';
import { HeadRow } from '@/components/ui/HeadRow';
import { NamedOptions } from '@/components/ui/NamedOptions';
import { DataTable } from '@/components/ui/DataTable';

export const metadata: Metadata = { title: 'Informasi publik' };
export const dynamic = 'force-dynamic';

const STATUS_STYLE: Record<string, string> = {
  OK: 'bg-green-100 text-green-900',
  BELOW_MINIMUM: 'bg-amber-100 text-amber-900',
  OUT: 'bg-red-100 text-red-900',
};

/** SPEC §15: the public page, without sign-in. Rendered on the server from the same cached
 *  figures as /api/v1/public/* (no chart library, no data fetching in the browser). */
export default async function PublicPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { t, lang } = await getDict();
  const d = scorecardDict(lang);
  const h = await getHandle();
  const idx = await regionIndex(h);
  const measure = measureOf(param(sp.peta));
  const regencyParam = param(sp.regency);
  const regency = regencyParam ? idx.byCode.get(regencyParam) : undefined;
  const provinceCode = param(sp.province) ?? regency?.provinceCode;
  const province = provinceCode ? idx.byCode.get(provinceCode) : undefined;
  const bad =
    (provinceCode !== undefined && province?.level !== 'province') ||
    (regencyParam !== undefined && (regency?.level !== 'regency' || regency.provinceCode !== province?.code));

  const national = await publicSummary(h, undefined);
  const regional = province && !bad ? await publicSummary(h, province.code) : null;
  let offices: Awaited<ReturnType<typeof publicOffices>> | null = null;
  if (regency && !bad) {
    try {
      offices = await publicOffices(h, regency.code);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }
  const tiles = await provinceTiles(h);
  const link = (p: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ peta: measure === 'belowMinimum' ? undefined : measure, ...p }))
      if (v) q.set(k, v);
    const s = q.toString();
    return s ? `/publik?${s}` : '/publik';
  };
  const regencies = province ? (idx.regenciesOf.get(province.code) ?? []) : [];

  return (
    <>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-3 py-2 sm:px-4">
          <BrandLink href="/publik" />
          <div className="flex items-center gap-3 text-sm">
            <LangSwitch lang={lang} label={t.language} />
            <Link href="/login" className="underline">
              {d.signIn}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl space-y-4 px-2 py-4 sm:px-4">
        <div>
          <h1 className="text-2xl font-bold">{d.publicTitle}</h1>
          <p className="text-sm text-slate-700">{d.publicIntro}</p>
          <p className="mt-1 text-sm text-slate-600" data-testid="as-of">
            {d.dataAsOf(fmtDay(regional?.asOf ?? national.asOf, lang))}
          </p>
        </div>

        <form
          action="/publik"
          className="flex flex-wrap items-end gap-2 rounded-xl border border-slate-200 bg-white p-3"
        >
          {measure !== 'belowMinimum' && <input type="hidden" name="peta" value={measure} />}
          <label className="text-sm">
            <span className="mb-1 block text-slate-700">{d.chooseProvince}</span>
            <select
              name="province"
              defaultValue={province?.code ?? ''}
              className="max-w-[18rem] rounded-md border border-slate-400 bg-white px-2 py-2"
            >
              <option value="">{d.allProvinces}</option>
              <NamedOptions items={idx.provinces} />
            </select>
          </label>
          {province && (
            <label className="text-sm">
              <span className="mb-1 block text-slate-700">{d.chooseRegency}</span>
              <select
                name="regency"
                defaultValue={regency?.code ?? ''}
                className="max-w-[18rem] rounded-md border border-slate-400 bg-white px-2 py-2"
              >
                <option value="">–</option>
                <NamedOptions items={regencies} />
              </select>
            </label>
          )}
          <button className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white">{d.show}</button>
        </form>

        {bad && (
          <p className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="not-found">
            {d.notFound}
          </p>
        )}

        {offices && (
          <section aria-labelledby="offices-title" className="space-y-2" data-testid="offices">
            <h2 id="offices-title" className="text-lg font-semibold">
              {d.offices} · {offices.regency.name}
            </h2>
            {offices.offices.length === 0 && <p className="text-slate-700">{d.noOffices}</p>}
            <ul className="grid gap-2 sm:grid-cols-2">
              {offices.offices.map((o) => (
                <li
                  key={o.id}
                  className="rounded-xl border border-slate-200 bg-white p-3"
                  data-testid={`office-${o.id}`}
                >
                  <h3 className="font-semibold">{o.name}</h3>
                  <p className="text-sm">
                    {d.waitingNow}:{' '}
                    <strong className="num" data-testid="office-waiting">
                      {o.waiting}
                    </strong>
                  </p>
                  <table className="mt-2 w-full text-sm">
                    <thead>
                      <HeadRow
                        className="text-left text-slate-700"
                        cellClass="py-1 text-right font-medium"
                        cells={[[d.service, 'py-1 font-medium'], d.waitingNow, d.estimatedWait]}
                      />
                    </thead>
                    <tbody>
                      {o.services.map((s) => (
                        <tr key={s.service} className="border-t border-slate-100" data-testid={`service-${s.service}`}>
                          <th scope="row" className="py-1 text-left font-normal">
                            {d.services[s.service] ?? s.service}
                          </th>
                          <td className="num py-1 text-right">{s.waiting}</td>
                          <td className="num py-1 text-right" data-testid="wait">
                            {s.estimatedWaitMinutes === null ? d.noCounter : d.minutes(s.estimatedWaitMinutes)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </li>
              ))}
            </ul>
            <p className="text-xs text-slate-600">{d.waitNote}</p>
          </section>
        )}

        {regional && province && (
          <RegionTable
            title={`${d.regency} · ${province.name}`}
            column={d.regency}
            rows={regional.regions}
            lang={lang}
            hrefFor={(code) => link({ province: province.code, regency: code })}
            testId="regencies"
            current={regency?.code}
          />
        )}

        <TileMap
          tiles={tiles}
          measure={measure}
          lang={lang}
          hrefFor={(code) => link({ province: code })}
          measureHref={(m) =>
            `/publik?${new URLSearchParams({ ...(province ? { province: province.code } : {}), ...(regency ? { regency: regency.code } : {}), peta: m })}`
          }
        />

        <RegionTable
          title={d.province}
          column={d.province}
          rows={national.regions}
          lang={lang}
          hrefFor={(code) => link({ province: code })}
          testId="provinces"
          current={province?.code}
        />
      </main>
    </>
  );
}

function RegionTable({
  title,
  column,
  rows,
  lang,
  hrefFor,
  testId,
  current,
}: {
  title: string;
  column: string;
  rows: PublicRegion[];
  lang: Lang;
  hrefFor: (code: string) => string;
  testId: string;
  current?: string;
}) {
  const d = scorecardDict(lang);
  const status = appDict(lang).statusLabel;
  const id = `${testId}-title`;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white" data-testid={testId}>
      <h2 id={id} className="px-3 pt-3 text-lg font-semibold">
        {title}
      </h2>
      <DataTable
        className="w-full text-sm"
        head={
          <tr className="text-left text-slate-700">
            <th scope="col" className="px-2 py-2 font-medium sm:px-3">
              {column}
              <span className="block text-xs font-normal">{d.lastUpdated}</span>
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {d.stockStatus}
              <span className="block text-xs font-normal">{d.daysOfCover}</span>
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">
              {d.ikdPercent}
              <span className="block text-xs font-normal">{d.ikdTarget}</span>
            </th>
          </tr>
        }
      >
        {rows.map((r) => (
          <tr
            key={r.code}
            className={`border-t border-slate-100 align-top ${current === r.code ? 'bg-brand-50' : ''}`}
            data-testid={`row-${r.code}`}
          >
            <th scope="row" className="px-2 py-1.5 text-left font-normal sm:px-3">
              <Link
                href={hrefFor(r.code)}
                className="text-brand-700 underline"
                aria-current={current === r.code ? 'true' : undefined}
              >
                {r.name}
              </Link>
              <span className="num block text-xs text-slate-600">{fmtDay(r.lastUpdated, lang)}</span>
            </th>
            <td className="px-2 py-1.5">
              <span
                className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[r.stockStatus]}`}
              >
                {status[r.stockStatus]}
              </span>
              <span className="num block text-xs" data-testid="cover">
                {r.daysOfCover === null ? '–' : fmtDec(r.daysOfCover)}
              </span>
            </td>
            <td className="num px-2 py-1.5 text-right whitespace-nowrap sm:px-3">
              <span data-testid="ikd">{fmtPercent(r.ikdPercent)}</span>
              <span className="block text-xs text-slate-600" data-testid="ikd-target">
                {fmtPercent(r.ikdTarget)}
              </span>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
