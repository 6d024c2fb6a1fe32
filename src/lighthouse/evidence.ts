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
import { reason, type Message, type MessageId, type MessageValue, type MessageValues } from '../i18n/index.js';
import { errorReason } from '../net/fetch.js';
import type { Evidence, EvidenceItem, Source } from '../types.js';
import { keysOf } from '../evidence/keys.js';
import { median } from './median.js';
import { tapTargetsOf } from './summarise.js';
import { CATEGORY_KEYS, FORM_FACTORS, type AuditVerdict, type CategoryKey, type FormFactor, type LighthouseError, type PageResult } from './types.js';

const SHORT: Record<CategoryKey, string> = { performance: 'perf', accessibility: 'a11y', bestPractices: 'bp', seo: 'seo' };
export { SHORT as CATEGORY_SHORT };

type Measured = PageResult & { scores: NonNullable<PageResult['scores']>; audits: NonNullable<PageResult['audits']> };

const isMeasured = (p: PageResult): p is Measured => !p.error && !!p.scores && !!p.audits;

const msg = (id: MessageId, values?: MessageValues): Message => (values ? { id, values } : { id });

/** A source note written as a catalogue message, with its English text. */
function noted(m: Message): Pick<Source, 'note' | 'noteReason'> {
  const r = reason(m.id, m.values);
  return { note: r.message, noteReason: r.reason };
}

const formFactor = (ff: FormFactor): MessageValue => ({ msg: { id: `evidence.lighthouse.formFactor.${ff}` } });

/** "median of 3 runs; retried once (performance 42 < 50)". */
function runsNote(p: PageResult): MessageValue {
  const runs = msg('evidence.lighthouse.runs', { n: p.runs });
  if (!p.retried) return { msg: runs };
  // A retry reason is a rule and the figures that broke it ("performance 42 < 50"): kept as written.
  return { msg: p.retryReasons?.length ? msg('evidence.lighthouse.retriedBecause', { runs: { msg: runs }, reasons: p.retryReasons.join(', ') }) : msg('evidence.lighthouse.retried', { runs: { msg: runs } }) };
}

function scoreNote(p: PageResult, key: CategoryKey, v: number): Message {
  const s = p.spread?.[key];
  const values = { formFactor: formFactor(p.formFactor), score: v, runs: runsNote(p) };
  if (!s || s.min === null || s.max === null || p.runs < 2) return msg('evidence.lighthouse.note.score', values);
  return msg('evidence.lighthouse.note.scoreSpread', { ...values, min: s.min, max: s.max });
}

function failedSource(p: PageResult): Source {
  return {
    url: p.url,
    ...noted(p.error
      ? msg('evidence.lighthouse.note.notMeasured', { formFactor: formFactor(p.formFactor), code: p.error.code, error: { msg: errorReason(p.error) } })
      : msg('evidence.lighthouse.note.notMeasuredBare', { formFactor: formFactor(p.formFactor) })),
  };
}

function artifactsOf(pages: readonly PageResult[]): string[] | undefined {
  const list = [...new Set(pages.map((p) => p.artifact).filter((a): a is string => !!a))];
  return list.length ? list : undefined;
}

function allFailed(pages: readonly PageResult[]): LighthouseError {
  const failed = pages.filter((p) => p.error);
  const first = failed[0];
  if (!first) return { code: 'no-pages', ...reason('evidence.lighthouse.noPages') };
  const values = { url: first.url, formFactor: formFactor(first.formFactor), error: { msg: errorReason(first.error!) } };
  return { code: first.error!.code, ...(failed.length > 1 ? reason('evidence.lighthouse.allFailedMore', { ...values, more: failed.length - 1 }) : reason('evidence.lighthouse.allFailed', values)) };
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
  describe: (p: Measured, v: number) => Message,
  collectedAt: string,
  missing: LighthouseError,
): EvidenceItem {
  const withValue = measured
    .map((p) => ({ p, v: pick(p) }))
    .filter((x): x is { p: Measured; v: number } => typeof x.v === 'number' && Number.isFinite(x.v));
  if (withValue.length === 0) return errorItem(missing, pages, collectedAt);
  const ordered = [...withValue].sort((a, b) => (mode === 'min' ? a.v - b.v : b.v - a.v));
  const worst = ordered[0]!;
  const sources: Source[] = ordered.map(({ p, v }, i) => ({ url: p.url, ...noted(i === 0 && ordered.length > 1 ? msg('evidence.lighthouse.note.worst', { note: { msg: describe(p, v) } }) : describe(p, v)) }));
  for (const p of pages) if (!isMeasured(p)) sources.push(failedSource(p));
  return item(worst.v, sources, artifactsOf([worst.p, ...ordered.map((x) => x.p)]), collectedAt);
}

