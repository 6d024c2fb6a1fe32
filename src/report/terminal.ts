/**
 * The terminal report: a pure function of the Report. Colour only when asked for
 * (the CLI decides from the TTY and NO_COLOR), so the same text lands in CI logs.
 */
import { Chalk } from 'chalk';
import type { CheckResult, Lang, Report } from '../types.js';
import { SEVERITY_LABEL, sourceNote } from './i18n.js';
import { t, type MessageId } from '../i18n/index.js';
import { impact } from './roadmap.js';
import { asReportDiff, renderDiffText } from './diff.js';
import { journeysLines, journeysOf } from './journeys.js';

export interface TerminalOptions {
  lang?: Lang;
  color?: boolean;
  /** How many failing checks to list before "and N more". */
  limit?: number;
  width?: number;
}

const ICON: Record<string, string> = { pass: '✓', partial: '◐', fail: '✗', unknown: '?', error: '!', waived: '~', 'not-applicable': '-' };

// One definition of impact for the terminal, the documents and the roadmap.
export { impact };

const HINTS: Record<string, MessageId> = { site: 'report.hint.site', lighthouse: 'report.hint.lighthouse', data: 'report.hint.data' };

export function renderTerminal(report: Report, opts: TerminalOptions = {}): string {
  const lang = opts.lang ?? report.lang;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const limit = opts.limit ?? 15;
  const out: string[] = [];
  const L = (s: { en: string; es: string }) => s[lang];
  const num = (n: number | null) => (n === null ? '—' : n.toFixed(0));
  const pct = (n: number) => `${Math.round(n * 100)} %`;
  const scoreColor = (n: number | null) => (n === null ? c.dim : n >= 80 ? c.green : n >= 50 ? c.yellow : c.red);

  const org = report.organisation;
  out.push(c.bold(`${t(lang, 'report.title')} — ${org.name}`));
  const model = org.businessModel.map((b) => t(lang, `profile.businessModel.${b}`)).join(' / ');
  out.push(c.dim(`${org.country} · ${model}${org.serviceModel ? ` · ${t(lang, `profile.serviceModel.${org.serviceModel}`)}` : ''}${report.target ? ` · ${report.target}` : ''} · ${report.generatedAt.slice(0, 10)}`));
  out.push('');
  const m = report.maturity;
  out.push(`${c.bold(t(lang, 'report.overall'))}  ${scoreColor(report.score).bold(`${num(report.score)}/100`)}   ${t(lang, 'report.maturity')}: ${m.level ? `${m.level} ${L(m.label)}` : L(m.label)}   ${t(lang, 'report.coverage')}: ${pct(report.coverage)}`);
  out.push('');

  const nameWidth = Math.max(...report.areas.map((a) => L(a.title).length), 12);
  out.push(c.dim(`${t(lang, 'report.area').padEnd(nameWidth)}  ${t(lang, 'report.score').padStart(5)}  ${t(lang, 'report.maturity').padEnd(24)} ${t(lang, 'report.coverage').padStart(9)}   ✓  ◐  ✗  ?  !`));
  for (const a of report.areas) {
    const mat = a.maturity.level ? `${a.maturity.level} ${L(a.maturity.label)}` : L(a.maturity.label);
    const k = a.counts;
    out.push(`${L(a.title).padEnd(nameWidth)}  ${scoreColor(a.score)(num(a.score).padStart(5))}  ${mat.padEnd(24)} ${pct(a.coverage).padStart(9)}  ${[k.pass, k.partial, k.fail, k.unknown, k.error].map((n) => String(n).padStart(2)).join(' ')}`);
  }

  const journeys = journeysOf(report);
  if (journeys) out.push('', c.bold(t(lang, 'account.report.journeys')), ...journeysLines(journeys, lang).map((l) => (l.startsWith(' ') ? c.dim(l) : l)));

  const failing = report.checks.filter((x) => x.status === 'fail' || x.status === 'partial').sort((a, b) => impact(b) - impact(a));
  if (failing.length) {
    out.push('', c.bold(t(lang, 'report.failing')));
    for (const x of failing.slice(0, limit)) {
      const icon = x.status === 'fail' ? c.red(ICON.fail) : c.yellow(ICON.partial);
      out.push(`${icon} ${L(x.status === 'fail' ? x.failureTitle : x.title)} ${c.dim(`[${L(SEVERITY_LABEL[x.severity])}] ${x.id}`)}`);
      out.push(`    ${c.dim(L(x.expectation))}${sourceHint(x, lang)}`);
      // What a consultant quotes: the article a legal duty rests on, and how the figure is counted.
      if (x.legal) out.push(`    ${c.dim(`${t(lang, 'report.legal')}:`)} ${t(lang, 'checklists.legal', { instrument: x.legal.instrument, article: x.legal.article })}`);
      if (x.definition?.[lang]) out.push(`    ${c.dim(`${t(lang, 'report.definition')}:`)} ${x.definition[lang]}`);
      for (const line of differenceLines(x, lang).slice(0, 4)) out.push(`    ${c.dim('≠')} ${line}`);
      out.push(`    ${c.cyan('→')} ${L(x.remediation)}`);
    }
    if (failing.length > limit) out.push(c.dim(`  … ${t(lang, 'report.andMore', { n: failing.length - limit })}`));
  }

  const unknown = report.checks.filter((x) => x.status === 'unknown');
  if (unknown.length) {
    out.push('', c.bold(`${t(lang, 'report.unknown')} (${unknown.length})`));
    // Missing observations come in batches (no probe run, no export given): one line
    // each says what would fill them; unanswered questions are listed one by one.
    const bySource = new Map<string, CheckResult[]>();
    const questions: CheckResult[] = [];
    for (const x of unknown) {
      const src = x.question ? undefined : x.evidence.keys[0]?.split('.')[0];
      // Evidence never gathered (no probe run, no export given) batches under a hint; a
      // specific reason (a probe that found nothing to measure) is shown as is.
      const stock = src !== undefined && x.evidence.key === undefined;
      if (!src) questions.push(x);
      else {
        const group = stock ? src : `:${x.reason ? L(x.reason) : src}`;
        bySource.set(group, [...(bySource.get(group) ?? []), x]);
      }
    }
    for (const [src, xs] of bySource) {
      const n = xs.length;
      const hint = src.startsWith(':') ? t(lang, 'report.hint.checks', { n, what: src.slice(1) }) : HINTS[src] ? t(lang, HINTS[src], { n }) : `${n} ${src}`;
      out.push(`${c.dim(ICON.unknown)} ${hint} ${c.dim(`(${xs.slice(0, 3).map((x) => x.id).join(', ')}${xs.length > 3 ? ', …' : ''})`)}`);
    }
    for (const x of questions.slice(0, limit)) out.push(`${c.dim(ICON.unknown)} ${L(x.title)} ${c.dim(`${x.id} — ${x.reason ? L(x.reason) : ''}`)}`);
    if (questions.length > limit) out.push(c.dim(`  … ${t(lang, 'report.andMore', { n: questions.length - limit })}`));
  }

  const errors = report.checks.filter((x) => x.status === 'error');
  if (errors.length) {
    out.push('', c.bold(`${t(lang, 'report.errors')} (${errors.length})`));
    for (const x of errors) out.push(`${c.red(ICON.error)} ${L(x.title)} ${c.dim(`${x.id} — ${x.reason ? L(x.reason) : ''}`)}`);
  }

  const waived = report.checks.filter((x) => x.status === 'waived');
  if (waived.length) {
    out.push('', c.bold(`${t(lang, 'report.waived')} (${waived.length})`));
    for (const x of waived) out.push(`${ICON.waived} ${x.id} ${c.dim(x.reason ? L(x.reason) : '')}`);
  }
  if (report.expiredWaivers.length) {
    out.push('', c.bold(c.yellow(t(lang, 'report.expiredWaivers'))));
    for (const w of report.expiredWaivers) out.push(`${c.yellow('!')} ${w.check} — ${w.owner}, ${w.expires}: ${w.justification}`);
  }

  const diff = asReportDiff(report.diff);
  if (diff) out.push('', renderDiffText(diff, lang).trimEnd());

  out.push('');
  const g = report.gate;
  if (g.evaluated.length === 0) out.push(`${t(lang, 'report.gate')}: ${c.dim(t(lang, 'report.noGate'))}`);
  else {
    out.push(`${t(lang, 'report.gate')}: ${g.passed ? c.green.bold(t(lang, 'report.passed')) : c.red.bold(t(lang, 'report.failed'))}`);
    for (const r of g.reasons) out.push(`  ${c.red('•')} ${L(r.message)}`);
  }
  return out.join('\n') + '\n';
}

/** Side-by-side lines for details that list differences (declared vs found). */
function differenceLines(x: CheckResult, lang: Lang): string[] {
  const lines: string[] = [];
  for (const d of x.details ?? []) {
    if (!Array.isArray(d.value)) continue;
    for (const r of d.value as Record<string, unknown>[]) {
      if (!r || typeof r !== 'object' || !('declared' in r || 'instead' in r)) continue;
      const what = [r.location, r.field ?? r.kind].filter(Boolean).join(' ');
      const declared = r.declared ?? r.missing;
      const found = r.found ?? r.instead;
      const show = (v: unknown) => (v === undefined || v === null ? '—' : Array.isArray(v) ? v.join(', ') : String(v));
      lines.push(`${t(lang, 'report.declaredFound', { what, declared: show(declared), found: show(found) })}${r.url ? ` (${r.url})` : ''}`);
    }
  }
  return lines;
}

function sourceHint(x: CheckResult, lang: Lang): string {
  const s = x.evidence.sources.find((src) => src.url || src.file);
  if (!s) return '';
  const note = sourceNote(s, lang);
  return ` (${s.url ?? s.file}${note ? `, ${note}` : ''})`;
}
