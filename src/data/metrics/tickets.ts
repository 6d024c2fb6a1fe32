/**
 * Tickets (e-mail, web form, chat… requests in a help desk): first response and
 * resolution p50/p90 in calendar time and in business hours, per channel; e-mails
 * answered within the hour; resolution within the promised time per request type;
 * reopen rate; repeat contacts by the same customer within 7 days; first-contact
 * resolution; requests created out of hours that were answered before business
 * hours resumed.
 */
import { parseDuration } from '../../util/duration.js';
import type { Accumulator, Figures, MetricContext } from './common.js';
import { DAY, HOUR, IntNumberMap, Quantiles, canonicalChannel, detach, figure, hash30, percentileFigures, ratio, round } from './common.js';

export interface TicketRecord {
  createdAt: number;
  firstResponseAt?: number;
  solvedAt?: number;
  channel?: string;
  type?: string;
  customer?: string;
  reopens?: number;
  replies?: number;
  status?: string;
}

/** A promised resolution time: a duration in calendar time, or a number of business days. */
export type Promise_ = { ms: number } | { businessDays: number };

/** "3d", "48h" (calendar) or "2bd" / "2 business days" / "2 días hábiles". */
export function parsePromise(v: unknown): Promise_ | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return { businessDays: v };
  if (typeof v !== 'string') return undefined;
  const bd = /^\s*(\d+)\s*(bd|business ?days?|d[ií]as? h[aá]biles?)\s*$/i.exec(v);
  if (bd) return { businessDays: Number(bd[1]) };
  const ms = parseDuration(v);
  return ms === undefined ? undefined : { ms };
}

export interface TicketOptions extends MetricContext {
  /** Promised resolution by request type (normalised lower case); `default` for the rest. */
  promises?: Record<string, Promise_>;
}

interface Series {
  n: number;
  frt: Quantiles;
  frtBiz: Quantiles;
  res: Quantiles;
  resBiz: Quantiles;
}

const series = (): Series => ({ n: 0, frt: new Quantiles(), frtBiz: new Quantiles(), res: new Quantiles(), resBiz: new Quantiles() });

const REPEAT_WINDOW = 7 * DAY;
const EVICT_EVERY = 1 << 16;

export class TicketMetrics implements Accumulator<TicketRecord> {
  private readonly all = series();
  private readonly byChannel = new Map<string, Series>();
  private emailAnswered = 0;
  private emailWithinHour = 0;
  private unanswered = 0;
  private solvedWithReopens = 0;
  private reopened = 0;
  private fcrBase = 0;
  private fcr = 0;
  private outOfHours = 0;
  private outOfHoursAnswered = 0;
  private readonly byType = new Map<string, { n: number; within: number; promise: string }>();
  private promised = 0;
  private promisedWithin = 0;
  private readonly lastContact = new IntNumberMap(1 << 14);
  private withCustomer = 0;
  private repeats = 0;
  private outOfOrder = 0;
  private latest = -Infinity;
  private sinceEvict = 0;
  private evictedBefore = -Infinity;

  constructor(private readonly ctx: TicketOptions) {}

  add(r: TicketRecord): void {
    const cal = this.ctx.calendar;
    const channel = canonicalChannel(r.channel);
    let s = this.byChannel.get(channel);
    if (!s) this.byChannel.set(channel, (s = series()));
    this.all.n++;
    s.n++;
    // One business clock reading per timestamp; a difference of two is the business time between them.
    const c0 = r.firstResponseAt !== undefined || r.solvedAt !== undefined ? cal.businessClock(r.createdAt) : 0;
    if (r.firstResponseAt !== undefined) {
      const d = r.firstResponseAt - r.createdAt;
      const b = cal.businessClock(r.firstResponseAt) - c0;
      // Each value into its two series one after the other: the percentile histogram takes one logarithm for both.
      this.all.frt.add(d);
      s.frt.add(d);
      this.all.frtBiz.add(b);
      s.frtBiz.add(b);
      if (channel === 'email') {
        this.emailAnswered++;
        if (d <= HOUR) this.emailWithinHour++;
      }
      if (!cal.isOpen(r.createdAt)) {
        this.outOfHours++;
        // Answered before any business time passed: someone answered outside business hours.
        if (b === 0) this.outOfHoursAnswered++;
      }
    } else {
      this.unanswered++;
    }
    if (r.solvedAt !== undefined) {
      const d = r.solvedAt - r.createdAt;
      const b = cal.businessClock(r.solvedAt) - c0;
      this.all.res.add(d);
      s.res.add(d);
      this.all.resBiz.add(b);
      s.resBiz.add(b);
      if (r.reopens !== undefined) {
        this.solvedWithReopens++;
        if (r.reopens > 0) this.reopened++;
      }
      if (r.replies !== undefined) {
        this.fcrBase++;
        if (r.replies <= 1 && !(r.reopens !== undefined && r.reopens > 0)) this.fcr++;
      }
      // The request type is read only when there are promises to judge it by.
      const promises = this.ctx.promises;
      const type = promises ? (r.type ?? '').trim().toLowerCase() || '—' : '';
      const p = promises ? promises[type] ?? promises.default : undefined;
      if (p) {
        const within = 'ms' in p ? d <= p.ms : cal.businessDays(r.createdAt, r.solvedAt) <= p.businessDays;
        let t = this.byType.get(type);
        if (!t) this.byType.set(detach(type), (t = { n: 0, within: 0, promise: 'ms' in p ? `${Math.round(p.ms / HOUR)}h` : `${p.businessDays}bd` }));
        t.n++;
        this.promised++;
        if (within) {
          t.within++;
          this.promisedWithin++;
        }
      }
    }
    // A 30-bit key (hash53 % 2 ** 30) in a typed-array map: no boxed number, no entry object per customer.
    if (r.customer) this.contact(hash30(r.customer, true), r.createdAt);
  }

