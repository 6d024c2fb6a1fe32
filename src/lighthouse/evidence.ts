/**
 * Per-page Lighthouse results → the `lighthouse.*` evidence the web-quality checks read.
 * Pure. Every aggregate names its pages as sources (the deciding page first) and links
 * the saved results as artifacts.
 *
 * Scores and metrics come from each page's median run and report the worst page; the
 * audit booleans hold only when every page passes. A page Lighthouse could not measure
 * is listed in the sources ("not measured: NO_FCP …") and the aggregate comes from the
 * pages it could; when it could measure none, every key carries the error instead, so
 * the checks report `error` with Lighthouse's code and message.
 */
import type { Evidence, EvidenceItem, Source } from '../types.js';
import { keysOf } from '../evidence/keys.js';
import { median } from './median.js';
import { tapTargetsOf } from './summarise.js';
import { CATEGORY_KEYS, FORM_FACTORS, type AuditVerdict, type CategoryKey, type FormFactor, type LighthouseError, type PageResult } from './types.js';

const SHORT: Record<CategoryKey, string> = { performance: 'perf', accessibility: 'a11y', bestPractices: 'bp', seo: 'seo' };
export { SHORT as CATEGORY_SHORT };

type Measured = PageResult & { scores: NonNullable<PageResult['scores']>; audits: NonNullable<PageResult['audits']> };

const isMeasured = (p: PageResult): p is Measured => !p.error && !!p.scores && !!p.audits;

function runsNote(p: PageResult): string {
  const runs = p.runs === 1 ? '1 run' : `median of ${p.runs} runs`;
  const retried = p.retried ? `; retried once${p.retryReasons?.length ? ` (${p.retryReasons.join(', ')})` : ''}` : '';
  return `${runs}${retried}`;
}

function spreadNote(p: PageResult, key: CategoryKey): string {
  const s = p.spread?.[key];
  if (!s || s.min === null || s.max === null || p.runs < 2) return '';
  return `, spread ${s.min}–${s.max}`;
}

function failedSource(p: PageResult): Source {
  return { url: p.url, note: `${p.formFactor}: not measured: ${p.error?.code ?? 'error'} — ${p.error?.message ?? ''}`.trim() };
}

function artifactsOf(pages: readonly PageResult[]): string[] | undefined {
  const list = [...new Set(pages.map((p) => p.artifact).filter((a): a is string => !!a))];
  return list.length ? list : undefined;
}

function allFailed(pages: readonly PageResult[]): LighthouseError {
  const failed = pages.filter((p) => p.error);
  const first = failed[0];
  if (!first) return { code: 'no-pages', message: 'Lighthouse had no page to audit' };
  const more = failed.length > 1 ? ` (and ${failed.length - 1} more page${failed.length > 2 ? 's' : ''})` : '';
  return { code: first.error!.code, message: `${first.url} (${first.formFactor}): ${first.error!.message}${more}` };
}

function item(value: unknown, sources: Source[], artifacts: string[] | undefined, collectedAt: string): EvidenceItem {
  const out: EvidenceItem = { value, sources, origin: 'probe', collectedAt };
  if (artifacts) out.artifacts = artifacts;
  return out;
}

function errorItem(err: LighthouseError, pages: readonly PageResult[], collectedAt: string): EvidenceItem {
  const out: EvidenceItem = { error: err, sources: pages.map(failedSource), origin: 'probe', collectedAt };
  const artifacts = artifactsOf(pages);
  if (artifacts) out.artifacts = artifacts;
  return out;
}

/**
 * A numeric aggregate: the worst page's value (min for scores, max for metrics) or a
 * sum. The deciding page comes first in the sources.
 */
