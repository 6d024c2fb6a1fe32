/**
 * Scoring is deliberately small: a weighted mean of scored checks per area, a
 * weighted mean of areas overall. Not-applicable and waived checks weigh nothing;
 * unknown and error checks weigh nothing in the score but lower coverage, so a
 * report can never look better by knowing less without saying so.
 */
import { localized } from '../i18n/index.js';
import type { CheckStatus, Localized, Maturity } from '../types.js';

export interface Scorable {
  status: CheckStatus;
  score: number | null;
  weight: number;
}

const SCORED: ReadonlySet<CheckStatus> = new Set(['pass', 'partial', 'fail']);
const APPLICABLE: ReadonlySet<CheckStatus> = new Set(['pass', 'partial', 'fail', 'unknown', 'error']);


/** Area score 0..100 (one decimal) or null when nothing was scored; coverage 0..1. */
export function scoreChecks(items: Scorable[]): { score: number | null; coverage: number; applicableWeight: number } {
  let sum = 0;
  let scoredWeight = 0;
  let applicableWeight = 0;
  for (const it of items) {
    if (APPLICABLE.has(it.status)) applicableWeight += it.weight;
    if (SCORED.has(it.status) && it.score !== null) {
      sum += it.weight * it.score;
      scoredWeight += it.weight;
    }
  }
  return {
    score: scoredWeight > 0 ? round1((100 * sum) / scoredWeight) : null,
    coverage: applicableWeight > 0 ? round3(scoredWeight / applicableWeight) : 0,
    applicableWeight,
  };
}

export interface AreaScore {
  score: number | null;
  coverage: number;
  weight: number;
  applicableWeight: number;
}

/** Overall = weighted mean of the areas that have a score; coverage = weighted mean of areas that apply. */
export function scoreAreas(areas: AreaScore[]): { score: number | null; coverage: number } {
  let sum = 0;
  let w = 0;
  let covSum = 0;
  let covW = 0;
  for (const a of areas) {
    if (a.applicableWeight > 0) {
      covSum += a.weight * a.coverage;
      covW += a.weight;
    }
    if (a.score !== null && a.weight > 0) {
      sum += a.weight * a.score;
      w += a.weight;
    }
  }
  return { score: w > 0 ? round1(sum / w) : null, coverage: covW > 0 ? round3(covSum / covW) : 0 };
}

export const MATURITY_LABELS: Record<number, Localized> = {
  1: localized('maturity.1'),
  2: localized('maturity.2'),
  3: localized('maturity.3'),
  4: localized('maturity.4'),
  5: localized('maturity.5'),
};
const NOT_ASSESSED = localized('maturity.notAssessed');
const INSUFFICIENT = localized('maturity.insufficient');

/** Levels are fifths of the score scale; below the coverage threshold no level is claimed. */
export function maturityOf(score: number | null, coverage: number, threshold: number): Maturity {
  if (score === null) return { level: null, label: NOT_ASSESSED, insufficientEvidence: true };
  if (coverage < threshold) return { level: null, label: INSUFFICIENT, insufficientEvidence: true };
  const level = score >= 80 ? 5 : score >= 60 ? 4 : score >= 40 ? 3 : score >= 20 ? 2 : 1;
  return { level, label: MATURITY_LABELS[level], insufficientEvidence: false };
}

/** The lowest score of a maturity level, for "what it takes to reach the next level". */
export function levelFloor(level: number): number {
  return [0, 0, 20, 40, 60, 80][level] ?? 100;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