  /** Repeat contacts in bounded memory: customers quiet for more than 7 days are forgotten, when rows come in date order. */
  private contact(customer: number, t: number): void {
    this.withCustomer++;
    if (t < this.evictedBefore) this.outOfOrder++;
    const last = this.lastContact.get(customer);
    if (last !== undefined && Math.abs(t - last) <= REPEAT_WINDOW) this.repeats++;
    if (last === undefined || t > last) this.lastContact.set(customer, t);
    if (t > this.latest) this.latest = t;
    if (++this.sinceEvict >= EVICT_EVERY) {
      this.sinceEvict = 0;
      const horizon = this.latest - 2 * REPEAT_WINDOW;
      if (horizon > this.evictedBefore) {
        this.lastContact.retainFrom(horizon);
        this.evictedBefore = horizon;
      }
    }
  }

  result(): Figures {
    const out: Figures = {};
    const a = this.all;
    if (a.n === 0) return out;
    out['data.tickets.records'] = figure(a.n, a.n);
    percentileFigures(out, a.frt, 'data.tickets.firstResponseP50', 'data.tickets.firstResponseP90');
    percentileFigures(out, a.frtBiz, 'data.tickets.firstResponseP50Business', 'data.tickets.firstResponseP90Business');
    percentileFigures(out, a.res, 'data.tickets.resolutionP50', 'data.tickets.resolutionP90');
    percentileFigures(out, a.resBiz, 'data.tickets.resolutionP50Business', 'data.tickets.resolutionP90Business');
    out['data.tickets.unansweredShare'] = figure(round(this.unanswered / a.n), a.n);
    const rows = [...this.byChannel.entries()].sort((x, y) => y[1].n - x[1].n).map(([channel, s]) => ({
      channel,
      tickets: s.n,
      responded: s.frt.count,
      firstResponseP50: s.frt.quantile(0.5) ?? null,
      firstResponseP90: s.frt.quantile(0.9) ?? null,
      firstResponseP50Business: s.frtBiz.quantile(0.5) ?? null,
      firstResponseP90Business: s.frtBiz.quantile(0.9) ?? null,
      solved: s.res.count,
      resolutionP50: s.res.quantile(0.5) ?? null,
      resolutionP90: s.res.quantile(0.9) ?? null,
      resolutionP50Business: s.resBiz.quantile(0.5) ?? null,
      resolutionP90Business: s.resBiz.quantile(0.9) ?? null,
    }));
    out['data.tickets.byChannel'] = figure(rows, a.n, a.frt.approximate || a.res.approximate);
    if (this.emailAnswered) out['data.email.answeredWithinHour'] = figure(round(this.emailWithinHour / this.emailAnswered), this.emailAnswered);
    if (this.solvedWithReopens) out['data.tickets.reopenRate'] = figure(round(this.reopened / this.solvedWithReopens), this.solvedWithReopens);
    if (this.fcrBase) out['data.tickets.firstContactResolution'] = figure(round(this.fcr / this.fcrBase), this.fcrBase);
    if (this.outOfHours) out['data.tickets.outOfHoursAnsweredShare'] = figure(round(this.outOfHoursAnswered / this.outOfHours), this.outOfHours);
    if (this.withCustomer) out['data.tickets.repeatContactRate'] = figure(round(this.repeats / this.withCustomer), this.withCustomer, this.outOfOrder > 0);
    const m50r = a.res.quantile(0.5);
    const m50f = a.frt.quantile(0.5);
    if (m50r !== undefined && m50f !== undefined && m50f > 0) out['data.tickets.responseToResolutionRatio'] = figure(round(m50r / m50f, 2), Math.min(a.res.count, a.frt.count));
    if (this.promised) {
      out['data.tickets.resolutionWithinPromise'] = figure(round(this.promisedWithin / this.promised), this.promised);
      out['data.tickets.resolutionByType'] = figure(
        [...this.byType.entries()].sort((x, y) => y[1].n - x[1].n).map(([type, t]) => ({ type, promise: t.promise, solved: t.n, withinPromise: t.within, share: round(ratio(t.within, t.n)) ?? null })),
        this.promised,
      );
    }
    return out;
  }
}

export function ticketMetrics(rows: TicketRecord[], ctx: TicketOptions): Figures {
  const m = new TicketMetrics(ctx);
  for (const r of rows) m.add(r);
  return m.result();
}
