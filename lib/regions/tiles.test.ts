import { describe, expect, it } from 'vitest';
import { PROVINCE_TILES, TILE_COLS, TILE_ROWS } from './tiles';
import { loadRegionRows } from './data';

describe('the tile map layout', () => {
  it('places each of the 38 provinces on its own tile inside the grid, with its own label', () => {
    const provinces = loadRegionRows()
      .filter((r) => r.level === 'province')
      .map((r) => r.code);
    expect(provinces).toHaveLength(38);
    expect(Object.keys(PROVINCE_TILES).sort()).toEqual([...provinces].sort());
    const places = Object.values(PROVINCE_TILES);
    expect(new Set(places.map((p) => `${p.row},${p.col}`)).size).toBe(38);
    expect(new Set(places.map((p) => p.short)).size).toBe(38);
    for (const p of places) {
      expect(p.row).toBeLessThan(TILE_ROWS);
      expect(p.col).toBeLessThan(TILE_COLS);
    }
  });
  it('follows the geography: Aceh top left, Papua’s six provinces on the right', () => {
    expect(PROVINCE_TILES['11']).toMatchObject({ row: 0, col: 0 });
    const papua = ['91', '92', '93', '94', '95', '96'].map((c) => PROVINCE_TILES[c].col);
    const others = Object.entries(PROVINCE_TILES)
      .filter(([c]) => !c.startsWith('9'))
      .map(([, p]) => p.col);
    expect(Math.min(...papua)).toBeGreaterThan(Math.max(...others));
  });
});
