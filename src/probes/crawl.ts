/**
 * The browser part of the site probe: breadth-first over the site's links, key pages
 * first, a few reusable tabs rendering at once, every wait bounded. Each visit returns
 * a CrawledPage — with a snapshot when the page could be read, with an error when it
 * could not — and the crawl never throws.
 *
 * The parts: `crawler/frontier.ts` (what to read next, and the crawl budget),
 * `crawler/scope.ts` (which links and requests are the site's), `crawler/tab.ts`
 * (one tab: interception, navigation, settling, reading), `crawler/urls.ts` (URL
 * forms and patterns). This module schedules them.
 */
import type { Browser, BrowserContext } from 'puppeteer-core';
import { reason } from '../i18n/index.js';
import { siteHosts, type SiteIdentity } from './identity.js';
import { Frontier, type PatternBudget, type QueueItem } from './crawler/frontier.js';
import { CrawlScope } from './crawler/scope.js';
import { openTab, releaseMemory, retireTab, visitPage, within, type Tab } from './crawler/tab.js';
import { normaliseUrl, requestUrl } from './crawler/urls.js';
import { checkYoungGeneration, withYoungGenerationHeld } from './crawler/young-generation.js';
import { classifyLink, classifyPage } from './signals/vocab.js';
import type { CrawledPage, DocumentData, PageError, PageKind, SitemapEntry } from './types.js';

export { normaliseUrl, requestUrl, urlPattern } from './crawler/urls.js';
export { classifyNavError } from './crawler/tab.js';
export type { PatternBudget } from './crawler/frontier.js';

export interface CrawlProgress {
  done: number;
  total: number;
  url: string;
  status: number | null;
  error?: PageError;
}

export interface CrawlOptions {
  /** Start URLs; the first is the home page (depth 0). */
  urls: string[];
  maxPages: number;
  concurrency: number;
  pageTimeoutMs: number;
  /** Epoch ms after which no new page starts and running ones are cut short. */
  deadline: number;
  /** Extra hosts whose requests are allowed (site-builder CDNs a page needs to render). */
  allowHosts?: string[];
  /** Which URLs are the organisation's own, and how production URLs map onto the served copy. */
  identity: SiteIdentity;
  /** Sitemap URLs, resolved while the home page renders. */
  seeds?: Promise<SitemapEntry[]>;
  onProgress?: (p: CrawlProgress) => void;
  /** Called once the home page has been read (its final URL fixes the site's origin). */
  onHome?: (page: CrawledPage) => void;
  /** A browser context to crawl in (a signed-in session): used and left open. A new one is made and closed otherwise. */
  context?: BrowserContext;
  /** Links never followed (a signed-in crawl does not sign itself out). */
  skipLink?: (href: string, text: string, label: string) => boolean;
}

export interface CrawlResult {
  pages: CrawledPage[];
  /** The identity after the home page declared its canonical origin. */
  identity: SiteIdentity;
  /** Pages read and held back per URL pattern, most read first. */
  budget: PatternBudget[];
  notVisited: number;
  truncatedBy?: 'maxPages' | 'time';
}

export function crawl(browser: Browser, opts: CrawlOptions): Promise<CrawlResult> {
  return withYoungGenerationHeld(() => crawlHeld(browser, opts));
}

