import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page';
import { DASHBOARD_ROLES } from '@/lib/auth/landing';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { getDict } from '@/lib/i18n/server';
import { importsDict } from '@/lib/i18n/imports';
import { COLUMNS, IMPORT_KINDS, OPTIONAL_COLUMN } from '@/lib/imports/imports';
import { AppShell } from '@/components/AppShell';
import { NotAllowed } from '@/components/NotAllowed';
import { ImportView } from './ImportView';

export const metadata: Metadata = { title: 'Impor' };
export const dynamic = 'force-dynamic';

/** /impor — CSV import of stock counts, daily IKD counts and wajib KTP (issue 6). */
export default async function ImportPage() {
  const actor = await requirePageActor({ roles: DASHBOARD_ROLES });
  const { t, lang } = await getDict();
  const d = importsDict(lang);
  const perms = PERMISSIONS[actor.role] ?? {};
  const kinds = IMPORT_KINDS.filter((k) => (k === 'opname' ? perms['stock.regency.write'] : perms['ikd.write']));
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <h1 className="mb-2 text-xl font-semibold">{d.title}</h1>
      {kinds.length === 0 ? (
        <NotAllowed message={d.forbidden} />
      ) : (
        <ImportView
          lang={lang}
          kinds={kinds}
          // an optional last column shows in brackets (opname: [item], SPEC §16)
          columns={{ ...COLUMNS, opname: [...COLUMNS.opname, `[${OPTIONAL_COLUMN.opname}]`] }}
        />
      )}
    </AppShell>
  );
}
