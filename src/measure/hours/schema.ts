/**
 * Hours as schema.org states them: openingHours strings and OpeningHoursSpecification
 * objects (dayOfWeek, opens, closes; 00:00–00:00 is closed, closes 23:59 is midnight;
 * specs limited by validFrom/validThrough are special days and are left out), and the
 * objects that hold them (hoursAvailable of a ContactPoint, openingHoursSpecification).
 */
import { ALL_DAYS, DAY_MIN, normalise, subtract, type Interval, type WeeklyHours } from './intervals.js';
import { parseHoursText } from './text.js';

const SCHEMA_DAYS: Record<string, number> = { monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6 };

function specTime(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?/.exec(v.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59) return undefined;
  return h * 60 + min;
}

function isSpec(x: Record<string, unknown>): boolean {
  return 'opens' in x || 'closes' in x || 'dayOfWeek' in x;
}

function readSpec(spec: Record<string, unknown>, out: WeeklyHours, opened: Interval[], closed: Interval[]): void {
  if (spec.validFrom !== undefined || spec.validThrough !== undefined) {
    out.notes.push({ id: 'evidence.hours.note.specialLeftOut', values: { from: String(spec.validFrom ?? ''), to: String(spec.validThrough ?? '') } });
    return;
  }
  const rawDays = spec.dayOfWeek === undefined ? [] : Array.isArray(spec.dayOfWeek) ? spec.dayOfWeek : [spec.dayOfWeek];
  const days: number[] = [];
  for (const d of rawDays) {
    const name = String(typeof d === 'object' && d && '@id' in d ? (d as Record<string, unknown>)['@id'] : d).replace(/^https?:\/\/schema\.org\//i, '').toLowerCase();
    if (name in SCHEMA_DAYS) days.push(SCHEMA_DAYS[name]!);
    else if (name === 'publicholidays') out.holidays = true;
    else out.unparsed.push(`dayOfWeek ${name}`);
  }
  if (!rawDays.length) {
    days.push(...ALL_DAYS);
    out.notes.push({ id: 'evidence.hours.note.everyDaySpec' });
  }
  const opens = specTime(spec.opens);
  const closes = specTime(spec.closes);
  if (opens === undefined || closes === undefined) {
    out.unparsed.push(`opens ${String(spec.opens)} closes ${String(spec.closes)}`);
    return;
  }
  for (const d of days) {
    if (opens === 0 && closes === 0) {
      closed.push([d * DAY_MIN, (d + 1) * DAY_MIN]);
      continue;
    }
    let end = closes === 23 * 60 + 59 ? DAY_MIN : closes;
    if (end <= opens) end += DAY_MIN;
    opened.push([d * DAY_MIN + opens, d * DAY_MIN + end]);
  }
}

/**
 * Any representation of hours: text, a list of texts (schema.org openingHours), an
 * OpeningHoursSpecification or a list of them, or an object holding one of those
 * (openingHoursSpecification, hoursAvailable, openingHours).
 */
export function parseHours(input: unknown, opts: { timeZone?: string; at?: Date } = {}): WeeklyHours {
  const out: WeeklyHours = { intervals: [], holidays: false, notes: [], unparsed: [] };
  const opened: Interval[] = [];
  const closed: Interval[] = [];
  const visit = (x: unknown, depth: number): void => {
    if (depth > 4 || x === undefined || x === null) return;
    if (typeof x === 'string') {
      const r = parseHoursText(x, opts);
      opened.push(...r.intervals);
      out.holidays ||= r.holidays;
      out.notes.push(...r.notes);
      out.unparsed.push(...r.unparsed);
      return;
    }
    if (Array.isArray(x)) {
      for (const y of x) visit(y, depth + 1);
      return;
    }
    if (typeof x !== 'object') {
      out.unparsed.push(String(x));
      return;
    }
    const o = x as Record<string, unknown>;
    if (isSpec(o)) {
      readSpec(o, out, opened, closed);
      return;
    }
    const inner = o.openingHoursSpecification ?? o.hoursAvailable ?? o.openingHours ?? o.hours;
    if (inner !== undefined) visit(inner, depth + 1);
    else out.unparsed.push(JSON.stringify(o).slice(0, 80));
  };
  visit(input, 0);
  out.intervals = subtract(normalise(opened), closed);
  // The same note from several specifications is said once.
  const said = new Set<string>();
  out.notes = out.notes.filter((n) => !said.has(JSON.stringify(n)) && !!said.add(JSON.stringify(n)));
  return out;
}
