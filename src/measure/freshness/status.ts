/**
 * The status of a configured source: the age of the timestamp it gave against its
 * warnAfter and errorAfter — fresh, warn or stale — or error with the reason (a
 * timestamp more than a day in the future is an error, not "fresh").
 */
import { reason, type MessageId, type MessageValues } from '../../i18n/index.js';
import type { FoundDate } from '../dates.js';
import { DAY_MS, durationOr } from '../durations.js';
import type { FreshnessSourceConfig, FreshnessSourceResult, FreshnessStatus } from './types.js';

export function classifyAge(ageMs: number, warnAfterMs?: number, errorAfterMs?: number): Exclude<FreshnessStatus, 'error'> {
  if (errorAfterMs !== undefined && ageMs > errorAfterMs) return 'stale';
  if (warnAfterMs !== undefined && ageMs > warnAfterMs) return 'warn';
  return 'fresh';
}

export function result(cfg: FreshnessSourceConfig, readAt: string, now: Date, extra: Partial<FreshnessSourceResult>): FreshnessSourceResult {
  return {
    name: cfg.name, source: cfg.source, url: cfg.url, readAt, status: 'error', checkedAt: now.toISOString(),
    ...(cfg.warnAfter ? { warnAfter: cfg.warnAfter } : {}), ...(cfg.errorAfter ? { errorAfter: cfg.errorAfter } : {}), ...extra,
  };
}

/** Why a source gave no status: the English text and the catalogue message. */
export function because(id: MessageId, values?: MessageValues): Pick<FreshnessSourceResult, 'reason' | 'why'> {
  const r = reason(id, values);
  return { reason: r.message, why: r.reason };
}

export function judged(cfg: FreshnessSourceConfig, readAt: string, now: Date, date: FoundDate): FreshnessSourceResult {
  const age = now.getTime() - date.date.getTime();
  if (age < -DAY_MS) return result(cfg, readAt, now, { timestamp: date.iso, ...because('evidence.freshness.source.future', { timestamp: date.iso }) });
  const warn = durationOr(cfg.warnAfter, undefined);
  const err = durationOr(cfg.errorAfter, undefined);
  return result(cfg, readAt, now, { timestamp: date.date.toISOString(), age: Math.max(0, age), status: classifyAge(Math.max(0, age), warn, err) });
}
