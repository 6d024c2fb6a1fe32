/**
 * The pure parts of the Lighthouse probe, as tables: median-run selection, which pages
 * run, reading a Lighthouse result, turning page results into evidence, and the retry
 * rules. No browser here.
 */
import { describe, expect, it } from 'vitest';
import { loadChecklists } from '../../src/checklists/load.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import { text } from '../../src/i18n/index.js';
import { isKnownEvidenceKey } from '../../src/evidence/keys.js';
import type { CheckDef, Profile } from '../../src/types.js';
import {
  auditsOf, buildLighthouseEvidence, choosePages, DEFAULT_RETRY_THRESHOLDS, failingRules, LIGHTHOUSE_EVIDENCE_KEYS,
  lighthouseFlags, median, medianScores, pickMedianRun, retryDecider, retryWhenChecksFail, runtimeErrorOf, scoreSpread,
  thresholdsFromChecklists, uniqueSlugs, type LhrLike, type PageResult,
} from '../../src/lighthouse/index.js';

const PROFILE: Profile = { organisation: { name: 'Tienda', country: 'CO', businessModel: 'b2c' } };
const NOW = new Date('2026-03-01T12:00:00Z');
const webQuality = () => loadChecklists().find((c) => c.id === 'web-quality')!;
const check = (id: string): CheckDef => webQuality().checks.find((c) => c.id === id)!;

describe('pickMedianRun (Lighthouse CI median-run rule)', () => {
  const cases: { name: string; runs: ({ fcp?: number; tti?: number } | undefined)[]; expected: number | undefined }[] = [
    { name: 'one run is its own median', runs: [{ fcp: 900, tti: 2000 }], expected: 0 },
    { name: 'three runs: the one at both medians', runs: [{ fcp: 1000, tti: 2000 }, { fcp: 1200, tti: 2400 }, { fcp: 1100, tti: 2200 }], expected: 2 },
    { name: 'an outlier TTI does not move the choice to the median score', runs: [{ fcp: 1000, tti: 9000 }, { fcp: 1100, tti: 2000 }, { fcp: 1050, tti: 2100 }], expected: 2 },
    { name: 'closest in both dimensions, not in one', runs: [{ fcp: 1000, tti: 2000 }, { fcp: 1500, tti: 4000 }, { fcp: 1450, tti: 2450 }, { fcp: 3000, tti: 2500 }], expected: 2 },
    { name: 'two runs tie: the faster TTI wins', runs: [{ fcp: 1000, tti: 2000 }, { fcp: 1200, tti: 2400 }], expected: 0 },
    { name: 'two runs tie, faster second', runs: [{ fcp: 1200, tti: 2400 }, { fcp: 1000, tti: 2000 }], expected: 1 },
    { name: 'identical runs: the first', runs: [{ fcp: 1000, tti: 2000 }, { fcp: 1000, tti: 2000 }], expected: 0 },
    { name: 'failed runs are not candidates', runs: [undefined, { fcp: 1000, tti: 2000 }, undefined], expected: 1 },
    { name: 'a run without TTI is not a candidate', runs: [{ fcp: 500 }, { fcp: 900, tti: 2000 }], expected: 1 },
    { name: 'no run has both metrics: the first result', runs: [undefined, { fcp: 800 }, {}], expected: 1 },
    { name: 'no results at all', runs: [undefined, undefined], expected: undefined },
    { name: 'no runs', runs: [], expected: undefined },
  ];
  it.each(cases)('$name', ({ runs, expected }) => {
    expect(pickMedianRun(runs)).toBe(expected);
  });

  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('spread is min and max per category across runs', () => {
    expect(scoreSpread([
      { performance: 80, accessibility: 90, bestPractices: 100, seo: null },
      { performance: 70, accessibility: 90, bestPractices: 96, seo: null },
      { performance: 85, accessibility: 91, bestPractices: 100, seo: null },
    ])).toEqual({
      performance: { min: 70, max: 85 },
      accessibility: { min: 90, max: 91 },
      bestPractices: { min: 96, max: 100 },
      seo: { min: null, max: null },
    });
  });
});

