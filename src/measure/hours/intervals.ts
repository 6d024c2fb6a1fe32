/**
 * Opening and service hours as weekly intervals: minutes from Monday 00:00 local time,
 * [start, end), merged, wrapping past Sunday midnight. This module owns the week and
 * its arithmetic; reading hours is in text.ts (written schedules) and schema.ts
 * (schema.org), writing them in format.ts.
 */
import type { Message } from '../../i18n/index.js';

export const DAY_MIN = 1440;
export const WEEK_MIN = 7 * DAY_MIN;

export type Interval = [number, number];

export interface WeeklyHours {
  intervals: Interval[];
  /** Public holidays were mentioned (their hours are not part of the week). */
  holidays: boolean;
  /** What the reading assumed or left out, as catalogue messages (a person reads them in the report). */
  notes: Message[];
  /** Pieces that could not be read. */
  unparsed: string[];
}

/** Day indexes, Monday (0) to Sunday (6). */
export const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

/** Sorts, merges overlapping and touching intervals, and wraps anything past Sunday 24:00. */
export function normalise(intervals: Interval[]): Interval[] {
  const flat: Interval[] = [];
  for (const [s0, e0] of intervals) {
    if (!(e0 > s0)) continue;
    const len = e0 - s0;
    if (len >= WEEK_MIN) return [[0, WEEK_MIN]];
    const s = ((s0 % WEEK_MIN) + WEEK_MIN) % WEEK_MIN;
    if (s + len <= WEEK_MIN) flat.push([s, s + len]);
    else {
      flat.push([s, WEEK_MIN]);
      flat.push([0, s + len - WEEK_MIN]);
    }
  }
  flat.sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const iv of flat) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

export function totalMinutes(intervals: Interval[]): number {
  return normalise(intervals).reduce((n, [s, e]) => n + (e - s), 0);
}

/** Share of the 168 weekly hours covered. */
export function coverage(intervals: Interval[]): number {
  return totalMinutes(intervals) / WEEK_MIN;
}

export function union(...lists: Interval[][]): Interval[] {
  return normalise(lists.flat());
}

export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const x = normalise(a);
  const y = normalise(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const s = Math.max(x[i]![0], y[j]![0]);
    const e = Math.min(x[i]![1], y[j]![1]);
    if (e > s) out.push([s, e]);
    if (x[i]![1] < y[j]![1]) i++;
    else j++;
  }
  return out;
}

export function subtract(a: Interval[], b: Interval[]): Interval[] {
  let out = normalise(a);
  for (const [bs, be] of normalise(b)) {
    const next: Interval[] = [];
    for (const [s, e] of out) {
      if (be <= s || bs >= e) next.push([s, e]);
      else {
        if (bs > s) next.push([s, bs]);
        if (be < e) next.push([be, e]);
      }
    }
    out = next;
  }
  return out;
}

export function sameHours(a: Interval[], b: Interval[]): boolean {
  const x = normalise(a);
  const y = normalise(b);
  return x.length === y.length && x.every((iv, i) => iv[0] === y[i]![0] && iv[1] === y[i]![1]);
}

/** Share of `target` covered by `hours` (1 when the target is empty). */
export function targetCoverage(hours: Interval[], target: Interval[]): number {
  const t = totalMinutes(target);
  if (!t) return 1;
  return totalMinutes(intersect(hours, target)) / t;
}

/** Per day (Mo..Su), the [start, end) minute ranges within the day. */
export function byDay(intervals: Interval[]): Interval[][] {
  const days: Interval[][] = [[], [], [], [], [], [], []];
  for (const [s, e] of normalise(intervals)) {
    for (let d = Math.floor(s / DAY_MIN); d * DAY_MIN < e && d < 7; d++) {
      const ds = Math.max(s, d * DAY_MIN) - d * DAY_MIN;
      const de = Math.min(e, (d + 1) * DAY_MIN) - d * DAY_MIN;
      if (de > ds) days[d]!.push([ds, de]);
    }
  }
  return days;
}
