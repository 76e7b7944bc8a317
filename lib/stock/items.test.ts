import { describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { deltaSumOf, onHandOf, rowCount } from '@/tests/reads';
import { movementRecorder } from '@/tests/stock';
import { seedBase } from '@/lib/demo/seed';
import { ApiError } from '@/lib/api/errors';
import { ADMIN, KADIS_JAMBI, OP_KOTA_JAMBI } from '@/tests/actors';
import { commitImport } from '@/lib/imports/imports';
import { getMonthlyReport } from '@/lib/reports/queries';
import { confirmAllocation, setMinimum } from './movements';
import { getLedger, getLocationStock, getProvinceStock, getRebalancing, planProvinceAllocation } from './queries';
import { listItems } from './items';
import { refusal } from '@/tests/errors';

const NOW = new Date('2026-11-20T05:00:00Z'); // 12:00 WIB on 20 Nov 2026
const TODAY = '2026-11-20';

describe.each(DB_KINDS)('items of the ledger (SPEC §16) on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  const rec = movementRecorder(h, NOW, TODAY);
  const balance = (code: string, item: string) => onHandOf(h, code, item);
  const sums = async (code: string, item: string) => [
    await deltaSumOf(h, 'stock_movements', 'location_code', code, item),
    await deltaSumOf(h, 'stock_daily', 'location_code', code, item),
  ];
  const figures = async (code: string, item?: string) =>
    (await getLocationStock(ADMIN, code, undefined, h, NOW, 90, item)).figures;

  it('GET /items: four items with their units and default minimums', async () => {
    const { items } = await listItems(ADMIN, h);
    expect(items.map((i) => [i.code, i.unit, i.unitName.en, i.defaultMinimum])).toEqual([
      ['BLANGKO_KTP_EL', 'keping', 'cards', 2000],
      ['BLANGKO_KIA', 'keping', 'cards', 500],
      ['RIBBON', 'roll', 'rolls', 5],
      ['FILM', 'roll', 'rolls', 5],
    ]);
    expect(items[2].name).toEqual({ id: 'Pita printer (ribbon)', en: 'Printer ribbon' });
  });

  it('minimums default per item, before any movement, and are set per item', async () => {
    expect([(await figures('15.01')).minimum, (await figures('15.01', 'BLANGKO_KIA')).minimum]).toEqual([2000, 500]);
    expect((await figures('15.01', 'FILM')).minimum).toBe(5);
    expect((await figures('15.01', 'RIBBON')).status).toBe('OUT');
    await setMinimum(KADIS_JAMBI, '15.01', 8, h, 'RIBBON');
    expect((await figures('15.01', 'RIBBON')).minimum).toBe(8);
    expect((await figures('15.01')).minimum).toBe(2000);
    expect((await figures('15.01', 'FILM')).minimum).toBe(5);
  });

  it('balances are per item: rolls of ribbon leave the e-KTP blanks as they were', async () => {
    await rec(OP_KOTA_JAMBI, '15.71', { type: 'RECEIPT', quantity: 3000 });
    const r = await rec(OP_KOTA_JAMBI, '15.71', { type: 'RECEIPT', item: 'RIBBON', quantity: 3, reference: 'PB/1' });
    expect(r.status).toBe(201);
    expect(r.body.onHand).toBe(3);
    expect(r.body.movement).toMatchObject({ item: 'RIBBON', type: 'RECEIPT', quantity: 3, delta: 3 });
    const p = await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', item: 'RIBBON', quantity: 1 });
    expect(p.body.onHand).toBe(2);
    expect([await balance('15.71', 'RIBBON'), await balance('15.71', 'BLANGKO_KTP_EL')]).toEqual([2, 3000]);
    expect(await sums('15.71', 'RIBBON')).toEqual([2, 2]);
    expect(await figures('15.71', 'RIBBON')).toMatchObject({
      onHand: 2,
      minimum: 5,
      status: 'BELOW_MINIMUM',
      avgDailyUse: 1 / 30,
      daysOfCover: 60,
      projectedStockoutDate: '2027-01-19',
    });
    expect(await figures('15.71')).toMatchObject({ onHand: 3000, minimum: 2000, status: 'OK', avgDailyUse: 0 });

    const ribbons = await getLedger(OP_KOTA_JAMBI, '15.71', { limit: 10, item: 'RIBBON' }, h);
    // the running balance is the ribbons' own (not the 3,000 blanks of the same office)
    expect([ribbons.onHand, ribbons.items.map((m) => [m.type, m.delta, m.balanceAfter])]).toEqual([
      2,
      [
        ['PRINTED', -1, 2],
        ['RECEIPT', 3, 3],
      ],
    ]);
    expect((await getLedger(OP_KOTA_JAMBI, '15.71', { limit: 10 }, h)).items.map((m) => m.item)).toEqual([
      'BLANGKO_KTP_EL',
    ]);
    const province = await getProvinceStock(KADIS_JAMBI, { province: '15', item: 'RIBBON' }, h, NOW);
    expect(province.item.code).toBe('RIBBON');
    expect(province.regencies.find((x) => x.regencyCode === '15.71')?.onHand).toBe(2);
    expect(province.summary.onHand).toBe(2);
    expect((await getProvinceStock(KADIS_JAMBI, { province: '15' }, h, NOW)).summary.onHand).toBe(3000);
  });

  it('a draw beyond an item balance is 409 in its unit and writes nothing, whatever the other items hold', async () => {
    const before = await sums('15.71', 'RIBBON');
    const e = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', item: 'RIBBON', quantity: 3 }));
    expect(e.status).toBe(409);
    expect(e.msg.id).toBe('Stok tidak cukup: saldo 2 roll, diminta 3 roll. Tidak ada yang dicatat.');
    expect(e.msg.en).toBe('Not enough stock: the balance is 2 rolls and 3 were asked. Nothing was recorded.');
    const kia = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'SPOILED', item: 'BLANGKO_KIA', quantity: 1 }));
    expect(kia.msg.id).toBe('Stok tidak cukup: saldo 0 keping, diminta 1 keping. Tidak ada yang dicatat.');
    const film = await refusal(
      rec(OP_KOTA_JAMBI, '15.71', { type: 'TRANSFER', item: 'FILM', quantity: 1, counterpartCode: '15.01' }),
    );
    expect(film.status).toBe(409);
    expect(await sums('15.71', 'RIBBON')).toEqual(before);
    expect(await balance('15.71', 'BLANGKO_KTP_EL')).toBe(3000);
  });

  it('item=unknown is 422 on every stock function, and nothing is written', async () => {
    const n = () => rowCount(h, 'stock_movements');
    const before = await n();
    const bad: (() => Promise<unknown>)[] = [
      () => rec(OP_KOTA_JAMBI, '15.71', { type: 'RECEIPT', item: 'TONER', quantity: 1 }),
      () => getProvinceStock(KADIS_JAMBI, { province: '15', item: 'TONER' }, h, NOW),
      () => getLocationStock(OP_KOTA_JAMBI, '15.71', undefined, h, NOW, 90, 'ribbon'),
      () => getLedger(OP_KOTA_JAMBI, '15.71', { limit: 10, item: 'TONER' }, h),
      () => setMinimum(KADIS_JAMBI, '15.71', 3, h, 'TONER'),
      () => planProvinceAllocation(KADIS_JAMBI, '15', 10, h, NOW, 'TONER'),
      () => getRebalancing(KADIS_JAMBI, '15', h, NOW, 'TONER'),
      () =>
        confirmAllocation(
          KADIS_JAMBI,
          '15',
          { reference: 'X', receive: true, item: 'TONER', lines: [{ regencyCode: '15.71', quantity: 1 }] },
          { handle: h, now: NOW },
        ),
    ];
    for (const call of bad) {
      const e = await refusal(call());
      expect([e.status, e.fields?.item?.en]).toEqual([422, 'Unknown item.']);
    }
    // scope first: a caller outside it learns nothing about the item
    expect((await refusal(rec(OP_KOTA_JAMBI, '15.01', { type: 'RECEIPT', item: 'TONER', quantity: 1 }))).status).toBe(
      403,
    );
    expect(await n()).toBe(before);
  });

  it('a reversal stays within its item; transfers and allocations move the item asked', async () => {
    const p = await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', item: 'RIBBON', quantity: 1 });
    const wrong = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'REVERSAL', reversesId: p.body.movement.id }));
    expect([wrong.status, Object.keys(wrong.fields ?? {})]).toEqual([422, ['reversesId']]);
    const back = await rec(OP_KOTA_JAMBI, '15.71', {
      type: 'REVERSAL',
      item: 'RIBBON',
      reversesId: p.body.movement.id,
    });
    expect(back.body.onHand).toBe(2);

    await rec(OP_KOTA_JAMBI, '15.71', { type: 'RECEIPT', item: 'FILM', quantity: 10 });
    const t = await rec(OP_KOTA_JAMBI, '15.71', {
      type: 'TRANSFER',
      item: 'FILM',
      quantity: 4,
      counterpartCode: '15.01',
    });
    expect(t.body.onHand).toBe(6);
    expect([await balance('15.01', 'FILM'), await balance('15.01', 'BLANGKO_KTP_EL')]).toEqual([4, 0]);

    const plan = await planProvinceAllocation(KADIS_JAMBI, '15', 1100, h, NOW, 'BLANGKO_KIA');
    expect(plan.item).toBe('BLANGKO_KIA');
    expect(plan.lines.reduce((s, l) => s + l.quantity, 0)).toBe(1100);
    // 11 regencies without KIA blanks: each is short of its 500, so 1,100 is split evenly
    expect(plan.lines.map((l) => l.quantity)).toEqual(Array(11).fill(100));
    const done = await confirmAllocation(
      KADIS_JAMBI,
      '15',
      {
        reference: 'BAST/KIA/1',
        receive: true,
        item: 'BLANGKO_KIA',
        lines: plan.lines.map((l) => ({ regencyCode: l.regencyCode, quantity: l.quantity })),
      },
      { handle: h, now: NOW },
    );
    expect(done.status).toBe(201);
    expect([await balance('15.71', 'BLANGKO_KIA'), await balance('15', 'BLANGKO_KIA')]).toEqual([100, 0]);
    expect(await balance('15', 'BLANGKO_KTP_EL')).toBe(0);
    expect(await balance('15.71', 'BLANGKO_KTP_EL')).toBe(3000);
    for (const c of ['15', '15.71', '15.01'])
      for (const i of ['BLANGKO_KIA', 'FILM', 'RIBBON']) {
        const [m, d] = await sums(c, i);
        expect([c, i, m, d]).toEqual([c, i, await balance(c, i), await balance(c, i)]);
      }
    expect((await getRebalancing(KADIS_JAMBI, '15', h, NOW, 'FILM')).item.code).toBe('FILM');
  });

  it('an opname import with an item column counts that item', async () => {
    const csv =
      'regencyCode,countedOnHand,occurredOn,note,item\n15.71,7,2026-11-20,Opname ribbon,RIBBON\n15.71,2990,2026-11-20,Opname,\n';
    const res = await commitImport(ADMIN, { kind: 'opname', csv }, h, NOW);
    expect(res).toMatchObject({ kind: 'opname' });
    expect([await balance('15.71', 'RIBBON'), await balance('15.71', 'BLANGKO_KTP_EL')]).toEqual([7, 2990]);
  });

  it("the monthly report lists every item's month-end balance; its other figures stay on e-KTP blanks", async () => {
    const report = await getMonthlyReport(ADMIN, { scope: '15.71', month: '2026-11' }, h, NOW);
    expect(report.stock.items.map((i) => [i.item, i.onHand, i.unit.id])).toEqual([
      ['BLANGKO_KTP_EL', 2990, 'keping'],
      ['BLANGKO_KIA', 100, 'keping'],
      ['RIBBON', 7, 'roll'],
      ['FILM', 6, 'roll'],
    ]);
    expect(report.stock.onHand).toBe(2990);
    expect(report.movements.map((m) => [m.type, m.count])).toEqual([
      ['ADJUSTMENT', 1],
      ['RECEIPT', 1],
    ]);
  });

  it('200 concurrent draws of 1 roll against 100: exactly 100 succeed, 100 are 409, balance 0', async () => {
    await rec(ADMIN, '15.02', { type: 'RECEIPT', item: 'RIBBON', quantity: 100 });
    await rec(ADMIN, '15.02', { type: 'RECEIPT', quantity: 50 });
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () => rec(ADMIN, '15.02', { type: 'PRINTED', item: 'RIBBON', quantity: 1 })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const conflicts = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof ApiError && r.reason.status === 409,
    ).length;
    expect([ok, conflicts]).toEqual([100, 100]);
    expect(await balance('15.02', 'RIBBON')).toBe(0);
    expect(await sums('15.02', 'RIBBON')).toEqual([0, 0]);
    expect(await balance('15.02', 'BLANGKO_KTP_EL')).toBe(50);
  }, 300_000);
});
