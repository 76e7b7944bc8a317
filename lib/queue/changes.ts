/** The change feed of the queue (SPEC §13): every queue write announces "office N is now at
 *  version V" inside its transaction. On PostgreSQL that is a NOTIFY on `pantau_queue`, which
 *  the server delivers at COMMIT (never for a rolled-back write) to every instance LISTENing;
 *  on SQLite (one instance) an in-process event, whose listeners read the database through the
 *  same single connection and so see the write only once it committed. */
import { EventEmitter } from 'node:events';
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '@/lib/db';

export const QUEUE_CHANNEL = 'pantau_queue';

export interface QueueChange {
  officeId: number;
  version: number;
}

const g = globalThis as unknown as { __pantauQueueChanges?: EventEmitter };

/** The in-process feed (SQLite); the PostgreSQL listener (lib/queue/live.ts) feeds the hub itself. */
export function localChanges(): EventEmitter {
  if (!g.__pantauQueueChanges) {
    g.__pantauQueueChanges = new EventEmitter();
    g.__pantauQueueChanges.setMaxListeners(0);
  }
  return g.__pantauQueueChanges;
}

export function parseChange(payload: string | undefined): QueueChange | null {
  const m = /^(\d+):(\d+)$/.exec(payload ?? '');
  return m ? { officeId: Number(m[1]), version: Number(m[2]) } : null;
}

export async function announceChange(tx: Db, officeId: number, version: number): Promise<void> {
  const payload = `${officeId}:${version}`;
  if (tx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`SELECT pg_notify(${QUEUE_CHANNEL}, ${payload})`.execute(tx);
  } else {
    localChanges().emit('change', { officeId, version } satisfies QueueChange);
  }
}
