/** Shared by the probe tests: fixture sites, their labels, and precision/recall scoring. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evidence } from '../../src/types.js';

export const SITES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sites');

export interface Labels {
  site: string;
  builder: string;
  language: string;
  country: string;
  /** The production origin of the copy, when its pages link to the organisation's other hosts. */
  origin?: string;
  signals: Record<string, unknown>;
}

export function fixtureSites(): { name: string; dir: string; labels: Labels }[] {
  return readdirSync(SITES_DIR)
    .filter((d) => existsSync(path.join(SITES_DIR, d, 'labels.json')))
    .sort()
    .map((name) => ({ name, dir: path.join(SITES_DIR, name), labels: JSON.parse(readFileSync(path.join(SITES_DIR, name, 'labels.json'), 'utf8')) as Labels }));
}

/** Signals whose value is a set of items (each item is scored); the rest are booleans. */
export const SET_SIGNALS = new Set(['site.contact.phones', 'site.contact.emails', 'site.contact.whatsapp', 'site.chat.vendors', 'site.structuredData.types', 'site.hreflang', 'site.lang']);
/** Signals labelled as "present or not" although the evidence value is a list. */
export const PRESENCE_SIGNALS = new Set(['site.contact.hours', 'site.contact.addresses']);

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
}

function asSet(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v ? [v] : [];
  return [];
}

/** Adds one site's result to the per-signal tallies. An evidence error counts as "not found". */
export function score(tallies: Map<string, Tally>, site: string, labels: Record<string, unknown>, evidence: Evidence): void {
  for (const [key, expected] of Object.entries(labels)) {
    const t = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0, misses: [] };
    tallies.set(key, t);
    const item = evidence[key];
    const value = item && !item.error ? item.value : undefined;
    if (SET_SIGNALS.has(key)) {
      const want = new Set(asSet(expected));
      const got = new Set(asSet(value));
      for (const g of got) {
        if (want.has(g)) t.tp++;
        else {
          t.fp++;
          t.misses.push(`${site}: unexpected ${g}`);
        }
      }
      for (const w of want) {
        if (!got.has(w)) {
          t.fn++;
          t.misses.push(`${site}: missed ${w}${item?.error ? ` (error: ${item.error.message})` : ''}`);
        }
      }
      if (!want.size && !got.size) t.tn++;
    } else {
      const want = expected === true;
      const got = PRESENCE_SIGNALS.has(key) ? Array.isArray(value) && value.length > 0 : value === true;
      if (want && got) t.tp++;
      else if (!want && !got) t.tn++;
      else if (got) {
        t.fp++;
        t.misses.push(`${site}: false positive (${JSON.stringify(item?.sources?.[0] ?? {})})`);
      } else {
        t.fn++;
        t.misses.push(`${site}: missed${item?.error ? ` (error: ${item.error.message})` : ''}`);
      }
    }
  }
}

export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

export function table(tallies: Map<string, Tally>): string {
  const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
  const lines = [`${'signal'.padEnd(34)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'TN'.padStart(4)}  precision  recall`];
  for (const [k, t] of rows) {
    lines.push(`${k.padEnd(34)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${String(t.tn).padStart(4)}  ${precision(t).toFixed(3).padStart(9)}  ${recall(t).toFixed(3).padStart(6)}`);
  }
  return lines.join('\n');
}

/** Chromium processes whose command line mentions this profile directory. */
export function chromiumProcessesFor(profileDir: string): number[] {
  const pids: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(profileDir)) pids.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return pids;
}

export async function waitFor(cond: () => boolean, timeoutMs: number, stepMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return cond();
}
