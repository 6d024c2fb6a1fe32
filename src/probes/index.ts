/**
 * The site probe: crawl a site in the shared browser and turn what it shows into
 * evidence. `gatherSite` is the entry point the audit and `readiness probe` use.
 */
import type { Evidence } from '../types.js';
import type { BrowserHandle } from './browser.js';
import { crawl, normaliseUrl, requestUrl, type CrawlProgress } from './crawl.js';
import { firstAnswer, httpRedirectsToHttps } from '../net/fetch.js';
import { UnreachableError } from '../util/errors.js';
import { addSitemapNote, readSiteSitemaps, type SitemapCollection, type SitemapLimits } from '../net/sitemap.js';
import { isOwn, siteIdentity, toServed } from './identity.js';
import { withYoungGenerationHeld } from './crawler/young-generation.js';
import type { CrawledPage, PageError, PageKind, PageLeft, SiteInfo } from './types.js';

export { UnreachableError } from '../util/errors.js';
export { BrowserLaunchError, BrowserNotFoundError, findChrome, launchBrowser, type BrowserHandle, type ChromeLocation, type LaunchOptions } from './browser.js';
export { serveDir, type ServeHandle } from './serve.js';
export { formatProbeResult } from './format.js';
export type { CrawledPage, PageKind, PageLeft, PageSnapshot, SiteInfo } from './types.js';

/**
 * Is anything answering at `url`? Throws UnreachableError for a refused connection,
 * an unknown host or no answer within the timeout; an invalid certificate is an
 * answer (it becomes evidence). Cheap: run it before launching the browser.
 */
export async function checkReachable(url: string, timeoutMs = 10_000): Promise<void> {
  const normal = normaliseUrl(url);
  if (!normal) throw new UnreachableError(url, 'not an http(s) URL');
  const target = requestUrl(normal, url);
  const pre = await firstAnswer(target, { timeoutMs });
  if (!pre.ok && pre.unreachable) throw new UnreachableError(target, pre.error.message);
}

export interface GatherSiteOptions {
  /** Start URLs; the first is the home page. */
  urls: string[];
  /** Default region for phone numbers (ISO 3166-1 alpha-2), CO unless told. */
  country?: string;
  maxPages?: number;
  concurrency?: number;
  /** Time for one page (default 15 s). */
  pageTimeoutMs?: number;
  /** Time for the whole crawl (default: enough for maxPages at the concurrency, at most 3 min). */
  totalTimeoutMs?: number;
  /** Hosts whose requests the pages may make besides the site's own (e.g. a site builder's CDN). */
  allowHosts?: string[];
  /**
   * The production origin of a copy served elsewhere (`--origin`: a preview or staging
   * host, or `--serve`): its absolute links are the organisation's own and are read
   * from the copy. The profile's website is the fallback, then the home page's canonical.
   */
  origin?: string;
  /** The organisation's website from the profile. */
  website?: string;
  /** Caps for the sitemap reader (config freshness.sitemap). */
  sitemapLimits?: SitemapLimits;
  onProgress?: (p: CrawlProgress) => void;
}

export interface ProbePage {
  url: string;
  /** Where the page tried to send the browser by itself (held back; the page was read). */
  left?: PageLeft;
  finalUrl?: string;
  status: number | null;
  depth: number | null;
  kind: PageKind[];
  error?: PageError;
}

export interface GatherSiteResult {
  target: string;
  pages: ProbePage[];
  /** Pages read and held back per URL pattern (the crawl budget). */
  budget: { pattern: string; read: number; skipped: number }[];
  evidence: Evidence;
}

/** Everything the crawl saw, for tests and for saving alongside the evidence. */
export interface GatherSiteDetail extends GatherSiteResult {
  site: SiteInfo;
}

/** How long the sitemaps may take once the crawl has ended. */
const SITEMAP_GRACE_MS = 15_000;

export const DEFAULTS = { maxPages: 25, concurrency: 4, pageTimeoutMs: 15_000 } as const;

function positiveInt(n: unknown, fallback: number, max: number): number {
  const v = Number(n);
  return Number.isFinite(v) && v >= 1 ? Math.min(Math.floor(v), max) : fallback;
}

/**
 * Crawls the site from `urls[0]` and returns { target, pages, budget, evidence }.
 * Throws UnreachableError when the start URL gives no answer at all; every other
 * failure (a page that hangs, 404/500, a redirect loop, a crash) is recorded in
 * `pages` and in the evidence it affects.
 */
export async function gatherSite(handle: BrowserHandle, opts: GatherSiteOptions): Promise<GatherSiteResult> {
  const { site, ...result } = await gatherSiteDetail(handle, opts);
  void site;
  return result;
}

export function gatherSiteDetail(handle: BrowserHandle, opts: GatherSiteOptions): Promise<GatherSiteDetail> {
  // The crawl holds Node's young generation at its size (crawler/young-generation.ts); so
  // does the evidence builder after it, whose modules would otherwise double it for the
  // rest of the run (Lighthouse's tabs, a portfolio's next crawl).
  return withYoungGenerationHeld(() => gatherSiteHeld(handle, opts));
}

