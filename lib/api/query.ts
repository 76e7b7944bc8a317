import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { errors, type Msg } from './errors';

const FIELD_MSG: Record<string, Msg> = {
  scope: { id: 'Cakupan wilayah harus "national" atau kode wilayah (mis. 15 atau 15.71).', en: 'Scope must be "national" or a region code (e.g. 15 or 15.71).' },
  asOf: { id: 'Tanggal harus berformat YYYY-MM-DD.', en: 'Date must be YYYY-MM-DD.' },
  level: { id: 'Tingkat harus province, regency atau district.', en: 'Level must be province, regency or district.' },
  parent: { id: 'Kode induk tidak valid.', en: 'Invalid parent code.' },
};

/** Parses URL search parameters with a zod schema; a bad value is a 422 naming each field. */
export function parseQuery<S extends z.ZodType>(req: NextRequest, schema: S): z.infer<S> {
  const raw: Record<string, string> = {};
  req.nextUrl.searchParams.forEach((v, k) => {
    raw[k] = v;
  });
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields: Record<string, Msg> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? 'query');
    fields[key] = FIELD_MSG[key] ?? { id: 'Nilai tidak valid.', en: 'Invalid value.' };
  }
  throw errors.validation(fields);
}
