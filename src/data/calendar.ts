/**
 * Business time: the hours an organisation serves ("Mo-Fr 08:00-18:00; Sa 09:00-13:00")
 * and its country's public holidays, from `date-holidays` (which knows Colombia's
 * holidays moved to Monday by Ley 51 de 1983). Both questions the metrics ask —
 * "how many business milliseconds between these instants?" and "how many business
 * days after the filing day?" — are answered in O(log holidays) with prefix sums, so
 * they cost little per row of a million-row export.
 */
import Holidays from 'date-holidays';
import type { Zone } from './values.js';
import type { WeeklyHours } from './hours.js';

export { parseWeeklyHours, type WeeklyHours } from './hours.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const DAY_CACHE_MASK = 2047;

export interface CalendarOptions {
  zone: Zone;
  hours: WeeklyHours;
  /** ISO country for public holidays, or undefined for none. */
  country?: string;
  /** Weekdays that count as business days (Monday = 0); Monday to Friday by default. */
  businessWeekdays?: number[];
}

/** Day number (days since 1970-01-01) → weekday, Monday = 0. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export class BusinessCalendar {
  readonly zone: Zone;
  private readonly dayMs: number[]; // business ms per weekday
  private readonly prefixWeekMs: number[]; // business ms before each weekday within a week
  private readonly weekMs: number;
  private readonly ranges: [number, number][][];
  private readonly bizDay: boolean[];
  private readonly prefixBizDays: number[];
  private readonly bizDaysPerWeek: number;
  private holidayYears = new Set<number>();
  /** Wall-clock range whose years are loaded: checking it costs no Date per call. */
  private loadedFrom = Infinity;
  private loadedTo = -Infinity;
  private holidayDays: number[] = []; // sorted day numbers
  private holidaySet = new Set<number>();
  private holidayMsPrefix: number[] = [0]; // business ms lost to holidays before index i
  private holidayBizPrefix: number[] = [0]; // business days lost to holidays before index i
  private readonly holidaySource: { getHolidays(y: number): { date: string; type: string }[] } | undefined;
  /** Per-day memo of cumMs's day part (direct-mapped by day number), cleared when holidays load. */
  private readonly cacheDay = new Int32Array(DAY_CACHE_MASK + 1);
  private readonly cacheSet = new Uint8Array(DAY_CACHE_MASK + 1);
  private readonly cacheStart = new Float64Array(DAY_CACHE_MASK + 1);
  private readonly cacheWd = new Int8Array(DAY_CACHE_MASK + 1);

  constructor(opts: CalendarOptions) {
    this.zone = opts.zone;
    this.ranges = opts.hours.map((d) => d.map(([a, b]) => [a * MINUTE, b * MINUTE] as [number, number]));
    this.dayMs = this.ranges.map((d) => d.reduce((s, [a, b]) => s + (b - a), 0));
    this.prefixWeekMs = [0];
    for (let i = 0; i < 7; i++) this.prefixWeekMs.push(this.prefixWeekMs[i] + this.dayMs[i]);
    this.weekMs = this.prefixWeekMs[7];
    const biz = new Set(opts.businessWeekdays ?? [0, 1, 2, 3, 4]);
    this.bizDay = [0, 1, 2, 3, 4, 5, 6].map((d) => biz.has(d));
    this.prefixBizDays = [0];
    for (let i = 0; i < 7; i++) this.prefixBizDays.push(this.prefixBizDays[i] + (this.bizDay[i] ? 1 : 0));
    this.bizDaysPerWeek = this.prefixBizDays[7];
    if (opts.country) {
      const H = Holidays as unknown as new (c: string) => { getHolidays(y: number): { date: string; type: string }[]; getCountries(): Record<string, string> };
      const h = new H(opts.country);
      this.holidaySource = h;
    }
  }

  /** Public holidays (day numbers) of a year, as date-holidays lists them. */
  holidaysOf(year: number): number[] {
    this.ensureYear(year);
    const from = Date.UTC(year, 0, 1) / DAY;
    const to = Date.UTC(year + 1, 0, 1) / DAY;
    return this.holidayDays.filter((d) => d >= from && d < to);
  }

  isHoliday(day: number): boolean {
    this.ensureWall(day * DAY);
    return this.holidaySet.has(day);
  }

  private ensureWall(wall: number): void {
    if (wall >= this.loadedFrom && wall < this.loadedTo) return;
    this.ensureYear(new Date(wall).getUTCFullYear());
  }

  private ensureYear(year: number): void {
    if (!this.holidaySource || this.holidayYears.has(year)) return;
    this.holidayYears.add(year);
    // The loaded range grows only while it stays contiguous.
    const from = Date.UTC(year, 0, 1);
    const to = Date.UTC(year + 1, 0, 1);
    if (this.loadedFrom === Infinity) {
      this.loadedFrom = from;
      this.loadedTo = to;
    } else if (to === this.loadedFrom) this.loadedFrom = from;
    else if (from === this.loadedTo) this.loadedTo = to;
    for (const h of this.holidaySource.getHolidays(year)) {
      if (h.type !== 'public') continue;
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(h.date);
      if (!m) continue;
      const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY;
      this.holidaySet.add(day);
    }
    this.cacheSet.fill(0);
    this.holidayDays = [...this.holidaySet].sort((a, b) => a - b);
    this.holidayMsPrefix = [0];
    this.holidayBizPrefix = [0];
    for (const d of this.holidayDays) {
      const wd = weekdayOf(d);
      this.holidayMsPrefix.push(this.holidayMsPrefix[this.holidayMsPrefix.length - 1] + this.dayMs[wd]);
      this.holidayBizPrefix.push(this.holidayBizPrefix[this.holidayBizPrefix.length - 1] + (this.bizDay[wd] ? 1 : 0));
    }
  }

  /** Index of the first holiday on or after `day`. */
  private holidayIndex(day: number): number {
    let lo = 0;
    let hi = this.holidayDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.holidayDays[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private withinDay(wd: number, msInDay: number): number {
    let s = 0;
    for (const [a, b] of this.ranges[wd]) {
      if (msInDay <= a) break;
      s += Math.min(msInDay, b) - a;
    }
    return s;
  }

  /** Business ms from the epoch to a wall-clock instant. */
  private cumMs(wall: number): number {
    const day = Math.floor(wall / DAY);
    const msInDay = wall - day * DAY;
    if (this.holidaySource) this.ensureWall(wall);
    // The day's part (week, weekday, holidays before it) is memoised per day: a ticket's
    // timestamps fall on few distinct days, and the binary search over holidays is per day.
    const c = (day & DAY_CACHE_MASK) >>> 0;
    let start: number;
    let wd: number;
    if (this.cacheDay[c] === day && this.cacheSet[c] === 1) {
      start = this.cacheStart[c];
      wd = this.cacheWd[c];
    } else {
      wd = weekdayOf(day);
      const week = Math.floor((day + 3) / 7);
      start = week * this.weekMs + this.prefixWeekMs[wd];
      let holiday = false;
      if (this.holidaySource) {
        const i = this.holidayIndex(day);
        start -= this.holidayMsPrefix[i];
        holiday = this.holidayDays[i] === day;
      }
      if (day >= -0x80000000 && day <= 0x7fffffff) {
        this.cacheDay[c] = day;
        this.cacheSet[c] = 1;
        this.cacheStart[c] = start;
        this.cacheWd[c] = holiday ? -1 : wd;
      }
      if (holiday) wd = -1;
    }
    // A holiday's business time within the day is taken back whole (the day counts nothing).
    return wd < 0 ? start : start + this.withinDay(wd, msInDay);
  }

  /**
   * Business milliseconds from a fixed origin to an instant: the difference of two of
   * these is `businessMs` between them, so a row with three timestamps converts each once.
   */
  businessClock(utc: number): number {
    const w = this.zone.toWall(utc);
    if (this.holidaySource && !(w >= this.loadedFrom && w < this.loadedTo)) this.ensureYear(new Date(w).getUTCFullYear());
    return this.cumMs(w);
  }

  /** Business milliseconds between two instants (UTC ms); negative when end < start. */
  businessMs(start: number, end: number): number {
    const a = this.zone.toWall(start);
    const b = this.zone.toWall(end);
    this.ensureYears(a, b);
    return this.cumMs(b) - this.cumMs(a);
  }

  /** Loads every year between two wall-clock instants first: loading one later would shift the prefix sums. */
  private ensureYears(a: number, b: number): void {
    if (!this.holidaySource) return;
    if (a >= this.loadedFrom && a < this.loadedTo && b >= this.loadedFrom && b < this.loadedTo) return;
    const y1 = new Date(Math.min(a, b)).getUTCFullYear();
    const y2 = new Date(Math.max(a, b)).getUTCFullYear();
    if (y2 - y1 > 50) return;
    for (let y = y1; y <= y2; y++) this.ensureYear(y);
  }

  /** Whether an instant falls inside business hours (and not on a holiday). */
  isOpen(utc: number): boolean {
    const wall = this.zone.toWall(utc);
    const day = Math.floor(wall / DAY);
    if (this.holidaySource) {
      this.ensureWall(day * DAY);
      // The per-day memo knows a holiday (weekday -1) when the business clock has read that day.
      const c = (day & DAY_CACHE_MASK) >>> 0;
      if (this.cacheDay[c] === day && this.cacheSet[c] === 1 ? this.cacheWd[c] < 0 : this.holidaySet.has(day)) return false;
    }
    const ms = wall - day * DAY;
    const ranges = this.ranges[weekdayOf(day)];
    for (let k = 0; k < ranges.length; k++) if (ms >= ranges[k][0] && ms < ranges[k][1]) return true;
    return false;
  }

  /** Business days up to and including a day number, from the epoch. */
  private cumDays(day: number): number {
    const wd = weekdayOf(day);
    const week = Math.floor((day + 3) / 7);
    let cum = week * this.bizDaysPerWeek + this.prefixBizDays[wd + 1];
    if (this.holidaySource) {
      this.ensureWall(day * DAY);
      cum -= this.holidayBizPrefix[this.holidayIndex(day + 1)];
    }
    return cum;
  }

  /**
   * Business days after the day of `start` up to and including the day of `end`, in
   * local dates: filed Friday and answered the next Tuesday is 2 (Monday, Tuesday),
   * or 1 when that Monday is a holiday. This is how a legal term in días hábiles runs.
   */
  businessDays(start: number, end: number): number {
    const wa = this.zone.toWall(start);
    const wb = this.zone.toWall(end);
    this.ensureYears(wa, wb);
    return this.cumDays(Math.floor(wb / DAY)) - this.cumDays(Math.floor(wa / DAY));
  }

  /** Local day number of an instant. */
  dayOf(utc: number): number {
    return Math.floor(this.zone.toWall(utc) / DAY);
  }
}
