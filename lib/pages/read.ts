import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';
import { DASHBOARD_ROLES } from '@/lib/auth/landing';
import { ApiError, type ErrorCode } from '@/lib/api/errors';
import type { Lang } from '@/lib/i18n/dict';
import { getDict } from '@/lib/i18n/server';
import type { SearchParams } from './params';

/** How every dashboard page opens: the reader (a role the dashboard is not for goes to its own
 *  landing page), the reader's dictionary and the query string. */
export async function openDashboardPage(searchParams: Promise<SearchParams>) {
  const actor = await requirePageActor({ roles: DASHBOARD_ROLES });
  const { t, lang } = await getDict();
  return { actor, t, lang, sp: await searchParams };
}

export type PageRead<T> = { data: T; refused: null } | { data: null; refused: ApiError };

/** A page's first read. A region or record that is not there (`missing`: NOT_FOUND unless told)
 *  is the 404 page; one the reader may not see (`refuse`: FORBIDDEN unless told; 'any' for every
 *  ApiError) comes back as `refused` for the page to say so; anything else is thrown to the error
 *  page. */
export async function pageRead<T>(
  read: () => Promise<T>,
  opts: { missing?: readonly ErrorCode[]; refuse?: readonly ErrorCode[] | 'any' } = {},
): Promise<PageRead<T>> {
  const { missing = ['NOT_FOUND'], refuse = ['FORBIDDEN'] } = opts;
  try {
    return { data: await read(), refused: null };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (missing.includes(e.code)) notFound();
    if (refuse === 'any' || refuse.includes(e.code)) return { data: null, refused: e };
    throw e;
  }
}

/** What a page says of a refused read: the dashboard's own "not allowed" line for FORBIDDEN, the
 *  error's message otherwise. */
export function refusalText(refused: ApiError, forbidden: string, lang: Lang): string {
  return refused.code === 'FORBIDDEN' ? forbidden : refused.msg[lang];
}
