/** The polling fallback of SPEC §13: the live reads answer with an `ETag`, and with 304 (no
 *  body, no figures computed) to an `If-None-Match` that still matches. The tag is the queue's
 *  version, the local day and a 30-second slot (the waits "now" grow with the clock). */
import { NextResponse } from 'next/server';
import { json } from '@/lib/api/handler';
import { getHandle, type DbHandle } from '@/lib/db';
import { assertCan, homeScope, type Actor } from '@/lib/auth/permissions';
import { dataVersions } from '@/lib/overview/cache';
import { localDate, ZONES } from '@/lib/time';
import { loadOffice } from './office-row';
import { assertMayReadOffice, buildOfficeQueue } from './board';
import { getQueue } from './figures';

const SLOT_MS = 30_000;

async function officeVersionSum(h: DbHandle, scope: string): Promise<string> {
  const row = await h.db
    .selectFrom('offices')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('queue_version').as('v')])
    .$if(scope !== 'national' && !scope.includes('.'), (q) => q.where('province_code', '=', scope))
    .$if(scope.includes('.'), (q) => q.where('regency_code', '=', scope))
    .executeTakeFirst();
  return `o${Number(row?.n ?? 0)}.${Number(row?.v ?? 0)}`;
}

function slot(now: Date): number {
  return Math.floor(now.getTime() / SLOT_MS);
}

/** Whether an `If-None-Match` header names `etag` (weak comparison, lists and `*`). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

function notModified(etag: string): Response {
  return new NextResponse(null, { status: 304, headers: { ETag: etag, 'Cache-Control': 'private, no-cache' } });
}

/** GET /offices/{id}/queue */
export async function officeQueueAnswer(
  actor: Actor,
  officeId: number,
  ifNoneMatch: string | null,
  now = new Date(),
  handle?: DbHandle,
) {
  const h = handle ?? (await getHandle());
  const office = await loadOffice(h, officeId);
  assertMayReadOffice(actor, office);
  const etag = `W/"o${office.id}-${office.queueVersion}-${localDate(office.timeZone, now)}-${slot(now)}"`;
  if (etagMatches(ifNoneMatch, etag)) return notModified(etag);
  return json(await buildOfficeQueue(h, office, now), {
    headers: { ETag: etag, 'Cache-Control': 'private, no-cache' },
  });
}

/** GET /queue (JSON): one page of a scope's offices. */
export async function queueAnswer(
  actor: Actor,
  query: { scope?: string; asOf?: string; limit?: number; cursor?: string; status?: 'overloaded' | 'normal' },
  ifNoneMatch: string | null,
  now = new Date(),
  handle?: DbHandle,
) {
  const scope = query.scope ?? homeScope(actor);
  assertCan(actor, 'queue.read', scope);
  const h = handle ?? (await getHandle());
  // the queue's data version (one row); a database without one yet: the scope's office versions
  const version = (await dataVersions(h)).queue ?? (await officeVersionSum(h, scope));
  const days = query.asOf ?? ZONES.map((z) => localDate(z, now)).join('.');
  const etag = `W/"s-${version}-${scope}-${days}-${query.limit ?? ''}-${query.cursor ?? ''}-${query.status ?? ''}-${query.asOf ? 0 : slot(now)}"`;
  if (etagMatches(ifNoneMatch, etag)) return notModified(etag);
  const data = await getQueue(actor, { ...query, scope }, h, now);
  return json(data, { headers: { ETag: etag, 'Cache-Control': 'private, no-cache' } });
}
