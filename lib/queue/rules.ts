/** Pure rules of the queue domain (SPEC §6): services, ticket codes and the transitions a ticket
 *  may make. No database here. */
export const SERVICES = ['IKD', 'KTP_EL', 'KK', 'AKTA'] as const;
export type Service = (typeof SERVICES)[number];

export const PREFIX: Record<Service, string> = { IKD: 'I', KTP_EL: 'K', KK: 'F', AKTA: 'A' };

export const OFFICE_KINDS = ['DINAS', 'KECAMATAN', 'MOBILE'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export type TicketStatus = 'WAITING' | 'CALLED' | 'DONE' | 'NO_SHOW' | 'CANCELLED';
export type Transition = 'done' | 'no-show' | 'recall' | 'transfer';

/** `I-007`: the service's prefix and the day's number, three digits at least. */
export function ticketCode(service: Service, number: number): string {
  return `${PREFIX[service]}-${String(number).padStart(3, '0')}`;
}

/** The row of a ticket as it is issued: the day's `number` of `service`, waiting for a counter. */
export function issuedTicket(officeId: number, service: Service, day: string, number: number, issuedAt: string) {
  return {
    office_id: officeId,
    service,
    day,
    number,
    code: ticketCode(service, number),
    status: 'WAITING',
    issued_at: issuedAt,
    called_at: null,
    done_at: null,
    counter_id: null,
  };
}

/** Every transition of a counter starts from a called ticket. */
export const TRANSITION_FROM: Record<Transition, TicketStatus> = {
  done: 'CALLED',
  'no-show': 'CALLED',
  recall: 'CALLED',
  transfer: 'CALLED',
};

export const SERVICE_LEVEL_MINUTES = 15;

/** The office list of a scope comes in pages: the nation has ≈ 7,800 offices and 20,000
 *  counters, several megabytes that a supervisor view refreshing every 3 s cannot carry. */
export const OFFICES_PER_PAGE = 50;
export const MAX_OFFICES_PER_PAGE = 500;

/** The office takes numbers from `opensAt` until `closesAt` (local wall clock, `HH:MM`); a
 *  closing time of 23:59 means until midnight. */
export function isWithinHours(opensAt: string, closesAt: string, localHhmm: string): boolean {
  return localHhmm >= opensAt && (localHhmm < closesAt || closesAt === '23:59');
}
