import { ApiError } from '@/lib/api/errors';

/** The ApiError a call refuses with; the test fails if it succeeds or throws anything else. */
export async function refusal(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a refusal (an ApiError)');
}
