'use client';

import dynamic from 'next/dynamic';
import { orOffline } from '@/components/charts/orOffline';
import { ChartSlot } from '@/components/charts/ChartSlot';

/** The balance chart loads after the figures: Recharts is the largest chunk of the page. */
export const BalanceChart = dynamic(
  orOffline(() => import('./BalanceChart').then((m) => m.BalanceChart)),
  {
    ssr: false,
    loading: ChartSlot,
  },
);
