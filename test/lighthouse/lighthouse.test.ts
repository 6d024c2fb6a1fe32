/**
 * Real Lighthouse on the shared browser, against a good and a deliberately poor
 * fixture page served on 127.0.0.1: the evidence goes the right way and the
 * web-quality checks reach the right states. Faults (500, a page that never paints, a
 * server that never answers, a run over its bound) become errors with a code within the
 * bound. One browser for the whole file; runs: 1 even under CI, to stay quick.
 *
 * The poor page is requested as http://poor.test:<port>/ (Chromium maps poor.test to
 * 127.0.0.1): Lighthouse counts localhost and 127.0.0.1 as secure, so only a real host
 * name shows a page served over plain HTTP.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChecklists } from '../../src/checklists/load.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import { text } from '../../src/i18n/index.js';
import { launchBrowser, type BrowserHandle } from '../../src/probes/browser.js';
import { runLighthouse, type PageResult, type RunLighthouseResult } from '../../src/lighthouse/index.js';
import type { CheckStatus, Evidence, Profile } from '../../src/types.js';
import { startFixtureServer, type FixtureServer } from './server.js';

const PROFILE: Profile = { organisation: { name: 'Tienda Andina', country: 'CO', businessModel: 'b2c' } };
const webQuality = loadChecklists().find((c) => c.id === 'web-quality')!;

function states(evidence: Evidence): Record<string, CheckStatus> {
  const out: Record<string, CheckStatus> = {};
  for (const def of webQuality.checks) {
    const keys = typeof def.evidence === 'string' ? [def.evidence] : def.evidence?.anyOf ?? [];
    if (!keys.some((k) => k.startsWith('lighthouse.'))) continue;
    out[def.id] = evaluateCheck(def, 'web-quality', PROFILE, evidence, new Date()).status;
  }
  return out;
}

/** Chromium browser processes (not helpers) started by this process. */
function chromiumChildren(): number {
  let n = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (/chrom/i.test(cmd) && !cmd.includes('--type=')) n++;
    } catch {
      /* gone */
    }
  }
  return n;
}

const value = (r: RunLighthouseResult, key: string) => r.evidence[key]?.value;

