/**
 * The browser part of the site probe: breadth-first over same-site links, key pages
 * first, a few reusable tabs rendering at once, every wait bounded. Each visit
 * returns a CrawledPage — with a snapshot when the page could be read, with an error
 * when it could not — and never throws: a hung, crashed, alerting or redirect-looping
 * page is recorded and the crawl goes on.
 *
 * Third-party requests are aborted at once (the widgets we look for are recognised
 * by their loader URLs, snippets and globals, which the page still carries); so are
 * images, media and fonts, which no signal needs.
 */
import type { Browser, BrowserContext, Frame, HTTPRequest, HTTPResponse, Page } from 'puppeteer-core';
import { collectExpression, instrumentSource, type CollectConfig } from './collect.js';
import { CHAT_GLOBALS, CHAT_MARKERS } from './signals/chat.js';
import { domainOf, isOwn, toServed, withDeclaredOrigin, type SiteIdentity } from './identity.js';
import { classifyLink, classifyPage, KEY_KINDS } from './signals/vocab.js';
import type { CrawledPage, DocumentData, PageError, PageKind, PageSnapshot, SitemapEntry } from './types.js';

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
}

export interface PatternBudget {
  /** `/catalogo/*` for the pages under a first path segment; the path itself for a top-level page. */
  pattern: string;
  read: number;
  /** Query variants, pages over the pattern's cap, and pages queued but not reached. */
  skipped: number;
}

/**
 * The URL pattern a page belongs to for the crawl budget: the folder it is in, with
 * numbers generalised (`/catalogo/pagina/3/` → `/catalogo/pagina/*`, `/producto/camisa`
 * → `/producto/*`, `/blog/2024/05/nota` → `/blog/#/#/*`), or the path itself for a
 * top-level page (`/contacto/`). Pagination and product pages share a pattern; a
 * section beside them (`/catalogo/ofertas/`) does not.
 */
export function urlPattern(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return url;
  }
  const segs = path.split('/').filter(Boolean);
  if (segs.length <= 1) return path;
  return `/${segs.slice(0, -1).map((x) => x.replace(/\d+/g, '#')).join('/')}/*`;
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

const COLLECT: CollectConfig = { globals: CHAT_GLOBALS, markers: CHAT_MARKERS, maxText: 200_000, maxLinks: 1500 };
const NOT_PAGES = /\.(?:pdf|jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|zip|rar|7z|gz|tgz|tar|docx?|xlsx?|pptx?|odt|ods|csv|mp4|m4v|mp3|wav|ogg|avi|mov|wmv|webm|exe|msi|dmg|apk|ipa|ics|vcf|xml|json|txt|woff2?|ttf|otf|eot|css|js|mjs|map|rss|atom)$/i;
const SKIP_PATHS = /\/(?:wp-admin|wp-login\.php|wp-json|xmlrpc\.php|cdn-cgi|feed|comments\/feed|trackback|logout|log-out|salir|cerrar-sesion|signout|sign-out|cart\/(?:add|change|clear)|checkout\/(?:process|confirm))(?:\/|$|\?)|[?&](?:add-to-cart|replytocom|share|action=logout|orderby|filter_|min_price|max_price|sort|order=|page=\d{2,}|utm_)/i;

/** Navigations a page may make by itself after it arrived (a redirect to its own next page) before it counts as a loop. */
const MAX_LATER_NAVIGATIONS = 2;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));

class StepTimeout extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'StepTimeout';
  }
}

function within<T>(p: Promise<T>, ms: number, what: string, crash?: Promise<never>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const racers: Promise<T>[] = [
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new StepTimeout(what)), Math.max(1, ms));
    }),
  ];
  if (crash) racers.push(crash);
  return Promise.race(racers).finally(() => clearTimeout(timer));
}

/** URL without fragment, tracking parameters or default port; null for non-http(s). */
export function normaliseUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  // /index.html and / are one page on nearly every server.
  u.pathname = u.pathname.replace(/\/index\.(?:html?|php|asp|aspx|jsp)$/i, '/');
  for (const k of [...u.searchParams.keys()]) if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|_ga|srsltid)$/i.test(k)) u.searchParams.delete(k);
  return u.href;
}

