/**
 * JUnit XML, the lingua franca of CI test reports, mapped the kube-bench way: a
 * testsuite per area, a testcase per check; fail and partial → <failure> with the
 * expectation and the remediation; not-applicable, unknown and waived → <skipped>;
 * error → <error>; pass → a plain testcase. Text is escaped as XML (the five
 * entities, invalid characters dropped); no CDATA is used.
 */
import type { CheckResult, Lang, Report } from '../types.js';
import { escapeXml, escapeXmlAttr, describeValue } from './escape.js';
import { formatDelta, formatScore, SEVERITY_LABEL, sourceNote, STATUS_LABEL } from './i18n.js';
import { t } from '../i18n/index.js';
import { asReportDiff } from './diff.js';

export function renderJunit(report: Report, opts: { lang?: Lang } = {}): string {
  const lang = opts.lang ?? report.lang;
  const L = (s: { en: string; es: string }) => s[lang];
  const count = (checks: CheckResult[], pred: (c: CheckResult) => boolean) => checks.filter(pred).length;
  const isFailure = (c: CheckResult) => c.status === 'fail' || c.status === 'partial';
  const isSkipped = (c: CheckResult) => c.status === 'not-applicable' || c.status === 'unknown' || c.status === 'waived';
  const isError = (c: CheckResult) => c.status === 'error';

  const all = report.checks;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="${escapeXmlAttr(`${t(lang, 'report.title')}: ${report.organisation.name}`)}" tests="${all.length}" failures="${count(all, isFailure)}" errors="${count(all, isError)}" skipped="${count(all, isSkipped)}" time="0" timestamp="${escapeXmlAttr(report.generatedAt.replace(/Z$/, ''))}">`);

  for (const area of report.areas) {
    const checks = all.filter((c) => c.area === area.id);
    out.push(`  <testsuite name="${escapeXmlAttr(`${area.id}: ${L(area.title)}`)}" id="${escapeXmlAttr(area.id)}" package="${escapeXmlAttr(report.tool.name)}" tests="${checks.length}" failures="${count(checks, isFailure)}" errors="${count(checks, isError)}" skipped="${count(checks, isSkipped)}" time="0" timestamp="${escapeXmlAttr(report.generatedAt.replace(/Z$/, ''))}" hostname="${escapeXmlAttr(report.target ?? 'profile')}">`);
    const props: [string, unknown][] = [
      ['score', formatScore(area.score, 'en', 1)],
      ['coverage', area.coverage],
      ['maturity', area.maturity.level ?? L(area.maturity.label)],
      ['weight', area.weight],
    ];
    const diff = asReportDiff(report.diff)?.areas.find((a) => a.id === area.id);
    if (diff) props.push(['baseline', formatScore(diff.base, 'en', 1)], ['delta', formatDelta(diff.delta, 'en')]);
    out.push('    <properties>');
    for (const [name, value] of props) out.push(`      <property name="${escapeXmlAttr(name)}" value="${escapeXmlAttr(value)}"/>`);
    out.push('    </properties>');

    for (const c of checks) {
      const title = isFailure(c) ? L(c.failureTitle) : L(c.title);
      const open = `    <testcase classname="${escapeXmlAttr(`${report.tool.name}.${c.area}`)}" name="${escapeXmlAttr(`${c.id}: ${title}`)}" time="0"`;
      const reason = c.reason ? L(c.reason) : L(c.expectation);
      if (isFailure(c)) {
        out.push(`${open}>`);
        out.push(`      <failure message="${escapeXmlAttr(L(c.expectation))}" type="${escapeXmlAttr(c.status)}">${escapeXml(details(c, lang))}</failure>`);
        out.push('    </testcase>');
      } else if (isError(c)) {
        out.push(`${open}>`);
        out.push(`      <error message="${escapeXmlAttr(reason)}" type="error">${escapeXml(details(c, lang))}</error>`);
        out.push('    </testcase>');
      } else if (isSkipped(c)) {
        out.push(`${open}>`);
        out.push(`      <skipped message="${escapeXmlAttr(`${L(STATUS_LABEL[c.status])}: ${reason}`)}"/>`);
        out.push('    </testcase>');
      } else {
        out.push(`${open}/>`);
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** The body of a failure or error: what was measured, what to do, where it was seen. */
function details(c: CheckResult, lang: Lang): string {
  const lines = [
    `${t(lang, 'report.expectation')}: ${c.expectation[lang]}`,
    `${t(lang, 'report.remediation')}: ${c.remediation[lang]}`,
    `${t(lang, 'report.severity')}: ${SEVERITY_LABEL[c.severity][lang]} · ${t(lang, 'report.weight')}: ${c.weight} · ${t(lang, 'report.basis')}: ${c.basis.join(', ')}`,
  ];
  if (c.reason) lines.push(`${t(lang, 'report.reason')}: ${c.reason[lang]}`);
  const value = describeValue(c.evidence.value);
  if (value) lines.push(`${t(lang, 'report.value')}: ${value}`);
  for (const s of c.evidence.sources.slice(0, 5)) {
    const where = [s.url, s.file && `${s.file}${s.line ? `:${s.line}` : ''}`, s.selector, sourceNote(s, lang), s.snippet && `“${s.snippet}”`].filter(Boolean).join(' · ');
    if (where) lines.push(`${t(lang, 'report.evidence')}: ${where}`);
  }
  return lines.join('\n');
}
