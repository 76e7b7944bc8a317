import { describe, expect, it } from 'vitest';
import { actionLabel, changedFields, localTimeLabel } from './rules';

describe('the audit trail in words', () => {
  it('names actions in the reader’s language', () => {
    expect(actionLabel('user.deactivate', 'id')).toBe('Nonaktifkan pengguna');
    expect(actionLabel('user.deactivate', 'en')).toBe('Deactivated a user');
    expect(actionLabel('stock.movement.printed', 'id', (t) => t.toUpperCase())).toBe('Mutasi stok: PRINTED');
    expect(actionLabel('import.ikd', 'en')).toBe('CSV import: ikd');
    expect(actionLabel('something.new', 'id')).toBe('something.new');
  });
  it('shows times in the reader’s zone', () => {
    expect(localTimeLabel('2026-12-02T06:05:00.000Z', 'Asia/Jakarta', 'id')).toBe('2 Des 2026, 13.05 WIB');
    expect(localTimeLabel('2026-12-02T06:05:00.000Z', 'Asia/Makassar', 'id')).toBe('2 Des 2026, 14.05 WITA');
    expect(localTimeLabel('2026-12-02T06:05:00.000Z', 'Asia/Jayapura', 'en')).toBe('2 Dec 2026, 15:05 WIT');
  });
  it('lists only the fields that changed', () => {
    expect(changedFields({ minimum: 2000, code: '15.71' }, { minimum: 2500, code: '15.71' })).toEqual([
      { field: 'minimum', before: '2000', after: '2500' },
    ]);
    expect(changedFields(null, { active: true })).toEqual([{ field: 'active', before: null, after: 'true' }]);
    expect(changedFields(null, null)).toEqual([]);
  });
});
