/**
 * How an answer becomes a score. Choice questions carry their own scoring map;
 * yes/no and scales are scored by convention; number, duration and text answers
 * go through the check's operator test like any other evidence.
 */
import { localized, type MessageId, type MessageValues } from '../i18n/index.js';
import type { Localized, Question, QuestionOption } from '../types.js';
import { parseDuration } from '../util/duration.js';

export type AnswerScore =
  | { kind: 'score'; score: number; shown: Localized }
  | { kind: 'not-applicable'; shown: Localized }
  | { kind: 'value'; value: unknown }
  | { kind: 'invalid'; reason: Localized };

export function optionLabel(q: Question, value: string): QuestionOption | undefined {
  return q.options?.find((o) => o.value === value);
}

export function scaleOf(q: Question): { min: number; max: number } {
  return { min: q.scale?.min ?? 1, max: q.scale?.max ?? 5 };
}

/** Normalises YAML spellings of yes/no ("yes", "sí", true) to a boolean. */
export function toBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (['yes', 'y', 'true', 'si', 'sí', 's'].includes(s)) return true;
    if (['no', 'n', 'false'].includes(s)) return false;
  }
  return undefined;
}

/** Checks an answer's shape; returns a reason in both languages when it is wrong. */
export function validateAnswer(q: Question, value: unknown): Localized | undefined {
  const r = scoreAnswer(q, value);
  return r.kind === 'invalid' ? r.reason : undefined;
}

export function scoreAnswer(q: Question, value: unknown): AnswerScore {
  switch (q.type) {
    case 'yesNo': {
      const b = toBoolean(value);
      if (b === undefined) return invalid('answer.want.yesNo', {}, value);
      const yes = q.yesScore ?? 1;
      return { kind: 'score', score: b ? yes : 1 - yes, shown: localized(b ? 'common.yes' : 'common.no') };
    }
    case 'scale': {
      const { min, max } = scaleOf(q);
      const n = typeof value === 'string' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
        return invalid('answer.want.scale', { min, max }, value);
      }
      return { kind: 'score', score: max === min ? 1 : (n - min) / (max - min), shown: localized('answer.scale', { n, max }) };
    }
    case 'choice': {
      const opt = typeof value === 'string' ? optionLabel(q, value) : undefined;
      if (!opt) return invalid('answer.want.choice', { options: optionList(q) }, value);
      if (opt.score === null) return { kind: 'not-applicable', shown: opt.label };
      return { kind: 'score', score: opt.score, shown: opt.label };
    }
    case 'multiChoice': {
      const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined;
      if (!list) return invalid('answer.want.multiChoice', { options: optionList(q) }, value);
      const opts: QuestionOption[] = [];
      const absent: QuestionOption[] = [];
      for (const v of list) {
        const off = q.notOffered && typeof v === 'string' && v.startsWith(NOT_OFFERED) ? optionLabel(q, v.slice(NOT_OFFERED.length)) : undefined;
        if (off && off.score) {
          absent.push(off);
          continue;
        }
        const opt = typeof v === 'string' ? optionLabel(q, v) : undefined;
        if (!opt) return invalid('answer.want.only', { options: optionList(q) }, v);
        opts.push(opt);
      }
      const both = opts.find((o) => absent.includes(o));
      if (both) return invalid('answer.want.offeredOrNot', { option: both.value }, value);
      const shown = () => joinLabels(opts, absent);
      if (opts.length > 0 && opts.every((o) => o.score === null) && absent.length === 0) {
        return { kind: 'not-applicable', shown: shown() };
      }
      // What the organisation offers is what it can be scored on: items it does not
      // provide leave the denominator (options may add up to more than 1: "any three").
      const offered = (q.options ?? []).filter((o) => o.score && !absent.includes(o)).reduce((s, o) => s + o.score!, 0);
      if (absent.length > 0 && offered === 0) return { kind: 'not-applicable', shown: shown() };
      const sum = opts.reduce((s, o) => s + (o.score ?? 0), 0);
      const score = absent.length > 0 ? sum / Math.min(1, offered) : sum;
      return { kind: 'score', score: Math.min(1, score), shown: opts.length || absent.length ? shown() : localized('answer.none.chosen') };
    }
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return invalid('answer.want.number', {}, value);
      return { kind: 'value', value: n };
    }
    case 'duration': {
      const ms = parseDuration(value);
      if (ms === undefined) return invalid('answer.want.duration', {}, value);
      return { kind: 'value', value: ms };
    }
    case 'text': {
      if (typeof value !== 'string') return invalid('answer.want.text', {}, value);
      return { kind: 'value', value };
    }
  }
}

function optionList(q: Question): string {
  return (q.options ?? []).map((o) => o.value).join(', ');
}

/** The prefix of a multiChoice item the organisation does not offer (`not-offered:certificates`). */
export const NOT_OFFERED = 'not-offered:';

function joinLabels(opts: QuestionOption[], absent: QuestionOption[] = []): Localized {
  const one = (lang: 'en' | 'es') => [
    ...opts.map((o) => o.label[lang]),
    ...absent.map((o) => localized('answer.notOffered', { item: o.label[lang] })[lang]),
  ].join('; ');
  return { en: one('en'), es: one('es') };
}

function invalid(want: MessageId, values: MessageValues, value: unknown): AnswerScore {
  const got = JSON.stringify(value) ?? String(value);
  return { kind: 'invalid', reason: localized('answer.invalid', { want: { msg: { id: want, values } }, got }) };
}
