import { redirect } from 'next/navigation';
import { getActor } from './session';
import { landingPath } from './landing';
import type { Actor, Role } from './permissions';

/** The guard of every page (the API's is requireActor): signed out → /login; a reset password
 *  must be replaced first → /ganti-sandi; a role the page is not for → that role's landing page.
 *  Pages without the shell (/layar, /loket, /kios) call it too, so none skips a step. */
export async function requirePageActor(
  opts: { roles?: readonly Role[]; allowPasswordChange?: boolean } = {},
): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if (actor.mustChangePassword && !opts.allowPasswordChange) redirect('/ganti-sandi');
  if (opts.roles && !opts.roles.includes(actor.role)) redirect(landingPath(actor));
  return actor;
}
