/** zod schemas of the requisition API (SPEC §17), shared by the route handlers and the forms. */
import { z } from 'zod';
import { msg } from '@/lib/i18n/messages';
import { MAX_QUANTITY } from '@/lib/stock/schemas';
import { ITEM_BLANGKO } from '@/lib/stock/rules';

/** The items a requisition can be for: the ledger holds e-KTP blanks (SPEC §16's other items
 *  are not in this ledger yet). */
export const REQUISITION_ITEMS = [ITEM_BLANGKO] as const;

const regencyCode = z.string().regex(/^\d{2}\.\d{2}$/, {
  message: msg('Kode kabupaten/kota tidak valid (mis. 15.71).', 'Invalid regency code (e.g. 15.71).'),
});

const count = (what: { id: string; en: string }) =>
  z
    .number({ message: msg(`${what.id} harus berupa bilangan bulat.`, `${what.en} must be a whole number.`) })
    .int({ message: msg(`${what.id} harus berupa bilangan bulat.`, `${what.en} must be a whole number.`) })
    .min(0, { message: msg(`${what.id} tidak boleh negatif.`, `${what.en} cannot be negative.`) })
    .max(MAX_QUANTITY, {
      message: msg(`${what.id} paling banyak 1.000.000.`, `${what.en} must be at most 1,000,000.`),
    });

const cohortCount = count({ id: 'Kohort', en: 'The cohort' });
const requestedCount = count({ id: 'Jumlah diminta', en: 'The requested quantity' });

/** Edited lines: the requested quantity of some regencies, replacing the formula's figure. */
export const linesInput = z
  .array(z.object({ regencyCode, requested: requestedCount }).strict(), {
    message: msg('Baris permintaan harus berupa daftar.', 'Lines must be a list.'),
  })
  .max(100, { message: msg('Paling banyak 100 baris.', 'At most 100 lines.') })
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      if (seen.has(l.regencyCode))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'regencyCode'],
          message: msg('Kabupaten/kota tercantum dua kali.', 'The regency is listed twice.'),
        });
      seen.add(l.regencyCode);
    });
  });
export type LinesInput = z.infer<typeof linesInput>;

export const draftBody = z
  .object({
    item: z.enum(REQUISITION_ITEMS, { message: msg('Barang tidak dikenal.', 'Unknown item.') }).optional(),
    months: z
      .number({ message: msg('Jumlah bulan harus 1–12.', 'Months must be 1–12.') })
      .int({ message: msg('Jumlah bulan harus 1–12.', 'Months must be 1–12.') })
      .min(1, { message: msg('Jumlah bulan harus 1–12.', 'Months must be 1–12.') })
      .max(12, { message: msg('Jumlah bulan harus 1–12.', 'Months must be 1–12.') })
      .optional(),
    cohort: z
      .union(
        [
          z.object({ total: cohortCount }).strict(),
          z.object({ byRegency: z.record(regencyCode, cohortCount) }).strict(),
        ],
        {
          message: msg(
            'Kohort berupa {total} atau {byRegency: {kode: jumlah}} dengan bilangan bulat tidak negatif.',
            'The cohort is {total} or {byRegency: {code: n}} with non-negative whole numbers.',
          ),
        },
      )
      .optional(),
    lines: linesInput.optional(),
  })
  .strict();
export type DraftBody = z.infer<typeof draftBody>;

/** PUT /requisitions/{id}: a transition, or (while DRAFT) edited lines. */
export const updateBody = z.union(
  [
    z
      .object({
        action: z.enum(['submit', 'cancel'], {
          message: msg('Tindakan harus submit atau cancel.', 'The action must be submit or cancel.'),
        }),
      })
      .strict(),
    z
      .object({ lines: linesInput.min(1, { message: msg('Baris permintaan wajib diisi.', 'Lines are required.') }) })
      .strict(),
  ],
  {
    message: msg(
      'Kirim {action: "submit"|"cancel"} atau {lines: [{regencyCode, requested}]}.',
      'Send {action: "submit"|"cancel"} or {lines: [{regencyCode, requested}]}.',
    ),
  },
);
export type UpdateBody = z.infer<typeof updateBody>;

export const listQuery = z.object({
  scope: z
    .string()
    .regex(/^(national|\d{2})$/)
    .optional(),
});