function numeric(
  pages: readonly PageResult[],
  measured: readonly Measured[],
  pick: (p: Measured) => number | null | undefined,
  mode: 'min' | 'max',
  describe: (p: Measured, v: number) => string,
  collectedAt: string,
  missing: LighthouseError,
): EvidenceItem {
  const withValue = measured
    .map((p) => ({ p, v: pick(p) }))
    .filter((x): x is { p: Measured; v: number } => typeof x.v === 'number' && Number.isFinite(x.v));
  if (withValue.length === 0) return errorItem(missing, pages, collectedAt);
  const ordered = [...withValue].sort((a, b) => (mode === 'min' ? a.v - b.v : b.v - a.v));
  const worst = ordered[0]!;
  const sources: Source[] = ordered.map(({ p, v }, i) => ({ url: p.url, note: `${i === 0 && ordered.length > 1 ? 'worst: ' : ''}${describe(p, v)}` }));
  for (const p of pages) if (!isMeasured(p)) sources.push(failedSource(p));
  return item(worst.v, sources, artifactsOf([worst.p, ...ordered.map((x) => x.p)]), collectedAt);
}

/** A boolean aggregate: true when every page with a verdict passes; failing pages first. */
function allPass(
  pages: readonly PageResult[],
  measured: readonly Measured[],
  pick: (p: Measured) => AuditVerdict,
  describe: (p: Measured, v: boolean) => string,
  collectedAt: string,
  missing: LighthouseError,
): EvidenceItem {
  const judged = measured.map((p) => ({ p, v: pick(p) })).filter((x): x is { p: Measured; v: boolean } => typeof x.v === 'boolean');
  if (judged.length === 0) return errorItem(missing, pages, collectedAt);
  const failing = judged.filter((x) => !x.v);
  const ordered = [...failing, ...judged.filter((x) => x.v)];
  const sources: Source[] = ordered.map(({ p, v }) => ({ url: p.url, note: describe(p, v) }));
  for (const x of measured) if (typeof pick(x) !== 'boolean') sources.push({ url: x.url, note: `${x.formFactor}: audit not run` });
  for (const p of pages) if (!isMeasured(p)) sources.push(failedSource(p));
  return item(failing.length === 0, sources, artifactsOf(ordered.map((x) => x.p)), collectedAt);
}

const fmtMs = (v: number) => (v >= 1000 ? `${Math.round(v / 100) / 10} s` : `${Math.round(v)} ms`);

export interface MedianScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Page × form-factor results the medians are taken over. */
  pages: number;
  byFormFactor: Partial<Record<FormFactor, Record<CategoryKey, { median: number | null; worst: number | null }>>>;
}

export function medianScores(measured: readonly PageResult[]): MedianScores {
  const of = (list: readonly PageResult[], key: CategoryKey) => {
    const values = list.map((p) => p.scores?.[key]).filter((v): v is number => typeof v === 'number');
    return values.length ? { median: Math.round(median(values)), worst: Math.min(...values) } : { median: null, worst: null };
  };
  const out: MedianScores = { performance: null, accessibility: null, bestPractices: null, seo: null, pages: measured.length, byFormFactor: {} };
  for (const key of CATEGORY_KEYS) out[key] = of(measured, key).median;
  for (const ff of FORM_FACTORS) {
    const list = measured.filter((p) => p.formFactor === ff);
    if (!list.length) continue;
    out.byFormFactor[ff] = Object.fromEntries(CATEGORY_KEYS.map((k) => [k, of(list, k)])) as Record<CategoryKey, { median: number | null; worst: number | null }>;
  }
  return out;
}

/** Every key this module writes: the registry's Lighthouse keys. */
export const LIGHTHOUSE_EVIDENCE_KEYS: readonly string[] = keysOf('lighthouse');

