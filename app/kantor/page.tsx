import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { getDict } from '@/lib/i18n/server';
import { getOfficeQueue, SERVICES } from '@/lib/queue/office';
import { fmtDay, fmtInt } from '@/lib/format';
import { AppShell } from '@/components/AppShell';

export const metadata: Metadata = { title: 'Antrean kantor' };
export const dynamic = 'force-dynamic';

/** The office of a counter operator or kiosk: today's queue per service and per counter. */
export default async function OfficePage() {
  const actor = await getActor();
  if (!actor) redirect('/login');
  if (!actor.officeId) redirect('/');
  const { t, lang } = await getDict();
  const q = await getOfficeQueue(actor, actor.officeId);
  return (
    <AppShell actor={actor} t={t} lang={lang}>
      <h1 className="text-2xl font-bold" data-testid="scope-name">
        {q.office.name}
      </h1>
      <p className="mb-4 text-sm text-slate-600">
        {t.officeQueue} · {q.office.regencyName} · {fmtDay(q.today, lang)} · {q.office.opensAt}–{q.office.closesAt}
      </p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {SERVICES.map((s) => (
          <section key={s} className="rounded-xl border border-slate-200 bg-white p-3" aria-label={s}>
            <h2 className="text-sm font-semibold text-brand-800">{s.replace('_', '-')}</h2>
            <p className="num text-2xl font-bold" data-testid={`waiting-${s}`}>
              {fmtInt(q.office.waitingByService[s])}
            </p>
            <p className="text-xs text-slate-600">{t.waiting}</p>
          </section>
        ))}
      </div>
      <div className="mt-4 overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[480px] text-sm">
          <thead className="bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t.counter}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.services}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.status}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t.served}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t.capacity}
              </th>
            </tr>
          </thead>
          <tbody>
            {q.office.counters.map((c) => (
              <tr key={c.id} className={`border-t border-slate-100 ${c.id === actor.counterId ? 'bg-brand-50' : ''}`}>
                <td className="px-3 py-2 font-medium">
                  {c.name}
                  {c.id === actor.counterId && <span className="ml-1 text-xs text-brand-700">({t.yourCounter})</span>}
                </td>
                <td className="px-3 py-2">{c.services.join(', ')}</td>
                <td className="px-3 py-2">{c.isOpen ? t.open : t.closed}</td>
                <td className="num px-3 py-2 text-right">{fmtInt(c.served)}</td>
                <td className="num px-3 py-2 text-right">{fmtInt(c.capacity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AppShell>
  );
}
