import { getServerSession } from 'next-auth';
import { errors } from '@/lib/api/errors';
import { authOptions } from './options';
import { loadActor } from './users';
import type { Actor } from './permissions';

/** The signed-in user, re-read from the database on every request (null when signed out,
 *  deactivated, or the session token is forged or expired). */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return loadActor(id, undefined, Number(session?.user?.signedInAt ?? 0));
}

/** The signed-in user, or a 401. A user who must change a reset password gets a 403 for
 *  everything except changing it (`allowPasswordChange`). */
export async function requireActor(opts: { allowPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw errors.unauthenticated();
  if (actor.mustChangePassword && !opts.allowPasswordChange) throw errors.mustChangePassword();
  return actor;
}
