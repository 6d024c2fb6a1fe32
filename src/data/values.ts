/**
 * Reading the values of an export's cells: timestamps with or without a time zone,
 * durations in seconds, minutes, hours or hh:mm:ss, numbers written the Spanish or
 * the English way, yes/no, and scale answers ("9 - Muy probable"). Every function
 * here is pure and fast: it runs for every cell of files with millions of rows.
 *
 * A parse returns the value, `undefined` for an empty cell, or `NaN` for a value
 * that cannot be read (the row is then counted as bad, with its line).
 */
import type { DateOrder, DurationUnit } from './mappings.js';

/** A cell of a spreadsheet stored as a date: the wall-clock time, with no zone. */
export interface WallClock {
  wall: number;
}

export type Cell = string | number | boolean | null | undefined | WallClock;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export const UNIT_MS: Record<DurationUnit, number> = { ms: 1, s: 1000, min: MINUTE, h: HOUR, d: DAY };

// ---------------------------------------------------------------- time zones

/**
 * A time zone's offset from UTC at an instant, through Intl. Zones without daylight
 * saving (America/Bogota) are detected once and cost nothing per value; the others
 * are cached per hour.
 */
export class Zone {
  readonly constant: number | undefined;
  private readonly fmt: Intl.DateTimeFormat | undefined;
  private readonly cache = new Map<number, number>();

  constructor(readonly name: string) {
    if (name === 'UTC' || name === 'Etc/UTC' || name === 'Z') {
      this.constant = 0;
      return;
    }
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    // Sample two instants a year for thirty years around now: one offset means no DST in that span.
    const seen = new Set<number>();
    const base = Date.UTC(2026, 0, 15);
    for (let y = -20; y <= 10; y++) {
      seen.add(this.compute(base + y * 365.25 * DAY));
      seen.add(this.compute(base + y * 365.25 * DAY + 182 * DAY));
    }
    this.constant = seen.size === 1 ? [...seen][0] : undefined;
  }

  static isValid(name: string): boolean {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      return true;
    } catch {
      return false;
    }
  }

  private compute(utc: number): number {
    const p = this.fmt!.formatToParts(new Date(utc));
    const get = (t: string) => Number(p.find((x) => x.type === t)!.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - Math.floor(utc / 1000) * 1000;
  }

  /** Offset in ms (local − UTC) at a UTC instant. */
  offsetAt(utc: number): number {
    if (this.constant !== undefined) return this.constant;
    const key = Math.floor(utc / HOUR);
    let off = this.cache.get(key);
    if (off === undefined) {
      if (this.cache.size > 50_000) this.cache.clear();
      off = this.compute(key * HOUR);
      this.cache.set(key, off);
    }
    return off;
  }

  /** The UTC instant of a wall-clock time in this zone (the later one in a DST gap or overlap). */
  toUtc(wall: number): number {
    if (this.constant !== undefined) return wall - this.constant;
    const first = wall - this.offsetAt(wall);
    return wall - this.offsetAt(first);
  }

  /** Wall-clock milliseconds (as if UTC) of an instant. */
  toWall(utc: number): number {
    return utc + this.offsetAt(utc);
  }
}

