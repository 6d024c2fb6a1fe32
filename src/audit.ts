/**
 * The audit pipeline: load → gather → evaluate. Gathering is the only phase with
 * I/O; its evidence can be saved (`gatherOnly`) and re-scored later without a
 * browser (`evidence`), like Lighthouse's -G / -A.
 */
import path from 'node:path';
import type { Checklist, Evidence, Lang, Profile, Report } from './types.js';
import { BUILTIN_DIR, loadChecklists, builtinChecklistFiles } from './checklists/load.js';
import { loadProfile } from './profile/load.js';
import type { Config } from './config/load.js';
import { evaluate } from './engine/evaluate.js';
import type { GatePolicy } from './engine/gate.js';
import { TOOL_NAME, toolVersion } from './version.js';
import { InputError } from './util/errors.js';

export interface AuditOptions {
  /** Path to the profile YAML (or an already loaded profile). */
  profile: string | Profile;
  config?: Config;
  /** Built-in area ids or checklist paths; defaults to the config's, then all built-in. */
  checklists?: string[];
  /** Evidence gathered earlier (probes, data); merged over the profile's own. */
  evidence?: Evidence;
  lang?: Lang;
  failUnder?: number;
  now?: Date;
  target?: string;
  baselineScore?: number | null;
}

/** Resolves built-in ids and paths to checklist files. */
export function checklistFiles(selection: string[] | undefined): string[] {
  if (!selection || selection.length === 0) return builtinChecklistFiles();
  return selection.map((s) => (/[\\/]|\.ya?ml$/.test(s) ? s : path.join(BUILTIN_DIR, `${s}.yaml`)));
}

/**
 * Every area a run knows, switched on or off: a profile is checked against these, so
 * that answers to an area the config switches off (`areas: { legal: { enabled: false } }`)
 * stay valid and are simply not scored.
 */
export function knownChecklists(config: Config | undefined, selection?: string[]): Checklist[] {
  return loadChecklists(checklistFiles(selection ?? config?.checklists));
}

/** The areas a run scores: the known ones less those the config's `areas:` switches off. */
export function selectChecklists(config: Config | undefined, selection?: string[], known = knownChecklists(config, selection)): Checklist[] {
  return known.filter((l) => areaSetting(config, l, 'enabled') !== false);
}

/**
 * An area's setting from the config's `areas:`, keyed by its own id or, failing that,
 * by its pack's (`areas: { legal: { enabled: false } }` switches off every legal-duties
 * area; `legal-co: { enabled: true }` beside it keeps Colombia's): the narrower key wins.
 */
export function areaSetting<K extends 'enabled' | 'weight'>(config: Config | undefined, list: Pick<Checklist, 'id' | 'pack'>, key: K): NonNullable<Config['areas']>[string][K] {
  const own = config?.areas?.[list.id]?.[key];
  if (own !== undefined || !list.pack) return own;
  return config?.areas?.[list.pack]?.[key];
}

export function gatePolicy(config: Config | undefined, failUnder?: number): GatePolicy {
  const gate: GatePolicy = { ...(config?.gate ?? {}) };
  if (failUnder !== undefined) gate.minScore = failUnder;
  return gate;
}

/** Scores a profile (and any gathered evidence) against the checklists. */
export function auditProfile(opts: AuditOptions): Report {
  const known = knownChecklists(opts.config, opts.checklists);
  const checklists = selectChecklists(opts.config, opts.checklists, known);
  let profile: Profile;
  if (typeof opts.profile === 'string') profile = loadProfile(opts.profile, known);
  else profile = opts.profile;
  if (!profile) throw new InputError('no profile given');
  const areaWeights = Object.fromEntries(
    checklists.map((l) => [l.id, areaSetting(opts.config, l, 'weight')] as const).filter((e): e is [string, number] => e[1] !== undefined),
  );
  return evaluate({
    checklists,
    profile,
    evidence: opts.evidence,
    now: opts.now ?? new Date(),
    lang: opts.lang ?? opts.config?.output?.lang ?? 'en',
    gate: gatePolicy(opts.config, opts.failUnder),
    areaWeights,
    coverageThreshold: opts.config?.coverageThreshold,
    waivers: opts.config?.waivers,
    target: opts.target,
    tool: { name: TOOL_NAME, version: toolVersion() },
    baselineScore: opts.baselineScore,
    profilePath: typeof opts.profile === 'string' ? opts.profile : opts.profile.file,
    minSample: opts.config?.data?.minSample,
  });
}