async function crawlHeld(browser: Browser, opts: CrawlOptions): Promise<CrawlResult> {
  const scope = new CrawlScope(opts.identity, opts.urls, opts.allowHosts);
  const frontier = new Frontier(opts.maxPages);
  const pages: CrawledPage[] = [];
  for (const [i, u] of opts.urls.entries()) {
    const n = normaliseUrl(u);
    if (n) frontier.add(n, 0, i === 0 ? ['home'] : [], '', requestUrl(n, u));
  }

  let context: BrowserContext;
  try {
    context = opts.context ?? await within(browser.createBrowserContext(), 10_000, 'creating a browser context');
  } catch (err) {
    const error: PageError = { code: 'browser-failed', ...reason('evidence.page.noTab', { detail: (err as Error).message }) };
    return { pages: opts.urls.map((url, i) => ({ url, status: null, depth: i === 0 ? 0 : null, kinds: [], linkTexts: [], error })), notVisited: 0, identity: scope.identity, budget: [] };
  }

  /** Classifies a page by its own words and queues the site's pages it links to. */
  const afterVisit = (page: CrawledPage): void => {
    const snap = page.snapshot;
    if (!snap) return;
    // The page's own words (title, h1) and the words of the links that led here.
    page.kinds = [...new Set<PageKind>([...page.kinds, ...classifyPage(snap.finalUrl, snap.title, snap.h1, snap.meta['og:type'])])];
    if (page.depth === 0) scope.learnFromHome(page);
    const childDepth = page.depth === null ? null : page.depth + 1;
    const docs: DocumentData[] = [snap, ...snap.frames, ...(snap.asServed ? [snap.asServed] : [])];
    const hosts = siteHosts(scope.identity);
    for (const doc of docs) {
      for (const l of doc.links) {
        if (opts.skipLink?.(l.href, l.text, l.label)) continue;
        const kinds = classifyLink(l.href, l.text, l.label, '', hosts);
        const n = scope.crawlable(l.href, kinds);
        if (!n || n === page.url) continue;
        frontier.add(n, childDepth, kinds, (l.text || l.label).slice(0, 80), requestUrl(n, l.href));
      }
    }
  };

  const tabs: Tab[] = [];
  const free: Tab[] = [];
  const warming: Promise<Tab | null>[] = [];
  const active = new Set<Promise<void>>();
  let homeDone = false;
  let seedsAdded = false;
  const addSeeds = (entries: SitemapEntry[]): void => {
    if (seedsAdded) return;
    seedsAdded = true;
    for (const e of entries.slice(0, 2000)) {
      const n = scope.crawlable(e.loc);
      if (n) frontier.add(n, null, classifyLink(n, ''), '');
    }
  };
  opts.seeds?.then((s) => {
    if (homeDone) addSeeds(s);
  }, () => undefined);

  const runOne = async (item: QueueItem, isHome: boolean): Promise<void> => {
    let tab = free.pop();
    while (!tab && warming.length) tab = (await warming.shift()) ?? undefined;
    if (!tab) {
      try {
        tab = await openTab(browser, context, scope);
        tabs.push(tab);
      } catch (err) {
        const page: CrawledPage = { url: item.url, status: null, depth: item.depth, kinds: [...item.kinds], linkTexts: item.linkTexts, error: { code: 'browser-failed', ...reason('evidence.page.browserFailed', { detail: (err as Error).message }) } };
        pages.push(page);
        frontier.read(item, page);
        return;
      }
    }
    let page: CrawledPage;
    try {
      page = await visitPage(tab, item, { pageTimeoutMs: opts.pageTimeoutMs, deadline: opts.deadline, isHome }, scope);
    } catch (err) {
      page = { url: item.url, status: null, depth: item.depth, kinds: [...item.kinds], linkTexts: item.linkTexts, error: { code: 'probe-failed', ...reason('evidence.page.probeFailed', { detail: (err as Error).message }) } };
    }
    pages.push(page);
    frontier.read(item, page);
    afterVisit(page);
    checkYoungGeneration();
    if (page.error && ['timeout', 'renderer-crashed', 'probe-failed'].includes(page.error.code) || tab.crashed) {
      retireTab(tab);
      const i = tabs.indexOf(tab);
      if (i >= 0) tabs.splice(i, 1);
    } else {
      await releaseMemory(tab);
      free.push(tab);
    }
    opts.onProgress?.({ done: pages.length, total: Math.min(opts.maxPages, pages.length + frontier.size + active.size - 1), url: item.url, status: page.status, error: page.error });
    if (isHome) {
      homeDone = true;
      opts.onHome?.(page);
    }
  };

  let truncatedBy: CrawlResult['truncatedBy'];
  try {
    // The home page first, alone: its final URL and links shape everything else.
    const home = frontier.next();
    if (home) {
      const homeRun = runOne(home, true);
      // Open the other tabs while the home page renders: a new tab costs as much as a page.
      for (let i = 1; i < Math.min(opts.concurrency, opts.maxPages); i++) {
        warming.push(openTab(browser, context, scope).then((t) => {
          tabs.push(t);
          return t;
        }, () => null));
      }
      await homeRun;
    }
    if (opts.seeds) {
      const seeds = await within(opts.seeds, Math.max(1, Math.min(3000, opts.deadline - Date.now())), 'sitemap').catch(() => [] as SitemapEntry[]);
      addSeeds(seeds);
    }
    while (true) {
      while (active.size < opts.concurrency && pages.length + active.size < opts.maxPages && Date.now() < opts.deadline - 250) {
        const item = frontier.next();
        if (!item) break;
        const p: Promise<void> = runOne(item, false).finally(() => active.delete(p));
        active.add(p);
      }
      if (!active.size) break;
      await Promise.race(active);
    }
    if (frontier.size) truncatedBy = Date.now() >= opts.deadline - 250 ? 'time' : 'maxPages';
  } finally {
    if (!opts.context) await within(context.close(), 5000, 'closing the tabs').catch(() => undefined);
    else {
      // Someone else's context stays open; only the crawl's own tabs close.
      for (const w of warming) void w.then((t) => t && retireTab(t));
      for (const t of tabs) retireTab(t);
    }
  }
  return { pages, notVisited: frontier.size, identity: scope.identity, budget: frontier.spent(), ...(truncatedBy ? { truncatedBy } : {}) };
}
