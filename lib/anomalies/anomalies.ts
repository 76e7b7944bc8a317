/** Flagged entries (SPEC §14): what they say, their marks in the ledger and the IKD days, and
 *  the head's check. */
import type { Lang } from '@/lib/i18n/dict';
import { z } from 'zod';
import { ApiError, errors, type Msg } from '@/lib/api/errors';
import { readBody } from '@/lib/ikd/schemas';
import { auditBy } from '@/lib/auditlog/write';
import { can, type Actor } from '@/lib/auth/permissions';
import { getHandle, nowIso, writeTx, type DbHandle } from '@/lib/db';
import { anomalyIdParam } from '@/lib/api/params';
import { requiredText } from '@/lib/api/fields';
import { fmtDay } from '@/lib/format';
import type { AnomalyRule } from './rules';
import type { Selectable } from 'kysely';
import type { AnomalyTable } from '@/lib/db/schema';

export interface Anomaly {
  id: number;
  rule: AnomalyRule;
  regencyCode: string;
  day: string;
  movementId: number | null;
  value: number;
  referenceValue: number;
  createdAt: string;
  checkedAt: string | null;
  checkedBy: string | null;
  checkNote: string | null;
}

type Row = Selectable<AnomalyTable>;

export function toAnomaly(r: Row): Anomaly {
  return {
    id: Number(r.id),
    rule: r.rule as AnomalyRule,
    regencyCode: r.regency_code,
    day: r.day,
    movementId: r.movement_id === null ? null : Number(r.movement_id),
    value: Number(r.value),
    referenceValue: Number(r.reference_value),
    createdAt: r.created_at,
    checkedAt: r.checked_at,
    checkedBy: r.checked_by,
    checkNote: r.check_note,
  };
}

const n = (v: number, l: Lang) =>
  new Intl.NumberFormat(l === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 }).format(v);

/** What the anomaly is, in words (the alert's message and the mark's title). */
export function anomalyMessage(a: Pick<Anomaly, 'rule' | 'day' | 'value' | 'referenceValue'>, name: string): Msg {
  const d = { id: fmtDay(a.day, 'id'), en: fmtDay(a.day, 'en') };
  switch (a.rule) {
    case 'IKD_SPIKE':
      return {
        id: `${name}: aktivasi IKD ${d.id} (${n(a.value, 'id')}) lebih dari 5× rata-rata 30 hari sebelumnya (${n(a.referenceValue, 'id')}/hari).`,
        en: `${name}: IKD activations on ${d.en} (${n(a.value, 'en')}) are more than 5× the average of the 30 days before (${n(a.referenceValue, 'en')}/day).`,
      };
    case 'IKD_PAST_WAJIB':
      return {
        id: `${name}: entri IKD ${d.id} membawa total aktivasi (${n(a.value, 'id')}) melewati wajib KTP (${n(a.referenceValue, 'id')}).`,
        en: `${name}: the IKD entry of ${d.en} takes total activations (${n(a.value, 'en')}) past the wajib KTP (${n(a.referenceValue, 'en')}).`,
      };
    case 'USE_SPIKE':
      return {
        id: `${name}: pemakaian blangko ${d.id} (${n(a.value, 'id')} keping) lebih dari 5× rata-rata harian 30 hari (${n(a.referenceValue, 'id')}).`,
        en: `${name}: blank use on ${d.en} (${n(a.value, 'en')} cards) is more than 5× the 30-day daily average (${n(a.referenceValue, 'en')}).`,
      };
    case 'ADJUSTMENT_SWING':
      return {
        id: `${name}: stock opname ${d.id} mengubah saldo dari ${n(a.referenceValue, 'id')} menjadi ${n(a.value, 'id')} keping (lebih dari 20 %).`,
        en: `${name}: the stock count of ${d.en} changes the balance from ${n(a.referenceValue, 'en')} to ${n(a.value, 'en')} cards (more than 20 %).`,
      };
  }
}

/** Marks of ledger rows: movement id → its anomaly (open or checked). */
export async function movementMarks(h: DbHandle, movementIds: number[]): Promise<Map<number, Anomaly>> {
  if (movementIds.length === 0) return new Map();
  const rows = await h.db.selectFrom('anomalies').selectAll().where('movement_id', 'in', movementIds).execute();
  return new Map(rows.map((r) => [Number(r.movement_id), toAnomaly(r)]));
}

/** A regency's flagged IKD days, newest first (the day list of the IKD page). */
export async function ikdDayMarks(actor: Actor, regencyCode: string, handle?: DbHandle): Promise<Anomaly[]> {
  const h = handle ?? (await getHandle());
  if (!can(actor, 'ikd.read', regencyCode)) throw errors.forbidden();
  const rows = await h.db
    .selectFrom('anomalies')
    .selectAll()
    .where('regency_code', '=', regencyCode)
    .where('movement_id', 'is', null)
    .orderBy('day', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  return rows.map(toAnomaly);
}

export const checkBody = z.object({
  note: requiredText(
    500,
    { id: 'Catatan pemeriksaan wajib diisi.', en: 'A note on the check is required.' },
    { id: 'Catatan paling panjang 500 karakter.', en: 'The note is at most 500 characters.' },
  ),
});

/** POST /api/v1/anomalies/{anomalyId}/check `{note}`: the head of the entry's province (or the
 *  admin) marks it checked; audited. A second check is 409. */
export async function checkAnomaly(actor: Actor, anomalyId: string, body: unknown, handle?: DbHandle) {
  const h = handle ?? (await getHandle());
  const id = anomalyIdParam.safeParse(anomalyId).data ?? null;
  if (!can(actor, 'anomaly.check', actor.scopeCode ?? 'national')) throw errors.forbidden();
  const notFound = () => errors.notFound({ id: 'Anomali', en: 'Anomaly' });
  if (id === null) throw notFound();
  const found = await h.db.selectFrom('anomalies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!found) throw notFound();
  if (!can(actor, 'anomaly.check', found.regency_code)) throw errors.forbidden();
  const input = await readBody(body, checkBody);
  return writeTx(h, async (tx) => {
    const at = nowIso();
    const updated = await tx
      .updateTable('anomalies')
      .set({ checked_at: at, checked_by: actor.displayName, check_note: input.note })
      .where('id', '=', id)
      .where('checked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!updated)
      throw new ApiError('CONFLICT', {
        id: 'Anomali ini sudah ditandai diperiksa.',
        en: 'This anomaly was already marked checked.',
      });
    const after = toAnomaly(updated);
    await auditBy(tx, actor, 'anomaly.check', after.regencyCode, { before: toAnomaly(found), after });
    return after;
  });
}
