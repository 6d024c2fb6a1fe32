/** Shared by the probe tests: fixture sites, their labels, and precision/recall scoring. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

// Scoring is shared with the real-page benchmark, so both figures are counted alike.
export { PRESENCE_SIGNALS, SET_SIGNALS, precision, recall, score, table, type Tally } from '../../bench/score.js';

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
