/** JSON Schemas (OpenAPI 3.1) of the answers of API v1, keyed `METHOD /path` (or with the
 *  status, `METHOD /path 201`). Each lists the fields a client may rely on; objects may carry
 *  more (additional properties are allowed, so adding a field is not a breaking change). The
 *  test suite checks the answers it receives against these (e2e/openapi-check.ts). */
type S = Record<string, unknown>;
const str: S = { type: 'string' };
const num: S = { type: 'number' };
const int: S = { type: 'integer' };
const bool: S = { type: 'boolean' };
const day: S = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const nul = (s: S): S => ({ ...s, type: [s.type as string, 'null'] });
const arr = (items: S): S => ({ type: 'array', items });
const obj = (properties: Record<string, S>, optional: string[] = []): S => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
});
/** An object whose keys are data (region codes, services): each value of `values`' schema. */
const mapOf = (values: S): S => ({ type: 'object', additionalProperties: values });
const msgObj = obj({ id: str, en: str });

const region = obj({ code: str, name: str, level: str, parentCode: nul(str), timeZone: str });
const scope = obj({ code: str, name: str, level: str, timeZone: str }, ['timeZone']);
const ikdFigures = obj({
  wajibKtp: int,
  activations: int,
  percent: nul(num),
  targetPercent: num,
  targetPersons: int,
  gapPersons: int,
  pace30: num,
  requiredDailyPace: nul(num),
  projectedTargetDate: nul(str),
  status: str,
});
const stockRow = obj({
  regencyCode: str,
  name: str,
  onHand: int,
  minimum: int,
  status: str,
  avgDailyUse: nul(num),
  daysOfCover: nul(num),
  projectedStockoutDate: nul(str),
});
const movement = obj({
  id: int,
  locationCode: str,
  type: str,
  quantity: int,
  delta: int,
  occurredOn: day,
  createdAt: str,
  reference: nul(str),
  note: nul(str),
  counterpartCode: nul(str),
  reversesId: nul(int),
});
const counter = obj({ id: int, name: str, services: arr(str), isOpen: bool, capacity: int });
const counterView = obj({ id: int, officeId: int, name: str, services: arr(str), capacity: int, isOpen: bool });
const officeView = obj({
  id: int,
  regencyCode: str,
  regencyName: str,
  name: str,
  kind: str,
  opensAt: str,
  closesAt: str,
  counters: arr(counterView),
  /** SPEC §13: the office's own daily quota per service (absent: the open counters' capacity) */
  quotas: mapOf(int),
});
const counterFigures = obj({
  id: int,
  name: str,
  services: arr(str),
  isOpen: bool,
  capacity: int,
  waiting: int,
  served: int,
  noShows: int,
  utilization: num,
  avgWaitMin: nul(num),
  longestWaitMin: nul(num),
  avgServiceMin: nul(num),
  serviceLevel: nul(num),
  current: nul(obj({ id: int, number: str, service: str, calledAt: str })),
});
const officeQueue = obj({
  id: int,
  name: str,
  regencyCode: str,
  day: day,
  issued: int,
  waiting: int,
  inService: int,
  served: int,
  noShows: int,
  capacity: int,
  counters: arr(counterFigures),
});
const ticket = obj({ id: int, number: str, service: str, status: str, issuedAt: str });
const user = obj({
  id: int,
  username: str,
  displayName: str,
  role: str,
  scopeCode: nul(str),
  active: bool,
  mustChangePassword: bool,
});
const campaign = obj({
  id: int,
  regencyCode: str,
  day: day,
  place: str,
  segment: str,
  planned: int,
  achieved: nul(int),
  notes: nul(str),
  createdAt: str,
});
const dayCounts = arr(obj({ segment: str, channel: str, count: int }));
const importRow = obj({ line: int, regencyCode: str }); // and the columns of its kind
const rejected = obj({ line: int, reason: msgObj });
const campaignTotals = obj({ planned: int, achieved: int });
const preview = obj({ kind: str, rows: arr(importRow), rejected: arr(rejected), accepted: int, total: int });
const stockAlert = obj({
  regencyCode: str,
  name: str,
  reason: { type: 'string', enum: ['OUT', 'BELOW_MINIMUM', 'STOCKOUT_SOON'] },
  projectedStockoutDate: nul(str),
});
const call = obj({
  id: int,
  number: str,
  service: str,
  status: str,
  counterId: int,
  counterName: str,
  calledAt: str,
});
const queueTotals = obj({
  offices: int,
  counters: int,
  openCounters: int,
  overloadedOffices: int,
  issued: int,
  waiting: int,
  inService: int,
  served: int,
  noShows: int,
  capacity: int,
  remainingCapacity: int,
  utilization: num,
});
const page = obj({ offset: int, count: int, total: int, nextCursor: nul(str) });
const reportOffice = obj({
  id: int,
  name: str,
  regencyCode: str,
  issued: int,
  served: int,
  noShows: int,
  days: int,
  serviceLevel: nul(num),
});

