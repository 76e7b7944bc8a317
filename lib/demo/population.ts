/** Wajib KTP (residents required to hold an ID card) per regency for the demo: approximate
 *  2022 province populations, split inside each province by seeded random weights. */
import type { RegionRow } from '@/lib/regions/data';
import { splitProportional, streamFor, uniform } from './util';

/** Approximate mid-2022 population per province, millions (BPS estimates, rounded; the six
 *  Papua provinces after the 2022 split). */
const PROVINCE_POP_M: Record<string, number> = {
  '11': 5.41,
  '12': 15.12,
  '13': 5.64,
  '14': 6.61,
  '15': 3.63,
  '16': 8.66,
  '17': 2.06,
  '18': 9.18,
  '19': 1.49,
  '21': 2.18,
  '31': 10.68,
  '32': 49.41,
  '33': 37.03,
  '34': 3.73,
  '35': 41.15,
  '36': 12.25,
  '51': 4.38,
  '52': 5.47,
  '53': 5.47,
  '61': 5.54,
  '62': 2.74,
  '63': 4.18,
  '64': 3.94,
  '65': 0.71,
  '71': 2.66,
  '72': 3.07,
  '73': 9.23,
  '74': 2.69,
  '75': 1.19,
  '76': 1.45,
  '81': 1.88,
  '82': 1.32,
  '91': 1.06,
  '92': 0.56,
  '93': 0.53,
  '94': 1.45,
  '95': 1.45,
  '96': 0.61,
};

const NATIONAL_POP = 277_000_000;

/** Fixed figures: OKI is a public fact (seed-facts.md); the others are plausible anchors for
 *  the demo regencies. */
export const FIXED_WAJIB_KTP: Record<string, number> = {
  '16.02': 532_012, // Kabupaten Ogan Komering Ilir (fact)
  '16.71': 1_186_400, // Kota Palembang
  '33.11': 668_900, // Kabupaten Sukoharjo
  '15.71': 452_300, // Kota Jambi
};

function wajibRatio(provinceCode: string): number {
  return provinceCode.startsWith('9') ? 0.64 : 0.725;
}

export function isKota(regencyCode: string): boolean {
  return Number(regencyCode.slice(3)) >= 71;
}

/** Wajib KTP per regency code. Deterministic for a seed. */
export function wajibKtpByRegency(
  seed: number,
  regencies: { code: string; provinceCode: string }[],
): Map<string, number> {
  const totalPop = Object.values(PROVINCE_POP_M).reduce((a, b) => a + b, 0);
  const byProvince = new Map<string, string[]>();
  for (const r of regencies) {
    const list = byProvince.get(r.provinceCode) ?? [];
    list.push(r.code);
    byProvince.set(r.provinceCode, list);
  }
  const out = new Map<string, number>();
  for (const [prov, codes] of byProvince) {
    const rng = streamFor(seed, 'wajib', prov);
    const pop = ((PROVINCE_POP_M[prov] ?? 1) / totalPop) * NATIONAL_POP;
    let wajib = Math.round(pop * wajibRatio(prov));
    const free: string[] = [];
    for (const c of codes) {
      const fixed = FIXED_WAJIB_KTP[c];
      if (fixed !== undefined) {
        out.set(c, fixed);
        wajib -= fixed;
      } else free.push(c);
    }
    const weights = free.map((c) => {
      if (prov === '31') return c === '31.01' ? 0.012 : uniform(rng, 1.4, 2.6); // Kepulauan Seribu is tiny
      return isKota(c) ? uniform(rng, 0.2, 0.75) : uniform(rng, 0.55, 1.6);
    });
    const parts = splitProportional(Math.max(wajib, free.length * 10_000), weights);
    free.forEach((c, i) => out.set(c, parts[i]));
  }
  return out;
}

/** What both generators (the demo and the national dataset) start from: the provinces, the
 *  regencies, each regency's districts, and each regency's generator input (its wajib KTP and
 *  whether it reports daily). */
export function seedRegions(seed: number, regionRows: RegionRow[], dailyMode: (r: RegionRow) => boolean) {
  const provinces = regionRows.filter((r) => r.level === 'province');
  const regencies = regionRows.filter((r) => r.level === 'regency');
  const districtsByRegency = new Map<string, RegionRow[]>();
  for (const r of regionRows) {
    if (r.level !== 'district' || !r.parentCode) continue;
    const l = districtsByRegency.get(r.parentCode) ?? [];
    l.push(r);
    districtsByRegency.set(r.parentCode, l);
  }
  const wajib = wajibKtpByRegency(seed, regencies);
  const inputs = regencies.map((r) => ({
    code: r.code,
    provinceCode: r.provinceCode,
    timeZone: r.timeZone,
    wajibKtp: wajib.get(r.code) ?? 0,
    dailyMode: dailyMode(r),
  }));
  return { provinces, regencies, districtsByRegency, inputs };
}
