/**
 * Every metric on small tables whose figures were worked out by hand (the comment
 * beside each expected value shows the arithmetic). Zone UTC and office hours
 * Mo–Fr 08:00–18:00 without holidays, unless a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, parseWeeklyHours } from '../../src/data/calendar.js';
import { Zone } from '../../src/data/values.js';
import { ticketMetrics, type TicketRecord } from '../../src/data/metrics/tickets.js';
import { callMetrics, type CallRecord } from '../../src/data/metrics/calls.js';
import { surveyMetrics } from '../../src/data/metrics/surveys.js';
import { pqrsMetrics, canonicalPqrsType } from '../../src/data/metrics/pqrs.js';
import { orderMetrics, paymentMetrics } from '../../src/data/metrics/orders.js';
import { customerMetrics } from '../../src/data/metrics/customers.js';
import { Quantiles, percentile } from '../../src/data/quantiles.js';

const M = 60_000;
const H = 3_600_000;
const D = 86_400_000;
const T = (d: number, h = 0, m = 0, month = 7) => Date.UTC(2026, month - 1, d, h, m);
const office = () => new BusinessCalendar({ zone: new Zone('UTC'), hours: parseWeeklyHours('Mo-Fr 08:00-18:00')! });

/** Asserts each figure's value (and sample, when given) from a table. */
function expectFigures(actual: Record<string, { value: unknown; n: number }>, table: [string, unknown, number?][]) {
  for (const [key, value, n] of table) {
    expect(actual[key], key).toBeDefined();
    if (typeof value === 'number') expect(actual[key].value as number, key).toBeCloseTo(value, 4);
    else expect(actual[key].value, key).toEqual(value);
    if (n !== undefined) expect(actual[key].n, `${key} n`).toBe(n);
  }
}

describe('tickets', () => {
  // Mon 6 Jul 2026 … Sat 11 Jul. Customer a writes three times: 6, 9 and 11 Jul.
  const rows: TicketRecord[] = [
    { createdAt: T(6, 9), firstResponseAt: T(6, 9, 30), solvedAt: T(6, 12), channel: 'Mail', customer: 'a', reopens: 0, replies: 1, type: 'question' },
    { createdAt: T(6, 17), firstResponseAt: T(7, 9), solvedAt: T(7, 17), channel: 'email', customer: 'b', reopens: 1, replies: 3, type: 'incident' },
    { createdAt: T(8, 10), channel: 'Mail', customer: 'c' },
    { createdAt: T(9, 8), firstResponseAt: T(9, 10), solvedAt: T(10, 8), channel: 'Web Form', customer: 'A', reopens: 0, replies: 2, type: 'Question' },
    { createdAt: T(11, 10), firstResponseAt: T(11, 10, 5), solvedAt: T(13, 10), channel: 'Chat', customer: 'a', reopens: 0, replies: 1, type: 'question' },
  ];
  const figures = ticketMetrics(rows, { calendar: office(), promises: { question: { ms: D }, incident: { businessDays: 1 } } });

  it.each<[string, unknown, number?]>([
    ['data.tickets.records', 5, 5],
    // first response, calendar: 5 min, 30 min, 2 h, 16 h → p50 = 2nd = 30 min, p90 = ⌈3.6⌉ = 4th = 16 h
    ['data.tickets.firstResponseP50', 30 * M, 4],
    ['data.tickets.firstResponseP90', 16 * H, 4],
    // business hours: 0 (Saturday), 30 min, 2 h (Mon 17–18 + Tue 8–9), 2 h → p50 30 min, p90 2 h
    ['data.tickets.firstResponseP50Business', 30 * M, 4],
    ['data.tickets.firstResponseP90Business', 2 * H, 4],
    // resolution, calendar: 3 h, 24 h, 24 h, 48 h
    ['data.tickets.resolutionP50', 24 * H, 4],
    ['data.tickets.resolutionP90', 48 * H, 4],
    // business: 2 h (Mon 8–10 after a Saturday), 3 h, 10 h, 10 h
    ['data.tickets.resolutionP50Business', 3 * H, 4],
    ['data.tickets.resolutionP90Business', 10 * H, 4],
    ['data.tickets.unansweredShare', 0.2, 5], // 1 of 5 never answered
    ['data.email.answeredWithinHour', 0.5, 2], // e-mails answered: 30 min ✓, 16 h ✗
    ['data.tickets.reopenRate', 0.25, 4], // 1 of 4 solved
    ['data.tickets.firstContactResolution', 0.5, 4], // replies ≤ 1 and not reopened: 2 of 4
    ['data.tickets.outOfHoursAnsweredShare', 1, 1], // the Saturday chat, answered before Monday
    ['data.tickets.repeatContactRate', 0.4, 5], // a on 9 Jul (3 d after 6 Jul) and 11 Jul: 2 of 5
    ['data.tickets.responseToResolutionRatio', 48, 4], // 24 h / 30 min
    ['data.tickets.resolutionWithinPromise', 0.75, 4], // questions ≤ 1 d: 3 h ✓, 24 h ✓, 48 h ✗; incident ≤ 1 business day ✓
  ])('%s', (key, value, n) => expectFigures(figures, [[key, value, n]]));

  it('breaks first response and resolution down by channel, and promises by type', () => {
    const byChannel = figures['data.tickets.byChannel'].value as Record<string, unknown>[];
    expect(byChannel.map((c) => [c.channel, c.tickets, c.responded, c.firstResponseP90, c.resolutionP90Business])).toEqual([
      ['email', 3, 2, 16 * H, 10 * H],
      ['web', 1, 1, 2 * H, 10 * H],
      ['chat', 1, 1, 5 * M, 2 * H],
    ]);
    expect(figures['data.tickets.resolutionByType'].value).toEqual([
      { type: 'question', promise: '24h', solved: 3, withinPromise: 2, share: 0.6667 },
      { type: 'incident', promise: '1bd', solved: 1, withinPromise: 1, share: 1 },
    ]);
  });
});

