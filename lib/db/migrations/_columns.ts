/** What several migrations build alike. A migration must build the same schema whenever it runs,
 *  so nothing here ever changes once a migration uses it: a new need gets a new function. */
import type { CreateTableBuilder } from 'kysely';
import type { DbKind } from '../index';

/** Adds the identity column `id` to a new table: the one column type that differs by dialect. */
export function identityColumn(kind: DbKind) {
  return (t: CreateTableBuilder<string>) =>
    kind === 'postgres'
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
