/** zod schemas of the stock API, shared by the route handlers and the browser forms (so the
 *  form validates as you type with the same rules the server applies). No DB imports here. */
import { z } from 'zod';
import { msg } from '@/lib/api/query';
import { isValidDay } from '@/lib/time';
import { itemParam } from './item-schema';

export const MOVEMENT_TYPES = [
  'RECEIPT',
  'DISTRIBUTION',
  'PRINTED',
  'SPOILED',
  'TRANSFER',
  'ADJUSTMENT',
  'REVERSAL',
] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];
export const MAX_QUANTITY = 1_000_000;

const quantity = z
  .number({ message: msg('Jumlah harus berupa bilangan bulat.', 'Quantity must be a whole number.') })
  .int({ message: msg('Jumlah harus berupa bilangan bulat.', 'Quantity must be a whole number.') })
  .min(1, { message: msg('Jumlah minimal 1 keping.', 'Quantity must be at least 1.') })
  .max(MAX_QUANTITY, { message: msg('Jumlah paling banyak 1.000.000 keping.', 'Quantity must be at most 1,000,000.') });

const day = z
  .string({ message: msg('Tanggal wajib diisi (YYYY-MM-DD).', 'Date is required (YYYY-MM-DD).') })
  .refine(isValidDay, { message: msg('Tanggal harus berformat YYYY-MM-DD.', 'Date must be YYYY-MM-DD.') });

const regencyCode = z.string().regex(/^\d{2}\.\d{2}$/, {
  message: msg('Kode kabupaten/kota tidak valid (mis. 15.71).', 'Invalid regency code (e.g. 15.71).'),
});

const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: msg(`Paling banyak ${max} karakter.`, `At most ${max} characters.`) })
    .optional()
    .transform((s) => (s ? s : undefined));

export const movementBody = z
  .object({
    type: z.enum(MOVEMENT_TYPES, {
      message: msg('Jenis mutasi tidak dikenal.', 'Unknown movement type.'),
    }),
    item: itemParam,
    quantity: quantity.optional(),
    occurredOn: day,
    reference: optText(100),
    note: optText(500),
    counterpartCode: regencyCode.optional(),
    countedOnHand: z
      .number({ message: msg('Hasil hitung harus berupa bilangan bulat.', 'The count must be a whole number.') })
      .int({ message: msg('Hasil hitung harus berupa bilangan bulat.', 'The count must be a whole number.') })
      .min(0, { message: msg('Hasil hitung tidak boleh negatif.', 'The count cannot be negative.') })
      .max(MAX_QUANTITY, {
        message: msg('Hasil hitung paling banyak 1.000.000.', 'The count must be at most 1,000,000.'),
      })
      .optional(),
    reversesId: z
      .number({ message: msg('Pilih mutasi yang dibatalkan.', 'Choose the movement to reverse.') })
      .int({ message: msg('Pilih mutasi yang dibatalkan.', 'Choose the movement to reverse.') })
      .positive({ message: msg('Pilih mutasi yang dibatalkan.', 'Choose the movement to reverse.') })
      .max(2_147_483_647, { message: msg('Mutasi tidak ditemukan.', 'Movement not found.') })
      .optional(),
    /** SPEC §17: a province RECEIPT booked against a requisition. */
    requisitionId: z
      .number({ message: msg('Pilih permintaan yang dipenuhi.', 'Choose the requisition it fills.') })
      .int({ message: msg('Pilih permintaan yang dipenuhi.', 'Choose the requisition it fills.') })
      .positive({ message: msg('Pilih permintaan yang dipenuhi.', 'Choose the requisition it fills.') })
      .max(2_147_483_647, { message: msg('Permintaan tidak ditemukan.', 'Requisition not found.') })
      .optional(),
  })
  .superRefine((b, ctx) => {
    const need = (path: string, id: string, en: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: msg(id, en) });
    if (['RECEIPT', 'DISTRIBUTION', 'PRINTED', 'SPOILED', 'TRANSFER'].includes(b.type) && b.quantity === undefined)
      need('quantity', 'Jumlah wajib diisi.', 'Quantity is required.');
    if ((b.type === 'DISTRIBUTION' || b.type === 'TRANSFER') && !b.counterpartCode)
      need('counterpartCode', 'Pilih kabupaten/kota tujuan.', 'Choose the receiving regency.');
    if (b.type === 'ADJUSTMENT' && b.countedOnHand === undefined)
      need('countedOnHand', 'Isi jumlah hasil stock opname.', 'Enter the counted quantity.');
    if (b.type === 'ADJUSTMENT' && !b.note)
      need('note', 'Alasan penyesuaian wajib diisi.', 'A reason for the adjustment is required.');
    if (b.requisitionId !== undefined && b.type !== 'RECEIPT')
      need(
        'requisitionId',
        'Hanya penerimaan yang dicatat terhadap permintaan.',
        'Only a receipt fills a requisition.',
      );
    if (b.type === 'REVERSAL' && b.reversesId === undefined)
      need('reversesId', 'Pilih mutasi yang dibatalkan.', 'Choose the movement to reverse.');
  });
