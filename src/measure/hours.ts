/**
 * Opening and service hours as weekly intervals: minutes from Monday 00:00 local time,
 * [start, end), merged, wrapping past Sunday midnight.
 *
 * Read from:
 *   - "24/7"; OSM-style rules "Mo-Fr 08:00-18:00; Sa 09:00-13:00", "Mo,We 08:00-12:00,14:00-17:00",
 *     "Su off" — rules add up (the profiles write "Mo-Fr 08:00-12:00; Mo-Fr 14:00-17:00"
 *     for a lunch break), except "off"/"closed", which remove;
 *   - schema.org openingHours strings and OpeningHoursSpecification objects (dayOfWeek,
 *     opens, closes; 00:00–00:00 is closed, closes 23:59 is midnight; specs limited by
 *     validFrom/validThrough are special days and are left out);
 *   - text in Spanish and English: "Lunes a viernes 8:00 a.m. – 12:00 m. y 2:00 p.m. – 5:00 p.m.",
 *     "de 8 a 5 de lunes a viernes", "L-V 7:30-17:30", "Domingos y festivos: 10:00 a.m. – 6:00 p.m.",
 *     "Monday to Friday 9am–5pm", "24 horas", "weekdays", "todos los días", 12- and 24-hour
 *     times ("12 m." is noon, "12 a.m." midnight).
 * Public holidays are noted, not placed in the week. An explicit "UTC-5"/"GMT+1" moves
 * the hours into the profile's time zone.
 */
import { extractDates } from './dates.js';
import { zoneOffsetMinutes } from './zone.js';

export const DAY_MIN = 1440;
export const WEEK_MIN = 7 * DAY_MIN;

export type Interval = [number, number];

export interface WeeklyHours {
  intervals: Interval[];
  /** Public holidays were mentioned (their hours are not part of the week). */
  holidays: boolean;
  notes: string[];
  /** Pieces that could not be read. */
  unparsed: string[];
}

export const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

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

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

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

/** Day-by-day differences, e.g. "Mo-Sa: 10:00-20:00 declared, 10:00-21:00 found". */
export function describeDifference(declared: Interval[], found: Interval[]): string {
  const a = byDay(declared).map(dayRanges);
  const b = byDay(found).map(dayRanges);
  const parts: string[] = [];
  let d = 0;
  while (d < 7) {
    if (a[d] === b[d]) {
      d++;
      continue;
    }
    let e = d;
    while (e + 1 < 7 && a[e + 1] === a[d] && b[e + 1] === b[d]) e++;
    const days = `${DAY_CODES[d]}${e > d ? '-' + DAY_CODES[e] : ''}`;
    parts.push(`${days}: ${a[d] || 'closed'} declared, ${b[d] || 'closed'} found`);
    d = e + 1;
  }
  return parts.join('; ');
}

// ---------------------------------------------------------------- text parsing

type Tok =
  | { t: 'day'; days: number[] }
  | { t: 'holiday' }
  | { t: 'time'; h: number; m: number; mer?: 'am' | 'pm' | 'noon'; explicit24: boolean; bare: boolean }
  | { t: 'range' }
  | { t: 'list' }
  | { t: 'sep' }
  | { t: 'allday' }
  | { t: 'always' }
  | { t: 'closed' }
  | { t: 'word' };

const DAY_WORDS: [RegExp, number][] = [
  [/^(?:lunes|lun|mondays?|mon)$/, 0],
  [/^(?:martes|mar|tuesdays?|tues?)$/, 1],
  [/^(?:miercoles|mier|mie|mi|wednesdays?|wed)$/, 2],
  [/^(?:jueves|jue|thursdays?|thurs?|thu)$/, 3],
  [/^(?:viernes|vie|fridays?|fri)$/, 4],
  [/^(?:sabados?|sab|saturdays?|sat)$/, 5],
  [/^(?:domingos?|dom|sundays?|sun)$/, 6],
];
const OSM_DAYS: Record<string, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
const LETTER_DAYS: Record<string, number> = { l: 0, m: 1, x: 2, j: 3, v: 4, s: 5, d: 6 };

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

