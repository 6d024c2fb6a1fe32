/**
 * The fixed operator table. Each operator is a pure function of the measured value
 * and the test written in the checklist, returning a score in 0..1 and a sentence
 * that explains it in both languages ("first response p90 is 3 h 10 min; target ≤ 1 h").
 * A score of null means the value has the wrong shape for the operator; the engine
 * reports that as an error with the sentence as the reason.
 */
import type { Lang, Localized, OperatorName, OperatorResult, TestSpec } from '../types.js';
import { parseDuration } from '../util/duration.js';
import { both, formatValue, type ValueFormat } from './format.js';

export interface OperatorContext {
  /** Evaluation time, passed in so that evaluation stays pure. */
  now: Date;
  format?: ValueFormat;
}

export type Operator = (actual: unknown, test: TestSpec, ctx: OperatorContext) => OperatorResult;

const S = {
  subject: (t: TestSpec, lang: Lang) => t.subject?.[lang] ?? (lang === 'es' ? 'el valor' : 'the value'),
  is: (lang: Lang) => (lang === 'es' ? 'es' : 'is'),
  expected: (lang: Lang) => (lang === 'es' ? 'se espera' : 'expected'),
  target: (lang: Lang) => (lang === 'es' ? 'meta' : 'target'),
};

function sentence(t: TestSpec, ctx: OperatorContext, actual: unknown, rule: (lang: Lang) => string): Localized {
  return both((lang) => `${S.subject(t, lang)} ${S.is(lang)} ${formatValue(actual, ctx.format, lang)}; ${rule(lang)}`);
}

function wrongType(t: TestSpec, ctx: OperatorContext, actual: unknown, want: Localized): OperatorResult {
  return {
    score: null,
    expectation: both((lang) => `${S.subject(t, lang)}: ${lang === 'es' ? 'valor inesperado' : 'unexpected value'} ${formatValue(actual, undefined, lang)} (${lang === 'es' ? 'se esperaba' : 'expected'} ${want[lang]})`),
  };
}

const NUMBER: Localized = { en: 'a number', es: 'un número' };
const LIST: Localized = { en: 'a list', es: 'una lista' };
const BOOL: Localized = { en: 'yes or no', es: 'sí o no' };
const TEXT: Localized = { en: 'text', es: 'un texto' };
const AGE: Localized = { en: 'a date or a duration', es: 'una fecha o una duración' };

/** Reads numbers and, where the test is about durations, "2h"-style strings. */
function toNumber(v: unknown, ctx: OperatorContext): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (ctx.format === 'duration' || typeof v === 'string') {
    const d = parseDuration(v);
    if (d !== undefined) return d;
  }
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function fmt(v: unknown, ctx: OperatorContext, lang: Lang): string {
  return formatValue(v, ctx.format, lang);
}

function clamp01(n: number): number {
  return Math.max(0, Math.min(1, n));
}

/** Linear partial credit from `bad` (0) to `good` (1), for either direction. */
function linear(actual: number, good: number, bad: number | undefined, higherIsBetter: boolean): number {
  const meets = higherIsBetter ? actual >= good : actual <= good;
  if (meets) return 1;
  if (bad === undefined || bad === good) return 0;
  return clamp01((actual - bad) / (good - bad));
}

function compare(higherIsBetter: boolean, strict: boolean): Operator {
  return (actual, t, ctx) => {
    const a = toNumber(actual, ctx);
    const target = toNumber(t.value, ctx);
    if (a === undefined) return wrongType(t, ctx, actual, NUMBER);
    if (target === undefined) return wrongType(t, ctx, t.value, NUMBER);
    const partial = t.partialAt === undefined ? undefined : toNumber(t.partialAt, ctx);
    let score: number;
    if (strict) score = (higherIsBetter ? a > target : a < target) ? 1 : 0;
    else score = linear(a, target, partial, higherIsBetter);
    const sym = higherIsBetter ? (strict ? '>' : '≥') : strict ? '<' : '≤';
    return { score, expectation: sentence(t, ctx, a, (lang) => `${S.target(lang)} ${sym} ${fmt(target, ctx, lang)}`) };
  };
}

