/**
 * The consultant's document: one self-contained HTML file (inline CSS and SVG, no
 * script, no font, no image, no request of any kind, and a Content-Security-Policy
 * that forbids them should anything slip through), in English or Spanish, readable
 * on a phone and printable (the PDF is this file printed by Chromium).
 *
 * Every string that came from a report goes through escapeHtml; URLs become links
 * only when they are absolute http(s) URLs (safeHref), otherwise they are text.
 */
import type { AreaResult, CheckResult, CheckStatus, Lang, Localized, Report, Source } from '../types.js';
import { describeValue, escapeHtml as h, HTML_CSP, safeHref } from './escape.js';
import { EFFORT_LABEL, formatDate, formatDelta, formatNumber, formatPercent, formatScore, ORIGIN_LABEL, SEVERITY_LABEL, sourceNote, STATUS_LABEL, STATUS_MEANING } from './i18n.js';
import { formatDuration as formatDataDuration, formatNumber as formatDataNumber, formatPercent as formatDataPercent, isMessage, t } from '../i18n/index.js';
import { buildRoadmap, impact, type Roadmap, type RoadmapAction, type RoadmapPhase } from './roadmap.js';
import { asReportDiff, type CheckChange, type ReportDiff } from './diff.js';
import { areaBarChart, scoreRing } from './chart.js';
import { TREND_CSS, trendSection } from '../history/html.js';
import { channelTimesChart } from './data-chart.js';
import { isJourneyRow, JOURNEY_KEY, journeysHtml } from './journeys.js';
import { STATUSES } from '../types.js';

/**
 * `full`: every check with its evidence (the annex). `executive`: the cover, the
 * summary, the areas, the top findings with what to do, and the roadmap cut to its
 * first actions — what a manager reads, printed in a few pages (`pdf-summary`).
 */
export type Edition = 'full' | 'executive';

export interface HtmlOptions {
  lang?: Lang;
  edition?: Edition;
}

/** How many failing checks the executive edition details, and how many actions of each roadmap phase it lists. */
export const EXECUTIVE_FINDINGS = 10;
export const EXECUTIVE_ACTIONS_PER_PHASE = 3;

/** The policy of the document itself: inline styles and data: images only. */
export { HTML_CSP };

/** The order checks are listed in within an area: what needs attention first. */
const STATUS_ORDER: CheckStatus[] = ['fail', 'partial', 'error', 'unknown', 'waived', 'pass', 'not-applicable'];

