import { beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { seedBase } from '@/lib/demo/seed';
import { openDb, type DbHandle } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { actor, KIOSK_KOTA_JAMBI, LOKET_KOTA_JAMBI, OP_KOTA_JAMBI, OP_OKI } from '@/tests/actors';
import { ApiError } from '@/lib/api/errors';
import { createCounter, createOffice, updateOffice } from './offices';
import { callNext, issueTicket } from './tickets';
import { QueueHub, type Subscriber } from './live';
import type { OfficeQueue } from './board';
import { officeQueueAnswer, queueAnswer } from './poll';

/** A subscriber that parses the SSE frames it is sent. */
function collector() {
  const dec = new TextDecoder();
  const states: { id: string; at: number; data: OfficeQueue }[] = [];
  let heartbeats = 0;
  const sub: Subscriber = {
    send(chunk) {
      const text = dec.decode(chunk);
      if (text.startsWith(':')) heartbeats++;
      const id = /^id: (.*)$/m.exec(text)?.[1];
      const data = /^data: (.*)$/m.exec(text)?.[1];
      if (id && data) states.push({ id, at: performance.now(), data: JSON.parse(data) as OfficeQueue });
    },
    close() {},
  };
  return { sub, states, heartbeats: () => heartbeats };
}

async function until(cond: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(DB_KINDS)('live queue on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  let jambi: number;
  let loket1: number;
  let kiosk: Actor;
  let op1: Actor;
  /** A new office in Kota Jambi, made by its officer (open all day unless told); returns its id. */
  const kotaJambiOffice = async (name: string, kind: 'DINAS' | 'KECAMATAN', opensAt = '00:00', closesAt = '23:59') =>
    (await createOffice(OP_KOTA_JAMBI, { regencyCode: '15.71', name, kind, opensAt, closesAt }, h)).id;

  beforeAll(async () => {
    jambi = await kotaJambiOffice('Disdukcapil Kota Jambi', 'DINAS');
    loket1 = (await createCounter(OP_KOTA_JAMBI, jambi, { name: 'Loket 1', services: ['IKD'] }, h)).id;
    kiosk = actor(KIOSK_KOTA_JAMBI, { officeId: jambi });
    op1 = actor(LOKET_KOTA_JAMBI, { officeId: jambi, counterId: loket1 });
  });

  it('sends the new state of the office after an issue and a call, ids rising with the version', async () => {
    const hub = new QueueHub(h, { pgUrl: h.url, heartbeatMs: 200 });
    await hub.start();
    try {
      const c = collector();
      hub.subscribeOffice(jambi, c.sub);
      const issued = await issueTicket(kiosk, jambi, { service: 'IKD' }, { handle: h });
      await until(() => c.states.some((s) => s.data.office.waiting === 1));
      await callNext(op1, loket1, {}, { handle: h });
      await until(() => c.states.some((s) => s.data.lastCalls[0]?.number === issued.body.number));
      const last = c.states[c.states.length - 1];
      expect(last.data.office.waiting).toBe(0);
      expect(last.data.office.counters[0].current?.number).toBe(issued.body.number);
      expect(c.states.map((s) => Number(s.id))).toEqual([...c.states.map((s) => Number(s.id))].sort((a, b) => a - b));
      expect(Number(last.id)).toBe(last.data.version);
      await until(() => c.heartbeats() >= 1, 1_000);
    } finally {
      await hub.stop();
    }
  });

  it('does not tell other offices’ screens', async () => {
    const other = await kotaJambiOffice('Kantor Kecamatan Telanaipura', 'KECAMATAN');
    const hub = new QueueHub(h, { pgUrl: h.url });
    await hub.start();
    try {
      const c = collector();
      hub.subscribeOffice(other, c.sub);
      await issueTicket(kiosk, jambi, { service: 'IKD' }, { handle: h });
      await updateOffice(OP_KOTA_JAMBI, jambi, { name: 'Disdukcapil Kota Jambi' }, h);
      await new Promise((r) => setTimeout(r, 300));
      expect(c.states).toHaveLength(0);
    } finally {
      await hub.stop();
    }
  });

  it('refuses numbers outside opening hours and past the daily quota (409), and estimates the wait', async () => {
    const hall = await kotaJambiOffice('Kantor Kecamatan Jambi Timur', 'KECAMATAN', '08:00', '15:00');
    await createCounter(OP_KOTA_JAMBI, hall, { name: 'Loket 1', services: ['AKTA'], capacity: 2 }, h);
    await createCounter(OP_KOTA_JAMBI, hall, { name: 'Loket 2', services: ['AKTA'], capacity: 1 }, h);
    const k = actor(kiosk, { officeId: hall });
    const at = (hhmmUtc: string) => ({ handle: h, now: new Date(`2026-11-20T${hhmmUtc}:00.000Z`) });
    // 00:59 UTC = 07:59 WIB: closed; 08:00 WIB: open
    const early = await issueTicket(k, hall, { service: 'AKTA' }, at('00:59')).catch((e: ApiError) => e);
    expect(early).toBeInstanceOf(ApiError);
    expect([(early as ApiError).status, (early as ApiError).msg.id]).toEqual([
      409,
      'Kantor ini melayani pukul 08:00–15:00 waktu setempat; nomor antrean hanya bisa diambil pada jam itu.',
    ]);
    const first = await issueTicket(k, hall, { service: 'AKTA' }, at('01:00'));
    // nobody ahead: 0 minutes; the next has 1 ahead × 5 min ÷ 2 open counters = 2.5 → 3
    expect([first.body.waitingBefore, first.body.estimatedWaitMin]).toEqual([0, 0]);
    const second = await issueTicket(k, hall, { service: 'AKTA' }, at('01:01'));
    expect([second.body.number, second.body.waitingBefore, second.body.estimatedWaitMin]).toEqual(['A-002', 1, 3]);
    await issueTicket(k, hall, { service: 'AKTA' }, at('01:02'));
    // the quota is the capacity of the open counters serving AKTA: 2 + 1 = 3
    const full = await issueTicket(k, hall, { service: 'AKTA' }, at('01:03')).catch((e: ApiError) => e);
    expect([(full as ApiError).status, (full as ApiError).msg.id]).toEqual([
      409,
      'Kuota hari ini habis: 3 nomor AKTA sudah diambil. Silakan datang lagi besok.',
    ]);
    // the office raises its own quota: one more number; back to the default (null): full again
    const raised = await updateOffice(OP_KOTA_JAMBI, hall, { quotas: { AKTA: 4 } }, h);
    expect(raised).toMatchObject({ quotas: { AKTA: 4 } });
    expect((await issueTicket(k, hall, { service: 'AKTA' }, at('01:04'))).body.number).toBe('A-004');
    const again = await issueTicket(k, hall, { service: 'AKTA' }, at('01:05')).catch((e: ApiError) => e.msg.id);
    expect(again).toBe('Kuota hari ini habis: 4 nomor AKTA sudah diambil. Silakan datang lagi besok.');
    await updateOffice(OP_KOTA_JAMBI, hall, { quotas: { AKTA: null } }, h);
    expect(await issueTicket(k, hall, { service: 'AKTA' }, at('01:06')).catch((e: ApiError) => e.status)).toBe(409);
    expect(await updateOffice(OP_KOTA_JAMBI, hall, { quotas: { AKTA: -1 } }, h).catch((e: ApiError) => e.status)).toBe(
      422,
    );
    expect(await updateOffice(OP_KOTA_JAMBI, hall, { quotas: { XYZ: 3 } }, h).catch((e: ApiError) => e.status)).toBe(
      422,
    );
    // the next day starts a new quota; 14:59 WIB is still open, 15:00 WIB is closing time
    const next = (iso: string) => ({ handle: h, now: new Date(`2026-11-21T${iso}:00.000Z`) });
    expect((await issueTicket(k, hall, { service: 'AKTA' }, next('07:59'))).body.number).toBe('A-001');
    const late = await issueTicket(k, hall, { service: 'AKTA' }, next('08:00')).catch((e: ApiError) => e.status);
    expect(late).toBe(409);
  });

  it('answers the polls with an ETag and 304 until the queue changes', async () => {
    const t0 = new Date();
    const first = await officeQueueAnswer(kiosk, jambi, null, t0, h);
    const tag = first.headers.get('ETag') ?? '';
    expect([first.status, tag]).toEqual([200, expect.stringMatching(/^W\/"o\d+-\d+-/)]);
    expect((await officeQueueAnswer(kiosk, jambi, tag, t0, h)).status).toBe(304);
    const scope = await queueAnswer(OP_KOTA_JAMBI, { scope: '15.71', limit: 50 }, null, t0, h);
    const scopeTag = scope.headers.get('ETag') ?? '';
    expect(scope.status).toBe(200);
    expect((await queueAnswer(OP_KOTA_JAMBI, { scope: '15.71', limit: 50 }, scopeTag, t0, h)).status).toBe(304);
    await issueTicket(kiosk, jambi, { service: 'IKD' }, { handle: h, now: t0 });
    expect((await officeQueueAnswer(kiosk, jambi, tag, t0, h)).status).toBe(200);
    expect((await queueAnswer(OP_KOTA_JAMBI, { scope: '15.71', limit: 50 }, scopeTag, t0, h)).status).toBe(200);
    // outside the caller's scope it is 403, whatever the tag
    await expect(queueAnswer(OP_OKI, { scope: '15.71' }, scopeTag, t0, h)).rejects.toMatchObject({ status: 403 });
  });

  it.runIf(kind === 'postgres')(
    'delivers a call made through one instance to a screen on another within 1 s (LISTEN/NOTIFY)',
    async () => {
      // instance B: its own pool and its own listening connection on the same database
      const other: DbHandle = await openDb(h.url);
      const loket2 = (await createCounter(OP_KOTA_JAMBI, jambi, { name: 'Loket 2', services: ['IKD'] }, h)).id;
      const op2 = actor(op1, { id: 12, username: 'loket2', counterId: loket2 });
      const hubA = new QueueHub(h, { pgUrl: h.url });
      const hubB = new QueueHub(other, { pgUrl: h.url });
      await hubA.start();
      await hubB.start();
      try {
        const board = collector();
        hubB.subscribeOffice(jambi, board.sub);
        await issueTicket(kiosk, jambi, { service: 'IKD' }, { handle: h });
        await until(() => board.states.some((s) => s.data.office.waitingByService.IKD >= 1));
        const started = performance.now();
        const called = await callNext(op2, loket2, {}, { handle: h });
        await until(() => board.states.some((s) => s.data.lastCalls[0]?.number === called.number), 1_000);
        const seen = board.states.find((s) => s.data.lastCalls[0]?.number === called.number);
        expect(seen && seen.at - started).toBeLessThan(1_000);
      } finally {
        await hubA.stop();
        await hubB.stop();
        await other.close();
      }
    },
  );
});
