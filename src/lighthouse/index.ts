/**
 * The Lighthouse probe: Lighthouse on the shared browser, one tab per run, turned into
 * `lighthouse.*` evidence the web-quality checks read.
 *
 *  - Lighthouse is imported here and only when a run starts (it costs over a second);
 *    `preloadLighthouse()` lets the caller start that import while the browser launches
 *    or the crawl runs.
 *  - Runs are sequential: two audits at once on two cores would measure each other.
 *  - Each page runs `runs` times (1, or 3 under CI) and is judged by its median run,
 *    chosen as Lighthouse CI does; the spread across runs is kept. A page on which a
 *    gate rule would fail runs once more before the verdict.
 *  - A fault (page not loading, NO_FCP, protocol timeout, our own time bound) becomes
 *    that page's error; the other pages go on.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { BrowserHandle } from '../probes/browser.js';
import { detectCi } from '../ci/detect.js';
import { reason } from '../i18n/index.js';
import { buildLighthouseEvidence, CATEGORY_SHORT } from './evidence.js';
import { pickMedianRun, scoreSpread } from './median.js';
import { choosePages, DEFAULT_MAX_PAGES, uniqueSlugs } from './pages.js';
import { retryDecider } from './retry.js';
import { auditsOf, categoryScores, finalUrlOf, metricsOf, runtimeErrorOf, type LhrLike } from './summarise.js';
import {
  CATEGORY_KEYS, LH_CATEGORY, type FormFactor, type LighthouseError, type PageResult, type RunLighthouseOptions,
  type RunLighthouseResult, type RunSummary,
} from './types.js';

export * from './types.js';
export { buildLighthouseEvidence, medianScores, LIGHTHOUSE_EVIDENCE_KEYS, type MedianScores } from './evidence.js';
export { median, pickMedianRun, scoreSpread } from './median.js';
export { choosePages, KEY_KINDS, DEFAULT_MAX_PAGES, pageSlug, uniqueSlugs } from './pages.js';
export { DEFAULT_RETRY_THRESHOLDS, failingRules, retryDecider, retryWhenChecksFail, thresholdsFromChecklists } from './retry.js';
export { auditsOf, categoryScores, metricsOf, runtimeErrorOf, type LhrLike } from './summarise.js';

export const DEFAULT_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 5_000;
const NEW_PAGE_TIMEOUT_MS = 15_000;

/** The few parts of Lighthouse's module this probe calls (typed here, not imported). */
interface LighthouseModule {
  default: (url: string, flags?: Record<string, unknown>, config?: unknown, page?: Page) => Promise<{ lhr: LhrLike; report?: string | string[] } | undefined>;
  desktopConfig: unknown;
}

let loading: Promise<LighthouseModule> | undefined;

/**
 * Starts importing Lighthouse (once per process) and returns the module. Call it early
 * — beside launchBrowser() or before the crawl — to hide the import behind other work;
 * the promise may be ignored.
 */
export function preloadLighthouse(): Promise<LighthouseModule> {
  if (!loading) {
    // A variable specifier keeps TypeScript from reading Lighthouse's type tree.
    const specifier = 'lighthouse';
    loading = (import(specifier) as Promise<LighthouseModule>).catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
    // Safe to call and forget: a failed import is reported by the run that needs it.
    loading.catch(() => undefined);
  }
  return loading;
}

function intOption(v: unknown, fallback: number, min: number, max: number): number {
  const n = Number(v);
  return v !== undefined && Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : fallback;
}

function formFactorsOf(f: RunLighthouseOptions['formFactor']): FormFactor[] {
  if (f === undefined) return ['mobile'];
  if (f === 'both') return ['mobile', 'desktop'];
  if (typeof f === 'string') return [f];
  const list = [...new Set(f)].filter((x): x is FormFactor => x === 'mobile' || x === 'desktop');
  return list.length ? list : ['mobile'];
}

/**
 * Lighthouse's flags for one run. Throttling stays as Lighthouse defines each form
 * factor (simulated: slow 4G and a 4× CPU for mobile, dense 4G for desktop), which suits
 * a local page too since nothing is really slowed down. Only the four categories run,
 * the full-page screenshot (report decoration, no audit reads it) is skipped, and Lighthouse's own waits
 * are kept inside our bound so it can report NO_FCP itself before we cut it off.
 */
