import type { z } from 'zod';
import { parseBody } from '@/lib/api/query';
import { errors } from '@/lib/api/errors';
import { MAX_BODY_BYTES } from '@/lib/api/guard';
import { PERMISSIONS, type Actor } from '@/lib/auth/permissions';
import type { QueueAction } from './permissions';

/** A body that was not JSON; `validate()` turns it into the 400 of `parseBody`, after the
 *  domain function has authorized the caller. */
export const NOT_JSON = Symbol('not JSON');

/** Reads a request body for a domain function without judging it yet. An empty body is `{}`
 *  (call-next and the ticket transitions need none). */
export async function readBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === '') return {};
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '') || text.length > MAX_BODY_BYTES)
    return NOT_JSON;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** Validates an already-read JSON body with the same 400/422 answers as `parseBody`. Domain
 *  functions take raw bodies so they can authorize first and validate second (SPEC §2). */
export function validate<S extends z.ZodType>(schema: S, raw: unknown): Promise<z.infer<S>> {
  if (raw === NOT_JSON) {
    return parseBody(new Request('http://pantau.local/', { method: 'POST', body: 'x' }), schema);
  }
  const req = new Request('http://pantau.local/', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(raw ?? {}),
  });
  return parseBody(req, schema);
}

/** A role that may never take this action anywhere is refused before anything is looked up, so
 *  the answer does not reveal which offices, counters or tickets exist. */
export function assertRoleMay(actor: Actor, action: QueueAction): void {
  if (!PERMISSIONS[actor.role]?.[action]) throw errors.forbidden();
}
