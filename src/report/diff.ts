/**
 * Comparing two audits: a pure function of two Reports, and its renderings. The
 * diff keeps titles in both languages, so a diff stored in report.diff renders in
 * either, like the rest of the report.
 */
import type { CheckResult, CheckStatus, Lang, Localized, Report, Severity } from '../types.js';
import { formatDate, formatDelta, formatPercent, formatScore, STATUS_LABEL } from './i18n.js';
import { t } from '../i18n/index.js';
import { mdCell, mdCode, mdText } from './escape.js';

export interface ReportSide {
  generatedAt: string;
  score: number | null;
  coverage: number;
  level: number | null;
  toolVersion: string;
  target?: string;
  organisation: string;
}

export interface AreaDelta {
  id: string;
  title: Localized;
  base: number | null;
  head: number | null;
  /** head − base in points; null when either side has no score. */
  delta: number | null;
  baseLevel: number | null;
  headLevel: number | null;
  baseCoverage: number | null;
  headCoverage: number | null;
  /** Present on one side only. */
  added?: true;
  removed?: true;
}

export interface CheckChange {
  id: string;
  area: string;
  title: Localized;
  severity: Severity;
  from: CheckStatus;
  to: CheckStatus;
  fromScore: number | null;
  toScore: number | null;
  /** The head's expectation sentence (what is measured now). */
  expectation: Localized;
}

export interface CheckPresence {
  id: string;
  area: string;
  title: Localized;
  status: CheckStatus;
}

export interface ReportDiff {
  base: ReportSide;
  head: ReportSide;
  score: { base: number | null; head: number | null; delta: number | null };
  coverage: { base: number; head: number; delta: number };
  areas: AreaDelta[];
  /** Not failing before (pass, unknown, …), fail or partial now. */
  startedFailing: CheckChange[];
  /** Failing before, not failing now. */
  stoppedFailing: CheckChange[];
  /** Any other change of state or of score (partial → fail, pass → unknown, 0.4 → 0.7). */
  changed: CheckChange[];
  added: CheckPresence[];
  removed: CheckPresence[];
}

const FAILING: ReadonlySet<CheckStatus> = new Set(['fail', 'partial']);
const isFailing = (s: CheckStatus) => FAILING.has(s);

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function side(r: Report): ReportSide {
  return {
    generatedAt: r.generatedAt,
    score: r.score,
    coverage: r.coverage,
    level: r.maturity.level,
    toolVersion: r.tool.version,
    ...(r.target ? { target: r.target } : {}),
    organisation: r.organisation.name,
  };
}

function change(b: CheckResult, h: CheckResult): CheckChange {
  return {
    id: h.id,
    area: h.area,
    title: isFailing(h.status) ? h.failureTitle : h.title,
    severity: h.severity,
    from: b.status,
    to: h.status,
    fromScore: b.score,
    toScore: h.score,
    expectation: h.expectation,
  };
}

