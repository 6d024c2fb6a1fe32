/**
 * Evidence saved once and scored later (`audit --gather-only DIR`, then
 * `--from-evidence DIR`), like Lighthouse's -G / -A: the gathering is kept as one JSON
 * file, and re-scoring needs no browser — the profile may change in between.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Evidence } from '../types.js';
import { InputError } from '../util/errors.js';

export const EVIDENCE_FILE = 'evidence.json';

export interface SavedEvidence {
  target?: string;
  gatheredAt?: string;
  /** The pages the crawl visited, as `readiness probe --json` lists them. */
  pages?: unknown[];
  evidence: Evidence;
}

/** Writes DIR/evidence.json and returns its path. */
export function saveEvidence(dir: string, saved: SavedEvidence): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, EVIDENCE_FILE);
  writeFileSync(file, JSON.stringify({ gatheredAt: new Date().toISOString(), ...saved }, null, 2));
  return file;
}

/** Reads DIR/evidence.json (or a .json file given directly). Unreadable or malformed input is an InputError. */
export function loadSavedEvidence(dir: string): SavedEvidence {
  const file = dir.endsWith('.json') ? dir : path.join(dir, EVIDENCE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`cannot read ${file}; save evidence first with --gather-only ${dir}`);
  }
  let data: Partial<SavedEvidence>;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${file} is not valid JSON (${(err as Error).message})`);
  }
  if (!data || typeof data.evidence !== 'object' || data.evidence === null) {
    throw new InputError(`${file} has no "evidence" object; it should be written by --gather-only`);
  }
  return { ...data, evidence: data.evidence };
}
