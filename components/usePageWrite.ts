'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';

export type Outcome = { ok: boolean; text: string };

/** A write the page waits for (a requisition's step, a month's transition, an office form):
 *  `busy` while it runs; then `outcome` says what became of it (the `saved` words, or the
 *  API's message) and, once it is done, the server-rendered page is fetched again. */
export function usePageWrite() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async (write: () => Promise<unknown>, saved?: string, onDone?: () => void) => {
    setBusy(true);
    setOutcome(null);
    try {
      await write();
      if (saved !== undefined) setOutcome({ ok: true, text: saved });
      onDone?.();
      router.refresh();
    } catch (e) {
      setOutcome({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}
