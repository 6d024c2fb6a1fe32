/**
 * GitHub Actions workflow commands: an annotation per failing check (`::error` for
 * fail, `::warning` for partial), the gate's reasons, and a notice with the verdict.
 * Messages and properties are escaped by the workflow-command rules, so text from a
 * probed page cannot end a command early or start a new one.
 */
import type { CheckResult, Lang, Report } from '../types.js';
import { ghData, ghProperty } from './escape.js';
import { formatDelta, formatPercent, formatScore } from './i18n.js';
import { t } from '../i18n/index.js';
import { impact } from './roadmap.js';
import { asReportDiff } from './diff.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  title?: string;
  file?: string;
  line?: number;
}

/** One workflow command line, escaped. */
export function annotation(level: AnnotationLevel, props: AnnotationProps, message: string): string {
  const parts: string[] = [];
  if (props.title) parts.push(`title=${ghProperty(props.title)}`);
  if (props.file) parts.push(`file=${ghProperty(props.file)}`);
  if (props.line !== undefined && props.file) parts.push(`line=${ghProperty(props.line)}`);
  return `::${level}${parts.length ? ` ${parts.join(',')}` : ''}::${ghData(message)}`;
}

function checkAnnotation(level: AnnotationLevel, c: CheckResult, lang: Lang): string {
  const where = c.evidence.sources.find((s) => s.file);
  const seen = c.evidence.sources.find((s) => s.url)?.url;
  const message = [
    c.expectation[lang],
    `${t(lang, 'report.remediation')}: ${c.remediation[lang]}`,
    seen ? `${t(lang, 'report.evidence')}: ${seen}` : '',
  ].filter(Boolean).join('\n');
  return annotation(level, { title: `${c.id}: ${c.failureTitle[lang]}`, file: where?.file, line: where?.line }, message);
}

/** `::error::` lines for the required checks that make the gate fail (printed by `audit` under Actions). */
export function requiredCheckAnnotations(report: Report, lang: Lang = report.lang): string[] {
  const byId = new Map(report.checks.map((c) => [c.id, c]));
  const out: string[] = [];
  for (const r of report.gate.reasons) {
    if (r.rule !== 'requiredChecks') continue;
    for (const id of r.checks ?? []) {
      const c = byId.get(id);
      out.push(c ? checkAnnotation('error', c, lang) : annotation('error', { title: id }, r.message[lang]));
    }
  }
  return out;
}

export function renderGithub(report: Report, opts: { lang?: Lang } = {}): string {
  const lang = opts.lang ?? report.lang;
  const out: string[] = [];
  const failing = report.checks.filter((c) => c.status === 'fail' || c.status === 'partial').sort((a, b) => impact(b) - impact(a));
  for (const c of failing) out.push(checkAnnotation(c.status === 'fail' ? 'error' : 'warning', c, lang));
  for (const c of report.checks.filter((x) => x.status === 'error')) {
    out.push(annotation('warning', { title: `${c.id}: ${t(lang, 'report.errors')}` }, c.reason?.[lang] ?? c.expectation[lang]));
  }
  for (const r of report.gate.reasons) out.push(annotation('error', { title: `${t(lang, 'report.gate')}: ${r.rule}` }, r.message[lang]));
  const diff = asReportDiff(report.diff);
  if (diff && diff.startedFailing.length) {
    out.push(annotation('warning', { title: t(lang, 'report.startedFailing') }, diff.startedFailing.map((c) => `${c.id}: ${c.title[lang]}`).join('\n')));
  }
  const g = report.gate;
  const verdict = g.evaluated.length === 0 ? t(lang, 'report.noGate') : g.passed ? t(lang, 'report.passed') : t(lang, 'report.failed');
  const summary = `${t(lang, 'report.overall')} ${formatScore(report.score, lang, 1)}/100${diff ? ` (${formatDelta(diff.score.delta, lang)})` : ''} · ${t(lang, 'report.coverage')} ${formatPercent(report.coverage, lang)} · ${t(lang, 'report.gate')}: ${verdict}`;
  out.push(annotation('notice', { title: `${t(lang, 'report.title')}: ${report.organisation.name}` }, summary));
  return out.join('\n') + '\n';
}
