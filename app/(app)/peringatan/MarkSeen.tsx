'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Opening the alerts page marks its alerts seen (PUT /api/v1/alerts/seen); the bell then
 *  refreshes to 0. */
export function MarkSeen({ unseen }: { unseen: number }) {
  const router = useRouter();
  useEffect(() => {
    if (unseen === 0) return;
    fetch('/api/v1/alerts/seen', { method: 'PUT' })
      .then((r) => {
        if (r.ok) router.refresh();
      })
      .catch(() => undefined);
  }, [unseen, router]);
  return null;
}
