/**
 * Scripted customer journeys ("track my order", "file a complaint", "download my
 * invoice"): each run in its own tab, signed in when the run signed in, every step and
 * the whole journey bounded. A run records whether it completed, the steps done, the
 * customer's actions (clicks, fields, choices, downloads), the pages shown and the time;
 * a journey that stops names its step, with a screenshot of that moment that never shows
 * a credential. Journeys run one after another: at once, they would time each other.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { reason, type Message } from '../../i18n/index.js';
import { actionOf, DEFAULT_JOURNEY_TIMEOUT_MS, DEFAULT_STEP_TIMEOUT_MS, durationOr, targetOf, type JourneyConfig } from './config.js';
import type { Secrets } from './secrets.js';
import { fault, openScriptedTab, passwordFieldShown, resolveUrl, runStep, safeScreenshot, stepLabel, type ScriptedTab, type StepFault } from './steps.js';

export interface JourneyFailure {
  /** 1-based; 0 is opening the journey's start page. */
  step: number;
  label: string;
  action: string;
  target: string;
  code: string;
  message: string;
  reason: Message;
}

/** One journey's run: what the customer-effort checks read and the report shows. */
export interface JourneyRun {
  name: string;
  success: boolean;
  signedIn: boolean;
  start: string;
  /** Steps in the script, and how many were done. */
  steps: number;
  stepsDone: number;
  /** The customer's actions done: clicks, fields filled, choices, downloads. */
  actions: number;
  /** Distinct pages shown on the way (the start page included). */
  pages: number;
  timeMs: number;
  failedAt?: JourneyFailure;
  /** The failing step's screenshot, relative to the output folder. */
  screenshot?: string;
  /** Why there is no screenshot of the failing step. */
  screenshotNote?: string;
  screenshotNoteReason?: Message;
}

export interface RunJourneysOptions {
  journeys: readonly JourneyConfig[];
  /** Which journeys this process runs (a shard's share): all when absent. */
  only?: (name: string, index: number, all: readonly string[]) => boolean;
  secrets: Secrets;
  /** The signed-in session, when the run signed in. */
  session?: { context: BrowserContext; landing: string };
  /** Why there is no session although a sign-in is configured (the login's fault). */
  loginFault?: StepFault;
  /** A context for journeys run without signing in (made on demand). */
  anonymous: () => Promise<BrowserContext>;
  loginConfigured: boolean;
  base: string;
  allowed: (url: string) => boolean;
  outDir?: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export function journeySlug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'journey';
}

export async function runJourneys(opts: RunJourneysOptions): Promise<JourneyRun[]> {
  const runs: JourneyRun[] = [];
  const names = opts.journeys.map((j) => j.name);
  // Slugs are given over every configured journey, run here or not: a split run's shards
  // name each journey's screenshot as one process running them all would.
  const slugs = new Set<string>();
  const slugOf = opts.journeys.map((j) => {
    let slug = journeySlug(j.name);
    for (let n = 2; slugs.has(slug); n++) slug = `${journeySlug(j.name)}-${n}`;
    slugs.add(slug);
    return slug;
  });
  for (const [i, j] of opts.journeys.entries()) {
    if (opts.only && !opts.only(j.name, i, names)) continue;
    if (opts.signal?.aborted) break;
    const slug = slugOf[i]!;
    const run = await runJourney(j, slug, opts);
    runs.push(run);
    opts.log?.(`journey "${j.name}": ${run.success ? 'completed' : `stopped at step ${run.failedAt?.step} (${run.failedAt?.label}): ${run.failedAt?.message}`} — ${run.actions} actions, ${run.pages} pages, ${(run.timeMs / 1000).toFixed(1)} s`);
  }
  return runs;
}

