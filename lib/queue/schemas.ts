/** The request schemas of the queue (SPEC §6, §13): the scope queries, offices and counters, and
 *  the ticket writes, each field with its bilingual message. */
import { z } from 'zod';
import { msg } from '@/lib/i18n/messages';
import { isValidDay } from '@/lib/time';
import { MAX_OFFICES_PER_PAGE, OFFICE_KINDS, SERVICES } from './rules';

export const queueQuery = z.object({
  scope: z
    .string()
    .regex(/^(national|\d{2}(\.\d{2})?)$/)
    .optional(),
  asOf: z.string().refine(isValidDay).optional(),
  /** Offices per page (the totals and the hourly series always cover the whole scope). */
  limit: z.coerce.number().int().min(1).max(MAX_OFFICES_PER_PAGE).optional(),
  /** Where the page starts: the `nextCursor` of the page before. */
  cursor: z
    .string()
    .regex(/^\d{1,7}$/)
    .optional(),
  /** only the overloaded (or the other) offices; totals still cover the whole scope */
  status: z.enum(['overloaded', 'normal']).optional(),
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  message: msg('Jam harus berformat JJ:MM (mis. 08:00).', 'Time must be HH:MM (e.g. 08:00).'),
});
const name = z
  .string()
  .trim()
  .min(1, { message: msg('Nama wajib diisi.', 'Name is required.') })
  .max(120, { message: msg('Nama paling panjang 120 karakter.', 'Name is at most 120 characters.') });
const kind = z.enum(OFFICE_KINDS, {
  message: msg('Jenis kantor harus DINAS, KECAMATAN atau MOBILE.', 'Kind must be DINAS, KECAMATAN or MOBILE.'),
});
const hoursInOrder = (v: { opensAt?: string; closesAt?: string }) =>
  !v.opensAt || !v.closesAt || v.opensAt < v.closesAt;
const hoursMsg = {
  message: msg('Jam tutup harus setelah jam buka.', 'Closing time must be after opening time.'),
  path: ['closesAt'],
};

export const officeBody = z
  .object({
    regencyCode: z
      .string()
      .regex(/^\d{2}\.\d{2}$/, { message: msg('Kode kabupaten/kota tidak valid.', 'Invalid regency code.') }),
    name,
    kind,
    opensAt: hhmm,
    closesAt: hhmm,
  })
  .refine(hoursInOrder, hoursMsg);

const quotaMsg = msg(
  'Kuota harus bilangan bulat 0–100.000, atau null.',
  'A quota must be a whole number 0–100,000, or null.',
);
/** SPEC §13: an office's own daily quota per service (null: back to the capacity of the open
 *  counters serving it). */
const quotas = z.partialRecord(
  z.enum(SERVICES, {
    message: msg('Layanan harus IKD, KTP_EL, KK atau AKTA.', 'Service must be IKD, KTP_EL, KK or AKTA.'),
  }),
  z
    .number({ message: quotaMsg })
    .int({ message: quotaMsg })
    .min(0, { message: quotaMsg })
    .max(100_000, { message: quotaMsg })
    .nullable(),
  { message: quotaMsg },
);

export const officePatch = z
  .object({
    name: name.optional(),
    kind: kind.optional(),
    opensAt: hhmm.optional(),
    closesAt: hhmm.optional(),
    quotas: quotas.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: msg('Tidak ada perubahan yang dikirim.', 'Nothing to change was sent.'),
  })
  .refine(hoursInOrder, hoursMsg);

const services = z
  .array(z.enum(SERVICES), {
    message: msg('Pilih layanan: IKD, KTP_EL, KK atau AKTA.', 'Choose services: IKD, KTP_EL, KK or AKTA.'),
  })
  .min(1, { message: msg('Pilih paling sedikit satu layanan.', 'Choose at least one service.') })
  .transform((s) => SERVICES.filter((x) => s.includes(x)));
const capacity = z.coerce
  .number({ message: msg('Kapasitas harus bilangan bulat 1–1.000.', 'Capacity must be a whole number 1–1,000.') })
  .int({ message: msg('Kapasitas harus bilangan bulat 1–1.000.', 'Capacity must be a whole number 1–1,000.') })
  .min(1, { message: msg('Kapasitas harus bilangan bulat 1–1.000.', 'Capacity must be a whole number 1–1,000.') })
  .max(1000, { message: msg('Kapasitas harus bilangan bulat 1–1.000.', 'Capacity must be a whole number 1–1,000.') });
const isOpen = z.boolean({ message: msg('Buka harus true atau false.', 'isOpen must be true or false.') });

export const counterBody = z.object({ name, services, capacity: capacity.default(60), isOpen: isOpen.default(true) });
export const counterPatch = z
  .object({
    name: name.optional(),
    services: services.optional(),
    capacity: capacity.optional(),
    isOpen: isOpen.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: msg('Tidak ada perubahan yang dikirim.', 'Nothing to change was sent.'),
  });

export const officesQuery = z.object({
  scope: z
    .string()
    .regex(/^(national|\d{2}(\.\d{2})?)$/)
    .optional(),
});

const serviceField = z.enum(SERVICES, {
  message: msg('Layanan harus IKD, KTP_EL, KK atau AKTA.', 'Service must be IKD, KTP_EL, KK or AKTA.'),
});

export const issueBody = z.object({ service: serviceField });
export const callNextBody = z.object({ service: serviceField.optional() });
export const transferBody = z.object({ service: serviceField });