describe('calls', () => {
  const rows: CallRecord[] = [
    { startedAt: T(6, 9), wait: 5000, outcome: 'ANS', answeredBy: 'A1', queue: 'Ventas' },
    { startedAt: T(6, 9, 10), wait: 30_000, outcome: 'Contestada', answeredBy: 'A2', queue: 'Ventas' },
    { startedAt: T(6, 9, 20), wait: 40_000, outcome: 'ABAN', queue: 'Servicio' },
    { startedAt: T(6, 9, 30), outcome: 'Resuelta en IVR' },
    { startedAt: T(11, 10), wait: 8000, outcome: 'answered', answeredBy: 'A3', agentRequested: true, queue: 'Servicio' },
    { startedAt: T(11, 11), wait: 60_000, abandoned: true, agentRequested: true, queue: 'Servicio' },
  ];
  const figures = callMetrics(rows, { calendar: office(), ringTargetMs: 12_000 });

  it.each<[string, unknown, number?]>([
    ['data.calls.records', 6, 6],
    ['data.calls.offered', 5, 6], // the IVR-only call was never offered to a person
    ['data.calls.answeredByThirdRing', 0.4, 5], // answered by a person within 12 s: 5 s, 8 s → 2 of 5
    ['data.calls.abandonRate', 0.4, 5], // 2 of 5
    ['data.calls.humanAnsweredShare', 0.75, 4], // 3 people, 1 IVR
    ['data.calls.outOfHoursAnsweredShare', 0.5, 2], // Saturday: 1 answered, 1 abandoned
    ['data.calls.agentRequestReachedShare', 0.5, 2],
    ['data.calls.waitP50', 8000, 3], // waits of answered calls: 5 s, 8 s, 30 s
    ['data.calls.waitP90', 30_000, 3],
  ])('%s', (key, value, n) => expectFigures(figures, [[key, value, n]]));

  it('per queue', () => {
    expect(figures['data.calls.byQueue'].value).toEqual([
      { queue: 'Servicio', offered: 3, answered: 1, abandoned: 2, withinTarget: 0.3333, waitP50: 8000, waitP90: 8000 },
      { queue: 'Ventas', offered: 2, answered: 2, abandoned: 0, withinTarget: 0.5, waitP50: 5000, waitP90: 30_000 },
    ]);
  });
});