export const RESPONSE_SCHEMAS: Record<string, S> = {
  'GET /health': obj({
    status: { type: 'string', enum: ['ok'] },
    db: { type: 'string', enum: ['sqlite', 'postgres'] },
  }),
  'GET /openapi.json': obj({
    openapi: str,
    info: obj({ title: str, version: str }),
    paths: mapOf(mapOf(obj({ operationId: str, responses: mapOf(obj({ description: str })) }))),
  }),
  'GET /regions': arr(region),
  'GET /overview': obj({
    scope,
    asOf: nul(day),
    today: day,
    stock: obj({ regencies: int, onHand: int, minimumTotal: int, belowMinimum: int, out: int }),
    ikd: ikdFigures,
    queue: obj({
      offices: int,
      counters: int,
      openCounters: int,
      waiting: int,
      inService: int,
      served: int,
      capacity: int,
    }),
    children: arr(obj({ code: str, name: str, level: str })),
  }),
  'GET /stock': obj({
    province: obj({ code: str, name: str, timeZone: str }),
    asOf: nul(day),
    today: day,
    warehouse: obj({ code: str, onHand: int }),
    regencies: arr(stockRow),
    alerts: arr(stockAlert),
  }),
  'GET /stock/{code}/movements': obj({
    locationCode: str,
    asOf: nul(day),
    onHand: int,
    items: arr(movement),
    nextCursor: nul(str),
  }),
  'POST /stock/{code}/movements 201': obj({ movement, onHand: int }),
  'PUT /stock/{code}/minimum': obj({ regencyCode: str, item: str, minimum: int }),
  'POST /provinces/{code}/allocation-plans': obj({
    provinceCode: str,
    lines: arr(obj({ regencyCode: str, quantity: int, onHandAfter: int, daysOfCoverAfter: nul(num) })),
  }),
  'POST /provinces/{code}/allocations 201': obj({
    reference: nul(str),
    occurredOn: day,
    total: int,
    received: bool,
    lines: arr(obj({ regencyCode: str, quantity: int, movementId: int, onHand: int })),
    warehouseOnHand: int,
  }),
  'GET /ikd': obj({ scope, asOf: nul(day), today: day, total: ikdFigures, rows: arr(ikdFigures) }),
  'GET /ikd/{regencyCode}': obj({
    scope,
    asOf: nul(day),
    today: day,
    figures: ikdFigures,
    target: obj({ year: int, percent: num }),
    population: arr(obj({ validFrom: day, wajibKtp: int })),
    campaigns: arr(campaign),
  }),
  'GET /ikd/{regencyCode}/days/{day}': obj({
    regencyCode: str,
    day: day,
    wajibKtp: nul(int),
    total: int,
    counts: arr(obj({ segment: str, channel: str, count: int })),
  }),
  'GET /ikd/{regencyCode}/campaigns': obj({ regencyCode: str, campaigns: arr(campaign), totals: campaignTotals }),
  'PUT /ikd/{regencyCode}/days/{day}': obj({
    regencyCode: str,
    day: day,
    total: int,
    previousTotal: int,
    change: int,
    counts: dayCounts,
  }),
  'PUT /ikd/{regencyCode}/population': obj({
    regencyCode: str,
    wajibKtp: int,
    validFrom: day,
    history: arr(obj({ validFrom: day, wajibKtp: int })),
  }),
  'PUT /ikd/{regencyCode}/baseline': obj({ regencyCode: str, asOf: day, activations: int }),
  'POST /ikd/{regencyCode}/campaigns 201': campaign,
  'PATCH /ikd/{regencyCode}/campaigns/{id}': campaign,
  'PUT /targets/ikd': obj({ scope: str, year: int, percent: num, previous: nul(num) }),
  'GET /queue': obj({ scope: str, name: str, asOf: nul(day), totals: queueTotals, offices: arr(officeQueue), page }),
  'POST /offices 201': officeView,
  'PATCH /offices/{id}': officeView,
  'POST /offices/{id}/counters 201': counterView,
  'PATCH /counters/{id}': counterView,
  'GET /offices': arr(
    obj({ id: int, regencyCode: str, name: str, kind: str, counters: arr(counter), quotas: mapOf(int) }),
  ),
  'GET /offices/{id}/queue': obj({
    office: officeQueue,
    today: day,
    services: arr(str),
    lastCalls: arr(call),
    serverTime: str,
  }),
  'POST /offices/{id}/tickets 201': ticket,
  'POST /counters/{id}/call-next': ticket,
  'POST /tickets/{id}/done': ticket,
  'POST /tickets/{id}/no-show': ticket,
  'POST /tickets/{id}/recall': ticket,
  'POST /tickets/{id}/transfer': ticket,
  'GET /users': arr(user),
  'POST /users 201': user,
  'PUT /users/{id}/active': user,
  'POST /users/{id}/reset-password': obj({ user, temporaryPassword: str }),
  'PUT /me/password': obj({ ok: { type: 'boolean', enum: [true] } }),
  'GET /audit': obj({
    entries: arr(obj({ id: int, at: str, actorUsername: nul(str), action: str, scopeCode: nul(str) })),
    nextCursor: { type: ['integer', 'string', 'null'] },
  }),
  'GET /reports/monthly': obj({
    scope: obj({ code: str, name: str, level: { type: 'string', enum: ['province', 'regency'] } }),
    province: obj({ code: str, name: str }),
    month: str,
    from: day,
    to: day,
    stock: obj({
      onHand: int,
      warehouseOnHand: nul(int),
      belowMinimum: int,
      rows: arr(stockRow),
      items: arr(
        obj({ item: str, name: msgObj, unit: msgObj, onHand: int, warehouseOnHand: nul(int), belowMinimum: int }),
      ),
    }),
    movements: arr(obj({ type: str, count: int, quantity: int, delta: int })),
    ikd: obj({
      activations: int,
      percent: nul(num),
      target: num,
      rankOf: int,
      rows: arr(ikdFigures),
      monthBySegmentChannel: dayCounts,
      monthTotal: int,
    }),
    queue: obj({ offices: arr(reportOffice), issued: int, served: int, noShows: int, serviceLevel: nul(num) }),
  }),
  'POST /imports/preview': preview,
  'POST /imports/commit': obj({ kind: str, rows: int, changes: int, regencies: int, net: int, ms: int }),
};
