/**
 * What every metric module shares. A metric module is an accumulator: `add(record)`
 * per parsed row, `result()` at the end — pure (no I/O, no clock), so a test feeds it
 * a hand-computed table, and a loader feeds it a million streamed rows.
 */
import type { BusinessCalendar } from '../calendar.js';
import { Quantiles } from '../quantiles.js';

/** One computed figure: its value, the records it rests on, and whether percentiles were approximated. */
export interface Figure {
  value: unknown;
  n: number;
  approximate?: boolean;
}

export type Figures = Record<string, Figure>;

export interface Accumulator<R> {
  add(record: R): void;
  result(): Figures;
}

export interface MetricContext {
  calendar: BusinessCalendar;
  /** End of the period for "still open" judgements (never delivered, PQRS overdue); the latest date seen by default. */
  asOf?: number;
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A canonical channel name for the ways help desks write them. */
const channelCache = new Map<string, string>();

export function canonicalChannel(raw: string | undefined): string {
  if (!raw) return 'unknown';
  let c = channelCache.get(raw);
  if (c === undefined) {
    if (channelCache.size > 1000) channelCache.clear();
    channelCache.set(detach(raw), (c = channelOf(raw)));
  }
  return c;
}

function channelOf(raw: string): string {
  const s = raw.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/whats/.test(s)) return 'whatsapp';
  if (/mail|correo/.test(s)) return 'email';
  if (/chat|messag/.test(s)) return 'chat';
  if (/phone|voice|tel|llamad|call/.test(s)) return 'phone';
  if (/web|form|portal|widget|site|sitio|help ?cent/.test(s)) return 'web';
  if (/facebook|twitter|instagram|social|x\.com|tiktok|red/.test(s)) return 'social';
  if (/api/.test(s)) return 'api';
  if (/app|mobile|movil/.test(s)) return 'app';
  if (/presencial|walk|store|tienda|oficina|ventanilla/.test(s)) return 'in-person';
  return s.trim() || 'unknown';
}

export const DIGITAL_CHANNELS = new Set(['email', 'web', 'chat', 'whatsapp', 'social', 'api', 'app']);

export function figure(value: unknown, n: number, approximate = false): Figure {
  return approximate ? { value, n, approximate } : { value, n };
}

/** p50/p90 of a series as figures under two keys, when it has values. */
export function percentileFigures(out: Figures, q: Quantiles, keyP50: string | undefined, keyP90: string | undefined): void {
  if (q.count === 0) return;
  if (keyP50) out[keyP50] = figure(q.quantile(0.5), q.count, q.approximate);
  if (keyP90) out[keyP90] = figure(q.quantile(0.9), q.count, q.approximate);
}

export function ratio(num: number, den: number): number | undefined {
  return den > 0 ? num / den : undefined;
}

export function round(n: number | undefined, digits = 4): number | undefined {
  if (n === undefined) return undefined;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * A 53-bit hash of a string (cyrb53). Maps and sets of customers hold these numbers
 * rather than the cells' strings: a cell is a slice of the parser's whole text chunk,
 * and keeping one alive keeps the chunk alive — memory would grow with the file.
 */
export function hash53(s: string, ignoreCase = false): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (ignoreCase && c >= 65 && c <= 90) c += 32;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * `hash53(s, ignoreCase) % 2 ** 30`: a small integer key for the typed-array map. The
 * high part of hash53 is a multiple of 2 ** 32, so the remainder is the low 30 bits of
 * its `h1` — worked out without the second finalising step or the float arithmetic,
 * and with the case test out of the per-character loop when case counts.
 */
export function hash30(s: string, ignoreCase = false): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const n = s.length;
  if (ignoreCase) {
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 & 0x3fffffff;
}

/**
 * A map from small non-negative integers (below 2 ** 30) to numbers in two typed arrays
 * (open addressing, linear probing): no boxed number per value and no entry objects, for
 * the per-row lookups of a million-row export. Deleting is done by `retain`, which rebuilds.
 */
export class IntNumberMap {
  private keys: Int32Array;
  private values: Float64Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap).fill(-1);
    this.values = new Float64Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[i];
      if (k === key || k === -1) return i;
      i = (i + 1) & mask;
    }
  }

  /** The value of a key, or undefined. */
  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : undefined;
  }

  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.keys[i] !== key) {
      this.keys[i] = key;
      this.size++;
      this.values[i] = value;
      if (this.size * 2 > this.keys.length) this.rebuild(this.keys.length * 2, -Infinity);
      return;
    }
    this.values[i] = value;
  }

  /**
   * Keeps the entries whose value is not below `min`. A threshold rather than a callback:
   * the repeat-contact table is pruned this way as the data move on.
   */
  retainFrom(min: number): void {
    let live = 0;
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== -1 && !(this.values[i] < min)) live++;
    // Room for the live entries to double: at half full, the next new customer would rebuild it again at once.
    let cap = 16;
    while (cap < live * 4 || cap < 1024) cap *= 2;
    this.rebuild(cap, min);
  }

  /** Re-lays the table at `cap` slots with the entries whose value is not below `min`. */
  private rebuild(cap: number, min: number): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(cap).fill(-1);
    this.values = new Float64Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k === -1 || oldValues[i] < min) continue;
      const j = this.slot(k);
      this.keys[j] = k;
      this.values[j] = oldValues[i];
      this.size++;
    }
  }
}

/** A copy of a string that shares no memory with the text it was cut from. */
export function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

export { Quantiles };
