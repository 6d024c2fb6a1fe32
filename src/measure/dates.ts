/**
 * Dates written by people and machines, in English and Spanish:
 *   ISO 8601 / W3C ("2024-05-12", "2024-05-12T10:00:00-05:00", "2024-05"), "2024/05/12",
 *   numeric day-month-year ("12/05/2024", "12.05.24") — day first, except for locales
 *   that write the month first (en-US and a few others); a first number above 12 can
 *   only be a day, whatever the locale,
 *   "7 de mayo de 2012", "7 may. 2012", "7-may-2012", "mayo 7 de 2012", "May 7, 2012",
 *   "7th of May 2012", "Sept. 7 2012", HTTP dates ("Tue, 24 Nov 2026 05:19:30 GMT"),
 *   epoch seconds or milliseconds (numbers).
 * Impossible dates (31 de febrero, month 13) are rejected with the reason. A date
 * without a time is the local midnight of the given time zone.
 */
import { reason, type Message, type MessageId, type MessageValues } from '../i18n/index.js';
import { zonedInstant } from './zone.js';
import { DAY_MS } from './durations.js';

export type DateOrder = 'dmy' | 'mdy';

/** Regions whose numeric dates put the month first. */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'GU', 'AS', 'MP', 'UM', 'VI']);

/** "en-US" and bare "en" read 12/05/2024 as December 5; every other locale as 12 May. */
export function dateOrderFor(locale: string | undefined): DateOrder {
  if (!locale) return 'dmy';
  const [lang, region] = locale.replace('_', '-').split('-');
  if ((lang ?? '').toLowerCase() !== 'en') return 'dmy';
  if (!region) return 'mdy';
  return MONTH_FIRST_REGIONS.has(region.toUpperCase()) ? 'mdy' : 'dmy';
}

const MONTHS: Record<string, number> = {
  // Spanish
  enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5,
  junio: 6, jun: 6, julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sept: 9, sep: 9, set: 9,
  octubre: 10, oct: 10, noviembre: 11, nov: 11, diciembre: 12, dic: 12,
  // English (shared abbreviations above)
  january: 1, jan: 1, february: 2, march: 3, april: 4, apr: 4, june: 6, july: 7, august: 8, aug: 8,
  september: 9, october: 10, november: 11, december: 12, dec: 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

export interface FoundDate {
  /** "2024-05-12", or a full ISO instant when a time was given. */
  iso: string;
  /** The instant (local midnight in the time zone when only a day was given). */
  date: Date;
  raw: string;
  index: number;
  precision: 'day' | 'month' | 'year' | 'time';
}

export interface RejectedDate {
  raw: string;
  index: number;
  /** Why it is not a date, in English. */
  reason: string;
  /** `reason` as a catalogue message. */
  why?: Message;
}

/** Why a value is not a date, in English and as a catalogue message. */
export interface NotADate {
  error: string;
  why?: Message;
}

function rejectedDate(raw: string, index: number, id: MessageId, values: MessageValues): RejectedDate {
  const r = reason(id, values);
  return { raw, index, reason: r.message, why: r.reason };
}

function notADate(id: MessageId, values?: MessageValues): NotADate {
  const r = reason(id, values);
  return { error: r.message, why: r.reason };
}

export interface DateOptions {
  locale?: string;
  timeZone?: string;
  /** Years outside this range are not dates (page numbers, prices). Default 1970..2100. */
  minYear?: number;
  maxYear?: number;
}

/** Lower-case and strip accents one character at a time, so indices stay those of the input. */
function foldKeepingIndex(s: string): string {
  let out = '';
  for (const ch of s) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const low = base.toLowerCase();
    // Characters whose lower-case form changes length would shift indices: keep them.
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  if (y.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dayResult(y: number, m: number, d: number, raw: string, index: number, opts: DateOptions): FoundDate | RejectedDate {
  const minY = opts.minYear ?? 1970;
  const maxY = opts.maxYear ?? 2100;
  // Years are labels here, not quantities: no thousands separator.
  if (y < minY || y > maxY) return rejectedDate(raw, index, 'evidence.date.yearOutOfRange', { year: String(y), min: String(minY), max: String(maxY) });
  if (!isValidYmd(y, m, d)) return rejectedDate(raw, index, 'evidence.date.noSuchDate', { day: d, month: m, year: String(y) });
  return { iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, date: zonedInstant(y, m, d, 0, 0, opts.timeZone ?? 'UTC'), raw, index, precision: 'day' };
}

const isFound = (r: FoundDate | RejectedDate): r is FoundDate => 'date' in r;

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray, opts: DateOptions, order: DateOrder) => FoundDate | RejectedDate | null;
}

const DAYNAME = String.raw`(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lun|mar|mie|jue|vie|sab|dom|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?`;

const RULES: Rule[] = [
  // ISO 8601 date or date-time.
  {
    re: /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d/-])/g,
    read: (m, opts) => {
      const [raw, y, mo, d, hh, mi, ss, zone] = m;
      const base = dayResult(Number(y), Number(mo), Number(d), raw!, m.index, opts);
      if (!isFound(base) || hh === undefined) return base;
      const h = Number(hh);
      const min = Number(mi);
      const sec = Number(ss ?? 0);
      if (h > 24 || min > 59 || sec > 60 || (h === 24 && (min > 0 || sec > 0))) return rejectedDate(raw!, m.index, 'evidence.date.noSuchTime', { time: `${hh}:${mi}` });
      let instant: number;
      if (zone) {
        const z = zone.toUpperCase();
        let offset = 0;
        if (z !== 'Z') {
          const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
          offset = (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3] ?? 0));
        }
        instant = Date.UTC(Number(y), Number(mo) - 1, Number(d), h, min, sec) - offset * 60_000;
      } else {
        instant = zonedInstant(Number(y), Number(mo), Number(d), h, min, opts.timeZone ?? 'UTC').getTime() + sec * 1000;
      }
      const date = new Date(instant);
      return { iso: date.toISOString(), date, raw: raw!, index: m.index, precision: 'time' };
    },
  },
  // 2024/05/12, 2024.05.12
  {
    re: /(?<![\d./-])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.]\d)/g,
    read: (m, opts) => dayResult(Number(m[1]), Number(m[2]), Number(m[3]), m[0], m.index, opts),
  },
  // 12/05/2024, 12-05-2024, 12.05.24 — the locale decides which number is the month.
  {
    re: /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[/.-]\d)/g,
    read: (m, opts, order) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const y = twoDigitYear(m[4]!);
      let day: number;
      let month: number;
      if (a > 12 && b <= 12) [day, month] = [a, b];
      else if (b > 12 && a <= 12) [day, month] = [b, a];
      else if (order === 'mdy') [day, month] = [b, a];
      else [day, month] = [a, b];
      return dayResult(y, month, day, m[0], m.index, opts);
    },
  },
  // 7 de mayo de 2012, 7 may. 2012, 7-may-2012, 7th of May, 2012, lunes 7 de mayo del 2012
  {
    re: new RegExp(String.raw`\b${DAYNAME}(\d{1,2})(?:st|nd|rd|th|º|°|o\b)?\s*(?:de\s+|of\s+|-|\s)\s*(${MONTH_ALT})\b\.?(?:\s*,?\s*(?:de|del)\s+|\s*,\s*|\s+|-)(\d{4})(?!\d)`, 'g'),
    read: (m, opts) => dayResult(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]), m[0], m.index, opts),
  },
  // May 7, 2012 · May 7th 2012 · mayo 7 de 2012 · Sept. 7, 2012
  {
    re: new RegExp(String.raw`\b${DAYNAME}(${MONTH_ALT})\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+de\s+|\s+)(\d{4})(?!\d)`, 'g'),
    read: (m, opts) => dayResult(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]), m[0], m.index, opts),
  },
];

