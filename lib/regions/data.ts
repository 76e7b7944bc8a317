import fs from 'node:fs';
import path from 'node:path';

export type RegionLevel = 'province' | 'regency' | 'district';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  provinceCode: string;
  timeZone: string;
}

const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

/** SPEC §3: the time zone of a province (and so of all its regencies). */
export function timeZoneOfProvince(provinceCode: string): string {
  if (WIT.has(provinceCode)) return 'Asia/Jayapura';
  if (WITA.has(provinceCode)) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}

const KEEP_UPPER = new Set(['DKI', 'DI', 'II', 'III', 'IV']);

/** "KABUPATEN OGAN KOMERING ILIR" → "Kabupaten Ogan Komering Ilir"; "DKI JAKARTA" keeps DKI. */
export function titleCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) =>
      KEEP_UPPER.has(word.toUpperCase())
        ? word.toUpperCase()
        : word
            .toLowerCase()
            .replace(/(^|[-(/'.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(' ');
}

function readCsv(file: string): string[][] {
  const dir = path.join(process.cwd(), 'node_modules', 'idn-area-data', 'data');
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(','));
}

/** Every province, regency and kecamatan of idn-area-data@3.1.2 (SPEC §3). */
export function loadRegionRows(): RegionRow[] {
  const rows: RegionRow[] = [];
  for (const [code, name] of readCsv('provinces.csv')) {
    rows.push({ code, name: titleCase(name), level: 'province', parentCode: null, provinceCode: code, timeZone: timeZoneOfProvince(code) });
  }
  for (const [code, provinceCode, name] of readCsv('regencies.csv')) {
    rows.push({ code, name: titleCase(name), level: 'regency', parentCode: provinceCode, provinceCode, timeZone: timeZoneOfProvince(provinceCode) });
  }
  for (const [code, regencyCode, name] of readCsv('districts.csv')) {
    const provinceCode = code.slice(0, 2);
    rows.push({ code, name: titleCase(name), level: 'district', parentCode: regencyCode, provinceCode, timeZone: timeZoneOfProvince(provinceCode) });
  }
  return rows;
}
