'use client';

import dynamic from 'next/dynamic';

/** The balance chart loads after the figures: Recharts is the largest chunk of the page. */
export const BalanceChart = dynamic(() => import('./BalanceChart').then((m) => m.BalanceChart), {
  ssr: false,
  loading: () => <div className="h-56" aria-hidden />,
});