/**
 * Every date in a text, in order of appearance, and the date-like strings that are
 * not dates (with the reason). Overlapping matches keep the first rule that matched.
 */
export function extractDates(text: string, opts: DateOptions = {}): { dates: FoundDate[]; rejected: RejectedDate[] } {
  const folded = foldKeepingIndex(text);
  const order = dateOrderFor(opts.locale);
  const taken: [number, number][] = [];
  const dates: FoundDate[] = [];
  const rejected: RejectedDate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(folded))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const r = rule.read(m, opts, order);
      if (!r) continue;
      taken.push([start, end]);
      const raw = text.slice(start, end);
      if (isFound(r)) dates.push({ ...r, raw });
      else rejected.push({ ...r, raw });
    }
  }
  dates.sort((a, b) => a.index - b.index);
  rejected.sort((a, b) => a.index - b.index);
  return { dates, rejected };
}

/**
 * One value that should be a timestamp: a number (epoch s or ms), an ISO / W3C date
 * ("2026", "2026-11", "2026-11-20", with time and zone), an HTTP date, or text holding
 * a date. Returns the date or the reason it is not one.
 */
export function parseDateValue(input: unknown, opts: DateOptions = {}): FoundDate | NotADate {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input <= 0) return notADate('evidence.date.notATimestamp', { value: String(input) });
    const ms = input > 1e12 ? input : input * 1000;
    const date = new Date(ms);
    const y = date.getUTCFullYear();
    if (y < (opts.minYear ?? 1970) || y > (opts.maxYear ?? 2100)) return notADate('evidence.date.epochOutOfRange', { value: String(input) });
    return { iso: date.toISOString(), date, raw: String(input), index: 0, precision: 'time' };
  }
  if (typeof input !== 'string') return notADate('evidence.date.notADate', { type: input === null ? 'null' : typeof input });
  const s = input.trim();
  if (!s) return notADate('evidence.date.empty');
  // W3C partial dates used by sitemaps: year, or year and month.
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
  if (partial) {
    const y = Number(partial[1]);
    const mo = partial[2] ? Number(partial[2]) : 1;
    if (mo < 1 || mo > 12) return notADate('evidence.date.noSuchMonth', { text: s });
    const r = dayResult(y, mo, 1, s, 0, opts);
    return isFound(r) ? { ...r, iso: s, precision: partial[2] ? 'month' : 'year' } : { error: r.reason, why: r.why };
  }
  if (/^\d{9,13}$/.test(s)) return parseDateValue(Number(s), opts);
  // HTTP / RFC 2822 dates carry a weekday name and a zone; Date.parse reads them exactly.
  if (/^[a-z]{3},\s+\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}(:\d{2})?\s+(gmt|utc|[+-]\d{4})$/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) {
      const date = new Date(t);
      return { iso: date.toISOString(), date, raw: s, index: 0, precision: 'time' };
    }
  }
  const { dates, rejected } = extractDates(s, opts);
  if (dates.length) return dates[0]!;
  if (rejected.length) return { error: rejected[0]!.reason, why: rejected[0]!.why };
  return notADate('evidence.date.noneFound', { text: s.length > 60 ? s.slice(0, 59) + '…' : s });
}

/** The newest date not after `now` + slack (events calendars list future dates). */
export function newestNotFuture<T extends { date: Date }>(dates: T[], now: Date, slackMs = DAY_MS): T | undefined {
  const limit = now.getTime() + slackMs;
  let best: T | undefined;
  for (const d of dates) {
    const t = d.date.getTime();
    if (t > limit) continue;
    if (!best || t > best.date.getTime()) best = d;
  }
  return best;
}
