/**
 * Credentials: read from the environment at the moment a run needs them, typed into the
 * site, and kept out of everything the run writes. A `Redactor` knows the values read
 * from the environment and blanks them — as written, in any case, URL-encoded,
 * form-encoded, HTML- and JSON-escaped — in evidence, logs and saved Lighthouse results.
 */
import { t } from '../../i18n/index.js';
import type { Lang } from '../../types.js';
import { InputError } from '../../util/errors.js';
import type { Problem } from '../../util/yaml-source.js';
import { ENV_REF, envRefs, type JourneyConfig, type LoginConfig, type StepConfig } from './config.js';

export const MASK = '••••';

export class Redactor {
  private readonly pattern: RegExp | undefined;
  private readonly lowered: string[];

  constructor(readonly secrets: readonly string[]) {
    const forms = new Set<string>();
    for (const s of secrets) {
      if (!s) continue;
      forms.add(s);
      forms.add(encodeURIComponent(s));
      forms.add(encodeURIComponent(s).replace(/%20/g, '+'));
      forms.add(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      forms.add(JSON.stringify(s).slice(1, -1));
      forms.add(s.replace(/[<>&'"=]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    }
    // Longest first, so a value that contains another is blanked whole.
    const list = [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
    this.pattern = list.length ? new RegExp(list.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi') : undefined;
    this.lowered = list.map((f) => f.toLowerCase());
  }

  get active(): boolean {
    return this.pattern !== undefined;
  }

  /** Does the text hold a credential in any of its forms? */
  holds(text: string): boolean {
    if (!this.pattern) return false;
    const low = text.toLowerCase();
    return this.lowered.some((f) => low.includes(f));
  }

  redact(text: string): string {
    return this.pattern ? text.replace(this.pattern, MASK) : text;
  }

  /** A copy of a JSON-like value with every string redacted (keys too). */
  redactDeep<T>(value: T): T {
    if (!this.pattern) return value;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.redact(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') {
        // Catalogue messages and other class instances serialise through toJSON: redact what they say.
        if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return walk(JSON.parse(JSON.stringify(v)));
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.redact(k), walk(x)]));
      }
      return v;
    };
    return walk(value) as T;
  }
}

export const NO_SECRETS = new Redactor([]);

/** The values a run types, by step, read from the environment; and the redactor that hides them. */
export interface Secrets {
  valueOf(step: StepConfig): string | undefined;
  redactor: Redactor;
}

/**
 * Reads every `${env.NAME}` the config names. An unset or empty variable is an input
 * error located at the value that names it (exit 2), raised before any probing.
 */
export function readSecrets(config: { login?: LoginConfig; journeys?: JourneyConfig[]; file?: string }, env: NodeJS.ProcessEnv = process.env, lang: Lang = 'en'): Secrets {
  const problems: Problem[] = [];
  const secrets = new Set<string>();
  for (const ref of envRefs(config)) {
    const v = env[ref.name];
    if (v === undefined || v === '') {
      problems.push({ file: ref.at?.file ?? config.file ?? 'readiness.config.yaml', line: ref.at?.line ?? 1, column: ref.at?.column ?? 1, severity: 'error', message: t(lang, 'account.config.envNotSet', { name: ref.name }) });
    } else secrets.add(v);
  }
  if (problems.length) throw new InputError(t(lang, 'account.config.envMissing'), problems);
  const redactor = new Redactor([...secrets]);
  return {
    redactor,
    valueOf(step) {
      if (step.value === undefined) return undefined;
      const m = ENV_REF.exec(step.value);
      return m ? env[m[1]!] : step.value;
    },
  };
}

/** Is a step's value a credential (read from the environment)? */
export function isSecretValue(step: StepConfig): boolean {
  return step.value !== undefined && ENV_REF.test(step.value);
}
