import { cookies } from 'next/headers';
import { dictFor, LANG_COOKIE } from './dict';

export async function getDict() {
  const store = await cookies();
  return dictFor(store.get(LANG_COOKIE)?.value);
}