describe('choosePages', () => {
  const site = [
    { url: 'https://t.co/', kind: ['home'] },
    { url: 'https://t.co/blog/', kind: ['news'] },
    { url: 'https://t.co/contacto/#form', kind: ['contact'] },
    { url: 'https://t.co/contacto/', kind: ['contact'] },
    { url: 'https://t.co/pqrs/', kind: ['complaints', 'contact'] },
    { url: 'https://t.co/mi-cuenta/', kind: ['account', 'register'] },
    { url: 'https://t.co/rastreo/', kind: ['orderTracking'] },
    { url: 'https://t.co/privacidad/', kind: ['privacy'] },
  ];
  const cases: { name: string; pages: { url: string; kind?: string[] }[]; max?: number; expected: string[] }[] = [
    { name: 'home then contact, account, order tracking, complaints', pages: site, expected: ['https://t.co/', 'https://t.co/contacto/', 'https://t.co/mi-cuenta/', 'https://t.co/rastreo/', 'https://t.co/pqrs/'] },
    { name: 'the cap keeps the first key pages', pages: site, max: 2, expected: ['https://t.co/', 'https://t.co/contacto/'] },
    { name: 'no other pages fill the cap', pages: site.slice(0, 3), max: 5, expected: ['https://t.co/', 'https://t.co/contacto/'] },
    { name: 'first page is home when none says so', pages: [{ url: 'https://t.co/x/', kind: ['news'] }, { url: 'https://t.co/c/', kind: ['contact'] }], expected: ['https://t.co/x/', 'https://t.co/c/'] },
    { name: 'an explicit list (no kinds) runs in order', pages: [{ url: 'https://t.co/b' }, { url: 'https://t.co/a' }, { url: 'https://t.co/b' }], expected: ['https://t.co/b', 'https://t.co/a'] },
    { name: 'non-web URLs are ignored', pages: [{ url: 'mailto:x@t.co' }, { url: 'https://t.co/' }], expected: ['https://t.co/'] },
    { name: 'nothing to audit', pages: [], expected: [] },
  ];
  it.each(cases)('$name', ({ pages, max, expected }) => {
    expect(choosePages(pages, max).map((p) => p.url)).toEqual(expected);
  });

  it('names saved results after the page path, uniquely', () => {
    expect(uniqueSlugs(['https://t.co/', 'https://t.co/Atención/Cliente/', 'https://t.co/contacto', 'https://t.co/contacto/', 'https://cdn.t.co/x?a=1'])).toEqual(
      ['home', 'atencion-cliente', 'contacto', 'contacto-2', 'cdn-t-co-x-a-1'],
    );
  });
});

