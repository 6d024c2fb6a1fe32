/**
 * Markdown for pull-request comments and $GITHUB_STEP_SUMMARY: the verdict first,
 * the score table by area, the failing checks with their remediation, and the diff
 * against the baseline when there is one. Every piece of report text goes through
 * mdText/mdCell, so a pipe, backtick, newline or tag from a probed page cannot
 * break a table or inject markup.
 */
import type { CheckResult, Lang, Report } from '../types.js';
import { formatDate, formatPercent, formatScore, SEVERITY_LABEL, STATUS_LABEL } from './i18n.js';
import { t } from '../i18n/index.js';
import { mdCell, mdCode, mdText } from './escape.js';
import { impact } from './roadmap.js';
import { asReportDiff, renderDiffMarkdown } from './diff.js';
import { journeysMarkdown, journeysOf } from './journeys.js';

export interface MarkdownOptions {
  lang?: Lang;
  /** How many failing checks to list (GitHub comments are limited to 65 536 characters). */
  limit?: number;
}

/** Lets a bot find and update its earlier comment. */
export const MARKDOWN_MARKER = '<!-- service-readiness-report -->';

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const lang = opts.lang ?? report.lang;
  const limit = opts.limit ?? 25;
  const L = (s: { en: string; es: string }) => s[lang];
  const out: string[] = [MARKDOWN_MARKER];
  const g = report.gate;
  const verdict = g.evaluated.length === 0 ? `➖ ${t(lang, 'report.noGate')}` : g.passed ? `✅ ${t(lang, 'report.passed')}` : `❌ ${t(lang, 'report.failed')}`;

  out.push(`## ${mdText(t(lang, 'report.title'))}: ${mdText(report.organisation.name)}`, '');
  out.push(`**${mdText(t(lang, 'report.gate'))}: ${mdText(verdict)}**`, '');
  const m = report.maturity;
  const facts = [
    `**${mdText(t(lang, 'report.overall'))}: ${mdText(formatScore(report.score, lang, 1))}/100**`,
    `${mdText(t(lang, 'report.maturity'))}: ${mdText(m.level ? `${m.level} ${L(m.label)}` : L(m.label))}`,
    `${mdText(t(lang, 'report.coverage'))}: ${mdText(formatPercent(report.coverage, lang))}`,
    mdText(formatDate(report.generatedAt, lang)),
  ];
  if (report.target) facts.push(`${mdText(t(lang, 'report.target'))}: ${mdText(report.target)}`);
  out.push(facts.join(' · '), '');
  for (const r of g.reasons) out.push(`- ❌ ${mdText(L(r.message))}`);
  if (g.reasons.length) out.push('');

  out.push(`| ${mdText(t(lang, 'report.area'))} | ${mdText(t(lang, 'report.score'))} | ${mdText(t(lang, 'report.maturity'))} | ${mdText(t(lang, 'report.coverage'))} | ✓ | ◐ | ✗ | ? | ! |`);
  out.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const a of report.areas) {
    const k = a.counts;
    const mat = a.maturity.level ? `${a.maturity.level} ${L(a.maturity.label)}` : L(a.maturity.label);
    out.push(`| ${mdCell(L(a.title))} | ${mdCell(formatScore(a.score, lang, 1))} | ${mdCell(mat)} | ${mdCell(formatPercent(a.coverage, lang))} | ${k.pass ?? 0} | ${k.partial ?? 0} | ${k.fail ?? 0} | ${k.unknown ?? 0} | ${k.error ?? 0} |`);
  }

  const journeys = journeysOf(report);
  if (journeys) out.push('', ...journeysMarkdown(journeys, lang));

  const failing = report.checks.filter((c) => c.status === 'fail' || c.status === 'partial').sort((a, b) => impact(b) - impact(a));
  if (failing.length) {
    out.push('', `### ${mdText(t(lang, 'report.failing'))} (${failing.length})`, '');
    out.push(`| ${mdText(t(lang, 'report.check'))} | ${mdText(t(lang, 'report.severity'))} | ${mdText(t(lang, 'report.expectation'))} | ${mdText(t(lang, 'report.remediation'))} |`);
    out.push('| --- | --- | --- | --- |');
    for (const c of failing.slice(0, limit)) out.push(checkRow(c, lang));
    if (failing.length > limit) out.push('', `_${mdText(t(lang, 'report.andMore', { n: failing.length - limit }))}_`);
  }

  const unknown = report.checks.filter((c) => c.status === 'unknown');
  const errors = report.checks.filter((c) => c.status === 'error');
  const waived = report.checks.filter((c) => c.status === 'waived');
  const notes: string[] = [];
  if (unknown.length) notes.push(`${mdText(t(lang, 'report.unknown'))}: **${unknown.length}**`);
  if (errors.length) notes.push(`${mdText(t(lang, 'report.errors'))}: **${errors.length}** (${errors.slice(0, 10).map((c) => mdCode(c.id)).join(', ')}${errors.length > 10 ? ', …' : ''})`);
  if (waived.length) notes.push(`${mdText(t(lang, 'report.waived'))}: **${waived.length}**`);
  if (notes.length) out.push('', notes.map((n) => `- ${n}`).join('\n'));

  if (report.expiredWaivers.length) {
    out.push('', `### ⚠️ ${mdText(t(lang, 'report.expiredWaivers'))}`, '');
    out.push(`| ${mdText(t(lang, 'report.check'))} | ${mdText(t(lang, 'report.owner'))} | ${mdText(t(lang, 'report.expires'))} | ${mdText(t(lang, 'report.justification'))} |`, '| --- | --- | --- | --- |');
    for (const w of report.expiredWaivers) out.push(`| ${mdCode(w.check)} | ${mdCell(w.owner)} | ${mdCell(w.expires)} | ${mdCell(w.justification)} |`);
  }

  const diff = asReportDiff(report.diff);
  if (diff) out.push('', renderDiffMarkdown(diff, lang, 3).trimEnd());

  out.push('', `<sub>${mdText(`${report.tool.name} ${report.tool.version}`)}</sub>`);
  return out.join('\n') + '\n';
}

function checkRow(c: CheckResult, lang: Lang): string {
  const icon = c.status === 'fail' ? '🔴' : '🟡';
  // A legal duty cites its article under the check; how a figure is counted follows its result.
  const legal = c.legal ? `<br>${mdText(t(lang, 'report.legal'))}: ${mdCell(t(lang, 'checklists.legal', { instrument: c.legal.instrument, article: c.legal.article }), 160)}` : '';
  const title = `${icon} ${mdCell(c.failureTitle[lang])}<br>${mdCode(c.id)}${c.required ? ' ⛔' : ''}${legal}`;
  const counted = c.definition?.[lang] ? `<br>${mdText(t(lang, 'report.definition'))}: ${mdCell(c.definition[lang], 300)}` : '';
  const result = `${mdCell(STATUS_LABEL[c.status][lang])}: ${mdCell(c.expectation[lang], 300)}${counted}`;
  return `| ${title} | ${mdCell(SEVERITY_LABEL[c.severity][lang])} | ${result} | ${mdCell(c.remediation[lang], 400)} |`;
}
