/**
 * An organisation's audit history: each report kept as JSON in one folder, one file per
 * audit named by organisation and date (`tienda-andina-2026-10-20.json`, then `-2`, …
 * for a second audit that day); the report gains the trend of its overall and area
 * scores and the checks that changed state since the last audit (`report.history`,
 * rendered by the HTML report); a retention setting keeps the folder bounded.
 *
 * Only files this module names are ever read or removed: anything else in the folder
 * is left alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffReports } from '../report/diff.js';
import type { Report } from '../types.js';
import { parseDuration } from '../util/duration.js';
import { getValidator } from '../util/schema.js';
import type { HistoryConfig, HistoryEntry, ReportHistory } from './types.js';

export type { HistoryConfig, HistoryEntry, ReportHistory } from './types.js';

export const DEFAULT_KEEP = 30;

/** "Tienda Andina S.A.S." → "tienda-andina-s-a-s". */
export function historySlug(name: string): string {
  const s = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 60).replace(/-+$/, '') || 'organisation';
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function fileRe(slug: string): RegExp {
  return new RegExp(`^${escapeRe(slug)}-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d+))?\\.json$`);
}

export interface HistoryFile {
  file: string;
  report: Report;
}

/** The organisation's kept audits, oldest first; unreadable or foreign files are skipped (`skipped`). */
export function listHistory(dir: string, organisation: string, skipped: string[] = []): HistoryFile[] {
  if (!existsSync(dir)) return [];
  const slug = historySlug(organisation);
  const re = fileRe(slug);
  const out: HistoryFile[] = [];
  const valid = getValidator('report');
  for (const name of readdirSync(dir)) {
    if (!re.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Report;
      if (!valid(data) || historySlug(data.organisation.name) !== slug) {
        skipped.push(file);
        continue;
      }
      out.push({ file, report: data });
    } catch {
      skipped.push(file);
    }
  }
  return out.sort((a, b) => a.report.generatedAt.localeCompare(b.report.generatedAt) || a.file.localeCompare(b.file));
}

function entryOf(r: Report): HistoryEntry {
  const ci = (r.meta as { ci?: { commit?: unknown } } | undefined)?.ci;
  return {
    generatedAt: r.generatedAt,
    score: r.score,
    coverage: r.coverage,
    level: r.maturity.level,
    areas: r.areas.map((a) => ({ id: a.id, score: a.score })),
    ...(typeof ci?.commit === 'string' ? { commit: ci.commit } : {}),
  };
}

/**
 * The trend and the changes since the last audit, from the earlier reports (oldest
 * first); the trend holds at most `maxEntries` audits, this one included. Pure.
 */
export function buildHistory(previous: readonly Report[], current: Report, maxEntries = Infinity): ReportHistory {
  const earlier = previous.filter((r) => r.generatedAt < current.generatedAt);
  const last = earlier[earlier.length - 1];
  const shown = maxEntries > 1 ? earlier.slice(-(maxEntries - 1)) : [];
  const out: ReportHistory = { entries: [...shown.map(entryOf), entryOf(current)] };
  if (last) {
    const d = diffReports(last, current);
    out.previous = last.generatedAt;
    out.changes = { startedFailing: d.startedFailing, stoppedFailing: d.stoppedFailing, changed: d.changed, added: d.added, removed: d.removed };
  }
  return out;
}

/** A name for this audit's file that no earlier audit of the day has taken. */
export function historyFileName(dir: string, report: Report): string {
  const slug = historySlug(report.organisation.name);
  const day = report.generatedAt.slice(0, 10);
  for (let n = 1; ; n++) {
    const name = `${slug}-${day}${n === 1 ? '' : `-${n}`}.json`;
    if (!existsSync(path.join(dir, name))) return name;
  }
}

/** Writes the report into the history (without its own history: each file holds one audit). */
export function saveToHistory(dir: string, report: Report): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, historyFileName(dir, report));
  const { history, ...kept } = report;
  void history;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(kept, null, 2));
  renameSync(tmp, file);
  return file;
}

export interface Retention {
  keep?: number;
  /** Milliseconds. */
  maxAgeMs?: number;
  now?: Date;
}

/** Removes the organisation's oldest audits beyond `keep` and those older than `maxAgeMs`; the newest stays. Returns the files removed. */
export function applyRetention(dir: string, organisation: string, r: Retention): string[] {
  const all = listHistory(dir, organisation);
  const keep = Math.max(1, Math.floor(r.keep ?? DEFAULT_KEEP));
  const now = (r.now ?? new Date()).getTime();
  const removed: string[] = [];
  all.forEach((h, i) => {
    const newerCount = all.length - 1 - i;
    if (newerCount === 0) return;
    const tooMany = newerCount >= keep;
    const tooOld = r.maxAgeMs !== undefined && now - Date.parse(h.report.generatedAt) > r.maxAgeMs;
    if (tooMany || tooOld) {
      unlinkSync(h.file);
      removed.push(h.file);
    }
  });
  return removed;
}

export function maxAgeOf(v: string | undefined): number | undefined {
  return v === undefined ? undefined : parseDuration(v);
}

export interface OpenHistory {
  dir: string;
  keep: number;
  maxAgeMs?: number;
  /** Files that looked like this organisation's audits but could not be read. */
  skipped: string[];
  /** Sets report.history from the audits kept so far. */
  attach(report: Report): void;
  /** Keeps the report and applies the retention. */
  save(report: Report): { file: string; removed: string[]; kept: number };
}

export function openHistory(opts: { dir: string; keep?: number; maxAgeMs?: number; now?: Date }): OpenHistory {
  const keep = Math.max(1, Math.floor(opts.keep ?? DEFAULT_KEEP));
  const h: OpenHistory = {
    dir: opts.dir,
    keep,
    maxAgeMs: opts.maxAgeMs,
    skipped: [],
    attach(report) {
      const previous = listHistory(opts.dir, report.organisation.name, h.skipped).map((x) => x.report);
      // The trend shows what the folder will keep: the last `keep` audits, this one included.
      report.history = buildHistory(previous, report, keep);
    },
    save(report) {
      const file = saveToHistory(opts.dir, report);
      const removed = applyRetention(opts.dir, report.organisation.name, { keep, maxAgeMs: opts.maxAgeMs, now: opts.now });
      return { file, removed, kept: listHistory(opts.dir, report.organisation.name).length };
    },
  };
  return h;
}

/** The `history:` section of a config (its dir relative to the config file). */
export function historyConfig(config: { history?: HistoryConfig; file?: string } | undefined): HistoryConfig | undefined {
  const c = config?.history;
  if (!c) return undefined;
  const dir = c.dir !== undefined && config?.file && !path.isAbsolute(c.dir) ? path.join(path.dirname(config.file), c.dir) : c.dir;
  return { ...c, ...(dir !== undefined ? { dir } : {}) };
}