/** A boolean aggregate: true when every page with a verdict passes; failing pages first. */
function allPass(
  pages: readonly PageResult[],
  measured: readonly Measured[],
  pick: (p: Measured) => AuditVerdict,
  describe: (p: Measured, v: boolean) => Message,
  collectedAt: string,
  missing: LighthouseError,
): EvidenceItem {
  const judged = measured.map((p) => ({ p, v: pick(p) })).filter((x): x is { p: Measured; v: boolean } => typeof x.v === 'boolean');
  if (judged.length === 0) return errorItem(missing, pages, collectedAt);
  const failing = judged.filter((x) => !x.v);
  const ordered = [...failing, ...judged.filter((x) => x.v)];
  const sources: Source[] = ordered.map(({ p, v }) => ({ url: p.url, ...noted(describe(p, v)) }));
  for (const x of measured) if (typeof pick(x) !== 'boolean') sources.push({ url: x.url, ...noted(msg('evidence.lighthouse.note.notRun', { formFactor: formFactor(x.formFactor) })) });
  for (const p of pages) if (!isMeasured(p)) sources.push(failedSource(p));
  return item(failing.length === 0, sources, artifactsOf(ordered.map((x) => x.p)), collectedAt);
}


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
    const why = reason('evidence.lighthouse.noPages');
    return Object.fromEntries(LIGHTHOUSE_EVIDENCE_KEYS.map((k) => [k, { sources: [], origin: 'probe', missing: why.message, missingReason: why.reason, collectedAt } satisfies EvidenceItem]));
  }
  const measured = pages.filter(isMeasured);
  const ev: Evidence = {};
  const none = measured.length === 0 ? allFailed(pages) : undefined;
  const notReported = (what: MessageValue): LighthouseError => none ?? { code: 'audit-not-run', ...reason('evidence.lighthouse.notReported', { what }) };
  // An audit's or a metric's name is Lighthouse's own (color-contrast, Largest Contentful Paint).
  const notRun = (name: string): LighthouseError => notReported(name);

  for (const key of CATEGORY_KEYS) {
    ev[`lighthouse.${key}`] = numeric(pages, measured, (p) => p.scores[key], 'min', (p, v) => scoreNote(p, key, v), collectedAt,
      notReported({ msg: msg('evidence.lighthouse.aScore', { category: { msg: msg(`evidence.lighthouse.category.${key}`) } }) }));
  }
  const metric = (name: string, value: MessageValue, p: PageResult): Message => msg('evidence.lighthouse.note.metric', { formFactor: formFactor(p.formFactor), metric: name, value, runs: runsNote(p) });
  ev['lighthouse.lcp'] = numeric(pages, measured, (p) => p.metrics?.lcp, 'max', (p, v) => metric('LCP', { duration: v }, p), collectedAt, notRun('Largest Contentful Paint'));
  ev['lighthouse.tbt'] = numeric(pages, measured, (p) => p.metrics?.tbt, 'max', (p, v) => metric('TBT', { duration: v }, p), collectedAt, notRun('Total Blocking Time'));
  // CLS is a unitless score read to three or more decimals: kept as Lighthouse gave it.
  ev['lighthouse.cls'] = numeric(pages, measured, (p) => p.metrics?.cls, 'max', (p, v) => metric('CLS', String(v), p), collectedAt, notRun('Cumulative Layout Shift'));

  const verdict = (v: boolean): MessageValue => ({ msg: msg(v ? 'evidence.lighthouse.passes' : 'evidence.lighthouse.fails') });
  const audit = (name: string) => (p: Measured, v: boolean): Message => msg('evidence.lighthouse.note.audit', { formFactor: formFactor(p.formFactor), audit: name, verdict: verdict(v) });
  ev['lighthouse.colorContrast'] = allPass(pages, measured, (p) => p.audits.colorContrast, audit('color-contrast'), collectedAt, notRun('color-contrast'));
  ev['lighthouse.tapTargets'] = allPass(pages, measured, (p) => tapTargetsOf(p.audits),
    (p, v) => msg('evidence.lighthouse.note.auditsUsed', { formFactor: formFactor(p.formFactor), verdict: verdict(v), audits: p.audits.tapTargetAudits.join(', ') }), collectedAt, notRun('target-size or font-size'));
  ev['lighthouse.documentLang'] = allPass(pages, measured, (p) => p.audits.documentLang, audit('html-has-lang / html-lang-valid'), collectedAt, notRun('html-has-lang'));
  ev['lighthouse.viewport'] = allPass(pages, measured, (p) => p.audits.viewport, audit('viewport'), collectedAt, notRun('viewport'));
  ev['lighthouse.https'] = allPass(pages, measured, (p) => p.audits.https, audit('is-on-https'), collectedAt, notRun('is-on-https'));

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
    const sources: Source[] = rows.map(({ n, p }) => ({ url: p.url, ...noted(msg('evidence.lighthouse.note.consoleErrors', { n, formFactor: formFactor(p.formFactor) })) }));
    for (const p of pages) if (!isMeasured(p)) sources.push(failedSource(p));
    ev['lighthouse.consoleErrors'] = item(rows.reduce((s, r) => s + r.n, 0), sources, artifactsOf(rows.map((r) => r.p)), collectedAt);
  }

  ev['lighthouse.pages'] = item(
    pages.map((p) => ({ ...p })),
    pages.map((p) => ({
      url: p.url,
      ...noted(p.error
        ? msg('evidence.lighthouse.note.pageError', { formFactor: formFactor(p.formFactor), code: p.error.code, error: { msg: errorReason(p.error) } })
        : msg('evidence.lighthouse.note.pageScores', { formFactor: formFactor(p.formFactor), scores: CATEGORY_KEYS.map((k) => `${SHORT[k]} ${p.scores?.[k] ?? '—'}`).join(', '), runs: runsNote(p) })),
    })),
    artifactsOf(pages),
    collectedAt,
  );
  ev['lighthouse.medianScores'] = none
    ? errorItem(none, pages, collectedAt)
    : item(medianScores(measured), measured.map((p) => ({ url: p.url, ...noted(msg(`evidence.lighthouse.formFactor.${p.formFactor}`)) })), artifactsOf(measured), collectedAt);
  return ev;
}
