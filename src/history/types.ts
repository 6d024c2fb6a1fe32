/** The shapes of an organisation's audit history (`--history DIR`), as the report carries them. */
import type { CheckChange, CheckPresence } from '../report/diff.js';

/** One audit in the history: its scores, for the trend. */
export interface HistoryEntry {
  generatedAt: string;
  score: number | null;
  coverage: number;
  level: number | null;
  areas: { id: string; score: number | null }[];
  /** The commit audited, when the audit ran in CI. */
  commit?: string;
}

/** `report.history`: the audits before this one and this one, oldest first, and what changed since the last. */
export interface ReportHistory {
  entries: HistoryEntry[];
  /** When the previous audit ran (absent for the first audit of the history). */
  previous?: string;
  /** Checks whose state changed since the previous audit. */
  changes?: {
    startedFailing: CheckChange[];
    stoppedFailing: CheckChange[];
    changed: CheckChange[];
    added: CheckPresence[];
    removed: CheckPresence[];
  };
}

export interface HistoryConfig {
  /** The folder (relative to the config file). */
  dir?: string;
  /** Audits kept per organisation, newest first (default 30). */
  keep?: number;
  /** Audits older than this are removed ("400d", "12w"); the newest is always kept. */
  maxAge?: string;
}