/** Host without a leading www., with the port: pages of www.x.co and x.co are one site. */
function hostKey(u: string): string {
  try {
    const x = new URL(u);
    return x.hostname.replace(/^www\./, '') + (x.port ? `:${x.port}` : '');
  } catch {
    return '';
  }
}

export function classifyNavError(message: string): PageError {
  const m = /net::(ERR_[A-Z_]+)/.exec(message);
  const code = m?.[1] ?? '';
  if (code === 'ERR_TOO_MANY_REDIRECTS') return { code: 'redirect-loop', message: 'too many redirects (redirect loop)' };
  if (/^ERR_CERT_|^ERR_SSL_|ERR_BAD_SSL/.test(code)) return { code: 'cert-invalid', message: `invalid TLS certificate (${code})` };
  if (/ERR_CONNECTION_REFUSED|ERR_NAME_NOT_RESOLVED|ERR_ADDRESS_UNREACHABLE|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_TIMED_OUT|ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|ERR_UNSAFE_PORT|ERR_ADDRESS_INVALID|ERR_TIMED_OUT/.test(code)) {
    return { code: 'unreachable', message: `the page could not be reached (${code})` };
  }
  if (code === 'ERR_ABORTED') return { code: 'aborted', message: 'the navigation was aborted (a download or a script cancelled it)' };
  if (code) return { code: 'navigation-failed', message: code };
  return { code: 'navigation-failed', message: message.split('\n')[0]!.slice(0, 200) };
}

interface QueueItem {
  url: string;
  depth: number | null;
  kinds: Set<PageKind>;
  linkTexts: string[];
  key: boolean;
  order: number;
}

interface VisitState {
  requests: { url: string; type: string; blocked: boolean }[];
  inflight: Set<HTTPRequest>;
  offsiteNav?: string;
  lastNetwork: number;
  /** The page's document arrived: later main-frame navigations are the page's own doing (script, meta refresh). */
  committed: boolean;
  /** Main-frame navigations the page started after it arrived. */
  laterNavigations: number;
  /** Where the page tried to send the browser, and how; the navigation was held back. */
  left?: { to: string; how: 'script' | 'loop' };
}

interface Slot {
  page: Page;
  state: VisitState;
  crashed: boolean;
  crash: Promise<never>;
  rejectCrash: (e: Error) => void;
}

