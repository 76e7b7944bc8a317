import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { baseWithWajibKtp } from '@/tests/ikd';
import { ledgerSumOf, onHandOf } from '@/tests/reads';
import { movementRecorder } from '@/tests/stock';
import { ApiError } from '@/lib/api/errors';
import type { Actor } from '@/lib/auth/permissions';
import { confirmAllocation } from '@/lib/stock/movements';
import { planIkdCampaign, recordIkdCampaignResult, replaceIkdDay, setIkdPopulation } from '@/lib/ikd/writes';
import { commitImport } from '@/lib/imports/imports';
import { ADMIN, KADIS_JAMBI, KADIS_SUMSEL, OP_BATANGHARI, OP_KOTA_JAMBI } from '@/tests/actors';
import { listPeriods, transitionPeriod } from './periods';
import { refusal } from '@/tests/errors';

/** 12:00 WIB on 20 November 2026: October has ended in Jambi, November has not. */
const NOW = new Date('2026-11-20T05:00:00Z');

describe.each(DB_KINDS)('month close on %s', (kind) => {
  const h = useFreshDb(kind, baseWithWajibKtp(NOW, { '15.71': 400_000, '15.04': 400_000 }));
  const put = (actor: Actor, code: string, month: string, body: unknown) =>
    transitionPeriod(actor, code, month, body, h, NOW);
  const rec = movementRecorder(h, NOW, '2026-11-02');
  const ledgerSum = (code: string) => ledgerSumOf(h, code);
  const balance = (code: string) => onHandOf(h, code);

  beforeAll(async () => {
    await rec(ADMIN, '15', { type: 'RECEIPT', quantity: 50_000, occurredOn: '2026-10-01' });
    await rec(ADMIN, '15.71', { type: 'RECEIPT', quantity: 10_000, occurredOn: '2026-10-01' });
    await rec(ADMIN, '15.04', { type: 'RECEIPT', quantity: 10_000, occurredOn: '2026-10-01' });
    await planIkdCampaign(
      OP_KOTA_JAMBI,
      '15.71',
      { day: '2026-10-20', place: 'SMA 1', segment: 'GURU', planned: 50 },
      null,
      h,
      NOW,
    );
  });

  it('moves a month OPEN → SUBMITTED → APPROVED → OPEN, refusing wrong transitions, roles and scopes', async () => {
    expect((await refusal(put(OP_KOTA_JAMBI, '15.71', '2026-11', { action: 'submit' }))).status).toBe(409); // not ended
    expect((await refusal(put(KADIS_JAMBI, '15.71', '2026-10', { action: 'approve' }))).status).toBe(409); // OPEN
    expect((await refusal(put(KADIS_JAMBI, '15.71', '2026-10', { action: 'submit' }))).status).toBe(403); // head
    expect((await refusal(put(OP_BATANGHARI, '15.71', '2026-10', { action: 'submit' }))).status).toBe(403); // foreign
    expect((await refusal(put(OP_KOTA_JAMBI, '15.71', '2026-10', { action: 'close' }))).status).toBe(422);

    const submitted = await put(OP_KOTA_JAMBI, '15.71', '2026-10', { action: 'submit' });
    expect(submitted).toMatchObject({ regencyCode: '15.71', month: '2026-10', state: 'SUBMITTED', by: 'Admin' });
    expect((await refusal(put(OP_KOTA_JAMBI, '15.71', '2026-10', { action: 'submit' }))).status).toBe(409);
    expect((await refusal(put(OP_KOTA_JAMBI, '15.71', '2026-10', { action: 'approve' }))).status).toBe(403);
    expect((await refusal(put(KADIS_SUMSEL, '15.71', '2026-10', { action: 'approve' }))).status).toBe(403);

    const approved = await put(KADIS_JAMBI, '15.71', '2026-10', { action: 'approve' });
    expect(approved.state).toBe('APPROVED');
    expect((await refusal(put(KADIS_JAMBI, '15.71', '2026-10', { action: 'approve' }))).status).toBe(409);
    const noReason = await refusal(put(KADIS_JAMBI, '15.71', '2026-10', { action: 'reopen', note: '  ' }));
    expect([noReason.status, Object.keys(noReason.fields ?? {})]).toEqual([422, ['note']]);
    const reopened = await put(KADIS_JAMBI, '15.71', '2026-10', { action: 'reopen', note: 'Koreksi stok opname' });
    expect(reopened.state).toBe('OPEN');

    const list = await listPeriods(KADIS_JAMBI, { scope: '15', month: '2026-10' }, h, NOW);
    expect(list.regencies).toHaveLength(11);
    expect(list.regencies.find((r) => r.regencyCode === '15.71')).toMatchObject({
      state: 'OPEN',
      note: 'Koreksi stok opname',
    });
    expect(list.regencies.filter((r) => r.state === 'OPEN')).toHaveLength(11);
    expect((await refusal(listPeriods(KADIS_SUMSEL, { scope: '15' }, h, NOW))).status).toBe(403);
    expect((await refusal(listPeriods(OP_KOTA_JAMBI, { scope: '15' }, h, NOW))).status).toBe(403);
    expect((await listPeriods(OP_KOTA_JAMBI, {}, h, NOW)).month).toBe('2026-10');

    const audits = await h.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('action', 'like', 'period.%')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['period.submit', 'period.approve', 'period.reopen']);
  });

  it('refuses every kind of write dated in a submitted or approved month with PERIOD_LOCKED, writing nothing', async () => {
    await put(OP_KOTA_JAMBI, '15.71', '2026-10', { action: 'submit' });
    const before = { kota: await balance('15.71'), prov: await balance('15'), batang: await balance('15.04') };
    const locked = async (p: Promise<unknown>) => {
      const e = await refusal(p);
      expect([e.status, e.code]).toEqual([409, 'PERIOD_LOCKED']);
      expect(e.msg.id).toContain('Oktober 2026');
      expect(e.msg.id).toContain('SUBMITTED');
      expect(e.msg.en).toContain('October 2026');
      return e;
    };
    const oct = { occurredOn: '2026-10-10' };
    await locked(rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 10, ...oct }));
    await locked(rec(OP_KOTA_JAMBI, '15.71', { type: 'RECEIPT', quantity: 10, ...oct }));
    await locked(rec(OP_KOTA_JAMBI, '15.71', { type: 'ADJUSTMENT', countedOnHand: 9_000, note: 'opname', ...oct }));
    // both legs: a transfer into the locked regency, a distribution to it, an allocation line
    await locked(rec(OP_BATANGHARI, '15.04', { type: 'TRANSFER', quantity: 10, counterpartCode: '15.71', ...oct }));
    await locked(rec(KADIS_JAMBI, '15', { type: 'DISTRIBUTION', quantity: 10, counterpartCode: '15.71', ...oct }));
    await locked(
      confirmAllocation(
        KADIS_JAMBI,
        '15',
        {
          reference: 'ALOK-1',
          occurredOn: '2026-10-10',
          lines: [
            { regencyCode: '15.04', quantity: 5 },
            { regencyCode: '15.71', quantity: 5 },
          ],
        },
        { handle: h, now: NOW },
      ),
    );
    await locked(
      replaceIkdDay(
        OP_KOTA_JAMBI,
        '15.71',
        '2026-10-10',
        { counts: [{ segment: 'UMUM', channel: 'KANTOR', count: 5 }] },
        h,
        NOW,
      ),
    );
    await locked(setIkdPopulation(OP_KOTA_JAMBI, '15.71', { wajibKtp: 401_000, validFrom: '2026-10-01' }, h, NOW));
    await locked(
      planIkdCampaign(
        OP_KOTA_JAMBI,
        '15.71',
        { day: '2026-10-25', place: 'Pasar', segment: 'UMUM', planned: 10 },
        null,
        h,
        NOW,
      ),
    );
    const campaign = await h.db
      .selectFrom('ikd_campaigns')
      .select('id')
      .where('regency_code', '=', '15.71')
      .executeTakeFirstOrThrow();
    await locked(recordIkdCampaignResult(OP_KOTA_JAMBI, '15.71', String(campaign.id), { achieved: 40 }, h, NOW));
    await locked(
      commitImport(
        OP_KOTA_JAMBI,
        { kind: 'opname', csv: 'regencyCode,countedOnHand,occurredOn,note\r\n15.71,9000,2026-10-31,opname\r\n' },
        h,
        NOW,
      ),
    );
    await locked(
      commitImport(
        OP_KOTA_JAMBI,
        { kind: 'ikd', csv: 'regencyCode,day,segment,channel,count\r\n15.71,2026-10-09,UMUM,KANTOR,3\r\n' },
        h,
        NOW,
      ),
    );
    expect({ kota: await balance('15.71'), prov: await balance('15'), batang: await balance('15.04') }).toEqual(before);
    expect(await h.db.selectFrom('ikd_daily').select('day').where('regency_code', '=', '15.71').execute()).toEqual([]);

    // November stays open; a reversal dated in November of an October entry goes through
    await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 10, occurredOn: '2026-11-02' });
    const octReceipt = await h.db
      .selectFrom('stock_movements')
      .select('id')
      .where('location_code', '=', '15.04')
      .where('type', '=', 'RECEIPT')
      .executeTakeFirstOrThrow();
    await rec(OP_BATANGHARI, '15.04', {
      type: 'REVERSAL',
      reversesId: Number(octReceipt.id),
      occurredOn: '2026-11-02',
    });
    // approved says so; reopened lets the entry through
    await put(KADIS_JAMBI, '15.71', '2026-10', { action: 'approve' });
    const e = await refusal(rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 10, ...oct }));
    expect(e.msg.id).toContain('sudah disetujui (APPROVED)');
    await put(KADIS_JAMBI, '15.71', '2026-10', { action: 'reopen', note: 'Entri tertinggal' });
    const ok = await rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 10, ...oct });
    expect(ok.body.onHand).toBe(before.kota - 20);
  });

  it('a write racing a submit: either lands before the submit or is refused; the ledger stays the sum', async () => {
    for (let round = 0; round < 4; round++) {
      const writes = Array.from({ length: 4 }, () =>
        rec(OP_KOTA_JAMBI, '15.71', { type: 'PRINTED', quantity: 1, occurredOn: '2026-10-15' }).then(
          () => 'written' as const,
          (e: ApiError) => e.code,
        ),
      );
      const [submit, ...results] = await Promise.all([
        put(OP_KOTA_JAMBI, '15.71', '2026-10', { action: 'submit' }),
        ...writes,
      ]);
      expect(results.every((r) => r === 'written' || r === 'PERIOD_LOCKED')).toBe(true);
      const late = await h.db
        .selectFrom('stock_movements')
        .select('id')
        .where('location_code', '=', '15.71')
        .where('occurred_on', '>=', '2026-10-01')
        .where('occurred_on', '<=', '2026-10-31')
        .where('created_at', '>', submit.at)
        .execute();
      expect(late).toEqual([]);
      expect(await balance('15.71')).toBe(await ledgerSum('15.71'));
      await put(KADIS_JAMBI, '15.71', '2026-10', { action: 'reopen', note: `ronde ${round}` });
    }
  });
});
