/**
 * Scripted steps in a browser tab, shared by the sign-in and the journeys: a tab that
 * stays on the organisation's own hosts, each step (goto, fill, select, click, download,
 * waitFor) bounded, a page left to settle after it, a site that rate-limits honoured
 * within a bound, CAPTCHAs recognised, and a screenshot that never shows a credential.
 *
 * A step never throws: it returns a `StepFault` with a code and the reason, which the
 * callers name the step in. Nothing a page says is run in Node; values typed into a page
 * are never put into a fault.
 */
import type { BrowserContext, ElementHandle, HTTPResponse, Page } from 'puppeteer-core';
import { reason, type Message, type MessageId, type MessageValues } from '../../i18n/index.js';
import { retryAfterMs } from '../../scale/preflight.js';
import { actionOf, targetOf, type StepAction, type StepConfig } from './config.js';
import type { Redactor } from './secrets.js';

/** The longest Retry-After honoured (once or twice) before a step gives up. */
export const MAX_RETRY_AFTER_MS = 15_000;
/** How long a page may keep loading after a step before the next one starts. */
const SETTLE_MS = 2_000;
/** How long a click is given to start a navigation. */
const NAV_START_MS = 600;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export interface StepFault {
  code: string;
  message: string;
  reason: Message;
}

export function fault(code: string, id: MessageId, values?: MessageValues): StepFault {
  return { code, ...reason(id, values) };
}