export function lighthouseFlags(timeoutMs: number): Record<string, unknown> {
  return {
    onlyCategories: CATEGORY_KEYS.map((k) => LH_CATEGORY[k]),
    output: 'json',
    logLevel: 'error',
    disableFullPageScreenshot: true,
    // Every run gets a new tab, already on about:blank.
    skipAboutBlank: true,
    maxWaitForFcp: Math.min(30_000, Math.round(timeoutMs * 0.5)),
    maxWaitForLoad: Math.min(45_000, Math.round(timeoutMs * 0.75)),
  };
}

interface Attempt {
  summary: RunSummary;
  lhr?: LhrLike;
  report?: string;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), ms);
      timer.unref?.();
    }),
  ]);
}

function messageOf(err: unknown): string {
  const e = err as { friendlyMessage?: unknown; message?: unknown };
  if (typeof e?.friendlyMessage === 'string') return e.friendlyMessage;
  const fm = e?.friendlyMessage as { formattedDefault?: unknown } | undefined;
  if (fm && typeof fm.formattedDefault === 'string') return fm.formattedDefault;
  return typeof e?.message === 'string' ? e.message.split('\n')[0]! : String(err);
}

/** A thrown error as evidence: Lighthouse's own code when it has one (PROTOCOL_TIMEOUT…). */
function errorOf(err: unknown): LighthouseError {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return { code, ...reason('evidence.lighthouse.runtime', { detail: messageOf(err) }) };
  if (/Target closed|Session closed|Connection closed|detached/i.test(messageOf(err))) {
    return { code: 'browser-failed', ...reason('evidence.lighthouse.tabGone', { detail: messageOf(err) }) };
  }
  return { code: 'lighthouse-failed', ...reason('evidence.lighthouse.failed', { detail: messageOf(err) }) };
}

async function closePage(page: Page): Promise<void> {
  await withTimeout(page.close().catch(() => undefined), CLOSE_TIMEOUT_MS);
}

/** A fresh tab, or the reason there is none. A tab that opens after we gave up is closed. */
async function openTab(browser: Browser, opening?: Promise<Page>, newPage: () => Promise<Page> = () => browser.newPage()): Promise<Page | LighthouseError> {
  if (!browser.connected) return { code: 'browser-failed', ...reason('evidence.lighthouse.browserGone') };
  const pending = opening ?? newPage();
  try {
    const page = await withTimeout(pending, NEW_PAGE_TIMEOUT_MS);
    if (page) return page;
  } catch (err) {
    return { code: 'browser-failed', ...reason('evidence.lighthouse.noTab', { detail: messageOf(err) }) };
  }
  pending.then((p) => closePage(p), () => undefined);
  return { code: 'browser-failed', ...reason('evidence.lighthouse.noTabWithin', { duration: { duration: NEW_PAGE_TIMEOUT_MS } }) };
}

/** One Lighthouse run in a fresh tab, bounded by timeoutMs; never throws. */
async function runOnce(
  browser: Browser, lh: LighthouseModule, url: string, formFactor: FormFactor, timeoutMs: number, run: number, retry: boolean,
  opening?: Promise<Page>, newPage?: () => Promise<Page>,
): Promise<Attempt> {
  const started = performance.now();
  const summary: RunSummary = { url, formFactor, run, retry, durationMs: 0 };
  const done = (a: Omit<Attempt, 'summary'> = {}): Attempt => {
    summary.durationMs = Math.round(performance.now() - started);
    return { summary, ...a };
  };
  const tab = await openTab(browser, opening, newPage);
  if (!('goto' in tab)) {
    summary.error = tab;
    return done();
  }
  const page = tab;

  const config = formFactor === 'desktop' ? lh.desktopConfig : undefined;
  const running = lh.default(url, lighthouseFlags(timeoutMs), config, page);
  // Abandoned on timeout, the run still rejects later (its tab is closed): not unhandled.
  running.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  try {
    const result = await Promise.race([
      running,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new Error('timeout'));
        }, timeoutMs);
      }),
    ]);
    if (!result?.lhr) {
      summary.error = { code: 'lighthouse-failed', ...reason('evidence.lighthouse.noResult') };
      return done();
    }
    const lhr = result.lhr;
    summary.finalUrl = finalUrlOf(lhr);
    const error = runtimeErrorOf(lhr);
    if (error) summary.error = error;
    else {
      summary.scores = categoryScores(lhr);
      summary.metrics = metricsOf(lhr);
    }
    const report = typeof result.report === 'string' ? result.report : Array.isArray(result.report) ? result.report[0] : undefined;
    return done({ lhr, report });
  } catch (err) {
    summary.error = timedOut
      ? { code: 'timeout', ...reason('evidence.lighthouse.timeout', { duration: { duration: timeoutMs } }) }
      : errorOf(err);
    return done();
  } finally {
    clearTimeout(timer);
    await closePage(page);
    // Let an abandoned run notice its closed tab before the next run starts measuring.
    if (timedOut) await withTimeout(running.then(() => undefined, () => undefined), CLOSE_TIMEOUT_MS);
  }
}

