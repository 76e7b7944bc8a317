'use client';

import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import type { Lang } from '@/lib/i18n/dict';
import { queueDict } from '@/lib/i18n/queue';
import type { OfficeQueue } from '@/lib/queue/board';
import { fmtTime } from '@/lib/queue/client';
import { useOfficeQueue } from '@/components/queue/useOfficeQueue';
import { StaleBanner } from '@/lib/queue/StaleBanner';
import { fmtInt } from '@/lib/format';

const FLASH_MS = 4_000;

/** Two short tones, made in the browser (no sound file to fetch). */
function chime(ctx: AudioContext) {
  const t = ctx.currentTime;
  for (const [i, f] of [880, 660].entries()) {
    const o = ctx.createOscillator();
    const g = ctx.createGain();
    o.frequency.value = f;
    g.gain.setValueAtTime(0.0001, t + i * 0.35);
    g.gain.exponentialRampToValueAtTime(0.4, t + i * 0.35 + 0.02);
    g.gain.exponentialRampToValueAtTime(0.0001, t + i * 0.35 + 0.3);
    o.connect(g).connect(ctx.destination);
    o.start(t + i * 0.35);
    o.stop(t + i * 0.35 + 0.32);
  }
}

/** The display board of a service hall (a 1920×1080 TV): the latest call fills most of the
 *  screen and flashes (and chimes, once sound is enabled with one tap) on every call and recall;
 *  it follows the office's event stream, polling only while the stream is down. */
export function BoardView({ initial, lang }: { initial: OfficeQueue; lang: Lang }) {
  const q = queueDict(lang);
  const { data: d, now, staleSince, streaming } = useOfficeQueue(initial, lang);
  const [latest, ...rest] = d.lastCalls;
  const callKey = latest ? `${latest.id}@${latest.calledAt}` : '';
  const seen = useRef(callKey);
  const [flashUntil, setFlashUntil] = useState(0);
  const audio = useRef<AudioContext | null>(null);
  const [sound, setSound] = useState(false);
  useEffect(() => {
    if (callKey === seen.current) return;
    seen.current = callKey;
    if (!callKey) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new call arrived from outside React
    setFlashUntil(Date.now() + FLASH_MS);
    if (audio.current) chime(audio.current);
  }, [callKey]);
  // the clock of the server, carried forward by the device's
  const [offset] = useState(() => Date.parse(initial.serverTime) - Date.now());
  const flashing = flashUntil > now;

  return (
    <main id="main" data-live={streaming ? 'stream' : 'poll'} className="flex min-h-screen flex-col gap-[2vh] bg-slate-900 p-[2vh] text-white lg:h-screen">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold sm:text-[4vh]" data-testid="scope-name">
          {d.office.name}
        </h1>
        <div className="flex items-center gap-4">
          {sound ? (
            <span className="text-sm text-slate-300" data-testid="sound-on">
              {q.soundOn}
            </span>
          ) : (
            <button
              type="button"
              data-testid="enable-sound"
              onClick={() => {
                const Ctx =
                  window.AudioContext ??
                  (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
                if (Ctx) {
                  audio.current = new Ctx();
                  chime(audio.current);
                }
                setSound(true);
              }}
              className="rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-900"
            >
              {q.enableSound}
            </button>
          )}
          <p className="num text-xl sm:text-[4vh]">{fmtTime(new Date(now + offset).toISOString(), d.office.timeZone)}</p>
        </div>
      </header>
      <StaleBanner since={staleSince} timeZone={d.office.timeZone} lang={lang} className="text-xl sm:text-[3vh]" />
      <div className="grid min-h-0 flex-1 gap-[2vh] lg:grid-cols-[2fr_1fr]">
        <section
          aria-labelledby="now-title"
          data-testid="board-now"
          data-flash={flashing ? 'on' : 'off'}
          className={`flex flex-col items-center justify-center rounded-3xl p-6 text-center transition-colors ${
            flashing ? 'animate-pulse bg-amber-400 text-slate-950' : 'bg-brand-700'
          }`}
        >
          <h2 id="now-title" className="text-2xl font-semibold sm:text-[4.5vh]">
            {q.nowServing}
          </h2>
          {latest ? (
            <div aria-live="assertive">
              <p
                className="num font-black leading-none text-[22vw] lg:text-[min(24vh,16vw)]"
                data-testid="board-latest-number"
              >
                {latest.number}
              </p>
              <p className="text-3xl sm:text-[7vh]">
                {q.toCounter} <strong data-testid="board-latest-counter">{latest.counterName}</strong>
              </p>
            </div>
          ) : (
            <p className="my-8 text-2xl sm:text-[5vh]">{q.noCalls}</p>
          )}
        </section>
        <section aria-labelledby="last-title" className="flex min-h-0 flex-col rounded-3xl bg-slate-800 p-[2.5vh]">
          <h2 id="last-title" className="mb-[1.5vh] text-2xl font-semibold sm:text-[4vh]">
            {q.lastCalls}
          </h2>
          <ol className="flex flex-1 flex-col justify-start gap-[1.2vh] overflow-hidden" data-testid="board-last-calls">
            {rest.map((c) => (
              <li
                key={`${c.id}-${c.calledAt}`}
                className="flex justify-between gap-3 border-b border-slate-700 pb-[1vh] text-2xl sm:text-[5vh]"
              >
                <span className="num font-bold">{c.number}</span>
                <span>{c.counterName}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <section aria-labelledby="wait-title">
        <h2 id="wait-title" className="sr-only">
          {q.waiting}
        </h2>
        <ul className="grid grid-cols-2 gap-[2vh] sm:grid-cols-4">
          {d.services.map((s) => (
            <li key={s} className="rounded-2xl bg-slate-800 px-4 py-[1.5vh]">
              <span className="block text-lg sm:text-[2.6vh]">{q.service[s]}</span>
              <span className="num text-3xl font-bold sm:text-[5vh]">{fmtInt(d.office.waitingByService[s])}</span>{' '}
              <span className="text-lg sm:text-[2.6vh]">{q.waiting.toLowerCase()}</span>
            </li>
          ))}
        </ul>
      </section>
      <Link href="/" className="text-sm text-slate-400 underline">
        Pantau
      </Link>
    </main>
  );
}
