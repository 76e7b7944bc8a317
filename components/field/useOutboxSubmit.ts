'use client';
/** What every outbox form shares: a submit that stores the entry on the device first and says
 *  what became of it, the "edit a refused entry" mode (`?ubah=<entry id>`), and the guard that
 *  keeps a tap made before the page's scripts ran from reloading the page (SPEC §11). */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'next/navigation';
import type { Lang } from '@/lib/i18n/dict';
import { fieldDict } from '@/lib/i18n/field';
import type { ApiFailure } from '@/lib/client/api';
import type { EntryKind, NewEntry, OutboxEntry } from '@/lib/client/outbox';
import { outbox } from '@/lib/client/useOutbox';

const noop = () => () => undefined;
/** false in the server's HTML and until hydration, then true: submit buttons render disabled
 *  until their handler exists, so an early tap cannot submit the form the browser's way. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

/** Runs `read` once, when the page's scripts took over the server's HTML. */
export function useOnHydrate(form: React.RefObject<HTMLFormElement | null>, read: (el: HTMLFormElement) => void) {
  const fn = useRef(read);
  useLayoutEffect(() => {
    if (form.current) fn.current(form.current);
  }, [form]);
}

/** Values typed into a form before hydration live only in the DOM: copy them into the state. */
export function useAdoptTypedValues<V extends Record<string, string>>(
  form: React.RefObject<HTMLFormElement | null>,
  values: V,
  setValues: (v: V) => void,
) {
  useOnHydrate(form, (el) => {
    let changed = false;
    const next = { ...values };
    for (const k of Object.keys(values) as (keyof V & string)[]) {
      const input = el.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
      if (input && 'value' in input && input.value !== values[k]) {
        next[k] = input.value as V[typeof k];
        changed = true;
      }
    }
    if (changed) setValues(next);
  });
}

export type SubmitResult<T> =
  { state: 'sent'; data: T } | { state: 'refused'; error: ApiFailure } | { state: 'queued'; message: string };

/** Sends one entry through the outbox. A refusal at the first try comes back to the form (which
 *  still holds what was typed) and leaves the outbox; an entry without an answer stays there. */
export function useOutboxSubmit<T>(kind: EntryKind, lang: Lang, onEdit?: (e: OutboxEntry) => void) {
  const f = fieldDict(lang);
  const params = useSearchParams();
  const editId = params.get('ubah');
  const [editing, setEditing] = useState<OutboxEntry | null>(null);
  const [pending, setPending] = useState(false);
  const editRef = useRef(onEdit);
  useEffect(() => {
    editRef.current = onEdit;
  });

  useEffect(() => {
    if (!editId) return;
    let live = true;
    void outbox.get(editId).then((e) => {
      if (!live || !e || e.kind !== kind) return;
      setEditing(e);
      editRef.current?.(e);
    });
    return () => {
      live = false;
    };
  }, [editId, kind]);

  const submit = useCallback(
    async (entry: Omit<NewEntry, 'kind' | 'lang' | 'editHref'>): Promise<SubmitResult<T>> => {
      setPending(true);
      try {
        const here = new URL(window.location.href);
        here.searchParams.delete('ubah');
        const { entry: made, outcome } = await outbox.submit({
          ...entry,
          kind,
          lang,
          editHref: here.pathname + here.search,
        });
        if (editing) {
          await outbox.discard(editing.id); // the edited entry replaces the refused one
          setEditing(null);
        }
        if (outcome.state === 'sent') return { state: 'sent', data: outcome.data as T };
        if (outcome.state === 'refused') {
          await outbox.discard(made.id); // the form shows why, with the values still in it
          return { state: 'refused', error: outcome.error };
        }
        return { state: 'queued', message: outcome.reason === 'auth' ? f.queuedAuth : f.queued };
      } finally {
        setPending(false);
      }
    },
    [editing, f, kind, lang],
  );

  return { submit, pending, editing, editingNotice: editing ? f.editing : null };
}