// ---------------------------------------------------------------- timestamps

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1–12; a day past the month's end runs on, as in Date.UTC). */
export function civilDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days in a month (1–12) of a proleptic Gregorian year. */
function monthDays(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const SLASH_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,6}))?)?\s*([ap])?\.?\s*(?:m\.?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const MONTHS: Record<string, number> = {
  jan: 1, ene: 1, feb: 2, mar: 3, apr: 4, abr: 4, may: 5, jun: 6, jul: 7, aug: 8, ago: 8, sep: 9, set: 9, oct: 10, nov: 11, dec: 12, dic: 12,
};
const NAMED_MONTH = /^(\d{1,2})[ -]?(?:de )?([a-z]{3})[a-z]*\.?[ -]?(?:de )?(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?)?$/i;

/**
 * Reads the timestamps of one column family of a source: ISO 8601 (with or without
 * an offset), day/month/year or month/day/year with optional time and a.m./p.m.,
 * "3 jul 2026", Excel serial dates and date cells, epoch seconds or milliseconds.
 * A time without an offset is wall-clock time in the source's zone.
 */
export class TimestampReader {
  /** Slash dates whose first part was above 12 (day first) / second part above 12 (month first). */
  readonly evidence = { dayFirst: 0, monthFirst: 0 };

  constructor(readonly zone: Zone, public order: DateOrder | undefined, readonly date1904 = false) {}

  read(v: Cell): number | undefined {
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'number') return this.fromNumber(v);
    if (typeof v === 'object') return this.zone.toUtc(v.wall);
    if (typeof v === 'boolean') return NaN;
    return this.fromString(v);
  }

  private fromNumber(n: number): number {
    if (!Number.isFinite(n)) return NaN;
    if (n > 1e11) return n; // epoch milliseconds
    if (n > 1e9) return n * 1000; // epoch seconds
    if (n > 0 && n < 2_958_466) return this.zone.toUtc(excelSerialToWall(n, this.date1904));
    return NaN;
  }

  fromString(raw: string): number {
    const s = raw.length > 0 && (raw.charCodeAt(0) === 32 || raw.charCodeAt(raw.length - 1) === 32) ? raw.trim() : raw;
    if (s === '') return NaN;
    // Fast path: 2026-07-03[T ]09:15[:00[.000]][Z|±hh[:]mm]
    if (s.length >= 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
      const y = digits(s, 0, 4);
      const mo = digits(s, 5, 2);
      const d = digits(s, 8, 2);
      if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
        let h = 0, mi = 0, se = 0, ms = 0;
        let i = 10;
        if (s.length > 10) {
          const sep = s.charCodeAt(10);
          if (sep !== 84 && sep !== 32) return this.slow(s);
          h = digits(s, 11, 2);
          mi = digits(s, 14, 2);
          if (h < 0 || mi < 0 || s.charCodeAt(13) !== 58) return this.slow(s);
          i = 16;
          if (s.charCodeAt(16) === 58) {
            se = digits(s, 17, 2);
            if (se < 0) return this.slow(s);
            i = 19;
            if (s.charCodeAt(19) === 46 || s.charCodeAt(19) === 44) {
              let j = 20;
              let frac = 0;
              let scale = 100;
              while (j < s.length) {
                const c = s.charCodeAt(j) - 48;
                if (c < 0 || c > 9) break;
                frac += c * scale;
                scale /= 10;
                j++;
              }
              ms = Math.round(frac);
              i = j;
            }
          }
        }
        if (h > 24 || mi > 59 || se > 60 || (h === 24 && (mi || se))) return NaN;
        let wall: number;
        if (y < 100) {
          // Date.UTC reads years below 100 as 19xx; a day past the month's end (or a time rolling into the next day) is no date.
          wall = Date.UTC(y, mo - 1, d, h, mi, se, ms);
          if (d > 28 && h < 24 && new Date(wall).getUTCDate() !== d) return NaN;
        } else {
          // The same instant as Date.UTC, by day arithmetic: no Date per value. Past the 28th,
          // what a Date would say (its day of the month is not d) is said by the month's length
          // and a time of day that rolls into the next (23:59:60): one value in ten, no Date.
          const time = h * HOUR + mi * MINUTE + se * 1000 + ms;
          if (d > 28 && h < 24 && (d > monthDays(y, mo) || time >= DAY)) return NaN;
          wall = civilDay(y, mo, d) * DAY + time;
        }
        if (i >= s.length) return this.zone.toUtc(wall);
        const off = parseOffset(s.slice(i).trim());
        if (off === undefined) return this.slow(s);
        return wall - off;
      }
    }
    return this.slow(s);
  }

  private slow(s: string): number {
    let m = SLASH_DATE.exec(s);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const c = Number(m[3]);
      let y: number, mo: number, d: number;
      if (m[1].length === 4) {
        y = a; mo = b; d = c;
      } else {
        if (a > 12 && b <= 12) this.evidence.dayFirst++;
        else if (b > 12 && a <= 12) this.evidence.monthFirst++;
        const order = this.order ?? (a > 12 ? 'dmy' : b > 12 ? 'mdy' : 'dmy');
        if (order === 'mdy') {
          mo = a; d = b;
        } else {
          d = a; mo = b;
        }
        y = m[3].length === 2 ? 2000 + c : c;
      }
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return NaN;
      let h = m[4] ? Number(m[4]) : 0;
      const mi = m[5] ? Number(m[5]) : 0;
      const se = m[6] ? Number(m[6]) : 0;
      const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
      if (m[8]) {
        const pm = m[8].toLowerCase() === 'p';
        if (h < 1 || h > 12) return NaN;
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      }
      if (h > 23 || mi > 59 || se > 59) return NaN;
      const wall = Date.UTC(y, mo - 1, d, h, mi, se, ms);
      if (new Date(wall).getUTCDate() !== d) return NaN; // 31/02
      if (!m[9]) return this.zone.toUtc(wall);
      const off = parseOffset(m[9]);
      return off === undefined ? NaN : wall - off;
    }
    m = NAMED_MONTH.exec(s.toLowerCase());
    if (m) {
      const mo = MONTHS[m[2]];
      if (!mo) return NaN;
      let h = m[4] ? Number(m[4]) : 0;
      if (m[7]) {
        if (m[7] === 'p' && h < 12) h += 12;
        if (m[7] === 'a' && h === 12) h = 0;
      }
      return this.zone.toUtc(Date.UTC(Number(m[3]), mo - 1, Number(m[1]), h, m[5] ? Number(m[5]) : 0, m[6] ? Number(m[6]) : 0));
    }
    // Last resort: what JavaScript itself reads unambiguously (RFC 2822, "2026-07-03T09:15:00.000+05:30").
    if (/[a-z]{3},? \d|\d{4}-\d{2}-\d{2}T/i.test(s)) {
      const t = Date.parse(s);
      if (Number.isFinite(t)) return t;
    }
    return NaN;
  }
}

