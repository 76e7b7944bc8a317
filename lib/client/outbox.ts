/** The device outbox (SPEC §11): every write an officer makes in the field is first stored on the
 *  device (IndexedDB, through `idb`: a 1 kB promise wrapper, enough for one object store; Dexie's
 *  query layer would be 25 kB of script for nothing we use), then sent in the order it was made.
 *
 *  - 2xx: booked; the entry is removed.
 *  - no answer, 5xx, 429: kept, retried with backoff (2 s, 4 s, … at most 60 s apart); the entries
 *    after it wait, so they still arrive in order.
 *  - 401 (the session ended while offline): kept until the same user signs in again.
 *  - any other 4xx: *refused*, kept with the server's message until the user edits and resends
 *    it or discards it. Nothing is ever dropped silently.
 *
 *  Entries belong to the user who made them; only that user's session sends them. Each entry's
 *  id is its Idempotency-Key, so a retry (or a second tab sending the same entry) books once. */
import { openDB, type IDBPDatabase } from 'idb';
import type { Lang } from '@/lib/i18n/dict';
import { ApiFailure, failureOf, newIdempotencyKey, send } from './api';

export type EntryKind = 'stock-movement' | 'ikd-day' | 'campaign' | 'population';
export type EntryState = 'pending' | 'auth' | 'refused';

export interface OutboxEntry {
  /** Also the Idempotency-Key. */
  id: string;
  userId: number;
  kind: EntryKind;
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  body: unknown;
  lang: Lang;
  /** One line for the list ("Pemakaian 25 keping · 1 Des 2026"), in both languages. */
  summary: Record<Lang, string>;
  /** What the user typed, to fill the form again for "edit and resend". */
  form: Record<string, string>;
  /** The page whose form edits this entry. */
  editHref: string;
  createdAt: number;
  state: EntryState;
  attempts: number;
  nextAttemptAt: number;
  error?: { message: string; status: number; code: string; fields: Record<string, string> };
}

export type NewEntry = Omit<
  OutboxEntry,
  'id' | 'userId' | 'createdAt' | 'state' | 'attempts' | 'nextAttemptAt' | 'error'
> & {
  id?: string;
};

/** What became of an entry right after it was made (the form waits for this briefly). */
export type Outcome =
  | { state: 'sent'; data: unknown }
  | { state: 'refused'; error: ApiFailure }
  | { state: 'waiting'; reason: 'offline' | 'auth' | 'retry' };

export interface OutboxSnapshot {
  user: number | null;
  entries: OutboxEntry[];
  /** Entries of other users on this device: never sent under this session, never shown. */
  othersCount: number;
  sending: boolean;
}

const STORE = 'outbox';
export const MAX_BACKOFF_MS = 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** Math.max(0, attempts - 1));
}

type Sender = (e: OutboxEntry) => Promise<Response>;
const defaultSender: Sender = (e) =>
  send({ method: e.method, path: e.path, body: e.body, lang: e.lang, idempotencyKey: e.id });

export class Outbox {
  private db: Promise<IDBPDatabase> | null = null;
  private user: number | null = null;
  private snapshot: OutboxSnapshot = { user: null, entries: [], othersCount: 0, sending: false };
  private listeners = new Set<() => void>();
  private sentListeners = new Set<(e: OutboxEntry, data: unknown) => void>();
  private waiters = new Map<string, (o: Outcome) => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private channel: BroadcastChannel | null = null;
  private held = false;

  constructor(
    private readonly opts: {
      dbName?: string;
      sender?: Sender;
      now?: () => number;
      locks?: boolean;
      online?: () => boolean;
    } = {},
  ) {}

