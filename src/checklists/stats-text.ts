/**
 * `readiness checklists --stats` and the legal and related lines of `readiness
 * checklists <check-id>`, in the reader's language (the catalogue's `checklists.*`
 * messages).
 */
import { formatPercent, t } from '../i18n/index.js';
import type { CheckDef, Checklist, Lang } from '../types.js';
import { SEVERITIES } from '../types.js';
import { checklistStats, EVIDENCE_KINDS } from './stats.js';

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd()).join('\n');
}

/** The figures as a text table (or JSON). */
export function printStats(lists: Checklist[], lang: Lang, json = false): string {
  const s = checklistStats(lists);
  if (json) return JSON.stringify(s, null, 2) + '\n';
  const sev = (k: (typeof SEVERITIES)[number]) => t(lang, `severity.${k}` as const);
  const kind = (k: (typeof EVIDENCE_KINDS)[number]) => t(lang, `checklists.evidence.${k}` as const);
  const head = [t(lang, 'checklists.stats.area'), t(lang, 'checklists.stats.weight'), t(lang, 'checklists.stats.checks'), t(lang, 'checklists.stats.scored'), t(lang, 'checklists.stats.advisory'), ...SEVERITIES.map(sev), ...EVIDENCE_KINDS.map(kind)];
  const rows = s.areas.map((a) => [a.id, String(a.weight), String(a.checks), String(a.scored), String(a.advisory), ...SEVERITIES.map((k) => String(a.severity[k])), ...EVIDENCE_KINDS.map((k) => String(a.evidence[k]))]);
  const total = ['Σ', '', String(s.total.checks), String(s.total.scored), String(s.total.advisory), ...SEVERITIES.map((k) => String(s.total.severity[k])), ...EVIDENCE_KINDS.map((k) => String(s.total.evidence[k]))];
  return [
    t(lang, 'checklists.stats.title', { checks: s.total.checks, areas: s.total.areas }),
    '',
    table([head, ...rows, total]),
    '',
    t(lang, 'checklists.stats.highShare', { n: s.highOrCritical.n, total: s.total.scored, share: formatPercent(s.highOrCritical.share, lang, 0) }),
    t(lang, 'checklists.stats.rule'),
    '',
  ].join('\n');
}

/** The advisory mark, the legal citation and the related checks of one check, one per line. */
export function checkExtras(c: CheckDef, lang: Lang): string {
  const out: string[] = [];
  if (c.advisory) out.push(t(lang, 'checklists.advisory'));
  if (c.legal) out.push(t(lang, 'checklists.legal', { instrument: c.legal.instrument, article: c.legal.article }) + (c.legal.source ? ` — ${c.legal.source}` : ''));
  for (const r of c.related ?? []) out.push(`↔ ${r.check}: ${r.reason[lang]}`);
  return out.join('\n');
}
