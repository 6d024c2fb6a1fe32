/**
 * One browser tab of the crawl: opened once and reused, with request interception
 * (third-party requests, images, media and fonts refused; a served copy's production
 * URLs read from the copy; a page that navigates away by itself held where it was),
 * and the visit of one page — navigate, let it settle, read it — with every wait
 * bounded. A visit never throws: a hung, crashed, alerting, blanking or
 * redirect-looping page comes back as a CrawledPage with its error.
 */
import type { Browser, BrowserContext, CDPSession, Frame, HTTPRequest, HTTPResponse, Page } from 'puppeteer-core';
import { reason } from '../../i18n/index.js';
import { collectExpression, instrumentSource, type CollectConfig } from '../collect.js';
import { CHAT_GLOBALS, CHAT_MARKERS } from '../signals/chat.js';
import type { CrawledPage, DocumentData, PageError, PageKind, PageLeft, PageSnapshot } from '../types.js';
import type { QueueItem } from './frontier.js';
import type { CrawlScope } from './scope.js';

const COLLECT: CollectConfig = { globals: CHAT_GLOBALS, markers: CHAT_MARKERS, maxText: 200_000, maxLinks: 1500 };

/** Navigations a page may make by itself after it arrived (a redirect to its own next page) before it counts as a loop. */
const MAX_LATER_NAVIGATIONS = 2;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export class StepTimeout extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'StepTimeout';
  }
}