/** Groups of words that name several days at once. */
const DAY_GROUPS: [RegExp, number[]][] = [
  [/^(?:todos los dias|todos los dias de la semana|diariamente|diario|daily|every day|everyday|all week|7 days a week|los 7 dias|7 dias a la semana|los siete dias|de lunes a domingo)/, ALL_DAYS],
  [/^(?:entre semana|dias habiles|dias de semana|weekdays|business days|working days)/, [0, 1, 2, 3, 4]],
  [/^(?:fines? de semana|weekends?)/, [5, 6]],
];

function looksOsm(s: string): boolean {
  return /\b(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)\b/.test(s) && !/[a-z]{4,}/i.test(s.replace(/\b(?:off|closed|open)\b/gi, ''));
}

function tokenize(input: string, osm: boolean): { toks: Tok[]; unknown: string[] } {
  const s = fold(input);
  const toks: Tok[] = [];
  const unknown: string[] = [];
  let i = 0;
  const rest = () => s.slice(i);
  while (i < s.length) {
    const r = rest();
    let m: RegExpExecArray | null;
    if ((m = /^\s+/.exec(r))) {
      if (/\n/.test(m[0])) toks.push({ t: 'sep' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:24\s*\/\s*7|24\s*x\s*7|24\s*por\s*7|24 hours a day,? 7 days a week|24 horas(?: al dia)?,? (?:los )?7 dias(?: a la semana)?|around the clock|nonstop|non-stop)/.exec(r))) {
      toks.push({ t: 'always' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:(?:las |the )?24\s*(?:horas|hours|hrs?|h)\b|all day|todo el dia|open 24 hours)/.exec(r))) {
      toks.push({ t: 'allday' });
      i += m[0].length;
      continue;
    }
    let grouped = false;
    for (const [re, days] of DAY_GROUPS) {
      if ((m = re.exec(r))) {
        toks.push({ t: 'day', days });
        i += m[0].length;
        grouped = true;
        break;
      }
    }
    if (grouped) continue;
    // Letter ranges "L-V", "L a S", "L-D" (single letters only ever appear as ranges).
    if ((m = /^([lmxjvsd])\s*(?:-|–|a|al)\s*([lmxjvsd])\b/.exec(r)) && (i === 0 || !/[a-z]/.test(s[i - 1]!))) {
      toks.push({ t: 'day', days: [LETTER_DAYS[m[1]!]!] }, { t: 'range' }, { t: 'day', days: [LETTER_DAYS[m[2]!]!] });
      i += m[0].length;
      continue;
    }
    // Times: 8, 8:00, 08.30, 8h00, 8 a.m., 12 m., 17:00 h, 17 hrs
    if ((m = /^\d{3,}/.exec(r))) {
      // Years, plates, prices: never a time.
      i += m[0].length;
      continue;
    }
    if ((m = /^(\d{1,2})(?!\d)(?:\s*[:.h]\s*(\d{2})(?!\d))?(?::\d{2})?(\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|m\.(?!\w)|m\b|hrs?\b\.?|horas\b|h\b))?/.exec(r))) {
      const h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      const suffix = (m[3] ?? '').replace(/[\s.]/g, '');
      let mer: 'am' | 'pm' | 'noon' | undefined;
      if (suffix === 'am') mer = 'am';
      else if (suffix === 'pm') mer = 'pm';
      else if (suffix === 'm') mer = h === 12 ? 'noon' : undefined;
      const explicit24 = /^(?:h|hr|hrs|horas)$/.test(suffix) || h > 12 || (m[2] !== undefined && m[1]!.length === 2 && m[1]![0] === '0');
      if (h <= 24 && min < 60) {
        toks.push({ t: 'time', h, m: min, mer, explicit24, bare: !m[2] && !suffix });
        i += m[0].length;
        continue;
      }
    }
    if ((m = /^(?:mediodia|del mediodia|noon)\b/.exec(r))) {
      toks.push({ t: 'time', h: 12, m: 0, mer: 'noon', explicit24: true, bare: false });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:medianoche|midnight)\b/.exec(r))) {
      toks.push({ t: 'time', h: 24, m: 0, explicit24: true, bare: false });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:-|–|—|‒|−|~|\bal?\b|\bhasta\b|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)/.exec(r))) {
      toks.push({ t: 'range' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:;|·|\||•|\.(?=\s|$)|\n)/.exec(r))) {
      toks.push({ t: 'sep' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:,|&|\+|\by\b|\be\b|\band\b|\/)/.exec(r))) {
      toks.push({ t: 'list' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:cerrados?|closed|off|no (?:hay )?atencion|sin atencion|no abrimos)\b/.exec(r))) {
      toks.push({ t: 'closed' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:festivos?|feriados?|dias festivos|public ?holidays?|holidays?|ph)\b/.exec(r))) {
      toks.push({ t: 'holiday' });
      i += m[0].length;
      continue;
    }
    if ((m = /^[a-z]+/.exec(r))) {
      const w = m[0];
      if (osm && w in OSM_DAYS) {
        toks.push({ t: 'day', days: [OSM_DAYS[w]!] });
      } else {
        const hit = DAY_WORDS.find(([re]) => re.test(w));
        // "mar" and "mi" are also ordinary words; take them only next to a range or list.
        if (hit && !(/^(?:mar|mi|sun|sat|wed)$/.test(w) && !/^\s*(?:-|–|a\b|al\b|y\b|,|\.|to\b|\d)/.test(s.slice(i + w.length)) && !/(?:-|–|\ba|\bal|\by|,)\s*$/.test(s.slice(Math.max(0, i - 4), i)))) {
          toks.push({ t: 'day', days: [hit[1]] });
        } else if (/^(?:de|del|desde|from|los|las|el|la|horario|horarios|atencion|hours|open|abierto|abiertos|y|hrs|am|pm|and|on|the|a|at|en|por|of|tambien|also|only|solo|jornada|continua|continuo|lunch|almuerzo|on|sede|tienda|store|servicio|service|linea|line|telefonica|de|la|semana|week)$/.test(w)) {
          // Filler words: nothing to do.
        } else {
          unknown.push(w);
          toks.push({ t: 'word' });
        }
      }
      i += w.length;
      continue;
    }
    i++;
  }
  return { toks, unknown };
}

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
    if (anyDays) out.notes.push('times without days were left out');
    else {
      out.notes.push('no days given: read as every day');
      for (let d = 0; d < 7; d++) for (const [s, e] of unscoped) opened.push([d * DAY_MIN + s, d * DAY_MIN + e]);
    }
  }
  if (unknown.length) out.notes.push(`ignored words: ${[...new Set(unknown)].slice(0, 8).join(', ')}`);
  let intervals = subtract(normalise(opened), closed);
  const shift = explicitOffsetShift(text, opts);
  if (shift) {
    intervals = normalise(intervals.map(([s, e]) => [s + shift, e + shift] as Interval));
    out.notes.push(`moved ${shift > 0 ? '+' : ''}${shift} min into ${opts.timeZone}`);
  }
  out.intervals = intervals;
  if (!intervals.length && !closed.length && !out.unparsed.length) out.unparsed.push(text.length > 80 ? text.slice(0, 79) + '…' : text);
  return out;
}

