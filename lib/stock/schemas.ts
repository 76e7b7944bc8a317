/** zod schemas of the stock API, shared by the route handlers and the browser forms (so the
 *  form validates as you type with the same rules the server applies). No DB imports here. */
import { z } from 'zod';
import { msg } from '@/lib/i18n/messages';
import { isValidDay } from '@/lib/time';
import { itemParam } from './item-schema';
import { requiredText } from '@/lib/api/fields';

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
/** A movement may be dated at most this many days before the location's today (SPEC §4). */
export const MAX_BACKDATE_DAYS = 366;

/** A zod `error` option that words a missing value one way and a wrong one another (a required
 *  field of one movement type says "required", not "must be a number"). */
const missingOr = (missing: string, wrong?: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? missing : wrong;

/** A whole number from `min` to `max` with its own words: `wrong` for a value that is not an
 *  integer, `missing` (by default `wrong`) for none at all. */
const wholeNumber =
  (min: number, max: number, words: { wrong: string; low: string; high: string }) =>
  (missing = words.wrong) =>
    z
      .number({ error: missingOr(missing, words.wrong) })
      .int({ message: words.wrong })
      .min(min, { message: words.low })
      .max(max, { message: words.high });

const quantity = wholeNumber(1, MAX_QUANTITY, {
  wrong: msg('Jumlah harus berupa bilangan bulat.', 'Quantity must be a whole number.'),
  low: msg('Jumlah minimal 1 keping.', 'Quantity must be at least 1.'),
  high: msg('Jumlah paling banyak 1.000.000 keping.', 'Quantity must be at most 1,000,000.'),
});

const day = z
  .string({ message: msg('Tanggal wajib diisi (YYYY-MM-DD).', 'Date is required (YYYY-MM-DD).') })
  .refine(isValidDay, { message: msg('Tanggal harus berformat YYYY-MM-DD.', 'Date must be YYYY-MM-DD.') });

const REGENCY_CODE = /^\d{2}\.\d{2}$/;
const INVALID_REGENCY = msg('Kode kabupaten/kota tidak valid (mis. 15.71).', 'Invalid regency code (e.g. 15.71).');
const regencyCode = z.string().regex(REGENCY_CODE, { message: INVALID_REGENCY });

const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: msg(`Paling banyak ${max} karakter.`, `At most ${max} characters.`) })
    .optional()
    .transform((s) => (s ? s : undefined));

const countedOnHand = wholeNumber(0, MAX_QUANTITY, {
  wrong: msg('Hasil hitung harus berupa bilangan bulat.', 'The count must be a whole number.'),
  low: msg('Hasil hitung tidak boleh negatif.', 'The count cannot be negative.'),
  high: msg('Hasil hitung paling banyak 1.000.000.', 'The count must be at most 1,000,000.'),
});

const MAX_ID = 2_147_483_647;
const CHOOSE_REVERSED = msg('Pilih mutasi yang dibatalkan.', 'Choose the movement to reverse.');
const reversesId = wholeNumber(1, MAX_ID, {
  wrong: CHOOSE_REVERSED,
  low: CHOOSE_REVERSED,
  high: msg('Mutasi tidak ditemukan.', 'Movement not found.'),
})();

const CHOOSE_REQUISITION = msg('Pilih permintaan yang dipenuhi.', 'Choose the requisition it fills.');
/** SPEC §17: a province RECEIPT booked against a requisition. */
const requisitionId = wholeNumber(1, MAX_ID, {
  wrong: CHOOSE_REQUISITION,
  low: CHOOSE_REQUISITION,
  high: msg('Permintaan tidak ditemukan.', 'Requisition not found.'),
})();

/** The fields every movement may carry. A field a type does not use is still checked (a bad
 *  value is refused, whatever the type) and then left alone; each member below makes the
 *  fields its type needs required. */
const anyMovement = z.object({
  type: z.enum(MOVEMENT_TYPES),
  item: itemParam,
  quantity: quantity().optional(),
  occurredOn: day,
  reference: optText(100),
  note: optText(500),
  counterpartCode: regencyCode.optional(),
  countedOnHand: countedOnHand().optional(),
  reversesId: reversesId.optional(),
  /** only a RECEIPT fills a requisition: a well-formed id on another type is refused */
  requisitionId: requisitionId
    .pipe(
      z.never({
        message: msg('Hanya penerimaan yang dicatat terhadap permintaan.', 'Only a receipt fills a requisition.'),
      }),
    )
    .optional(),
});

