/**
 * What each kind of export holds, as canonical fields. A mapping names, for each
 * field, the column of the client's file that carries it; metrics read fields only.
 * `uses` lists the evidence keys a field feeds, so `data inspect` can say what a
 * missing column costs.
 */

export const KINDS = ['tickets', 'calls', 'pqrs', 'surveys', 'customers', 'orders', 'payments'] as const;
export type DataKind = (typeof KINDS)[number];

export type FieldType = 'timestamp' | 'duration' | 'number' | 'text' | 'boolean' | 'score';

export interface FieldDef {
  type: FieldType;
  required?: boolean;
  uses: string[];
}

const f = (type: FieldType, uses: string[] = [], required = false): FieldDef => ({ type, uses, required });

const TICKET_TIMES = ['data.tickets.firstResponseP90', 'data.tickets.firstResponseP90Business', 'data.email.answeredWithinHour'];
const TICKET_RES = ['data.tickets.resolutionP90', 'data.tickets.resolutionP90Business', 'data.tickets.resolutionWithinPromise'];

export const FIELDS: Record<DataKind, Record<string, FieldDef>> = {
  tickets: {
    id: f('text'),
    createdAt: f('timestamp', ['data.tickets.records'], true),
    firstResponseAt: f('timestamp', TICKET_TIMES),
    firstResponseTime: f('duration', TICKET_TIMES),
    solvedAt: f('timestamp', TICKET_RES),
    resolutionTime: f('duration', TICKET_RES),
    channel: f('text', ['data.tickets.byChannel', 'data.email.answeredWithinHour']),
    type: f('text', ['data.tickets.resolutionByType']),
    status: f('text'),
    customer: f('text', ['data.tickets.repeatContactRate']),
    reopens: f('number', ['data.tickets.reopenRate', 'data.tickets.firstContactResolution']),
    replies: f('number', ['data.tickets.firstContactResolution']),
  },
  calls: {
    id: f('text'),
    startedAt: f('timestamp', ['data.calls.offered'], true),
    answeredAt: f('timestamp', ['data.calls.answeredByThirdRing', 'data.calls.waitP90']),
    wait: f('duration', ['data.calls.answeredByThirdRing', 'data.calls.waitP90']),
    outcome: f('text', ['data.calls.abandonRate', 'data.calls.humanAnsweredShare']),
    abandoned: f('boolean', ['data.calls.abandonRate']),
    answeredBy: f('text', ['data.calls.humanAnsweredShare', 'data.calls.outOfHoursAnsweredShare']),
    queue: f('text', ['data.calls.byQueue']),
    caller: f('text'),
    direction: f('text'),
    agentRequested: f('boolean', ['data.calls.agentRequestReachedShare']),
  },
  pqrs: {
    id: f('text'),
    type: f('text', ['data.pqrs.byType'], true),
    filedAt: f('timestamp', ['data.pqrs.records'], true),
    answeredAt: f('timestamp', ['data.pqrs.answeredInTermRate', 'data.pqrs.responseP90BusinessDays']),
    dueAt: f('timestamp', ['data.pqrs.answeredInTermRate']),
    channel: f('text'),
    requester: f('text'),
    status: f('text'),
  },
  surveys: {
    respondedAt: f('timestamp', ['data.surveys.responses']),
    ces: f('score', ['data.surveys.ces']),
    nps: f('score', ['data.surveys.nps']),
    csat: f('score', ['data.surveys.csat']),
    channel: f('text'),
    customer: f('text'),
  },
  customers: {
    id: f('text', ['data.customers.duplicateRate', 'data.customers.completeness']),
    name: f('text', ['data.customers.completeness']),
    firstName: f('text', ['data.customers.completeness']),
    lastName: f('text', ['data.customers.completeness']),
    email: f('text', ['data.customers.invalidEmailRate', 'data.customers.duplicateRate', 'data.customers.contactableShare']),
    phone: f('text', ['data.customers.invalidPhoneRate', 'data.customers.duplicateRate', 'data.customers.contactableShare']),
    mobile: f('text', ['data.customers.invalidPhoneRate', 'data.customers.contactableShare']),
    address: f('text', ['data.customers.completeness']),
    city: f('text', ['data.customers.fieldCompleteness']),
    createdAt: f('timestamp'),
  },
  orders: {
    id: f('text'),
    orderedAt: f('timestamp', ['data.orders.records'], true),
    promisedAt: f('timestamp', ['data.orders.onTimeDeliveryRate']),
    dispatchedAt: f('timestamp', ['data.orders.dispatchVisibilityLagP90']),
    shownAt: f('timestamp', ['data.orders.dispatchVisibilityLagP90']),
    deliveredAt: f('timestamp', ['data.orders.onTimeDeliveryRate', 'data.orders.deliveryDaysP90', 'data.orders.neverDeliveredRate']),
    status: f('text', ['data.orders.neverDeliveredRate']),
    refundRequestedAt: f('timestamp', ['data.orders.refundTimeP90']),
    refundedAt: f('timestamp', ['data.orders.refundRate', 'data.orders.refundTimeP90']),
    customer: f('text'),
  },
  payments: {
    id: f('text'),
    paidAt: f('timestamp', ['data.payments.records'], true),
    postedAt: f('timestamp', ['data.payments.postingLagP90']),
    misapplied: f('boolean', ['data.payments.misappliedRate']),
    customer: f('text'),
  },
};

/**
 * Fields no metric reads: the loader still converts them (a bad value still makes a bad
 * row; the file's sample rows show them), but a worker does not send them to the main
 * thread, where they would only be encoded, posted and decoded. Ticket ids, a million
 * distinct strings, were a large share of what crossed. Durations that the loader turns
 * into a timestamp (firstResponseTime → firstResponseAt) are read by no metric either.
 * test/data/pipeline.test.ts checks, with a record that logs its reads, that none is read.
 */
export const UNREAD: Partial<Record<DataKind, readonly string[]>> = {
  tickets: ['id', 'status', 'firstResponseTime', 'resolutionTime'],
};

/** Kinds whose rows need at least one of these fields to say anything. */
export const REQUIRED_ANY: Partial<Record<DataKind, string[][]>> = {
  surveys: [['ces', 'nps', 'csat']],
  customers: [['id', 'email', 'phone', 'mobile']],
};

/** The field whose dates make the period of a source. */
export const PERIOD_FIELD: Record<DataKind, string | undefined> = {
  tickets: 'createdAt',
  calls: 'startedAt',
  pqrs: 'filedAt',
  surveys: 'respondedAt',
  customers: undefined,
  orders: 'orderedAt',
  payments: 'paidAt',
};

export function isKind(k: unknown): k is DataKind {
  return typeof k === 'string' && (KINDS as readonly string[]).includes(k);
}