  /** The device says it has no network at all (then a form need not wait for a retry). */
  private offline(): boolean {
    if (this.opts.online) return !this.opts.online();
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  private now() {
    return this.opts.now?.() ?? Date.now();
  }

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(this.opts.dbName ?? 'pantau-outbox', 1, {
      upgrade(db) {
        const s = db.createObjectStore(STORE, { keyPath: 'id' });
        s.createIndex('createdAt', 'createdAt');
      },
    });
    if (!this.channel && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel('pantau-outbox');
      this.channel.onmessage = () => void this.refresh();
    }
    return this.db;
  }

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  };
  getSnapshot = () => this.snapshot;
  onSent(fn: (e: OutboxEntry, data: unknown) => void) {
    this.sentListeners.add(fn);
    return () => void this.sentListeners.delete(fn);
  }

  /** The signed-in user of this page (null: signed out). A (re)sign-in of the same user releases
   *  the entries that waited for it; another user's entries stay untouched. */
  async setUser(userId: number | null): Promise<void> {
    this.user = userId;
    if (userId !== null) {
      const db = await this.open();
      const tx = db.transaction(STORE, 'readwrite');
      for (const e of (await tx.store.getAll()) as OutboxEntry[]) {
        if (e.userId === userId && e.state === 'auth') await tx.store.put({ ...e, state: 'pending', nextAttemptAt: 0 });
      }
      await tx.done;
    }
    await this.refresh();
    this.kick();
  }

  /** Re-reads the store (after a change here or in another tab). */
  async refresh(): Promise<void> {
    const all = (await (await this.open()).getAllFromIndex(STORE, 'createdAt')) as OutboxEntry[];
    const mine = all.filter((e) => e.userId === this.user);
    this.snapshot = {
      user: this.user,
      entries: mine,
      othersCount: all.length - mine.length,
      sending: this.snapshot.sending,
    };
    for (const l of this.listeners) l();
  }

  private async changed() {
    await this.refresh();
    this.channel?.postMessage('changed');
  }

  /** Stores a new entry on the device (durably, before anything is sent) and starts sending. */
  async add(input: NewEntry): Promise<OutboxEntry> {
    if (this.user === null) throw new Error('outbox: no signed-in user');
    const tx = (await this.open()).transaction(STORE, 'readwrite');
    // createdAt orders the entries: strictly after the newest one, even within one millisecond
    const last = await tx.store.index('createdAt').openCursor(null, 'prev');
    const entry: OutboxEntry = {
      ...input,
      id: input.id ?? newIdempotencyKey(),
      userId: this.user,
      createdAt: Math.max(this.now(), ((last?.value as OutboxEntry | undefined)?.createdAt ?? 0) + 1),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
    };
    await tx.store.put(entry);
    await tx.done;
    await this.changed();
    if (!this.held) void this.kick();
    return entry;
  }

  /** Stores a new entry and sends it; resolves with what became of it at its first try (or
   *  'waiting' after `ms` on a slow link: it stays in the outbox and goes on by itself). */
  async submit(input: NewEntry, ms = 8_000): Promise<{ entry: OutboxEntry; outcome: Outcome }> {
    const hold = this.held;
    this.held = true; // the waiter is in place before the first try starts
    let entry: OutboxEntry;
    try {
      entry = await this.add(input);
    } finally {
      this.held = hold;
    }
    const outcome = this.outcome(entry.id, ms);
    void this.kick();
    return { entry, outcome: await outcome };
  }

  /** Resolves with what became of entry `id` at its next try (or 'waiting' after `ms`). */
  outcome(id: string, ms = 15_000): Promise<Outcome> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiters.delete(id);
        resolve({ state: 'waiting', reason: 'retry' });
      }, ms);
      this.waiters.set(id, (o) => {
        clearTimeout(t);
        this.waiters.delete(id);
        resolve(o);
      });
    });
  }

  private settle(id: string, o: Outcome) {
    this.waiters.get(id)?.(o);
  }

  async discard(id: string): Promise<void> {
    await (await this.open()).delete(STORE, id);
    await this.changed();
  }

  /** A refused entry sent again unchanged (e.g. once stock arrived), under a new key: the refusal
   *  wrote nothing, and the server may have kept its answer under the old key. */
  async resend(id: string): Promise<void> {
    const db = await this.open();
    const e = (await db.get(STORE, id)) as OutboxEntry | undefined;
    if (!e) return;
    const tx = db.transaction(STORE, 'readwrite');
    await tx.store.delete(id);
    await tx.store.put({
      ...e,
      id: newIdempotencyKey(),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      error: undefined,
    });
    await tx.done;
    await this.changed();
    this.kick();
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    const e = (await (await this.open()).get(STORE, id)) as OutboxEntry | undefined;
    return e && e.userId === this.user ? e : undefined;
  }

  /** Starts a sending round unless one runs (then it runs once more after it). */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.withLock(() => this.round());
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async withLock(fn: () => Promise<void>) {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (this.opts.locks !== false && locks) await locks.request('pantau-outbox', fn);
    else await fn();
  }

  private setSending(v: boolean) {
    if (this.snapshot.sending === v) return;
    this.snapshot = { ...this.snapshot, sending: v };
    for (const l of this.listeners) l();
  }

  /** Sends this user's pending entries oldest first; stops at the first that must wait. */
  private async round(): Promise<void> {
    if (this.user === null) return;
    const db = await this.open();
    const user = this.user;
    const queue = ((await db.getAllFromIndex(STORE, 'createdAt')) as OutboxEntry[]).filter(
      (e) => e.userId === user && e.state === 'pending',
    );
    if (queue.length === 0) return;
    this.setSending(true);
    try {
      for (const e of queue) {
        const wait = e.nextAttemptAt - this.now();
        if (wait > 0) {
          this.schedule(wait);
          return;
        }
        const stop = await this.sendOne(db, e);
        if (stop) return;
      }
    } finally {
      this.setSending(false);
      await this.changed();
    }
  }

  /** One entry; true when the round must stop (the entries behind it keep their order). */
  private async sendOne(db: IDBPDatabase, e: OutboxEntry): Promise<boolean> {
    let res: Response | null = null;
    try {
      res = await (this.opts.sender ?? defaultSender)(e);
    } catch {
      res = null;
    }
    if (res && res.ok) {
      const data = res.status === 204 ? null : await res.json().catch(() => null);
      await db.delete(STORE, e.id);
      for (const l of this.sentListeners) l(e, data);
      this.settle(e.id, { state: 'sent', data });
      return false;
    }
    if (res && res.status === 401) {
      await db.put(STORE, { ...e, state: 'auth' });
      this.settle(e.id, { state: 'waiting', reason: 'auth' });
      return true;
    }
    if (!res || res.status >= 500 || res.status === 429) {
      const attempts = e.attempts + 1;
      const retryAfter = Number(res?.headers.get('retry-after'));
      const delay =
        Number.isFinite(retryAfter) && retryAfter > 0
          ? Math.min(MAX_BACKOFF_MS, retryAfter * 1000)
          : backoffMs(attempts);
      await db.put(STORE, { ...e, attempts, nextAttemptAt: this.now() + delay });
      // a form waits on through a quick retry while the device has a network; offline it is told now
      if (!res && this.offline()) this.settle(e.id, { state: 'waiting', reason: 'offline' });
      this.schedule(delay);
      return true;
    }
    const failure = await failureOf(res, e.lang);
    await db.put(STORE, {
      ...e,
      state: 'refused',
      error: { message: failure.message, status: failure.status, code: failure.code, fields: failure.fields },
    });
    this.settle(e.id, { state: 'refused', error: failure });
    return false;
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.kick();
    }, ms);
  }

  /** The connection came back (or the page became visible): try the waiting entries now. */
  async retryNow(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    for (const e of (await tx.store.getAll()) as OutboxEntry[]) {
      if (e.userId === this.user && e.state === 'pending' && e.nextAttemptAt > 0)
        await tx.store.put({ ...e, nextAttemptAt: 0 });
    }
    await tx.done;
    await this.kick();
  }
}
