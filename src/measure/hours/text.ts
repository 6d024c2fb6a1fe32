/**
 * Written schedules read into weekly intervals:
 *   - "24/7"; OSM-style rules "Mo-Fr 08:00-18:00; Sa 09:00-13:00", "Mo,We 08:00-12:00,14:00-17:00",
 *     "Su off" — rules add up (the profiles write "Mo-Fr 08:00-12:00; Mo-Fr 14:00-17:00"
 *     for a lunch break), except "off"/"closed", which remove;
 *   - text in Spanish and English: "Lunes a viernes 8:00 a.m. – 12:00 m. y 2:00 p.m. – 5:00 p.m.",
 *     "de 8 a 5 de lunes a viernes", "L-V 7:30-17:30", "Domingos y festivos: 10:00 a.m. – 6:00 p.m.",
 *     "Monday to Friday 9am–5pm", "24 horas", "weekdays", "todos los días", 12- and 24-hour
 *     times ("12 m." is noon, "12 a.m." midnight).
 * Public holidays are noted, not placed in the week. An explicit "UTC-5"/"GMT+1" moves
 * the hours into the profile's time zone.
 */
import { extractDates } from '../dates.js';
import { zoneOffsetMinutes } from '../zone.js';
import { DAY_MIN, normalise, subtract, WEEK_MIN, type Interval, type WeeklyHours } from './intervals.js';
import { fold, looksOsm, tokenize, type Tok } from './tokens.js';

interface Group {
  days: number[];
  ranges: Interval[];
  order?: 'days-first' | 'ranges-first';
  allDay: boolean;
  closed: boolean;
  holidayOnly: boolean;
}

function toMinutes(t: Extract<Tok, { t: 'time' }>, role: 'start' | 'end'): number {
  let h = t.h;
  if (t.mer === 'am') h = h === 12 ? (role === 'end' ? 24 : 0) : h;
  else if (t.mer === 'pm') h = h === 12 ? 12 : h + 12;
  else if (t.mer === 'noon') h = 12;
  return h * 60 + t.m;
}

/** A time range from two written times, inferring a missing a.m./p.m. */
function pair(a: Extract<Tok, { t: 'time' }>, b: Extract<Tok, { t: 'time' }>): Interval {
  let start = toMinutes(a, 'start');
  let end = toMinutes(b, 'end');
  if (!a.mer && b.mer === 'pm' && !a.explicit24 && a.h < 12 && start + 720 < end) start += 720; // "1-5 p.m."
  if (!a.mer && !b.mer && !b.explicit24 && end <= start && b.h < 12 && end + 720 > start) end += 720; // "8 a 5"
  if (end === 0 && start > 0) end = DAY_MIN;
  if (end <= start) end += DAY_MIN; // overnight, "22:00-02:00"
  return [start, end];
}

/**
 * Reads one written schedule. Anything unread is listed in `unparsed`, so a caller
 * can tell "no hours" from "hours we could not read".
 */