describe('runLighthouse on the shared browser', () => {
  let handle: BrowserHandle;
  let server: FixtureServer;
  let outDir: string;
  let good: RunLighthouseResult;
  let poor: RunLighthouseResult;
  const goodLines: string[] = [];
  const poorLines: string[] = [];
  let maxBrowsers = 0;

  beforeAll(async () => {
    server = await startFixtureServer();
    outDir = mkdtempSync(path.join(os.tmpdir(), 'readiness-lh-'));
    handle = await launchBrowser({ extraArgs: ['--host-resolver-rules=MAP poor.test 127.0.0.1'] });
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('audits the good page in both form factors in the one browser and saves the results', async () => {
    const watch = setInterval(() => (maxBrowsers = Math.max(maxBrowsers, chromiumChildren())), 250);
    const tabsBefore = (await handle.browser.pages()).length;
    try {
      good = await runLighthouse(handle, {
        pages: [{ url: `${server.origin}/good/`, kind: ['home'] }],
        formFactor: 'both',
        runs: 1,
        outDir,
        retryOnFail: { accessibility: 90 },
        onProgress: (l) => goodLines.push(l),
      });
    } finally {
      clearInterval(watch);
    }
    expect(maxBrowsers).toBe(1);
    expect((await handle.browser.pages()).length).toBe(tabsBefore);

    expect(good.runs.map((r) => [r.formFactor, r.error?.code])).toEqual([['mobile', undefined], ['desktop', undefined]]);
    expect(goodLines).toHaveLength(2);
    expect(goodLines[0]).toMatch(/^lighthouse \[1\/2\] mobile http:\/\/127\.0\.0\.1:\d+\/good\/ — perf \d+, a11y \d+, bp \d+, seo \d+ \(\d+\.\d s\)$/);
    expect(goodLines[1]).toMatch(/^lighthouse \[2\/2\] desktop /);

    const pages = value(good, 'lighthouse.pages') as PageResult[];
    expect(pages.map((p) => [p.formFactor, p.artifact, p.retried])).toEqual([
      ['mobile', 'lighthouse/good-mobile.json', false],
      ['desktop', 'lighthouse/good-desktop.json', false],
    ]);
    const lhr = JSON.parse(readFileSync(path.join(outDir, 'lighthouse/good-mobile.json'), 'utf8'));
    expect(lhr.lighthouseVersion).toMatch(/^12\./);
    expect(Object.keys(lhr.categories).sort()).toEqual(['accessibility', 'best-practices', 'performance', 'seo']);
    expect(lhr.configSettings.formFactor).toBe('mobile');
    expect(JSON.parse(readFileSync(path.join(outDir, 'lighthouse/good-desktop.json'), 'utf8')).configSettings.formFactor).toBe('desktop');
    expect(good.evidence['lighthouse.accessibility']!.artifacts).toEqual(expect.arrayContaining(['lighthouse/good-mobile.json', 'lighthouse/good-desktop.json']));
    expect(good.evidence['lighthouse.accessibility']!.sources[0]!.url).toBe(`${server.origin}/good/`);

    // On desktop Lighthouse skips font-size; the evidence says which audits decided.
    expect(pages[1]!.audits!.tapTargetAudits).toContain('font-size (not applicable)');
    const medians = value(good, 'lighthouse.medianScores') as { pages: number; byFormFactor: Record<string, unknown> };
    expect(medians.pages).toBe(2);
    expect(Object.keys(medians.byFormFactor)).toEqual(['mobile', 'desktop']);
  }, 240_000);

  it('audits the poor page, and runs it once more when a gate rule would fail', async () => {
    poor = await runLighthouse(handle, {
      pages: [{ url: `http://poor.test:${server.port}/poor/`, kind: ['home'] }],
      runs: 1,
      outDir,
      retryOnFail: { accessibility: 90 },
      onProgress: (l) => poorLines.push(l),
    });
    expect(poor.runs.map((r) => r.retry)).toEqual([false, true]);
    expect(poorLines[1]).toMatch(/^lighthouse \[retry\] mobile http:\/\/poor\.test:\d+\/poor\/ — .* — after accessibility \d+ < 90$/);
    const [page] = value(poor, 'lighthouse.pages') as PageResult[];
    expect(page).toMatchObject({ retried: true, attempts: 2, runs: 2 });
    expect(page!.retryReasons![0]).toMatch(/^accessibility \d+ < 90$/);
    expect(poor.evidence['lighthouse.accessibility']!.sources[0]!.note).toMatch(/retried once \(accessibility \d+ < 90\)/);
    // The median of two runs is one of them; the spread covers both.
    expect(poor.runs.filter((r) => r.median)).toHaveLength(1);
    expect(page!.spread!.accessibility.min).toBeLessThanOrEqual(page!.scores!.accessibility!);
  }, 240_000);

  it('good beats poor where the fixtures differ', () => {
    expect(value(good, 'lighthouse.accessibility')).toBeGreaterThan(value(poor, 'lighthouse.accessibility') as number);
    expect(value(good, 'lighthouse.seo')).toBeGreaterThan(value(poor, 'lighthouse.seo') as number);
    expect(value(good, 'lighthouse.bestPractices')).toBeGreaterThan(value(poor, 'lighthouse.bestPractices') as number);
    // A 3 MB image on simulated slow 4G: the poor page's LCP is far worse.
    expect(value(poor, 'lighthouse.lcp')).toBeGreaterThan(4000);
    expect(value(poor, 'lighthouse.lcp') as number).toBeGreaterThan(value(good, 'lighthouse.lcp') as number);

    const flags = ['documentLang', 'colorContrast', 'viewport', 'https', 'tapTargets'];
    expect(flags.map((k) => value(good, `lighthouse.${k}`))).toEqual([true, true, true, true, true]);
    expect(flags.map((k) => value(poor, `lighthouse.${k}`))).toEqual([false, false, false, false, false]);
    expect(value(good, 'lighthouse.consoleErrors')).toBe(0);
    expect(value(poor, 'lighthouse.consoleErrors')).toBeGreaterThanOrEqual(1);
    expect(poor.evidence['lighthouse.consoleErrors']!.sources[0]!.url).toBe(`http://poor.test:${server.port}/poor/`);
  });

  it('feeds the web-quality checks', () => {
    const g = states(good.evidence);
    const p = states(poor.evidence);
    for (const id of ['web-quality.accessibility', 'web-quality.seo', 'web-quality.best-practices', 'web-quality.color-contrast', 'web-quality.tap-targets', 'web-quality.document-language', 'web-quality.console-errors']) {
      expect(g[id], id).toBe('pass');
    }
    expect(p).toMatchObject({
      'web-quality.color-contrast': 'fail',
      'web-quality.tap-targets': 'fail',
      'web-quality.document-language': 'fail',
      'web-quality.largest-contentful-paint': 'fail',
      // One console error: partial credit down to 5 errors.
      'web-quality.console-errors': 'partial',
    });
    for (const id of ['web-quality.accessibility', 'web-quality.seo', 'web-quality.best-practices']) expect(['partial', 'fail'], id).toContain(p[id]);
    // Every Lighthouse-fed check got a verdict: none is left unknown.
    expect(Object.values(g)).not.toContain('unknown');
    expect(Object.values(p)).not.toContain('unknown');
  });

  describe('faults', () => {
    it('a 500 and a page that never paints become errors with Lighthouse’s code; the next page still runs', async () => {
      const started = Date.now();
      const r = await runLighthouse(handle, {
        pages: [{ url: `${server.origin}/fault/500` }, { url: `${server.origin}/fault/blank` }],
        runs: 1,
        timeoutMs: 12_000,
        onProgress: () => undefined,
      });
      expect(Date.now() - started).toBeLessThan(2 * (12_000 + 11_000));
      expect(r.runs.map((x) => x.error?.code)).toEqual(['ERRORED_DOCUMENT_REQUEST', 'NO_FCP']);
      const pages = value(r, 'lighthouse.pages') as PageResult[];
      expect(pages.map((p) => p.error?.code)).toEqual(['ERRORED_DOCUMENT_REQUEST', 'NO_FCP']);
      expect(pages[0]!.error!.message).toContain('500');
      expect(r.evidence['lighthouse.performance']!.error!.code).toBe('ERRORED_DOCUMENT_REQUEST');
      const s = states(r.evidence);
      expect(new Set(Object.values(s))).toEqual(new Set(['error']));
      const check = evaluateCheck(webQuality.checks.find((c) => c.id === 'web-quality.accessibility')!, 'web-quality', PROFILE, r.evidence, new Date());
      // The check gives the reason (the code stays in the evidence), in the reader's language.
      expect(check.reason?.en).toMatch(/^http:.*\/fault\/500 \(mobile\): .*\(and 1 more page\)$/);
      expect(check.reason?.es).toMatch(/^http:.*\/fault\/500 \(móvil\): Lighthouse informó: .*\(y 1 página más\)$/);
    }, 120_000);

    it('a server that never answers ends within the bound and leaves no tab behind', async () => {
      const tabsBefore = (await handle.browser.pages()).length;
      const started = Date.now();
      const r = await runLighthouse(handle, { pages: [{ url: `${server.origin}/fault/hang` }], runs: 1, timeoutMs: 6_000 });
      // The bound, plus at most the tab's close and the abandoned run's settling.
      expect(Date.now() - started).toBeLessThan(6_000 + 11_000);
      expect(['timeout', 'NO_FCP', 'PAGE_HUNG', 'FAILED_DOCUMENT_REQUEST']).toContain(r.runs[0]!.error?.code);
      expect(r.evidence['lighthouse.seo']!.error).toBeDefined();
      expect((await handle.browser.pages()).length).toBe(tabsBefore);
    }, 60_000);

    it('a run over its bound is cut off as a timeout, and the browser is still usable', async () => {
      const r = await runLighthouse(handle, { pages: [{ url: `${server.origin}/good/` }], runs: 1, timeoutMs: 1_000, retryOnFail: false });
      expect(r.runs[0]!.error).toMatchObject({ code: 'timeout', message: 'Lighthouse did not finish within 1 s' });
      expect(text('es', r.runs[0]!.error!.reason)).toBe('Lighthouse no terminó en 1 s');
      expect(r.runs[0]!.durationMs).toBeLessThan(1_000 + 11_000);
      const tab = await handle.browser.newPage();
      await tab.goto(`${server.origin}/good/`);
      expect(await tab.title()).toContain('Tienda Andina');
      await tab.close();
    }, 60_000);
  });

  it('a browser that is gone fails every page fast, one call after the other', async () => {
    const gone = { browser: { connected: false } } as unknown as BrowserHandle;
    const order: string[] = [];
    const pages = [{ url: `${server.origin}/good/` }, { url: `${server.origin}/poor/` }];
    const [a, b] = await Promise.all([
      runLighthouse(gone, { pages, runs: 3, onProgress: (l) => order.push(`a ${l}`) }),
      runLighthouse(gone, { pages: pages.slice(0, 1), runs: 1, onProgress: (l) => order.push(`b ${l}`) }),
    ]);
    // One run per page is enough to know; the counter still accounts for the skipped runs.
    expect(a.runs.map((r) => r.error?.code)).toEqual(['browser-failed', 'browser-failed']);
    expect(order.map((l) => l.slice(0, 18))).toEqual(['a lighthouse [1/6]', 'a lighthouse [4/6]', 'b lighthouse [1/1]']);
    expect(a.evidence['lighthouse.accessibility']!.error!.code).toBe('browser-failed');
    expect(b.pages[0]!.error!.message).toBe('the browser is no longer running');
  });

  it('no Lighthouse result is left outside the out directory', () => {
    expect(readdirSync(path.join(outDir, 'lighthouse')).sort()).toEqual(['good-desktop.json', 'good-mobile.json', 'poor-mobile.json']);
    expect(existsSync(path.join(outDir, 'lighthouse', 'poor-mobile.json'))).toBe(true);
  });
});
