import type { Actor } from '@/lib/auth/permissions';
import type { Dict, Lang } from '@/lib/i18n/dict';
import { queueDict } from '@/lib/i18n/queue';
import { AppShell } from './AppShell';
import { NotAllowed } from './NotAllowed';

/** The page of a queue screen (kiosk, counter) opened by an account it is not for. */
export function NotForRole({ actor, t, lang }: { actor: Actor; t: Dict; lang: Lang }) {
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <NotAllowed message={queueDict(lang).notForRole} />
    </AppShell>
  );
}
