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
  { href: '/antrean', label: { id: 'Antrean', en: 'Queues' }, roles: ['ADMIN', 'PROVINCE_HEAD', 'REGENCY_OFFICER'] },
  { href: '/kantor', label: { id: 'Kantor & loket', en: 'Offices & counters' }, roles: ['ADMIN', 'PROVINCE_HEAD', 'REGENCY_OFFICER'] },
  { href: '/loket', label: { id: 'Layar loket', en: 'Counter screen' }, roles: ['COUNTER_OPERATOR'] },
  { href: '/kios', label: { id: 'Kios', en: 'Kiosk' }, roles: ['KIOSK'] },
  { href: '/layar', label: { id: 'Papan antrean', en: 'Queue board' }, roles: ['COUNTER_OPERATOR', 'KIOSK'] },
];
