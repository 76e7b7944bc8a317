/** Live queue screens (SPEC §13): one hub per instance fans the change feed (lib/queue/changes.ts)
 *  out to the open event streams. A change of an office is turned into its new state ONCE per
 *  instance and written to every stream of that office; a supervisor's scope gets at most one
 *  update a second. On PostgreSQL the hub holds ONE listening connection (LISTEN pantau_queue),
 *  whatever the number of screens; on SQLite it listens in process. The hub keeps only what it
 *  can rebuild from the database (no instance holds state another one needs). */
import type { Client } from 'pg';
import { getHandle, type DbHandle } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { localChanges, parseChange, QUEUE_CHANNEL, type QueueChange } from './changes';
import { loadOffice } from './office-row';
import { assertMayReadOffice, buildOfficeQueue } from './board';
import { getQueue } from './figures';

export const HEARTBEAT_MS = 15_000;
/** A stream ends after this long (the browser reconnects at once, with Last-Event-ID), so a
 *  signed-out or expired session stops receiving within minutes. */
const MAX_STREAM_MS = 10 * 60_000;
const SCOPE_MIN_INTERVAL_MS = 1_000;
/** A screen that reads slower than this many bytes behind is dropped (it reconnects). */
const MAX_BUFFERED = 1 << 20;

const enc = new TextEncoder();

export interface Subscriber {
  send(chunk: Uint8Array): void;
  close(): void;
}

interface ScopeGroup {
  scope: string;
  subs: Set<Subscriber>;
  compute: () => Promise<unknown>;
  timer: ReturnType<typeof setTimeout> | null;
  lastSentAt: number;
  seq: number;
}