function parseOffset(s: string): number | undefined {
  if (s === 'Z' || s === 'z' || s === 'UTC' || s === 'GMT') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (!m) return undefined;
  const v = (Number(m[2]) * 60 + Number(m[3])) * MINUTE;
  return m[1] === '-' ? -v : v;
}

/** Excel's day count (1900 system, with its phantom 29 Feb 1900) as wall-clock ms. */
export function excelSerialToWall(serial: number, date1904 = false): number {
  const days = date1904 ? serial + 1462 : serial;
  // Serial 60 is the non-existent 1900-02-29; serials after it are one day ahead.
  const adjusted = days > 60 ? days - 1 : days;
  return Math.round((adjusted - 1) * DAY + Date.UTC(1900, 0, 1));
}

// ---------------------------------------------------------------- durations

const HMS = /^(-)?(?:(\d+)[ .]?(?:d|days?|dias?|días?)[ ,]*)?(\d+):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?$/i;
const UNITS_TEXT = /(-?\d+(?:[.,]\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|segundos?|m|mins?|minutes?|minutos?|h|hrs?|hours?|horas?|d|days?|dias?|días?|w|weeks?|semanas?)\b/gi;
const TEXT_UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: MINUTE, h: HOUR, d: DAY, w: 7 * DAY };

function unitOf(word: string): number {
  const w = word.toLowerCase();
  if (w === 'ms' || w.startsWith('milli')) return 1;
  if (w === 'm' || w.startsWith('min')) return MINUTE;
  if (w === 's' || w.startsWith('sec') || w.startsWith('seg')) return 1000;
  if (w === 'h' || w.startsWith('h')) return HOUR;
  if (w === 'w' || w.startsWith('week') || w.startsWith('sem')) return TEXT_UNIT_MS.w;
  return DAY;
}

/**
 * A duration in ms: a bare number in the column's unit ("42" minutes, "1,5" hours),
 * hh:mm:ss (mm:ss when the unit is seconds), "2 days 03:00:00", "1h 20m", "PT1H20M".
 */
