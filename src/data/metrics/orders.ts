/**
 * Orders and payments: delivered by the promised date, never delivered, refunded and
 * time to refund, and the lags between two systems where both timestamps exist —
 * dispatch to the dispatch showing online, payment to its posting on the customer's
 * account (SS-4: the last dispatch should show at once, the payment as soon as made).
 */
import type { Accumulator, Figures, MetricContext } from './common.js';
import { Quantiles, figure, percentileFigures, round } from './common.js';

export interface OrderRecord {
  orderedAt: number;
  promisedAt?: number;
  dispatchedAt?: number;
  shownAt?: number;
  deliveredAt?: number;
  status?: string;
  refundRequestedAt?: number;
  refundedAt?: number;
}

export interface OrderOptions extends MetricContext {
  /** An order still undelivered this many days after the day it was placed counts as never delivered (30 by default). */
  neverDeliveredAfterDays?: number;
}

const CANCELLED = /cancel|anulad|rechaz|void/i;

export class OrderMetrics implements Accumulator<OrderRecord> {
  private n = 0;
  private cancelled = 0;
  private readonly deliveryDays = new Quantiles();
  private readonly visibility = new Quantiles();
  private readonly refundTime = new Quantiles();
  private refunded = 0;
  private promisedDelivered = 0;
  private onTime = 0;
  private readonly open: { orderedAt: number; promisedAt?: number }[] = [];
  /** Non-cancelled orders per local day placed: the base of the never-delivered share, in bounded memory. */
  private readonly placedByDay = new Map<number, number>();
  private latest = -Infinity;

  constructor(private readonly ctx: OrderOptions) {}

  add(r: OrderRecord): void {
    this.n++;
    const cal = this.ctx.calendar;
    this.latest = Math.max(this.latest, r.orderedAt, r.deliveredAt ?? -Infinity, r.dispatchedAt ?? -Infinity);
    if (r.refundedAt !== undefined) {
      this.refunded++;
      if (r.refundRequestedAt !== undefined) this.refundTime.add(r.refundedAt - r.refundRequestedAt);
    }
    if (r.dispatchedAt !== undefined && r.shownAt !== undefined) this.visibility.add(r.shownAt - r.dispatchedAt);
    if (r.status && CANCELLED.test(r.status)) {
      this.cancelled++;
      return;
    }
    const day = cal.dayOf(r.orderedAt);
    this.placedByDay.set(day, (this.placedByDay.get(day) ?? 0) + 1);
    if (r.deliveredAt !== undefined) {
      this.deliveryDays.add(cal.dayOf(r.deliveredAt) - cal.dayOf(r.orderedAt));
      if (r.promisedAt !== undefined) {
        this.promisedDelivered++;
        if (cal.dayOf(r.deliveredAt) <= cal.dayOf(r.promisedAt)) this.onTime++;
      }
    } else {
      this.open.push({ orderedAt: r.orderedAt, promisedAt: r.promisedAt });
    }
  }

  result(): Figures {
    const out: Figures = {};
    if (this.n === 0) return out;
    const cal = this.ctx.calendar;
    const asOf = this.ctx.asOf ?? this.latest;
    const horizon = cal.dayOf(asOf) - (this.ctx.neverDeliveredAfterDays ?? 30);
    out['data.orders.records'] = figure(this.n, this.n);
    // Undelivered orders whose promised day has passed are late; those older than the horizon, never delivered.
    let overdue = 0;
    let old = 0;
    for (const o of this.open) {
      if (o.promisedAt !== undefined && cal.dayOf(asOf) > cal.dayOf(o.promisedAt)) overdue++;
      if (cal.dayOf(o.orderedAt) <= horizon) old++;
    }
    const judged = this.promisedDelivered + overdue;
    if (judged) out['data.orders.onTimeDeliveryRate'] = figure(round(this.onTime / judged), judged);
    percentileFigures(out, this.deliveryDays, undefined, 'data.orders.deliveryDaysP90');
    // The base: every non-cancelled order placed on or before the horizon, delivered or not.
    let oldBase = 0;
    for (const [day, count] of this.placedByDay) if (day <= horizon) oldBase += count;
    if (oldBase) out['data.orders.neverDeliveredRate'] = figure(round(old / oldBase), oldBase);
    out['data.orders.refundRate'] = figure(round(this.refunded / this.n), this.n);
    percentileFigures(out, this.refundTime, undefined, 'data.orders.refundTimeP90');
    percentileFigures(out, this.visibility, undefined, 'data.orders.dispatchVisibilityLagP90');
    return out;
  }
}

export function orderMetrics(rows: OrderRecord[], ctx: OrderOptions): Figures {
  const m = new OrderMetrics(ctx);
  for (const r of rows) m.add(r);
  return m.result();
}

export interface PaymentRecord {
  paidAt: number;
  postedAt?: number;
  misapplied?: boolean;
}

export class PaymentMetrics implements Accumulator<PaymentRecord> {
  private n = 0;
  private readonly lag = new Quantiles();
  private judged = 0;
  private misapplied = 0;

  add(r: PaymentRecord): void {
    this.n++;
    if (r.postedAt !== undefined) this.lag.add(r.postedAt - r.paidAt);
    if (r.misapplied !== undefined) {
      this.judged++;
      if (r.misapplied) this.misapplied++;
    }
  }

  result(): Figures {
    const out: Figures = {};
    if (this.n === 0) return out;
    out['data.payments.records'] = figure(this.n, this.n);
    percentileFigures(out, this.lag, undefined, 'data.payments.postingLagP90');
    if (this.judged) out['data.payments.misappliedRate'] = figure(round(this.misapplied / this.judged), this.judged);
    return out;
  }
}

export function paymentMetrics(rows: PaymentRecord[]): Figures {
  const m = new PaymentMetrics();
  for (const r of rows) m.add(r);
  return m.result();
}
