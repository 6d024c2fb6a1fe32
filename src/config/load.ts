/**
 * readiness.config.yaml: what to audit, against which checklists, and the gate.
 * Paths inside it are relative to the file, so a config works from any folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Lang, Waiver } from '../types.js';
import type { GatePolicy } from '../engine/gate.js';
import { locate, readYamlFile, type Problem, type SourceFile } from '../util/yaml-source.js';
import { acceptedTargets, describeTarget, parseTarget } from '../util/target.js';
import { validateAgainst } from '../util/schema.js';
import { InputError } from '../util/errors.js';
import type { FreshnessConfig } from '../measure/freshness/types.js';
import type { AvailabilityConfig } from '../measure/availability.js';
import type { DataConfig } from '../data/config.js';
import { checkDataConfig } from '../data/config-check.js';
import { checkAccountConfig, type AccountAreaConfig, type JourneyConfig, type LoginConfig } from '../probes/account/config.js';

export const CONFIG_FILENAMES = ['readiness.config.yaml', 'readiness.config.yml'];

export interface Config {
  profile?: string;
  checklists?: string[];
  targets?: { urls?: string[]; serve?: string; origin?: string };
  areas?: Record<string, { weight?: number; enabled?: boolean }>;
  coverageThreshold?: number;
  gate?: GatePolicy;
  waivers?: Waiver[];
  probes?: { maxPages?: number; concurrency?: number; pageTimeout?: string; lighthouse?: boolean };
  output?: { formats?: string[]; dir?: string; lang?: Lang };
  /** Configured freshness sources (dbt-style) and sitemap limits; see src/measure/freshness/. */
  freshness?: FreshnessConfig;
  /** Sampling of the site and declared web/API endpoints; see src/measure/availability.ts. */
  availability?: AvailabilityConfig;
  /** The organisation's exports read as evidence; see src/data/config.ts. */
  data?: DataConfig;
  /** Signing in once per run, the account area behind it and scripted journeys; see src/probes/account/config.ts. */
  login?: LoginConfig;
  account?: AccountAreaConfig;
  journeys?: JourneyConfig[];
  /** The file it came from, when it came from one. */
  file?: string;
}

export function findConfig(dir = process.cwd()): string | undefined {
  for (const name of CONFIG_FILENAMES) {
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

export function readConfig(file: string): { config?: Config; problems: Problem[] } {
  const src = readYamlFile(file);
  if (src.problems.length) return { problems: src.problems };
  const data = (src.data ?? {}) as Config;
  const problems = validateAgainst('config', src, data);
  if (problems.length) return { problems };
  problems.push(...targetUrlProblems(src, data));
  if (problems.length) return { problems };
  const dir = path.dirname(file);
  const rel = (p: string) => (path.isAbsolute(p) ? p : path.join(dir, p));
  const config: Config = { ...data, file };
  if (config.profile) config.profile = rel(config.profile);
  if (config.targets?.serve) config.targets = { ...config.targets, serve: rel(config.targets.serve) };
  if (config.output?.dir) config.output = { ...config.output, dir: rel(config.output.dir) };
  // Built-in area ids stay as they are; anything that looks like a path is resolved.
  if (config.checklists) config.checklists = config.checklists.map((c) => (/[\\/]|\.ya?ml$/.test(c) ? rel(c) : c));
  if (config.data) {
    // Data sources are checked against the mappings and fields of their kind, and keep their positions for later errors.
    config.data = { ...config.data, sources: config.data.sources.map((s) => ({ ...s })) };
    problems.push(...checkDataConfig(config.data, file, (p, key) => locate(src, p, key), rel, config.output?.lang));
    if (problems.length) return { problems };
  }
  if (config.login || config.journeys) {
    // Steps keep their positions, so an environment variable missing at run time is located too.
    if (config.login) config.login = { ...config.login, steps: config.login.steps.map((st) => ({ ...st })) };
    if (config.journeys) config.journeys = config.journeys.map((j) => ({ ...j, steps: j.steps.map((st) => ({ ...st })) }));
    problems.push(...checkAccountConfig(config, file, (p, key) => locate(src, p, key), config.output?.lang));
    if (problems.length) return { problems };
  }
  return { config, problems };
}

/**
 * Every `targets.urls` entry must be an http(s) URL, written in full: a typo in the
 * scheme is a configuration error (exit 2, located), not an unreachable site.
 */
function targetUrlProblems(src: SourceFile<unknown>, data: Config): Problem[] {
  const entries: [string, (string | number)[], string][] = (data.targets?.urls ?? []).map((u, i) => [u, ['targets', 'urls', i], `targets.urls.${i}`]);
  if (data.targets?.origin !== undefined) entries.push([data.targets.origin, ['targets', 'origin'], 'targets.origin']);
  return entries.flatMap(([u, where, name]): Problem[] => {
    const r = parseTarget(u, { bareHost: false });
    if (r.ok) return [];
    const at = locate(src, where);
    return [{ file: src.file, ...at, severity: 'error', message: `\`${name}\`: ${describeTarget(r, 'targets.serve:')} (accepted: ${acceptedTargets('targets.serve:')})` }];
  });
}

export function loadConfig(file: string): Config {
  const r = readConfig(file);
  if (r.problems.length || !r.config) throw new InputError(`invalid config ${file}`, r.problems);
  return r.config;
}
