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
    href: '/stok',
    label: { id: 'Stok blangko', en: 'Blank stock' },
    roles: ['ADMIN', 'PROVINCE_HEAD', 'REGENCY_OFFICER'],
  },
  { href: '/stok/alokasi', label: { id: 'Alokasi blangko', en: 'Allocation' }, roles: ['ADMIN', 'PROVINCE_HEAD'] },
  { href: '/stok/penyeimbangan', label: { id: 'Penyeimbangan', en: 'Rebalancing' }, roles: ['ADMIN', 'PROVINCE_HEAD'] },
];
