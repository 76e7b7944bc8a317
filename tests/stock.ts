import type { Actor } from '@/lib/auth/permissions';
import type { DbHandle } from '@/lib/db';
import { recordMovement } from '@/lib/stock/movements';
import { movementBody, type MovementBody } from '@/lib/stock/schemas';

export type MovementInput = Partial<MovementBody> & { type: MovementBody['type'] };

/** Records stock movements as the API would (the body through movementBody), dated `day` unless
 *  the body says otherwise, on the test's database. */
export function movementRecorder(handle: DbHandle, now: Date, day: string) {
  return (actor: Actor, code: string, body: MovementInput, key?: string) =>
    recordMovement(actor, code, movementBody.parse({ occurredOn: day, ...body }), { handle, now, key });
}
