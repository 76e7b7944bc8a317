/** The polling fallback of SPEC §13: the live reads answer with an `ETag`, and with 304 (no
 *  body, no figures computed) to an `If-None-Match` that still matches. The tag is the queue's
 *  version, the local day and a 30-second slot (the waits "now" grow with the clock). */
import { NextResponse } from 'next/server';
import { json } from '@/lib/api/handler';
import { getHandle } from '@/lib/db';
import { assertCan, homeScope, type Actor } from '@/lib/auth/permissions';
import { dataVersions } from '@/lib/overview/cache';
import { localDate } from '@/lib/time';
import { loadOffice } from './load';
import { assertMayReadOffice, buildOfficeQueue } from './office';
import { getQueue } from './figures';

const SLOT_MS = 30_000;

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
export async function officeQueueAnswer(actor: Actor, officeId: number, ifNoneMatch: string | null, now = new Date()) {
  const h = await getHandle();
  const office = await loadOffice(h, officeId);
  assertMayReadOffice(actor, office);
  const etag = `W/"o${office.id}-${office.queueVersion}-${localDate(office.timeZone, now)}-${slot(now)}"`;
  if (etagMatches(ifNoneMatch, etag)) return notModified(etag);
  return json(await buildOfficeQueue(h, office, now), { headers: { ETag: etag, 'Cache-Control': 'private, no-cache' } });
}

/** GET /queue (JSON): one page of a scope's offices. */
export async function queueAnswer(
  actor: Actor,
  query: { scope?: string; asOf?: string; limit?: number; cursor?: string; status?: 'overloaded' | 'normal' },
  ifNoneMatch: string | null,
  now = new Date(),
) {
  const scope = query.scope ?? homeScope(actor);
  assertCan(actor, 'queue.read', scope);
  const h = await getHandle();
  const version = (await dataVersions(h)).queue;
  const days = query.asOf ?? ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'].map((z) => localDate(z, now)).join(',');
  const etag =
    version === null
      ? null
      : `W/"s-${version}-${scope}-${days}-${query.limit ?? ''}-${query.cursor ?? ''}-${query.status ?? ''}-${query.asOf ? 0 : slot(now)}"`;
  if (etag && etagMatches(ifNoneMatch, etag)) return notModified(etag);
  const data = await getQueue(actor, { ...query, scope }, h, now);
  return json(data, etag ? { headers: { ETag: etag, 'Cache-Control': 'private, no-cache' } } : undefined);
}
