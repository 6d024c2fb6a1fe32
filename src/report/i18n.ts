/**
 * The report's presentation helpers. Its words live in the one catalogue
 * (src/i18n, ids report.*, status.*, severity.*, effort.*, origin.*, statusMeaning.*);
 * these tables give renderers each label in every language, and the formatters are the
 * catalogue's, with the report's own precision.
 */
import { formatDate as formatDateIn, formatNumber as formatNumberIn, localized, text } from '../i18n/index.js';
import type { CheckStatus, Effort, EvidenceOrigin, Lang, Localized, Severity, Source } from '../types.js';
import { noteText } from '../data/provenance.js';

const table = <K extends string>(keys: readonly K[], prefix: 'status' | 'severity' | 'effort' | 'origin' | 'statusMeaning'): Record<K, Localized> =>
  Object.fromEntries(keys.map((k) => [k, localized(`${prefix}.${k}` as Parameters<typeof localized>[0])])) as Record<K, Localized>;

const STATUSES: readonly CheckStatus[] = ['pass', 'partial', 'fail', 'not-applicable', 'unknown', 'error', 'waived'];

export const STATUS_LABEL: Record<CheckStatus, Localized> = table(STATUSES, 'status');
export const SEVERITY_LABEL: Record<Severity, Localized> = table(['critical', 'high', 'medium', 'low'] as const, 'severity');
export const EFFORT_LABEL: Record<Effort, Localized> = table(['low', 'medium', 'high'] as const, 'effort');
export const ORIGIN_LABEL: Record<EvidenceOrigin, Localized> = table(['answer', 'probe', 'data', 'profile'] as const, 'origin');
/** What each state means, for the legend of the documents. */
export const STATUS_MEANING: Record<CheckStatus, Localized> = table(STATUSES, 'statusMeaning');

export const SEVERITY_FACTOR: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

/** Numbers in the reader's language: 47.5 / 47,5 (one decimal unless told). */
export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return formatNumberIn(n, lang, digits);
}

/** A score 0..100 or a dash. */
export function formatScore(n: number | null | undefined, lang: Lang, digits = 0): string {
  return n === null || n === undefined ? '—' : formatNumber(n, lang, digits);
}

/** A ratio 0..1 as a percentage, with the space both languages' style guides use. */
export function formatPercent(n: number, lang: Lang): string {
  return `${formatNumber(Math.round(n * 100), lang, 0)} %`;
}

/** A signed change in points: +3.5 / −2 / ±0. */
export function formatDelta(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined) return '—';
  if (Math.abs(n) < 0.05) return '±0';
  return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n), lang, 1)}`;
}

/** An ISO timestamp as a calendar date in the reader's language (UTC): "24 November 2026" / "24 de noviembre de 2026". */
export function formatDate(iso: string, lang: Lang): string {
  return formatDateIn(iso, lang, 'long');
}

/**
 * A source's note in the reader's language: one written as a catalogue message (by the
 * probes and measures, or the data loaders) is worded again; a plain note (a waiver's,
 * a saved report's from before the catalogue) is shown as written. Every renderer uses
 * this one so the HTML, terminal and JUnit reports never disagree.
 */
export function sourceNote(s: Source, lang: Lang): string | undefined {
  if (s.noteReason) return text(lang, s.noteReason);
  return (s.message && noteText(s.message, lang)) ?? s.note;
}
