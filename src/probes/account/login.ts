/**
 * Signing in, once per run: the configured steps on the sign-in page, in the session's
 * browser context, until the success selector shows. What went wrong is told apart — a
 * selector that never appears, the site refusing the credentials (its sign-in form shown
 * again, or words saying so), a page that never loads, a CAPTCHA, a site that
 * rate-limits — and always names the step. Every wait is bounded by the login's time.
 */
import type { BrowserContext } from 'puppeteer-core';
import { fold } from '../signals/text.js';
import { actionOf, DEFAULT_LOGIN_TIMEOUT_MS, DEFAULT_STEP_TIMEOUT_MS, durationOr, type LoginConfig, type StepConfig } from './config.js';
import type { Secrets } from './secrets.js';
import {
  bounded, captchaShown, fault, MAX_RETRY_AFTER_MS, openScriptedTab, pageText, passwordFieldShown, rateLimited, resolveUrl, runStep, stepLabel,
  type ScriptedTab, type StepFault,
} from './steps.js';
import { retryAfterMs } from '../../scale/preflight.js';

/** How long the sign-in page itself may take to load. */
const PAGE_LOAD_MS = 20_000;
/** How long the success selector is awaited after the last step. */
const SUCCESS_WAIT_MS = 10_000;

export interface SignInOptions {
  context: BrowserContext;
  login: LoginConfig;
  secrets: Secrets;
  /** The audited site's home (relative URLs resolve against it). */
  base: string;
  /** Requests the sign-in tab may make. */
  allowed: (url: string) => boolean;
  log?: (line: string) => void;
}

export type SignInResult =
  | { ok: true; landing: string; durationMs: number; actions: number }
  | { ok: false; fault: StepFault; durationMs: number; step?: { index: number; label: string } };

/** Refusals in the site's words: wrong user or password, a locked account. */
const REFUSAL = /\b(?:(?:usuario|contrasena|clave|password|senha|credenciales|credentials|datos de acceso|e-?mail|correo)\b[^.\n]{0,60}\b(?:incorrect[oa]s?|invalid[oa]s?|erroneo?s?|errone[oa]s?|no (?:son )?valid[oa]s?|no coincid\w*|wrong|not (?:valid|recogni[sz]ed|match\w*)|invalid)|(?:incorrect[oa]s?|invalid[oa]s?|wrong|erroneo?s?|errad[oa]s?)\b[^.\n]{0,40}\b(?:usuario|contrasena|clave|password|senha|credencial\w*|credentials)|cuenta bloqueada|account (?:is )?locked|too many (?:failed )?attempts|demasiados intentos|intentos fallidos|no pudimos (?:iniciar|validar)|login failed|inicio de sesion fallido)\b/;

function refusalIn(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const f = fold(line);
    if (f.length <= 300 && REFUSAL.test(f)) return line.trim().slice(0, 160);
  }
  return undefined;
}

export async function signIn(opts: SignInOptions): Promise<SignInResult> {
  const started = Date.now();
  const deadline = started + durationOr(opts.login.timeout, DEFAULT_LOGIN_TIMEOUT_MS);
  const redactor = opts.secrets.redactor;
  const url = resolveUrl(opts.login.url, opts.base);
  const done = (r: Omit<Extract<SignInResult, { ok: false }>, 'durationMs'>): SignInResult => ({ ...r, durationMs: Date.now() - started });
  for (let attempt = 0; ; attempt++) {
    let tab: ScriptedTab;
    try {
      tab = await openScriptedTab(opts.context, opts.allowed);
    } catch (err) {
      return done({ ok: false, fault: fault('browser-failed', 'account.fault.noTab', { detail: redactor.redact((err as Error).message) }) });
    }
    try {
      const ctx = { tab, base: opts.base, redactor, onWait: (status: number, ms: number) => opts.log?.(`sign-in: the site answers ${status}; waiting ${Math.round(ms / 1000)} s as its Retry-After asks`) };
      // Step 0: the sign-in page itself.
      const opened = await runStep({ goto: url }, { ...ctx, deadline: Math.min(deadline, Date.now() + PAGE_LOAD_MS) });
      if (opened.fault) {
        const f = await explain(tab, opened.fault);
        return done({ ok: false, fault: f, step: { index: 0, label: 'open the sign-in page' } });
      }
      let actions = 0;
      let retry: number | undefined;
      for (const [i, step] of opts.login.steps.entries()) {
        const stepDeadline = Math.min(deadline, Date.now() + durationOr(step.timeout, DEFAULT_STEP_TIMEOUT_MS));
        const out = await runStep(step, { ...ctx, value: opts.secrets.valueOf(step), deadline: stepDeadline });
        if (out.fault) {
          retry = retryWait(out.fault, tab, attempt, deadline);
          if (retry !== undefined) break;
          return done({ ok: false, fault: await explain(tab, out.fault, step), step: { index: i + 1, label: stepLabel(step) } });
        }
        if (out.action) actions++;
      }
      if (retry === undefined) {
        const waitMs = Math.max(1, Math.min(SUCCESS_WAIT_MS, deadline - Date.now()));
        const shown = await bounded(tab.page.waitForSelector(opts.login.success, { visible: true, timeout: waitMs }), waitMs + 200);
        if (shown.ok && shown.value) return { ok: true, landing: tab.page.url(), durationMs: Date.now() - started, actions };
        const why = await whyNotSignedIn(tab, opts.login.success, waitMs, attempt, deadline);
        if ('retry' in why) retry = why.retry;
        else return done({ ok: false, fault: why.fault, step: { index: opts.login.steps.length + 1, label: `success ${JSON.stringify(opts.login.success)}` } });
      }
      opts.log?.(`sign-in: the site rate-limits; waiting ${Math.round(retry / 1000)} s as its Retry-After asks, then signing in again`);
      await new Promise((r) => setTimeout(r, retry));
    } finally {
      await tab.close();
    }
  }
}

