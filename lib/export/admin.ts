import type { AuditEntryRow } from '@/lib/auditlog/queries';
import type { UserRow } from '@/lib/users/queries';
import { adminDict } from '@/lib/i18n/admin';
import { appDict } from '@/lib/i18n/dict';
import { headersFrom, yesNo, type Column } from './table';

/** The export columns of /audit and /pengguna. */
const a = headersFrom(adminDict);
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export const AUDIT_COLUMNS: Column<AuditEntryRow>[] = [
  { header: a((d) => d.time), type: 'datetime', value: (e) => e.at },
  { header: a((d) => d.user), type: 'text', value: (e) => e.actorUsername },
  { header: a((d) => d.action), type: 'text', value: (e) => e.action },
  { header: a((d) => d.region), type: 'text', value: (e) => e.scopeCode },
  { header: { id: 'Sebelum', en: 'Before' }, type: 'text', value: (e) => json(e.before) },
  { header: { id: 'Sesudah', en: 'After' }, type: 'text', value: (e) => json(e.after) },
];

export const USER_COLUMNS: Column<UserRow>[] = [
  { header: a((d) => d.username), type: 'text', value: (u) => u.username },
  { header: a((d) => d.displayName), type: 'text', value: (u) => u.displayName },
  { header: a((d) => d.role), type: 'text', value: (u, l) => appDict(l).role[u.role] ?? u.role },
  { header: a((d) => d.region), type: 'text', value: (u) => u.scopeCode },
  {
    header: a((d) => d.status),
    type: 'text',
    value: (u, l) => (u.active ? adminDict(l).active : adminDict(l).inactive),
  },
  {
    header: { id: 'Wajib ganti sandi', en: 'Must change password' },
    type: 'text',
    value: (u, l) => yesNo(u.mustChangePassword, l),
  },
];
