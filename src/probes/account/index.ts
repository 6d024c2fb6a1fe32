/**
 * Behind the login: sign in once per run, read the account area with that session, lend
 * the session to Lighthouse, run the journeys, close it. `gather` calls these in turn.
 *
 *  - The session is one browser context: the crawl's tabs, Lighthouse's tabs and the
 *    journeys' tabs opened in it share its cookies, as LHCI's puppeteer script shares
 *    the browser it signed in with. The public crawl stays in its own context: it
 *    audits what a visitor sees.
 *  - A failed sign-in is `error` evidence with the reason and the step; the public
 *    probes go on, and journeys that need the session say why they did not run.
 *  - Credentials never leave the process: see secrets.ts (redaction) and steps.ts
 *    (screenshots).
 */
import type { BrowserContext } from 'puppeteer-core';
import type { Evidence } from '../../types.js';
import type { BrowserHandle } from '../browser.js';
import { crawl } from '../crawl.js';
import { CrawlScope } from '../crawler/scope.js';
import type { SiteIdentity } from '../identity.js';
import { DEFAULT_ACCOUNT_PAGES, DEFAULT_ACCOUNT_TIMEOUT_MS, durationOr, type AccountAreaConfig, type JourneyConfig, type LoginConfig } from './config.js';
import { accountEvidence, accountLoginFailed, accountNotConfigured, journeyEvidence, journeysFailed, journeysNotConfigured } from './evidence.js';
import { endsSession, findAccountFunctions } from './functions.js';
import { runJourneys, type JourneyRun } from './journeys.js';
import { signIn } from './login.js';
import type { Secrets } from './secrets.js';
import { bounded, fault, resolveUrl, type StepFault } from './steps.js';

export { readSecrets, Redactor, NO_SECRETS, type Secrets } from './secrets.js';
export { accountNotConfigured, journeysNotConfigured, journeyEvidence } from './evidence.js';
export type { JourneyRun } from './journeys.js';
export { scrubLighthouseReport } from './lighthouse.js';

export interface AccountSections {
  login?: LoginConfig;
  account?: AccountAreaConfig;
  journeys?: JourneyConfig[];
  file?: string;
}

export interface BehindLoginOptions {
  config: AccountSections;
  secrets: Secrets;
  /** The audited site: its home page and which URLs are the organisation's own (from the crawl). */
  home: string;
  identity: SiteIdentity;
  signal?: AbortSignal;
  log: (line: string) => void;
}

/** A signed-in session, or why there is none; closed by `close()`, whatever happened. */
export class Session {
  context?: BrowserContext;
  landing?: string;
  loginFault?: StepFault;
  private anonymousContext?: Promise<BrowserContext>;

  constructor(private readonly handle: BrowserHandle, readonly allowed: (url: string) => boolean) {}

  /** A context without the session, for journeys that run signed out. */
  anonymous(): Promise<BrowserContext> {
    this.anonymousContext ??= newContext(this.handle);
    return this.anonymousContext;
  }

  async close(): Promise<void> {
    const contexts = [this.context, await this.anonymousContext?.catch(() => undefined)].filter((c): c is BrowserContext => !!c);
    this.context = undefined;
    for (const c of contexts) await bounded(c.close(), 5000);
  }
}

/** A browser context that downloads nothing to disk, or an error within 10 s. */
async function newContext(handle: BrowserHandle): Promise<BrowserContext> {
  const pending = handle.browser.createBrowserContext({ downloadBehavior: { policy: 'deny' } });
  const r = await bounded(pending, 10_000);
  if (r.ok) return r.value;
  // One that opens after we gave up is closed.
  void pending.then((c) => c.close()).catch(() => undefined);
  throw r.error instanceof Error ? r.error : new Error('no browser context within 10 s');
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** The requests a session's tabs may make: the organisation's own, and the sign-in page's host. */
export function sessionScope(opts: Pick<BehindLoginOptions, 'config' | 'home' | 'identity'>): CrawlScope {
  const loginHost = opts.config.login ? hostOf(resolveUrl(opts.config.login.url, opts.home)) : undefined;
  return new CrawlScope(opts.identity, [opts.home], loginHost ? [loginHost] : []);
}

/**
 * Signs in (when configured) and reads the account area. Returns the account evidence
 * and the session (open when signed in: Lighthouse and the journeys use it).
 */
export async function signInAndReadAccount(handle: BrowserHandle, opts: BehindLoginOptions & { readArea?: boolean; purpose?: string }): Promise<{ evidence: Evidence; session: Session }> {
  const session = signedOutSession(handle, opts);
  try {
    return await signInAndRead(handle, session, opts);
  } catch (err) {
    // A failure is a result: the account keys say what went wrong, the audit goes on.
    const f = fault('account-failed', 'account.fault.failed', { detail: opts.secrets.redactor.redact(String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 200)) });
    session.loginFault ??= f;
    opts.log(`account: ${f.message}`);
    return { evidence: accountLoginFailed(f, undefined, opts.config.login ? resolveUrl(opts.config.login.url, opts.home) : opts.home), session };
  }
}

