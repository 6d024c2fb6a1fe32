/**
 * The Lighthouse probe's own vocabulary: plain, serialisable data. Nothing here
 * imports Lighthouse, so reading these types costs nothing at run time.
 */
import type { Message } from '../i18n/index.js';
import type { Evidence } from '../types.js';

export type FormFactor = 'mobile' | 'desktop';
export const FORM_FACTORS: readonly FormFactor[] = ['mobile', 'desktop'];

/** Our names for Lighthouse's four categories (the evidence keys use these). */
export type CategoryKey = 'performance' | 'accessibility' | 'bestPractices' | 'seo';
export const CATEGORY_KEYS: readonly CategoryKey[] = ['performance', 'accessibility', 'bestPractices', 'seo'];
/** Lighthouse's own category ids, in the same order. */
export const LH_CATEGORY: Record<CategoryKey, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
};

/** 0–100 per category; null when Lighthouse could not score it. */
export type CategoryScores = Record<CategoryKey, number | null>;

export interface Metrics {
  /** First Contentful Paint, ms. */
  fcp?: number;
  /** Largest Contentful Paint, ms. */
  lcp?: number;
  /** Total Blocking Time, ms. */
  tbt?: number;
  /** Cumulative Layout Shift (unitless). */
  cls?: number;
  /** Time to Interactive, ms: not scored since Lighthouse 10, but median-run selection uses it. */
  tti?: number;
  /** Speed Index, ms. */
  si?: number;
}

/**
 * One audit's verdict: true (passes, or nothing on the page it applies to),
 * false (fails), null (Lighthouse could not run it or did not include it).
 */
export type AuditVerdict = boolean | null;

/** The audits the web-quality checks need, read from one Lighthouse result. */
export interface PageAudits {
  colorContrast: AuditVerdict;
  /** `target-size` (axe, Lighthouse 12's replacement for the old tap-targets audit). */
  targetSize: AuditVerdict;
  /** `font-size` (legible text on mobile; not applicable on desktop). */
  fontSize: AuditVerdict;
  /** `html-has-lang` and `html-lang-valid` together. */
  documentLang: AuditVerdict;
  /** `viewport`: a mobile viewport meta tag. */
  viewport: AuditVerdict;
  /** `is-on-https`: the page and all its requests use HTTPS (localhost counts as secure). */
  https: AuditVerdict;
  /** Rows of `errors-in-console`; null when the audit did not run. */
  consoleErrors: number | null;
  /** Which audits fed the tap-target verdict, e.g. ["target-size", "font-size (not applicable)"]. */
  tapTargetAudits: string[];
}

export interface LighthouseError {
  code: string;
  /** The reason in English, for logs and saved files. */
  message: string;
  /** The reason as a catalogue message, worded in the reader's language. */
  reason?: Message;
}

/** One Lighthouse run of one page in one form factor. */
export interface RunSummary {
  url: string;
  finalUrl?: string;
  formFactor: FormFactor;
  /** 1-based, in the order the runs of this page and form factor happened. */
  run: number;
  /** The extra run made because a gate rule would have failed. */
  retry: boolean;
  durationMs: number;
  scores?: CategoryScores;
  metrics?: Metrics;
  error?: LighthouseError;
  /** This run is the page's median run (the one its evidence reports). */
  median?: boolean;
}

export interface ScoreSpread {
  min: number | null;
  max: number | null;
}

/** One page in one form factor after all its runs: the `lighthouse.pages` items. */
export interface PageResult {
  url: string;
  finalUrl?: string;
  kind: string[];
  formFactor: FormFactor;
  /** Runs that produced a result (errors excluded). */
  runs: number;
  /** Runs attempted, retry included. */
  attempts: number;
  retried: boolean;
  /** Why the page was run once more, e.g. ["performance 42 < 50"]. */
  retryReasons?: string[];
  /** 1-based index of the median run among the attempts. */
  medianRun?: number;
  /** Median run's scores: the ones gates count. */
  scores?: CategoryScores;
  /** Min and max of each category across the successful runs. */
  spread?: Record<CategoryKey, ScoreSpread>;
  metrics?: Metrics;
  audits?: PageAudits;
  /** The saved Lighthouse result, relative to outDir. */
  artifact?: string;
  /** Set when no run produced a result: Lighthouse's code and message. */
  error?: LighthouseError;
  lighthouseVersion?: string;
}

/** Thresholds a Lighthouse-based gate rule applies: scores are minimums, metrics maximums. */
export interface RetryThresholds {
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  /** ms */
  lcp?: number;
  /** ms */
  tbt?: number;
  cls?: number;
}

/**
 * When to run a page once more before the verdict: `true` uses the fail bounds of the
 * built-in web-quality checks, an object gives thresholds, a function decides from the
 * page's own evidence (the same `lighthouse.*` keys, computed from that page alone) and
 * returns false / true / the reasons.
 */
export type RetryPolicy =
  | boolean
  | RetryThresholds
  | ((pageEvidence: Evidence, page: PageResult) => boolean | string[]);

export interface LighthousePageInput {
  url: string;
  kind?: readonly string[];
}

export interface RunLighthouseOptions {
  pages: readonly LighthousePageInput[];
  /** One form factor or both; mobile by default. */
  formFactor?: FormFactor | readonly FormFactor[] | 'both';
  /** Runs per page and form factor: 1 by default, 3 when CI is set. */
  runs?: number;
  /** Pages to audit: the home page plus contact, account, order tracking and complaints pages (5). */
  maxPages?: number;
  /** Bound on each run (default 60 s). */
  timeoutMs?: number;
  /** Save each page's median result here as lighthouse/<slug>-<formFactor>.json. */
  outDir?: string;
  retryOnFail?: RetryPolicy;
  onProgress?: (line: string) => void;
  /**
   * Which of the chosen pages this process audits, asked just before each page runs
   * (a shard of a split run takes its share; an abandoned audit stops): all when absent.
   * It sees the whole chosen list, so slugs and order stay those of the unsplit run.
   */
  only?: PageFilter;
  /** Environment to read CI from (tests). */
  env?: NodeJS.ProcessEnv;
  /**
   * Where the tabs open: a signed-in session's browser context, so its cookies are in
   * place as in LHCI's puppeteer script (the browser's default context otherwise).
   */
  context?: { newPage(): Promise<import('puppeteer-core').Page> };
  /** Applied to each saved result before it is written (a signed-in run blanks its credentials). */
  scrubArtifact?: (body: string) => string;
  /** Applied to a page's URL before its saved result is named after it. */
  redactName?: (url: string) => string;
}

/** See RunLighthouseOptions.only. */
export type PageFilter = (page: { url: string; kind: string[] }, index: number, chosen: readonly { url: string; kind: string[] }[]) => boolean;

export interface RunLighthouseResult {
  evidence: Evidence;
  runs: RunSummary[];
  pages: PageResult[];
}