describe('surveys', () => {
  it.each<[string, Parameters<typeof surveyMetrics>[0], Parameters<typeof surveyMetrics>[1] | undefined, [string, unknown, number?][]]>([
    [
      'CES 1–7, NPS 0–10, CSAT 1–5',
      [{ ces: 7, nps: 10, csat: 5 }, { ces: 5, nps: 9, csat: 4 }, { ces: 2, nps: 6, csat: 2 }, { ces: 6, nps: 10 }, { nps: 3, csat: 3 }],
      undefined,
      [
        ['data.surveys.responses', 5, 5],
        ['data.surveys.ces', 5, 4], // (7 + 5 + 2 + 6) / 4
        ['data.surveys.nps', 20, 5], // promoters 3 (10, 9, 10), detractors 2 (6, 3): (3 − 2) / 5 × 100
        ['data.surveys.csat', 0.5, 4], // 4–5 of 5: two of four
      ],
    ],
    ['CES on a 1–5 scale is rescaled to 1–7', [{ ces: 5 }, { ces: 3 }], { ces: 5, csat: 5 }, [['data.surveys.ces', 5.5, 2]]], // 7 and 4
    ['CSAT on a 10-point scale counts 8–10', [{ csat: 8 }, { csat: 7 }, { csat: 10 }, { csat: 9 }], { ces: 7, csat: 10 }, [['data.surveys.csat', 0.75, 4]]],
  ])('%s', (_name, rows, scales, table) => expectFigures(surveyMetrics(rows, scales), table));
});

describe('PQRS in business days (Colombia, Bogotá)', () => {
  // San José, 19 March 2026, is a Thursday: Ley Emiliani moves it to Monday 23 March.
  const bogota = new Zone('America/Bogota');
  const cal = new BusinessCalendar({ zone: bogota, hours: parseWeeklyHours('Mo-Fr 08:00-17:00')!, country: 'CO' });
  const L = (d: number, h = 10) => bogota.toUtc(Date.UTC(2026, 2, d, h));
  const figures = pqrsMetrics(
    [
      { type: 'Petición', filedAt: L(20), answeredAt: L(25) }, // Tue 24, Wed 25 = 2 (Mon 23 is the holiday) ≤ 2 ✓
      { type: 'QUEJA', filedAt: L(19), answeredAt: L(26) }, // Fri 20, Tue 24, Wed 25, Thu 26 = 4 > 3 ✗
      { type: 'P', filedAt: L(23), answeredAt: L(24) }, // filed on the holiday; Tue 24 = 1 ✓
      { type: 'petición', filedAt: L(24) }, // open; by Fri 27: 25, 26, 27 = 3 > 2 → late
      { type: 'Felicitación', filedAt: L(25) }, // no term: not judged
    ],
    { calendar: cal, terms: { peticion: 2, queja: 3 }, asOf: L(27, 16) },
  );

  it('knows the moved holiday', () => {
    expect(cal.holidaysOf(2026).map((d) => new Date(d * D).toISOString().slice(0, 10))).toContain('2026-03-23');
    expect(cal.isHoliday(Date.UTC(2026, 2, 19) / D)).toBe(false);
    expect(cal.businessDays(L(20), L(25))).toBe(2);
    // Business hours across the long weekend: Fri 16–17 h, then Tue 8–9 h.
    expect(cal.businessMs(L(20, 16), L(24, 9))).toBe(2 * H);
  });

  it.each<[string, unknown, number?]>([
    ['data.pqrs.records', 5, 5],
    ['data.pqrs.answeredInTermRate', 0.5, 4], // 2 in term of 4 judged
    ['data.pqrs.responseP90BusinessDays', 4, 3], // answered after 2, 4, 1 business days
  ])('%s', (key, value, n) => expectFigures(figures, [[key, value, n]]));

  it('by type', () => {
    expect(figures['data.pqrs.byType'].value).toEqual([
      { type: 'peticion', termBusinessDays: 2, filed: 3, answeredInTerm: 2, late: 1, pending: 0, share: 0.6667, p90BusinessDays: 2 },
      { type: 'queja', termBusinessDays: 3, filed: 1, answeredInTerm: 0, late: 1, pending: 0, share: 0, p90BusinessDays: 4 },
      { type: 'felicitacion', termBusinessDays: null, filed: 1, answeredInTerm: 0, late: 0, pending: 0, share: null, p90BusinessDays: null },
    ]);
  });

  it.each([['Derecho de petición', 'peticion'], ['Solicitud de información', 'informacion'], ['Reclamo', 'reclamo'], ['S', 'sugerencia'], ['Denuncia', 'denuncia'], ['Consulta', 'consulta']])('%s is %s', (raw, type) => {
    expect(canonicalPqrsType(raw)).toBe(type);
  });
});

