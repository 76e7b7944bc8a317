/** The one error type of the API (SPEC §8) and the map from its codes to HTTP statuses. */
export type Msg = { id: string; en: string };

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** a write dated in a SUBMITTED or APPROVED month (SPEC §14) */
  PERIOD_LOCKED: 409,
  VALIDATION: 422,
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

  get status(): number {
    return ERROR_STATUS[this.code];
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
  rateLimited: (minutes: number) =>
    new ApiError('RATE_LIMITED', {
      id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
      en: `Too many failed sign-in attempts. Try again in ${minutes} minutes.`,
    }),
};

export type Lang = 'id' | 'en';

export function langOf(acceptLanguage: string | null | undefined): Lang {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'id';
}

export function errorBody(err: ApiError, lang: Lang) {
  const fields = err.fields ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, v[lang]])) : undefined;
  return { error: { code: err.code, message: err.msg[lang], ...(fields ? { fields } : {}) } };
}