export function frame(event: string, id: string | number, data: unknown): Uint8Array {
  return enc.encode(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function inScope(scope: string, regencyCode: string): boolean {
  return scope === 'national' || regencyCode === scope || regencyCode.startsWith(`${scope}.`);
}

export class QueueHub {
  private offices = new Map<number, Set<Subscriber>>();
  private scopes = new Map<string, ScopeGroup>();
  private lastSent = new Map<number, number>();
  private computing = new Map<number, { again: boolean }>();
  private regencyOf = new Map<number, string>();
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private pg: Client | null = null;
  private stopped = false;
  private readonly onLocal = (c: QueueChange) => this.changed(c);
  /** deliveries so far (the bench and the tests read it) */
  delivered = 0;

  constructor(
    private readonly h: DbHandle,
    private readonly opts: { pgUrl?: string; heartbeatMs?: number } = {},
  ) {}

  async start(): Promise<void> {
    if (this.h.kind === 'postgres' && this.opts.pgUrl) await this.listen();
    else localChanges().on('change', this.onLocal);
    this.heartbeat = setInterval(() => this.beat(), this.opts.heartbeatMs ?? HEARTBEAT_MS);
    this.heartbeat.unref?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    localChanges().off('change', this.onLocal);
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const g of this.scopes.values()) if (g.timer) clearTimeout(g.timer);
    for (const subs of this.offices.values()) for (const s of subs) s.close();
    for (const g of this.scopes.values()) for (const s of g.subs) s.close();
    await this.pg?.end().catch(() => undefined);
  }

  get streams(): number {
    let n = 0;
    for (const s of this.offices.values()) n += s.size;
    for (const g of this.scopes.values()) n += g.subs.size;
    return n;
  }

  /** The one listening connection; lost, it is opened again and every watched office refreshed
   *  (a NOTIFY sent while it was down is not replayed by PostgreSQL). */
  private async listen(): Promise<void> {
    const { Client: PgClient } = await import('pg');
    const client = new PgClient({ connectionString: this.opts.pgUrl });
    let gone = false;
    const lost = (why: string) => {
      if (gone || this.stopped) return;
      gone = true;
      this.pg = null;
      console.error('[queue] listening connection lost:', why);
      client.end().catch(() => undefined);
      setTimeout(() => this.relisten(), 1_000).unref?.();
    };
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('ended'));
    client.on('notification', (m) => {
      if (m.channel !== QUEUE_CHANNEL) return;
      const c = parseChange(m.payload);
      if (c) this.changed(c);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${QUEUE_CHANNEL}`);
    } catch (e) {
      gone = true;
      client.end().catch(() => undefined);
      throw e;
    }
    this.pg = client;
  }

  private relisten(): void {
    if (this.stopped) return;
    this.listen()
      .then(() => {
        for (const id of this.offices.keys()) this.changed({ officeId: id, version: Number.MAX_SAFE_INTEGER });
        for (const [key, g] of this.scopes) if (!g.timer) g.timer = setTimeout(() => void this.sendScope(key, g), 100);
      })
      .catch((e) => {
        console.error('[queue] LISTEN failed, retrying:', (e as Error).message);
        setTimeout(() => this.relisten(), 1_000).unref?.();
      });
  }

  subscribeOffice(officeId: number, sub: Subscriber): () => void {
    let subs = this.offices.get(officeId);
    if (!subs) {
      subs = new Set();
      this.offices.set(officeId, subs);
    }
    subs.add(sub);
    return () => {
      const s = this.offices.get(officeId);
      if (!s) return;
      s.delete(sub);
      if (s.size === 0) {
        this.offices.delete(officeId);
        this.lastSent.delete(officeId);
      }
    };
  }

  subscribeScope(key: string, scope: string, compute: () => Promise<unknown>, sub: Subscriber): () => void {
    let g = this.scopes.get(key);
    if (!g) {
      g = { scope, subs: new Set(), compute, timer: null, lastSentAt: 0, seq: 0 };
      this.scopes.set(key, g);
    }
    g.subs.add(sub);
    return () => {
      const x = this.scopes.get(key);
      if (!x) return;
      x.subs.delete(sub);
      if (x.subs.size === 0) {
        if (x.timer) clearTimeout(x.timer);
        this.scopes.delete(key);
      }
    };
  }

  /** A change of an office: its new state to its streams, and an update to the scopes holding it. */
  changed(c: QueueChange): void {
    if (this.stopped) return;
    if (this.offices.has(c.officeId) && c.version > (this.lastSent.get(c.officeId) ?? -1))
      this.refreshOffice(c.officeId);
    if (this.scopes.size > 0) void this.touchScopes(c.officeId);
  }

  private refreshOffice(officeId: number): void {
    const busy = this.computing.get(officeId);
    if (busy) {
      busy.again = true; // one more read after the one running: it may have missed this change
      return;
    }
    const state = { again: false };
    this.computing.set(officeId, state);
    void (async () => {
      try {
        do {
          state.again = false;
          const office = await loadOffice(this.h, officeId);
          this.regencyOf.set(officeId, office.regencyCode);
          if (office.queueVersion <= (this.lastSent.get(officeId) ?? -1)) continue;
          const q = await buildOfficeQueue(this.h, office);
          const subs = this.offices.get(officeId);
          if (!subs) break;
          this.lastSent.set(officeId, q.version);
          const bytes = frame('state', q.version, q);
          for (const s of subs) s.send(bytes);
          this.delivered += subs.size;
        } while (state.again && !this.stopped);
      } catch (e) {
        console.error('[queue] office state failed:', (e as Error).message);
      } finally {
        this.computing.delete(officeId);
      }
    })();
  }

  private async touchScopes(officeId: number): Promise<void> {
    let regency = this.regencyOf.get(officeId);
    if (!regency) {
      const row = await this.h.db
        .selectFrom('offices')
        .select('regency_code')
        .where('id', '=', officeId)
        .executeTakeFirst()
        .catch(() => undefined);
      if (!row) return;
      regency = row.regency_code;
      this.regencyOf.set(officeId, regency);
    }
    for (const [key, g] of this.scopes) {
      if (g.timer || !inScope(g.scope, regency)) continue;
      const wait = Math.max(100, g.lastSentAt + SCOPE_MIN_INTERVAL_MS - Date.now());
      g.timer = setTimeout(() => void this.sendScope(key, g), wait);
    }
  }

  private async sendScope(key: string, g: ScopeGroup): Promise<void> {
    try {
      const data = await g.compute();
      g.lastSentAt = Date.now();
      if (this.scopes.get(key) !== g) return;
      const bytes = frame('state', `${g.lastSentAt}-${++g.seq}`, data);
      for (const s of g.subs) s.send(bytes);
      this.delivered += g.subs.size;
    } catch (e) {
      console.error('[queue] scope state failed:', (e as Error).message);
    } finally {
      g.timer = null;
    }
  }

  private beat(): void {
    const bytes = enc.encode(`: ${Date.now()}\n\n`);
    for (const subs of this.offices.values()) for (const s of subs) s.send(bytes);
    for (const g of this.scopes.values()) for (const s of g.subs) s.send(bytes);
  }
}

const g = globalThis as unknown as { __pantauQueueHub?: Promise<QueueHub> };

/** The instance's hub, started on first use. */
export function getHub(): Promise<QueueHub> {
  if (!g.__pantauQueueHub) {
    g.__pantauQueueHub = (async () => {
      const h = await getHandle();
      const hub = new QueueHub(h, { pgUrl: h.kind === 'postgres' ? process.env.DATABASE_URL : undefined });
      await hub.start();
      return hub;
    })().catch((e) => {
      g.__pantauQueueHub = undefined;
      throw e;
    });
  }
  return g.__pantauQueueHub;
}

/** A `text/event-stream` answer: `first` frames, then whatever `attach` sends, until the client
 *  leaves (`signal`) or MAX_STREAM_MS passed. */
function eventStream(
  signal: AbortSignal,
  first: Uint8Array[],
  attach: (sub: Subscriber) => () => void,
  once = false,
): Response {
  let detach: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        detach?.();
        if (timer) clearTimeout(timer);
        try {
          controller.close();
        } catch {
          /* already closed by the client */
        }
      };
      const sub: Subscriber = {
        send(chunk) {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -MAX_BUFFERED) return close();
          try {
            controller.enqueue(chunk);
          } catch {
            close();
          }
        },
        close,
      };
      controller.enqueue(enc.encode(`retry: 3000\n\n`));
      for (const f of first) controller.enqueue(f);
      if (once) {
        closed = true;
        controller.close();
        return;
      }
      detach = attach(sub);
      timer = setTimeout(close, MAX_STREAM_MS + Math.floor(Math.random() * 60_000));
      timer.unref?.();
      signal.addEventListener('abort', close, { once: true });
    },
    cancel() {
      closed = true;
      detach?.();
      if (timer) clearTimeout(timer);
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: Next's compression would otherwise buffer the stream
      'Cache-Control': 'private, no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}

/** GET /offices/{id}/events: the office's state now, then a new state after every change.
 *  Every state carries the office's queue version as its id; a screen reconnecting with
 *  `Last-Event-ID` gets the fresh state (which includes whatever it missed) at once. */
export async function officeEvents(
  actor: Actor,
  officeId: number,
  signal: AbortSignal,
  once = false,
): Promise<Response> {
  const h = await getHandle();
  const office = await loadOffice(h, officeId);
  assertMayReadOffice(actor, office);
  const hub = await getHub();
  let detach: () => void = () => {};
  let pending: Subscriber | null = null;
  // subscribe before reading, so a change between the read and the subscription is not lost
  const early: Uint8Array[] = [];
  detach = hub.subscribeOffice(office.id, {
    send: (c) => (pending ? pending.send(c) : early.push(c)),
    close: () => pending?.close(),
  });
  const state = await buildOfficeQueue(h, office).catch((e) => {
    detach();
    throw e;
  });
  if (once) detach();
  return eventStream(
    signal,
    [frame('state', state.version, state), ...early],
    (sub) => {
      pending = sub;
      return detach;
    },
    once,
  );
}

/** GET /queue/events?scope=: the supervisor figures of a scope (one page of offices), again at
 *  most once a second while any office of the scope changes. */
export async function scopeEvents(
  actor: Actor,
  query: { scope?: string; limit?: number; cursor?: string; status?: 'overloaded' | 'normal' },
  signal: AbortSignal,
  once = false,
): Promise<Response> {
  const first = await getQueue(actor, query); // authorizes (403 outside the caller's scope)
  const hub = await getHub();
  const key = `${first.scope}|${query.limit ?? ''}|${query.cursor ?? ''}|${query.status ?? ''}`;
  const q = { ...query, scope: first.scope };
  return eventStream(
    signal,
    [frame('state', `${Date.now()}-0`, first)],
    (sub) => hub.subscribeScope(key, first.scope, () => getQueue(actor, q), sub),
    once,
  );
}

/** A client that does not ask for `text/event-stream` (a script, a link checker) gets the
 *  current state as a finished stream instead of a connection held open. */
export function wantsOneState(req: Request): boolean {
  return !(req.headers.get('accept') ?? '').includes('text/event-stream');
}
