/**
 * The built-in checklists, pre-validated at build time into one JSON file, so the
 * CLI's hot paths (`readiness checklists`, a profile-only audit) do not parse 4,000
 * lines of YAML and compile a schema on every start. The bundle records each
 * source file's size and modification time; if any differs (someone edited a
 * built-in checklist), the YAML is read and validated as usual.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Checklist } from '../types.js';

export const BUNDLE_FILE = fileURLToPath(new URL('../builtin-checklists.json', import.meta.url));

interface Bundle {
  files: { name: string; size: number; mtimeMs: number }[];
  checklists: Checklist[];
}

function stamp(file: string): { size: number; mtimeMs: number } {
  const s = statSync(file);
  return { size: s.size, mtimeMs: Math.trunc(s.mtimeMs) };
}

/** The bundled checklists when they still match `files` exactly, else undefined. */
export function readBundle(files: string[], dir: string): Checklist[] | undefined {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')) as Bundle;
  } catch {
    return undefined;
  }
  if (bundle.files.length !== files.length) return undefined;
  for (let i = 0; i < files.length; i++) {
    const f = bundle.files[i];
    if (path.join(dir, f.name) !== files[i]) return undefined;
    let now: { size: number; mtimeMs: number };
    try {
      now = stamp(files[i]);
    } catch {
      return undefined;
    }
    if (now.size !== f.size || now.mtimeMs !== f.mtimeMs) return undefined;
  }
  // Locations are stored relative to the folder so the bundle survives a move.
  return bundle.checklists.map((l) => ({
    ...l,
    file: path.join(dir, l.file ?? ''),
    checks: l.checks.map((c) => (c.location ? { ...c, location: { ...c.location, file: path.join(dir, c.location.file) } } : c)),
  }));
}

export function writeBundle(files: string[], dir: string, checklists: Checklist[]): void {
  const rel = (f: string) => path.relative(dir, f);
  const bundle: Bundle = {
    files: files.map((f) => ({ name: rel(f), ...stamp(f) })),
    checklists: checklists.map((l) => ({
      ...l,
      file: rel(l.file ?? ''),
      checks: l.checks.map((c) => (c.location ? { ...c, location: { ...c.location, file: rel(c.location.file) } } : c)),
    })),
  };
  writeFileSync(BUNDLE_FILE, JSON.stringify(bundle));
}
