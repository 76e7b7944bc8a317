'use client';
/** React access to the one device outbox of this browser (lib/client/outbox.ts). */
import { useSyncExternalStore } from 'react';
import { Outbox, type OutboxSnapshot } from './outbox';

export const outbox = new Outbox();

const SERVER: OutboxSnapshot = { user: null, entries: [], othersCount: 0, sending: false };

export function useOutbox(): OutboxSnapshot {
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, () => SERVER);
}
