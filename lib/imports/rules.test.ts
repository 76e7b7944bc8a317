import { describe, expect, it } from 'vitest';
import { normalizeCode, normalizeDay, readNumber, templateCsv } from './rules';

describe('what an import accepts', () => {
  it('dates as typed in Indonesia or as ISO', () => {
    expect(normalizeDay('30/11/2026')).toBe('2026-11-30');
    expect(normalizeDay(' 1/2/2026 ')).toBe('2026-02-01');
    expect(normalizeDay('30-11-2026')).toBe('2026-11-30');
    expect(normalizeDay('30.11.2026')).toBe('2026-11-30');
    expect(normalizeDay('2026-11-30')).toBe('2026-11-30');
    expect(normalizeDay('11/30')).toBe('11/30');
  });
  it('codes in any case, with spaces or hyphens', () => {
    const SEG = ['ASN_TNI_POLRI', 'GURU', 'MAHASISWA', 'UMUM'] as const;
    expect(normalizeCode('umum', SEG)).toBe('UMUM');
    expect(normalizeCode('asn-tni-polri', SEG)).toBe('ASN_TNI_POLRI');
    expect(normalizeCode('Jemput bola', ['KANTOR', 'JEMPUT_BOLA'] as const)).toBe('JEMPUT_BOLA');
    expect(normalizeCode('pelajar', SEG)).toBeNull();
  });
  it('numbers as the API would receive them; what is not one stays text for the API to refuse', () => {
    const cells = ['12', '007', '-1', '1.5', '', '2.000', '1e3', '0x10', '1,5', 'dua'];
    expect(cells.map(readNumber)).toEqual([12, 7, -1, 1.5, undefined, '2.000', '1e3', '0x10', '1,5', 'dua']);
  });
  it('a template is the header and one example row', () => {
    expect(templateCsv(['a', 'b'], ['1', '2'])).toBe('a,b\r\n1,2\r\n');
  });
});
