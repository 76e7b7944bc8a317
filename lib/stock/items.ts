/** The items of the stock ledger (SPEC §16): e-KTP blanks, KIA blanks, printer ribbon and film.
 *  They are rows of the `items` table (migration 0014_items), so adding one is one row; every
 *  stock endpoint takes `item` (body or query), default `BLANGKO_KTP_EL`. */
import type { Lang } from '@/lib/i18n/dict';
import { getHandle, type DbHandle } from '@/lib/db';
import { errors, type Msg } from '@/lib/api/errors';
import { itemParam, UNKNOWN_ITEM } from './item-schema';
import type { Actor } from '@/lib/auth/permissions';
import { ITEM_BLANGKO } from './rules';

export interface Item {
  code: string;
  name: Msg;
  /** the unit in Indonesian ("keping", "roll") */
  unit: string;
  /** the unit in both languages, for messages ("cards", "rolls") */
  unitName: Msg;
  defaultMinimum: number;
}

async function itemRows(h: DbHandle): Promise<Item[]> {
  const rows = await h.db.selectFrom('items').selectAll().orderBy('sort_order').orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    name: { id: r.name_id, en: r.name_en },
    unit: r.unit,
    unitName: { id: r.unit, en: r.unit_en },
    defaultMinimum: Number(r.default_minimum),
  }));
}

/** GET /api/v1/items — every item with its unit and default minimum (any signed-in user). */
export async function listItems(_actor: Actor, handle?: DbHandle): Promise<{ items: Item[] }> {
  return { items: await itemRows(handle ?? (await getHandle())) };
}

/** The item `code` names (default, also for an empty code: e-KTP blanks); an unknown code is a 422 on `item`. */
export async function resolveItem(h: DbHandle, code: string | undefined): Promise<Item> {
  const want = code || ITEM_BLANGKO;
  const found = (await itemRows(h)).find((i) => i.code === want);
  if (!found) throw errors.validation({ item: UNKNOWN_ITEM });
  return found;
}

/** The item of a request: the body's `item` if it has one, else the query's `?item=`. */
export function itemOf(body: { item?: string } | undefined, searchParams: URLSearchParams): string | undefined {
  if (body?.item) return body.item;
  const q = searchParams.get('item');
  if (q === null) return undefined;
  const p = itemParam.safeParse(q);
  if (!p.success) throw errors.validation({ item: UNKNOWN_ITEM });
  return p.data;
}

/** "3 roll", "120 keping" / "3 rolls", "120 cards". */
export function withUnit(n: string, item: Pick<Item, 'unitName'>, lang: Lang): string {
  return `${n} ${item.unitName[lang]}`;
}

/** A download's name part: e-KTP blanks keep the name they always had ("stok"), other items
 *  say which ("stok-ribbon"). */
export function exportWhat(what: string, item: string): string {
  return item === ITEM_BLANGKO ? what : `${what}-${item.toLowerCase().replaceAll('_', '-')}`;
}