export type MovementBody = z.infer<typeof movementBody>;

export const minimumBody = z.object({
  item: itemParam,
  minimum: z
    .number({ message: msg('Minimum harus berupa bilangan bulat.', 'The minimum must be a whole number.') })
    .int({ message: msg('Minimum harus berupa bilangan bulat.', 'The minimum must be a whole number.') })
    .min(0, { message: msg('Minimum tidak boleh negatif.', 'The minimum cannot be negative.') })
    .max(MAX_QUANTITY, { message: msg('Minimum paling banyak 1.000.000.', 'The minimum must be at most 1,000,000.') }),
});

export const planBody = z.object({
  item: itemParam,
  quantity: z
    .number({ message: msg('Jumlah kiriman harus berupa bilangan bulat.', 'The quantity must be a whole number.') })
    .int({ message: msg('Jumlah kiriman harus berupa bilangan bulat.', 'The quantity must be a whole number.') })
    .min(1, { message: msg('Jumlah kiriman minimal 1.', 'The quantity must be at least 1.') })
    .max(MAX_QUANTITY, {
      message: msg('Jumlah kiriman paling banyak 1.000.000.', 'The quantity must be at most 1,000,000.'),
    }),
});

export const allocationBody = z.object({
  reference: z
    .string({ message: msg('Nomor referensi wajib diisi.', 'A reference number is required.') })
    .trim()
    .min(1, { message: msg('Nomor referensi wajib diisi.', 'A reference number is required.') })
    .max(100, { message: msg('Paling banyak 100 karakter.', 'At most 100 characters.') }),
  occurredOn: day.optional(),
  item: itemParam,
  /** Also book the shipment's arrival (a RECEIPT of the lines' total) at the warehouse first. */
  receive: z.boolean().optional(),
  lines: z
    .array(
      z.object({
        regencyCode,
        quantity: z
          .number({ message: msg('Jumlah harus berupa bilangan bulat.', 'Quantity must be a whole number.') })
          .int({ message: msg('Jumlah harus berupa bilangan bulat.', 'Quantity must be a whole number.') })
          .min(0, { message: msg('Jumlah tidak boleh negatif.', 'Quantity cannot be negative.') })
          .max(MAX_QUANTITY, { message: msg('Jumlah paling banyak 1.000.000.', 'At most 1,000,000.') }),
      }),
      { message: msg('Baris alokasi wajib diisi.', 'Allocation lines are required.') },
    )
    .min(1, { message: msg('Baris alokasi wajib diisi.', 'Allocation lines are required.') })
    .max(100),
});
export type AllocationBody = z.infer<typeof allocationBody>;

/** Query of GET /stock/{code}/movements. */
export const ledgerQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  asOf: day.optional(),
  type: z.enum(MOVEMENT_TYPES).optional(),
  item: itemParam,
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}_\d{1,9}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type LedgerQuery = z.infer<typeof ledgerQuery>;

export const stockQuery = z.object({
  province: z.string().regex(/^\d{2}$/),
  asOf: day.optional(),
  item: itemParam,
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type StockQuery = z.infer<typeof stockQuery>;
