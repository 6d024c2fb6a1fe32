/**
 * The config's `login:`, `account:` and `journeys:` sections: signing in once per run,
 * reading the account area behind it, and scripted customer journeys.
 *
 * ```yaml
 * login:
 *   url: /ingresar                                  # or https://…
 *   steps:
 *     - { fill: "#usuario", value: "${env.PORTAL_USER}" }
 *     - { fill: "#clave", value: "${env.PORTAL_PASSWORD}" }
 *     - { click: "button[type=submit]" }
 *   success: "#mi-cuenta"                           # shown only once signed in
 * journeys:
 *   - name: track my order
 *     steps:
 *       - { click: "a[href$='/pedidos']" }
 *       - { waitFor: ".estado-pedido" }
 * ```
 *
 * Login values come only from environment variables, so no credential is ever written in
 * a file the tool reads; a journey's values may be written or come from the environment.
 * The checks here run on every start (readConfig), so this module loads nothing heavy.
 */
import type { Lang } from '../../types.js';
import type { Problem } from '../../util/yaml-source.js';
import { parseDuration } from '../../util/duration.js';
import { t } from '../../i18n/index.js';

/** What a step does: each step has exactly one of these keys. */
export const STEP_ACTIONS = ['goto', 'fill', 'select', 'click', 'download', 'waitFor'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export interface StepLocation {
  file: string;
  line: number;
  column: number;
}

export interface StepConfig {
  goto?: string;
  fill?: string;
  select?: string;
  click?: string;
  download?: string;
  waitFor?: string;
  /** For fill and select: the text, or `${env.NAME}`. */
  value?: string;
  /** A name for reports ("open my orders"); the action and selector otherwise. */
  name?: string;
  /** Bound on this step (default 10s). */
  timeout?: string;
  /** Where the step and its value are written (kept by readConfig for later errors). */
  at?: { step: StepLocation; value?: StepLocation };
}

export interface LoginConfig {
  /** The sign-in page: an absolute http(s) URL, or a path on the audited site. */
  url: string;
  steps: StepConfig[];
  /** A selector present only once signed in. */
  success: string;
  /** Bound on the whole sign-in (default 45s). */
  timeout?: string;
}

export interface AccountAreaConfig {
  /** Account pages read after signing in (default 20). */
  maxPages?: number;
  /** Bound on reading the account area (default 90s). */
  timeout?: string;
}

export interface JourneyConfig {
  name: string;
  /** Where the journey starts: a path or URL (default: where the sign-in landed, else the home page). */
  start?: string;
  /** Run signed in (default: true when `login:` is configured). */
  signedIn?: boolean;
  steps: StepConfig[];
  /** Bound on the whole journey (default 60s). */
  timeout?: string;
}

export const DEFAULT_STEP_TIMEOUT_MS = 10_000;
export const DEFAULT_LOGIN_TIMEOUT_MS = 45_000;
export const DEFAULT_JOURNEY_TIMEOUT_MS = 60_000;
export const DEFAULT_ACCOUNT_TIMEOUT_MS = 90_000;
export const DEFAULT_ACCOUNT_PAGES = 20;

/** `${env.NAME}`: the only way a login value is written. */
export const ENV_REF = /^\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}$/;

export function actionOf(step: StepConfig): StepAction {
  return STEP_ACTIONS.find((a) => step[a] !== undefined) ?? 'waitFor';
}

/** What a step acts on: its selector, or its URL for goto. */
export function targetOf(step: StepConfig): string {
  return step[actionOf(step)] ?? '';
}

export function durationOr(v: string | undefined, fallback: number): number {
  const ms = v === undefined ? undefined : parseDuration(v);
  return ms !== undefined && ms > 0 ? ms : fallback;
}

type Locate = (p: (string | number)[], key?: boolean) => { line: number; column: number };

interface Sections {
  login?: LoginConfig;
  account?: AccountAreaConfig;
  journeys?: JourneyConfig[];
}

/**
 * Rules the schema cannot say, each located in the config: login values only from the
 * environment, a value for fill and select and none for the other actions, URLs that are
 * http(s) or a path, journey names unique. Keeps each step's position for later errors
 * (an environment variable that is not set).
 */
export function checkAccountConfig(config: Sections, file: string, locate: Locate, lang: Lang = 'en'): Problem[] {
  const problems: Problem[] = [];
  const problem = (p: (string | number)[], id: Parameters<typeof t>[1], values: Record<string, string> = {}, key = false) =>
    problems.push({ file, ...locate(p, key), severity: 'error', message: t(lang, id, values) });
  const checkUrl = (p: (string | number)[], url: string) => {
    if (url.startsWith('/') && !url.startsWith('//')) return;
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') return;
    } catch {
      /* reported below */
    }
    problem(p, 'account.config.badUrl', { url });
  };
  const checkSteps = (base: (string | number)[], steps: StepConfig[], envOnly: boolean) => {
    steps.forEach((s, i) => {
      const at = [...base, i];
      const action = actionOf(s);
      s.at = { step: { file, ...locate(at) } };
      if (s.value !== undefined) s.at.value = { file, ...locate([...at, 'value']) };
      if (action === 'fill' || action === 'select') {
        if (s.value === undefined) problem(at, 'account.config.valueNeeded', { action });
        else if (envOnly && !ENV_REF.test(s.value)) problem([...at, 'value'], 'account.config.loginValueFromEnv');
        else if (!envOnly && s.value.includes('${') && !ENV_REF.test(s.value)) problem([...at, 'value'], 'account.config.badEnvRef', { value: s.value });
      } else if (s.value !== undefined) {
        problem([...at, 'value'], 'account.config.valueNotUsed', { action });
      }
      if (action === 'goto') checkUrl([...at, 'goto'], s.goto!);
    });
  };
  if (config.login) {
    checkUrl(['login', 'url'], config.login.url);
    checkSteps(['login', 'steps'], config.login.steps, true);
  }
  const names = new Map<string, number>();
  (config.journeys ?? []).forEach((j, i) => {
    const prior = names.get(j.name.trim().toLowerCase());
    if (prior !== undefined) problem(['journeys', i, 'name'], 'account.config.duplicateJourney', { name: j.name, first: String(prior + 1) });
    else names.set(j.name.trim().toLowerCase(), i);
    if (j.start !== undefined) checkUrl(['journeys', i, 'start'], j.start);
    if (j.signedIn === true && !config.login) problem(['journeys', i, 'signedIn'], 'account.config.signedInWithoutLogin', { name: j.name });
    checkSteps(['journeys', i, 'steps'], j.steps, false);
  });
  return problems;
}

/** The environment variables a config reads, each with where it is named. */
export function envRefs(config: Sections): { name: string; at?: StepLocation }[] {
  const out: { name: string; at?: StepLocation }[] = [];
  const steps = [...(config.login?.steps ?? []), ...(config.journeys ?? []).flatMap((j) => j.steps)];
  for (const s of steps) {
    const m = s.value === undefined ? null : ENV_REF.exec(s.value);
    if (m) out.push({ name: m[1]!, at: s.at?.value ?? s.at?.step });
  }
  return out;
}