export async function crawl(browser: Browser, opts: CrawlOptions): Promise<CrawlResult> {
  let identity = opts.identity;
  // Hosts the crawl reads pages from: the start URLs' hosts and where they redirect.
  const allowedHosts = new Set<string>();
  const allowedDomains = new Set<string>((opts.allowHosts ?? []).map((h) => domainOf(`http://${h}`)).filter(Boolean));
  const addHost = (u: string): void => {
    const h = hostKey(u);
    if (h) allowedHosts.add(h);
  };
  for (const u of opts.urls) addHost(u);
  // Requests the pages may make: anything of the organisation's registrable domains.
  const isFirstParty = (u: string): boolean => {
    if (/^(?:data|blob|about|chrome-extension):/i.test(u)) return true;
    return isOwn(identity, u) || allowedDomains.has(domainOf(u));
  };
  /**
   * The URL to read for a link, or null when the crawl does not follow it: pages of
   * the hosts being crawled (production URLs mapped onto a served copy), and — on a
   * live site — key pages on the organisation's sibling hosts (its help centre, its
   * customer portal), which a customer reaches from the same menus.
   */
  const crawlable = (u: string, kinds: PageKind[] = []): string | null => {
    const mapped = normaliseUrl(toServed(identity, u));
    if (!mapped) return null;
    if (allowedHosts.has(hostKey(mapped))) return mapped;
    if (!identity.mapped && isOwn(identity, mapped) && kinds.some((k) => (KEY_KINDS as string[]).includes(k))) return mapped;
    return null;
  };

  const frontier = new Map<string, QueueItem>();
  const queue: QueueItem[] = [];
  const keyCount = new Map<PageKind, number>();
  const variants = new Map<string, number>();
  /** Pages queued, read and held back per URL pattern (/catalogo/*), shown in `probe` output. */
  const budget = new Map<string, { queued: number; read: number; skipped: number }>();
  const patternCap = Math.max(3, Math.ceil(opts.maxPages / 5));
  let order = 0;
  const pages: CrawledPage[] = [];
  const byUrl = new Map<string, CrawledPage>();

  const enqueue = (url: string, depth: number | null, kinds: PageKind[], text: string): void => {
    const existing = frontier.get(url);
    if (existing) {
      if (depth !== null && (existing.depth === null || depth < existing.depth)) existing.depth = depth;
      for (const k of kinds) existing.kinds.add(k);
      if (text && existing.linkTexts.length < 5 && !existing.linkTexts.includes(text)) existing.linkTexts.push(text);
      const visited = byUrl.get(url);
      if (visited) {
        if (depth !== null && (visited.depth === null || depth < visited.depth)) visited.depth = depth;
        for (const k of kinds) if (!visited.kinds.includes(k)) visited.kinds.push(k);
        if (text && visited.linkTexts.length < 5 && !visited.linkTexts.includes(text)) visited.linkTexts.push(text);
      }
      return;
    }
    const u = new URL(url);
    if (NOT_PAGES.test(u.pathname) || SKIP_PATHS.test(u.pathname + u.search)) return;
    const keyKinds = kinds.filter((k) => (KEY_KINDS as string[]).includes(k));
    const pattern = urlPattern(url);
    const spent = budget.get(pattern) ?? { queued: 0, read: 0, skipped: 0 };
    budget.set(pattern, spent);
    // Faceted filters and sort orders make endless query variants of one path
    // (?color=…&talla=…): they are one page. A variant is read only when its link
    // names a key page (index.php?page_id=12 "Contacto").
    const variantsOfPath = variants.get(u.pathname) ?? 0;
    variants.set(u.pathname, variantsOfPath + 1);
    const sameAs = u.search ? variantsOfPath > 0 || frontier.has(u.origin + u.pathname) : false;
    // Endless pagination and catalogues (/catalogo/pagina/3/, /producto/…): a few pages
    // of each URL pattern, so the budget goes to different parts of the site. Key-page
    // candidates are never held back.
    const overCap = !keyKinds.length && spent.queued >= patternCap;
    if ((sameAs && !keyKinds.length) || overCap) {
      spent.skipped++;
      return;
    }
    spent.queued++;
    // Key pages jump the queue, but only the first few of each kind (not every blog post).
    let key = false;
    for (const k of keyKinds) {
      const c = keyCount.get(k) ?? 0;
      if (c < 2) {
        key = true;
        keyCount.set(k, c + 1);
      }
    }
    const item: QueueItem = { url, depth, kinds: new Set(kinds), linkTexts: text ? [text] : [], key, order: order++ };
    frontier.set(url, item);
    queue.push(item);
  };
  const takeNext = (): QueueItem | undefined => {
    if (!queue.length) return undefined;
    let best = 0;
    for (let i = 1; i < queue.length; i++) {
      const a = queue[i]!;
      const b = queue[best]!;
      const ka = a.key ? 0 : 1;
      const kb = b.key ? 0 : 1;
      const da = a.depth ?? 99;
      const db = b.depth ?? 99;
      if (ka < kb || ka === kb && (da < db || da === db && a.order < b.order)) best = i;
    }
    return queue.splice(best, 1)[0];
  };

  for (const [i, u] of opts.urls.entries()) {
    const n = normaliseUrl(u);
    if (n) enqueue(n, 0, i === 0 ? ['home'] : [], '');
  }

  let context: BrowserContext;
  try {
    context = await within(browser.createBrowserContext(), 10_000, 'creating a browser context');
  } catch (err) {
    const error: PageError = { code: 'browser-failed', message: `the browser did not open a tab: ${(err as Error).message}` };
    return { pages: opts.urls.map((url, i) => ({ url, status: null, depth: i === 0 ? 0 : null, kinds: [], linkTexts: [], error })), notVisited: 0, identity, budget: [] };
  }

  const newSlot = async (): Promise<Slot> => {
    const page = await within(context.newPage(), 10_000, 'opening a tab');
    let rejectCrash!: (e: Error) => void;
    const crash = new Promise<never>((_, reject) => {
      rejectCrash = reject;
    });
    crash.catch(() => undefined);
    const slot: Slot = { page, state: { requests: [], inflight: new Set(), lastNetwork: Date.now(), committed: false, laterNavigations: 0 }, crashed: false, crash, rejectCrash };
    page.on('error', () => {
      slot.crashed = true;
      rejectCrash(new Error('renderer crashed'));
    });
    page.on('dialog', (d) => {
      // Dismiss alerts/confirms/prompts; accept "leave page?" so navigation goes on.
      (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => undefined);
    });
    page.on('request', (req) => {
      if (req.isInterceptResolutionHandled()) return;
      const url = req.url();
      const type = req.resourceType();
      const st = slot.state;
      const first = isFirstParty(url);
      const isMainNav = req.isNavigationRequest() && req.frame() === page.mainFrame();
      if (['script', 'xhr', 'fetch', 'document', 'websocket', 'other', 'eventsource'].includes(type) && st.requests.length < 300) {
        st.requests.push({ url: url.slice(0, 500), type, blocked: !first });
      }
      if (isMainNav && st.committed) {
        // The page, once arrived, navigates by itself: a script sending the visitor to
        // another origin (a host check, a country selector, a single-sign-on bounce) or
        // a refresh that never ends. A 204 answer cancels the navigation and leaves the
        // page as it was: what it showed is read, never Chromium's error page.
        st.laterNavigations++;
        if (!first) st.left = { to: url.slice(0, 500), how: 'script' };
        else if (st.laterNavigations > MAX_LATER_NAVIGATIONS) st.left = { to: url.slice(0, 500), how: 'loop' };
        if (!first || st.laterNavigations > MAX_LATER_NAVIGATIONS) {
          req.respond({ status: 204, body: '' }).catch(() => undefined);
          return;
        }
      }
      if (isMainNav && !first) {
        st.offsiteNav = url;
        req.abort('blockedbyclient').catch(() => undefined);
        return;
      }
      if (!first || type === 'image' || type === 'media' || type === 'font' || type === 'texttrack' || type === 'manifest' || type === 'ping' || type === 'prefetch' || type === 'cspviolationreport') {
        req.abort(first ? 'aborted' : 'blockedbyclient').catch(() => undefined);
        return;
      }
      st.inflight.add(req);
      st.lastNetwork = Date.now();
      req.continue().catch(() => undefined);
    });
    const settleReq = (req: HTTPRequest): void => {
      if (slot.state.inflight.delete(req)) slot.state.lastNetwork = Date.now();
    };
    page.on('response', (res) => {
      // The document has arrived once the main frame gets a final (non-redirect) answer:
      // from then on a main-frame navigation is the page's own doing, even before DOMContentLoaded.
      const req = res.request();
      if (req.isNavigationRequest() && req.frame() === page.mainFrame() && (res.status() < 300 || res.status() >= 400)) slot.state.committed = true;
    });
    page.on('requestfinished', settleReq);
    page.on('requestfailed', settleReq);
    // Ask for the user agent first: awaiting it in the middle of the array below would
    // leave the calls already started without a handler, and a tab closed meanwhile
    // would surface as an unhandled rejection.
    const userAgent = (await within(browser.userAgent(), 10_000, 'reading the user agent')).replace(/HeadlessChrome/g, 'Chrome');
    await within(Promise.all([
      page.setRequestInterception(true),
      page.setBypassServiceWorker(true),
      page.evaluateOnNewDocument(instrumentSource()),
      page.setUserAgent(userAgent),
    ]), 10_000, 'preparing a tab');
    return slot;
  };
  const retire = (slot: Slot): void => {
    // A hung or crashed tab is closed without waiting on it; the context close reaps it.
    slot.page.close({ runBeforeUnload: false }).catch(() => undefined);
  };

  const snapshotFrames = async (page: Page, pageUrl: string, budget: number, crash: Promise<never>): Promise<DocumentData[]> => {
    const out: DocumentData[] = [];
    const frames = page.frames().filter((f) => f !== page.mainFrame()).slice(0, 8);
    const end = Date.now() + budget;
    for (const f of frames) {
      const fu = f.url();
      const same = fu === 'about:srcdoc' || fu.startsWith('about:blank') && f.parentFrame() !== null || hostKey(fu) === hostKey(pageUrl) || isOwn(identity, fu);
      if (!same || Date.now() > end) continue;
      try {
        const data = await within((f as Frame).evaluate(collectExpression(COLLECT)) as Promise<DocumentData>, Math.min(3000, end - Date.now()), 'reading a frame', crash);
        if (data && (data.text.trim() || data.forms.length || data.links.length)) out.push(data);
      } catch {
        /* detached or slow frame: skip */
      }
    }
    return out;
  };

  const visit = async (slot: Slot, item: QueueItem, isHome: boolean): Promise<CrawledPage> => {
    const deadline = Math.min(Date.now() + opts.pageTimeoutMs, opts.deadline);
    const left = (reserve = 0): number => Math.max(1, deadline - Date.now() - reserve);
    const reserve = Math.min(2500, Math.max(500, opts.pageTimeoutMs / 4));
    slot.state = { requests: [], inflight: new Set(), lastNetwork: Date.now(), committed: false, laterNavigations: 0 };
    const { page, crash } = slot;
    const result: CrawledPage = { url: item.url, status: null, depth: item.depth, kinds: [...item.kinds], linkTexts: [...item.linkTexts] };
    let response: HTTPResponse | null = null;
    let navError: PageError | undefined;

    try {
      response = await within(page.goto(item.url, { waitUntil: 'domcontentloaded', timeout: left(reserve) + 50 }), left(reserve) + 100, 'navigation', crash);
    } catch (err) {
      const msg = (err as Error).message ?? String(err);
      if (slot.crashed) navError = { code: 'renderer-crashed', message: 'the page crashed the renderer' };
      else if (slot.state.offsiteNav) {
        result.offsiteRedirect = slot.state.offsiteNav;
        result.status = 302;
        result.finalUrl = slot.state.offsiteNav;
        return result;
      } else if (err instanceof StepTimeout || /timeout/i.test((err as Error).name) || /Navigation timeout/i.test(msg)) {
        navError = { code: 'timeout', message: `the page did not load within ${Math.round(opts.pageTimeoutMs / 1000)} s` };
      } else navError = classifyNavError(msg);
    }

    slot.state.committed = true;
    if (response) {
      result.status = response.status();
      const headers = response.headers();
      result.contentType = headers['content-type'];
      result.finalUrl = page.url();
      if (result.status >= 400) navError = { code: `http-${result.status}`, message: `HTTP ${result.status}${response.statusText() ? ` ${response.statusText()}` : ''}` };
      if (result.contentType && !/html|xml/i.test(result.contentType)) {
        if (result.status < 400) result.kinds = [...new Set<PageKind>([...result.kinds, 'document'])];
        if (navError) result.error = navError;
        return result;
      }
    }
    // After a crash or a failed navigation with nothing rendered there is nothing to read.
    if (slot.crashed || navError && !['timeout'].includes(navError.code) && !response) {
      result.error = navError;
      return result;
    }

    let loadTimedOut = false;
    if (!navError) {
      try {
        await within(page.waitForFunction('document.readyState === "complete"', { timeout: left(reserve), polling: 100 }), left(reserve) + 100, 'load', crash);
      } catch {
        if (slot.crashed) {
          result.error = { code: 'renderer-crashed', message: 'the page crashed the renderer' };
          return result;
        }
        loadTimedOut = true;
      }
      // Widgets that wait for a first interaction or a scroll.
      await within(Promise.all([page.mouse.move(200, 300), page.evaluate('window.scrollTo(0, document.body ? document.body.scrollHeight : 0)')]), 800, 'interaction', crash).catch(() => undefined);
      // Settle: pending short timers fired, DOM still, no requests in flight — or the cap.
      const capAt = Math.min(Date.now() + (isHome ? 3500 : 1800), deadline - reserve);
      while (!slot.crashed) {
        const remaining = capAt - Date.now();
        if (remaining <= 0) break;
        try {
          await within(page.evaluate(`(s => s && typeof s.wait === 'function' ? s.wait(250, ${remaining}) : true)(window.__readinessState)`), remaining + 500, 'settle', crash);
        } catch {
          break;
        }
        if (slot.state.inflight.size === 0 && Date.now() - slot.state.lastNetwork > 150) break;
        await sleep(100);
      }
    }

    if (slot.crashed) {
      result.error = { code: 'renderer-crashed', message: 'the page crashed the renderer' };
      return result;
    }
    if (slot.state.left) result.left = slot.state.left;
    // A browser error page or a blank document is never the organisation's content.
    // (Before the page arrived the tab is still on about:blank: that is a timeout.)
    const notContent = (): PageError | undefined => {
      const shown = page.url();
      if (!response || /^https?:/i.test(shown)) return undefined;
      return /^about:/i.test(shown)
        ? { code: 'replaced-by-blank', message: 'the page replaced itself with an empty document (about:blank); nothing of it could be read' }
        : { code: 'browser-error-page', message: `the browser showed its own error page (${shown.slice(0, 60)}) instead of the page` };
    };
    const blank = notContent();
    if (blank) {
      result.error = blank;
      return result;
    }
    try {
      const data = (await within(page.evaluate(collectExpression(COLLECT)) as Promise<DocumentData>, Math.max(1500, deadline - Date.now() + 1500), 'reading the page', crash));
      const frames = await snapshotFrames(page, data.url, Math.max(500, Math.min(3000, deadline - Date.now() + 1000)), crash);
      const snapshot: PageSnapshot = {
        ...data,
        requestedUrl: item.url,
        finalUrl: page.url(),
        status: result.status,
        redirects: response ? response.request().redirectChain().map((r) => r.url()).slice(0, 10) : [],
        headers: pickHeaders(response?.headers() ?? {}),
        requests: slot.state.requests,
        frames,
      };
      result.snapshot = snapshot;
      result.finalUrl = snapshot.finalUrl;
    } catch (err) {
      if (slot.crashed) {
        result.error = { code: 'renderer-crashed', message: 'the page crashed the renderer' };
        return result;
      }
      // The page blanked itself while it was being read.
      const blankNow = notContent();
      if (blankNow) {
        result.error = blankNow;
        return result;
      }
      navError ??= err instanceof StepTimeout
        ? { code: 'timeout', message: `the page could not be read within ${Math.round(opts.pageTimeoutMs / 1000)} s` }
        : { code: 'probe-failed', message: `the page could not be read: ${String((err as Error).message).split('\n')[0]!.slice(0, 200)}` };
    }
    if (navError) result.error = navError;
    else if (loadTimedOut) result.error = { code: 'load-timeout', message: `the page never finished loading within ${Math.round(opts.pageTimeoutMs / 1000)} s; what had rendered was read` };
    return result;
  };

  const afterVisit = (item: QueueItem, page: CrawledPage): void => {
    const snap = page.snapshot;
    if (snap) {
      // The page's own words (title, h1) and the words of the links that led here.
      const own = classifyPage(snap.finalUrl, snap.title, snap.h1);
      page.kinds = [...new Set<PageKind>([...page.kinds, ...own])];
      // A home page that redirects to another host of the organisation (example.com →
      // tienda.example.com) is read there: its pages are the site.
      if (page.depth === 0 && snap.finalUrl && isOwn(identity, snap.finalUrl)) addHost(snap.finalUrl);
      if (page.depth === 0) identity = withDeclaredOrigin(identity, snap.canonical || snap.meta['og:url']);
      const childDepth = page.depth === null ? null : page.depth + 1;
      const docs: DocumentData[] = [snap, ...snap.frames];
      for (const doc of docs) {
        for (const l of doc.links) {
          const kinds = classifyLink(l.href, l.text, l.label);
          const n = crawlable(l.href, kinds);
          if (!n || n === page.url) continue;
          enqueue(n, childDepth, kinds, (l.text || l.label).slice(0, 80));
        }
      }
    }
    void item;
  };

  const slots: Slot[] = [];
  const free: Slot[] = [];
  const warming: Promise<Slot | null>[] = [];
  const active = new Set<Promise<void>>();
  let homeDone = false;
  let seedsAdded = false;
  const addSeeds = (entries: SitemapEntry[]): void => {
    if (seedsAdded) return;
    seedsAdded = true;
    for (const e of entries.slice(0, 2000)) {
      const n = crawlable(e.loc);
      if (!n) continue;
      enqueue(n, null, classifyLink(n, ''), '');
    }
  };
  opts.seeds?.then((s) => {
    if (homeDone) addSeeds(s);
  }, () => undefined);

  const runOne = async (item: QueueItem, isHome: boolean): Promise<void> => {
    let slot = free.pop();
    while (!slot && warming.length) slot = (await warming.shift()) ?? undefined;
    if (!slot) {
      try {
        slot = await newSlot();
        slots.push(slot);
      } catch (err) {
        const page: CrawledPage = { url: item.url, status: null, depth: item.depth, kinds: [...item.kinds], linkTexts: item.linkTexts, error: { code: 'browser-failed', message: (err as Error).message } };
        pages.push(page);
        byUrl.set(item.url, page);
        return;
      }
    }
    let page: CrawledPage;
    try {
      page = await visit(slot, item, isHome);
    } catch (err) {
      page = { url: item.url, status: null, depth: item.depth, kinds: [...item.kinds], linkTexts: item.linkTexts, error: { code: 'probe-failed', message: (err as Error).message } };
    }
    pages.push(page);
    byUrl.set(item.url, page);
    const spent = budget.get(urlPattern(item.url));
    if (spent) spent.read++;
    afterVisit(item, page);
    if (page.error && ['timeout', 'renderer-crashed', 'probe-failed'].includes(page.error.code) || slot.crashed) {
      retire(slot);
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
    } else free.push(slot);
    opts.onProgress?.({ done: pages.length, total: Math.min(opts.maxPages, pages.length + queue.length + active.size - 1), url: item.url, status: page.status, error: page.error });
    if (isHome) {
      homeDone = true;
      opts.onHome?.(page);
    }
  };

  let truncatedBy: CrawlResult['truncatedBy'];
  try {
    // The home page first, alone: its final URL and links shape everything else.
    const home = takeNext();
    if (home) {
      const homeRun = runOne(home, true);
      // Open the other tabs while the home page renders: a new tab costs as much as a page.
      for (let i = 1; i < Math.min(opts.concurrency, opts.maxPages); i++) {
        warming.push(newSlot().then((s) => {
          slots.push(s);
          return s;
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
        const item = takeNext();
        if (!item) break;
        const p: Promise<void> = runOne(item, false).finally(() => active.delete(p));
        active.add(p);
      }
      if (!active.size) break;
      await Promise.race(active);
    }
    if (queue.length) truncatedBy = Date.now() >= opts.deadline - 250 ? 'time' : 'maxPages';
  } finally {
    await within(context.close(), 5000, 'closing the tabs').catch(() => undefined);
  }
  const spentByPattern = [...budget.entries()]
    .map(([pattern, b]) => ({ pattern, read: b.read, skipped: b.skipped + (b.queued - b.read) }))
    .filter((b) => b.read || b.skipped)
    .sort((a, b) => b.read - a.read || b.skipped - a.skipped || a.pattern.localeCompare(b.pattern));
  return { pages, notVisited: queue.length, identity, budget: spentByPattern, ...(truncatedBy ? { truncatedBy } : {}) };
}

function pickHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['content-type', 'last-modified', 'strict-transport-security', 'content-language', 'server', 'x-powered-by', 'date', 'location']) {
    if (h[k]) out[k] = h[k]!.slice(0, 300);
  }
  return out;
}
