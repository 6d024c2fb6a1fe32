/**
 * The fixed operator table. Each operator is a pure function of the measured value
 * and the test written in the checklist, returning a score in 0..1 and a sentence
 * that explains it in both languages ("first response p90 is 3 h 10 min; target ≤ 1 h").
 * A score of null means the value has the wrong shape for the operator; the engine
 * reports that as an error with the sentence as the reason.
 */
import { localized, type MessageId, type MessageValue, type MessageValues } from '../i18n/index.js';
import type { Localized, OperatorName, OperatorResult, TestSpec } from '../types.js';
import { parseDuration } from '../util/duration.js';
import { asMessageValue, labelledValue, type ValueFormat } from './format.js';

export interface OperatorContext {
  /** Evaluation time, passed in so that evaluation stays pure. */
  now: Date;
  format?: ValueFormat;
}

export type Operator = (actual: unknown, test: TestSpec, ctx: OperatorContext) => OperatorResult;

/** What the sentence calls the measured thing: the check's `subject`, else "the value". */
function subject(t: TestSpec): MessageValue {
  return t.subject ?? { msg: { id: 'op.subject' } };
}

/** "{subject} is {value}; {rule}", the rule being one of the op.rule.* messages. */
function sentence(t: TestSpec, ctx: OperatorContext, actual: unknown, rule: MessageId, values: MessageValues = {}): Localized {
  return localized('op.sentence', { subject: subject(t), value: labelledValue(t, actual, ctx.format), rule: { msg: { id: rule, values } } });
}

function wrongType(t: TestSpec, actual: unknown, want: MessageId): OperatorResult {
  return { score: null, expectation: localized('op.wrongType', { subject: subject(t), value: asMessageValue(actual, undefined), want: { msg: { id: want } } }) };
}

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

