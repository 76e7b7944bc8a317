'use client';

import { useRouter } from 'next/navigation';
import type { Lang } from '@/lib/i18n/dict';
import { setLanguage } from '@/lib/i18n/actions';

export function LangSwitch({ lang, label }: { lang: Lang; label: string }) {
  const router = useRouter();
  const set = async (l: Lang) => {
    await setLanguage(l);
    router.refresh();
  };
  return (
    <div role="group" aria-label={label} className="flex overflow-hidden rounded-md border border-current/30 text-xs">
      {(['id', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          onClick={() => set(l)}
          aria-pressed={lang === l}
          className={`px-2 py-1 font-semibold uppercase ${lang === l ? 'bg-white text-brand-800' : 'opacity-90 hover:opacity-100'}`}
        >
          {l}
        </button>
      ))}
    </div>
  );
}