/** A promise with a deadline (and, for a tab, its renderer's crash). */
export function within<T>(p: Promise<T>, ms: number, what: string, crash?: Promise<never>): Promise<T> {
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

export function classifyNavError(message: string): PageError {
  const m = /net::(ERR_[A-Z_]+)/.exec(message);
  const code = m?.[1] ?? '';
  if (code === 'ERR_TOO_MANY_REDIRECTS') return { code: 'redirect-loop', ...reason('evidence.page.redirectLoop') };
  if (/^ERR_CERT_|^ERR_SSL_|ERR_BAD_SSL/.test(code)) return { code: 'cert-invalid', ...reason('evidence.page.certInvalid', { code }) };
  if (/ERR_CONNECTION_REFUSED|ERR_NAME_NOT_RESOLVED|ERR_ADDRESS_UNREACHABLE|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_TIMED_OUT|ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|ERR_UNSAFE_PORT|ERR_ADDRESS_INVALID|ERR_TIMED_OUT/.test(code)) {
    return { code: 'unreachable', ...reason('evidence.page.unreachable', { code }) };
  }
  if (code === 'ERR_ABORTED') return { code: 'aborted', ...reason('evidence.page.aborted') };
  if (code) return { code: 'navigation-failed', ...reason('evidence.page.navigationFailed', { detail: code }) };
  return { code: 'navigation-failed', ...reason('evidence.page.navigationFailed', { detail: message.split('\n')[0]!.slice(0, 200) }) };
}

export interface VisitState {
  requests: { url: string; type: string; blocked: boolean }[];
  inflight: Set<HTTPRequest>;
  offsiteNav?: string;
  lastNetwork: number;
  /** The page's document arrived: later main-frame navigations are the page's own doing (script, meta refresh). */
  committed: boolean;
  /** Main-frame navigations the page started after it arrived. */
  laterNavigations: number;
  /** Where the page tried to send the browser, and how; the navigation was held back. */
  left?: PageLeft;
  /** The HTTP status of the page's own document, and of the last document the main frame got. */
  firstStatus?: number;
  lastStatus?: number;
  /** A second visit: every navigation the page starts by itself is held back. */
  hold?: boolean;
}

/** A reusable tab and what its current visit has seen. */
export interface Tab {
  page: Page;
  /** The tab's own DevTools session, for what Puppeteer has no call for (garbage collection). */
  session?: CDPSession;
  state: VisitState;
  crashed: boolean;
  crash: Promise<never>;
  rejectCrash: (e: Error) => void;
}

/** Opens a tab in the crawl's context, ready to visit pages. */
export async function openTab(browser: Browser, context: BrowserContext, scope: CrawlScope): Promise<Tab> {
  const page = await within(context.newPage(), 10_000, 'opening a tab');
  let rejectCrash!: (e: Error) => void;
  const crash = new Promise<never>((_, reject) => {
    rejectCrash = reject;
  });
  crash.catch(() => undefined);
  const slot: Tab = { page, state: { requests: [], inflight: new Set(), lastNetwork: Date.now(), committed: false, laterNavigations: 0 }, crashed: false, crash, rejectCrash };
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
    const first = scope.isFirstParty(url);
    const isMainNav = req.isNavigationRequest() && req.frame() === page.mainFrame();
    if (['script', 'xhr', 'fetch', 'document', 'websocket', 'other', 'eventsource'].includes(type) && st.requests.length < 300) {
      st.requests.push({ url: url.slice(0, 500), type, blocked: !first });
    }
    if (isMainNav && st.committed) {
      // The page, once arrived, navigates by itself: a script sending the visitor to
      // another origin (a host check, a country selector, a single-sign-on bounce) or
      // a refresh that never ends. A 204 answer cancels the navigation and leaves the
      // page as it was: what it showed is read, never Chromium's error page.
      // A served copy's host check that sends the visitor to the live site (uCoz's
      // "if the domain is not easyen.ru, refresh to https://easyen.ru/…") leaves the copy too.
      st.laterNavigations++;
      const away = !first || scope.isProductionOfCopy(url);
      if (st.hold) {
        req.respond({ status: 204, body: '' }).catch(() => undefined);
        return;
      }
      if (away) st.left = { to: url.slice(0, 500), how: 'script' };
      else if (st.laterNavigations > MAX_LATER_NAVIGATIONS) st.left = { to: url.slice(0, 500), how: 'loop' };
      if (away || st.laterNavigations > MAX_LATER_NAVIGATIONS) {
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
    if (req.isNavigationRequest() && req.frame() === page.mainFrame() && (res.status() < 300 || res.status() >= 400)) {
      slot.state.committed = true;
      slot.state.firstStatus ??= res.status();
      slot.state.lastStatus = res.status();
    }
  });
  page.on('requestfinished', settleReq);
  page.on('requestfailed', settleReq);
  // Ask for the user agent first: awaiting it in the middle of the array below would
  // leave the calls already started without a handler, and a tab closed meanwhile
  // would surface as an unhandled rejection.
  const userAgent = (await within(browser.userAgent(), 10_000, 'reading the user agent')).replace(/HeadlessChrome/g, 'Chrome');
  slot.session = await within(page.createCDPSession(), 10_000, 'preparing a tab').catch(() => undefined);
  await within(Promise.all([
    page.setRequestInterception(true),
    page.setBypassServiceWorker(true),
    page.evaluateOnNewDocument(instrumentSource()),
    page.setUserAgent(userAgent),
  ]), 10_000, 'preparing a tab');
  return slot;
}

/**
 * Lets a reused tab's renderer give back what the page it just read left behind. A
 * renderer that reads page after page grows (old documents and the collector's garbage
 * wait for a full collection V8 sees no reason to run in a small heap: ~30 → 45-80 MB
 * over a dozen pages), so a full garbage collection runs once the page has been read.
 * Nothing the next page shows depends on it; bounded, and a failure is ignored.
 */
export async function releaseMemory(slot: Tab): Promise<void> {
  if (!slot.session || slot.crashed) return;
  await within(slot.session.send('HeapProfiler.collectGarbage'), 1000, 'collecting garbage', slot.crash).catch(() => undefined);
}

/** Closes a hung or crashed tab without waiting on it; the context close reaps it. */
export function retireTab(slot: Tab): void {
  slot.page.close({ runBeforeUnload: false }).catch(() => undefined);
}

/** Same-origin frames (forms and widgets often live in one), each read like a page. */
async function snapshotFrames(page: Page, pageUrl: string, budget: number, crash: Promise<never>, scope: CrawlScope): Promise<DocumentData[]> {
  const out: DocumentData[] = [];
  const frames = page.frames().filter((f) => f !== page.mainFrame()).slice(0, 8);
  const end = Date.now() + budget;
  for (const f of frames) {
    const fu = f.url();
    const same = fu === 'about:srcdoc' || fu.startsWith('about:blank') && f.parentFrame() !== null || scope.ownsFrame(fu, pageUrl);
    if (!same || Date.now() > end) continue;
    try {
      const data = await within((f as Frame).evaluate(collectExpression(COLLECT)) as Promise<DocumentData>, Math.min(3000, end - Date.now()), 'reading a frame', crash);
      if (data && (data.text.trim() || data.forms.length || data.links.length)) out.push(data);
    } catch {
      /* detached or slow frame: skip */
    }
  }
  return out;
}

export interface VisitOptions {
  pageTimeoutMs: number;
  /** Epoch ms after which the crawl ends: a visit never runs past it. */
  deadline: number;
  /** The home page is given longer to settle: chat widgets load late there. */
  isHome: boolean;
  /** Hold back every navigation the page starts by itself (the second visit of a page whose script led to an error page). */
  hold?: boolean;
}

/** Visits one page in a tab and reads it. Never throws. */
export async function visitPage(slot: Tab, item: QueueItem, opts: VisitOptions, scope: CrawlScope): Promise<CrawledPage> {
  const deadline = Math.min(Date.now() + opts.pageTimeoutMs, opts.deadline);
  const left = (reserve = 0): number => Math.max(1, deadline - Date.now() - reserve);
  const reserve = Math.min(2500, Math.max(500, opts.pageTimeoutMs / 4));
  slot.state = { requests: [], inflight: new Set(), lastNetwork: Date.now(), committed: false, laterNavigations: 0, hold: opts.hold };
  const { page, crash } = slot;
  // The page arrived and read fine, then its own script sent the browser to a page of
  // the site that answers with an error (a country redirect a served copy cannot follow,
  // a stale link): that error page is not what the page showed. Visit once more, hold
  // every navigation the page starts, and read what it showed; `left` says where it went.
  const sentToError = (): boolean => !opts.hold && slot.state.laterNavigations > 0 && slot.state.firstStatus !== undefined && slot.state.firstStatus < 400 && (slot.state.lastStatus ?? 0) >= 400;
  // Without scripts: a navigation held back mid-parse stops the parser and leaves an
  // empty document, so the page is read as its server sent it (inline loaders and
  // markup are still there to read; a meta refresh is still held back).
  const visitWithoutScripts = async (): Promise<CrawledPage> => {
    await within(page.setJavaScriptEnabled(false), 5000, 'turning scripts off', crash).catch(() => undefined);
    try {
      return await visitPage(slot, item, { ...opts, hold: true }, scope);
    } finally {
      if (!slot.crashed) await within(page.setJavaScriptEnabled(true), 5000, 'turning scripts on', crash).catch(() => undefined);
    }
  };
  const visitHeld = async (): Promise<CrawledPage> => {
    const left: PageLeft = { to: page.url().slice(0, 500), how: 'unreadable', status: slot.state.lastStatus! };
    const again = await visitWithoutScripts();
    if (!again.left) again.left = left;
    return again;
  };
  const result: CrawledPage = { url: item.url, status: null, depth: item.depth, kinds: [...item.kinds], linkTexts: [...item.linkTexts] };
  let response: HTTPResponse | null = null;
  let navError: PageError | undefined;

  try {
    response = await within(page.goto(item.href, { waitUntil: 'domcontentloaded', timeout: left(reserve) + 50 }), left(reserve) + 100, 'navigation', crash);
  } catch (err) {
    const msg = (err as Error).message ?? String(err);
    if (slot.crashed) navError = { code: 'renderer-crashed', ...reason('evidence.page.crashed') };
    else if (slot.state.offsiteNav) {
      result.offsiteRedirect = slot.state.offsiteNav;
      result.status = 302;
      result.finalUrl = slot.state.offsiteNav;
      return result;
    } else if (err instanceof StepTimeout || /timeout/i.test((err as Error).name) || /Navigation timeout/i.test(msg)) {
      navError = { code: 'timeout', ...reason('evidence.page.timeout', { duration: { duration: opts.pageTimeoutMs } }) };
    } else navError = classifyNavError(msg);
  }

  slot.state.committed = true;
  if (sentToError() && !slot.crashed && Date.now() < opts.deadline) return visitHeld();
  if (response) {
    result.status = response.status();
    const headers = response.headers();
    result.contentType = headers['content-type'];
    result.finalUrl = page.url();
    if (result.status >= 400) {
      const statusText = response.statusText();
      navError = { code: `http-${result.status}`, ...(statusText ? reason('evidence.page.httpText', { status: result.status, statusText }) : reason('evidence.page.http', { status: result.status })) };
    }
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
        result.error = { code: 'renderer-crashed', ...reason('evidence.page.crashed') };
        return result;
      }
      loadTimedOut = true;
    }
    // Widgets that wait for a first interaction or a scroll.
    await within(Promise.all([page.mouse.move(200, 300), page.evaluate('window.scrollTo(0, document.body ? document.body.scrollHeight : 0)')]), 800, 'interaction', crash).catch(() => undefined);
    // Settle: pending short timers fired, DOM still, no requests in flight — or the cap.
    const capAt = Math.min(Date.now() + (opts.isHome ? 3500 : 1800), deadline - reserve);
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
    result.error = { code: 'renderer-crashed', ...reason('evidence.page.crashed') };
    return result;
  }
  if (sentToError() && Date.now() < opts.deadline) return visitHeld();
  if (slot.state.left) result.left = slot.state.left;
  // A browser error page or a blank document is never the organisation's content.
  // (Before the page arrived the tab is still on about:blank: that is a timeout.)
  const notContent = (): PageError | undefined => {
    const shown = page.url();
    if (!response || /^https?:/i.test(shown)) return undefined;
    return /^about:/i.test(shown)
      ? { code: 'replaced-by-blank', ...reason('evidence.page.blank') }
      : { code: 'browser-error-page', ...reason('evidence.page.browserErrorPage', { shown: shown.slice(0, 60) }) };
  };
  const blank = notContent();
  if (blank) {
    result.error = blank;
    return result;
  }
  try {
    const data = (await within(page.evaluate(collectExpression(COLLECT)) as Promise<DocumentData>, Math.max(1500, deadline - Date.now() + 1500), 'reading the page', crash));
    const frames = await snapshotFrames(page, data.url, Math.max(500, Math.min(3000, deadline - Date.now() + 1000)), crash, scope);
    const snapshot: PageSnapshot = {
      ...data,
      requestedUrl: item.href,
      finalUrl: page.url(),
      status: result.status,
      redirects: response ? response.request().redirectChain().map((r) => r.url()).slice(0, 10) : [],
      headers: pickHeaders(response?.headers() ?? {}),
      requests: slot.state.requests,
      frames,
    };
    result.snapshot = snapshot;
    result.finalUrl = snapshot.finalUrl;
    // A page its own scripts cut short (an ad-recovery script that stops the parser when the
    // ad library it expects was refused, TVgid.ua's footer lost with it): what its server sent
    // is read too, without scripts, beside what the scripts left.
    if (!opts.hold && response && Date.now() < deadline && await cutShort(page, response, crash)) {
      const served = await visitWithoutScripts();
      if (served.snapshot && !slot.crashed) snapshot.asServed = documentOnly(served.snapshot);
    }
  } catch (err) {
    if (slot.crashed) {
      result.error = { code: 'renderer-crashed', ...reason('evidence.page.crashed') };
      return result;
    }
    // The page blanked itself while it was being read.
    const blankNow = notContent();
    if (blankNow) {
      result.error = blankNow;
      return result;
    }
    navError ??= err instanceof StepTimeout
      ? { code: 'timeout', ...reason('evidence.page.readTimeout', { duration: { duration: opts.pageTimeoutMs } }) }
      : { code: 'probe-failed', ...reason('evidence.page.readFailed', { detail: String((err as Error).message).split('\n')[0]!.slice(0, 200) }) };
  }
  if (navError) result.error = navError;
  else if (loadTimedOut) result.error = { code: 'load-timeout', ...reason('evidence.page.loadTimeout', { duration: { duration: opts.pageTimeoutMs } }) };
  return result;
}

