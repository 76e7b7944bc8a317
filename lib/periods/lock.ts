import { ApiError } from '@/lib/api/errors';
import type { Db, DbKind } from '@/lib/db';
import { monthName, type PeriodState } from './rules';
import { must } from '@/lib/must';

/** The one lock check of every dated write (SPEC §14): a stock movement's legs, an IKD day, a
 *  wajib KTP validFrom, a campaign's date and the CSV imports that run through those writers
 *  call it inside their own transaction, before they write. A month SUBMITTED or APPROVED for
 *  any of `regencies` refuses the write with 409 PERIOD_LOCKED naming the month and its state.
 *  Province warehouses (codes without a dot) have no month close and pass.
 *
 *  A write racing a submit: on SQLite write transactions run one at a time (BEGIN IMMEDIATE).
 *  On PostgreSQL the writer makes sure the month's row exists and holds it FOR SHARE until it
 *  commits; the transition takes it FOR UPDATE (lib/periods/periods.ts). So either the write
 *  commits first and the submit waits for it, or the submit commits first and the write reads
 *  SUBMITTED and is refused: never a write landing in a month already submitted. */
export async function assertPeriodOpen(
  tx: Db,
  kind: DbKind,
  regencies: readonly { code: string; name: string }[],
  day: string,
): Promise<void> {
  const month = day.slice(0, 7);
  const list = [...new Map(regencies.filter((r) => r.code.includes('.')).map((r) => [r.code, r])).values()].sort(
    (a, b) => a.code.localeCompare(b.code),
  );
  if (list.length === 0) return;
  const codes = list.map((r) => r.code);
  let q = tx
    .selectFrom('periods')
    .select(['regency_code', 'state'])
    .where('month', '=', month)
    .where('regency_code', 'in', codes)
    .orderBy('regency_code');
  if (kind === 'postgres') {
    await ensureOpenRows(tx, codes, month);
    q = q.forShare();
  }
  const rows = await q.execute();
  const locked = rows.find((r) => r.state !== 'OPEN');
  if (!locked) return;
  const region = must(
    list.find((r) => r.code === locked.regency_code),
    `region ${locked.regency_code}`,
  );
  throw periodLocked(region.name, month, locked.state as PeriodState);
}

export function periodLocked(regencyName: string, month: string, state: PeriodState): ApiError {
  const id = state === 'APPROVED' ? `sudah disetujui (${state})` : `sudah diajukan untuk persetujuan (${state})`;
  const en = state === 'APPROVED' ? `is approved (${state})` : `is submitted for approval (${state})`;
  return new ApiError('PERIOD_LOCKED', {
    id: `Bulan ${monthName(month, 'id')} ${regencyName} ${id}: data bertanggal di bulan itu tidak dapat diubah. Minta kepala dinas provinsi membuka kembali bulan ini.`,
    en: `${monthName(month, 'en')} of ${regencyName} ${en}: entries dated in that month cannot be changed. Ask the province head to reopen the month.`,
  });
}

/** Makes sure each regency has its row for `month` (OPEN when it had none), so that a writer can
 *  hold it FOR SHARE and a transition FOR UPDATE on PostgreSQL. */
export async function ensureOpenRows(tx: Db, codes: readonly string[], month: string): Promise<void> {
  await tx
    .insertInto('periods')
    .values(
      codes.map((code) => ({
        regency_code: code,
        month,
        state: 'OPEN',
        by_id: null,
        by_username: null,
        by_name: null,
        at: null,
        note: null,
        submitted_at: null,
      })),
    )
    .onConflict((oc) => oc.columns(['regency_code', 'month']).doNothing())
    .execute();
}
