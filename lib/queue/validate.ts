import type { z } from 'zod';
import { parseBody } from '@/lib/api/query';
import { errors } from '@/lib/api/errors';
import { PERMISSIONS, type Actor } from '@/lib/auth/permissions';
import type { QueueAction } from './permissions';

/** Validates an already-read JSON body with the same 422 field messages as `parseBody`. Domain
 *  functions take raw bodies so they can authorize first and validate second (SPEC §2). */
export function validate<S extends z.ZodType>(schema: S, raw: unknown): Promise<z.infer<S>> {
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
