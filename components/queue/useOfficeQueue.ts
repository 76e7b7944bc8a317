'use client';

import type { Lang } from '@/lib/i18n/dict';
import type { OfficeQueue } from '@/lib/queue/board';
import { useLiveQueue } from '@/lib/queue/live-client';

/** Where an office's queue sits in the client cache (a counter's own writes update it there). */
export const officeQueueKey = (officeId: number) => ['office-queue', officeId];

const versionOf = (d: OfficeQueue) => d.version;

/** An office's queue as its kiosk, board and counter screens follow it: the office's event
 *  stream, and its queue polled while the stream is down. */
export function useOfficeQueue(initial: OfficeQueue, lang: Lang) {
  const officeId = initial.office.id;
  return useLiveQueue({
    queryKey: officeQueueKey(officeId),
    initial,
    streamUrl: `/api/v1/offices/${officeId}/events`,
    pollUrl: `/api/v1/offices/${officeId}/queue`,
    lang,
    versionOf,
  });
}