/** A promise with a deadline: undefined when it did not settle in time (its rejection is swallowed). */
export async function bounded<T>(p: Promise<T>, ms: number): Promise<{ ok: true; value: T } | { ok: false; error?: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  p.catch(() => undefined);
  try {
    return await Promise.race([
      p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error })),
      new Promise<{ ok: false }>((r) => {
        timer = setTimeout(() => r({ ok: false }), Math.max(1, ms));
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** What a scripted tab has seen. */
export interface TabState {
  /** The main frame's documents, in order: url, status and the Retry-After it asked for. */
  documents: { url: string; status: number; retryAfter?: string; contentType?: string; attachment: boolean }[];
  /** Requests in flight (first-party), for settling. */
  inflight: number;
  lastNetwork: number;
  /** Responses that were files (a download): content type, and whether sent as an attachment. */
  files: { url: string; contentType: string; attachment: boolean }[];
  /** Third-party requests refused, by URL (a CAPTCHA's script shows here). */
  refused: string[];
  crashed: boolean;
}

export interface ScriptedTab {
  page: Page;
  state: TabState;
  close(): Promise<void>;
}

/** Files a step may download: documents, not pages. */
const FILE_TYPES = /pdf|xml|zip|octet-stream|msword|officedocument|ms-excel|spreadsheet|csv/i;

/**
 * Opens a tab in `context` whose requests stay on the hosts `allowed` accepts (the
 * organisation's own and the sign-in page's); everything else is refused and noted.
 */
export async function openScriptedTab(context: BrowserContext, allowed: (url: string) => boolean, timeoutMs = 10_000): Promise<ScriptedTab> {
  const opened = await bounded(context.newPage(), timeoutMs);
  if (!opened.ok) throw new Error('could not open a tab');
  const page = opened.value;
  const state: TabState = { documents: [], inflight: 0, lastNetwork: Date.now(), files: [], refused: [], crashed: false };
  page.on('error', () => {
    state.crashed = true;
  });
  page.on('dialog', (d) => {
    (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => undefined);
  });
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    if (!allowed(url)) {
      if (state.refused.length < 100) state.refused.push(url.slice(0, 300));
      req.abort('blockedbyclient').catch(() => undefined);
      return;
    }
    state.inflight++;
    state.lastNetwork = Date.now();
    req.continue().catch(() => undefined);
  });
  const done = (): void => {
    state.inflight = Math.max(0, state.inflight - 1);
    state.lastNetwork = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (res: HTTPResponse) => {
    const req = res.request();
    const headers = res.headers();
    const contentType = headers['content-type'] ?? '';
    const attachment = /attachment/i.test(headers['content-disposition'] ?? '');
    if ((attachment || FILE_TYPES.test(contentType)) && res.status() < 400 && state.files.length < 20) state.files.push({ url: res.url().slice(0, 500), contentType: contentType.slice(0, 100), attachment });
    if (req.isNavigationRequest() && req.frame() === page.mainFrame() && (res.status() < 300 || res.status() >= 400)) {
      state.documents.push({ url: res.url().slice(0, 500), status: res.status(), retryAfter: headers['retry-after'], contentType, attachment });
    }
  });
  const prepared = await bounded(Promise.all([page.setRequestInterception(true), page.setBypassServiceWorker(true)]), timeoutMs);
  if (!prepared.ok) {
    await page.close().catch(() => undefined);
    throw new Error('could not prepare a tab');
  }
  return {
    page,
    state,
    async close() {
      await bounded(page.close({ runBeforeUnload: false }), 5000);
    },
  };
}

/** Lets a page finish what a step started: its load, then a short quiet on the network, within `ms`. */
export async function settle(tab: ScriptedTab, ms: number): Promise<void> {
  const end = Date.now() + Math.max(0, ms);
  await bounded(tab.page.waitForFunction('document.readyState === "complete"', { timeout: Math.max(1, end - Date.now()), polling: 100 }), Math.max(1, end - Date.now()) + 100);
  while (Date.now() < end && !tab.state.crashed) {
    if (tab.state.inflight === 0 && Date.now() - tab.state.lastNetwork > 250) return;
    await sleep(100);
  }
}

/** A step's name as reports give it: its own name, else its action and selector. */
export function stepLabel(step: StepConfig): string {
  return step.name ?? `${actionOf(step)} ${JSON.stringify(targetOf(step))}`;
}

export interface StepContext {
  tab: ScriptedTab;
  /** Base for relative URLs (the audited site's home). */
  base: string;
  /** The value typed by fill/select, read from the environment or the config. */
  value?: string;
  /** Epoch ms after which the step gives up. */
  deadline: number;
  /** Told before a wait a site asked for (429 Retry-After). */
  onWait?: (status: number, ms: number) => void;
  redactor: Redactor;
}

export interface StepOutcome {
  fault?: StepFault;
  /** A customer action: a click, a field filled, a choice, a download. */
  action: boolean;
}

export function resolveUrl(target: string, base: string): string {
  try {
    return new URL(target, base).href;
  } catch {
    return target;
  }
}

/** Runs one step. Never throws. */
export async function runStep(step: StepConfig, ctx: StepContext): Promise<StepOutcome> {
  const action = actionOf(step);
  const target = targetOf(step);
  const customer = action !== 'goto' && action !== 'waitFor';
  const started = Date.now();
  try {
    // Every wait inside is bounded; this bounds what is not (a page too busy to answer a focus or a choice).
    const done = await bounded(perform(action, target, ctx), left(ctx.deadline) + 2000);
    if (!done.ok) {
      if (done.error !== undefined) throw done.error;
      return { fault: fault('step-timeout', 'account.fault.stepTimeout', { duration: { duration: Math.max(0, Date.now() - started) } }), action: false };
    }
    const f = done.value;
    if (f) return { fault: f, action: false };
    if (ctx.tab.state.crashed) return { fault: fault('page-crashed', 'account.fault.crashed'), action: false };
    return { action: customer };
  } catch (err) {
    // Puppeteer's own errors may quote the page; only their first line, redacted, is kept.
    const detail = ctx.redactor.redact(String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 160));
    return { fault: ctx.tab.state.crashed ? fault('page-crashed', 'account.fault.crashed') : fault('step-failed', 'account.fault.failed', { detail }), action: false };
  }
}

const left = (deadline: number): number => Math.max(1, deadline - Date.now());

