/** Every operation of API v1 as its route file declares it (SPEC §12): the OpenAPI document is
 *  built from these specs, so a route's method, path, parameters and bodies are written once.
 *  tests/routes.test.ts checks that every route file under app/api/v1 is listed here. The
 *  document's own route (openapi.json) declares `openApiOperation` from ./openapi.ts. */
import type { OperationHandler } from './pipeline';
import * as alerts from '@/app/api/v1/alerts/route';
import * as alertsSeen from '@/app/api/v1/alerts/seen/route';
import * as anomaliesAnomalyidCheck from '@/app/api/v1/anomalies/[anomalyId]/check/route';
import * as audit from '@/app/api/v1/audit/route';
import * as countersIdCallNext from '@/app/api/v1/counters/[id]/call-next/route';
import * as countersId from '@/app/api/v1/counters/[id]/route';
import * as health from '@/app/api/v1/health/route';
import * as ikdRegencycodeBaseline from '@/app/api/v1/ikd/[regencyCode]/baseline/route';
import * as ikdRegencycodeCampaignsId from '@/app/api/v1/ikd/[regencyCode]/campaigns/[id]/route';
import * as ikdRegencycodeCampaigns from '@/app/api/v1/ikd/[regencyCode]/campaigns/route';
import * as ikdRegencycodeDaysDay from '@/app/api/v1/ikd/[regencyCode]/days/[day]/route';
import * as ikdRegencycodePopulation from '@/app/api/v1/ikd/[regencyCode]/population/route';
import * as ikdRegencycode from '@/app/api/v1/ikd/[regencyCode]/route';
import * as ikd from '@/app/api/v1/ikd/route';
import * as importsCommit from '@/app/api/v1/imports/commit/route';
import * as importsPreview from '@/app/api/v1/imports/preview/route';
import * as items from '@/app/api/v1/items/route';
import * as mePassword from '@/app/api/v1/me/password/route';
import * as officesIdCounters from '@/app/api/v1/offices/[id]/counters/route';
import * as officesIdEvents from '@/app/api/v1/offices/[id]/events/route';
import * as officesIdQueue from '@/app/api/v1/offices/[id]/queue/route';
import * as officesId from '@/app/api/v1/offices/[id]/route';
import * as officesIdTickets from '@/app/api/v1/offices/[id]/tickets/route';
import * as offices from '@/app/api/v1/offices/route';
import * as overview from '@/app/api/v1/overview/route';
import * as periodsRegencycodeMonth from '@/app/api/v1/periods/[regencyCode]/[month]/route';
import * as periods from '@/app/api/v1/periods/route';
import * as provincesCodeAllocationPlans from '@/app/api/v1/provinces/[code]/allocation-plans/route';
import * as provincesCodeAllocations from '@/app/api/v1/provinces/[code]/allocations/route';
import * as provincesCodeRequisitions from '@/app/api/v1/provinces/[code]/requisitions/route';
import * as publicOffices from '@/app/api/v1/public/offices/route';
import * as publicSummary from '@/app/api/v1/public/summary/route';
import * as queueEvents from '@/app/api/v1/queue/events/route';
import * as queue from '@/app/api/v1/queue/route';
import * as regions from '@/app/api/v1/regions/route';
import * as reportsMonthly from '@/app/api/v1/reports/monthly/route';
import * as requisitionsId from '@/app/api/v1/requisitions/[id]/route';
import * as requisitions from '@/app/api/v1/requisitions/route';
import * as scorecard from '@/app/api/v1/scorecard/route';
import * as stockCodeMinimum from '@/app/api/v1/stock/[code]/minimum/route';
import * as stockCodeMovements from '@/app/api/v1/stock/[code]/movements/route';
import * as stock from '@/app/api/v1/stock/route';
import * as targetsIkd from '@/app/api/v1/targets/ikd/route';
import * as ticketsIdDone from '@/app/api/v1/tickets/[id]/done/route';
import * as ticketsIdNoShow from '@/app/api/v1/tickets/[id]/no-show/route';
import * as ticketsIdRecall from '@/app/api/v1/tickets/[id]/recall/route';
import * as ticketsIdTransfer from '@/app/api/v1/tickets/[id]/transfer/route';
import * as usersIdActive from '@/app/api/v1/users/[id]/active/route';
import * as usersIdResetPassword from '@/app/api/v1/users/[id]/reset-password/route';
import * as users from '@/app/api/v1/users/route';

const ROUTES: Record<string, unknown>[] = [
  alerts,
  alertsSeen,
  anomaliesAnomalyidCheck,
  audit,
  countersIdCallNext,
  countersId,
  health,
  ikdRegencycodeBaseline,
  ikdRegencycodeCampaignsId,
  ikdRegencycodeCampaigns,
  ikdRegencycodeDaysDay,
  ikdRegencycodePopulation,
  ikdRegencycode,
  ikd,
  importsCommit,
  importsPreview,
  items,
  mePassword,
  officesIdCounters,
  officesIdEvents,
  officesIdQueue,
  officesId,
  officesIdTickets,
  offices,
  overview,
  periodsRegencycodeMonth,
  periods,
  provincesCodeAllocationPlans,
  provincesCodeAllocations,
  provincesCodeRequisitions,
  publicOffices,
  publicSummary,
  queueEvents,
  queue,
  regions,
  reportsMonthly,
  requisitionsId,
  requisitions,
  scorecard,
  stockCodeMinimum,
  stockCodeMovements,
  stock,
  targetsIkd,
  ticketsIdDone,
  ticketsIdNoShow,
  ticketsIdRecall,
  ticketsIdTransfer,
  usersIdActive,
  usersIdResetPassword,
  users,
];

export type OperationSpecOf = OperationHandler['spec'];

/** The spec of every exported operation (the methods `otherMethods()` refuses carry none). */
export function routeOperations(): OperationSpecOf[] {
  return ROUTES.flatMap((mod) =>
    Object.values(mod).flatMap((v) => (typeof v === 'function' && 'spec' in v ? [(v as OperationHandler).spec] : [])),
  );
}
