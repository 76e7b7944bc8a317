'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Overview } from '@/lib/overview/queries';
import type { Dict, Lang } from '@/lib/i18n/dict';
import { fmtInt, fmtMonth } from '@/lib/format';

const short = (v: number) =>
  new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 }).format(v);
const shortName = (n: string) =>
  n.replace(/^(Kabupaten|Kota|Provinsi)\s+/, (m) => (m.startsWith('Kota') ? 'Kt. ' : '')).slice(0, 14);

function Frame({ title, children }: { title: string; children: React.ReactElement }) {
  return (
    <figure className="mt-3">
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{title}</figcaption>
      <div className="h-48 w-full" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function StockChart({ data, t }: { data: Overview; t: Dict }) {
  const rows =
    data.children.length > 0
      ? data.children.map((c) => ({ name: shortName(c.name), onHand: c.stock.onHand, minimum: c.stock.minimum }))
      : [{ name: shortName(data.scope.name), onHand: data.stock.onHand, minimum: data.stock.minimumTotal }];
  return (
    <Frame title={t.stockChart}>
      <BarChart data={rows} margin={{ left: -10, right: 4, top: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="name"
          tick={{ fontSize: 10 }}
          interval={0}
          angle={rows.length > 6 ? -40 : 0}
          textAnchor={rows.length > 6 ? 'end' : 'middle'}
          height={rows.length > 6 ? 50 : 20}
        />
        <YAxis tickFormatter={short} tick={{ fontSize: 10 }} />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar dataKey="onHand" name={t.onHand} fill="#0f766e" isAnimationActive={false} />
        <Bar dataKey="minimum" name={t.minimum} fill="#f59e0b" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function IkdChart({ data, t, lang }: { data: Overview; t: Dict; lang: Lang }) {
  const rows = data.series.ikdMonthly.map((m) => ({
    month: fmtMonth(m.month, lang),
    activations: m.activations,
    target: m.target,
  }));
  return (
    <Frame title={t.ikdChart}>
      <LineChart data={rows} margin={{ left: -10, right: 4, top: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 10 }} minTickGap={16} />
        <YAxis tickFormatter={short} tick={{ fontSize: 10 }} />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Line
          type="monotone"
          dataKey="activations"
          name={t.activations}
          stroke="#0f766e"
          dot={false}
          strokeWidth={2}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="target"
          name={t.target}
          stroke="#dc2626"
          dot={false}
          strokeDasharray="5 4"
          isAnimationActive={false}
        />
      </LineChart>
    </Frame>
  );
}

export function QueueChart({ data, t }: { data: Overview; t: Dict }) {
  const rows =
    data.scope.level === 'regency'
      ? data.offices.map((o) => ({
          name: o.name.replace(/^(Disdukcapil|Kantor Kecamatan)\s+/, '').slice(0, 14),
          waiting: o.waiting,
          served: o.served,
        }))
      : data.children
          .filter((c) => c.queue.offices > 0)
          .map((c) => ({ name: shortName(c.name), waiting: c.queue.waiting, served: c.queue.served }));
  return (
    <Frame title={t.queueChart}>
      <BarChart data={rows} margin={{ left: -10, right: 4, top: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="name"
          tick={{ fontSize: 10 }}
          interval={0}
          angle={rows.length > 6 ? -40 : 0}
          textAnchor={rows.length > 6 ? 'end' : 'middle'}
          height={rows.length > 6 ? 50 : 20}
        />
        <YAxis tick={{ fontSize: 10 }} allowDecimals={false} />
        <Tooltip formatter={(v) => fmtInt(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar dataKey="waiting" name={t.waiting} fill="#f59e0b" isAnimationActive={false} />
        <Bar dataKey="served" name={t.served} fill="#0f766e" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}
