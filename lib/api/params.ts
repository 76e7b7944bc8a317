import { z } from 'zod';
import { isRowId } from '@/lib/db';
import { isValidDay } from '@/lib/time';
import { errors, type Msg } from './errors';

/** The path parameters of API v1 (SPEC §12), in one place: an operation lists its own in
 *  `params` (checked by the pipeline before the handler runs) or, where the domain function
 *  checks one only after it authorized the caller, in `domainParams` (documented only). Each
 *  schema says what a path that does not match it answers: the 404 of the object it would
 *  name, as the domain functions answer for an unknown one, or a 422 naming the field. */
export type ParamInvalid = { notFound: Msg } | { field: Msg };
export const paramAnswers = z.registry<ParamInvalid>();

function notFoundIfNot<S extends z.ZodType>(schema: S, what: Msg): S {
  paramAnswers.add(schema, { notFound: what });
  return schema;
}

/** A regency code (`15.71`). */
export const regencyCodeParam = notFoundIfNot(z.string().regex(/^\d{2}\.\d{2}$/), {
  id: 'Kabupaten/kota',
  en: 'Regency',
});
/** A province code (`15`). */
export const provinceCodeParam = notFoundIfNot(z.string().regex(/^\d{2}$/), { id: 'Provinsi', en: 'Province' });
/** A ledger location: a province (its warehouse) or a regency. */
export const locationCodeParam = notFoundIfNot(z.string().regex(/^\d{2}(\.\d{2})?$/), {
  id: 'Wilayah',
  en: 'Region',
});

/** A row id: a positive integer both databases can hold (PostgreSQL `serial`), written as
 *  decimal digits; anything else names no row (404 with `what`). */
export const rowIdParam = (what: Msg) =>
  notFoundIfNot(
    z
      .string()
      .regex(/^\d{1,10}$/)
      .transform(Number)
      .refine(isRowId),
    what,
  );

export const officeIdParam = rowIdParam({ id: 'Kantor', en: 'Office' });
export const requisitionIdParam = rowIdParam({ id: 'Permintaan', en: 'Requisition' });
export const counterIdParam = rowIdParam({ id: 'Loket', en: 'Counter' });
export const ticketIdParam = rowIdParam({ id: 'Tiket', en: 'Ticket' });
export const anomalyIdParam = rowIdParam({ id: 'Anomali', en: 'Anomaly' });
export const userIdPathParam = rowIdParam({ id: 'Pengguna', en: 'User' });
export const campaignIdParam = rowIdParam({ id: 'Kegiatan', en: 'Campaign' });

/** A calendar day `YYYY-MM-DD` between 2000 and 2100. */
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => isValidDay(d) && d >= '2000-01-01' && d <= '2100-12-31')
  .register(paramAnswers, { field: { id: 'Tanggal harus berformat YYYY-MM-DD.', en: 'Date must be YYYY-MM-DD.' } });

/** A month `YYYY-MM` between 2020 and 2100. */
export const monthParam = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month')
  .refine((m) => m >= '2020-01' && m <= '2100-12', 'month')
  .register(paramAnswers, { field: { id: 'Bulan harus berformat YYYY-MM.', en: 'The month must be YYYY-MM.' } });

/** Validates the path parameters of a request with an operation's `params` schema: the first
 *  parameter that does not match answers what its schema says (404 or 422 naming it). */
export function parseParams<S extends z.ZodType>(schema: S, raw: Record<string, string>): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const key = String(result.error.issues[0]?.path[0] ?? 'path');
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  const answer = shape[key] ? paramAnswers.get(shape[key]) : undefined;
  if (answer && 'notFound' in answer) throw errors.notFound(answer.notFound);
  throw errors.validation({ [key]: answer?.field ?? { id: 'Nilai tidak valid.', en: 'Invalid value.' } });
}

/** The path of a regency's own resources: `/ikd/{regencyCode}/…`, `/periods/{regencyCode}/…`. */
export const regencyPath = z.object({ regencyCode: regencyCodeParam });
/** The path of a ledger location: `/stock/{code}/…`, `/provinces/{code}/allocations`. */
export const locationPath = z.object({ code: locationCodeParam });
/** The paths of one row: `/offices/{id}/…`, `/counters/{id}/…`, `/tickets/{id}/…`, `/users/{id}/…`. */
export const officePath = z.object({ id: officeIdParam });
export const counterPath = z.object({ id: counterIdParam });
export const ticketPath = z.object({ id: ticketIdParam });
export const userPath = z.object({ id: userIdPathParam });