/** Minutes to add when the text names a UTC offset different from the profile's zone. */
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

function explicitOffsetShift(text: string, opts: { timeZone?: string; at?: Date }): number {
  const m = OFFSET_RE.exec(text);
  if (!m || !opts.timeZone) return 0;
  const given = (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  const zone = zoneOffsetMinutes(opts.timeZone, opts.at ?? new Date());
  return zone - given;
}

// ---------------------------------------------------------------- schema.org

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
    out.notes.push(`special hours ${String(spec.validFrom ?? '')}–${String(spec.validThrough ?? '')} left out`);
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
    out.notes.push('specification without dayOfWeek: read as every day');
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
  out.notes = [...new Set(out.notes)];
  return out;
}

/** True when a line of text looks like it states hours (a day word or 24/7 and a time). */
export function looksLikeHours(line: string): boolean {
  const f = fold(line);
  const day = /\b(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|todos los dias|entre semana|weekdays|daily|festivos|l\s*-\s*v|l a v)\b/.test(f);
  const time = /\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m|p\.?\s?m|m\.|h\b|hrs)|\d{1,2}:\d{2}|24\s*(?:\/\s*7|horas|hours|x\s*7)/.test(f);
  return (day && time) || /24\s*\/\s*7|24\s*x\s*7/.test(f);
}
