import { describe, expect, it } from 'vitest';
import { currentHref, NAV } from '@/components/nav';

describe('the current page in the menu', () => {
  it('is the longest item the path is or lies under', () => {
    expect(currentHref(NAV, '/stok/alokasi')).toBe('/stok/alokasi');
    expect(currentHref(NAV, '/stok')).toBe('/stok');
    expect(currentHref(NAV, '/overview')).toBe('/overview');
    expect(currentHref(NAV, '/stokx')).toBeNull();
    expect(currentHref(NAV, '/ganti-sandi')).toBeNull();
  });
});
