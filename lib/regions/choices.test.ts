import { describe, expect, it } from 'vitest';
import { can } from '@/lib/auth/permissions';
import { ADMIN, KADIS_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';
import { regionChoices } from './choices';

const region = (code: string, name: string) => ({
  code,
  name,
  level: (code.includes('.') ? 'regency' : 'province') as 'regency' | 'province',
  parentCode: code.includes('.') ? code.slice(0, 2) : null,
  provinceCode: code.slice(0, 2),
  timeZone: 'Asia/Jakarta',
});
const idx = {
  provinces: [region('15', 'Jambi'), region('16', 'Sumatera Selatan')],
  regenciesOf: new Map([
    ['15', [region('15.01', 'Kabupaten Kerinci'), region('15.71', 'Kota Jambi')]],
    ['16', [region('16.71', 'Kota Palembang')]],
  ]),
};

describe('the regions a filter offers (one rule for the report, the alerts and the month close)', () => {
  it('the admin: the nation, every province, and the regencies of the shown province', () => {
    const c = regionChoices(idx, '16', (code) => can(ADMIN, 'alerts.read', code), { national: true });
    expect(c.national).toBe(true);
    expect(c.provinces.map((p) => p.name)).toEqual(['Jambi', 'Sumatera Selatan']);
    expect(c.regencies).toEqual([{ code: '16.71', name: 'Kota Palembang' }]);
    expect(
      regionChoices(idx, 'national', (code) => can(ADMIN, 'alerts.read', code), { national: true }).regencies,
    ).toEqual([]);
  });

  it('a head: their province and its regencies, never the nation', () => {
    const c = regionChoices(idx, '15', (code) => can(KADIS_JAMBI, 'alerts.read', code), { national: true });
    expect(c.national).toBe(false);
    expect(c.provinces.map((p) => p.code)).toEqual(['15']);
    expect(c.regencies.map((r) => r.code)).toEqual(['15.01', '15.71']);
  });

  it('an officer: their own regency only', () => {
    const c = regionChoices(idx, '15.71', (code) => can(OP_KOTA_JAMBI, 'alerts.read', code), { national: true });
    expect(c).toEqual({ national: false, provinces: [], regencies: [{ code: '15.71', name: 'Kota Jambi' }] });
  });
});
