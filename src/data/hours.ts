/**
 * Weekly service hours as written in profiles and configs ("Mo-Fr 08:00-18:00;
 * Sa 09:00-13:00", "24/7", Spanish day names too). No dependencies: the config check
 * reads them on every start.
 */

/** Monday = 0 … Sunday = 6. */
const DAY_NAMES: Record<string, number> = {
  mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6,
  lu: 0, ma: 1, mi: 2, ju: 3, vi: 4, do: 6,
};

export type WeeklyHours = [number, number][][]; // per weekday, [startMinute, endMinute) ranges

/** "Mo-Fr 08:00-18:00; Sa 09:00-13:00", "24/7", "Lu-Vi 8:00-12:00,14:00-18:00"; undefined when unreadable. */
export function parseWeeklyHours(spec: string): WeeklyHours | undefined {
  const week: WeeklyHours = [[], [], [], [], [], [], []];
  const s = spec.trim().toLowerCase();
  if (s === '24/7' || s === '24x7' || s === '24 × 7' || s === '24 x 7') {
    for (const d of week) d.push([0, 1440]);
    return week;
  }
  for (const part of s.split(/\s*;\s*/).filter(Boolean)) {
    const m = /^([a-z]{2}(?:\s*-\s*[a-z]{2})?(?:\s*,\s*[a-z]{2}(?:\s*-\s*[a-z]{2})?)*)\s+(.+)$/.exec(part);
    if (!m) return undefined;
    const days = new Set<number>();
    for (const range of m[1].split(/\s*,\s*/)) {
      const [a, b] = range.split(/\s*-\s*/);
      const from = DAY_NAMES[a];
      const to = b === undefined ? from : DAY_NAMES[b];
      if (from === undefined || to === undefined) return undefined;
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === to) break;
      }
    }
    const ranges: [number, number][] = [];
    if (m[2] === 'off' || m[2] === 'closed' || m[2] === 'cerrado') continue;
    for (const r of m[2].split(/\s*,\s*/)) {
      const t = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(r);
      if (!t) return undefined;
      const start = Number(t[1]) * 60 + Number(t[2]);
      const end = Number(t[3]) * 60 + Number(t[4]);
      if (start > 1440 || end > 1440) return undefined;
      if (end > start) ranges.push([start, end]);
      else if (end < start) {
        // Past midnight: "22:00-06:00" closes the next morning.
        ranges.push([start, 1440]);
        for (const d of days) week[(d + 1) % 7].push([0, end]);
      }
    }
    for (const d of days) week[d].push(...ranges);
  }
  for (const d of week) {
    d.sort((a, b) => a[0] - b[0]);
    // Merge overlaps so that no minute is counted twice.
    for (let i = 1; i < d.length; i++) {
      if (d[i][0] <= d[i - 1][1]) {
        d[i - 1][1] = Math.max(d[i - 1][1], d[i][1]);
        d.splice(i--, 1);
      }
    }
  }
  return week;
}