export function buildLighthouseEvidence(pages: readonly PageResult[], collectedAt = new Date().toISOString()): Evidence {
  if (pages.length === 0) {
    // Nothing to audit is not a fault: the checks say "unknown" with this reason.
    return Object.fromEntries(LIGHTHOUSE_EVIDENCE_KEYS.map((k) => [k, { sources: [], origin: 'probe', missing: 'Lighthouse had no page to audit', collectedAt } satisfies EvidenceItem]));
  }
  const measured = pages.filter(isMeasured);
  const ev: Evidence = {};
  const none = measured.length === 0 ? allFailed(pages) : undefined;
  const notRun = (what: string): LighthouseError => none ?? { code: 'audit-not-run', message: `Lighthouse did not report ${what} on any page` };

  for (const key of CATEGORY_KEYS) {
    ev[`lighthouse.${key}`] = numeric(pages, measured, (p) => p.scores[key], 'min',
      (p, v) => `${p.formFactor}: ${v} (${runsNote(p)}${spreadNote(p, key)})`, collectedAt, notRun(`a ${key} score`));
  }
  ev['lighthouse.lcp'] = numeric(pages, measured, (p) => p.metrics?.lcp, 'max', (p, v) => `${p.formFactor}: LCP ${fmtMs(v)} (${runsNote(p)})`, collectedAt, notRun('Largest Contentful Paint'));
  ev['lighthouse.tbt'] = numeric(pages, measured, (p) => p.metrics?.tbt, 'max', (p, v) => `${p.formFactor}: TBT ${fmtMs(v)} (${runsNote(p)})`, collectedAt, notRun('Total Blocking Time'));
  ev['lighthouse.cls'] = numeric(pages, measured, (p) => p.metrics?.cls, 'max', (p, v) => `${p.formFactor}: CLS ${v} (${runsNote(p)})`, collectedAt, notRun('Cumulative Layout Shift'));

  const pass = (v: boolean) => (v ? 'passes' : 'fails');
  ev['lighthouse.colorContrast'] = allPass(pages, measured, (p) => p.audits.colorContrast, (p, v) => `${p.formFactor}: color-contrast ${pass(v)}`, collectedAt, notRun('color-contrast'));
  ev['lighthouse.tapTargets'] = allPass(pages, measured, (p) => tapTargetsOf(p.audits),
    (p, v) => `${p.formFactor}: ${pass(v)} — audits used: ${p.audits.tapTargetAudits.join(', ')}`, collectedAt, notRun('target-size or font-size'));
  ev['lighthouse.documentLang'] = allPass(pages, measured, (p) => p.audits.documentLang, (p, v) => `${p.formFactor}: html-has-lang / html-lang-valid ${pass(v)}`, collectedAt, notRun('html-has-lang'));
  ev['lighthouse.viewport'] = allPass(pages, measured, (p) => p.audits.viewport, (p, v) => `${p.formFactor}: viewport ${pass(v)}`, collectedAt, notRun('viewport'));
  ev['lighthouse.https'] = allPass(pages, measured, (p) => p.audits.https, (p, v) => `${p.formFactor}: is-on-https ${pass(v)}`, collectedAt, notRun('is-on-https'));

  // The same console error seen in both form factors is one error: per page take the
  // larger count of its form factors, then add the pages up.
  const perUrl = new Map<string, { n: number; p: Measured }>();
  for (const p of measured) {
    const n = p.audits.consoleErrors;
    if (typeof n !== 'number') continue;
    const prev = perUrl.get(p.url);
    if (!prev || n > prev.n) perUrl.set(p.url, { n, p });
  }
  if (perUrl.size === 0) ev['lighthouse.consoleErrors'] = errorItem(notRun('errors-in-console'), pages, collectedAt);
  else {
    const rows = [...perUrl.values()].sort((a, b) => b.n - a.n);
    const sources: Source[] = rows.map(({ n, p }) => ({ url: p.url, note: `${n} console error${n === 1 ? '' : 's'} (errors-in-console, ${p.formFactor})` }));
    for (const p of pages) if (!isMeasured(p)) sources.push(failedSource(p));
    ev['lighthouse.consoleErrors'] = item(rows.reduce((s, r) => s + r.n, 0), sources, artifactsOf(rows.map((r) => r.p)), collectedAt);
  }

  ev['lighthouse.pages'] = item(
    pages.map((p) => ({ ...p })),
    pages.map((p) => ({
      url: p.url,
      note: p.error
        ? `${p.formFactor}: ${p.error.code} — ${p.error.message}`
        : `${p.formFactor}: ${CATEGORY_KEYS.map((k) => `${SHORT[k]} ${p.scores?.[k] ?? '—'}`).join(', ')} (${runsNote(p)})`,
    })),
    artifactsOf(pages),
    collectedAt,
  );
  ev['lighthouse.medianScores'] = none
    ? errorItem(none, pages, collectedAt)
    : item(medianScores(measured), measured.map((p) => ({ url: p.url, note: p.formFactor })), artifactsOf(measured), collectedAt);
  return ev;
}
