/**
 * Retry on failure: when a Lighthouse-based gate rule would fail on a page, that page is
 * run once more before the verdict, because one slow run on a busy machine should not
 * fail a release. The extra run joins the page's runs and the median is chosen again
 * (with two runs that is the faster one), so the evidence still reports a median run.
 */
import type { CheckDef, Checklist, Evidence, Profile } from '../types.js';
import { evaluateCheck } from '../engine/evaluate.js';
import { parseDuration } from '../util/duration.js';
import type { PageResult, RetryPolicy, RetryThresholds } from './types.js';

/**
 * The bounds below which the built-in web-quality checks fail outright (their
 * `partialAt`): performance under 30 and the other scores under 50, LCP over 4 s, TBT over 600 ms, CLS over 0.25 —
 * Lighthouse's own "poor" bands. A test keeps this in step with web-quality.yaml.
 */
export const DEFAULT_RETRY_THRESHOLDS: Readonly<RetryThresholds> = Object.freeze({
  performance: 30,
  accessibility: 50,
  bestPractices: 50,
  seo: 50,
  lcp: 4000,
  tbt: 600,
  cls: 0.25,
});

const KEY_FOR: Record<string, keyof RetryThresholds> = {
  'lighthouse.performance': 'performance',
  'lighthouse.accessibility': 'accessibility',
  'lighthouse.bestPractices': 'bestPractices',
  'lighthouse.seo': 'seo',
  'lighthouse.lcp': 'lcp',
  'lighthouse.tbt': 'tbt',
  'lighthouse.cls': 'cls',
};

/**
 * Thresholds from the checks that read Lighthouse scores and metrics: `fail` takes the
 * bound where a check fails (partialAt, else the target), `pass` the target itself.
 */
export function thresholdsFromChecklists(checklists: readonly Checklist[] | readonly CheckDef[], bound: 'fail' | 'pass' = 'fail'): RetryThresholds {
  const checks: CheckDef[] = (checklists as readonly (Checklist | CheckDef)[]).flatMap((c) => ('checks' in c ? c.checks : [c as CheckDef]));
  const out: RetryThresholds = {};
  for (const def of checks) {
    if (typeof def.evidence !== 'string' || !def.test) continue;
    const key = KEY_FOR[def.evidence];
    if (!key) continue;
    const op = def.test.op;
    if (op !== 'gte' && op !== 'lte' && op !== 'gt' && op !== 'lt') continue;
    const raw = bound === 'fail' && def.test.partialAt !== undefined ? def.test.partialAt : def.test.value;
    const n = parseDuration(raw) ?? (typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : undefined);
    if (n === undefined || !Number.isFinite(n)) continue;
    // Several checks on one key: keep the strictest.
    const higherIsBetter = op === 'gte' || op === 'gt';
    const prev = out[key];
    out[key] = prev === undefined ? n : higherIsBetter ? Math.max(prev, n) : Math.min(prev, n);
  }
  return out;
}

const fmtMs = (v: number) => (v >= 1000 ? `${Math.round(v / 100) / 10} s` : `${Math.round(v)} ms`);

/** The rules a page breaks, as short sentences ("performance 42 < 50"); empty when none. */
export function failingRules(page: PageResult, t: RetryThresholds): string[] {
  if (page.error || !page.scores) return [];
  const out: string[] = [];
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
    const min = t[key];
    const v = page.scores[key];
    if (min !== undefined && typeof v === 'number' && v < min) out.push(`${key} ${v} < ${min}`);
  }
  const m = page.metrics ?? {};
  if (t.lcp !== undefined && m.lcp !== undefined && m.lcp > t.lcp) out.push(`LCP ${fmtMs(m.lcp)} > ${fmtMs(t.lcp)}`);
  if (t.tbt !== undefined && m.tbt !== undefined && m.tbt > t.tbt) out.push(`TBT ${fmtMs(m.tbt)} > ${fmtMs(t.tbt)}`);
  if (t.cls !== undefined && m.cls !== undefined && m.cls > t.cls) out.push(`CLS ${m.cls} > ${t.cls}`);
  return out;
}

export type RetryDecider = (pageEvidence: Evidence, page: PageResult) => string[];

/** The policy as one function returning the reasons to run the page again (none: no retry). */
export function retryDecider(policy: RetryPolicy | undefined): RetryDecider | undefined {
  if (policy === false) return undefined;
  if (policy === undefined || policy === true) return (_e, page) => failingRules(page, DEFAULT_RETRY_THRESHOLDS);
  if (typeof policy === 'function') {
    return (e, page) => {
      const r = policy(e, page);
      if (Array.isArray(r)) return r;
      return r ? ['a gate rule would fail'] : [];
    };
  }
  const thresholds = policy;
  return (_e, page) => failingRules(page, thresholds);
}

const STUB_PROFILE: Profile = { organisation: { name: '', country: '', businessModel: 'b2c' } };

/**
 * A retry policy that runs the real checks: the page is run again when any check that
 * reads a Lighthouse score, metric or console-error count would `fail` on that page
 * alone (or, with `on: 'not-pass'`, would not pass). Checks on pass/fail audits
 * (contrast, language…) are left out: those do not change from one run to the next.
 */
export function retryWhenChecksFail(checklists: readonly Checklist[] | readonly CheckDef[], opts: { on?: 'fail' | 'not-pass'; now?: Date } = {}): (pageEvidence: Evidence, page: PageResult) => string[] {
  const checks: CheckDef[] = (checklists as readonly (Checklist | CheckDef)[])
    .flatMap((c) => ('checks' in c ? c.checks : [c as CheckDef]))
    .filter((d) => !d.question && d.test && (typeof d.evidence === 'string' ? [d.evidence] : d.evidence?.anyOf ?? []).some((k) => k in KEY_FOR || k === 'lighthouse.consoleErrors'));
  const on = opts.on ?? 'fail';
  return (pageEvidence) => {
    const now = opts.now ?? new Date();
    const reasons: string[] = [];
    for (const def of checks) {
      const r = evaluateCheck(def, 'lighthouse', STUB_PROFILE, pageEvidence, now);
      if (r.status === 'fail' || (on === 'not-pass' && r.status === 'partial')) reasons.push(`${def.id}: ${r.expectation.en}`);
    }
    return reasons;
  };
}
