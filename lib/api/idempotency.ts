import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { nowIso, writeTx, type Db, type DbHandle } from '@/lib/db';
import { ApiError, errors } from './errors';
import type { Actor } from '@/lib/auth/permissions';

export interface StoredAnswer<T = unknown> {
  status: number;
  body: T;
  /** true when this answer was stored by an earlier request with the same key. */
  replayed: boolean;
}

const KEY_RE = /^[A-Za-z0-9_.:-]{8,100}$/;

/** Reads and checks an `Idempotency-Key` header (null when absent). */
export function idempotencyKeyOf(headers: Headers): string | null {
  const key = headers.get('idempotency-key');
  if (key === null || key === '') return null;
  if (!KEY_RE.test(key)) {
    throw errors.badRequest({
      id: 'Idempotency-Key harus 8–100 karakter huruf, angka, titik, titik dua, garis bawah atau tanda hubung.',
      en: 'Idempotency-Key must be 8–100 letters, digits, dots, colons, underscores or hyphens.',
    });
  }
  return key;
}

/** The request an Idempotency-Key was sent with (SPEC §11 "Retries are safe"): its method, its
 *  path under /api/v1 and its body (as the handler read it). */
export interface IdempotentRequest {
  method: string;
  path: string;
  body: unknown;
}

/** JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` are the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** sha256 (hex) of method, path and canonical body. */
export function requestFingerprint(r: IdempotentRequest): string {
  return createHash('sha256')
    .update(`${r.method.toUpperCase()} ${r.path}\n${canonicalJson(r.body)}`)
    .digest('hex');
}

export const keyReused = () =>
  new ApiError('IDEMPOTENCY_KEY_REUSED', {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain. Kirim permintaan baru dengan kunci baru.',
    en: 'This Idempotency-Key was already used for a different request. Send a new request with a new key.',
  });

/** Runs a write transaction once per (actor, key): the answer is stored in the same transaction
 *  as the change, with the request's fingerprint, so a retry (poor signal, a double tap) gets
 *  the first answer back and writes nothing new, and the same key with a different request (a
 *  different path or body) is refused with 422 and writes nothing. Without a key it is a plain
 *  write transaction. Failed attempts store nothing, so a retry of a refused request is judged
 *  afresh. */
export async function idempotentWrite<T>(
  h: DbHandle,
  actor: Actor,
  key: string | null,
  request: IdempotentRequest,
  fn: (tx: Db) => Promise<{ status: number; body: T }>,
): Promise<StoredAnswer<T>> {
  const route = `${request.method.toUpperCase()} ${request.path}`;
  const fingerprint = key ? requestFingerprint(request) : null;
  const stored = async (db: Db) => {
    if (!key) return null;
    const row = await db
      .selectFrom('idempotency_keys')
      .select(['status', 'response_json', 'route', 'fingerprint'])
      .where('actor_id', '=', actor.id)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) return null;
    // a key stored before fingerprints (0011_pipeline) is judged by its route alone
    if (row.route !== route || (row.fingerprint !== null && row.fingerprint !== fingerprint)) throw keyReused();
    return { status: Number(row.status), body: JSON.parse(row.response_json) as T, replayed: true };
  };
  const first = await stored(h.db);
  if (first) return first;
  try {
    return await writeTx(h, async (tx) => {
      const again = await stored(tx);
      if (again) return again;
      const answer = await fn(tx);
      if (key) {
        await tx
          .insertInto('idempotency_keys')
          .values({
            actor_id: actor.id,
            key,
            route,
            fingerprint,
            status: answer.status,
            response_json: JSON.stringify(answer.body),
            created_at: nowIso(),
          })
          .execute();
      }
      return { ...answer, replayed: false };
    });
  } catch (e) {
    // PostgreSQL: a concurrent request with the same key committed first (unique violation).
    const winner = key && isUniqueViolation(e) ? await stored(h.db) : null;
    if (winner) return winner;
    throw e;
  }
}

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Removes stored answers older than `days` (they only need to outlive a client's retries). */
export async function pruneIdempotencyKeys(db: Db, days = 7, now = new Date()): Promise<void> {
  const before = new Date(now.getTime() - days * 86_400_000).toISOString();
  await sql`DELETE FROM idempotency_keys WHERE created_at < ${before}`.execute(db);
}