describe('reading a Lighthouse result', () => {
  const audit = (score: number | null, mode = 'binary', extra: object = {}) => ({ score, scoreDisplayMode: mode, ...extra });
  const lhr = (audits: LhrLike['audits'], categories: LhrLike['categories'] = { performance: { score: 0.5 } }): LhrLike => ({ categories, audits });

  it('not applicable passes, error and missing are unknown, 0.9 is Lighthouse’s pass mark', () => {
    const a = auditsOf(lhr({
      'color-contrast': audit(0.9),
      'target-size': audit(null, 'notApplicable'),
      'font-size': audit(null, 'error'),
      'html-has-lang': audit(1),
      'html-lang-valid': audit(0),
      viewport: audit(0.5, 'metricSavings'),
      'errors-in-console': audit(0, 'binary', { details: { type: 'table', items: [{}, {}, {}] } }),
    }));
    expect(a).toEqual({
      colorContrast: true, targetSize: true, fontSize: null, documentLang: false, viewport: false, https: null, consoleErrors: 3,
      tapTargetAudits: ['target-size (not applicable)', 'font-size (error)'],
    });
  });

  it('a page without lang fails on html-has-lang alone', () => {
    expect(auditsOf(lhr({ 'html-has-lang': audit(0), 'html-lang-valid': audit(null, 'notApplicable') })).documentLang).toBe(false);
    expect(auditsOf(lhr({ 'html-has-lang': audit(1), 'html-lang-valid': audit(null, 'notApplicable') })).documentLang).toBe(true);
  });

  it('runtimeError and a result without scores are faults', () => {
    const fault = runtimeErrorOf({ ...lhr({}), runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } });
    expect(fault).toMatchObject({ code: 'NO_FCP', message: 'The page did not paint any content.' });
    // Lighthouse's own words, inside a sentence in the reader's language.
    expect(text('es', fault!.reason)).toBe('Lighthouse informó: The page did not paint any content.');
    expect(runtimeErrorOf(lhr({}, { performance: { score: null } }))?.code).toBe('no-scores');
    expect(runtimeErrorOf(lhr({}))).toBeUndefined();
  });

  it('keeps Lighthouse’s waits inside our bound and runs only the four categories', () => {
    expect(lighthouseFlags(60_000)).toMatchObject({ maxWaitForFcp: 30_000, maxWaitForLoad: 45_000, onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    expect(lighthouseFlags(10_000)).toMatchObject({ maxWaitForFcp: 5_000, maxWaitForLoad: 7_500 });
  });
});

function page(over: Partial<PageResult> & { url: string }): PageResult {
  return {
    kind: [],
    formFactor: 'mobile',
    runs: 1,
    attempts: 1,
    retried: false,
    medianRun: 1,
    scores: { performance: 90, accessibility: 95, bestPractices: 100, seo: 92 },
    spread: { performance: { min: 90, max: 90 }, accessibility: { min: 95, max: 95 }, bestPractices: { min: 100, max: 100 }, seo: { min: 92, max: 92 } },
    metrics: { fcp: 900, lcp: 1800, tbt: 100, cls: 0.01, tti: 2000 },
    audits: { colorContrast: true, targetSize: true, fontSize: true, documentLang: true, viewport: true, https: true, consoleErrors: 0, tapTargetAudits: ['target-size', 'font-size'] },
    ...over,
  };
}

describe('page results → evidence', () => {
  const home = page({ url: 'https://t.co/', artifact: 'lighthouse/home-mobile.json' });
  const contact = page({
    url: 'https://t.co/contacto/',
    runs: 3,
    attempts: 4,
    retried: true,
    retryReasons: ['performance 42 < 50'],
    scores: { performance: 55, accessibility: 80, bestPractices: 100, seo: 100 },
    spread: { performance: { min: 42, max: 60 }, accessibility: { min: 80, max: 80 }, bestPractices: { min: 100, max: 100 }, seo: { min: 100, max: 100 } },
    metrics: { fcp: 1200, lcp: 3900, tbt: 250, cls: 0.2, tti: 4000 },
    audits: { colorContrast: false, targetSize: true, fontSize: false, documentLang: true, viewport: true, https: true, consoleErrors: 2, tapTargetAudits: ['target-size', 'font-size'] },
    artifact: 'lighthouse/contacto-mobile.json',
  });
  const contactDesktop = page({ url: 'https://t.co/contacto/', formFactor: 'desktop', audits: { ...contact.audits!, colorContrast: false, fontSize: true, consoleErrors: 1, tapTargetAudits: ['target-size', 'font-size (not applicable)'] } });
  const broken = page({ url: 'https://t.co/pqrs/', runs: 0, medianRun: undefined, scores: undefined, spread: undefined, metrics: undefined, audits: undefined, error: { code: 'NO_FCP', message: 'The page did not paint any content.' } });

  const ev = buildLighthouseEvidence([home, contact, contactDesktop, broken], '2026-03-01T12:00:00.000Z');

  it('scores and metrics are the worst page’s median, deciding page first', () => {
    expect(ev['lighthouse.performance']!.value).toBe(55);
    const worst = ev['lighthouse.performance']!.sources[0]!;
    expect(worst).toMatchObject({ url: 'https://t.co/contacto/', note: 'worst: mobile: 55 (median of 3 runs; retried once (performance 42 < 50), spread 42–60)' });
    expect(text('es', worst.noteReason)).toBe('la peor: móvil: 55 (mediana de 3 ejecuciones; repetida una vez (performance 42 < 50), dispersión 42–60)');
    expect(ev['lighthouse.performance']!.artifacts![0]).toBe('lighthouse/contacto-mobile.json');
    expect(ev['lighthouse.lcp']!.value).toBe(3900);
    expect(ev['lighthouse.cls']!.value).toBe(0.2);
    expect(ev['lighthouse.tbt']!.value).toBe(250);
  });

  it('audit booleans hold only when every page passes; failing pages first; tap-target audits named', () => {
    expect(ev['lighthouse.colorContrast']!.value).toBe(false);
    expect(ev['lighthouse.colorContrast']!.sources[0]!.url).toBe('https://t.co/contacto/');
    expect(ev['lighthouse.documentLang']!.value).toBe(true);
    expect(ev['lighthouse.tapTargets']!.value).toBe(false);
    expect(ev['lighthouse.tapTargets']!.sources[0]!.note).toBe('mobile: fails — audits used: target-size, font-size');
    expect(ev['lighthouse.tapTargets']!.sources.some((s) => s.note?.includes('font-size (not applicable)'))).toBe(true);
  });

  it('console errors add up over pages, once per page across form factors', () => {
    expect(ev['lighthouse.consoleErrors']!.value).toBe(2);
  });

  it('a page that could not be measured is named in the sources, the rest still count', () => {
    for (const key of ['lighthouse.performance', 'lighthouse.colorContrast', 'lighthouse.consoleErrors']) {
      expect(ev[key]!.error).toBeUndefined();
      expect(ev[key]!.sources.at(-1)).toMatchObject({ url: 'https://t.co/pqrs/', note: 'mobile: not measured: NO_FCP — The page did not paint any content.' });
    }
    const pages = ev['lighthouse.pages']!.value as PageResult[];
    expect(pages.map((p) => p.error?.code)).toEqual([undefined, undefined, undefined, 'NO_FCP']);
  });

  it('median scores across pages, per form factor too', () => {
    expect(medianScores([home, contact, contactDesktop])).toEqual({
      performance: 90, accessibility: 95, bestPractices: 100, seo: 92, pages: 3,
      byFormFactor: {
        mobile: { performance: { median: 73, worst: 55 }, accessibility: { median: 88, worst: 80 }, bestPractices: { median: 100, worst: 100 }, seo: { median: 96, worst: 92 } },
        desktop: { performance: { median: 90, worst: 90 }, accessibility: { median: 95, worst: 95 }, bestPractices: { median: 100, worst: 100 }, seo: { median: 92, worst: 92 } },
      },
    });
  });

  it('when no page could be measured every key carries Lighthouse’s code and the checks say error', () => {
    const only = buildLighthouseEvidence([broken]);
    for (const key of LIGHTHOUSE_EVIDENCE_KEYS.filter((k) => k !== 'lighthouse.pages')) {
      expect(only[key]!.error, key).toMatchObject({ code: 'NO_FCP', message: 'https://t.co/pqrs/ (mobile): The page did not paint any content.' });
    }
    const r = evaluateCheck(check('web-quality.performance'), 'web-quality', PROFILE, only, NOW);
    expect(r.status).toBe('error');
    // The check says the reason (the code stays in the evidence), in the reader's language.
    expect(r.reason?.en).toBe('https://t.co/pqrs/ (mobile): The page did not paint any content.');
    // (This page's error was written without a catalogue message: its English text is kept as it was.)
    expect(r.reason?.es).toBe('https://t.co/pqrs/ (móvil): The page did not paint any content.');
  });

  it('no page to audit leaves the checks unknown, not in error', () => {
    const none = buildLighthouseEvidence([]);
    expect(evaluateCheck(check('web-quality.seo'), 'web-quality', PROFILE, none, NOW).status).toBe('unknown');
  });

  it('every key it writes is a documented evidence key', () => {
    for (const key of LIGHTHOUSE_EVIDENCE_KEYS) expect(isKnownEvidenceKey(key), key).toBe(true);
    for (const key of Object.keys(ev)) expect(LIGHTHOUSE_EVIDENCE_KEYS).toContain(key);
  });
});

describe('retry on failure', () => {
  it('the default thresholds are the web-quality checks’ fail bounds', () => {
    expect(thresholdsFromChecklists([webQuality()])).toEqual(DEFAULT_RETRY_THRESHOLDS);
    expect(thresholdsFromChecklists([webQuality()], 'pass')).toEqual({ performance: 70, accessibility: 90, bestPractices: 90, seo: 90, lcp: 2500, tbt: 200, cls: 0.1 });
  });

  const cases: { name: string; page: PageResult; thresholds: Parameters<typeof failingRules>[1]; expected: string[] }[] = [
    { name: 'nothing fails', page: page({ url: 'u' }), thresholds: DEFAULT_RETRY_THRESHOLDS, expected: [] },
    { name: 'score below its minimum', page: page({ url: 'u', scores: { performance: 25, accessibility: 95, bestPractices: 49, seo: 92 } }), thresholds: DEFAULT_RETRY_THRESHOLDS, expected: ['performance 25 < 30', 'bestPractices 49 < 50'] },
    { name: 'metrics above their maximum', page: page({ url: 'u', metrics: { lcp: 4100, tbt: 700, cls: 0.3 } }), thresholds: DEFAULT_RETRY_THRESHOLDS, expected: ['LCP 4.1 s > 4 s', 'TBT 700 ms > 600 ms', 'CLS 0.3 > 0.25'] },
    { name: 'only the given thresholds apply', page: page({ url: 'u', scores: { performance: 10, accessibility: 80, bestPractices: 10, seo: 10 } }), thresholds: { accessibility: 90 }, expected: ['accessibility 80 < 90'] },
    { name: 'a page in error is not retried', page: page({ url: 'u', scores: undefined, error: { code: 'NO_FCP', message: '' } }), thresholds: DEFAULT_RETRY_THRESHOLDS, expected: [] },
  ];
  it.each(cases)('$name', ({ page: p, thresholds, expected }) => {
    expect(failingRules(p, thresholds)).toEqual(expected);
  });

  it('policies: off, default, thresholds, predicate', () => {
    const slow = page({ url: 'u', scores: { performance: 25, accessibility: 95, bestPractices: 100, seo: 92 } });
    const ev = buildLighthouseEvidence([slow]);
    expect(retryDecider(false)).toBeUndefined();
    expect(retryDecider(undefined)!(ev, slow)).toEqual(['performance 25 < 30']);
    expect(retryDecider({ performance: 20 })!(ev, slow)).toEqual([]);
    expect(retryDecider(() => true)!(ev, slow)).toEqual(['a gate rule would fail']);
    expect(retryDecider((e) => ((e['lighthouse.performance']!.value as number) < 40 ? ['too slow'] : []))!(ev, slow)).toEqual(['too slow']);
  });

  it('retryWhenChecksFail runs the real checks on the page’s own evidence', () => {
    const decide = retryWhenChecksFail([webQuality()], { now: NOW });
    const slow = page({ url: 'u', scores: { performance: 30, accessibility: 95, bestPractices: 100, seo: 92 }, audits: { ...page({ url: 'u' }).audits!, colorContrast: false } });
    const reasons = decide(buildLighthouseEvidence([slow]), slow);
    // The performance check fails; colour contrast fails too but cannot change on a rerun.
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^web-quality.performance: Lighthouse mobile performance score is 30/);
    expect(decide(buildLighthouseEvidence([page({ url: 'u' })]), page({ url: 'u' }))).toEqual([]);
  });
});
