/**
 * How a measured or expected value enters a sentence: as a message value that the
 * catalogue formats for the reader's locale (a duration as "3 h 10 min", a ratio as
 * "47,5 %" in Spanish, a list as "a, b and 2 more").
 */
import type { MessageValue } from '../i18n/index.js';
import type { Localized, TestSpec } from '../types.js';

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
  if (isLocalizedText(value)) return value;
  if (typeof value === 'object') return JSON.stringify(value).slice(0, 80);
  return String(value);
}

/** A text in both languages (a check's label), which the catalogue prints in the reader's. */
function isLocalizedText(v: object): v is Localized {
  return typeof (v as Localized).en === 'string' && typeof (v as Localized).es === 'string' && Object.keys(v).length === 2;
}

/** Ids a reader would not understand (`taxId`) as the check's `labels` word them in each language. */
export function labelled(t: Pick<TestSpec, 'labels'>, v: unknown): unknown {
  const labels = t.labels;
  if (!labels) return v;
  const one = (x: unknown) => (typeof x === 'string' && Object.hasOwn(labels, x) ? labels[x] : x);
  return Array.isArray(v) ? v.map(one) : one(v);
}

/**
 * A value of a check with `labels` as the sentence shows it: its ids worded, and a list
 * of them in full (a few named duties: "and 2 more" would hide which are missing).
 */
export function labelledValue(t: Pick<TestSpec, 'labels'>, v: unknown, format: ValueFormat | undefined): MessageValue {
  const m = asMessageValue(labelled(t, v), format);
  return t.labels && m && typeof m === 'object' && 'list' in m ? { ...m, max: m.list.length } : m;
}