/** Links an HTML source offers, outside comments, scripts, templates and noscript blocks. */
export function servedLinkCount(html: string): number {
  const markup = html.slice(0, 5_000_000).replace(/<!--[\s\S]*?-->|<(script|template|noscript|textarea|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  return (markup.match(/<a\b[^>]*?\shref\s*=/gi) ?? []).length;
}

/** Whether the page's scripts left fewer than half of the links its server sent (30 or more). */
async function cutShort(page: Page, response: HTTPResponse, crash: Promise<never>): Promise<boolean> {
  try {
    const html = await within(response.text(), 3000, 'reading the served page', crash);
    const sent = servedLinkCount(html);
    if (sent < 30) return false;
    const left = Number(await within(page.evaluate('document.querySelectorAll("a[href]").length'), 2000, 'counting links', crash));
    return Number.isFinite(left) && left < sent / 2;
  } catch {
    return false;
  }
}

/** A snapshot's document alone, without what belongs to the visit (its frames, requests, headers). */
function documentOnly(s: PageSnapshot): DocumentData {
  const { requestedUrl: _r, finalUrl: _f, status: _s, redirects: _d, headers: _h, requests: _q, frames: _fr, asServed: _a, ...doc } = s;
  return doc;
}

function pickHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['content-type', 'last-modified', 'strict-transport-security', 'content-language', 'server', 'x-powered-by', 'date', 'location']) {
    if (h[k]) out[k] = h[k]!.slice(0, 300);
  }
  return out;
}