/**
 * Signs in without reading the account area: a shard of a split run that owns journeys
 * or Lighthouse pages but not the site (whose shard reads the area and keeps its
 * evidence). `purpose` names what for, in the log ("the journeys", "Lighthouse"). A
 * failed sign-in is the session's `loginFault`, which its journeys report.
 */
export async function signInOnly(handle: BrowserHandle, opts: BehindLoginOptions, purpose: string): Promise<Session> {
  return (await signInAndReadAccount(handle, { ...opts, readArea: false, purpose })).session;
}

/** A session that is not signed in: journeys that run signed out open their tabs from it. */
export function signedOutSession(handle: BrowserHandle, opts: Pick<BehindLoginOptions, 'config' | 'home' | 'identity'>): Session {
  const scope = sessionScope(opts);
  return new Session(handle, (u) => scope.isFirstParty(u));
}

async function signInAndRead(handle: BrowserHandle, session: Session, opts: BehindLoginOptions & { readArea?: boolean; purpose?: string }): Promise<{ evidence: Evidence; session: Session }> {
  const login = opts.config.login;
  if (!login) return { evidence: accountNotConfigured(), session };
  const loginUrl = resolveUrl(login.url, opts.home);
  try {
    session.context = await newContext(handle);
  } catch (err) {
    const f = fault('browser-failed', 'account.fault.noTab', { detail: opts.secrets.redactor.redact((err as Error).message) });
    session.loginFault = f;
    return { evidence: accountLoginFailed(f, undefined, loginUrl), session };
  }
  opts.log(`signing in at ${loginUrl} …`);
  const signed = await signIn({ context: session.context, login, secrets: opts.secrets, base: opts.home, allowed: session.allowed, log: opts.log });
  if (!signed.ok) {
    opts.log(`sign-in failed${signed.step ? ` at step ${signed.step.index} (${signed.step.label})` : ''}: ${signed.fault.message}`);
    session.loginFault = signed.fault;
    await bounded(session.context.close(), 5000);
    session.context = undefined;
    return { evidence: accountLoginFailed(signed.fault, signed.step, loginUrl), session };
  }
  session.landing = signed.landing;
  if (opts.readArea === false) {
    opts.log(`signed in (${(signed.durationMs / 1000).toFixed(1)} s) for ${opts.purpose ?? 'the journeys'}`);
    return { evidence: {}, session };
  }
  opts.log(`signed in (${(signed.durationMs / 1000).toFixed(1)} s); reading the account area from ${signed.landing} …`);
  if (opts.signal?.aborted) return { evidence: accountEvidence({ landing: signed.landing, signInMs: signed.durationMs, pagesRead: 0, pagesFailed: [], findings: findAccountFunctions([]) }), session };

  const maxPages = Math.max(1, Math.min(200, Math.floor(opts.config.account?.maxPages ?? DEFAULT_ACCOUNT_PAGES)));
  const result = await crawl(handle.browser, {
    identity: opts.identity,
    urls: [signed.landing],
    maxPages,
    concurrency: 2,
    pageTimeoutMs: 15_000,
    deadline: Date.now() + durationOr(opts.config.account?.timeout, DEFAULT_ACCOUNT_TIMEOUT_MS),
    allowHosts: [hostOf(loginUrl)].filter((h): h is string => !!h),
    context: session.context,
    skipLink: endsSession,
    onProgress: (p) => opts.log(`  account [${p.done}/${p.total}] ${p.url}`),
  });
  const landingPage = result.pages[0];
  const pagesFailed = result.pages.filter((p) => p.error && !p.snapshot).map((p) => ({ url: p.url, code: p.error!.code }));
  const evidence = accountEvidence({
    landing: signed.landing,
    signInMs: signed.durationMs,
    pagesRead: result.pages.filter((p) => p.snapshot).length,
    pagesFailed,
    findings: findAccountFunctions(result.pages),
    ...(landingPage && !landingPage.snapshot && landingPage.error ? { landingError: { code: landingPage.error.code, message: landingPage.error.message } } : {}),
  });
  return { evidence, session };
}

/** Runs the configured journeys (a shard's share when `only` says so). */
export async function runConfiguredJourneys(
  session: Session, opts: BehindLoginOptions & { outDir?: string; only?: (name: string, index: number, all: readonly string[]) => boolean },
): Promise<{ evidence: Evidence; runs: JourneyRun[] }> {
  const journeys = opts.config.journeys ?? [];
  if (!journeys.length) return { evidence: journeysNotConfigured(), runs: [] };
  let runs: JourneyRun[];
  try {
    runs = await runJourneys({
      journeys,
      only: opts.only,
      secrets: opts.secrets,
      session: session.context && session.landing ? { context: session.context, landing: session.landing } : undefined,
      loginFault: session.loginFault,
      anonymous: () => session.anonymous(),
      loginConfigured: !!opts.config.login,
      base: opts.home,
      allowed: session.allowed,
      outDir: opts.outDir,
      signal: opts.signal,
      log: opts.log,
    });
  } catch (err) {
    const f = fault('journeys-failed', 'account.fault.failed', { detail: opts.secrets.redactor.redact(String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 200)) });
    opts.log(`journeys: ${f.message}`);
    return { evidence: journeysFailed(f), runs: [] };
  }
  return { evidence: journeyEvidence(runs), runs };
}
