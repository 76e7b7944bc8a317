import { describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { baseWithWajibKtp, grid } from '@/tests/ikd';
import { auditEntries, monthTotalOf } from '@/tests/reads';
import { errorBody } from '@/lib/api/errors';
import { getOverview } from '@/lib/overview/queries';
import { getIkdRanking, getIkdRegency } from './queries';
import {
  getIkdDay,
  listIkdCampaigns,
  planIkdCampaign,
  recordIkdCampaignResult,
  replaceIkdDay,
  setIkdBaseline,
  setIkdPopulation,
  setIkdTarget,
} from './writes';
import { ADMIN, KADIS_JAMBI, KADIS_SUMSEL, KIOSK_KOTA_JAMBI, OP_KOTA_JAMBI, OP_PALEMBANG } from '@/tests/actors';
import { refusal } from '@/tests/errors';
import type { Actor } from '@/lib/auth/permissions';

/** 12:00 WIB on Monday 23 November 2026: 39 days left in the year, today included. */
const NOW = new Date('2026-11-23T05:00:00Z');

describe.each(DB_KINDS)('IKD adoption on %s', (kind) => {
  const h = useFreshDb(
    kind,
    baseWithWajibKtp(NOW, {
      '15.71': 400_000,
      '15.01': 100_000,
      '15.02': 1_000,
      '15.03': 10_000,
      '16.71': 1_000_000,
      '16.02': 532_012,
      '91.71': 200_000,
      '51.71': 300_000,
    }),
  );

  const monthTotal = (code: string, month: string) => monthTotalOf(h, code, month);

  it("replaces a day's grid idempotently, keeps the month total in step and audits before/after", async () => {
    const first = await replaceIkdDay(
      OP_KOTA_JAMBI,
      '15.71',
      '2026-11-23',
      grid(['ASN_TNI_POLRI', 'KANTOR', 100], ['GURU', 'JEMPUT_BOLA', 60]),
      h,
      NOW,
    );
    expect(first).toMatchObject({ total: 160, previousTotal: 0, change: 160 });
    expect(await monthTotal('15.71', '2026-11')).toBe(160);
    // the same day again, with other counts: replaced, not added
    const again = grid(
      ['ASN_TNI_POLRI', 'KANTOR', 100],
      ['GURU', 'JEMPUT_BOLA', 50],
      ['UMUM', 'KECAMATAN', 30],
      ['MAHASISWA', 'KANTOR', 0],
    );
    expect(await replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-11-23', again, h, NOW)).toMatchObject({
      total: 180,
      previousTotal: 160,
      change: 20,
    });
    expect(await replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-11-23', again, h, NOW)).toMatchObject({
      total: 180,
      previousTotal: 180,
      change: 0,
    });
    expect(await monthTotal('15.71', '2026-11')).toBe(180);
    const day = await getIkdDay(OP_KOTA_JAMBI, '15.71', '2026-11-23', h, NOW);
    expect(day.total).toBe(180);
    expect(day.wajibKtp).toBe(400_000);
    expect(day.counts).toHaveLength(12);
    expect(day.counts.find((c) => c.segment === 'GURU' && c.channel === 'JEMPUT_BOLA')!.count).toBe(50);
    expect(day.counts.find((c) => c.segment === 'MAHASISWA' && c.channel === 'KANTOR')!.count).toBe(0);

    const entries = await auditEntries(h, 'ikd.day.replace');
    expect(entries).toHaveLength(3);
    expect(entries[1].actor_username).toBe('operator.kotajambi');
    expect(entries[1].scope_code).toBe('15.71');
    expect(JSON.parse(entries[1].before_json!)).toMatchObject({ day: '2026-11-23', total: 160 });
    expect(JSON.parse(entries[1].after_json!)).toMatchObject({ day: '2026-11-23', total: 180 });

    // more history for the figures below: inside and outside the last 30 days, and an earlier month
    await replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-10-25', grid(['UMUM', 'KANTOR', 120]), h, NOW);
    await replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-10-24', grid(['UMUM', 'KANTOR', 1000]), h, NOW);
    await replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2025-05-10', grid(['ASN_TNI_POLRI', 'KANTOR', 40_000]), h, NOW);
    expect(await monthTotal('15.71', '2026-10')).toBe(1120);
    expect(await monthTotal('15.71', '2025-05')).toBe(40_000);
    // clearing a day takes its counts out of the month
    await replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-10-02', grid(['UMUM', 'KANTOR', 7]), h, NOW);
    await replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-10-02', { counts: [] }, h, NOW);
    expect(await monthTotal('15.71', '2026-10')).toBe(1120);
  });

  it('refuses future days, negative counts, unknown enums, totals above wajib KTP and foreign scopes, writing nothing', async () => {
    const future = await refusal(
      replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-11-24', grid(['UMUM', 'KANTOR', 1]), h, NOW),
    );
    expect(future.code).toBe('VALIDATION');
    expect(errorBody(future, 'id').error.fields!.day).toBe(
      'Tanggal 2026-11-24 belum tiba: hari ini 2026-11-23 (WIB). Tanggal di masa depan tidak dapat diisi.',
    );
    expect(errorBody(future, 'en').error.fields!.day).toBe(
      '2026-11-24 has not come yet: today is 2026-11-23 (WIB). Future dates cannot be entered.',
    );

    const negative = await refusal(
      replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-11-22', grid(['UMUM', 'KANTOR', -5]), h, NOW),
    );
    expect(errorBody(negative, 'id').error.fields).toEqual({ 'counts.0.count': 'Jumlah tidak boleh negatif.' });
    expect(errorBody(negative, 'en').error.fields).toEqual({ 'counts.0.count': 'Count may not be negative.' });

    const enumBad = await refusal(
      replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-11-22', grid(['PNS', 'KANTOR', 5], ['UMUM', 'MALL', 1]), h, NOW),
    );
    expect(errorBody(enumBad, 'id').error.fields).toEqual({
      'counts.0.segment': 'Segmen harus ASN_TNI_POLRI, GURU, MAHASISWA atau UMUM.',
      'counts.1.channel': 'Kanal harus KANTOR, KECAMATAN atau JEMPUT_BOLA.',
    });
    const twice = await refusal(
      replaceIkdDay(OP_KOTA_JAMBI, '15.71', '2026-11-22', grid(['UMUM', 'KANTOR', 5], ['UMUM', 'KANTOR', 1]), h, NOW),
    );
    expect(errorBody(twice, 'en').error.fields).toEqual({ 'counts.1': 'UMUM × KANTOR appears twice.' });

    await replaceIkdDay(ADMIN, '15.02', '2026-11-01', grid(['UMUM', 'KANTOR', 600], ['GURU', 'KANTOR', 400]), h, NOW); // = wajib KTP: allowed
    const above = await refusal(
      replaceIkdDay(ADMIN, '15.02', '2026-11-01', grid(['UMUM', 'KANTOR', 601], ['GURU', 'KANTOR', 400]), h, NOW),
    );
    expect(above.code).toBe('VALIDATION');
    expect(errorBody(above, 'id').error.fields!.counts).toBe(
      'Jumlah aktivasi hari ini (1.001) melebihi wajib KTP Kabupaten Merangin (1.000).',
    );
    expect(errorBody(above, 'en').error.fields!.counts).toBe(
      "The day's total (1,001) exceeds the wajib KTP of Kabupaten Merangin (1,000).",
    );
    expect(await monthTotal('15.02', '2026-11')).toBe(1000);

    const noPopulation = await refusal(
      replaceIkdDay(ADMIN, '15.04', '2026-11-01', grid(['UMUM', 'KANTOR', 1]), h, NOW),
    );
    expect(errorBody(noPopulation, 'en').error.fields!.counts).toMatch(
      /^No wajib KTP of .* is recorded as valid on 2026-11-01/,
    );

    await expect(
      replaceIkdDay(OP_KOTA_JAMBI, '16.71', '2026-11-22', grid(['UMUM', 'KANTOR', 1]), h, NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // authorization comes before validation: a foreign caller learns nothing from a bad body
    await expect(replaceIkdDay(OP_KOTA_JAMBI, '16.71', '2026-11-22', {}, h, NOW)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      replaceIkdDay(KADIS_JAMBI, '15.71', '2026-11-22', grid(['UMUM', 'KANTOR', 1]), h, NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      replaceIkdDay(KIOSK_KOTA_JAMBI, '15.71', '2026-11-22', grid(['UMUM', 'KANTOR', 1]), h, NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      replaceIkdDay(ADMIN, '15.99', '2026-11-22', grid(['UMUM', 'KANTOR', 1]), h, NOW),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      replaceIkdDay(ADMIN, '15.71', '2026-02-30', grid(['UMUM', 'KANTOR', 1]), h, NOW),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await monthTotal('15.71', '2026-11')).toBe(180);
    expect(await h.db.selectFrom('ikd_daily').select('day').where('day', '=', '2026-11-22').execute()).toEqual([]);
  });

  it("puts a day in the regency's own local date: 23:30 WIT is still that WIT day, 00:30 WIT is the next", async () => {
    const at2330Wit = new Date('2026-11-23T14:30:00Z'); // 23:30 WIT, 22:30 WITA, 21:30 WIB
    await replaceIkdDay(ADMIN, '91.71', '2026-11-23', grid(['UMUM', 'KANTOR', 70]), h, at2330Wit);
    await expect(
      replaceIkdDay(ADMIN, '91.71', '2026-11-24', grid(['UMUM', 'KANTOR', 1]), h, at2330Wit),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const papua = await getIkdRanking(ADMIN, { province: '91' }, h, at2330Wit);
    const jayapura = papua.rows.find((r) => r.code === '91.71')!;
    expect(papua.today).toBe('2026-11-23');
    expect(jayapura.activations).toBe(70);
    expect(jayapura.pace30).toBeCloseTo(70 / 30, 10);
    expect(
      (await getIkdRanking(ADMIN, { province: '91', asOf: '2026-11-22' }, h)).rows.find((r) => r.code === '91.71')!
        .activations,
    ).toBe(0);

    const at0030Wit = new Date('2026-11-23T15:30:00Z'); // 00:30 WIT on the 24th, 23:30 WITA and 22:30 WIB on the 23rd
    expect(
      await replaceIkdDay(ADMIN, '91.71', '2026-11-24', grid(['GURU', 'KECAMATAN', 5]), h, at0030Wit),
    ).toMatchObject({ total: 5 });
    const wita = await refusal(replaceIkdDay(ADMIN, '51.71', '2026-11-24', grid(['UMUM', 'KANTOR', 1]), h, at0030Wit));
    expect(errorBody(wita, 'en').error.fields!.day).toBe(
      '2026-11-24 has not come yet: today is 2026-11-23 (WITA). Future dates cannot be entered.',
    );
    await expect(
      replaceIkdDay(ADMIN, '15.71', '2026-11-24', grid(['UMUM', 'KANTOR', 1]), h, at0030Wit),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const at0030Wita = new Date('2026-11-23T16:30:00Z');
    expect(await replaceIkdDay(ADMIN, '51.71', '2026-11-24', grid(['UMUM', 'KANTOR', 3]), h, at0030Wita)).toMatchObject(
      { total: 3 },
    );
    await expect(
      replaceIkdDay(ADMIN, '15.71', '2026-11-24', grid(['UMUM', 'KANTOR', 1]), h, at0030Wita),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await monthTotal('91.71', '2026-11')).toBe(75);
    expect(await monthTotal('51.71', '2026-11')).toBe(3);
  });

  it('sets targets by role: admin national, a head its province and regencies; the effective target follows regency → province → national', async () => {
    const before = await getIkdRanking(KADIS_JAMBI, { province: '15' }, h, NOW);
    expect(before.rows.find((r) => r.code === '15.71')!.targetPersons).toBe(120_000); // national 30 % of 400,000
    expect(await setIkdTarget(KADIS_JAMBI, { scope: '15', year: 2026, percent: 35 }, h)).toEqual({
      scope: '15',
      year: 2026,
      percent: 35,
      previous: null,
    });
    expect(await setIkdTarget(KADIS_JAMBI, { scope: '15.01', year: 2026, percent: 40 }, h)).toMatchObject({
      previous: null,
    });
    await setIkdTarget(ADMIN, { scope: 'national', year: 2027, percent: 32.5 }, h);
    const after = await getIkdRanking(KADIS_JAMBI, { province: '15' }, h, NOW);
    expect(after.rows.find((r) => r.code === '15.71')!.targetPersons).toBe(140_000);
    expect(after.rows.find((r) => r.code === '15.01')!.targetPersons).toBe(40_000);
    expect(after.rows.find((r) => r.code === '15.01')!.target).toBe(40);
    expect(
      (await getIkdRanking(ADMIN, { province: '16' }, h, NOW)).rows.find((r) => r.code === '16.71')!.targetPersons,
    ).toBe(300_000);

    await expect(setIkdTarget(KADIS_JAMBI, { scope: 'national', year: 2026, percent: 50 }, h)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(setIkdTarget(KADIS_SUMSEL, { scope: '15.71', year: 2026, percent: 50 }, h)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(setIkdTarget(KADIS_SUMSEL, { scope: '15', year: 2026, percent: 'x' }, h)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(setIkdTarget(OP_KOTA_JAMBI, { scope: '15.71', year: 2026, percent: 50 }, h)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(setIkdTarget(OP_KOTA_JAMBI, {}, h)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bad = await refusal(setIkdTarget(KADIS_JAMBI, { scope: '15', year: 2026, percent: 0 }, h));
    expect(errorBody(bad, 'id').error.fields).toEqual({ percent: 'Persen target paling kecil 0,01.' });
    await expect(setIkdTarget(ADMIN, { scope: '15.99', year: 2026, percent: 20 }, h)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(setIkdTarget(ADMIN, { scope: '15', year: 2026, percent: 101 }, h)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const audits = await auditEntries(h, 'ikd.target.set');
    expect(audits.map((a) => a.scope_code)).toEqual(['15', '15.01', 'national']);
  });

  it('sets the baseline once and counts it from its date', async () => {
    expect(await setIkdBaseline(OP_KOTA_JAMBI, '15.71', { activations: 0, asOf: '2022-06-30' }, h, NOW)).toMatchObject({
      activations: 0,
    });
    expect(await setIkdBaseline(ADMIN, '15.02', { activations: 200, asOf: '2022-12-31' }, h, NOW)).toEqual({
      regencyCode: '15.02',
      asOf: '2022-12-31',
      activations: 200,
    });
    const again = await refusal(setIkdBaseline(ADMIN, '15.02', { activations: 300, asOf: '2022-12-31' }, h, NOW));
    expect(again.code).toBe('CONFLICT');
    expect(errorBody(again, 'id').error.message).toBe(
      'Baseline Kabupaten Merangin sudah ditetapkan (200 aktivasi per 2022-12-31) dan hanya dapat diisi sekali.',
    );
    await expect(setIkdBaseline(ADMIN, '15.03', { activations: 10, asOf: '2026-11-24' }, h, NOW)).rejects.toMatchObject(
      { code: 'VALIDATION' },
    );
    await expect(
      setIkdBaseline(ADMIN, '15.03', { activations: 10_001, asOf: '2026-01-01' }, h, NOW),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      setIkdBaseline(OP_PALEMBANG, '15.03', { activations: 1, asOf: '2026-01-01' }, h, NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const r = await getIkdRegency(ADMIN, '15.02', { asOf: '2022-12-30' }, h);
    expect(r.figures.activations).toBe(0);
    expect((await getIkdRegency(ADMIN, '15.02', { asOf: '2022-12-31' }, h)).figures.activations).toBe(200);
  });

  it('ranks a province by percent with every SPEC §5 figure: percent above 100, gap 0, pace 0', async () => {
    await replaceIkdDay(ADMIN, '15.01', '2026-11-20', grid(['ASN_TNI_POLRI', 'KANTOR', 39_990]), h, NOW);
    await replaceIkdDay(ADMIN, '15.03', '2026-01-05', grid(['UMUM', 'KECAMATAN', 100]), h, NOW);
    const r = await getIkdRanking(KADIS_JAMBI, { province: '15' }, h, NOW);
    expect(r.today).toBe('2026-11-23');
    expect(r.daysLeftInYear).toBe(39);
    expect(r.rows.slice(0, 4).map((x) => [x.rank, x.code])).toEqual([
      [1, '15.02'],
      [2, '15.01'],
      [3, '15.71'],
      [4, '15.03'],
    ]);
    expect(r.rows).toHaveLength(11);
    const [merangin, kerinci, kota, sarolangun] = r.rows;
    // 1,000 on 1 Nov + a baseline of 200 against 1,000 wajib KTP: 120 %, shown as it is
    expect(merangin).toMatchObject({
      wajibKtp: 1000,
      activations: 1200,
      percent: 120,
      target: 35,
      targetPersons: 350,
      gapPersons: 0,
      requiredDailyPace: 0,
      status: 'ACHIEVED',
    });
    expect(kerinci).toMatchObject({
      activations: 39_990,
      targetPersons: 40_000,
      gapPersons: 10,
      pace30: 1333,
      projectedTargetDate: '2026-11-24',
      status: 'ON_TRACK',
    });
    expect(kerinci.requiredDailyPace).toBeCloseTo(10 / 39, 10);
    // 40,000 (May 2025) + 1,000 (24 Oct, 31 days back) + 120 (25 Oct) + 180 (today)
    expect(kota).toMatchObject({
      wajibKtp: 400_000,
      activations: 41_300,
      percent: 10.325,
      targetPersons: 140_000,
      gapPersons: 98_700,
      pace30: 10,
      projectedTargetDate: '2053-12-01',
      status: 'BEHIND',
    });
    expect(kota.requiredDailyPace).toBeCloseTo(98_700 / 39, 10);
    // nothing in the last 30 days: pace 0, no projected date
    expect(sarolangun).toMatchObject({
      activations: 100,
      percent: 1,
      targetPersons: 3500,
      gapPersons: 3400,
      pace30: 0,
      projectedTargetDate: null,
      status: 'BEHIND',
    });
    // the province is sums, never an average of percentages
    expect(r.total).toMatchObject({
      wajibKtp: 511_000,
      activations: 82_590,
      targetPersons: 183_850,
      gapPersons: 101_260,
      projectedTargetDate: '2027-02-05',
      status: 'BEHIND',
    });
    expect(r.total.percent).toBeCloseTo((82_590 / 511_000) * 100, 10);
    expect(r.total.pace30).toBeCloseTo(41_290 / 30, 10);
    expect(r.total.requiredDailyPace).toBeCloseTo(101_260 / 39, 10);
    expect(r.series.monthly.at(-1)).toEqual({ month: '2026-11', activations: 82_590, target: 183_850 });
    expect(r.series.monthly.find((m) => m.month === '2025-05')).toEqual({
      month: '2025-05',
      activations: 40_200,
      target: 153_300,
    });

    // the overview reads the same figures
    const o = await getOverview(KADIS_JAMBI, { scope: '15' }, h, NOW);
    expect(o.ikd).toMatchObject({ activations: 82_590, targetPersons: 183_850, gapPersons: 101_260 });

    // an officer sees the province total and its own row with its rank
    const mine = await getIkdRanking(OP_KOTA_JAMBI, { province: '15' }, h, NOW);
    expect(mine.total.activations).toBe(82_590);
    expect(mine.rows.map((x) => [x.rank, x.code])).toEqual([[3, '15.71']]);
    await expect(getIkdRanking(KADIS_SUMSEL, { province: '15' }, h, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getIkdRanking(KADIS_JAMBI, { province: 'national' }, h, NOW)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getIkdRanking(KIOSK_KOTA_JAMBI, { province: '15' }, h, NOW)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getIkdRanking(ADMIN, { province: '99' }, h, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('ranks the 38 provinces for the admin', async () => {
    const n = await getIkdRanking(ADMIN, { province: 'national', asOf: '2026-11-23' }, h);
    expect(n.rows).toHaveLength(38);
    const jambi = n.rows.find((r) => r.code === '15')!;
    expect(jambi).toMatchObject({ level: 'province', wajibKtp: 511_000, activations: 82_590, targetPersons: 183_850 });
    expect(n.rows[0].code).toBe('15');
    expect(n.total.wajibKtp).toBe(511_000 + 1_000_000 + 532_012 + 200_000 + 300_000);
    expect(n.total.activations).toBe(82_590 + 70); // Denpasar's 3 came on the 24th
    expect(n.rows.map((r) => r.rank)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('handles the last days of the year: one day left on 31 December, a new target year on 1 January', async () => {
    const dec31 = new Date('2026-12-31T16:00:00Z'); // 23:00 WIB
    await replaceIkdDay(OP_PALEMBANG, '16.71', '2026-12-02', grid(['MAHASISWA', 'JEMPUT_BOLA', 1000]), h, dec31);
    await replaceIkdDay(OP_PALEMBANG, '16.71', '2026-12-31', grid(['UMUM', 'KANTOR', 2000]), h, dec31);
    const r = await getIkdRegency(OP_PALEMBANG, '16.71', {}, h, dec31);
    expect(r.today).toBe('2026-12-31');
    expect(r.daysLeftInYear).toBe(1);
    expect(r.figures).toMatchObject({
      activations: 3000,
      targetPersons: 300_000,
      gapPersons: 297_000,
      requiredDailyPace: 297_000,
      pace30: 100,
      projectedTargetDate: '2035-02-17',
      status: 'BEHIND',
    });
    const jan1 = new Date('2026-12-31T17:30:00Z'); // 00:30 WIB on 1 January 2027
    await replaceIkdDay(OP_PALEMBANG, '16.71', '2027-01-01', grid(['UMUM', 'KANTOR', 30]), h, jan1);
    const y = await getIkdRegency(OP_PALEMBANG, '16.71', {}, h, jan1);
    expect(y.daysLeftInYear).toBe(365);
    expect(y.target).toEqual({ year: 2027, percent: 32.5, source: 'national', nationalDefault: 30 });
    expect(y.figures).toMatchObject({ activations: 3030, targetPersons: 325_000, gapPersons: 321_970 });
    expect(y.figures.pace30).toBeCloseTo(2030 / 30, 10); // 2 December is now 30 days back
    expect(await monthTotal('16.71', '2026-12')).toBe(3000);
    expect(await monthTotal('16.71', '2027-01')).toBe(30);
    expect(y.breakdown.bySegment.find((s) => s.segment === 'UMUM')!.activations).toBe(2030);
    expect(y.breakdown.byChannel).toEqual([
      { channel: 'KANTOR', activations: 2030 },
      { channel: 'KECAMATAN', activations: 0 },
      { channel: 'JEMPUT_BOLA', activations: 1000 },
    ]);
    expect(y.series.daily.at(-1)).toEqual({ day: '2027-01-01', activations: 30 });
    expect(y.series.monthly.slice(-2)).toEqual([
      { month: '2026-12', activations: 3000, target: 300_000 },
      { month: '2027-01', activations: 3030, target: 325_000 },
    ]);
  });

  it('keeps wajib KTP history: each day uses the figure valid then; future validFrom is refused', async () => {
    await setIkdPopulation(OP_PALEMBANG, '16.71', { wajibKtp: 1_100_000, validFrom: '2026-07-01' }, h, NOW);
    expect((await getIkdRegency(ADMIN, '16.71', { asOf: '2026-06-30' }, h)).figures.wajibKtp).toBe(1_000_000);
    const now = await getIkdRegency(ADMIN, '16.71', { asOf: '2026-07-01' }, h);
    expect(now.figures).toMatchObject({ wajibKtp: 1_100_000, targetPersons: 330_000 });
    expect(now.population).toEqual([
      { validFrom: '2022-01-01', wajibKtp: 1_000_000 },
      { validFrom: '2026-07-01', wajibKtp: 1_100_000 },
    ]);
    await expect(
      setIkdPopulation(OP_PALEMBANG, '16.71', { wajibKtp: 5, validFrom: '2026-11-24' }, h, NOW),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      setIkdPopulation(OP_PALEMBANG, '16.71', { wajibKtp: 0, validFrom: '2026-11-01' }, h, NOW),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      setIkdPopulation(OP_KOTA_JAMBI, '16.71', { wajibKtp: 5, validFrom: '2026-11-01' }, h, NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const a = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'ikd.population.set')
      .where('actor_username', '=', 'operator.palembang')
      .execute();
    expect(a.map((x) => JSON.parse(x.after_json!))).toEqual([{ validFrom: '2026-07-01', wajibKtp: 1_100_000 }]);
  });

  it('plans outreach campaigns and records what they achieved', async () => {
    const plan = (actor: Actor, code: string, body: unknown, key: string | null = null) =>
      planIkdCampaign(actor, code, body, key, h, NOW);
    const school = { day: '2026-11-20', place: 'SMA Negeri 1 Palembang', segment: 'GURU', planned: 150 };
    const planned = await plan(OP_PALEMBANG, '16.71', school, 'camp-key-0001');
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({
      regencyCode: '16.71',
      day: '2026-11-20',
      place: 'SMA Negeri 1 Palembang',
      segment: 'GURU',
      planned: 150,
      achieved: null,
    });
    const replay = await plan(OP_PALEMBANG, '16.71', school, 'camp-key-0001');
    expect(replay).toMatchObject({ replayed: true, body: { id: planned.body.id } });
    const later = await plan(OP_PALEMBANG, '16.71', {
      day: '2026-12-05',
      place: 'Kantor Gubernur',
      segment: 'ASN_TNI_POLRI',
      planned: 300,
      notes: 'bawa 3 perangkat',
    });
    const done = await recordIkdCampaignResult(
      OP_PALEMBANG,
      '16.71',
      String(planned.body.id),
      { achieved: 172, notes: 'lebih dari rencana' },
      h,
      NOW,
    );
    expect(done).toMatchObject({ achieved: 172, notes: 'lebih dari rencana', planned: 150 });
    const early = await refusal(
      recordIkdCampaignResult(OP_PALEMBANG, '16.71', String(later.body.id), { achieved: 1 }, h, NOW),
    );
    expect(errorBody(early, 'en').error.fields!.achieved).toBe(
      'This campaign is scheduled for 2026-12-05; its result can be recorded from that day on.',
    );
    await expect(
      recordIkdCampaignResult(OP_PALEMBANG, '16.71', String(later.body.id), { achieved: -1 }, h, NOW),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      recordIkdCampaignResult(ADMIN, '16.02', String(planned.body.id), { achieved: 1 }, h, NOW),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      recordIkdCampaignResult(OP_KOTA_JAMBI, '16.71', String(planned.body.id), { achieved: 1 }, h, NOW),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      plan(KADIS_SUMSEL, '16.71', { day: '2026-11-20', place: 'X', segment: 'GURU', planned: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const bad = await refusal(
      plan(OP_PALEMBANG, '16.71', { day: '2026-11-20', place: '', segment: 'DOSEN', planned: 0 }),
    );
    expect(Object.keys(errorBody(bad, 'id').error.fields!).sort()).toEqual(['place', 'planned', 'segment']);
    const list = await listIkdCampaigns(KADIS_SUMSEL, '16.71', h);
    expect(list.campaigns.map((c) => [c.day, c.planned, c.achieved])).toEqual([
      ['2026-12-05', 300, null],
      ['2026-11-20', 150, 172],
    ]);
    expect(list.totals).toEqual({ planned: 450, plannedOfRecorded: 150, achieved: 172 });
    await expect(listIkdCampaigns(KADIS_JAMBI, '16.71', h)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps the month total exact under concurrent replacements of one day', async () => {
    const writes = Array.from({ length: 8 }, (_, i) =>
      replaceIkdDay(
        ADMIN,
        '16.02',
        '2026-11-10',
        grid(['UMUM', 'KANTOR', 10 * (i + 1)], ['GURU', 'KECAMATAN', i]),
        h,
        NOW,
      ),
    );
    await Promise.all(writes);
    const day = await getIkdDay(ADMIN, '16.02', '2026-11-10', h, NOW);
    expect(await monthTotal('16.02', '2026-11')).toBe(day.total);
    expect([10, 21, 32, 43, 54, 65, 76, 87]).toContain(day.total);
  });
});