/** The page's result from its attempts: the median run's figures and the spread. */
function pageResultOf(url: string, kind: string[], formFactor: FormFactor, attempts: readonly Attempt[], retryReasons?: string[]): { page: PageResult; median?: Attempt } {
  const ok = attempts.map((a) => (a.summary.error || !a.lhr ? undefined : a));
  const idx = pickMedianRun(ok.map((a) => (a ? { fcp: a.summary.metrics?.fcp, tti: a.summary.metrics?.tti } : undefined)));
  const successful = ok.filter((a): a is Attempt => !!a);
  const page: PageResult = {
    url,
    kind,
    formFactor,
    runs: successful.length,
    attempts: attempts.length,
    retried: attempts.some((a) => a.summary.retry),
  };
  if (retryReasons?.length) page.retryReasons = retryReasons;
  for (const a of attempts) delete a.summary.median;
  if (idx === undefined) {
    // Every run failed: report the last fault (after a retry, the most recent word).
    const last = attempts[attempts.length - 1]!;
    page.error = last.summary.error ?? { code: 'lighthouse-failed', ...reason('evidence.lighthouse.noRun') };
    if (last.summary.finalUrl) page.finalUrl = last.summary.finalUrl;
    return { page, median: last.lhr ? last : undefined };
  }
  const med = attempts[idx]!;
  med.summary.median = true;
  page.medianRun = idx + 1;
  if (med.summary.finalUrl && med.summary.finalUrl !== url) page.finalUrl = med.summary.finalUrl;
  page.scores = med.summary.scores;
  page.spread = scoreSpread(successful.map((a) => a.summary.scores!));
  page.metrics = med.summary.metrics;
  page.audits = auditsOf(med.lhr!);
  page.lighthouseVersion = med.lhr!.lighthouseVersion;
  return { page, median: med };
}

function progressLine(counter: string, a: RunSummary): string {
  const secs = `${(a.durationMs / 1000).toFixed(1)} s`;
  const what = a.error
    ? `${a.error.code}: ${a.error.message.length > 120 ? `${a.error.message.slice(0, 117)}…` : a.error.message}`
    : CATEGORY_KEYS.map((k) => `${CATEGORY_SHORT[k]} ${a.scores?.[k] ?? '—'}`).join(', ');
  return `lighthouse ${counter} ${a.formFactor} ${a.url} — ${what} (${secs})`;
}

async function saveArtifact(outDir: string, rel: string, attempt: Attempt, scrub?: (body: string) => string): Promise<string | undefined> {
  const raw = attempt.report ?? (attempt.lhr ? JSON.stringify(attempt.lhr) : undefined);
  if (raw === undefined) return undefined;
  const body = scrub ? scrub(raw) : raw;
  const file = path.join(outDir, ...rel.split('/'));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, body);
  return rel;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs Lighthouse on the chosen pages in the shared browser and returns the evidence,
 * every run's summary and the per-page results. Never throws for a page fault. Calls
 * made while another is running wait for it: two audits at once would measure each
 * other (and Lighthouse keeps some state per process).
 */
export function runLighthouse(handle: BrowserHandle, opts: RunLighthouseOptions): Promise<RunLighthouseResult> {
  const run = queue.then(() => runLighthouseNow(handle, opts));
  queue = run.catch(() => undefined);
  return run;
}