export function readDuration(v: Cell, unit: DurationUnit = 's'): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v * UNIT_MS[unit] : NaN;
  if (typeof v === 'object') {
    // A spreadsheet time cell (fraction of a day since 1899-12-30/31).
    return v.wall - Date.UTC(1899, 11, 31);
  }
  if (typeof v === 'boolean') return NaN;
  const int = plainInteger(v);
  if (int >= 0) return int * UNIT_MS[unit];
  const s = v.trim();
  if (s === '') return undefined;
  const n = readNumber(s);
  if (n !== undefined && !Number.isNaN(n)) return n * UNIT_MS[unit];
  let m = HMS.exec(s);
  if (m) {
    const sign = m[1] ? -1 : 1;
    const days = m[2] ? Number(m[2]) : 0;
    let h = Number(m[3]);
    let mi = Number(m[4]);
    let se = m[5] ? Number(m[5]) : 0;
    if (m[5] === undefined && unit === 's') {
      // "02:35" in a seconds column is minutes and seconds.
      se = mi;
      mi = h;
      h = 0;
    }
    const frac = m[6] ? Number(`0.${m[6]}`) * 1000 : 0;
    return sign * (days * DAY + h * HOUR + mi * MINUTE + se * 1000 + frac);
  }
  m = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(s);
  if (m && s.length > 1 && !/^-?PT?$/i.test(s)) {
    const sign = m[1] ? -1 : 1;
    return sign * ((Number(m[2] ?? 0)) * DAY + Number(m[3] ?? 0) * HOUR + Number(m[4] ?? 0) * MINUTE + Number(m[5] ?? 0) * 1000);
  }
  let total = 0;
  let matched = 0;
  let consumed = 0;
  UNITS_TEXT.lastIndex = 0;
  let u: RegExpExecArray | null;
  while ((u = UNITS_TEXT.exec(s))) {
    total += Number(u[1].replace(',', '.')) * unitOf(u[2]);
    matched++;
    consumed += u[0].length;
  }
  if (matched && consumed >= s.replace(/[\s,y]+/g, '').length * 0.6) return total;
  return NaN;
}

// ---------------------------------------------------------------- numbers, booleans, scores

/** A string of 1–15 ASCII digits as its value (what Number() gives), else -1: most cells of a numeric column. */
function plainInteger(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** "1.234,5" and "1,234.5" and "12" and "1,5": undefined when empty, NaN when not a number. */
export function readNumber(v: Cell): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') return NaN;
  const int = plainInteger(v);
  if (int >= 0) return int;
  const s = v.trim();
  if (s === '') return undefined;
  const direct = Number(s);
  if (!Number.isNaN(direct)) return direct;
  if (!/^-?[\d.,\s]+$/.test(s)) return NaN;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let norm: string;
  if (lastComma > lastDot) norm = s.replace(/[.\s]/g, '').replace(',', '.');
  else norm = s.replace(/[,\s]/g, '');
  const n = Number(norm);
  return Number.isNaN(n) ? NaN : n;
}

const TRUE = new Set(['1', 'true', 'yes', 'y', 'si', 'sí', 's', 'x', 'verdadero', 'v', 'abandoned', 'abandonada']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'falso', 'f', '-']);

export function readBoolean(v: Cell): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'object') return undefined;
  const s = v.trim().toLowerCase();
  if (s === '') return undefined;
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

/** The number an answer starts with: "9", "9 - Muy probable", "4,5". */
export function readScore(v: Cell): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return NaN;
  const s = v.trim();
  if (s === '') return undefined;
  const m = /^(-?\d+(?:[.,]\d+)?)(?:\s|$|[-–—:/)(.])/.exec(s) ?? /^(-?\d+(?:[.,]\d+)?)$/.exec(s);
  return m ? Number(m[1].replace(',', '.')) : NaN;
}

export function readText(v: Cell): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? undefined : s;
  }
  if (typeof v === 'object') return new Date(v.wall).toISOString().slice(0, 19).replace('T', ' ');
  return String(v);
}
