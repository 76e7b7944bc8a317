import { z } from 'zod';
import { parseBody } from '@/lib/api/query';
import { msg } from '@/lib/i18n/messages';
import { isValidDay } from '@/lib/time';
import { CHANNELS, SEGMENTS } from './rules';

/** The zod schemas of the IKD API, shared by the route handlers, the domain functions and the
 *  forms (messages carry both languages, see `msg()`). */
export const MAX_COUNT = 1_000_000;
export const MAX_WAJIB_KTP = 100_000_000;

const dayString = (what: { id: string; en: string }) =>
  z
    .string({ message: msg(`${what.id} wajib diisi (YYYY-MM-DD).`, `${what.en} is required (YYYY-MM-DD).`) })
    .refine(isValidDay, {
      message: msg(
        `${what.id} harus tanggal yang valid (YYYY-MM-DD).`,
        `${what.en} must be a valid date (YYYY-MM-DD).`,
      ),
    });

const segment = z.enum(SEGMENTS, {
  message: msg(
    'Segmen harus ASN_TNI_POLRI, GURU, MAHASISWA atau UMUM.',
    'Segment must be ASN_TNI_POLRI, GURU, MAHASISWA or UMUM.',
  ),
});
const channel = z.enum(CHANNELS, {
  message: msg('Kanal harus KANTOR, KECAMATAN atau JEMPUT_BOLA.', 'Channel must be KANTOR, KECAMATAN or JEMPUT_BOLA.'),
});
/** A whole number from 0 (or from 1: `positive`) to `max`, the messages naming the field. */
const count = (id: string, en: string, max = MAX_COUNT, positive = false) =>
  z
    .number({ message: msg(`${id} harus berupa angka.`, `${en} must be a number.`) })
    .int({ message: msg(`${id} harus bilangan bulat.`, `${en} must be a whole number.`) })
    .min(positive ? 1 : 0, {
      message: positive
        ? msg(`${id} harus lebih dari 0.`, `${en} must be more than 0.`)
        : msg(`${id} tidak boleh negatif.`, `${en} may not be negative.`),
    })
    .max(max, {
      message: msg(
        `${id} paling banyak ${max.toLocaleString('id-ID')}.`,
        `${en} may be at most ${max.toLocaleString('en-US')}.`,
      ),
    });

/** One count of a day: also the checks of a CSV IKD row (lib/imports/rows.ts). */
export const dayCount = z.object({ segment, channel, count: count('Jumlah', 'Count') });

export const dayCountsBody = z
  .object({
    counts: z
      .array(dayCount, {
        message: msg(
          'counts harus daftar {segment, channel, count}.',
          'counts must be a list of {segment, channel, count}.',
        ),
      })
      .max(SEGMENTS.length * CHANNELS.length, {
        message: msg('Paling banyak 12 baris (4 segmen × 3 kanal).', 'At most 12 rows (4 segments × 3 channels).'),
      }),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.counts.forEach((c, i) => {
      const key = `${c.segment}|${c.channel}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['counts', i],
          message: msg(`${c.segment} × ${c.channel} muncul dua kali.`, `${c.segment} × ${c.channel} appears twice.`),
        });
      }
      seen.add(key);
    });
  });
export type DayCountsBody = z.infer<typeof dayCountsBody>;

export const populationBody = z.object({
  wajibKtp: count('Wajib KTP', 'Wajib KTP', MAX_WAJIB_KTP, true),
  validFrom: dayString({ id: 'Berlaku mulai', en: 'Valid from' }),
});
export type PopulationBody = z.infer<typeof populationBody>;

export const baselineBody = z.object({
  activations: count('Aktivasi awal', 'Baseline activations', MAX_WAJIB_KTP),
  asOf: dayString({ id: 'Tanggal baseline', en: 'Baseline date' }),
});
export type BaselineBody = z.infer<typeof baselineBody>;

export const targetScope = z
  .string({ message: msg('Cakupan wajib diisi.', 'Scope is required.') })
  .regex(/^(national|\d{2}(\.\d{2})?)$/, {
    message: msg(
      'Cakupan harus "national" atau kode wilayah (mis. 15 atau 15.71).',
      'Scope must be "national" or a region code (e.g. 15 or 15.71).',
    ),
  });

export const targetBody = z.object({
  scope: targetScope,
  year: z
    .number({ message: msg('Tahun harus berupa angka.', 'Year must be a number.') })
    .int({ message: msg('Tahun harus bilangan bulat.', 'Year must be a whole number.') })
    .min(2022, { message: msg('Tahun paling awal 2022.', 'The earliest year is 2022.') })
    .max(2100, { message: msg('Tahun paling akhir 2100.', 'The latest year is 2100.') }),
  percent: z
    .number({ message: msg('Persen target harus berupa angka.', 'Target percent must be a number.') })
    .min(0.01, { message: msg('Persen target paling kecil 0,01.', 'Target percent must be at least 0.01.') })
    .max(100, { message: msg('Persen target paling besar 100.', 'Target percent may be at most 100.') })
    .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6, {
      message: msg('Persen target paling banyak dua angka desimal.', 'Target percent may have at most two decimals.'),
    }),
});
export type TargetBody = z.infer<typeof targetBody>;

const notes = z
  .string({ message: msg('Catatan harus teks.', 'Notes must be text.') })
  .trim()
  .max(1000, { message: msg('Catatan paling panjang 1.000 karakter.', 'Notes may be at most 1,000 characters.') })
  .optional()
  .nullable();

export const campaignBody = z.object({
  day: dayString({ id: 'Tanggal kegiatan', en: 'Campaign date' }),
  place: z
    .string({ message: msg('Tempat wajib diisi.', 'Place is required.') })
    .trim()
    .min(2, { message: msg('Tempat wajib diisi (minimal 2 karakter).', 'Place is required (at least 2 characters).') })
    .max(200, { message: msg('Tempat paling panjang 200 karakter.', 'Place may be at most 200 characters.') }),
  segment,
  planned: count('Rencana aktivasi', 'Planned activations').refine((n) => n > 0, {
    message: msg('Rencana aktivasi harus lebih dari 0.', 'Planned activations must be more than 0.'),
  }),
  notes,
});
export type CampaignBody = z.infer<typeof campaignBody>;

export const campaignResultBody = z.object({
  achieved: count('Aktivasi tercapai', 'Achieved activations'),
  notes,
});
export type CampaignResultBody = z.infer<typeof campaignResultBody>;

/** A body from a route (a Request, parsed as JSON) or from a test or server action (a plain
 *  value): either way the same schema and the same 400/422 answers. Called only after the
 *  caller's right to the target has been checked. */
export async function readBody<S extends z.ZodType>(src: unknown, schema: S): Promise<z.infer<S>> {
  if (src instanceof Request) return parseBody(src, schema);
  const req = new Request('http://pantau.local/', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(src ?? null),
  });
  return parseBody(req, schema);
}