const NOTE_REQUIRED = msg('Alasan penyesuaian wajib diisi.', 'A reason for the adjustment is required.');
const withQuantity = quantity(msg('Jumlah wajib diisi.', 'Quantity is required.'));
const receiver = z
  .string({ error: missingOr(msg('Pilih kabupaten/kota tujuan.', 'Choose the receiving regency.')) })
  .regex(REGENCY_CODE, { message: INVALID_REGENCY });

/** A stock opname: the counted figure and the reason. Its fields are also the checks of a CSV
 *  opname row (lib/imports/rows.ts), so both refuse a value with the same message. */
export const adjustmentBody = anyMovement.extend({
  type: z.literal('ADJUSTMENT'),
  countedOnHand: countedOnHand(msg('Isi jumlah hasil stock opname.', 'Enter the counted quantity.')),
  note: z
    .string({ error: missingOr(NOTE_REQUIRED) })
    .trim()
    .max(500, { message: msg('Paling banyak 500 karakter.', 'At most 500 characters.') })
    .min(1, { message: NOTE_REQUIRED }),
});

/** POST /stock/{code}/movements, one member per movement type (SPEC §4). */
export const movementBody = z.discriminatedUnion(
  'type',
  [
    anyMovement.extend({ type: z.literal('RECEIPT'), quantity: withQuantity, requisitionId: requisitionId.optional() }),
    anyMovement.extend({ type: z.literal('DISTRIBUTION'), quantity: withQuantity, counterpartCode: receiver }),
    anyMovement.extend({ type: z.literal('PRINTED'), quantity: withQuantity }),
    anyMovement.extend({ type: z.literal('SPOILED'), quantity: withQuantity }),
    anyMovement.extend({ type: z.literal('TRANSFER'), quantity: withQuantity, counterpartCode: receiver }),
    adjustmentBody,
    anyMovement.extend({ type: z.literal('REVERSAL'), reversesId }),
  ],
  { error: msg('Jenis mutasi tidak dikenal.', 'Unknown movement type.') },
);
export type MovementBody = z.infer<typeof movementBody>;

const minimum = wholeNumber(0, MAX_QUANTITY, {
  wrong: msg('Minimum harus berupa bilangan bulat.', 'The minimum must be a whole number.'),
  low: msg('Minimum tidak boleh negatif.', 'The minimum cannot be negative.'),
  high: msg('Minimum paling banyak 1.000.000.', 'The minimum must be at most 1,000,000.'),
});
/** The quantity of a shipment to split (allocation plan). */
const shipment = wholeNumber(1, MAX_QUANTITY, {
  wrong: msg('Jumlah kiriman harus berupa bilangan bulat.', 'The quantity must be a whole number.'),
  low: msg('Jumlah kiriman minimal 1.', 'The quantity must be at least 1.'),
  high: msg('Jumlah kiriman paling banyak 1.000.000.', 'The quantity must be at most 1,000,000.'),
});
/** A regency's share of an allocation (0: none this time). */
const lineQuantity = wholeNumber(0, MAX_QUANTITY, {
  wrong: msg('Jumlah harus berupa bilangan bulat.', 'Quantity must be a whole number.'),
  low: msg('Jumlah tidak boleh negatif.', 'Quantity cannot be negative.'),
  high: msg('Jumlah paling banyak 1.000.000.', 'At most 1,000,000.'),
});

export const minimumBody = z.object({
  item: itemParam,
  minimum: minimum(),
});

export const planBody = z.object({
  item: itemParam,
  quantity: shipment(),
});

export const allocationBody = z.object({
  reference: requiredText(
    100,
    { id: 'Nomor referensi wajib diisi.', en: 'A reference number is required.' },
    { id: 'Paling banyak 100 karakter.', en: 'At most 100 characters.' },
  ),
  occurredOn: day.optional(),
  item: itemParam,
  /** Also book the shipment's arrival (a RECEIPT of the lines' total) at the warehouse first. */
  receive: z.boolean().optional(),
  lines: z
    .array(
      z.object({
        regencyCode,
        quantity: lineQuantity(),
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
});
export type LedgerQuery = z.infer<typeof ledgerQuery>;

export const stockQuery = z.object({
  province: z.string().regex(/^\d{2}$/),
  asOf: day.optional(),
  item: itemParam,
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type StockQuery = z.infer<typeof stockQuery>;
