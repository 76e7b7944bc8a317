/** SPEC §17: what a province asks the ministry for. A requisition keeps the figures it was
 *  computed from (its lines), its state and `received`, the sum of the province RECEIPT
 *  movements that name it (kept in the receipt's own transaction, lib/requisitions/book.ts). */
import type { Kysely } from 'kysely';
import type { DbKind } from '../index';
import { identityColumn } from './_columns';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, kind: DbKind): Promise<void> {
  const id = identityColumn(kind);
  await id(db.schema.createTable('requisitions'))
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('months', 'integer', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('figures_on', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('cohort_total', 'integer')
    .addColumn('warehouse_on_hand', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('filled_at', 'text')
    .addColumn('cancelled_at', 'text')
    .execute();
  await db.schema
    .createIndex('requisitions_province')
    .on('requisitions')
    .columns(['province_code', 'created_at'])
    .execute();
  await db.schema
    .createTable('requisition_lines')
    .addColumn('requisition_id', 'integer', (c) => c.notNull())
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('on_hand', 'integer', (c) => c.notNull())
    .addColumn('minimum', 'integer', (c) => c.notNull())
    .addColumn('used_30', 'integer', (c) => c.notNull())
    .addColumn('wajib_ktp', 'integer', (c) => c.notNull())
    .addColumn('projected_use', 'integer', (c) => c.notNull())
    .addColumn('cohort', 'integer', (c) => c.notNull())
    .addColumn('proposed', 'integer', (c) => c.notNull())
    .addColumn('requested', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('requisition_lines_pk', ['requisition_id', 'regency_code'])
    .execute();
  await db.schema.alterTable('stock_movements').addColumn('requisition_id', 'integer').execute();
  await db.schema
    .createIndex('stock_movements_requisition')
    .on('stock_movements')
    .columns(['requisition_id'])
    .execute();
}