async function runLighthouseNow(handle: BrowserHandle, opts: RunLighthouseOptions): Promise<RunLighthouseResult> {
  const env = opts.env ?? process.env;
  const runs = intOption(opts.runs, detectCi(env).isCi ? 3 : 1, 1, 25);
  const timeoutMs = intOption(opts.timeoutMs, DEFAULT_TIMEOUT_MS, 1000, 15 * 60_000);
  const formFactors = formFactorsOf(opts.formFactor);
  const chosen = choosePages(opts.pages, opts.maxPages ?? DEFAULT_MAX_PAGES);
  const slugs = uniqueSlugs(chosen.map((p) => (opts.redactName ? opts.redactName(p.url) : p.url)));
  const decide = retryDecider(opts.retryOnFail);
  const say = opts.onProgress ?? (() => undefined);
  const summaries: RunSummary[] = [];
  const pages: PageResult[] = [];
  if (chosen.length === 0) return { evidence: buildLighthouseEvidence([]), runs: summaries, pages };

  // Tabs open in the signed-in session's context when there is one (its cookies in place).
  const newPage = opts.context ? () => opts.context!.newPage() : () => handle.browser.newPage();
  // The first tab opens while Lighthouse loads: in a fresh browser that is most of a second.
  let firstTab: Promise<Page> | undefined = handle.browser.connected ? newPage() : undefined;
  firstTab?.catch(() => undefined);
  let lh: LighthouseModule | undefined;
  let importError: LighthouseError | undefined;
  try {
    lh = await preloadLighthouse();
  } catch (err) {
    importError = { code: 'lighthouse-unavailable', ...reason('evidence.lighthouse.unavailable', { detail: messageOf(err) }) };
    firstTab?.then((p) => closePage(p), () => undefined);
    firstTab = undefined;
  }
  const nextTab = (): Promise<Page> | undefined => {
    const t = firstTab;
    firstTab = undefined;
    return t;
  };

  const total = chosen.length * formFactors.length * runs;
  let n = 0;
  for (const [i, target] of chosen.entries()) {
    if (opts.only && !opts.only(target, i, chosen)) {
      n += formFactors.length * runs;
      continue;
    }
    for (const formFactor of formFactors) {
      const attempts: Attempt[] = [];
      for (let r = 1; r <= runs; r++) {
        n++;
        const a = lh
          ? await runOnce(handle.browser, lh, target.url, formFactor, timeoutMs, r, false, nextTab(), newPage)
          : { summary: { url: target.url, formFactor, run: r, retry: false, durationMs: 0, error: importError! } };
        attempts.push(a);
        summaries.push(a.summary);
        say(progressLine(`[${n}/${total}]${runs > 1 ? ` run ${r}/${runs}` : ''}`, a.summary));
        // A browser that died or a module that did not load will not do better next run.
        if (a.summary.error && ['browser-failed', 'lighthouse-unavailable'].includes(a.summary.error.code)) {
          n += runs - r;
          break;
        }
      }
      let { page, median } = pageResultOf(target.url, target.kind, formFactor, attempts);
      if (decide && lh && !page.error) {
        let reasons: string[] = [];
        try {
          reasons = decide(buildLighthouseEvidence([page]), page);
        } catch (err) {
          say(`lighthouse: the retry rule failed on ${target.url}: ${messageOf(err)}`);
        }
        if (reasons.length) {
          const a = await runOnce(handle.browser, lh, target.url, formFactor, timeoutMs, attempts.length + 1, true, undefined, newPage);
          attempts.push(a);
          summaries.push(a.summary);
          say(progressLine('[retry]', a.summary) + ` — after ${reasons.join('; ')}`);
          ({ page, median } = pageResultOf(target.url, target.kind, formFactor, attempts, reasons));
        }
      }
      if (opts.outDir && median) {
        const rel = `lighthouse/${slugs[i]}-${formFactor}.json`;
        try {
          const saved = await saveArtifact(opts.outDir, rel, median, opts.scrubArtifact);
          if (saved) page.artifact = saved;
        } catch (err) {
          say(`lighthouse: could not save ${rel}: ${messageOf(err)}`);
        }
      }
      pages.push(page);
    }
  }
  return { evidence: buildLighthouseEvidence(pages), runs: summaries, pages };
}