function asList(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

function sameish(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

function sizeOf(v: unknown): number | undefined {
  if (Array.isArray(v)) return v.length;
  if (typeof v === 'string') return v.trim().length;
  if (v && typeof v === 'object') return Object.keys(v).length;
  return undefined;
}

export const operators: Record<OperatorName, Operator> = {
  eq: (actual, t, ctx) => ({
    score: sameish(actual, t.value) ? 1 : 0,
    expectation: sentence(t, ctx, actual, (lang) => `${S.expected(lang)} ${fmt(t.value, ctx, lang)}`),
  }),
  ne: (actual, t, ctx) => ({
    score: sameish(actual, t.value) ? 0 : 1,
    expectation: sentence(t, ctx, actual, (lang) => `${S.expected(lang)} ${lang === 'es' ? 'distinto de' : 'other than'} ${fmt(t.value, ctx, lang)}`),
  }),
  gte: compare(true, false),
  gt: compare(true, true),
  lte: compare(false, false),
  lt: compare(false, true),
  between: (actual, t, ctx) => {
    const a = toNumber(actual, ctx);
    const min = toNumber(t.min, ctx);
    const max = toNumber(t.max, ctx);
    if (a === undefined) return wrongType(t, ctx, actual, NUMBER);
    if (min === undefined || max === undefined) return wrongType(t, ctx, [t.min, t.max], NUMBER);
    return {
      score: a >= min && a <= max ? 1 : 0,
      expectation: sentence(t, ctx, a, (lang) => `${S.expected(lang)} ${lang === 'es' ? 'entre' : 'between'} ${fmt(min, ctx, lang)} ${lang === 'es' ? 'y' : 'and'} ${fmt(max, ctx, lang)}`),
    };
  },
  nonEmpty: (actual, t, ctx) => {
    const n = sizeOf(actual);
    if (n === undefined) return wrongType(t, ctx, actual, LIST);
    return { score: n > 0 ? 1 : 0, expectation: sentence(t, ctx, actual, (lang) => (lang === 'es' ? 'se espera al menos uno' : 'expected at least one')) };
  },
  empty: (actual, t, ctx) => {
    const n = sizeOf(actual);
    if (n === undefined) return wrongType(t, ctx, actual, LIST);
    return { score: n === 0 ? 1 : 0, expectation: sentence(t, ctx, actual, (lang) => (lang === 'es' ? 'se espera ninguno' : 'expected none')) };
  },
  isTrue: (actual, t, ctx) => {
    if (typeof actual !== 'boolean') return wrongType(t, ctx, actual, BOOL);
    return { score: actual ? 1 : 0, expectation: sentence(t, ctx, actual, (lang) => `${S.expected(lang)} ${lang === 'es' ? 'sí' : 'yes'}`) };
  },
  isFalse: (actual, t, ctx) => {
    if (typeof actual !== 'boolean') return wrongType(t, ctx, actual, BOOL);
    return { score: actual ? 0 : 1, expectation: sentence(t, ctx, actual, (lang) => `${S.expected(lang)} no`) };
  },
  includes: (actual, t, ctx) => {
    const list = asList(actual);
    if (!list) return wrongType(t, ctx, actual, LIST);
    return {
      score: list.some((x) => sameish(x, t.value)) ? 1 : 0,
      expectation: sentence(t, ctx, list, (lang) => `${S.expected(lang)} ${lang === 'es' ? 'que incluya' : 'to include'} ${fmt(t.value, ctx, lang)}`),
    };
  },
  includesAll: (actual, t, ctx) => {
    const list = asList(actual);
    const want = asList(t.value) ?? [t.value];
    if (!list) return wrongType(t, ctx, actual, LIST);
    const found = want.filter((w) => list.some((x) => sameish(x, w)));
    const missing = want.filter((w) => !found.includes(w));
    return {
      score: want.length === 0 ? 1 : found.length / want.length,
      expectation: sentence(t, ctx, list, (lang) =>
        missing.length === 0
          ? `${S.expected(lang)} ${lang === 'es' ? 'todos' : 'all of'} ${fmt(want, ctx, lang)}`
          : `${lang === 'es' ? 'faltan' : 'missing'} ${fmt(missing, ctx, lang)}`),
    };
  },
  includesAny: (actual, t, ctx) => {
    const list = asList(actual);
    const want = asList(t.value) ?? [t.value];
    if (!list) return wrongType(t, ctx, actual, LIST);
    return {
      score: want.some((w) => list.some((x) => sameish(x, w))) ? 1 : 0,
      expectation: sentence(t, ctx, list, (lang) => `${S.expected(lang)} ${lang === 'es' ? 'alguno de' : 'any of'} ${fmt(want, ctx, lang)}`),
    };
  },
  countAtLeast: (actual, t, ctx) => {
    const n = sizeOf(actual);
    const want = toNumber(t.value, { ...ctx, format: 'number' });
    if (n === undefined) return wrongType(t, ctx, actual, LIST);
    if (want === undefined || want <= 0) return wrongType(t, ctx, t.value, NUMBER);
    return {
      score: clamp01(n / want),
      expectation: both((lang) => `${S.subject(t, lang)}: ${n} ${lang === 'es' ? 'encontrados' : 'found'}; ${S.expected(lang)} ${lang === 'es' ? 'al menos' : 'at least'} ${want}`),
    };
  },
  matches: (actual, t, ctx) => {
    if (typeof actual !== 'string') return wrongType(t, ctx, actual, TEXT);
    let re: RegExp;
    try {
      re = new RegExp(t.pattern ?? '', t.flags ?? '');
    } catch {
      return wrongType(t, ctx, t.pattern, TEXT);
    }
    return {
      score: re.test(actual) ? 1 : 0,
      expectation: sentence(t, ctx, actual, (lang) => `${S.expected(lang)} ${lang === 'es' ? 'que coincida con' : 'to match'} /${t.pattern}/`),
    };
  },
  maxAge: (actual, t, ctx) => {
    const dctx: OperatorContext = { ...ctx, format: 'duration' };
    let age: number | undefined;
    if (typeof actual === 'string' && !Number.isNaN(Date.parse(actual)) && parseDuration(actual) === undefined) {
      age = ctx.now.getTime() - Date.parse(actual);
    } else {
      age = toNumber(actual, dctx);
    }
    const max = toNumber(t.value, dctx);
    if (age === undefined) return wrongType(t, ctx, actual, AGE);
    if (max === undefined) return wrongType(t, ctx, t.value, AGE);
    const partial = t.partialAt === undefined ? undefined : toNumber(t.partialAt, dctx);
    return {
      score: linear(age, max, partial, false),
      expectation: both((lang) => `${S.subject(t, lang)}: ${lang === 'es' ? 'antigüedad' : 'age'} ${formatValue(Math.max(0, age!), 'duration', lang)}; ${S.target(lang)} ≤ ${formatValue(max, 'duration', lang)}`),
    };
  },
};

export function isOperator(name: unknown): name is OperatorName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(operators, name);
}
