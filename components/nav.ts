import type { Role } from '@/lib/auth/permissions';

/** The main navigation: each domain adds its pages here; AppShell shows the items a role can use
 *  (the server still checks every read and write). */
export interface NavItem {
  href: string;
  label: { id: string; en: string };
  roles: readonly Role[];
}

export const NAV: NavItem[] = [
  {
    href: '/overview',
    label: { id: 'Ringkasan', en: 'Overview' },
    roles: ['ADMIN', 'PROVINCE_HEAD', 'REGENCY_OFFICER'],
  },
  {
    href: '/ikd',
    label: { id: 'IKD', en: 'IKD' },
    roles: ['ADMIN', 'PROVINCE_HEAD', 'REGENCY_OFFICER'],
  },
  { href: '/pengguna', label: { id: 'Pengguna', en: 'Users' }, roles: ['ADMIN', 'PROVINCE_HEAD'] },
  { href: '/audit', label: { id: 'Audit', en: 'Audit' }, roles: ['ADMIN', 'PROVINCE_HEAD'] },
];