export function parseHoursText(input: string, opts: { timeZone?: string; at?: Date } = {}): WeeklyHours {
  const out: WeeklyHours = { intervals: [], holidays: false, notes: [], unparsed: [] };
  const text = input.trim();
  if (!text) return out;
  const osm = looksOsm(text);
  const { toks, unknown } = tokenize(osm ? text.replace(OFFSET_RE, ' ') : scrub(text.replace(OFFSET_RE, ' ')), osm);
  const opened: Interval[] = [];
  const closed: Interval[] = [];
  let unscoped: Interval[] = [];
  let anyDays = false;
  let g: Group = { days: [], ranges: [], allDay: false, closed: false, holidayOnly: false };
  let pendingTime: Extract<Tok, { t: 'time' }> | undefined;
  let rangeArmed = false;
  let lastDay: number | undefined;
  let dayRangeArmed = false;

  const closeGroup = () => {
    if (pendingTime && !g.ranges.length && !g.allDay) out.unparsed.push(`lone time ${pendingTime.h}:${String(pendingTime.m).padStart(2, '0')}`);
    pendingTime = undefined;
    rangeArmed = false;
    dayRangeArmed = false;
    lastDay = undefined;
    const ranges = g.allDay ? [[0, DAY_MIN] as Interval] : g.ranges;
    if (g.days.length) {
      anyDays = true;
      for (const d of new Set(g.days)) {
        if (g.closed && !ranges.length) closed.push([d * DAY_MIN, (d + 1) * DAY_MIN]);
        for (const [s, e] of ranges) opened.push([d * DAY_MIN + s, d * DAY_MIN + e]);
      }
    } else if (g.holidayOnly) {
      // Hours for holidays only: not part of the regular week.
    } else if (ranges.length) {
      unscoped = unscoped.concat(ranges);
    }
    g = { days: [], ranges: [], allDay: false, closed: false, holidayOnly: false };
  };

  let prev: Tok | undefined;
  for (const tok of toks) {
    const before = prev;
    prev = tok;
    switch (tok.t) {
      case 'always':
        opened.push([0, WEEK_MIN]);
        anyDays = true;
        break;
      case 'sep':
        closeGroup();
        break;
      case 'day': {
        if (g.order === 'days-first' && (g.ranges.length || g.allDay || g.closed)) closeGroup();
        if (g.order === undefined) g.order = g.ranges.length ? 'ranges-first' : 'days-first';
        if (dayRangeArmed && lastDay !== undefined && tok.days.length === 1) {
          const to = tok.days[0]!;
          for (let d = lastDay; ; d = (d + 1) % 7) {
            g.days.push(d);
            if (d === to) break;
          }
        } else g.days.push(...tok.days);
        lastDay = tok.days.length === 1 ? tok.days[0] : undefined;
        dayRangeArmed = false;
        g.holidayOnly = false;
        break;
      }
      case 'holiday':
        out.holidays = true;
        if (!g.days.length) g.holidayOnly = true;
        dayRangeArmed = false;
        break;
      case 'range':
        if (before?.t === 'day' && lastDay !== undefined) dayRangeArmed = true;
        else if (pendingTime) rangeArmed = true;
        else if (lastDay !== undefined) dayRangeArmed = true;
        break;
      case 'list':
        dayRangeArmed = false;
        if (pendingTime && !rangeArmed) {
          out.unparsed.push(`lone time ${pendingTime.h}:${String(pendingTime.m).padStart(2, '0')}`);
          pendingTime = undefined;
        }
        break;
      case 'time': {
        if (pendingTime && rangeArmed) {
          if (g.order === 'ranges-first' && g.days.length) {
            // "de 8 a 12 de lunes a viernes y de 9 a 1 los sábados": a new range after days starts a new group.
            const start = pendingTime;
            closeGroup();
            g.order = 'ranges-first';
            g.ranges.push(pair(start, tok));
          } else {
            if (g.order === undefined) g.order = 'ranges-first';
            g.ranges.push(pair(pendingTime, tok));
          }
          pendingTime = undefined;
          rangeArmed = false;
        } else {
          if (pendingTime) out.unparsed.push(`lone time ${pendingTime.h}:${String(pendingTime.m).padStart(2, '0')}`);
          pendingTime = tok;
          rangeArmed = false;
        }
        dayRangeArmed = false;
        break;
      }
      case 'allday':
        if (g.order === 'days-first' && (g.ranges.length || g.allDay)) closeGroup();
        g.allDay = true;
        if (g.order === undefined) g.order = 'ranges-first';
        break;
      case 'closed':
        g.closed = true;
        break;
      case 'word':
        // A connector does not reach across other words ("a partir de", "hasta el cierre").
        rangeArmed = false;
        dayRangeArmed = false;
        break;
    }
  }
  closeGroup();
  if (unscoped.length) {
    if (anyDays) out.notes.push({ id: 'evidence.hours.note.timesWithoutDays' });
    else {
      out.notes.push({ id: 'evidence.hours.note.noDays' });
      for (let d = 0; d < 7; d++) for (const [s, e] of unscoped) opened.push([d * DAY_MIN + s, d * DAY_MIN + e]);
    }
  }
  if (unknown.length) out.notes.push({ id: 'evidence.hours.note.ignoredWords', values: { words: [...new Set(unknown)].slice(0, 8).join(', ') } });
  let intervals = subtract(normalise(opened), closed);
  const shift = explicitOffsetShift(text, opts);
  if (shift) {
    intervals = normalise(intervals.map(([s, e]) => [s + shift, e + shift] as Interval));
    out.notes.push({ id: 'evidence.hours.note.moved', values: { minutes: Math.abs(shift), direction: shift > 0 ? 'later' : 'earlier', zone: opts.timeZone } });
  }
  out.intervals = intervals;
  if (!intervals.length && !closed.length && !out.unparsed.length) out.unparsed.push(text.length > 80 ? text.slice(0, 79) + '…' : text);
  return out;
}

