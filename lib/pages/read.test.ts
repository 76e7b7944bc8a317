import { describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/page', () => ({ requirePageActor: vi.fn() }));
vi.mock('@/lib/i18n/server', () => ({ getDict: vi.fn() }));

const { pageRead, refusalText } = await import('./read');
const { param } = await import('./params');
const { ApiError, errors } = await import('@/lib/api/errors');

const fails = (e: unknown) => () => Promise.reject(e);
const notThere = new ApiError('NOT_FOUND', { id: 'Tidak ada.', en: 'Not there.' });
const invalid = new ApiError('VALIDATION', { id: 'Tidak valid.', en: 'Invalid.' });

describe('pageRead', () => {
  it('gives the data of a read that succeeds', async () => {
    expect(await pageRead(async () => 42)).toEqual({ data: 42, refused: null });
  });

  it('turns NOT_FOUND into the 404 page and FORBIDDEN into a refusal', async () => {
    await expect(pageRead(fails(notThere))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    const forbidden = errors.forbidden();
    expect(await pageRead(fails(forbidden))).toEqual({ data: null, refused: forbidden });
  });

  it('throws other errors on to the error page unless the page refuses them', async () => {
    await expect(pageRead(fails(invalid))).rejects.toBe(invalid);
    await expect(pageRead(fails(new Error('db down')), { refuse: 'any' })).rejects.toThrow('db down');
    expect((await pageRead(fails(invalid), { refuse: 'any' })).refused).toBe(invalid);
    expect((await pageRead(fails(notThere), { missing: [], refuse: ['NOT_FOUND'] })).refused).toBe(notThere);
    await expect(pageRead(fails(invalid), { missing: ['VALIDATION'] })).rejects.toMatchObject({
      digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
    });
  });

  it('says FORBIDDEN with the page line and anything else with its own message', () => {
    expect(refusalText(errors.forbidden(), 'Tidak boleh.', 'id')).toBe('Tidak boleh.');
    expect(refusalText(invalid, 'Tidak boleh.', 'en')).toBe('Invalid.');
  });
});

describe('param', () => {
  it('keeps one non-empty value and drops blank, repeated and absent ones', () => {
    expect(param('32')).toBe('32');
    expect(param('')).toBeUndefined();
    expect(param(['32', '33'])).toBeUndefined();
    expect(param(undefined)).toBeUndefined();
  });
});
