/**
 * The trend section of the HTML report (`report.history`, from `--history DIR`): the
 * overall score across the kept audits as a line over the five maturity bands, a table
 * of the overall and area scores of the last audits with a sparkline per row (the
 * chart's accessible twin), and the checks that changed state since the last audit.
 * Pure: a function of the report. Everything from a report is escaped.
 */
import { LEVEL_COLOURS, levelOf } from '../report/chart.js';
import type { CheckChange } from '../report/diff.js';
import { escapeHtml as h } from '../report/escape.js';
import { formatDate, formatDelta, formatScore, STATUS_LABEL } from '../report/i18n.js';
import { formatDate as formatShortDate, t } from '../i18n/index.js';
import type { Lang, Report } from '../types.js';
import type { HistoryEntry, ReportHistory } from './types.js';

/** Columns of the score table: the most recent audits. */
export const TREND_COLUMNS = 4;

export const TREND_CSS = `
.trend-chart{margin:12px 0;text-align:center}.trend-chart svg{max-width:100%;height:auto}
.trend td.spark{width:96px}.trend td.spark svg{display:block}
.trend th.when{white-space:nowrap}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

const r1 = (n: number) => Math.round(n * 10) / 10;

function labels(entries: readonly HistoryEntry[], lang: Lang): string[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const d = formatShortDate(e.generatedAt, lang);
    const n = (seen.get(d) ?? 0) + 1;
    seen.set(d, n);
    return n === 1 ? d : `${d} (${n})`;
  });
}

/** The overall score per audit, over the maturity bands. */
export function trendChart(history: ReportHistory, lang: Lang): string {
  const entries = history.entries;
  const names = labels(entries, lang);
  // Room on both sides for a date label centred under the first and the last audit.
  const left = 70;
  const plotW = 500;
  const top = 16;
  const plotH = 180;
  const width = left + plotW + 60;
  const height = top + plotH + 44;
  const x = (i: number) => r1(left + (entries.length === 1 ? plotW / 2 : (plotW * i) / (entries.length - 1)));
  const y = (score: number) => r1(top + plotH - (plotH * Math.max(0, Math.min(100, score))) / 100);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="trend-title trend-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`);
  parts.push(`<title id="trend-title">${h(t(lang, 'scale.trend.chart'))}</title><desc id="trend-desc">${h(t(lang, 'scale.trend.chartAlt', { n: entries.length }))}</desc>`);
  for (let level = 1; level <= 5; level++) {
    parts.push(`<rect x="${left}" y="${y(level * 20)}" width="${plotW}" height="${r1(plotH / 5)}" fill="${level % 2 ? '#f3f5f8' : '#e9edf2'}"/>`);
  }
  for (let v = 0; v <= 100; v += 20) parts.push(`<text x="${left - 30}" y="${y(v) + 4}" text-anchor="end" fill="#7b8794" font-size="11">${v}</text>`);
  const step = Math.max(1, Math.ceil(entries.length / 8));
  entries.forEach((_, i) => {
    if (i % step === 0 || i === entries.length - 1) parts.push(`<text x="${x(i)}" y="${top + plotH + 18}" text-anchor="middle" fill="#52606d" font-size="11">${h(names[i]!)}</text>`);
  });
  const points = entries.map((e, i) => (e.score === null ? undefined : { x: x(i), y: y(e.score), e, i }));
  const segments: string[][] = [[]];
  for (const p of points) {
    if (p) segments[segments.length - 1]!.push(`${p.x},${p.y}`);
    else if (segments[segments.length - 1]!.length) segments.push([]);
  }
  for (const s of segments) if (s.length > 1) parts.push(`<polyline fill="none" stroke="#1f3a5f" stroke-width="2.5" points="${s.join(' ')}"/>`);
  for (const p of points) {
    if (!p) continue;
    parts.push(`<g><title>${h(`${names[p.i]}: ${formatScore(p.e.score, lang, 1)}`)}</title><circle cx="${p.x}" cy="${p.y}" r="4.5" fill="${LEVEL_COLOURS[levelOf(p.e.score)]}" stroke="#fff" stroke-width="1.5"/>`
      + `<text x="${p.x}" y="${r1(p.y - 9)}" text-anchor="middle" fill="#1f2933" font-size="11" font-weight="600">${h(formatScore(p.e.score, lang, 0))}</text></g>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A row's scores as a tiny line (decorative: the row's cells carry the figures). */
function sparkline(scores: (number | null)[]): string {
  const w = 90;
  const hgt = 22;
  const pts = scores.map((s, i) => (s === null ? undefined : `${r1(scores.length === 1 ? w / 2 : (w * i) / (scores.length - 1))},${r1(hgt - 2 - ((hgt - 4) * s) / 100)}`)).filter(Boolean);
  if (pts.length === 0) return '';
  const line = pts.length > 1 ? `<polyline fill="none" stroke="#2f6f8f" stroke-width="1.5" points="${pts.join(' ')}"/>` : '';
  const last = pts[pts.length - 1]!.split(',');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" aria-hidden="true">${line}<circle cx="${last[0]}" cy="${last[1]}" r="2.5" fill="#2f6f8f"/></svg>`;
}

function changeList(title: string, items: readonly CheckChange[], lang: Lang): string {
  if (!items.length) return '';
  return `<h4>${h(title)} (${items.length})</h4><ul class="changes">${items.map((c) => `<li><code>${h(c.id)}</code> ${h(c.title[lang])}: <span class="badge st-${h(c.from)}">${h(STATUS_LABEL[c.from]?.[lang] ?? c.from)}</span> → <span class="badge st-${h(c.to)}">${h(STATUS_LABEL[c.to]?.[lang] ?? c.to)}</span> <span class="muted">${h(c.expectation[lang])}</span></li>`).join('')}</ul>`;
}

/** The section, or '' when the report carries no history; `compact` for the executive edition. */
export function trendSection(report: Report, lang: Lang, compact = false): string {
  const history = report.history;
  if (!history || !Array.isArray(history.entries) || history.entries.length === 0) return '';
  const entries = history.entries;
  const first = entries[0]!;
  const last = entries[entries.length - 1]!;
  const intro = entries.length === 1
    ? t(lang, 'scale.trend.first')
    : t(lang, 'scale.trend.intro', { n: entries.length, from: formatDate(first.generatedAt, lang), to: formatDate(last.generatedAt, lang) });

  const names = labels(entries, lang).slice(-TREND_COLUMNS);
  const areaTitle = new Map(report.areas.map((a) => [a.id, a.title[lang]]));
  const areaIds = [...new Set([...report.areas.map((a) => a.id), ...entries.flatMap((e) => e.areas.map((a) => a.id))])];
  const rows: { name: string; scores: (number | null)[] }[] = [
    { name: t(lang, 'report.overall'), scores: entries.map((e) => e.score) },
    ...areaIds.map((id) => ({ name: areaTitle.get(id) ?? id, scores: entries.map((e) => e.areas.find((a) => a.id === id)?.score ?? null) })),
  ];
  const head = `<tr><th scope="col">${h(t(lang, 'report.area'))}</th>${names.map((n) => `<th scope="col" class="num when">${h(n)}</th>`).join('')}<th scope="col" class="num">${h(t(lang, 'report.delta'))}</th><th scope="col"><span class="sr-only">${h(t(lang, 'scale.trend.spark'))}</span></th></tr>`;
  const body = rows.map((r) => {
    const cells = r.scores.slice(-TREND_COLUMNS);
    const now = r.scores[r.scores.length - 1] ?? null;
    const before = r.scores.length > 1 ? r.scores[r.scores.length - 2] ?? null : null;
    const delta = now !== null && before !== null ? r1(now - before) : null;
    const cls = delta === null || Math.abs(delta) < 0.05 ? 'delta-zero' : delta > 0 ? 'delta-up' : 'delta-down';
    return `<tr><th scope="row">${h(r.name)}</th>${cells.map((s) => `<td class="num">${h(formatScore(s, lang, 1))}</td>`).join('')}<td class="num ${cls}">${h(formatDelta(delta, lang))}</td><td class="spark">${sparkline(r.scores)}</td></tr>`;
  }).join('');

  const ch = history.changes;
  let changes = '';
  if (history.previous && ch) {
    const lists = changeList(t(lang, 'report.startedFailing'), ch.startedFailing, lang)
      + changeList(t(lang, 'report.stoppedFailing'), ch.stoppedFailing, lang)
      + (compact ? '' : changeList(t(lang, 'report.changedState'), ch.changed, lang));
    const presence = !compact && (ch.added.length || ch.removed.length)
      ? `<p class="muted">${h(t(lang, 'scale.trend.presence', { added: ch.added.length, removed: ch.removed.length }))}</p>`
      : '';
    changes = `<h3>${h(t(lang, 'scale.trend.since', { date: formatDate(history.previous, lang) }))}</h3>${lists || `<p>${h(t(lang, 'scale.trend.noChanges'))}</p>`}${presence}`;
  }
  // The executive edition keeps the chart and the checks that started or stopped failing; the table is the full report's.
  return `<section id="trend" class="block trend">
<h2>${h(t(lang, 'scale.trend.title'))}</h2>
<p>${h(intro)}</p>
${entries.length > 1 ? `<figure class="trend-chart">${trendChart(history, lang)}<figcaption>${h(t(lang, 'scale.trend.caption'))}</figcaption></figure>` : ''}
${compact ? '' : `<div class="table-wrap"><table><thead>${head}</thead><tbody>${body}</tbody></table></div>`}
${changes}
</section>`;
}