async function perform(action: StepAction, target: string, ctx: StepContext): Promise<StepFault | undefined> {
  const { tab } = ctx;
  if (action === 'goto') return navigate(tab, resolveUrl(target, ctx.base), ctx);
  const el = await findElement(tab, target, ctx.deadline);
  if ('code' in el) return el;
  switch (action) {
    case 'waitFor':
      return undefined;
    case 'fill': {
      await el.evaluate((e) => {
        const input = e as unknown as { value?: string; dispatchEvent(ev: unknown): void };
        if ('value' in input) input.value = '';
      });
      await el.focus();
      const typed = await bounded(el.type(ctx.value ?? '', { delay: 0 }), left(ctx.deadline));
      return typed.ok ? undefined : fault('step-timeout', 'account.fault.typing', { duration: { duration: Math.max(0, ctx.deadline - Date.now()) } });
    }
    case 'select': {
      const chosen = await el.select(ctx.value ?? '');
      return chosen.length ? undefined : fault('option-missing', 'account.fault.noOption', { selector: target });
    }
    case 'click':
      return clickAndSettle(tab, el, ctx, false);
    case 'download':
      return clickAndSettle(tab, el, ctx, true);
  }
  return undefined;
}

/** Waits for the selector to be shown, within the step's bound. */
async function findElement(tab: ScriptedTab, selector: string, deadline: number): Promise<ElementHandle | StepFault> {
  const started = Date.now();
  try {
    const el = await tab.page.waitForSelector(selector, { visible: true, timeout: left(deadline) });
    if (el) return el;
  } catch (err) {
    const msg = String((err as Error)?.message ?? '');
    if (/is not a valid selector|SyntaxError|Failed to execute 'querySelector/i.test(msg)) return fault('bad-selector', 'account.fault.badSelector', { selector });
    if (tab.state.crashed) return fault('page-crashed', 'account.fault.crashed');
  }
  return fault('selector-timeout', 'account.fault.selectorTimeout', { selector, duration: { duration: Math.max(0, Date.now() - started) } });
}

/** A main-frame navigation started by us: 429 with a short Retry-After is waited and retried. */
async function navigate(tab: ScriptedTab, url: string, ctx: StepContext): Promise<StepFault | undefined> {
  for (let attempt = 0; ; attempt++) {
    const before = tab.state.documents.length;
    const started = Date.now();
    const nav = await bounded(tab.page.goto(url, { waitUntil: 'domcontentloaded', timeout: left(ctx.deadline) + 50 }), left(ctx.deadline) + 100);
    if (!nav.ok) {
      if (tab.state.crashed) return fault('page-crashed', 'account.fault.crashed');
      const msg = String((nav.error as Error | undefined)?.message ?? '');
      const net = /net::(ERR_[A-Z_]+)/.exec(msg)?.[1];
      if (net && net !== 'ERR_ABORTED') return fault('navigation-failed', 'account.fault.navigation', { url, detail: net });
      if (net === 'ERR_ABORTED' && tab.state.documents.length > before) {
        // A download or a file shown in place: the navigation "ends" without a page.
        return undefined;
      }
      return fault('navigation-timeout', 'account.fault.navigationTimeout', { url, duration: { duration: Date.now() - started } });
    }
    const doc = tab.state.documents[tab.state.documents.length - 1];
    const status = nav.value?.status() ?? doc?.status ?? 200;
    if (status === 429 || status === 503 && doc?.retryAfter !== undefined) {
      const wait = retryAfterMs(doc?.retryAfter);
      if (attempt < 2 && wait !== undefined && wait <= MAX_RETRY_AFTER_MS && Date.now() + wait + 1000 < ctx.deadline) {
        ctx.onWait?.(status, wait);
        await sleep(wait);
        continue;
      }
      return rateLimited(status, wait);
    }
    if (status >= 400) return fault(`http-${status}`, 'account.fault.http', { url, status });
    await settle(tab, Math.min(SETTLE_MS, left(ctx.deadline)));
    return undefined;
  }
}

export function rateLimited(status: number, wait: number | undefined): StepFault {
  return wait === undefined
    ? fault('rate-limited', 'account.fault.rateLimited', { status })
    : fault('rate-limited', 'account.fault.rateLimitedWait', { status, duration: { duration: wait }, bound: { duration: MAX_RETRY_AFTER_MS } });
}

/**
 * Clicks and lets what it started finish: a navigation (its document must not be an
 * error), a file (a download step needs one), or a change in place.
 */
async function clickAndSettle(tab: ScriptedTab, el: ElementHandle, ctx: StepContext, download: boolean): Promise<StepFault | undefined> {
  const docsBefore = tab.state.documents.length;
  const filesBefore = tab.state.files.length;
  const navStarted = new Promise<void>((resolve) => {
    const onRequest = (req: { isNavigationRequest(): boolean; frame(): unknown }) => {
      if (req.isNavigationRequest() && req.frame() === tab.page.mainFrame()) {
        tab.page.off('request', onRequest);
        resolve();
      }
    };
    tab.page.on('request', onRequest);
    setTimeout(() => tab.page.off('request', onRequest), NAV_START_MS + 200).unref?.();
  });
  const clickedAt = Date.now();
  const clicked = await bounded(el.click(), left(ctx.deadline));
  if (!clicked.ok) {
    const detail = ctx.redactor.redact(String((clicked.error as Error | undefined)?.message ?? 'no answer').split('\n')[0]!.slice(0, 160));
    return fault('step-failed', 'account.fault.clickFailed', { detail });
  }
  const started = await bounded(navStarted, Math.min(NAV_START_MS, left(ctx.deadline)));
  if (started.ok) {
    // Wait for the new document (or the file) to arrive, then let it settle.
    const end = ctx.deadline;
    while (Date.now() < end && tab.state.documents.length === docsBefore && tab.state.files.length === filesBefore && !tab.state.crashed) await sleep(50);
    if (tab.state.documents.length === docsBefore && tab.state.files.length === filesBefore) {
      if (tab.state.crashed) return fault('page-crashed', 'account.fault.crashed');
      return fault('navigation-timeout', 'account.fault.clickNavigationTimeout', { duration: { duration: Date.now() - clickedAt } });
    }
  }
  await settle(tab, Math.min(SETTLE_MS, left(ctx.deadline)));
  const doc = tab.state.documents.length > docsBefore ? tab.state.documents[tab.state.documents.length - 1] : undefined;
  if (doc && (doc.status === 429 || doc.status === 503 && doc.retryAfter !== undefined)) return rateLimited(doc.status, retryAfterMs(doc.retryAfter));
  if (doc && doc.status >= 400) return fault(`http-${doc.status}`, 'account.fault.http', { url: doc.url, status: doc.status });
  if (download) {
    const deadline = ctx.deadline;
    while (tab.state.files.length === filesBefore && Date.now() < deadline) await sleep(50);
    if (tab.state.files.length === filesBefore) return fault('no-download', 'account.fault.noDownload');
  }
  return undefined;
}

/** What shows a CAPTCHA: its widget in the page, or its script or frame refused by the tab. */
const CAPTCHA_SELECTOR = '.g-recaptcha, .grecaptcha-badge, [data-sitekey], .h-captcha, .cf-turnstile, iframe[src*="recaptcha"], iframe[src*="hcaptcha"], iframe[src*="turnstile"], script[src*="recaptcha"], script[src*="hcaptcha"], script[src*="turnstile"], #challenge-form, #cf-challenge-running';
const CAPTCHA_URL = /recaptcha|hcaptcha\.com|challenges\.cloudflare\.com|turnstile|arkoselabs|funcaptcha|geetest/i;

/** Is the page asking to prove a human is there? */
export async function captchaShown(tab: ScriptedTab): Promise<boolean> {
  if (tab.state.refused.some((u) => CAPTCHA_URL.test(u))) return true;
  const r = await bounded(tab.page.evaluate((sel: string) => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown; title: string } }).document;
    return !!doc.querySelector(sel) || /just a moment|attention required|verify you are human|no soy un robot|not a robot/i.test(doc.title);
  }, CAPTCHA_SELECTOR), 3000);
  return r.ok && r.value;
}

