/**
 * How a measured or expected value enters a sentence: as a message value that the
 * catalogue formats for the reader's locale (a duration as "3 h 10 min", a ratio as
 * "47,5 %" in Spanish, a list as "a, b and 2 more").
 */
import type { MessageValue } from '../i18n/index.js';

export type ValueFormat = 'duration' | 'percent' | 'number' | 'score' | 'text';

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** A value as the sentence shows it, formatted as `format` says (by default as what it is). */
export function asMessageValue(value: unknown, format: ValueFormat | undefined): MessageValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value)) return { list: value.map((v) => asMessageValue(v, format)), max: 3 };
  if (typeof value === 'number') {
    switch (format) {
      case 'duration': return { duration: value };
      case 'percent': return { percent: value, digits: 1 };
      case 'score': return { score: round(value, 0) };
      default: return round(value, 2);
    }
  }
  if (typeof value === 'object') return JSON.stringify(value).slice(0, 80);
  return String(value);
}
