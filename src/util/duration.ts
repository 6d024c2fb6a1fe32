const UNIT_MS: Record<string, number> = {
  ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000,
};

/** Parses "90s", "30m", "1h", "2.5d", "1w" (or a number of ms) into milliseconds; undefined when unreadable. */
export function parseDuration(input: unknown): number | undefined {
  if (typeof input === 'number' && Number.isFinite(input)) return input;
  if (typeof input !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|d|w)\s*$/i.exec(input);
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[m[2].toLowerCase()];
}


/** "3 h 10 min", "2 d 4 h", "45 s": two most significant units, same in English and Spanish. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const neg = ms < 0;
  let rest = Math.abs(Math.round(ms));
  if (rest < 1000) return `${neg ? '-' : ''}${rest} ms`;
  // Under a minute, tenths matter: an LCP target of 2.5 s must not print as 2 s.
  if (rest < 60_000) return `${neg ? '-' : ''}${Math.round(rest / 100) / 10} s`;
  const parts: string[] = [];
  const units: [number, string][] = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']];
  for (const [size, name] of units) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      rest -= n * size;
      parts.push(`${n} ${name}`);
    }
    if (parts.length === 2) break;
  }
  // Drop the second unit once the first is large: "12 d" reads better than "12 d 3 h".
  if (parts.length === 2 && Math.abs(ms) >= 10 * 86_400_000) parts.pop();
  return (neg ? '-' : '') + parts.join(' ');
}

