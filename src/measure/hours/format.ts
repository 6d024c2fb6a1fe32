/**
 * Weekly hours written back as text: the canonical OSM-style form and day-by-day
 * differences, so two schedules read from different forms print alike.
 */
import type { Message, MessageValue } from '../../i18n/index.js';
import { byDay, normalise, WEEK_MIN, type Interval } from './intervals.js';

export const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const dayRanges = (r: Interval[]) => r.map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`).join(',');

/** Canonical OSM-style text: "Mo-Fr 08:00-12:00,14:00-17:00; Sa 09:00-13:00", "24/7", or "closed". */
export function formatHours(intervals: Interval[]): string {
  const n = normalise(intervals);
  if (n.length === 1 && n[0]![0] === 0 && n[0]![1] === WEEK_MIN) return '24/7';
  const days = byDay(n).map(dayRanges);
  const parts: string[] = [];
  let d = 0;
  while (d < 7) {
    if (!days[d]) {
      d++;
      continue;
    }
    let e = d;
    while (e + 1 < 7 && days[e + 1] === days[d]) e++;
    parts.push(`${DAY_CODES[d]}${e > d ? (e === d + 1 ? ',' : '-') + DAY_CODES[e] : ''} ${days[d]}`);
    d = e + 1;
  }
  return parts.length ? parts.join('; ') : 'closed';
}

/** The days on which two schedules differ, with each one's hours ('' when closed). */
function differences(declared: Interval[], found: Interval[]): { days: string; declared: string; found: string }[] {
  const a = byDay(declared).map(dayRanges);
  const b = byDay(found).map(dayRanges);
  const parts: { days: string; declared: string; found: string }[] = [];
  let d = 0;
  while (d < 7) {
    if (a[d] === b[d]) {
      d++;
      continue;
    }
    let e = d;
    while (e + 1 < 7 && a[e + 1] === a[d] && b[e + 1] === b[d]) e++;
    parts.push({ days: `${DAY_CODES[d]}${e > d ? '-' + DAY_CODES[e] : ''}`, declared: a[d] ?? '', found: b[d] ?? '' });
    d = e + 1;
  }
  return parts;
}

/** Day-by-day differences, e.g. "Mo-Sa: 10:00-20:00 declared, 10:00-21:00 found". */
export function describeDifference(declared: Interval[], found: Interval[]): string {
  return differences(declared, found).map((p) => `${p.days}: ${p.declared || 'closed'} declared, ${p.found || 'closed'} found`).join('; ');
}

/** describeDifference as a catalogue message, worded in the reader's language. */
export function differenceReason(declared: Interval[], found: Interval[]): Message {
  const closed: MessageValue = { msg: { id: 'evidence.hours.closed' } };
  const parts = differences(declared, found).map((p): MessageValue => ({
    msg: { id: 'evidence.hours.differs', values: { days: p.days, declared: p.declared || closed, found: p.found || closed } },
  }));
  return { id: 'evidence.hours.differences', values: { parts: { list: parts, max: parts.length, separator: '; ' } } };
}
