import type { Role } from '@/lib/auth/permissions';

/** The main navigation: each domain adds its pages here; AppShell shows the items a role can use
 *  (the server still checks every read and write). */
export interface NavItem {
  href: string;
  label: { id: string; en: string };
  roles: readonly Role[];
}

const DASHBOARD: readonly Role[] = ['ADMIN', 'PROVINCE_HEAD', 'REGENCY_OFFICER'];
const HEADS: readonly Role[] = ['ADMIN', 'PROVINCE_HEAD'];

export const NAV: NavItem[] = [
  { href: '/overview', label: { id: 'Ringkasan', en: 'Overview' }, roles: DASHBOARD },
  { href: '/stok', label: { id: 'Stok blangko', en: 'Blank stock' }, roles: DASHBOARD },
  { href: '/stok/alokasi', label: { id: 'Alokasi blangko', en: 'Allocation' }, roles: HEADS },
  { href: '/stok/penyeimbangan', label: { id: 'Penyeimbangan', en: 'Rebalancing' }, roles: HEADS },
  { href: '/permintaan', label: { id: 'Permintaan blangko', en: 'Requisitions' }, roles: DASHBOARD },
  { href: '/ikd', label: { id: 'IKD', en: 'IKD' }, roles: DASHBOARD },
  { href: '/impor', label: { id: 'Impor', en: 'Import' }, roles: ['ADMIN', 'REGENCY_OFFICER'] },
  { href: '/antrean', label: { id: 'Antrean', en: 'Queues' }, roles: DASHBOARD },
  { href: '/laporan', label: { id: 'Laporan', en: 'Reports' }, roles: DASHBOARD },
  { href: '/skor', label: { id: 'Skor kinerja', en: 'Scorecard' }, roles: DASHBOARD },
  { href: '/periode', label: { id: 'Tutup bulan', en: 'Month close' }, roles: DASHBOARD },
  { href: '/peringatan', label: { id: 'Peringatan', en: 'Alerts' }, roles: DASHBOARD },
  { href: '/kantor', label: { id: 'Kantor & loket', en: 'Offices & counters' }, roles: DASHBOARD },
  { href: '/loket', label: { id: 'Layar loket', en: 'Counter screen' }, roles: ['COUNTER_OPERATOR'] },
  { href: '/kios', label: { id: 'Kios', en: 'Kiosk' }, roles: ['KIOSK'] },
  { href: '/layar', label: { id: 'Papan antrean', en: 'Queue board' }, roles: ['COUNTER_OPERATOR', 'KIOSK'] },
  { href: '/pengguna', label: { id: 'Pengguna', en: 'Users' }, roles: HEADS },
  { href: '/audit', label: { id: 'Audit', en: 'Audit' }, roles: HEADS },
];

/** The nav item a path belongs to: the longest href that is the path or a parent of it
 *  ("/stok/alokasi" is Alokasi, not Stok blangko). */
export function currentHref(items: { href: string }[], path: string): string | null {
  let best: string | null = null;
  for (const { href } of items)
    if ((path === href || path.startsWith(`${href}/`)) && (!best || href.length > best.length)) best = href;
  return best;
}
