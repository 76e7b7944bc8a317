import type { Lang } from '@/lib/i18n/dict';
import type { Msg } from '@/lib/i18n/messages';
/** The one error type of the API (SPEC §8) and the map from its codes to HTTP statuses. */
export type { Msg };

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  /** a write dated in a SUBMITTED or APPROVED month (SPEC §14) */
  PERIOD_LOCKED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly msg: Msg,
    public readonly fields?: Record<string, Msg>,
  ) {
    super(msg.en);
  }

  /** Headers the answer carries (`Allow` of a 405, `Retry-After` of a 429). */
  headers: Record<string, string> = {};

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  withHeaders(headers: Record<string, string>): this {
    Object.assign(this.headers, headers);
    return this;
  }
}

export const errors = {
  unauthenticated: () =>
    new ApiError('UNAUTHENTICATED', { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' }),
  forbidden: () =>
    new ApiError('FORBIDDEN', {
      id: 'Anda tidak berwenang mengakses wilayah atau data ini.',
      en: 'You are not allowed to access this region or data.',
    }),
  mustChangePassword: () =>
    new ApiError('FORBIDDEN', {
      id: 'Ganti kata sandi sementara Anda terlebih dahulu (halaman Ganti kata sandi).',
      en: 'Change your temporary password first (Change password page).',
    }),
  notFound: (what: Msg) =>
    new ApiError('NOT_FOUND', { id: `${what.id} tidak ditemukan.`, en: `${what.en} not found.` }),
  badRequest: (msg: Msg) => new ApiError('BAD_REQUEST', msg),
  validation: (fields: Record<string, Msg>) =>
    new ApiError(
      'VALIDATION',
      { id: 'Data tidak valid. Periksa isian yang ditandai.', en: 'Invalid data. Check the marked fields.' },
      fields,
    ),
  methodNotAllowed: (method: string, allow: string) =>
    new ApiError('METHOD_NOT_ALLOWED', {
      id: `Metode ${method} tidak dilayani di alamat ini (yang dilayani: ${allow}).`,
      en: `Method ${method} is not served at this address (served: ${allow}).`,
    }),
  unknownPath: () =>
    new ApiError('NOT_FOUND', {
      id: 'Alamat API ini tidak ada. Lihat /api/v1/openapi.json.',
      en: 'This API address does not exist. See /api/v1/openapi.json.',
    }),
  crossOrigin: () =>
    new ApiError('FORBIDDEN', {
      id: 'Perubahan data hanya diterima dari halaman Pantau sendiri.',
      en: 'Changes are only accepted from Pantau’s own pages.',
    }),
  unsupportedMediaType: () =>
    new ApiError('UNSUPPORTED_MEDIA_TYPE', {
      id: 'Isi permintaan harus JSON (Content-Type: application/json).',
      en: 'The request body must be JSON (Content-Type: application/json).',
    }),
  payloadTooLarge: (maxBytes: number) =>
    new ApiError('PAYLOAD_TOO_LARGE', {
      id: `Isi permintaan terlalu besar (paling banyak ${Math.round(maxBytes / 1_048_576)} MB).`,
      en: `The request body is too large (at most ${Math.round(maxBytes / 1_048_576)} MB).`,
    }),
  rateLimited: (minutes: number) =>
    new ApiError('RATE_LIMITED', {
      id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
      en: `Too many failed sign-in attempts. Try again in ${minutes} minutes.`,
    }),
};

export type { Lang };

export function langOf(acceptLanguage: string | null | undefined): Lang {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'id';
}

export function errorBody(err: ApiError, lang: Lang) {
  const fields = err.fields ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, v[lang]])) : undefined;
  return { error: { code: err.code, message: err.msg[lang], ...(fields ? { fields } : {}) } };
}
