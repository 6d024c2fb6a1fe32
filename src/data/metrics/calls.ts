/**
 * Calls (call-detail records): offered calls answered by a person within the ring
 * target, abandonment, calls handled only by the IVR, out-of-hours calls answered by
 * a person, callers who asked for an agent and reached one, waiting time p50/p90,
 * per queue.
 */
import type { Accumulator, Figures, MetricContext } from './common.js';
import { Quantiles, detach, figure, percentileFigures, ratio, round } from './common.js';

export interface CallRecord {
  startedAt: number;
  /** Time waiting before a person answered, or before the caller hung up. */
  wait?: number;
  answeredAt?: number;
  outcome?: string;
  abandoned?: boolean;
  answeredBy?: string;
  queue?: string;
  agentRequested?: boolean;
}

export interface CallOptions extends MetricContext {
  /** Answered within this wait counts as "before the ring target" (3 rings × 4 s by default). */
  ringTargetMs: number;
}

export type CallOutcome = 'person' | 'ivr' | 'abandoned';

const ABANDONED = /aban|no.?answer|noanswer|missed|perdid|colg|hang|busy|ocupad|fail|cancel|no contest|unanswered|timeout/;
const IVR = /ivr|self.?serv|autoservicio|\bbot\b|robot|automat|uraa?\b|menu/;
const ANSWERED = /ans|answer|complet|contest|atend|handled|connected|conectad/;

/** What happened to a call, from whichever columns the export has. */
export function classifyCall(r: CallRecord): CallOutcome {
  const o = (r.outcome ?? '').toLowerCase();
  const by = (r.answeredBy ?? '').toLowerCase();
  if (r.abandoned === true || (o && ABANDONED.test(o) && !ANSWERED.test(o.replace(/no.?answer|unanswered/, '')))) return 'abandoned';
  if (IVR.test(o) || IVR.test(by)) return 'ivr';
  if (r.answeredAt !== undefined || by !== '' || ANSWERED.test(o)) return 'person';
  if (r.abandoned === false) return 'person';
  return 'abandoned';
}

interface Queue {
  offered: number;
  answered: number;
  abandoned: number;
  within: number;
  wait: Quantiles;
}

export class CallMetrics implements Accumulator<CallRecord> {
  private calls = 0;
  private offered = 0;
  private person = 0;
  private ivr = 0;
  private abandoned = 0;
  private within = 0;
  private readonly wait = new Quantiles();
  private ooh = 0;
  private oohPerson = 0;
  private asked = 0;
  private askedReached = 0;
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly ctx: CallOptions) {}

  add(r: CallRecord): void {
    this.calls++;
    const outcome = classifyCall(r);
    if (outcome === 'ivr') {
      this.ivr++;
      return;
    }
    this.offered++;
    const name = r.queue?.trim() || '—';
    let q = this.queues.get(name);
    if (!q) this.queues.set(detach(name), (q = { offered: 0, answered: 0, abandoned: 0, within: 0, wait: new Quantiles() }));
    q.offered++;
    const wait = r.wait ?? (r.answeredAt !== undefined ? r.answeredAt - r.startedAt : undefined);
    const open = this.ctx.calendar.isOpen(r.startedAt);
    if (!open) this.ooh++;
    if (r.agentRequested) this.asked++;
    if (outcome === 'abandoned') {
      this.abandoned++;
      q.abandoned++;
      return;
    }
    this.person++;
    q.answered++;
    if (!open) this.oohPerson++;
    if (r.agentRequested) this.askedReached++;
    if (wait !== undefined) {
      this.wait.add(wait);
      q.wait.add(wait);
      if (wait <= this.ctx.ringTargetMs) {
        this.within++;
        q.within++;
      }
    }
  }

  result(): Figures {
    const out: Figures = {};
    if (this.calls === 0) return out;
    out['data.calls.records'] = figure(this.calls, this.calls);
    out['data.calls.offered'] = figure(this.offered, this.calls);
    if (this.offered) {
      out['data.calls.answeredByThirdRing'] = figure(round(this.within / this.offered), this.offered);
      out['data.calls.abandonRate'] = figure(round(this.abandoned / this.offered), this.offered);
    }
    if (this.person + this.ivr) out['data.calls.humanAnsweredShare'] = figure(round(this.person / (this.person + this.ivr)), this.person + this.ivr);
    if (this.ooh) out['data.calls.outOfHoursAnsweredShare'] = figure(round(this.oohPerson / this.ooh), this.ooh);
    if (this.asked) out['data.calls.agentRequestReachedShare'] = figure(round(this.askedReached / this.asked), this.asked);
    percentileFigures(out, this.wait, 'data.calls.waitP50', 'data.calls.waitP90');
    out['data.calls.byQueue'] = figure(
      [...this.queues.entries()].sort((a, b) => b[1].offered - a[1].offered).map(([queue, q]) => ({
        queue,
        offered: q.offered,
        answered: q.answered,
        abandoned: q.abandoned,
        withinTarget: round(ratio(q.within, q.offered)) ?? null,
        waitP50: q.wait.quantile(0.5) ?? null,
        waitP90: q.wait.quantile(0.9) ?? null,
      })),
      this.offered,
    );
    return out;
  }
}

export function callMetrics(rows: CallRecord[], ctx: CallOptions): Figures {
  const m = new CallMetrics(ctx);
  for (const r of rows) m.add(r);
  return m.result();
}