/** A wait the site asked for that fits the bound: then the whole sign-in is tried once more. */
function retryWait(f: StepFault, tab: ScriptedTab, attempt: number, deadline: number): number | undefined {
  if (f.code !== 'rate-limited' || attempt > 0) return undefined;
  const doc = tab.state.documents[tab.state.documents.length - 1];
  const wait = retryAfterMs(doc?.retryAfter);
  return wait !== undefined && wait <= MAX_RETRY_AFTER_MS && Date.now() + wait + 5000 < deadline ? wait : undefined;
}

/** A step's fault, seen from the sign-in: a CAPTCHA explains a missing field, a refused page a missing button. */
async function explain(tab: ScriptedTab, f: StepFault, step?: StepConfig): Promise<StepFault> {
  if (f.code === 'rate-limited') return f;
  if (await captchaShown(tab)) return fault('login-captcha', 'account.login.captcha', { detail: { msg: f.reason } });
  if (f.code === 'navigation-timeout' && !step) return fault('login-timeout', 'account.login.pageTimeout', { detail: { msg: f.reason } });
  if (f.code === 'navigation-timeout') return fault('login-timeout', 'account.login.stepTimeout', { detail: { msg: f.reason } });
  if (f.code === 'selector-timeout' || f.code === 'bad-selector') {
    return fault('login-selector', step && actionOf(step) === 'waitFor' ? 'account.login.waitedInVain' : 'account.login.selector', { detail: { msg: f.reason } });
  }
  return fault(f.code.startsWith('http-') ? 'login-http' : 'login-failed', 'account.login.stepFailed', { detail: { msg: f.reason } });
}

async function whyNotSignedIn(tab: ScriptedTab, success: string, waitedMs: number, attempt: number, deadline: number): Promise<{ fault: StepFault } | { retry: number }> {
  const doc = tab.state.documents[tab.state.documents.length - 1];
  if (doc && (doc.status === 429 || doc.status === 503 && doc.retryAfter !== undefined)) {
    const wait = retryAfterMs(doc.retryAfter);
    if (attempt === 0 && wait !== undefined && wait <= MAX_RETRY_AFTER_MS && Date.now() + wait + 5000 < deadline) return { retry: wait };
    return { fault: rateLimited(doc.status, wait) };
  }
  if (await captchaShown(tab)) return { fault: fault('login-captcha', 'account.login.captchaAfter') };
  const words = refusalIn(await pageText(tab));
  if (words) return { fault: fault('login-rejected', 'account.login.rejectedWords', { words }) };
  if (await passwordFieldShown(tab)) return { fault: fault('login-rejected', 'account.login.formAgain') };
  if (doc && doc.status >= 400) return { fault: fault('login-http', 'account.login.http', { status: doc.status }) };
  return { fault: fault('login-no-success', 'account.login.noSuccess', { selector: success, duration: { duration: waitedMs } }) };
}