async function runJourney(j: JourneyConfig, slug: string, opts: RunJourneysOptions): Promise<JourneyRun> {
  const started = Date.now();
  const signedIn = j.signedIn ?? opts.loginConfigured;
  const start = j.start !== undefined ? resolveUrl(j.start, opts.base) : signedIn && opts.session ? opts.session.landing : opts.base;
  const run: JourneyRun = { name: j.name, success: false, signedIn, start, steps: j.steps.length, stepsDone: 0, actions: 0, pages: 0, timeMs: 0 };
  const fail = (step: number, label: string, action: string, target: string, f: StepFault): JourneyRun => {
    run.failedAt = { step, label, action, target, code: f.code, message: f.message, reason: f.reason };
    run.timeMs = Date.now() - started;
    return run;
  };
  if (signedIn && !opts.session) {
    const why = opts.loginFault ? fault('not-signed-in', 'account.journey.notSignedIn', { detail: { msg: opts.loginFault.reason } }) : fault('not-signed-in', 'account.journey.noSession');
    return fail(0, 'sign in', 'login', '', why);
  }
  const deadline = started + durationOr(j.timeout, DEFAULT_JOURNEY_TIMEOUT_MS);
  let tab: ScriptedTab;
  try {
    const context = signedIn && opts.session ? opts.session.context : await opts.anonymous();
    tab = await openScriptedTab(context, opts.allowed);
  } catch (err) {
    return fail(0, 'open a tab', 'goto', start, fault('browser-failed', 'account.fault.noTab', { detail: opts.secrets.redactor.redact((err as Error).message) }));
  }
  try {
    const ctx = { tab, base: opts.base, redactor: opts.secrets.redactor, onWait: (status: number, ms: number) => opts.log?.(`journey "${j.name}": the site answers ${status}; waiting ${Math.round(ms / 1000)} s as its Retry-After asks`) };
    const opened = await runStep({ goto: start }, { ...ctx, deadline: Math.min(deadline, Date.now() + 20_000) });
    if (opened.fault) {
      fail(0, `open ${start}`, 'goto', start, opened.fault);
      await shoot(run, tab, slug, 0, opts);
      return run;
    }
    for (const [i, step] of j.steps.entries()) {
      if (Date.now() >= deadline) {
        fail(i + 1, stepLabel(step), actionOf(step), targetOf(step), fault('journey-timeout', 'account.journey.timeout', { duration: { duration: deadline - started } }));
        await shoot(run, tab, slug, i + 1, opts);
        break;
      }
      const stepDeadline = Math.min(deadline, Date.now() + durationOr(step.timeout, DEFAULT_STEP_TIMEOUT_MS));
      const out = await runStep(step, { ...ctx, value: opts.secrets.valueOf(step), deadline: stepDeadline });
      if (out.fault) {
        fail(i + 1, stepLabel(step), actionOf(step), targetOf(step), out.fault);
        await shoot(run, tab, slug, i + 1, opts);
        break;
      }
      run.stepsDone++;
      if (out.action) run.actions++;
    }
    run.success = !run.failedAt;
    run.pages = new Set(tab.state.documents.filter((d) => d.status < 400 && !d.attachment).map((d) => d.url.split('#')[0])).size;
    // A stopped journey's time is where it stopped, before its screenshot.
    if (run.success) run.timeMs = Date.now() - started;
    return run;
  } finally {
    await tab.close();
  }
}

/** The failing step's screenshot, when there is a folder to save it in and nothing on the page is a credential. */
async function shoot(run: JourneyRun, tab: ScriptedTab, slug: string, step: number, opts: RunJourneysOptions): Promise<void> {
  run.pages = new Set(tab.state.documents.filter((d) => d.status < 400 && !d.attachment).map((d) => d.url.split('#')[0])).size;
  const withhold = (id: Parameters<typeof reason>[0]) => {
    const r = reason(id);
    run.screenshotNote = r.message;
    run.screenshotNoteReason = r.reason;
  };
  if (!opts.outDir) return withhold('account.screenshot.noFolder');
  if (await passwordFieldShown(tab)) return withhold('account.screenshot.passwordPage');
  const shot = await safeScreenshot(tab, opts.secrets.redactor);
  if (!shot.png) {
    run.screenshotNote = reason(shot.withheld!.id, shot.withheld!.values).message;
    run.screenshotNoteReason = shot.withheld!;
    return;
  }
  const rel = `journeys/${slug}-step-${step}.png`;
  try {
    const file = path.join(opts.outDir, ...rel.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, shot.png);
    run.screenshot = rel;
  } catch {
    withhold('account.screenshot.failed');
  }
}
