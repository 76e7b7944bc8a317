import Link from 'next/link';
import type { Item } from '@/lib/stock/items';
import { itemDict } from '@/lib/i18n/items';
import type { Lang } from '@/lib/i18n/dict';
import { ITEM_BLANGKO } from '@/lib/stock/rules';

/** The item switch of the stock pages (SPEC §16): one link per item, the chosen one marked; the
 *  choice lives in the URL (`?item=RIBBON`, e-KTP blanks without it). */
export function ItemSwitch({
  items,
  current,
  href,
  lang,
}: {
  items: Item[];
  current: string;
  href: (code: string) => string;
  lang: Lang;
}) {
  return (
    <nav aria-label={itemDict(lang).item} data-testid="item-switch">
      <ul className="flex flex-wrap gap-2 text-sm">
        {items.map((i) => {
          const on = i.code === current;
          return (
            <li key={i.code}>
              <Link
                href={href(i.code)}
                aria-current={on ? 'page' : undefined}
                data-item={i.code}
                className={`inline-block rounded-full border px-3 py-1 ${
                  on ? 'border-brand-700 bg-brand-700 font-semibold text-white' : 'border-slate-300 text-brand-700'
                }`}
              >
                {i.name[lang]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** `?item=` for a link: nothing for e-KTP blanks, so their URLs stay as they always were. */
export function itemSearch(item: string): string {
  return item === ITEM_BLANGKO ? '' : `&item=${encodeURIComponent(item)}`;
}
