'use client';

import dynamic from 'next/dynamic';
import { orOffline } from '@/components/charts/orOffline';

/** The report's bar charts load after the tables: Recharts is the largest chunk of the page (107 KB
 *  gzip). The placeholder keeps the chart's fixed size, so nothing moves when it arrives. */
export const ReportBarChart = dynamic(
  orOffline(() => import('./ReportCharts').then((m) => m.ReportBarChart)),
  {
    ssr: false,
    loading: () => <div className="report-chart mt-3 h-[196px] w-[300px] max-w-full" aria-hidden />,
  },
);
