import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, useFreshDb } from '@/tests/db';
import { backupDatabase, restoreDatabase } from './backup';
import { tableChecksums } from './checksum';
import { openDb } from './index';
import { seedBase } from '@/lib/demo/seed';
import { dataVersions } from '@/lib/overview/cache';

describe.each(DB_KINDS)('backup and restore on %s', (kind) => {
  const h = useFreshDb(kind, seedBase);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-backup-'));
  beforeAll(async () => {
    await h.db
      .insertInto('stock_balances')
      .values({ location_code: '15.71', item: 'BLANGKO_KTP_EL', on_hand: 2500, minimum: 2000, last_movement_at: null })
      .execute();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a backup taken while the database is open restores to the same checksum of every table', async () => {
    const url = h.url;
    const before = await tableChecksums(h);
    expect(before.regions).toMatch(/^7829:/); // 38 + 514 + 7,277 regions
    const file = path.join(dir, kind === 'postgres' ? 'b.dump' : 'b.db');
    await backupDatabase(url, file);

    await h.db.updateTable('stock_balances').set({ on_hand: 1 }).execute();
    await h.db.insertInto('login_attempts').values({ username: 'x', at: '2026-01-01T00:00:00Z', success: 0 }).execute();
    expect(await tableChecksums(h)).not.toEqual(before);

    const versionsBefore = await dataVersions(h);
    await h.close();
    await restoreDatabase(url, file);
    const reopened = await openDb(url);
    try {
      // every table as backed up, but the data versions (bookkeeping for the instances' caches)
      const withoutVersions = (c: Record<string, string>) =>
        Object.fromEntries(Object.entries(c).filter(([t]) => t !== 'data_versions'));
      expect(withoutVersions(await tableChecksums(reopened))).toEqual(withoutVersions(before));
      if (kind === 'postgres') {
        // past every version before the restore, so no instance serves figures cached from the
        // data the restore replaced (SQLite: Pantau is stopped for a restore)
        const after = await dataVersions(reopened);
        for (const d of ['stock', 'ikd', 'queue'] as const) {
          expect(Number(after[d]!.split(':')[1])).toBeGreaterThan(Number(versionsBefore[d]!.split(':')[1]));
        }
      }
    } finally {
      await reopened.close();
    }
  });
});