/** A value of the test (target, bounds, expected items) as the sentence shows it. */
function fmt(v: unknown, ctx: OperatorContext, t?: TestSpec): MessageValue {
  return t ? labelledValue(t, v, ctx.format) : asMessageValue(v, ctx.format);
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
    if (a === undefined) return wrongType(t, actual, 'op.want.number');
    if (target === undefined) return wrongType(t, t.value, 'op.want.number');
    const partial = t.partialAt === undefined ? undefined : toNumber(t.partialAt, ctx);
    let score: number;
    if (strict) score = (higherIsBetter ? a > target : a < target) ? 1 : 0;
    else score = linear(a, target, partial, higherIsBetter);
    const sym = higherIsBetter ? (strict ? '>' : '≥') : strict ? '<' : '≤';
    return { score, expectation: sentence(t, ctx, a, 'op.rule.target', { sym, target: fmt(target, ctx) }) };
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
    expectation: sentence(t, ctx, actual, 'op.rule.expected', { value: fmt(t.value, ctx) }),
  }),
  ne: (actual, t, ctx) => ({
    score: sameish(actual, t.value) ? 0 : 1,
    expectation: sentence(t, ctx, actual, 'op.rule.other', { value: fmt(t.value, ctx) }),
  }),
  gte: compare(true, false),
  gt: compare(true, true),
  lte: compare(false, false),
  lt: compare(false, true),
  between: (actual, t, ctx) => {
    const a = toNumber(actual, ctx);
    const min = toNumber(t.min, ctx);
    const max = toNumber(t.max, ctx);
    if (a === undefined) return wrongType(t, actual, 'op.want.number');
    if (min === undefined || max === undefined) return wrongType(t, [t.min, t.max], 'op.want.number');
    return {
      score: a >= min && a <= max ? 1 : 0,
      expectation: sentence(t, ctx, a, 'op.rule.between', { min: fmt(min, ctx), max: fmt(max, ctx) }),
    };
  },
  nonEmpty: (actual, t, ctx) => {
    const n = sizeOf(actual);
    if (n === undefined) return wrongType(t, actual, 'op.want.list');
    return { score: n > 0 ? 1 : 0, expectation: sentence(t, ctx, actual, 'op.rule.atLeastOne') };
  },
  empty: (actual, t, ctx) => {
    const n = sizeOf(actual);
    if (n === undefined) return wrongType(t, actual, 'op.want.list');
    return { score: n === 0 ? 1 : 0, expectation: sentence(t, ctx, actual, 'op.rule.none') };
  },
  isTrue: (actual, t, ctx) => {
    if (typeof actual !== 'boolean') return wrongType(t, actual, 'op.want.bool');
    return { score: actual ? 1 : 0, expectation: sentence(t, ctx, actual, 'op.rule.yes') };
  },
  isFalse: (actual, t, ctx) => {
    if (typeof actual !== 'boolean') return wrongType(t, actual, 'op.want.bool');
    return { score: actual ? 0 : 1, expectation: sentence(t, ctx, actual, 'op.rule.no') };
  },
  includes: (actual, t, ctx) => {
    const list = asList(actual);
    if (!list) return wrongType(t, actual, 'op.want.list');
    return {
      score: list.some((x) => sameish(x, t.value)) ? 1 : 0,
      expectation: sentence(t, ctx, list, 'op.rule.includes', { value: fmt(t.value, ctx, t) }),
    };
  },
  includesAll: (actual, t, ctx) => {
    const list = asList(actual);
    const want = asList(t.value) ?? [t.value];
    if (!list) return wrongType(t, actual, 'op.want.list');
    const found = want.filter((w) => list.some((x) => sameish(x, w)));
    const missing = want.filter((w) => !found.includes(w));
    return {
      score: want.length === 0 ? 1 : found.length / want.length,
      expectation: missing.length === 0
        ? sentence(t, ctx, list, 'op.rule.includesAll', { values: fmt(want, ctx, t) })
        : sentence(t, ctx, list, 'op.rule.missing', { values: fmt(missing, ctx, t) }),
    };
  },
  includesAny: (actual, t, ctx) => {
    const list = asList(actual);
    const want = asList(t.value) ?? [t.value];
    if (!list) return wrongType(t, actual, 'op.want.list');
    return {
      score: want.some((w) => list.some((x) => sameish(x, w))) ? 1 : 0,
      expectation: sentence(t, ctx, list, 'op.rule.includesAny', { values: fmt(want, ctx, t) }),
    };
  },
  countAtLeast: (actual, t, ctx) => {
    const n = sizeOf(actual);
    const want = toNumber(t.value, { ...ctx, format: 'number' });
    if (n === undefined) return wrongType(t, actual, 'op.want.list');
    if (want === undefined || want <= 0) return wrongType(t, t.value, 'op.want.number');
    return {
      score: clamp01(n / want),
      expectation: localized('op.count', { subject: subject(t), n, want }),
    };
  },
  matches: (actual, t, ctx) => {
    if (typeof actual !== 'string') return wrongType(t, actual, 'op.want.text');
    let re: RegExp;
    try {
      re = new RegExp(t.pattern ?? '', t.flags ?? '');
    } catch {
      return wrongType(t, t.pattern, 'op.want.text');
    }
    return {
      score: re.test(actual) ? 1 : 0,
      expectation: sentence(t, ctx, actual, 'op.rule.matches', { pattern: t.pattern ?? '' }),
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
    if (age === undefined) return wrongType(t, actual, 'op.want.age');
    if (max === undefined) return wrongType(t, t.value, 'op.want.age');
    const partial = t.partialAt === undefined ? undefined : toNumber(t.partialAt, dctx);
    return {
      score: linear(age, max, partial, false),
      expectation: localized('op.age', { subject: subject(t), age: { duration: Math.max(0, age) }, max: { duration: max } }),
    };
  },
};

export function isOperator(name: unknown): name is OperatorName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(operators, name);
}
