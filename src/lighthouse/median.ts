/**
 * Choosing the run a page is judged by. Like Lighthouse CI, the median run is the one
 * closest to both the median First Contentful Paint and the median Time to Interactive
 * (the earliest and the latest moments of the load), rather than the run with the
 * median score: a score alone can sit at the median by accident of one outlier metric.
 * Pure functions, tested as a table.
 */
import { CATEGORY_KEYS, type CategoryKey, type CategoryScores, type ScoreSpread } from './types.js';

export interface MedianCandidate {
  fcp?: number;
  tti?: number;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const usable = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * Index of the median run, or undefined when there is none. Runs without both FCP and
 * TTI (failed runs) are not candidates. Among candidates, the smallest squared distance
 * to (median FCP, median TTI) wins; a tie goes to the faster TTI, then the earlier run.
 * When no run has both metrics, the first run that is not undefined is returned, so a
 * page whose performance audits failed still reports its other categories.
 */
export function pickMedianRun(runs: readonly (MedianCandidate | undefined)[]): number | undefined {
  const candidates = runs
    .map((r, i) => ({ r, i }))
    .filter((c): c is { r: MedianCandidate; i: number } => !!c.r && usable(c.r.fcp) && usable(c.r.tti));
  if (candidates.length === 0) {
    const first = runs.findIndex((r) => r !== undefined);
    return first >= 0 ? first : undefined;
  }
  const mFcp = median(candidates.map((c) => c.r.fcp!));
  const mTti = median(candidates.map((c) => c.r.tti!));
  let best = candidates[0]!;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = (c.r.fcp! - mFcp) ** 2 + (c.r.tti! - mTti) ** 2;
    if (d < bestDistance || (d === bestDistance && c.r.tti! < best.r.tti!)) {
      best = c;
      bestDistance = d;
    }
  }
  return best.i;
}

/** Min and max of each category across runs (null when no run scored it). */
export function scoreSpread(scores: readonly CategoryScores[]): Record<CategoryKey, ScoreSpread> {
  const out = {} as Record<CategoryKey, ScoreSpread>;
  for (const key of CATEGORY_KEYS) {
    const values = scores.map((s) => s[key]).filter((v): v is number => typeof v === 'number');
    out[key] = values.length ? { min: Math.min(...values), max: Math.max(...values) } : { min: null, max: null };
  }
  return out;
}
