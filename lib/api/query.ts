import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { messageOf } from '@/lib/i18n/messages';
import { errors, type Msg } from './errors';
import { MAX_BODY_BYTES } from './guard';

const FIELD_MSG: Record<string, Msg> = {
  scope: {
    id: 'Cakupan wilayah harus "national" atau kode wilayah (mis. 15 atau 15.71).',
    en: 'Scope must be "national" or a region code (e.g. 15 or 15.71).',
  },
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

/** Reads a JSON request body and parses it with a zod schema: broken JSON or another content
 *  type is a 400; a bad field is a 422 whose `fields` name each one (with the schema's own
 *  message when its check gives one with `msg()`, else a generic one). */
export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw errors.badRequest({
      id: 'Isi permintaan harus JSON (Content-Type: application/json).',
      en: 'The request body must be JSON (Content-Type: application/json).',
    });
  }
  let raw: unknown;
  try {
    const text = await req.text();
    if (text.length > MAX_BODY_BYTES) throw new Error('too large');
    raw = JSON.parse(text);
  } catch {
    throw errors.badRequest({ id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' });
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields: Record<string, Msg> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : 'body';
    if (fields[key]) continue;
    fields[key] = messageOf(issue.message);
  }
  throw errors.validation(fields);
}
