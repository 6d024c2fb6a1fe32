/**
 * Wall-clock time in a named IANA time zone with nothing but Intl: the offset of a zone
 * at an instant, the instant of a local date and time, and the local parts of an
 * instant. Unknown zones fall back to UTC (callers note it).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidZone(timeZone: string | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export function localParts(at: Date, timeZone = 'UTC'): LocalParts {
  const tz = isValidZone(timeZone) ? timeZone : 'UTC';
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 0,
  };
}

/** Minutes east of UTC of `timeZone` at `at` (America/Bogota → -300). */
export function zoneOffsetMinutes(timeZone: string | undefined, at: Date): number {
  if (!timeZone || !isValidZone(timeZone)) return 0;
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant at which the wall clock in `timeZone` reads y-m-d h:min. */
export function zonedInstant(year: number, month: number, day: number, hour = 0, minute = 0, timeZone = 'UTC'): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const off1 = zoneOffsetMinutes(timeZone, new Date(guess));
  const first = guess - off1 * 60_000;
  const off2 = zoneOffsetMinutes(timeZone, new Date(first));
  return new Date(off2 === off1 ? first : guess - off2 * 60_000);
}
