import type { Generated } from 'kysely';

/** Timestamps are ISO-8601 UTC strings, dates are `YYYY-MM-DD` strings and flags are 0/1
 *  integers on both databases, so one schema and one query layer serve SQLite and PostgreSQL. */

export interface RegionTable {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district';
  parent_code: string | null;
  province_code: string;
  time_zone: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  scope_code: string | null;
  office_id: number | null;
  counter_id: number | null;
  active: number;
  must_change_password: number;
  /** Sessions signed in before this instant (ms since the epoch) are refused: set when the user
   *  is deactivated or their password is reset or changed. */
  sessions_valid_from: number | null;
  created_at: string;
  updated_at: string;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  at: string;
  success: number;
  /** the client address (0011_pipeline; null for attempts recorded before) */
  address: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  scope_code: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface StockBalanceTable {
  location_code: string;
  item: string;
  on_hand: number;
  minimum: number;
  last_movement_at: string | null;
}

/** The items of the stock ledger (migration 0014_items, SPEC §16). */
export interface ItemTable {
  code: string;
  name_id: string;
  name_en: string;
  /** the unit in Indonesian ("keping", "roll") and in English ("cards", "rolls") */
  unit: string;
  unit_en: string;
  default_minimum: number;
  sort_order: number;
}

export interface StockMovementTable {
  id: Generated<number>;
  item: string;
  location_code: string;
  type: string;
  quantity: number;
  delta: number;
  occurred_on: string;
  created_at: string;
  reference: string | null;
  note: string | null;
  counterpart_code: string | null;
  counted_on_hand: number | null;
  reverses_id: number | null;
  actor_id: number | null;
  /** the requisition a province RECEIPT (or its reversal) is booked against (0016_requisitions) */
  requisition_id: Generated<number | null>;
}

export interface StockDailyTable {
  location_code: string;
  item: string;
  day: string;
  delta: number;
  used: number;
}

export interface IdempotencyKeyTable {
  actor_id: number;
  key: string;
  route: string;
  status: number;
  response_json: string;
  created_at: string;
  /** sha256 of method, path and canonical body (0011_pipeline; null for keys stored before) */
  fingerprint: string | null;
}

/** Sessions ended by signing out (0011_pipeline), kept until their token would expire anyway. */
export interface RevokedSessionTable {
  sid: string;
  expires_at: number;
}

export interface IkdPopulationTable {
  regency_code: string;
  valid_from: string;
  wajib_ktp: number;
}

export interface IkdBaselineTable {
  regency_code: string;
  as_of: string;
  activations: number;
}

export interface IkdDailyTable {
  regency_code: string;
  day: string;
  segment: string;
  channel: string;
  count: number;
}

export interface IkdMonthTotalTable {
  regency_code: string;
  month: string;
  total: number;
}

/** Σ ikd_month_totals.total per regency, kept by triggers (migration 0006_history_totals). */
export interface IkdRegencyTotalTable {
  regency_code: string;
  total: number;
}

/** Σ ikd_daily.count per regency, segment and channel, kept by triggers (0006_history_totals). */
export interface IkdBreakdownTotalTable {
  regency_code: string;
  segment: string;
  channel: string;
  total: number;
}

export interface IkdTargetTable {
  scope_code: string;
  year: number;
  percent: number;
}

export interface IkdCampaignTable {
  id: Generated<number>;
  regency_code: string;
  day: string;
  place: string;
  segment: string;
  planned: number;
  achieved: number | null;
  notes: string | null;
  created_at: string;
}

export interface OfficeTable {
  id: Generated<number>;
  regency_code: string;
  province_code: string;
  name: string;
  kind: string;
  opens_at: string;
  closes_at: string;
  /** bumped by every queue write of the office (migration 0004_queue) */
  queue_version: Generated<number>;
}

export interface CounterTable {
  id: Generated<number>;
  office_id: number;
  name: string;
  services: string;
  capacity: number;
  is_open: number;
}

export interface TicketSequenceTable {
  office_id: number;
  service: string;
  day: string;
  last_number: number;
}

export interface TicketTable {
  id: Generated<number>;
  office_id: number;
  service: string;
  day: string;
  number: number;
  code: string;
  status: string;
  issued_at: string;
  called_at: string | null;
  done_at: string | null;
  counter_id: number | null;
  /** the latest call or recall (migration 0004_queue); null for tickets never called */
  last_called_at: Generated<string | null>;
}

/** SPEC §17 (migration 0016_requisitions). */
export interface RequisitionTable {
  id: Generated<number>;
  province_code: string;
  item: string;
  months: number;
  period_from: string;
  period_to: string;
  /** the province's local day whose figures the lines were computed from */
  figures_on: string;
  state: string;
  cohort_total: number | null;
  warehouse_on_hand: number;
  total: number;
  received: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  filled_at: string | null;
  cancelled_at: string | null;
}

export interface RequisitionLineTable {
  requisition_id: number;
  regency_code: string;
  on_hand: number;
  minimum: number;
  /** PRINTED + SPOILED over the 30 days ending figures_on (avgDailyUse = used_30 / 30) */
  used_30: number;
  wajib_ktp: number;
  projected_use: number;
  cohort: number;
  /** the formula's figure; `requested` differs when the head edited the line */
  proposed: number;
  requested: number;
}

/** Public API requests per client address and minute (migration 0015_public; PostgreSQL only). */
export interface PublicRateLimitTable {
  client: string;
  window_start: number;
  hits: number;
}

/** A regency's month (SPEC §14, migration 0012_periods_alerts); no row means OPEN. */
export interface PeriodTable {
  regency_code: string;
  month: string;
  state: string;
  by_id: number | null;
  by_username: string | null;
  by_name: string | null;
  at: string | null;
  note: string | null;
  submitted_at: string | null;
}

/** An entry flagged when written (SPEC §14), open until a head checks it. */
export interface AnomalyTable {
  id: Generated<number>;
  rule: string;
  regency_code: string;
  day: string;
  movement_id: number | null;
  value: number;
  reference_value: number;
  created_at: string;
  checked_at: string | null;
  checked_by: string | null;
  check_note: string | null;
}

/** The alert ids a user saw when they last opened the alerts page. */
export interface AlertsSeenTable {
  user_id: number;
  seen_at: string;
  ids_json: string;
}

export interface Database {
  regions: RegionTable;
  users: UserTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  stock_balances: StockBalanceTable;
  stock_movements: StockMovementTable;
  stock_daily: StockDailyTable;
  items: ItemTable;
  idempotency_keys: IdempotencyKeyTable;
  revoked_sessions: RevokedSessionTable;
  ikd_population: IkdPopulationTable;
  ikd_baselines: IkdBaselineTable;
  ikd_daily: IkdDailyTable;
  ikd_month_totals: IkdMonthTotalTable;
  ikd_regency_totals: IkdRegencyTotalTable;
  ikd_breakdown_totals: IkdBreakdownTotalTable;
  ikd_targets: IkdTargetTable;
  ikd_campaigns: IkdCampaignTable;
  offices: OfficeTable;
  counters: CounterTable;
  ticket_sequences: TicketSequenceTable;
  tickets: TicketTable;
  requisitions: RequisitionTable;
  requisition_lines: RequisitionLineTable;
  public_rate_limits: PublicRateLimitTable;
  office_service_quotas: OfficeServiceQuotaTable;
  periods: PeriodTable;
  anomalies: AnomalyTable;
  alerts_seen: AlertsSeenTable;
}

export interface OfficeServiceQuotaTable {
  office_id: number;
  service: string;
  daily_quota: number;
}
