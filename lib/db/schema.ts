import type { Generated, SelectType } from 'kysely';

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
  data_versions: DataVersionTable;
}

/** One row per domain (lib/db/versions.ts), bumped by triggers (migration 0009_domain_versions). */
export interface DataVersionTable {
  domain: string;
  v: number;
}

export interface OfficeServiceQuotaTable {
  office_id: number;
  service: string;
  daily_quota: number;
}

/** A column's basic type as the migrations create it ('int': integer or bigint, 'float': real or
 *  double precision); a trailing '?' when it may be null. */
type ColumnKind<V> = V extends string ? 'text' : V extends number ? 'int' | 'float' : never;
type ColumnSpec<V> = null extends V ? `${ColumnKind<NonNullable<V>>}?` : ColumnKind<V>;
export type TableColumns<T> = { [K in keyof T]-?: ColumnSpec<SelectType<T[K]>> };

/** Every table and column of `Database` at run time, typed against it: a column added to or
 *  dropped from an interface, or whose type or nullability changed, does not compile until it is
 *  changed here too. lib/db/schema.test.ts compares it with what the migrations build. */
export const COLUMNS: { [T in keyof Database]: TableColumns<Database[T]> } = {
  regions: {
    code: 'text',
    name: 'text',
    level: 'text',
    parent_code: 'text?',
    province_code: 'text',
    time_zone: 'text',
  },
  users: {
    id: 'int',
    username: 'text',
    password_hash: 'text',
    display_name: 'text',
    role: 'text',
    scope_code: 'text?',
    office_id: 'int?',
    counter_id: 'int?',
    active: 'int',
    must_change_password: 'int',
    created_at: 'text',
    updated_at: 'text',
    sessions_valid_from: 'int?',
  },
  login_attempts: { id: 'int', username: 'text', at: 'text', success: 'int', address: 'text?' },
  audit_log: {
    id: 'int',
    at: 'text',
    actor_id: 'int?',
    actor_username: 'text?',
    action: 'text',
    scope_code: 'text?',
    before_json: 'text?',
    after_json: 'text?',
  },
  stock_balances: { location_code: 'text', item: 'text', on_hand: 'int', minimum: 'int', last_movement_at: 'text?' },
  stock_movements: {
    id: 'int',
    item: 'text',
    location_code: 'text',
    type: 'text',
    quantity: 'int',
    delta: 'int',
    occurred_on: 'text',
    created_at: 'text',
    reference: 'text?',
    note: 'text?',
    counterpart_code: 'text?',
    counted_on_hand: 'int?',
    reverses_id: 'int?',
    actor_id: 'int?',
    requisition_id: 'int?',
  },
  stock_daily: { location_code: 'text', item: 'text', day: 'text', delta: 'int', used: 'int' },
  items: {
    code: 'text',
    name_id: 'text',
    name_en: 'text',
    unit: 'text',
    unit_en: 'text',
    default_minimum: 'int',
    sort_order: 'int',
  },
  idempotency_keys: {
    actor_id: 'int',
    key: 'text',
    route: 'text',
    status: 'int',
    response_json: 'text',
    created_at: 'text',
    fingerprint: 'text?',
  },
  revoked_sessions: { sid: 'text', expires_at: 'int' },
  ikd_population: { regency_code: 'text', valid_from: 'text', wajib_ktp: 'int' },
  ikd_baselines: { regency_code: 'text', as_of: 'text', activations: 'int' },
  ikd_daily: { regency_code: 'text', day: 'text', segment: 'text', channel: 'text', count: 'int' },
  ikd_month_totals: { regency_code: 'text', month: 'text', total: 'int' },
  ikd_regency_totals: { regency_code: 'text', total: 'int' },
  ikd_breakdown_totals: { regency_code: 'text', segment: 'text', channel: 'text', total: 'int' },
  ikd_targets: { scope_code: 'text', year: 'int', percent: 'float' },
  ikd_campaigns: {
    id: 'int',
    regency_code: 'text',
    day: 'text',
    place: 'text',
    segment: 'text',
    planned: 'int',
    achieved: 'int?',
    notes: 'text?',
    created_at: 'text',
  },
  offices: {
    id: 'int',
    regency_code: 'text',
    province_code: 'text',
    name: 'text',
    kind: 'text',
    opens_at: 'text',
    closes_at: 'text',
    queue_version: 'int',
  },
  counters: { id: 'int', office_id: 'int', name: 'text', services: 'text', capacity: 'int', is_open: 'int' },
  ticket_sequences: { office_id: 'int', service: 'text', day: 'text', last_number: 'int' },
  tickets: {
    id: 'int',
    office_id: 'int',
    service: 'text',
    day: 'text',
    number: 'int',
    code: 'text',
    status: 'text',
    issued_at: 'text',
    called_at: 'text?',
    done_at: 'text?',
    counter_id: 'int?',
    last_called_at: 'text?',
  },
  requisitions: {
    id: 'int',
    province_code: 'text',
    item: 'text',
    months: 'int',
    period_from: 'text',
    period_to: 'text',
    figures_on: 'text',
    state: 'text',
    cohort_total: 'int?',
    warehouse_on_hand: 'int',
    total: 'int',
    received: 'int',
    created_by: 'int?',
    created_at: 'text',
    updated_at: 'text',
    submitted_at: 'text?',
    filled_at: 'text?',
    cancelled_at: 'text?',
  },
  requisition_lines: {
    requisition_id: 'int',
    regency_code: 'text',
    on_hand: 'int',
    minimum: 'int',
    used_30: 'int',
    wajib_ktp: 'int',
    projected_use: 'int',
    cohort: 'int',
    proposed: 'int',
    requested: 'int',
  },
  public_rate_limits: { client: 'text', window_start: 'int', hits: 'int' },
  office_service_quotas: { office_id: 'int', service: 'text', daily_quota: 'int' },
  periods: {
    regency_code: 'text',
    month: 'text',
    state: 'text',
    by_id: 'int?',
    by_username: 'text?',
    by_name: 'text?',
    at: 'text?',
    note: 'text?',
    submitted_at: 'text?',
  },
  anomalies: {
    id: 'int',
    rule: 'text',
    regency_code: 'text',
    day: 'text',
    movement_id: 'int?',
    value: 'int',
    reference_value: 'float',
    created_at: 'text',
    checked_at: 'text?',
    checked_by: 'text?',
    check_note: 'text?',
  },
  alerts_seen: { user_id: 'int', seen_at: 'text', ids_json: 'text' },
  data_versions: { domain: 'text', v: 'int' },
};

/** Tables only PostgreSQL has (SQLite keeps the public rate limit in process). */
export const POSTGRES_ONLY_TABLES: readonly (keyof Database)[] = ['public_rate_limits'];
