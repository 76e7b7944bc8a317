import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { auditEntries, rowCount } from '@/tests/reads';
import { refusal } from '@/tests/errors';
import { seedBase } from '@/lib/demo/seed';
import { ApiError } from '@/lib/api/errors';
import type { Actor } from '@/lib/auth/permissions';
import { createCounter, createOffice, listOffices, updateCounter, updateOffice } from './offices';
import { callNext, issueTicket, transitionTicket } from './tickets';
import { getQueue } from './figures';
import { getOfficeQueue } from './board';
import {
  actor,
  ADMIN,
  KADIS_JAMBI,
  KADIS_SUMSEL,
  KIOSK_KOTA_JAMBI,
  LOKET_KOTA_JAMBI,
  OP_KOTA_JAMBI,
  OP_OKI,
} from '@/tests/actors';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    if (e instanceof ApiError) return `${e.status}`;
    throw e;
  }
}

const at = (iso: string) => ({ now: new Date(iso) });

describe.each(DB_KINDS)('queue on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  let jambi: number; // Disdukcapil Kota Jambi (WIB)
  let makassar: number; // WITA
  let jayapura: number; // WIT
  let loket1: number; // IKD
  let loket2: number; // IKD, KK
  let loket3: number; // KK, closed
  let kiosk: Actor;
  let op1: Actor;
  let op2: Actor;
  let op3: Actor;

  beforeAll(async () => {
    const office = (regencyCode: string, name: string) =>
      createOffice(ADMIN, { regencyCode, name, kind: 'DINAS', opensAt: '00:00', closesAt: '23:59' }, h);
    jambi = (
      await createOffice(
        OP_KOTA_JAMBI,
        { regencyCode: '15.71', name: 'Disdukcapil Kota Jambi', kind: 'DINAS', opensAt: '00:00', closesAt: '23:59' },
        h,
      )
    ).id;
    makassar = (await office('73.71', 'Disdukcapil Kota Makassar')).id;
    jayapura = (await office('91.71', 'Disdukcapil Kota Jayapura')).id;
    loket1 = (await createCounter(OP_KOTA_JAMBI, jambi, { name: 'Loket 1', services: ['IKD'] }, h)).id;
    loket2 = (await createCounter(OP_KOTA_JAMBI, jambi, { name: 'Loket 2', services: ['KK', 'IKD'], capacity: 40 }, h))
      .id;
    loket3 = (await createCounter(OP_KOTA_JAMBI, jambi, { name: 'Loket 3', services: ['KK'], isOpen: false }, h)).id;
    for (const o of [makassar, jayapura]) await createCounter(ADMIN, o, { name: 'Loket 1', services: ['IKD'] }, h);
    kiosk = actor(KIOSK_KOTA_JAMBI, { officeId: jambi });
    op1 = actor(LOKET_KOTA_JAMBI, { officeId: jambi, counterId: loket1 });
    op2 = actor(op1, { id: 12, username: 'loket2', counterId: loket2 });
    op3 = actor(op1, { id: 13, username: 'loket3', counterId: loket3 });
  });

  it('creates counters with the default capacity of 60, open, services in a fixed order', async () => {
    const [o] = await listOffices(OP_KOTA_JAMBI, { scope: '15.71' }, h);
    expect(o.name).toBe('Disdukcapil Kota Jambi');
    expect(o.regencyName).toBe('Kota Jambi');
    expect(o.counters.map((c) => [c.name, c.services.join(','), c.capacity, c.isOpen])).toEqual([
      ['Loket 1', 'IKD', 60, true],
      ['Loket 2', 'IKD,KK', 40, true],
      ['Loket 3', 'KK', 60, false],
    ]);
  });

  const REPEAT = Number(process.env.PANTAU_REPEAT ?? 1);
  it(`issues 50 concurrent tickets, distinct and consecutive, on ${REPEAT} more day(s) (lost updates, issue 8)`, async () => {
    for (let round = 0; round < REPEAT; round++) {
      const day = `2026-10-${String(round + 1).padStart(2, '0')}`;
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          issueTicket(kiosk, jambi, { service: 'IKD' }, { handle: h, ...at(`${day}T02:00:00.000Z`) }),
        ),
      );
      const numbers = answers.map((a) => a.body.number).sort();
      expect([round, ...numbers]).toEqual([
        round,
        ...Array.from({ length: 50 }, (_, i) => `I-${String(i + 1).padStart(3, '0')}`),
      ]);
      await h.db.deleteFrom('tickets').where('office_id', '=', jambi).where('day', '=', day).execute();
    }
  }, 300_000);

  it('issues 50 concurrent tickets I-001 … I-050, distinct and consecutive', async () => {
    const now = '2026-11-18T02:00:00.000Z';
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => issueTicket(kiosk, jambi, { service: 'IKD' }, { handle: h, ...at(now) })),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const numbers = answers.map((a) => a.body.number).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `I-${String(i + 1).padStart(3, '0')}`));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(50);
    expect(answers[0].body).toMatchObject({ service: 'IKD', status: 'WAITING', issuedAt: now });
    const seq = await h.db
      .selectFrom('ticket_sequences')
      .selectAll()
      .where('office_id', '=', jambi)
      .where('day', '=', '2026-11-18')
      .execute();
    expect(seq.map((s) => [s.service, Number(s.last_number)])).toEqual([['IKD', 50]]);
  });

  it('answers a retried issue (same Idempotency-Key) with the first ticket and no new number', async () => {
    const opts = { handle: h, idempotencyKey: 'kiosk-tap-0001', ...at('2026-11-17T02:00:00.000Z') };
    const first = await issueTicket(kiosk, jambi, { service: 'KK' }, opts);
    const again = await issueTicket(kiosk, jambi, { service: 'KK' }, opts);
    expect([first.status, first.replayed, first.body.number]).toEqual([201, false, 'F-001']);
    expect([again.status, again.replayed, again.body.id]).toEqual([201, true, first.body.id]);
    const n = await h.db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('day', '=', '2026-11-17')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it('restarts the numbers at local midnight in WIB, WITA and WIT', async () => {
    const issue = (office: number, iso: string) =>
      issueTicket(ADMIN, office, { service: 'IKD' }, { handle: h, ...at(iso) }).then((r) => [
        r.body.day,
        r.body.number,
      ]);
    // WIB midnight is 17:00 UTC
    expect(await issue(jambi, '2026-11-20T16:59:59.000Z')).toEqual(['2026-11-20', 'I-001']);
    expect(await issue(jambi, '2026-11-20T16:59:59.500Z')).toEqual(['2026-11-20', 'I-002']);
    expect(await issue(jambi, '2026-11-20T17:00:00.000Z')).toEqual(['2026-11-21', 'I-001']);
    // WITA midnight is 16:00 UTC
    expect(await issue(makassar, '2026-11-20T15:59:00.000Z')).toEqual(['2026-11-20', 'I-001']);
    expect(await issue(makassar, '2026-11-20T16:00:00.000Z')).toEqual(['2026-11-21', 'I-001']);
    // WIT midnight is 15:00 UTC: at 15:30 UTC Jayapura is on the 21st while Jambi is still on the 20th
    expect(await issue(jayapura, '2026-11-20T14:59:00.000Z')).toEqual(['2026-11-20', 'I-001']);
    expect(await issue(jayapura, '2026-11-20T15:30:00.000Z')).toEqual(['2026-11-21', 'I-001']);
    expect(await issue(jambi, '2026-11-20T15:30:00.000Z')).toEqual(['2026-11-20', 'I-003']);
  });

  describe('a morning at the Kota Jambi office (19 Nov 2026, WIB = UTC+7)', () => {
    const T = (hhmm: string) => `2026-11-19T${hhmm}:00.000Z`; // UTC wall clock
    const ids: Record<string, number> = {};

    it('calls the oldest waiting ticket of the counter services; two counters never share one', async () => {
      // 01:00 UTC = 08:00 WIB
      ids.i1 = (await issueTicket(kiosk, jambi, { service: 'IKD' }, { handle: h, ...at(T('01:00')) })).body.id;
      ids.f1 = (await issueTicket(kiosk, jambi, { service: 'KK' }, { handle: h, ...at(T('01:01')) })).body.id;
      ids.i2 = (await issueTicket(kiosk, jambi, { service: 'IKD' }, { handle: h, ...at(T('01:02')) })).body.id;
      const f2 = await issueTicket(kiosk, jambi, { service: 'KK' }, { handle: h, ...at(T('01:03')) });
      ids.f2 = f2.body.id;
      expect(f2.body).toMatchObject({ number: 'F-002', waitingBefore: 1 });
      // Loket 1 (IKD) takes the oldest IKD; Loket 2 (IKD, KK) then the oldest of both: F-001 (08:01)
      const b = await callNext(op1, loket1, {}, { handle: h, ...at(T('01:05')) });
      const a = await callNext(op2, loket2, {}, { handle: h, ...at(T('01:05')) });
      expect([b.number, a.number]).toEqual(['I-001', 'F-001']);
      expect(a).toMatchObject({ status: 'CALLED', counterId: loket2, calledAt: T('01:05') });
    });

    it('many counters calling at once get distinct tickets', async () => {
      const extra = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          createCounter(OP_KOTA_JAMBI, jambi, { name: `Loket X${i}`, services: ['AKTA'] }, h),
        ),
      );
      for (let i = 0; i < 4; i++)
        await issueTicket(kiosk, jambi, { service: 'AKTA' }, { handle: h, ...at(T(`00:1${i}`)) });
      const results = await Promise.allSettled(
        extra.map((c) => callNext(actor(op1, { counterId: c.id }), c.id, {}, { handle: h, ...at(T('01:06')) })),
      );
      const called = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.number] : []));
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as ApiError).status] : []));
      expect(called.sort()).toEqual(['A-001', 'A-002', 'A-003', 'A-004']);
      expect(refused).toEqual([404, 404]);
      // close them again so they do not change the figures below
      for (const c of extra) {
        const t = await h.db.selectFrom('tickets').select('id').where('counter_id', '=', c.id).executeTakeFirst();
        if (t)
          await transitionTicket(
            actor(op1, { counterId: c.id }),
            Number(t.id),
            'no-show',
            {},
            { handle: h, ...at(T('01:07')) },
          );
        await updateCounter(OP_KOTA_JAMBI, c.id, { isOpen: false }, h);
      }
    });

    it('refuses wrong transitions with 409 and a clear message, changing nothing', async () => {
      const before = await rowCount(h, 'audit_log');
      // done on a waiting ticket
      const e = await refusal(transitionTicket(op1, ids.i2, 'done', {}, { handle: h, ...at(T('01:06')) }));
      expect(e.status).toBe(409);
      expect(e.msg.id).toBe(
        'Tiket I-002 berstatus menunggu, jadi tidak bisa diselesaikan; hanya tiket yang sedang dipanggil yang bisa.',
      );
      expect(e.msg.en).toBe('Ticket I-002 is waiting, so it cannot be finished; only a called ticket can.');
      // calling from a closed counter
      const closed = await refusal(callNext(op3, loket3, {}, { handle: h, ...at(T('01:06')) }));
      expect(closed.status).toBe(409);
      expect(closed.msg.id).toBe('Loket 3 sedang tutup; buka loket dulu sebelum memanggil.');
      // calling while the current ticket is not finished
      const busy = await refusal(callNext(op1, loket1, {}, { handle: h, ...at(T('01:06')) }));
      expect(busy.status).toBe(409);
      expect(busy.msg.en).toBe('Ticket I-001 is still being served at Loket 1; finish it or mark it a no-show first.');
      const t = await h.db.selectFrom('tickets').selectAll().where('id', '=', ids.i2).executeTakeFirstOrThrow();
      expect([t.status, t.called_at, t.counter_id]).toEqual(['WAITING', null, null]);
      expect(await rowCount(h, 'audit_log')).toBe(before);
    });

    it('lets an operator act only on their own counter and a kiosk only issue in its office', async () => {
      expect(await code(callNext(op1, loket2, {}, { handle: h }))).toBe('403');
      expect(await code(transitionTicket(op1, ids.f1, 'done', {}, { handle: h }))).toBe('403');
      expect(await code(callNext(kiosk, loket1, {}, { handle: h }))).toBe('403');
      expect(await code(issueTicket(op1, jambi, { service: 'IKD' }, { handle: h }))).toBe('403');
      expect(await code(issueTicket(kiosk, makassar, { service: 'IKD' }, { handle: h }))).toBe('403');
      expect(await code(issueTicket(kiosk, jambi, { service: 'XYZ' }, { handle: h }))).toBe('422');
      expect(await code(issueTicket(kiosk, jambi, {}, { handle: h }))).toBe('422');
      // no open counter serves AKTA any more
      expect(await code(issueTicket(kiosk, jambi, { service: 'AKTA' }, { handle: h }))).toBe('409');
      const foreignOp = actor(op1, { officeId: makassar, counterId: 999 });
      expect(await code(transitionTicket(foreignOp, ids.i2, 'done', {}, { handle: h }))).toBe('403');
      expect(await code(transitionTicket(op1, 987654, 'done', {}, { handle: h }))).toBe('404');
      expect(await code(transitionTicket(kiosk, ids.i1, 'done', {}, { handle: h }))).toBe('403');
    });

    it('lets officers manage only their regency offices and counters', async () => {
      expect(
        await code(
          createOffice(
            OP_OKI,
            { regencyCode: '15.71', name: 'X', kind: 'DINAS', opensAt: '08:00', closesAt: '15:00' },
            h,
          ),
        ),
      ).toBe('403');
      expect(await code(createOffice(OP_OKI, { regencyCode: '15.71' }, h))).toBe('403');
      expect(await code(createOffice(OP_OKI, {}, h))).toBe('422');
      expect(await code(createOffice(KADIS_JAMBI, {}, h))).toBe('403');
      expect(
        await code(
          createOffice(
            OP_KOTA_JAMBI,
            { regencyCode: '15.71', name: 'X', kind: 'DINAS', opensAt: '15:00', closesAt: '08:00' },
            h,
          ),
        ),
      ).toBe('422');
      expect(await code(createCounter(OP_OKI, jambi, { name: 'Loket 9', services: ['IKD'] }, h))).toBe('403');
      expect(await code(createCounter(OP_KOTA_JAMBI, jambi, { name: 'Loket 9', services: [] }, h))).toBe('422');
      expect(await code(updateCounter(OP_OKI, loket1, { isOpen: false }, h))).toBe('403');
      expect(await code(updateOffice(OP_OKI, jambi, { name: 'X' }, h))).toBe('403');
      expect(await code(updateOffice(OP_KOTA_JAMBI, jambi, {}, h))).toBe('422');
      const o = await updateOffice(OP_KOTA_JAMBI, jambi, { closesAt: '16:30' }, h);
      expect(o).toMatchObject({ opensAt: '00:00', closesAt: '16:30', name: 'Disdukcapil Kota Jambi' });
      const audits = await auditEntries(h, 'office.update');
      expect(JSON.parse(audits[0].before_json ?? '{}').closesAt).toBe('23:59');
      expect(JSON.parse(audits[0].after_json ?? '{}').closesAt).toBe('16:30');
      await updateOffice(OP_KOTA_JAMBI, jambi, { closesAt: '23:59' }, h); // the tests after this one issue at any hour
      // the office's own quotas are listed with it (the /kantor form edits them); null goes back to capacity
      await updateOffice(OP_KOTA_JAMBI, jambi, { quotas: { KK: 40, AKTA: 7 } }, h);
      const listed = async () =>
        (await listOffices(OP_KOTA_JAMBI, { scope: '15.71' }, h)).find((x) => x.id === jambi)?.quotas;
      expect(await listed()).toEqual({ KK: 40, AKTA: 7 });
      await updateOffice(OP_KOTA_JAMBI, jambi, { quotas: { KK: null, AKTA: null } }, h);
      expect(await listed()).toEqual({});
    });

    it('recalls, finishes, marks no-shows and transfers keeping the place by issue time', async () => {
      // Loket 1 holds I-001 (called 08:05), Loket 2 holds F-001 (called 08:05)
      const recalled = await transitionTicket(op1, ids.i1, 'recall', {}, { handle: h, ...at(T('01:07')) });
      expect(recalled).toMatchObject({ status: 'CALLED', calledAt: T('01:05') });
      const board = await getOfficeQueue(op1, jambi, h, new Date(T('01:07')));
      expect(board.lastCalls.map((c) => c.number)).toEqual(['I-001', 'A-004', 'A-003', 'A-002', 'A-001', 'F-001']);
      expect(board.lastCalls[0]).toMatchObject({ counterName: 'Loket 1', calledAt: T('01:07') });
      const done = await transitionTicket(op1, ids.i1, 'done', {}, { handle: h, ...at(T('01:15')) });
      expect(done).toMatchObject({ status: 'DONE', doneAt: T('01:15') });
      expect(await code(transitionTicket(op1, ids.i1, 'done', {}, { handle: h }))).toBe('409');
      // F-001 at Loket 2 turns out to need IKD: it goes to the IKD queue with a new number,
      // ahead of I-002 (issued 08:02) because it was issued at 08:01
      // no open counter serves AKTA any more: a transfer there is refused and changes nothing
      expect(await code(transitionTicket(op2, ids.f1, 'transfer', { service: 'AKTA' }, { handle: h }))).toBe('409');
      expect(await code(transitionTicket(op2, ids.f1, 'transfer', { service: 'KK' }, { handle: h }))).toBe('422');
      const moved = await transitionTicket(
        op2,
        ids.f1,
        'transfer',
        { service: 'IKD' },
        { handle: h, ...at(T('01:08')) },
      );
      expect(moved).toMatchObject({
        number: 'I-003',
        service: 'IKD',
        status: 'WAITING',
        issuedAt: T('01:01'),
        calledAt: null,
        counterId: null,
      });
      expect(await code(transitionTicket(op2, ids.f1, 'transfer', { service: 'IKD' }, { handle: h }))).toBe('409');
      const next = await callNext(op1, loket1, {}, { handle: h, ...at(T('01:20')) });
      expect(next.number).toBe('I-003');
      await transitionTicket(op1, next.id, 'done', {}, { handle: h, ...at(T('01:26')) });
      const n2 = await callNext(op2, loket2, { service: 'KK' }, { handle: h, ...at(T('01:20')) });
      expect(n2.number).toBe('F-002');
      await transitionTicket(op2, n2.id, 'no-show', {}, { handle: h, ...at(T('01:22')) });
      const n3 = await callNext(op2, loket2, {}, { handle: h, ...at(T('01:23')) });
      expect(n3.number).toBe('I-002');
      const none = await refusal(callNext(op1, loket1, {}, { handle: h, ...at(T('01:27')) }));
      expect([none.status, none.msg.id]).toEqual([404, 'Tidak ada tiket yang menunggu untuk Loket 1.']);
      const audit = await h.db.selectFrom('audit_log').select('action').where('action', 'like', 'ticket.%').execute();
      const count = (a: string) => audit.filter((x) => x.action === a).length;
      expect([count('ticket.recall'), count('ticket.transfer'), count('ticket.no-show')]).toEqual([1, 1, 5]);
    });

    it('computes the figures of SPEC §6 per counter and office with exact numbers', async () => {
      const q = await getQueue(OP_KOTA_JAMBI, { scope: '15.71', asOf: '2026-11-19' }, h, new Date(T('01:30')));
      expect(q.offices).toHaveLength(1);
      const o = q.offices[0];
      // issued: I-001, F-001→I-003, I-002, F-002, A-001..A-004 = 8 tickets
      expect(o).toMatchObject({
        day: '2026-11-19',
        issued: 8,
        waiting: 0,
        inService: 1,
        served: 2,
        noShows: 5,
        overloaded: false,
      });
      const l1 = o.counters.find((c) => c.id === loket1)!;
      // I-001: waited 5 min, served 10 min (08:05→08:15); I-003: issued 08:01, called 08:20 (19 min), served 6 min
      expect(l1).toMatchObject({
        served: 2,
        noShows: 0,
        capacity: 60,
        utilization: 3.3,
        avgWaitMin: 12,
        longestWaitMin: 19,
        avgServiceMin: 8,
        serviceLevel: 50,
        current: null,
      });
      const l2 = o.counters.find((c) => c.id === loket2)!;
      // F-002: issued 08:03, called 08:20 (17 min), no-show; I-002: issued 08:02, called 08:23 (21 min), in service
      expect(l2).toMatchObject({
        served: 0,
        noShows: 1,
        capacity: 40,
        utilization: 0,
        avgWaitMin: 19,
        longestWaitMin: 21,
        avgServiceMin: null,
        serviceLevel: 0,
      });
      expect(l2.current).toMatchObject({ number: 'I-002', service: 'IKD' });
      // open counters: Loket 1 (60 − 2) + Loket 2 (40 − 0 − 1 in service)
      expect(o.capacity).toBe(100);
      expect(o.remainingCapacity).toBe(97);
      // the A tickets waited 55–56 min (issued 07:10–07:13 WIB, called 08:06)
      expect(o.serviceLevel).toBe(12.5);
      expect(o.utilization).toBe(2);
      expect(q.totals).toMatchObject({ offices: 1, counters: 9, openCounters: 2, issued: 8, served: 2, noShows: 5 });
      expect(q.hourly).toEqual([
        { hour: 7, issued: 4, served: 0 },
        { hour: 8, issued: 4, served: 2 },
      ]);
    });

    it('puts overloaded offices first and keeps past days queryable with asOf', async () => {
      await updateCounter(OP_KOTA_JAMBI, loket1, { capacity: 3 }, h);
      await updateCounter(OP_KOTA_JAMBI, loket2, { capacity: 1 }, h);
      // more KK numbers than the open counters can serve: the office raised its quota (SPEC §13)
      await h.db
        .insertInto('office_service_quotas')
        .values({ office_id: jambi, service: 'KK', daily_quota: 500 })
        .execute();
      for (let i = 0; i < 3; i++) await issueTicket(kiosk, jambi, { service: 'KK' }, { handle: h, ...at(T('02:00')) });
      const q = await getQueue(ADMIN, { scope: 'national', asOf: '2026-11-19' }, h, new Date(T('02:30')));
      expect(q.offices.map((o) => o.name)[0]).toBe('Disdukcapil Kota Jambi');
      const o = q.offices[0];
      // remaining: Loket 1 3 − 2 = 1, Loket 2 max(0, 1 − 0 − 1) = 0; 3 waiting > 1
      expect([o.waiting, o.remainingCapacity, o.overloaded, o.longestWaitNowMin]).toEqual([3, 1, true, 30]);
      expect(q.totals.overloadedOffices).toBe(1);
      // the office list pages; totals and the hourly series still cover the whole scope
      const first = await getQueue(ADMIN, { scope: 'national', asOf: '2026-11-19', limit: 1 }, h, new Date(T('02:30')));
      expect(first.offices.map((o) => o.name)).toEqual(['Disdukcapil Kota Jambi']);
      expect(first.totals).toEqual(q.totals);
      expect(first.hourly).toEqual(q.hourly);
      expect(first.page).toEqual({ offset: 0, count: 1, total: q.offices.length, nextCursor: '1' });
      const rest = await getQueue(
        ADMIN,
        { scope: 'national', asOf: '2026-11-19', limit: 500, cursor: '1' },
        h,
        new Date(T('02:30')),
      );
      expect(rest.offices.map((o) => o.id)).toEqual(q.offices.slice(1).map((o) => o.id));
      expect(rest.page).toEqual({ offset: 1, count: q.offices.length - 1, total: q.offices.length, nextCursor: null });
      // the 18th: 50 tickets waiting from the concurrency test, none served
      const past = await getQueue(OP_KOTA_JAMBI, { scope: '15.71', asOf: '2026-11-18' }, h, new Date(T('02:30')));
      expect(past.offices[0]).toMatchObject({ day: '2026-11-18', issued: 50, waiting: 50, served: 0 });
      // the day's figures at the end of the 18th (not "now")
      // the 18th ended at 17:00 UTC; its tickets were issued at 02:00 UTC
      expect(past.offices[0].longestWaitNowMin).toBe(900);
    });

    it('lets heads read their province only and officers their regency only', async () => {
      expect(await code(getQueue(KADIS_JAMBI, { scope: '15' }, h))).toBe('OK');
      expect(await code(getQueue(KADIS_SUMSEL, { scope: '15' }, h))).toBe('403');
      expect(await code(getQueue(OP_KOTA_JAMBI, { scope: '15' }, h))).toBe('403');
      expect(await code(getQueue(OP_OKI, { scope: '15.71' }, h))).toBe('403');
      expect(await code(getQueue(kiosk, { scope: '15.71' }, h))).toBe('403');
      expect(await code(getOfficeQueue(kiosk, jambi, h))).toBe('OK');
      expect(await code(getOfficeQueue(kiosk, makassar, h))).toBe('403');
      expect(await code(listOffices(op1, {}, h))).toBe('403');
    });
  });
});
