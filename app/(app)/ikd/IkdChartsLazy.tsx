'use client';

import dynamic from 'next/dynamic';
import { orOffline } from '@/components/charts/orOffline';
import { ChartSlot } from '@/components/charts/ChartSlot';

// Recharts loads after the figures (it is the largest chunk of the page); the ranking and the
// regency page share these.
export const ProgressChart = dynamic(
  orOffline(() => import('./IkdCharts').then((m) => m.ProgressChart)),
  { ssr: false, loading: ChartSlot },
);
export const DailyChart = dynamic(
  orOffline(() => import('./IkdCharts').then((m) => m.DailyChart)),
  { ssr: false, loading: ChartSlot },
);
export const BreakdownChart = dynamic(
  orOffline(() => import('./IkdCharts').then((m) => m.BreakdownChart)),
  { ssr: false, loading: ChartSlot },
);