export function renderHtml(report: Report, opts: HtmlOptions = {}): string {
  const lang = opts.lang ?? report.lang;
  const executive = opts.edition === 'executive';
  const roadmap = buildRoadmap(report);
  const diff = asReportDiff(report.diff);
  const org = report.organisation;
  const title = `${t(lang, 'report.reportFor')} — ${org.name}${executive ? ` — ${t(lang, 'report.executiveEdition')}` : ''}`;
  const footer = `<footer class="doc-footer">${h(`${report.tool.name} ${report.tool.version}`)} · ${h(formatDate(report.generatedAt, lang))}${report.checklists.length ? ` · ${h(report.checklists.map((c) => `${c.id} ${c.version}`).join(', '))}` : ''}</footer>`;

  // The executive edition holds only the checks it details: links go to those, or are plain text.
  const findings = executive ? topFindings(report) : [];
  const linked = executive ? new Set(findings.map((c) => c.id)) : undefined;
  const body = (executive
    ? [
      cover(report, lang, true),
      summary(report, lang, false),
      chartSection(report, lang, false),
      diff ? diffSection(diff, lang, true) : '',
      trendSection(report, lang, true),
      findingsSection(findings, report, lang),
      roadmapSection(roadmap, lang, { maxActions: EXECUTIVE_ACTIONS_PER_PHASE, linked, brief: true }),
      footer,
    ]
    : [
      cover(report, lang, false),
      toc(report, lang, Boolean(diff)),
      summary(report, lang, true),
      chartSection(report, lang, true),
      diff ? diffSection(diff, lang, false) : '',
      trendSection(report, lang),
      roadmapSection(roadmap, lang),
      `<section id="areas" class="block"><h2 class="areas-title">${h(t(lang, 'report.findings'))}</h2>${report.areas.map((a) => areaSection(a, report.checks.filter((c) => c.area === a.id), lang)).join('')}</section>`,
      expiredSection(report, lang),
      legend(lang),
      footer,
    ]).join('\n');

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${h(`${report.tool.name} ${report.tool.version}`)}">
<title>${h(title)}</title>
<style>${CSS}${report.history ? TREND_CSS : ''}</style>
</head>
<body>
<main class="doc${executive ? ' executive' : ''}">
${body}
</main>
</body>
</html>
`;
}

function chartSection(report: Report, lang: Lang, full: boolean): string {
  return `<section id="chart" class="block"><h2>${h(t(lang, 'report.chart'))}</h2>${areaTable(report.areas, lang, full)}<figure class="chart-box">${areaBarChart(report.areas, lang)}<figcaption>${h(t(lang, 'report.chartCaption'))}</figcaption></figure></section>`;
}

/** The areas at a glance; `full` links each to its section and shows its checks by state (the executive edition has neither). */
function areaTable(areas: AreaResult[], l: Lang, full = true): string {
  const L = (s: Localized) => s[l];
  const rows = areas.map((a) => {
    const k = a.counts;
    return `<tr><th scope="row">${full ? `<a href="#area-${h(a.id)}">${h(L(a.title))}</a>` : h(L(a.title))}</th><td class="num">${h(formatScore(a.score, l, 1))}</td><td>${maturityText(a.maturity, l)}</td><td class="num">${h(formatPercent(a.coverage, l))}</td>${full ? `<td class="counts">${countsInline(k, l)}</td>` : ''}</tr>`;
  }).join('');
  return `<div class="table-wrap"><table class="areas"><thead><tr><th scope="col">${h(t(l, 'report.area'))}</th><th scope="col" class="num">${h(t(l, 'report.score'))}</th><th scope="col">${h(t(l, 'report.maturity'))}</th><th scope="col" class="num">${h(t(l, 'report.coverage'))}</th>${full ? `<th scope="col">${h(t(l, 'report.checks'))}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function maturityText(m: Report['maturity'], l: Lang): string {
  return m.level ? `<span class="lvl lvl-${m.level}">${m.level}</span> ${h(m.label[l])}` : `<span class="muted">${h(m.label[l])}</span>`;
}

function countsInline(k: Record<string, number>, l: Lang): string {
  return STATUSES.filter((s) => (k[s] ?? 0) > 0).map((s) => `<span class="pill st-${s}" title="${h(STATUS_LABEL[s][l])}">${h(STATUS_LABEL[s][l])} ${k[s]}</span>`).join(' ');
}

const TARGET_NAMES = ['firstResponse', 'resolution', 'emailResponse', 'answerWithinRings', 'serviceHours', 'nps', 'ces', 'availability', 'deliveryDays'] as const;
function isTargetName(k: string): k is (typeof TARGET_NAMES)[number] {
  return (TARGET_NAMES as readonly string[]).includes(k);
}

function cover(report: Report, lang: Lang, executive: boolean): string {
  const org = report.organisation;
  const site = report.target ?? org.website;
  const rows: [string, string][] = [
    [t(lang, 'report.date'), h(formatDate(report.generatedAt, lang))],
  ];
  if (site) rows.push([t(lang, 'report.target'), urlText(site)]);
  if (report.profile) rows.push([t(lang, 'report.profile'), `<code>${h(report.profile)}</code>`]);
  rows.push([t(lang, 'report.country'), h(org.country)]);
  if (org.sector) rows.push([t(lang, 'report.sector'), h(org.sector)]);
  rows.push([t(lang, 'report.businessModel'), h(org.businessModel.map((b) => t(lang, `profile.businessModel.${b}`)).join(' / '))]);
  if (org.serviceModel) rows.push([t(lang, 'report.serviceModel'), h(t(lang, `profile.serviceModel.${org.serviceModel}`))]);
  rows.push([t(lang, 'report.tool'), h(`${report.tool.name} ${report.tool.version}`)]);
  if (report.checklists.length) {
    rows.push([t(lang, 'report.checklists'), `<ul class="inline-list">${report.checklists.map((c) => `<li>${h(c.title[lang])} <span class="muted">${h(c.id)} ${h(c.version)}</span></li>`).join('')}</ul>`]);
  }
  const targets = Object.entries(report.targets ?? {});
  const targetList = targets.length
    ? `<div class="targets"><h3>${h(t(lang, 'report.targets'))}</h3><dl class="kv">${targets.map(([k, v]) => `<dt>${h(isTargetName(k) ? t(lang, `profile.target.${k}`) : k)}</dt><dd>${h(typeof v === 'number' ? formatNumber(v, lang, 2) : describeValue(v, 200))}</dd>`).join('')}</dl></div>`
    : '';
  const edition = executive ? `<p class="edition"><strong>${h(t(lang, 'report.executiveEdition'))}.</strong> ${h(t(lang, 'report.executiveNote'))}</p>` : '';
  return `<header class="cover">
<p class="kicker">${h(t(lang, 'report.reportFor'))}</p>
<h1>${h(org.name)}</h1>
${edition}
<dl class="kv cover-facts">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>
${targetList}
</header>`;
}

function toc(report: Report, lang: Lang, hasDiff: boolean): string {
  const items = [
    `<li><a href="#summary">${h(t(lang, 'report.summary'))}</a></li>`,
    `<li><a href="#chart">${h(t(lang, 'report.chart'))}</a></li>`,
    hasDiff ? `<li><a href="#diff">${h(t(lang, 'report.baseline'))}</a></li>` : '',
    report.history?.entries?.length ? `<li><a href="#trend">${h(t(lang, 'scale.trend.title'))}</a></li>` : '',
    `<li><a href="#roadmap">${h(t(lang, 'report.roadmap'))}</a></li>`,
    `<li><a href="#areas">${h(t(lang, 'report.findings'))}</a><ol>${report.areas.map((a) => `<li><a href="#area-${h(a.id)}">${h(a.title[lang])}</a></li>`).join('')}</ol></li>`,
    `<li><a href="#expired">${h(t(lang, 'report.expiredWaivers'))}</a></li>`,
    `<li><a href="#legend">${h(t(lang, 'report.legend'))}</a></li>`,
  ];
  return `<nav class="toc block" aria-label="${h(t(lang, 'report.contents'))}"><h2>${h(t(lang, 'report.contents'))}</h2><ol>${items.join('')}</ol></nav>`;
}

function gateBox(report: Report, lang: Lang): string {
  const g = report.gate;
  if (g.evaluated.length === 0) {
    return `<div class="gate gate-none"><p class="verdict">${h(t(lang, 'report.gate'))}: ${h(t(lang, 'report.noGate'))}</p></div>`;
  }
  const reasons = g.reasons.length
    ? `<ul class="reasons">${g.reasons.map((r) => `<li><span class="rule">${h(r.rule)}</span> ${h(r.message[lang])}</li>`).join('')}</ul>`
    : '';
  return `<div class="gate ${g.passed ? 'gate-pass' : 'gate-fail'}"><p class="verdict">${h(t(lang, 'report.gateVerdict'))}: <strong>${h(g.passed ? t(lang, 'report.passed') : t(lang, 'report.failed'))}</strong></p><p class="muted small">${h(t(lang, 'report.gateRules'))}: ${h(g.evaluated.join(', '))}</p>${reasons}</div>`;
}

function summary(report: Report, lang: Lang, withGaps: boolean): string {
  const m = report.maturity;
  const gaps = report.checks.filter((c) => c.status === 'fail' || c.status === 'partial').sort((a, b) => impact(b) - impact(a) || a.id.localeCompare(b.id)).slice(0, 5);
  const areaTitle = new Map(report.areas.map((a) => [a.id, a.title[lang]]));
  const totals: Record<string, number> = {};
  for (const c of report.checks) totals[c.status] = (totals[c.status] ?? 0) + 1;
  const gapList = gaps.length
    ? `<ol class="gaps">${gaps.map((c) => `<li><a href="#check-${h(c.id)}"><strong>${h(c.failureTitle[lang])}</strong></a> <span class="badge st-${c.status}">${h(STATUS_LABEL[c.status][lang])}</span> <span class="sev sev-${c.severity}">${h(SEVERITY_LABEL[c.severity][lang])}</span><br><span class="muted">${h(areaTitle.get(c.area) ?? c.area)} · ${h(c.expectation[lang])}</span></li>`).join('')}</ol>`
    : `<p>${h(t(lang, 'report.noGaps'))}</p>`;
  return `<section id="summary" class="block summary">
<h2>${h(t(lang, 'report.summary'))}</h2>
<div class="headline">
<div class="ring-box">${scoreRing(report.score, lang)}<p class="ring-label">${h(t(lang, 'report.overallScore'))}</p></div>
<dl class="kv headline-facts">
<dt>${h(t(lang, 'report.maturity'))}</dt><dd>${m.level ? `<span class="lvl lvl-${m.level}">${m.level}</span> ${h(m.label[lang])}` : `<span class="warn">${h(m.label[lang])}</span>`}</dd>
<dt>${h(t(lang, 'report.coverage'))}</dt><dd>${h(formatPercent(report.coverage, lang))} <span class="meter" aria-hidden="true"><span style="width:${Math.round(report.coverage * 100)}%"></span></span></dd>
<dt>${h(t(lang, 'report.checks'))}</dt><dd class="counts">${STATUSES.filter((s) => totals[s]).map((s) => `<span class="pill st-${s}">${h(STATUS_LABEL[s][lang])} ${totals[s]}</span>`).join(' ')}</dd>
</dl>
</div>
${gateBox(report, lang)}
${withGaps ? `<h3>${h(t(lang, 'report.topGaps'))}</h3>\n${gapList}` : ''}
</section>`;
}

function diffSection(d: ReportDiff, lang: Lang, compact: boolean): string {
  const rows = d.areas.map((a) => `<tr><th scope="row">${h(a.title[lang])}</th><td class="num">${h(formatScore(a.base, lang, 1))}</td><td class="num">${h(formatScore(a.head, lang, 1))}</td><td class="num ${deltaClass(a.delta)}">${h(formatDelta(a.delta, lang))}</td></tr>`).join('');
  const list = (title: string, items: CheckChange[]) => items.length
    ? compact
      ? `<p><strong>${h(title)}:</strong> ${items.length}</p>`
      : `<h3>${h(title)} (${items.length})</h3><ul class="changes">${items.map((c) => `<li><code>${h(c.id)}</code> ${h(c.title[lang])}: <span class="badge st-${c.from}">${h(STATUS_LABEL[c.from]?.[lang] ?? c.from)}</span> → <span class="badge st-${c.to}">${h(STATUS_LABEL[c.to]?.[lang] ?? c.to)}</span> <span class="muted">${h(c.expectation[lang])}</span></li>`).join('')}</ul>`
    : '';
  const presence = (title: string, items: ReportDiff['added']) => items.length && !compact
    ? `<h3>${h(title)} (${items.length})</h3><p>${items.map((c) => `<code>${h(c.id)}</code>`).join(', ')}</p>`
    : '';
  const none = !d.startedFailing.length && !d.stoppedFailing.length && !d.changed.length ? `<p>${h(t(lang, 'report.noChanges'))}</p>` : '';
  return `<section id="diff" class="block">
<h2>${h(t(lang, 'report.baseline'))}</h2>
<p>${h(formatDate(d.base.generatedAt, lang))} → ${h(formatDate(d.head.generatedAt, lang))} · ${h(t(lang, 'report.overall'))}: <strong>${h(formatScore(d.score.base, lang, 1))} → ${h(formatScore(d.score.head, lang, 1))}</strong> <span class="${deltaClass(d.score.delta)}">(${h(formatDelta(d.score.delta, lang))})</span> · ${h(t(lang, 'report.coverage'))}: ${h(formatPercent(d.coverage.base, lang))} → ${h(formatPercent(d.coverage.head, lang))}</p>
<div class="table-wrap"><table><thead><tr><th scope="col">${h(t(lang, 'report.area'))}</th><th scope="col" class="num">${h(t(lang, 'report.base'))}</th><th scope="col" class="num">${h(t(lang, 'report.head'))}</th><th scope="col" class="num">${h(t(lang, 'report.delta'))}</th></tr></thead><tbody>${rows}</tbody></table></div>
${list(t(lang, 'report.startedFailing'), d.startedFailing)}${list(t(lang, 'report.stoppedFailing'), d.stoppedFailing)}${list(t(lang, 'report.changedState'), d.changed)}${presence(t(lang, 'report.newChecks'), d.added)}${presence(t(lang, 'report.removedChecks'), d.removed)}${none}
</section>`;
}

function deltaClass(n: number | null): string {
  if (n === null || Math.abs(n) < 0.05) return 'delta-zero';
  return n > 0 ? 'delta-up' : 'delta-down';
}

interface RoadmapView {
  /** List at most this many actions of each phase, saying how many more the full report has. */
  maxActions?: number;
  /** The checks the document holds (others are not linked); all when absent. */
  linked?: ReadonlySet<string>;
  /** Fixes by title only: what to do is in the findings (executive edition) or the full report. */
  brief?: boolean;
}

function roadmapSection(r: Roadmap, lang: Lang, view: RoadmapView = {}): string {
  if (r.phases.length === 0) return `<section id="roadmap" class="block"><h2>${h(t(lang, 'report.roadmap'))}</h2><p>${h(t(lang, 'report.noActions'))}</p></section>`;
  const phaseWord = t(lang, 'report.phase');
  return `<section id="roadmap" class="block">
<h2>${h(t(lang, 'report.roadmap'))}</h2>
<p>${h(t(lang, 'report.roadmapIntro'))}</p>
${view.brief ? '' : `<ol class="phase-overview">${r.phases.map((p) => `<li><a href="#phase-${h(p.id)}">${h(`${phaseWord} ${p.number}: ${p.title[lang]}`)}</a> <span class="muted">(${p.actions.length})</span></li>`).join('')}</ol>`}
${r.phases.map((p) => phaseBlock(p, lang, phaseWord, view)).join('\n')}
</section>`;
}

/** The check's title, linked to its card when the document has one. */
function checkLink(id: string, inner: string, linked?: ReadonlySet<string>): string {
  return !linked || linked.has(id) ? `<a href="#check-${h(id)}">${inner}</a>` : inner;
}

function phaseBlock(p: RoadmapPhase, lang: Lang, phaseWord: string, view: RoadmapView): string {
  const shown = view.maxActions === undefined ? p.actions : p.actions.slice(0, view.maxActions);
  const more = p.actions.length > shown.length ? `<p class="muted small more">${h(t(lang, 'report.moreActions', { n: formatNumber(p.actions.length - shown.length, lang, 0) }))}</p>` : '';
  const steps = p.areas.length
    ? `<p class="steps"><strong>${h(t(lang, 'report.areaSteps'))}:</strong> ${p.areas.map((s) => `<span class="step">${h(s.title[lang])} ${h(formatScore(s.from, lang, 0))} → <strong>${h(formatScore(s.to, lang, 0))}</strong>${s.toLevel ? ` <span class="lvl lvl-${s.toLevel}">${s.toLevel}</span>` : ''}</span>`).join(' ')}</p>`
    : '';
  if (p.kind === 'evidence') {
    // Often the longest list: one compact row per missing piece of evidence.
    const rows = shown.map((a, i) => `<tr><td class="num">${i + 1}</td><td>${checkLink(a.check, h(a.title[lang]), view.linked)}${a.required ? ` <span class="req">${h(t(lang, 'report.required'))}</span>` : ''} <span class="badge st-${a.status}">${h(STATUS_LABEL[a.status][lang])}</span><br><span class="muted small">${h(a.todo[lang])}</span></td><td class="small">${h(a.areaTitle[lang])}</td><td><span class="sev sev-${a.severity}">${h(SEVERITY_LABEL[a.severity][lang])}</span></td></tr>`).join('');
    return `<div class="phase" id="phase-${h(p.id)}">
<h3><span class="phase-no">${p.number}</span> ${h(`${phaseWord} ${p.number}: ${p.title[lang]}`)}</h3>
<p class="goal">${h(p.goal[lang])}</p>
<div class="table-wrap"><table class="actions evidence-actions"><thead><tr><th scope="col" class="num">#</th><th scope="col">${h(t(lang, 'report.evidence'))}</th><th scope="col">${h(t(lang, 'report.area'))}</th><th scope="col">${h(t(lang, 'report.severity'))}</th></tr></thead><tbody>${rows}</tbody></table></div>
${more}</div>`;
  }
  const rows = shown.map((a, i) => actionRow(a, i + 1, lang, view)).join('');
  return `<div class="phase" id="phase-${h(p.id)}">
<h3><span class="phase-no">${p.number}</span> ${h(`${phaseWord} ${p.number}: ${p.title[lang]}`)}</h3>
<p class="goal">${h(p.goal[lang])}</p>
${steps}
<div class="table-wrap"><table class="actions"><thead><tr><th scope="col" class="num">#</th><th scope="col">${h(t(lang, 'report.action'))}</th><th scope="col">${h(t(lang, 'report.severity'))}</th><th scope="col">${h(t(lang, 'report.effort'))}</th><th scope="col" class="num">${h(t(lang, 'report.impact'))}</th></tr></thead><tbody>${rows}</tbody></table></div>
${more}</div>`;
}

function actionRow(a: RoadmapAction, n: number, lang: Lang, view: RoadmapView = {}): string {
  return `<tr><td class="num">${n}</td><td>${checkLink(a.check, `<strong>${h(a.title[lang])}</strong>`, view.linked)}${a.required ? ` <span class="req">${h(t(lang, 'report.required'))}</span>` : ''}${view.brief ? '' : `<br><span class="todo">${h(a.todo[lang])}</span>`}<br><span class="muted small">${h(a.areaTitle[lang])}${view.brief ? '' : ` · <code>${h(a.check)}</code>`} · <span class="badge st-${a.status}">${h(STATUS_LABEL[a.status][lang])}</span></span></td><td><span class="sev sev-${a.severity}">${h(SEVERITY_LABEL[a.severity][lang])}</span></td><td><span class="effort effort-${a.effort}">${h(EFFORT_LABEL[a.effort][lang])}</span></td><td class="num">${h(formatNumber(a.impact, lang, 1))}</td></tr>`;
}

/** The failing and partial checks that matter most (impact, then id), as the summary ranks them. */
export function topFindings(report: Report, n = EXECUTIVE_FINDINGS): CheckResult[] {
  return report.checks.filter((c) => c.status === 'fail' || c.status === 'partial').sort((a, b) => impact(b) - impact(a) || a.id.localeCompare(b.id)).slice(0, n);
}

function findingsSection(findings: CheckResult[], report: Report, lang: Lang): string {
  const failing = report.checks.filter((c) => c.status === 'fail' || c.status === 'partial').length;
  if (!findings.length) return `<section id="top-findings" class="block"><h2>${h(t(lang, 'report.topFindings'))}</h2><p>${h(t(lang, 'report.noGaps'))}</p></section>`;
  const areaTitle = new Map(report.areas.map((a) => [a.id, a.title[lang]]));
  const cards = findings.map((c, i) => `<article class="check finding st-${c.status}" id="check-${h(c.id)}">
<header><span class="finding-no">${i + 1}</span> <h4>${h(c.failureTitle[lang])}</h4></header>
<p class="meta"><span class="badge st-${c.status}">${h(STATUS_LABEL[c.status][lang])}</span> ${h(t(lang, 'report.severity'))} <span class="sev sev-${c.severity}">${h(SEVERITY_LABEL[c.severity][lang])}</span> · ${h(areaTitle.get(c.area) ?? c.area)} · ${h(t(lang, 'report.effort'))} ${h(EFFORT_LABEL[c.effort]?.[lang] ?? c.effort)}${c.required ? ` · <span class="req">${h(t(lang, 'report.required'))}</span>` : ''} · <code>${h(c.id)}</code></p>
${c.expectation[lang] ? `<p class="expect"><strong>${h(t(lang, 'report.expectation'))}:</strong> ${h(c.expectation[lang])}</p>` : ''}
${c.remediation[lang] ? `<p class="fix"><strong>${h(t(lang, 'report.whatToDo'))}:</strong> ${h(c.remediation[lang])}</p>` : ''}
</article>`).join('\n');
  return `<section id="top-findings" class="block">
<h2>${h(t(lang, 'report.topFindings'))}</h2>
<p>${h(t(lang, 'report.topFindingsIntro', { n: formatNumber(findings.length, lang, 0), total: formatNumber(failing, lang, 0) }))}</p>
${cards}
</section>`;
}

function areaSection(a: AreaResult, checks: CheckResult[], lang: Lang): string {
  const sorted = [...checks].sort((x, y) => STATUS_ORDER.indexOf(x.status) - STATUS_ORDER.indexOf(y.status) || impact(y) - impact(x) || x.id.localeCompare(y.id));
  const m = a.maturity;
  return `<section class="area" id="area-${h(a.id)}">
<header class="area-head">
<h3>${h(a.title[lang])}</h3>
<dl class="kv area-facts">
<dt>${h(t(lang, 'report.score'))}</dt><dd><strong>${h(formatScore(a.score, lang, 1))}</strong></dd>
<dt>${h(t(lang, 'report.maturity'))}</dt><dd>${m.level ? `<span class="lvl lvl-${m.level}">${m.level}</span> ${h(m.label[lang])}` : `<span class="warn">${h(m.label[lang])}</span>`}</dd>
<dt>${h(t(lang, 'report.coverage'))}</dt><dd>${h(formatPercent(a.coverage, lang))}</dd>
<dt>${h(t(lang, 'report.weight'))}</dt><dd>${h(formatNumber(a.weight, lang, 2))}</dd>
</dl>
<p class="counts">${STATUSES.filter((s) => (a.counts[s] ?? 0) > 0).map((s) => `<span class="pill st-${s}">${h(STATUS_LABEL[s][lang])} ${a.counts[s]}</span>`).join(' ')}</p>
</header>
${sorted.map((c) => checkCard(c, lang)).join('\n')}
</section>`;
}

function checkCard(c: CheckResult, lang: Lang): string {
  const failing = c.status === 'fail' || c.status === 'partial';
  const compact = c.status === 'pass' || c.status === 'not-applicable';
  const title = failing ? c.failureTitle[lang] : c.title[lang];
  const score = c.score === null ? '—' : `${formatNumber(Math.round(c.score * 100), lang, 0)}/100`;
  const meta = [
    `<code>${h(c.id)}</code>`,
    `${h(t(lang, 'report.score'))} ${h(score)}`,
    `${h(t(lang, 'report.severity'))} <span class="sev sev-${c.severity}">${h(SEVERITY_LABEL[c.severity][lang])}</span>`,
    `${h(t(lang, 'report.weight'))} ${h(formatNumber(c.weight, lang, 2))}`,
    `${h(t(lang, 'report.effort'))} ${h(EFFORT_LABEL[c.effort]?.[lang] ?? c.effort)}`,
    c.basis.length ? `${h(t(lang, 'report.basis'))} ${c.basis.map((b) => `<span class="basis">${h(b)}</span>`).join(' ')}` : '',
    c.required ? `<span class="req">${h(t(lang, 'report.required'))}</span>` : '',
    // A legal duty names its instrument; an advisory check says it weighs nothing.
    c.legal ? `${h(t(lang, 'report.legal'))} ${h(t(lang, 'checklists.legal', { instrument: c.legal.instrument, article: c.legal.article }))}` : '',
    c.advisory ? `<span class="advisory">${h(t(lang, 'checklists.advisory'))}</span>` : '',
  ].filter(Boolean).join(' · ');
  const parts: string[] = [];
  parts.push(`<header><span class="badge st-${c.status}">${h(STATUS_LABEL[c.status][lang])}</span> <h4>${h(title)}</h4></header>`);
  parts.push(`<p class="meta">${meta}</p>`);
  if (c.expectation[lang]) parts.push(`<p class="expect"><strong>${h(t(lang, 'report.expectation'))}:</strong> ${h(c.expectation[lang])}</p>`);
  if (c.definition?.[lang] && c.status !== 'not-applicable') parts.push(`<p class="definition"><strong>${h(t(lang, 'report.definition'))}:</strong> ${h(c.definition[lang])}</p>`);
  if (c.reason && c.reason[lang] !== c.expectation[lang]) parts.push(`<p class="reason"><strong>${h(t(lang, 'report.reason'))}:</strong> ${h(c.reason[lang])}</p>`);
  if (c.status !== 'not-applicable') parts.push(evidenceBlock(c, lang, compact));
  if (c.details?.length && c.status !== 'not-applicable') parts.push(detailsBlock(c, lang));
  if (failing && c.why?.[lang]) parts.push(`<p class="why"><strong>${h(t(lang, 'report.why'))}:</strong> ${h(c.why[lang])}</p>`);
  if (!compact && c.remediation[lang]) parts.push(`<p class="fix"><strong>${h(t(lang, 'report.whatToDo'))}:</strong> ${h(c.remediation[lang])}</p>`);
  if (c.waiver) parts.push(waiverBlock(c.waiver, lang));
  return `<article class="check st-${c.status}${compact ? ' compact' : ''}" id="check-${h(c.id)}">${parts.join('')}</article>`;
}

/**
 * Related evidence beside a result: a list of records (declared vs found, one per
 * difference) becomes a table whose columns sit side by side; anything else prints
 * as a value. Everything in it came from a site or a profile, so all of it is escaped.
 */
function detailsBlock(c: CheckResult, lang: Lang): string {
  const out: string[] = [];
  for (const d of c.details ?? []) {
    const v = d.value;
    // The customer journeys: one row each, with where it stopped, worded for the reader.
    if (d.key === JOURNEY_KEY && Array.isArray(v) && v.length && v.every(isJourneyRow)) {
      out.push(journeysHtml(v, lang));
      continue;
    }
    if (Array.isArray(v) && v.length && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
      const rows = (v as Record<string, unknown>[]).slice(0, 25);
      const preferred = ['location', 'channel', 'field', 'kind', 'declared', 'found', 'missing', 'instead', 'url'];
      const all = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      const cols = [...preferred.filter((k) => all.includes(k)), ...all.filter((k) => !preferred.includes(k))].slice(0, 7);
      const cell = (x: unknown, col: string) => (col === 'url' && typeof x === 'string' ? urlText(x) : h(messagesText(x, lang) ?? (d.key.startsWith('data.') ? dataCell(x, col, lang) : describeValue(x, 160))));
      // Figures from the exports: their per-channel times are also drawn as p50/p90 bars.
      if (d.key === 'data.tickets.byChannel') out.push(channelTimesChart(v as unknown as Parameters<typeof channelTimesChart>[0], lang));
      out.push(`<div class="table-wrap details"><table><caption>${h(d.key)}</caption><thead><tr>${cols.map((k) => `<th scope="col">${h(k)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${cols.map((k) => `<td>${cell(r[k], k)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>${v.length > rows.length ? `<p class="muted">${h(t(lang, 'report.andMore', { n: v.length - rows.length }))}</p>` : ''}</div>`);
    } else if (Array.isArray(v) && v.length === 0) {
      continue;
    } else {
      out.push(`<div class="details"><p class="muted">${h(d.key)}</p><code class="value">${h(describeValue(v, 400))}</code></div>`);
    }
  }
  return out.join('');
}

/** A record's notes written as catalogue messages (a channel's unreadable hours), in the reader's language. */
function messagesText(x: unknown, lang: Lang): string | undefined {
  const list = Array.isArray(x) ? x : [x];
  if (!list.length || !list.every(isMessage)) return undefined;
  return describeValue(list.map((m) => t(lang, m.id, m.values)).join('; '), 160);
}

/** A cell of a table computed from an export: durations and shares as a person reads them. */
function dataCell(x: unknown, col: string, lang: Lang): string {
  if (typeof x !== 'number') return describeValue(x, 160);
  if (/P50|P90|wait/.test(col) && !/Days$/.test(col)) return formatDataDuration(x, lang);
  if (col === 'share' || col === 'withinTarget') return formatDataPercent(x, lang);
  return formatDataNumber(x, lang);
}

function evidenceBlock(c: CheckResult, lang: Lang, compact: boolean): string {
  const e = c.evidence;
  const rows: string[] = [];
  if (c.question) {
    rows.push(`<dt>${h(t(lang, 'report.question'))}</dt><dd>${h(c.question.prompt[lang])}</dd>`);
    if (c.question.answer !== undefined) rows.push(`<dt>${h(t(lang, 'report.answer'))}</dt><dd>${h(describeValue(c.question.answer))}</dd>`);
  } else if (e.value !== undefined) {
    rows.push(`<dt>${h(t(lang, 'report.value'))}</dt><dd><code class="value">${h(describeValue(e.value))}</code></dd>`);
  }
  if (e.origin) rows.push(`<dt>${h(t(lang, 'report.origin'))}</dt><dd>${h(ORIGIN_LABEL[e.origin]?.[lang] ?? e.origin)}${e.key ? ` <span class="muted">${h(e.key)}</span>` : ''}</dd>`);
  else if (e.keys.length && !c.question) rows.push(`<dt>${h(t(lang, 'report.evidence'))}</dt><dd class="muted">${h(e.keys.join(', '))}</dd>`);
  const sources = e.sources.slice(0, compact ? 2 : 6);
  const more = e.sources.length - sources.length;
  const srcHtml = sources.length
    ? `<ul class="sources">${sources.map((s) => `<li>${sourceHtml(s, lang)}</li>`).join('')}${more > 0 ? `<li class="muted">${h(t(lang, 'report.andMore', { n: more }))}</li>` : ''}</ul>`
    : '';
  if (!rows.length && !srcHtml) return compact ? '' : `<div class="evidence"><p class="muted">${h(t(lang, 'report.noEvidence'))}</p></div>`;
  return `<div class="evidence">${rows.length ? `<dl class="kv">${rows.join('')}</dl>` : ''}${srcHtml ? `<p class="seen">${h(t(lang, 'report.seenAt'))}</p>${srcHtml}` : ''}</div>`;
}

function sourceHtml(s: Source, lang: Lang): string {
  const parts: string[] = [];
  if (s.url) parts.push(urlText(s.url));
  if (s.file) parts.push(`<span class="file">${h(t(lang, 'report.file'))}: <code>${h(s.file)}${s.line ? `:${h(s.line)}` : ''}</code></span>`);
  if (s.selector) parts.push(`<span class="selector">${h(t(lang, 'report.selector'))}: <code>${h(s.selector)}</code></span>`);
  const note = sourceNote(s, lang);
  if (note) parts.push(`<span class="note">${h(note)}</span>`);
  let html = parts.join(' · ');
  if (s.snippet) {
    const snippet = s.snippet.length > 500 ? `${s.snippet.slice(0, 499)}…` : s.snippet;
    html += `<blockquote class="snippet">${h(snippet)}</blockquote>`;
  }
  return html;
}

/** A URL as text, and as a link only when it is an absolute http(s) URL. */
function urlText(url: string): string {
  const href = safeHref(url);
  const text = h(url.length > 200 ? `${url.slice(0, 199)}…` : url);
  return href ? `<a class="url" href="${h(href)}" rel="noopener noreferrer nofollow">${text}</a>` : `<span class="url">${text}</span>`;
}

function waiverBlock(w: NonNullable<CheckResult['waiver']>, lang: Lang): string {
  return `<div class="waiver${w.expired ? ' expired' : ''}"><p><strong>${h(t(lang, 'report.waiver'))}</strong>${w.expired ? ` <span class="badge st-fail">${h(t(lang, 'report.expiredWaiver'))}</span>` : ''}</p><dl class="kv"><dt>${h(t(lang, 'report.owner'))}</dt><dd>${h(w.owner)}</dd><dt>${h(t(lang, 'report.justification'))}</dt><dd>${h(w.justification)}</dd><dt>${h(t(lang, 'report.expires'))}</dt><dd>${h(w.expires)}</dd></dl></div>`;
}

function expiredSection(report: Report, lang: Lang): string {
  const list = report.expiredWaivers;
  const body = list.length
    ? `<div class="table-wrap"><table><thead><tr><th scope="col">${h(t(lang, 'report.check'))}</th><th scope="col">${h(t(lang, 'report.owner'))}</th><th scope="col">${h(t(lang, 'report.expires'))}</th><th scope="col">${h(t(lang, 'report.justification'))}</th></tr></thead><tbody>${list.map((w) => `<tr><td><a href="#check-${h(w.check)}"><code>${h(w.check)}</code></a></td><td>${h(w.owner)}</td><td>${h(w.expires)}</td><td>${h(w.justification)}</td></tr>`).join('')}</tbody></table></div>`
    : `<p>${h(t(lang, 'report.noExpiredWaivers'))}</p>`;
  return `<section id="expired" class="block"><h2>${h(t(lang, 'report.expiredWaivers'))}</h2>${body}</section>`;
}

function legend(lang: Lang): string {
  const levels = t(lang, 'report.legendLevels');
  return `<section id="legend" class="block legend"><h2>${h(t(lang, 'report.legend'))}</h2><p>${h(levels)}</p><h3>${h(t(lang, 'report.states'))}</h3><dl class="kv">${STATUSES.map((s) => `<dt><span class="badge st-${s}">${h(STATUS_LABEL[s][lang])}</span></dt><dd>${h(STATUS_MEANING[s][lang])}</dd>`).join('')}</dl></section>`;
}

const CSS = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--soft:#f5f7fa;--brand:#1f3a5f;--accent:#2f6f8f;
--pass:#1e7b4a;--partial:#a15c00;--fail:#b3261e;--unknown:#52606d;--error:#6a1b9a;--waived:#3d5a99;--na:#7b8794}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.doc{max-width:980px;margin:0 auto;padding:24px 20px 48px}
h1,h2,h3,h4{line-height:1.25;color:var(--brand);margin:0 0 .5em;overflow-wrap:break-word}
h1{font-size:2.1em}h2{font-size:1.45em;border-bottom:2px solid var(--brand);padding-bottom:.25em;margin-top:1.6em}
h3{font-size:1.15em;margin-top:1.2em}h4{font-size:1em;display:inline;color:var(--ink)}
a{color:var(--accent)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;background:var(--soft);padding:0 .25em;border-radius:3px;overflow-wrap:anywhere}
.muted{color:var(--muted)}.small{font-size:.85em}.warn{color:var(--partial);font-weight:600}
.cover{border-top:8px solid var(--brand);padding:28px 0 8px}
.kicker{text-transform:uppercase;letter-spacing:.08em;color:var(--accent);font-weight:600;margin:0 0 .3em}
.kv{display:grid;grid-template-columns:auto 1fr;gap:.25em 1em;margin:.5em 0}
.kv dt{color:var(--muted);font-weight:600}.kv dd{margin:0;overflow-wrap:break-word;min-width:0}
.cover-facts{font-size:1.02em}
.inline-list{list-style:none;margin:0;padding:0}.inline-list li{display:inline}.inline-list li:not(:last-child)::after{content:" · ";color:var(--muted)}
.targets{background:var(--soft);border-radius:6px;padding:8px 14px;margin-top:12px}.targets h3{margin-top:.3em}
.toc ol{margin:.3em 0;padding-left:1.4em}.toc ol ol{columns:2;font-size:.92em}
.headline{display:flex;flex-wrap:wrap;gap:24px;align-items:center}
.ring-box{text-align:center}.ring-label{margin:.2em 0 0;color:var(--muted);font-weight:600}
.headline-facts{flex:1;min-width:260px}
.meter{display:inline-block;width:120px;height:8px;background:#e4e7eb;border-radius:4px;vertical-align:middle;margin-left:6px}
.meter span{display:block;height:100%;background:var(--accent);border-radius:4px}
.gate{border-radius:8px;padding:10px 16px;margin:16px 0;border:1px solid var(--line);border-left-width:6px}
.gate .verdict{margin:0;font-size:1.1em}
.gate-pass{border-left-color:var(--pass);background:#eef8f2}.gate-fail{border-left-color:var(--fail);background:#fdf0ef}.gate-none{border-left-color:var(--na)}
.reasons{margin:.4em 0 0;padding-left:1.2em}.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;color:var(--muted)}
.gaps{padding-left:1.4em}.gaps li{margin:.45em 0}
.pill,.badge{display:inline-block;border-radius:999px;padding:0 .6em;font-size:.8em;font-weight:600;line-height:1.6;white-space:nowrap;color:#fff;background:var(--na)}
.st-pass{--c:var(--pass)}.st-partial{--c:var(--partial)}.st-fail{--c:var(--fail)}.st-unknown{--c:var(--unknown)}.st-error{--c:var(--error)}.st-waived{--c:var(--waived)}.st-not-applicable{--c:var(--na)}
.pill,.badge{background:var(--c,var(--na))}
.pill{background:transparent;color:var(--c,var(--na));border:1px solid var(--c,var(--na))}
.sev{font-weight:600}.sev-critical{color:var(--fail)}.sev-high{color:#c2410c}.sev-medium{color:var(--partial)}.sev-low{color:var(--muted)}
.lvl{display:inline-block;min-width:1.5em;text-align:center;border-radius:4px;color:#fff;font-weight:700;font-size:.85em}
.lvl-1{background:#c0392b}.lvl-2{background:#d9822b}.lvl-3{background:#b8921f}.lvl-4{background:#5b9a43}.lvl-5{background:#2e7d32}
.req{color:var(--fail);font-weight:700;font-size:.85em}
.advisory{color:var(--muted);font-style:italic;font-size:.85em}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.93em}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);color:var(--brand);border-bottom:2px solid var(--line)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.counts .pill{margin:1px 0}
.chart-box{margin:12px 0;text-align:center}.chart-box svg{max-width:100%;height:auto}
figcaption{font-size:.85em;color:var(--muted);margin-top:4px}
.delta-up{color:var(--pass);font-weight:600}.delta-down{color:var(--fail);font-weight:600}.delta-zero{color:var(--muted)}
.changes{padding-left:1.2em}.changes li{margin:.3em 0}
.phase{border:1px solid var(--line);border-radius:8px;padding:4px 16px 8px;margin:16px 0}
.phase h3{display:flex;align-items:center;gap:10px}
.phase-no{display:inline-flex;align-items:center;justify-content:center;width:1.8em;height:1.8em;border-radius:50%;background:var(--brand);color:#fff;font-size:.9em;flex:none}
.goal{margin:.2em 0 .5em}.steps .step{display:inline-block;margin-right:14px;white-space:nowrap}
.todo{color:var(--ink)}.effort{font-weight:600}.effort-low{color:var(--pass)}.effort-medium{color:var(--partial)}.effort-high{color:var(--fail)}
.area-head{background:var(--soft);border-radius:8px;padding:10px 16px;margin:20px 0 10px}
.area-head h3{margin-top:.2em;font-size:1.3em}
.area-facts{grid-template-columns:repeat(4,auto auto);justify-content:start;column-gap:.7em}.area-facts dd{white-space:nowrap;margin-right:1.2em}
.check{border:1px solid var(--line);border-left:5px solid var(--c,var(--na));border-radius:6px;padding:8px 14px;margin:10px 0;background:#fff}
.check header{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}.check header h4{min-width:0;overflow-wrap:anywhere}
.check.compact{padding:6px 14px}.check.compact .meta,.check.compact .expect{font-size:.9em}
.check p{margin:.35em 0}.meta{color:var(--muted);font-size:.88em}
.basis{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;background:#e8eef6;color:var(--brand);border-radius:3px;padding:0 .3em;white-space:nowrap}
.details caption{text-align:left;font-size:.85em;color:var(--muted);padding:2px 0}.details table{font-size:.88em}
.evidence{background:var(--soft);border-radius:4px;padding:4px 10px;margin:.4em 0;font-size:.92em}
.evidence .kv{margin:.2em 0}.seen{margin:.3em 0 0;font-weight:600;color:var(--muted)}
.sources{margin:.2em 0;padding-left:1.2em}.sources li{margin:.2em 0;overflow-wrap:anywhere}
.url{overflow-wrap:anywhere;word-break:break-word}
.snippet{margin:.3em 0;padding:.3em .7em;border-left:3px solid var(--line);background:#fff;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;max-height:12em;overflow:auto}
code.value{white-space:pre-wrap}
.why{color:var(--muted)}.fix{border-left:3px solid var(--accent);padding-left:8px}
.waiver{border:1px dashed var(--waived);border-radius:4px;padding:4px 10px;margin:.4em 0;background:#f2f5fb}.waiver.expired{border-color:var(--fail);background:#fdf0ef}
.waiver p{margin:.2em 0}
.legend .kv{grid-template-columns:max-content 1fr}
.edition{background:var(--soft);border-left:4px solid var(--accent);padding:6px 12px;margin:.4em 0 1em}
.finding header{align-items:center}.finding-no{display:inline-flex;align-items:center;justify-content:center;min-width:1.7em;height:1.7em;border-radius:50%;background:var(--brand);color:#fff;font-weight:700;font-size:.85em;flex:none}
.doc-footer{margin-top:32px;padding-top:8px;border-top:1px solid var(--line);color:var(--muted);font-size:.85em}
@media (max-width:640px){
 body{font-size:14px}.doc{padding:12px 12px 32px}h1{font-size:1.6em}
 /* A phone has no room for a label column: each label sits over its value. */
 .kv{display:block}.kv dt{margin-top:.5em;font-size:.85em}.kv dt:first-child{margin-top:0}.kv dd{margin:0}
 .targets .kv{display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr)}.targets .kv dt{margin:0;font-size:1em;overflow-wrap:anywhere}
 .area-facts{display:grid;grid-template-columns:auto 1fr;gap:.1em .7em}.area-facts dt{margin:0;font-size:1em}
 .headline-facts{min-width:0;flex-basis:100%}
 .toc ol ol{columns:1}
 table.actions th:nth-child(3),table.actions td:nth-child(3){display:none}
 .headline{justify-content:center}
 .steps .step{display:block;white-space:normal;margin-right:0}
 /* Wide tables scroll inside their own box, never the page; the fading edge says there is more. */
 .table-wrap{background:linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/24px 100% no-repeat local,radial-gradient(farthest-side at 100% 50%,rgba(31,41,51,.18),rgba(31,41,51,0)) right/10px 100% no-repeat scroll}
 .table-wrap>table{background:transparent}
 .details th,.details td{overflow-wrap:anywhere;min-width:6em}
 table.areas th:nth-child(5),table.areas td:nth-child(5){display:none}
 th,td{padding:5px 6px}
}
@media print{
 @page{size:A4;margin:18mm 14mm 16mm}
 body{font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .doc{max-width:none;padding:0}
 a{color:inherit;text-decoration:none}
 .toc{break-after:page}
 .cover{min-height:60vh}
 h2,h3,h4{break-after:avoid}
 .area{break-before:page}
 #summary,#roadmap,#expired,#legend{break-before:page}
 /* The executive edition flows: sections follow each other, the chart is smaller, the type a little tighter. */
 .executive{font-size:9.5pt}
 .executive .cover{min-height:0}
 .executive #summary,.executive #roadmap{break-before:auto}
 .executive #chart{break-before:page}
 .executive .chart-box svg{max-width:78%}
 .executive h2{margin-top:1.1em}
 .executive .check{padding:5px 12px;margin:7px 0}.executive .check p{margin:.25em 0}
 .executive .phase{padding:2px 12px 4px;margin:10px 0}.executive .goal,.executive .steps{margin:.2em 0}
 .executive table.actions th:nth-child(2){width:62%}
 tr,.check,.phase-head,.gate,.evidence,.waiver,figure,.area-head,.kv{break-inside:avoid}
 thead{display:table-header-group}
 .snippet{max-height:none;overflow:visible}
 .table-wrap{overflow:visible}
}
`;