const STREET = /\b(?:calle|carrera|cra|cr|kr|cl|cll|avenida|av|diagonal|dg|transversal|tv)\.?\s*\d+\s*[a-z]?(?:\s*(?:bis|sur|norte|este))?\s*(?:#|no\.?|n[°º])\s*\d+\s*[a-z]?(?:\s*(?:bis|sur|norte|este))?\s*-\s*\d+/gi;
const DAY_MONTH = /\b\d{1,2}\s+(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
const PARENS_WITH_DIGITS = /\([^()]*\d[^()]*\)/g;
const PHONE = /\+?\(?\d[\d\s().-]{6,}\d/g;

/** Removes what holds numbers but is not a time: dates, street addresses, phone numbers, text in parentheses with digits. */
function scrub(text: string): string {
  let t = text;
  const { dates } = extractDates(t);
  for (const d of [...dates].sort((a, b) => b.index - a.index)) t = t.slice(0, d.index) + ' '.repeat(d.raw.length) + t.slice(d.index + d.raw.length);
  t = t.replace(STREET, (m) => ' '.repeat(m.length));
  t = t.replace(DAY_MONTH, (m) => ' '.repeat(m.length));
  t = t.replace(PARENS_WITH_DIGITS, (m) => (/\d\s*(?:[:.h]\d{2}|a\.?\s?m|p\.?\s?m)/i.test(m) ? m : ' '.repeat(m.length)));
  t = t.replace(PHONE, (m) => {
    const digits = m.replace(/\D/g, '');
    return digits.length >= 7 && /\d{3}/.test(m) ? ' '.repeat(m.length) : m;
  });
  return t;
}

const OFFSET_RE = /\b(?:utc|gmt)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\b/i;

/** Minutes to add when the text names a UTC offset different from the profile's zone. */
function explicitOffsetShift(text: string, opts: { timeZone?: string; at?: Date }): number {
  const m = OFFSET_RE.exec(text);
  if (!m || !opts.timeZone) return 0;
  const given = (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  const zone = zoneOffsetMinutes(opts.timeZone, opts.at ?? new Date());
  return zone - given;
}

/** True when a line of text looks like it states hours (a day word or 24/7 and a time). */
export function looksLikeHours(line: string): boolean {
  const f = fold(line);
  const day = /\b(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|todos los dias|entre semana|weekdays|daily|festivos|l\s*-\s*v|l a v)\b/.test(f);
  const time = /\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m|p\.?\s?m|m\.|h\b|hrs)|\d{1,2}:\d{2}|24\s*(?:\/\s*7|horas|hours|x\s*7)/.test(f);
  return (day && time) || /24\s*\/\s*7|24\s*x\s*7/.test(f);
}