describe('orders and payments', () => {
  const figures = orderMetrics(
    [
      { orderedAt: T(1, 10), promisedAt: T(3), deliveredAt: T(3, 15) },
      { orderedAt: T(1, 11), promisedAt: T(3), deliveredAt: T(6, 12) },
      { orderedAt: T(2, 9), promisedAt: T(4), status: 'handling' },
      { orderedAt: T(2, 10), status: 'canceled', refundRequestedAt: T(2, 12), refundedAt: T(5, 12) },
      { orderedAt: T(20, 10, 0, 8), promisedAt: T(5, 0, 0, 9) },
      { orderedAt: T(10, 9), promisedAt: T(12), dispatchedAt: T(10, 12), shownAt: T(10, 18), deliveredAt: T(11, 14), refundRequestedAt: T(15), refundedAt: T(16) },
    ],
    { calendar: office(), asOf: T(31, 23, 59, 8) },
  );
  it.each<[string, unknown, number?]>([
    ['data.orders.records', 6, 6],
    ['data.orders.onTimeDeliveryRate', 0.5, 4], // on time: 1st, 6th; late: 2nd, and the 3rd still undelivered after its date
    ['data.orders.deliveryDaysP90', 5, 3], // 2, 5, 1 days
    ['data.orders.neverDeliveredRate', 0.25, 4], // placed by 1 Aug and not cancelled: 4; still undelivered: 1
    ['data.orders.refundRate', 0.3333, 6],
    ['data.orders.refundTimeP90', 3 * D, 2], // 3 d and 1 d
    ['data.orders.dispatchVisibilityLagP90', 6 * H, 1],
  ])('%s', (key, value, n) => expectFigures(figures, [[key, value, n]]));

  it('payments: posting lag and misapplied share', () => {
    expectFigures(paymentMetrics([{ paidAt: T(1, 10), postedAt: T(1, 12), misapplied: false }, { paidAt: T(2), postedAt: T(4), misapplied: true }, { paidAt: T(3) }]), [
      ['data.payments.records', 3, 3],
      ['data.payments.postingLagP90', 2 * D, 2],
      ['data.payments.misappliedRate', 0.5, 2],
    ]);
  });
});

describe('customer base', () => {
  const figures = customerMetrics(
    [
      { id: '1.020.345.678', name: 'Ana Gómez', email: 'ana@correo.example', phone: '3001234567', address: 'Cl. 1 # 2-3', city: 'Bogotá' },
      { id: '1020345678', name: 'Ana G.' },
      { id: '79888777', firstName: 'Luis', lastName: 'Ruiz', email: 'luis @correo', phone: '12345', address: 'Cra 7' },
      { name: 'Marta', email: 'ANA@correo.example', phone: '+57 300 123 4567' },
    ],
    { country: 'CO', present: ['id', 'name', 'firstName', 'lastName', 'email', 'phone', 'address', 'city'] },
  );
  it.each<[string, unknown, number?]>([
    ['data.customers.records', 4, 4],
    ['data.customers.completeness', 0.5, 4], // id, name, phone or e-mail, address: 1st and 3rd
    ['data.customers.duplicateRate', 0.5, 4], // 2nd repeats the 1st's id without dots; 4th its e-mail and phone
    ['data.customers.invalidEmailRate', 0.3333, 3], // "luis @correo"
    ['data.customers.invalidPhoneRate', 0.3333, 3], // "12345"
    ['data.customers.contactableShare', 0.5, 4],
  ])('%s', (key, value, n) => expectFigures(figures, [[key, value, n]]));

  it('completeness per field', () => {
    expect((figures['data.customers.fieldCompleteness'].value as { field: string; share: number }[]).map((f) => [f.field, f.share])).toEqual([
      ['id', 0.75], ['name', 1], ['email', 0.75], ['phone', 0.75], ['address', 0.5], ['city', 0.25],
    ]);
  });
});

describe('percentiles', () => {
  it('are nearest-rank while exact, and within ±0.5 % once folded into the histogram', () => {
    const values = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 5000) + 1);
    const q = new Quantiles(1000);
    for (const v of values) q.add(v * 1000);
    expect(q.approximate).toBe(true);
    const exact = percentile(values, 0.9)! * 1000;
    expect(Math.abs(q.quantile(0.9)! - exact) / exact).toBeLessThan(0.005);
    const small = new Quantiles();
    for (const v of [5, 1, 4, 2, 3]) small.add(v);
    expect([small.quantile(0.5), small.quantile(0.9), small.approximate]).toEqual([3, 5, false]);
  });
});