async function gatherSiteHeld(handle: BrowserHandle, opts: GatherSiteOptions): Promise<GatherSiteDetail> {
  // As typed, less fragment and tracking: '/cro/index.htm' is asked for as such (requestUrl).
  const urls = opts.urls.flatMap((u) => {
    const n = normaliseUrl(u);
    return n ? [requestUrl(n, u)] : [];
  });
  if (!urls.length) throw new UnreachableError(opts.urls[0] ?? '(none)', 'not an http(s) URL');
  const target = urls[0]!;
  const country = (opts.country ?? 'CO').toUpperCase();
  const maxPages = positiveInt(opts.maxPages, DEFAULTS.maxPages, 1000);
  const concurrency = positiveInt(opts.concurrency, DEFAULTS.concurrency, 16);
  const pageTimeoutMs = positiveInt(opts.pageTimeoutMs, DEFAULTS.pageTimeoutMs, 300_000);
  const totalTimeoutMs = positiveInt(
    opts.totalTimeoutMs,
    Math.min(180_000, Math.max(30_000, Math.ceil(maxPages / concurrency) * pageTimeoutMs + pageTimeoutMs)),
    3_600_000,
  );
  const deadline = Date.now() + totalTimeoutMs;
  const quick = Math.min(pageTimeoutMs, 10_000);

  // Is anything there at all? A refused connection or an unknown host ends the run now.
  const pre = await firstAnswer(target, { timeoutMs: quick });
  let certError: string | undefined;
  if (!pre.ok) {
    if (pre.unreachable) throw new UnreachableError(target, pre.error.message);
    certError = pre.error.code;
  }

  const startIdentity = siteIdentity({ target, origins: [opts.origin, opts.website] });
  // The one sitemap reader: its URLs seed the crawl, and the whole collection (with
  // lastmod dates) goes to the freshness measures, so nothing reads the sitemaps twice.
  const sitemaps = readSiteSitemaps(target, { fetch: { timeoutMs: Math.min(8000, quick) }, mapUrl: (u) => toServed(startIdentity, u), limits: opts.sitemapLimits })
    .catch((e: Error): SitemapCollection => {
      const col: SitemapCollection = { discovered: [], via: '/sitemap.xml', files: [], urls: [], truncated: false, notes: [] };
      addSitemapNote(col, 'evidence.sitemap.note.unreadable', { detail: e.message });
      return col;
    });
  const seeds = sitemaps.then((c) => c.urls.filter((e) => isOwn(startIdentity, e.loc)));

  const { pages, notVisited, truncatedBy, identity, budget } = await crawl(handle.browser, {
    identity: startIdentity,
    urls,
    maxPages,
    concurrency,
    pageTimeoutMs,
    deadline,
    allowHosts: opts.allowHosts,
    seeds,
    onProgress: opts.onProgress,
  });

  const home = pages[0];
  if (home?.error && ['unreachable'].includes(home.error.code) && !home.snapshot) {
    throw new UnreachableError(target, home.error.message);
  }
  const homeUrl = home?.snapshot?.finalUrl || home?.finalUrl || target;
  const servedOverHttps = homeUrl.startsWith('https://');
  const hsts = !!home?.snapshot?.headers['strict-transport-security'];
  let redirectsToHttps: boolean | null = null;
  let detail = servedOverHttps ? `${homeUrl} is served over HTTPS` : `${homeUrl} is served over plain HTTP`;
  if (servedOverHttps) {
    // The start URL itself may have been http:// and redirected: that is the answer.
    if (target.startsWith('http://') && home?.snapshot?.redirects.some((r) => r.startsWith('http://'))) {
      redirectsToHttps = true;
      detail = `${target} redirects to ${homeUrl}`;
    } else {
      const r = await httpRedirectsToHttps(homeUrl, quick);
      redirectsToHttps = r.redirects;
      detail = `${detail}; ${r.detail}`;
    }
  }
  if (home?.error?.code === 'cert-invalid') certError ??= home.error.message;

  const sitemap = await Promise.race([
    sitemaps,
    new Promise<SitemapCollection>((r) => setTimeout(() => {
      const col: SitemapCollection = { discovered: [], via: '/sitemap.xml', files: [], urls: [], truncated: true, notes: [] };
      addSitemapNote(col, 'evidence.sitemap.note.late', { duration: { duration: SITEMAP_GRACE_MS } });
      r(col);
    }, SITEMAP_GRACE_MS).unref()),
  ]);
  const site: SiteInfo = {
    target,
    home: homeUrl,
    identity,
    country,
    pages,
    sitemap,
    https: { servedOverHttps, httpRedirectsToHttps: redirectsToHttps, hsts, detail, ...(certError ? { certError } : {}) },
    notVisited,
    budget,
    ...(truncatedBy ? { truncatedBy } : {}),
    collectedAt: new Date().toISOString(),
  };
  // The extractors (libphonenumber's metadata, the vocabularies, the message catalogues)
  // load once the pages are read, when the crawl's tabs are closed: not beside them.
  const { buildEvidence } = await import('./evidence.js');
  const evidence = buildEvidence(site);
  return { target, pages: pages.map(toProbePage), budget, evidence, site };
}

export function toProbePage(p: CrawledPage): ProbePage {
  const out: ProbePage = { url: p.url, status: p.status, depth: p.depth, kind: p.kinds.filter((k) => k !== 'home' || p.depth === 0) };
  if (p.finalUrl && p.finalUrl !== p.url) out.finalUrl = p.finalUrl;
  if (p.error) out.error = p.error;
  if (p.left) out.left = p.left;
  return out;
}
