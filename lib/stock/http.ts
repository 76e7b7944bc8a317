import { json } from '@/lib/api/handler';
import type { StoredAnswer } from '@/lib/api/idempotency';

/** The stored answer of an idempotent write as an HTTP response (a replay says so in a header). */
export function answer(a: StoredAnswer) {
  return json(a.body, { status: a.status, headers: a.replayed ? { 'Idempotent-Replayed': 'true' } : {} });
}
