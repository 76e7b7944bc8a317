import Link from 'next/link';
import type { Lang } from '@/lib/i18n/dict';
import { scorecardDict } from '@/lib/i18n/scorecard';
import { getHandle } from '@/lib/db';
import { provinceTiles, type ProvinceTile } from '@/lib/public/queries';
import { PROVINCE_TILES, TILE_COLS, TILE_ROWS } from '@/lib/regions/tiles';
import { Card } from '@/components/ui/Card';

/** SPEC §15's tile map: Indonesia's 38 provinces as equal tiles placed roughly where they lie
 *  (lib/regions/tiles.ts), coloured by the chosen measure, with a legend. Drawn on the server as
 *  a CSS grid of links (no script, no map files): the measure switch is a link too, so the choice
 *  lives in the URL (`?peta=`) and a shared link shows the same map. */
export const MEASURES = ['belowMinimum', 'ikdOfTarget', 'overdue'] as const;
export type Measure = (typeof MEASURES)[number];

export function measureOf(v: unknown): Measure {
  return (MEASURES as readonly unknown[]).includes(v) ? (v as Measure) : 'belowMinimum';
}

/** Five classes per measure, best first; text colours keep a contrast of at least 4.5:1. */
const CLASSES = [
  { bg: '#15803d', fg: '#ffffff' },
  { bg: '#86efac', fg: '#14532d' },
  { bg: '#fde68a', fg: '#78350f' },
  { bg: '#fb923c', fg: '#431407' },
  { bg: '#b91c1c', fg: '#ffffff' },
];

/** Upper bounds of classes 0–3 (class 4 holds the rest) and the legend's labels;
 *  `ikdOfTarget` is better when higher. */
const SCALES: Record<Measure, { bounds: number[]; higherIsBetter: boolean; labels: string[] }> = {
  belowMinimum: { bounds: [0, 25, 50, 75], higherIsBetter: false, labels: ['0%', '≤ 25%', '≤ 50%', '≤ 75%', '> 75%'] },
  ikdOfTarget: {
    bounds: [100, 75, 50, 25],
    higherIsBetter: true,
    labels: ['≥ 100%', '≥ 75%', '≥ 50%', '≥ 25%', '< 25%'],
  },
  overdue: { bounds: [0, 2, 5, 10], higherIsBetter: false, labels: ['0', '1–2', '3–5', '6–10', '> 10'] },
};

function valueOf(t: ProvinceTile, m: Measure): number {
  return m === 'belowMinimum' ? t.belowMinimumShare : m === 'ikdOfTarget' ? t.ikdOfTarget : t.overdue;
}

export function classOf(value: number, m: Measure): number {
  const { bounds, higherIsBetter } = SCALES[m];
  const i = bounds.findIndex((b) => (higherIsBetter ? value >= b : value <= b));
  return i === -1 ? 4 : i;
}

export function TileMap({
  tiles,
  measure,
  lang,
  hrefFor,
  measureHref,
}: {
  tiles: ProvinceTile[];
  measure: Measure;
  lang: Lang;
  hrefFor: (code: string) => string;
  measureHref: (m: Measure) => string;
}) {
  const d = scorecardDict(lang);
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 1 });
  const labels = SCALES[measure].labels;
  return (
    <Card
      id="tilemap-title"
      title={d.mapTitle}
      titleClass="px-1.5 pt-1.5 text-lg font-semibold sm:p-0"
      className="rounded-xl border border-slate-200 bg-white p-1.5 sm:p-4"
      testId="tilemap"
    >
      <nav aria-label={d.measure} className="no-print mt-2 px-1.5 sm:px-0">
        <ul className="flex flex-wrap gap-1 text-sm">
          {MEASURES.map((m) => (
            <li key={m}>
              <Link
                href={measureHref(m)}
                scroll={false}
                aria-current={m === measure ? 'true' : undefined}
                className={`block rounded-md border px-2 py-1 ${m === measure ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 text-slate-800 hover:bg-slate-100'}`}
              >
                {d.measures[m]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-3 max-w-[44rem] overflow-x-auto">
        <ul
          className="grid gap-px sm:gap-1"
          style={{
            gridTemplateColumns: `repeat(${TILE_COLS}, minmax(1.5rem, 1fr))`,
            gridTemplateRows: `repeat(${TILE_ROWS}, auto)`,
          }}
        >
          {tiles.map((t) => {
            const place = PROVINCE_TILES[t.code];
            if (!place) return null;
            const v = valueOf(t, measure);
            const cls = classOf(v, measure);
            const text = d.tileValue[measure](nf.format(v));
            return (
              <li key={t.code} style={{ gridRow: place.row + 1, gridColumn: place.col + 1 }}>
                <Link
                  href={hrefFor(t.code)}
                  aria-label={`${t.name}: ${text}`}
                  title={`${t.name}: ${text}`}
                  data-testid={`tile-${t.code}`}
                  data-class={cls}
                  className="flex aspect-square flex-col items-center justify-center rounded-sm text-[0.55rem] leading-tight font-semibold hover:ring-2 hover:ring-slate-900 sm:rounded sm:text-[0.7rem]"
                  style={{ background: CLASSES[cls].bg, color: CLASSES[cls].fg }}
                >
                  <span aria-hidden>{place.short}</span>
                  <span aria-hidden className="num hidden font-normal sm:block">
                    {nf.format(v)}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="mt-3 px-1.5 pb-1.5 text-sm sm:p-0">
        <p className="font-medium">
          {d.legend}: {d.measures[measure]}
        </p>
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {labels.map((l, i) => (
            <li key={i} className="flex items-center gap-1">
              <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: CLASSES[i].bg }} />
              {l}
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}

/** The tile map of the national overview: today's figures, each tile opening its province. */
export async function NationalTileMap({ lang, measure }: { lang: Lang; measure: unknown }) {
  const tiles = await provinceTiles(await getHandle());
  return (
    <div className="mt-3">
      <TileMap
        tiles={tiles}
        measure={measureOf(measure)}
        lang={lang}
        hrefFor={(code) => `/overview?scope=${code}`}
        measureHref={(m) => `/overview?scope=national&peta=${m}`}
      />
    </div>
  );
}