export function diffReports(base: Report, head: Report): ReportDiff {
  const baseAreas = new Map(base.areas.map((a) => [a.id, a]));
  const headAreas = new Map(head.areas.map((a) => [a.id, a]));
  const areas: AreaDelta[] = [];
  for (const h of head.areas) {
    const b = baseAreas.get(h.id);
    areas.push({
      id: h.id,
      title: h.title,
      base: b ? b.score : null,
      head: h.score,
      delta: b && b.score !== null && h.score !== null ? round1(h.score - b.score) : null,
      baseLevel: b ? b.maturity.level : null,
      headLevel: h.maturity.level,
      baseCoverage: b ? b.coverage : null,
      headCoverage: h.coverage,
      ...(b ? {} : { added: true as const }),
    });
  }
  for (const b of base.areas) {
    if (headAreas.has(b.id)) continue;
    areas.push({
      id: b.id, title: b.title, base: b.score, head: null, delta: null,
      baseLevel: b.maturity.level, headLevel: null, baseCoverage: b.coverage, headCoverage: null, removed: true,
    });
  }

  const baseChecks = new Map(base.checks.map((c) => [c.id, c]));
  const headIds = new Set(head.checks.map((c) => c.id));
  const startedFailing: CheckChange[] = [];
  const stoppedFailing: CheckChange[] = [];
  const changed: CheckChange[] = [];
  const added: CheckPresence[] = [];
  for (const h of head.checks) {
    const b = baseChecks.get(h.id);
    if (!b) {
      added.push({ id: h.id, area: h.area, title: h.title, status: h.status });
      continue;
    }
    if (!isFailing(b.status) && isFailing(h.status)) startedFailing.push(change(b, h));
    else if (isFailing(b.status) && !isFailing(h.status)) stoppedFailing.push(change(b, h));
    else if (b.status !== h.status || Math.abs((b.score ?? -1) - (h.score ?? -1)) >= 0.005) changed.push(change(b, h));
  }
  const removed: CheckPresence[] = base.checks
    .filter((c) => !headIds.has(c.id))
    .map((c) => ({ id: c.id, area: c.area, title: c.title, status: c.status }));

  const sevRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
  const bySeverity = (a: CheckChange, b: CheckChange) => sevRank[a.severity] - sevRank[b.severity] || a.id.localeCompare(b.id);
  startedFailing.sort(bySeverity);
  stoppedFailing.sort(bySeverity);
  changed.sort(bySeverity);

  return {
    base: side(base),
    head: side(head),
    score: {
      base: base.score,
      head: head.score,
      delta: base.score !== null && head.score !== null ? round1(head.score - base.score) : null,
    },
    coverage: { base: base.coverage, head: head.coverage, delta: round3(head.coverage - base.coverage) },
    areas,
    startedFailing,
    stoppedFailing,
    changed,
    added,
    removed,
  };
}

/** report.diff is typed `unknown` in the schema; renderers use it only when it has this shape. */
export function asReportDiff(value: unknown): ReportDiff | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const d = value as Partial<ReportDiff>;
  const lists = [d.startedFailing, d.stoppedFailing, d.changed, d.added, d.removed, d.areas];
  if (!d.score || !d.base || !d.head || !d.coverage || !lists.every(Array.isArray)) return undefined;
  // A saved report may have been edited by hand: every item needs an id and a title in both languages.
  const ok = (x: unknown) => {
    const i = x as { id?: unknown; title?: Partial<Localized> } | null;
    return !!i && typeof i.id === 'string' && !!i.title && typeof i.title.en === 'string' && typeof i.title.es === 'string';
  };
  if (!lists.every((l) => (l as unknown[]).every(ok))) return undefined;
  if (typeof d.base.generatedAt !== 'string' || typeof d.head.generatedAt !== 'string') return undefined;
  return d as ReportDiff;
}

const status = (s: CheckStatus, lang: Lang) => STATUS_LABEL[s]?.[lang] ?? s;
const pts = (n: number | null) => (n === null ? '' : ` ${Math.round(n * 100)}`);
/** "partial 20 → partial 40" when only the score moved; "unknown → fail" otherwise. */
function transition(c: CheckChange, lang: Lang): { from: string; to: string } {
  const same = c.from === c.to;
  return { from: `${status(c.from, lang)}${same ? pts(c.fromScore) : ''}`, to: `${status(c.to, lang)}${same ? pts(c.toScore) : ''}` };
}

// ------------------------------------------------------------------ plain text

