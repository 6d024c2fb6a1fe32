/**
 * `readiness checklists --stats` and the legal, related, applicability and test lines
 * of `readiness checklists <check-id>`, in the reader's language (the catalogue's `checklists.*`
 * messages).
 */
import { formatList, formatPercent, formatValue, t, type MessageId } from '../i18n/index.js';
import type { Applicability, CheckDef, Checklist, Lang, TestSpec } from '../types.js';
import { labelledValue } from '../engine/format.js';
import { parseDuration } from '../util/duration.js';
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

/** "organisations in CO; business model b2c": an `appliesWhen` as a reader says it. */
export function describeApplicability(w: Applicability, lang: Lang): string {
  const list = (xs: string[]) => formatList(xs, lang, xs.length, '/');
  const parts: string[] = [];
  if (w.country?.length) parts.push(t(lang, 'checklists.explain.applies.country', { list: list(w.country) }));
  if (w.businessModel?.length) parts.push(t(lang, 'checklists.explain.applies.businessModel', { list: list(w.businessModel.map((m) => t(lang, `profile.businessModel.${m}` as MessageId))) }));
  if (w.serviceModel?.length) parts.push(t(lang, 'checklists.explain.applies.serviceModel', { list: list(w.serviceModel) }));
  if (w.sector?.length) parts.push(t(lang, 'checklists.explain.applies.sector', { list: list(w.sector) }));
  if (w.physicalLocations !== undefined) parts.push(t(lang, w.physicalLocations ? 'checklists.explain.applies.locations' : 'checklists.explain.applies.noLocations'));
  if (w.channels?.length) parts.push(t(lang, 'checklists.explain.applies.channels', { list: list(w.channels) }));
  return parts.join('; ');
}

const RULES: Partial<Record<NonNullable<TestSpec['op']>, MessageId>> = {
  eq: 'op.rule.expected', ne: 'op.rule.other', nonEmpty: 'op.rule.atLeastOne', empty: 'op.rule.none', isTrue: 'op.rule.yes', isFalse: 'op.rule.no',
  includes: 'op.rule.includes', includesAll: 'op.rule.includesAll', includesAny: 'op.rule.includesAny', matches: 'op.rule.matches', between: 'op.rule.between',
};
const SYMBOLS: Partial<Record<NonNullable<TestSpec['op']>, string>> = { gte: '≥', gt: '>', lte: '≤', lt: '<', maxAge: '≤' };

/**
 * "seller identity shown on the site: expected all of legal name (razón social), NIT, …":
 * a check's test in the words of the sentences the engine gives, with its labels,
 * partial credit and the fewest records it judges.
 */
export function describeTest(test: TestSpec, lang: Lang): string {
  const format = test.op === 'maxAge' ? 'duration' : test.format;
  const value = (v: unknown) => {
    // A target written as a duration ("1h", "3d") reads as one ("1 h", "3 d").
    const ms = typeof v === 'string' && test.op && SYMBOLS[test.op] ? parseDuration(v) : undefined;
    const m = ms === undefined ? labelledValue(test, v, format) : labelledValue(test, ms, 'duration');
    // The rule names every expected item, labelled or not.
    return formatValue(m && typeof m === 'object' && 'list' in m ? { ...m, max: m.list.length } : m, lang);
  };
  let rule: string;
  if (test.evaluator) {
    const { evaluator, subject: _s, format: _f, labels: _l, minSample: _m, ...options } = test;
    rule = t(lang, 'checklists.explain.evaluator', { name: evaluator, options: Object.entries(options).map(([k, v]) => `${k}: ${String(v)}`).join(', ') });
  } else if (test.op && SYMBOLS[test.op]) {
    rule = t(lang, 'op.rule.target', { sym: SYMBOLS[test.op]!, target: value(test.value) });
    if (test.partialAt !== undefined) rule += `, ${t(lang, 'checklists.explain.partialAt', { value: value(test.partialAt) })}`;
  } else if (test.op === 'countAtLeast') {
    rule = t(lang, 'checklists.explain.countAtLeast', { n: value(test.value) });
  } else {
    const v = test.op === 'includesAll' || test.op === 'includesAny' ? { values: value(Array.isArray(test.value) ? test.value : [test.value]) } : { value: value(test.value), pattern: test.pattern ?? '', min: value(test.min), max: value(test.max) };
    rule = t(lang, RULES[test.op!] ?? 'op.rule.expected', v);
  }
  const minSample = typeof test.minSample === 'number' ? `; ${t(lang, 'checklists.explain.minSample', { n: test.minSample })}` : '';
  return `${test.subject ? `${test.subject[lang]}: ` : ''}${rule}${minSample}`;
}
