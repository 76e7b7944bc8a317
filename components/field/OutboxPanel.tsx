'use client';
/** "Menunggu dikirim (n)": the entries of this user still on the device, each with its summary;
 *  a refused one with the server's message and the choice to edit, resend or discard (asks
 *  first). Also binds the outbox to the signed-in user and refreshes the page's figures when an
 *  entry was booked. */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/dict';
import { fieldDict, fmtDeviceTime } from '@/lib/i18n/field';
import type { OutboxEntry } from '@/lib/client/outbox';
import { outbox, useOutbox } from '@/lib/client/useOutbox';
import { InlineConfirm } from './InlineConfirm';

export function OutboxPanel({ userId, lang }: { userId: number; lang: Lang }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const snapshot = useOutbox();

  useEffect(() => {
    void outbox.setUser(userId);
  }, [userId]);

  useEffect(
    () =>
      outbox.onSent(() => {
        void queryClient.invalidateQueries();
        router.refresh();
      }),
    [queryClient, router],
  );

  const { entries, othersCount, user } = snapshot;
  if (user !== userId || (entries.length === 0 && othersCount === 0)) return null;
  // a new panel (list closed) each time entries appear after none were waiting
  return <Panel key={entries.length > 0 ? 'entries' : 'none'} snapshot={snapshot} lang={lang} />;
}

function Panel({ snapshot, lang }: { snapshot: ReturnType<typeof useOutbox>; lang: Lang }) {
  const f = fieldDict(lang);
  const { entries, othersCount, sending } = snapshot;
  const [open, setOpen] = useState(false);
  const waiting = entries.filter((e) => e.state !== 'refused');
  const refused = entries.filter((e) => e.state === 'refused');
  const needsAuth = entries.some((e) => e.state === 'auth');

  return (
    <section
      aria-label={f.listTitle}
      data-testid="outbox"
      className="no-print border-b border-amber-300 bg-amber-50 text-sm text-slate-900"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 sm:px-4">
        {entries.length > 0 && (
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
            className="rounded-md border border-amber-500 bg-white px-2 py-1 font-semibold"
            data-testid="outbox-toggle"
          >
            {waiting.length > 0 && <span data-testid="outbox-waiting">{f.waiting(waiting.length)}</span>}
            {waiting.length > 0 && refused.length > 0 && ' · '}
            {refused.length > 0 && (
              <span className="text-red-800" data-testid="outbox-refused">
                {f.refused(refused.length)}
              </span>
            )}
          </button>
        )}
        {sending && <span aria-live="polite">{f.sendingNow}</span>}
        {needsAuth && (
          <span>
            {f.signInAgain}{' '}
            <a className="font-semibold underline" href={`/login?callbackUrl=${encodeURIComponent(currentPath())}`}>
              {f.signIn}
            </a>
          </span>
        )}
        {othersCount > 0 && <span className="text-slate-700">{f.others(othersCount)}</span>}
      </div>
      {open && entries.length > 0 && (
        <ol className="mx-auto max-w-6xl space-y-2 px-3 pb-3 sm:px-4" data-testid="outbox-list">
          {entries.map((e) => (
            <EntryRow key={e.id} e={e} lang={lang} />
          ))}
        </ol>
      )}
    </section>
  );
}

function currentPath() {
  return typeof window === 'undefined' ? '/' : window.location.pathname + window.location.search;
}

function EntryRow({ e, lang }: { e: OutboxEntry; lang: Lang }) {
  const f = fieldDict(lang);
  const [confirming, setConfirming] = useState(false);
  const refused = e.state === 'refused';
  const editHref = `${e.editHref}${e.editHref.includes('?') ? '&' : '?'}ubah=${encodeURIComponent(e.id)}`;
  return (
    <li
      data-testid="outbox-entry"
      data-state={e.state}
      className={`rounded-md border bg-white p-2 ${refused ? 'border-red-400' : 'border-amber-300'}`}
    >
      <p className="font-medium">{e.summary[lang]}</p>
      <p className="text-xs text-slate-700">
        {f.madeAt(fmtDeviceTime(e.createdAt, lang))}
        {e.state === 'pending' && e.attempts > 0 && ` · ${f.nextTry}`}
      </p>
      {refused && e.error && (
        <p className="mt-1 text-red-800" data-testid="outbox-error">
          {f.refusedBecause} {e.error.message}
          {Object.values(e.error.fields).length > 0 && ` (${Object.values(e.error.fields).join('; ')})`}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {refused && (
          <>
            <Link href={editHref} className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white">
              {f.edit}
            </Link>
            <button
              type="button"
              onClick={() => void outbox.resend(e.id)}
              className="rounded-md border border-slate-400 px-3 py-1.5"
            >
              {f.resend}
            </button>
          </>
        )}
        {e.state === 'pending' && e.attempts > 0 && (
          <button
            type="button"
            onClick={() => void outbox.retryNow()}
            className="rounded-md border border-slate-400 px-3 py-1.5"
          >
            {f.sendNow}
          </button>
        )}
        {!confirming ? (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="rounded-md border border-red-400 px-3 py-1.5 text-red-800"
          >
            {f.discard}
          </button>
        ) : (
          <InlineConfirm
            message={f.discardConfirm}
            yes={f.discardYes}
            no={f.cancel}
            onYes={() => void outbox.discard(e.id)}
            onNo={() => setConfirming(false)}
            testId="discard-confirm"
          />
        )}
      </div>
    </li>
  );
}