export function renderDiffText(d: ReportDiff, lang: Lang): string {
  const out: string[] = [];
  out.push(`${t(lang, 'report.baseline')}: ${formatDate(d.base.generatedAt, lang)} → ${formatDate(d.head.generatedAt, lang)}`);
  out.push(`${t(lang, 'report.overall')}: ${formatScore(d.score.base, lang, 1)} → ${formatScore(d.score.head, lang, 1)} (${formatDelta(d.score.delta, lang)})   ${t(lang, 'report.coverage')}: ${formatPercent(d.coverage.base, lang)} → ${formatPercent(d.coverage.head, lang)}`);
  const width = Math.max(12, ...d.areas.map((a) => a.title[lang].length));
  for (const a of d.areas) {
    const note = a.added ? ` (${t(lang, 'report.newChecks').toLowerCase()})` : a.removed ? ` (${t(lang, 'report.removedChecks').toLowerCase()})` : '';
    out.push(`  ${a.title[lang].padEnd(width)}  ${formatScore(a.base, lang, 1).padStart(5)} → ${formatScore(a.head, lang, 1).padStart(5)}  ${formatDelta(a.delta, lang).padStart(6)}${note}`);
  }
  const list = (title: string, items: CheckChange[], mark: string) => {
    if (!items.length) return;
    out.push('', `${title} (${items.length})`);
    for (const c of items) {
      const tr = transition(c, lang);
      out.push(`  ${mark} ${c.id}  ${tr.from} → ${tr.to}  ${c.title[lang]}`);
    }
  };
  list(t(lang, 'report.startedFailing'), d.startedFailing, '✗');
  list(t(lang, 'report.stoppedFailing'), d.stoppedFailing, '✓');
  list(t(lang, 'report.changedState'), d.changed, '~');
  if (d.added.length) {
    out.push('', `${t(lang, 'report.newChecks')} (${d.added.length})`);
    for (const c of d.added) out.push(`  + ${c.id}  ${status(c.status, lang)}`);
  }
  if (d.removed.length) {
    out.push('', `${t(lang, 'report.removedChecks')} (${d.removed.length})`);
    for (const c of d.removed) out.push(`  - ${c.id}  ${status(c.status, lang)}`);
  }
  if (!d.startedFailing.length && !d.stoppedFailing.length && !d.changed.length) out.push('', t(lang, 'report.noChanges'));
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------ Markdown

/** The diff as Markdown; `level` is the heading level of its title. */
export function renderDiffMarkdown(d: ReportDiff, lang: Lang, level = 2): string {
  const h = '#'.repeat(level);
  const out: string[] = [];
  out.push(`${h} ${mdText(t(lang, 'report.baseline'))}`, '');
  out.push(`**${mdText(t(lang, 'report.overall'))}:** ${mdText(formatScore(d.score.base, lang, 1))} → ${mdText(formatScore(d.score.head, lang, 1))} (**${mdText(formatDelta(d.score.delta, lang))}**) · ${mdText(t(lang, 'report.coverage'))}: ${mdText(formatPercent(d.coverage.base, lang))} → ${mdText(formatPercent(d.coverage.head, lang))} · ${mdText(formatDate(d.base.generatedAt, lang))} → ${mdText(formatDate(d.head.generatedAt, lang))}`, '');
  out.push(`| ${mdText(t(lang, 'report.area'))} | ${mdText(t(lang, 'report.base'))} | ${mdText(t(lang, 'report.head'))} | ${mdText(t(lang, 'report.delta'))} |`, '| --- | ---: | ---: | ---: |');
  for (const a of d.areas) {
    out.push(`| ${mdCell(a.title[lang])} | ${mdCell(formatScore(a.base, lang, 1))} | ${mdCell(formatScore(a.head, lang, 1))} | ${mdCell(formatDelta(a.delta, lang))} |`);
  }
  const table = (title: string, items: CheckChange[], icon: string) => {
    if (!items.length) return;
    out.push('', `${h}# ${icon} ${mdText(title)} (${items.length})`, '');
    out.push(`| ${mdText(t(lang, 'report.check'))} | ${mdText(t(lang, 'report.from'))} | ${mdText(t(lang, 'report.to'))} | ${mdText(t(lang, 'report.expectation'))} |`, '| --- | --- | --- | --- |');
    for (const c of items) {
      const tr = transition(c, lang);
      out.push(`| ${mdCode(c.id)} ${mdCell(c.title[lang])} | ${mdCell(tr.from)} | ${mdCell(tr.to)} | ${mdCell(c.expectation[lang])} |`);
    }
  };
  table(t(lang, 'report.startedFailing'), d.startedFailing, '🔴');
  table(t(lang, 'report.stoppedFailing'), d.stoppedFailing, '🟢');
  table(t(lang, 'report.changedState'), d.changed, '🔁');
  if (d.added.length) out.push('', `**${mdText(t(lang, 'report.newChecks'))}:** ${d.added.map((c) => mdCode(c.id)).join(', ')}`);
  if (d.removed.length) out.push('', `**${mdText(t(lang, 'report.removedChecks'))}:** ${d.removed.map((c) => mdCode(c.id)).join(', ')}`);
  if (!d.startedFailing.length && !d.stoppedFailing.length && !d.changed.length) out.push('', mdText(t(lang, 'report.noChanges')));
  return out.join('\n') + '\n';
}