/** Visible text of the page, bounded (for the words of a refusal), never run. */
export async function pageText(tab: ScriptedTab, max = 4000): Promise<string> {
  const r = await bounded(tab.page.evaluate((n: number) => {
    const body = (globalThis as unknown as { document: { body?: { innerText?: string } } }).document.body;
    return String(body?.innerText ?? '').slice(0, n);
  }, max), 3000);
  return r.ok ? r.value : '';
}

/** Does the page still show a password field with a value (the sign-in form, filled)? */
export async function passwordFieldShown(tab: ScriptedTab): Promise<boolean> {
  const r = await bounded(tab.page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ offsetParent: unknown }> } }).document;
    return Array.from(doc.querySelectorAll('input[type="password"]')).some((e) => e.offsetParent !== null);
  }), 3000);
  return r.ok && r.value;
}

/**
 * A screenshot of what the tab shows, never holding a credential: password fields are
 * emptied, and every text node and field whose text holds a credential is blanked
 * (Node decides which, so no credential is sent to the page); if one still shows
 * afterwards, or a frame cannot be read, no screenshot is taken.
 */
export async function safeScreenshot(tab: ScriptedTab, redactor: Redactor, timeoutMs = 8000): Promise<{ png?: Buffer; withheld?: Message }> {
  const end = Date.now() + timeoutMs;
  const frames = tab.page.frames().slice(0, 10);
  const readAll = async (): Promise<string[][] | undefined> => {
    const out: string[][] = [];
    for (const f of frames) {
      const r = await bounded(f.evaluate(COLLECT_TEXTS), Math.max(1, Math.min(3000, end - Date.now())));
      if (!r.ok) return undefined;
      out.push(r.value);
    }
    return out;
  };
  const before = await readAll();
  if (!before) return { withheld: reason('account.screenshot.unreadable').reason };
  for (const [i, f] of frames.entries()) {
    const hits = before[i]!.flatMap((s, j) => (redactor.holds(s) ? [j] : []));
    const r = await bounded(f.evaluate(BLANK_TEXTS, hits), Math.max(1, Math.min(3000, end - Date.now())));
    if (!r.ok) return { withheld: reason('account.screenshot.unreadable').reason };
  }
  const after = await readAll();
  if (!after || after.some((texts) => texts.some((s) => redactor.holds(s)))) return { withheld: reason('account.screenshot.credential').reason };
  const shot = await bounded(tab.page.screenshot({ type: 'png' }), Math.max(1, end - Date.now()));
  if (!shot.ok) return { withheld: reason('account.screenshot.failed').reason };
  return { png: Buffer.from(shot.value) };
}

