/** The `item` parameter of every stock endpoint (SPEC §16), shared by the route schemas and the
 *  browser forms. Only its shape is checked here; whether the item exists is the items table's
 *  answer (lib/stock/items.ts `resolveItem`). No DB imports here. */
import { z } from 'zod';
import { msg } from '@/lib/i18n/messages';

export const UNKNOWN_ITEM = { id: 'Barang tidak dikenal.', en: 'Unknown item.' };

export const itemParam = z
  .string({ message: msg(UNKNOWN_ITEM.id, UNKNOWN_ITEM.en) })
  .trim()
  .max(40, { message: msg(UNKNOWN_ITEM.id, UNKNOWN_ITEM.en) })
  .optional();
