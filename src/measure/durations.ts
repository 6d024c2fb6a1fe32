/**
 * Durations for the measures: the project's own parser ("30m", "6h", "2d", "1w", or a
 * number of milliseconds) plus the few constants and helpers the measures share.
 */
import { formatDuration, parseDuration } from '../util/duration.js';

export { formatDuration, parseDuration };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const YEAR_MS = 365 * DAY_MS;

/** A duration from config, or the fallback when absent; `undefined` when present but unreadable. */
export function durationOr(input: unknown, fallback: number | undefined): number | undefined {
  if (input === undefined || input === null || input === '') return fallback;
  return parseDuration(input);
}

/** Nearest-rank percentile (q in 0..1) of a list of numbers; undefined when empty. */
export function percentile(values: number[], q: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

/** Median (mean of the two middle values for an even count); undefined when empty. */
export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds to a number of decimals (3 by default) so ratios serialise cleanly. */
export function round(n: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