/**
 * Runs in the page: the texts a screenshot could show, in document order — text nodes,
 * then field values, placeholders and titles. Password fields are emptied first.
 */
const COLLECT_TEXTS = (): string[] => {
  const doc = (globalThis as unknown as { document: Record<string, unknown> }).document as unknown as {
    body: unknown; createTreeWalker(root: unknown, what: number): { nextNode(): { nodeValue: string | null } | null };
    querySelectorAll(s: string): ArrayLike<{ value: string; type?: string; placeholder?: string; title?: string }>;
  };
  for (const p of Array.from(doc.querySelectorAll('input[type="password"]'))) p.value = '';
  const out: string[] = [];
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n && out.length < 20000; n = walker.nextNode()) out.push(n.nodeValue ?? '');
  }
  for (const f of Array.from(doc.querySelectorAll('input, textarea, select'))) out.push(`${f.value ?? ''}\u0000${f.placeholder ?? ''}\u0000${f.title ?? ''}`);
  return out;
};

/** Runs in the page: blanks the texts at these positions (as COLLECT_TEXTS numbers them). */
const BLANK_TEXTS = (hits: number[]): boolean => {
  const doc = (globalThis as unknown as { document: Record<string, unknown> }).document as unknown as {
    body: unknown; createTreeWalker(root: unknown, what: number): { nextNode(): { nodeValue: string | null } | null };
    querySelectorAll(s: string): ArrayLike<{ value: string; placeholder?: string; title?: string }>;
  };
  const want = new Set(hits);
  let i = 0;
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n && i < 20000; n = walker.nextNode(), i++) {
      if (want.has(i)) n.nodeValue = '•'.repeat(Math.min(12, (n.nodeValue ?? '').length));
    }
  }
  for (const f of Array.from(doc.querySelectorAll('input, textarea, select'))) {
    if (want.has(i)) {
      f.value = '';
      f.placeholder = '';
      f.title = '';
    }
    i++;
  }
  return true;
};
