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

export function selectChecklists(config: Config | undefined, selection?: string[]): Checklist[] {
  const lists = loadChecklists(checklistFiles(selection ?? config?.checklists));
  const disabled = new Set(Object.entries(config?.areas ?? {}).filter(([, v]) => v.enabled === false).map(([k]) => k));
  return lists.filter((l) => !disabled.has(l.id));
}

export function gatePolicy(config: Config | undefined, failUnder?: number): GatePolicy {
  const gate: GatePolicy = { ...(config?.gate ?? {}) };
  if (failUnder !== undefined) gate.minScore = failUnder;
  return gate;
}

/** Scores a profile (and any gathered evidence) against the checklists. */
export function auditProfile(opts: AuditOptions): Report {
  const checklists = selectChecklists(opts.config, opts.checklists);
  let profile: Profile;
  if (typeof opts.profile === 'string') profile = loadProfile(opts.profile, checklists);
  else profile = opts.profile;
  if (!profile) throw new InputError('no profile given');
  const areaWeights = Object.fromEntries(
    Object.entries(opts.config?.areas ?? {}).filter(([, v]) => v.weight !== undefined).map(([k, v]) => [k, v.weight!]),
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
