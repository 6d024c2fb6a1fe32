/**
 * Survey answers: Customer Effort Score (mean on the 1–7 CES 2.0 scale; 1–5 answers
 * are rescaled linearly), Net Promoter Score (% promoters 9–10 minus % detractors
 * 0–6, Reichheld 2003) and CSAT (share of satisfied answers: the top two points of a
 * 5- or 7-point scale, 8–10 of a 10-point one), each with its response count.
 */
import type { Accumulator, Figures } from './common.js';
import { figure, round } from './common.js';

export interface SurveyRecord {
  respondedAt?: number;
  ces?: number;
  nps?: number;
  csat?: number;
}

export interface SurveyScales {
  /** Top of the CES scale: 7 (CES 2.0) or 5. */
  ces: number;
  /** Top of the CSAT scale: 5, 7 or 10. */
  csat: number;
}

export const DEFAULT_SCALES: SurveyScales = { ces: 7, csat: 5 };

/** Whether each answer lies on its scale (the loader counts a row with one that does not as bad). */
export function outOfScale(r: SurveyRecord, scales: SurveyScales): string | undefined {
  if (r.ces !== undefined && (r.ces < 1 || r.ces > scales.ces)) return 'ces';
  if (r.nps !== undefined && (r.nps < 0 || r.nps > 10 || !Number.isInteger(r.nps))) return 'nps';
  if (r.csat !== undefined && (r.csat < 1 || r.csat > scales.csat)) return 'csat';
  return undefined;
}

export class SurveyMetrics implements Accumulator<SurveyRecord> {
  private responses = 0;
  private cesN = 0;
  private cesSum = 0;
  private npsN = 0;
  private promoters = 0;
  private detractors = 0;
  private csatN = 0;
  private satisfied = 0;

  constructor(private readonly scales: SurveyScales = DEFAULT_SCALES) {}

  add(r: SurveyRecord): void {
    this.responses++;
    if (r.ces !== undefined) {
      this.cesN++;
      this.cesSum += this.scales.ces === 7 ? r.ces : 1 + ((r.ces - 1) * 6) / (this.scales.ces - 1);
    }
    if (r.nps !== undefined) {
      this.npsN++;
      if (r.nps >= 9) this.promoters++;
      else if (r.nps <= 6) this.detractors++;
    }
    if (r.csat !== undefined) {
      this.csatN++;
      const top = this.scales.csat;
      if (r.csat >= (top >= 10 ? 8 : top - 1)) this.satisfied++;
    }
  }

  result(): Figures {
    const out: Figures = {};
    if (this.responses === 0) return out;
    out['data.surveys.responses'] = figure(this.responses, this.responses);
    if (this.cesN) out['data.surveys.ces'] = figure(round(this.cesSum / this.cesN, 2), this.cesN);
    if (this.npsN) out['data.surveys.nps'] = figure(round(((this.promoters - this.detractors) / this.npsN) * 100, 1), this.npsN);
    if (this.csatN) out['data.surveys.csat'] = figure(round(this.satisfied / this.csatN), this.csatN);
    return out;
  }
}

export function surveyMetrics(rows: SurveyRecord[], scales: SurveyScales = DEFAULT_SCALES): Figures {
  const m = new SurveyMetrics(scales);
  for (const r of rows) m.add(r);
  return m.result();
}
