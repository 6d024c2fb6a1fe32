/**
 * What must be the same for shard outputs to be joined: the tool's version, the
 * checklists, the profile, the configuration, the target and the options that change
 * what is gathered. Each part is hashed on its own, so a refusal can say which one
 * differs. Paths are written relative to the file that named them, so the same
 * checkout in another folder (a CI runner, a laptop) gives the same fingerprint.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

export const FINGERPRINT_PARTS = ['tool', 'checklists', 'profile', 'config', 'target', 'options'] as const;
export type FingerprintPart = (typeof FINGERPRINT_PARTS)[number];

export interface Fingerprint {
  /** The hash of the parts together. */
  hash: string;
  parts: Record<FingerprintPart, string>;
}

/** JSON with object keys sorted at every depth, `file` keys dropped, and undefined left out. */
export function canonicalJson(value: unknown, rewrite: (s: string) => string = (s) => s): string {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return rewrite(v);
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      // Localized messages serialise through toJSON: read what JSON would.
      if (typeof (o as { toJSON?: unknown }).toJSON === 'function') return walk(JSON.parse(JSON.stringify(o)));
      return Object.fromEntries(Object.keys(o).filter((k) => k !== 'file' && o[k] !== undefined).sort().map((k) => [k, walk(o[k])]));
    }
    return v;
  };
  return JSON.stringify(walk(value));
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Absolute paths under `dir` as relative ones ("/ci/work/site" → "site" for dir /ci/work). */
export function relativeTo(dir: string | undefined): (s: string) => string {
  if (!dir) return (s) => s;
  const base = path.resolve(dir) + path.sep;
  return (s) => (s.startsWith(base) ? path.relative(dir, s).split(path.sep).join('/') : s);
}

export interface FingerprintInput {
  tool: string;
  checklists: unknown;
  profile: unknown;
  /** The config as loaded, and the file it came from (its paths are made relative to it). */
  config?: unknown;
  configFile?: string;
  target: unknown;
  options: unknown;
  /** Where relative paths of the target are read from (the working folder). */
  cwd?: string;
}

export function fingerprint(input: FingerprintInput): Fingerprint {
  const cwdRel = relativeTo(input.cwd ?? process.cwd());
  const parts: Record<FingerprintPart, string> = {
    tool: sha256(input.tool),
    checklists: sha256(canonicalJson(input.checklists)),
    profile: sha256(canonicalJson(input.profile)),
    config: sha256(canonicalJson(input.config ?? null, relativeTo(input.configFile ? path.dirname(input.configFile) : undefined))),
    target: sha256(canonicalJson(input.target, cwdRel)),
    options: sha256(canonicalJson(input.options)),
  };
  return { hash: sha256(FINGERPRINT_PARTS.map((p) => parts[p]).join('\n')), parts };
}

/** The parts in which two fingerprints differ. */
export function differingParts(a: Fingerprint, b: Fingerprint): FingerprintPart[] {
  return FINGERPRINT_PARTS.filter((p) => a.parts[p] !== b.parts[p]);
}
