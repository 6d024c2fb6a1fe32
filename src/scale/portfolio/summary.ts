/**
 * The portfolio summary, from the run's state: an HTML page (one self-contained file,
 * the report's strict CSP) and a CSV for spreadsheets — per site the score, maturity,
 * coverage, gate and every area's score, with the reason when a site could not be
 * audited. Pure functions of the state; numbers and dates in the reader's locale (the
 * CSV in Spanish uses ";" and decimal commas, as Excel in Spanish reads it).
 */
import { LEVEL_COLOURS } from '../../report/chart.js';
import { escapeHtml as h, HTML_CSP } from '../../report/escape.js';
import { formatDate, formatPercent, formatScore } from '../../report/i18n.js';
import { formatDuration, formatNumber, LOCALES, t } from '../../i18n/index.js';
import type { Lang, Localized } from '../../types.js';
import { stepValue } from '../errors.js';
import type { PortfolioState, SiteRow } from './run.js';

function areaColumns(state: PortfolioState): { id: string; title: Localized }[] {
  const out = new Map<string, Localized>();
  for (const r of state.sites) for (const a of r.areas ?? []) if (!out.has(a.id)) out.set(a.id, a.title);
  return [...out].map(([id, title]) => ({ id, title }));
}

function counts(state: PortfolioState) {
  const audited = state.sites.filter((r) => r.status === 'audited');
  return {
    total: state.sites.length,
    audited: audited.length,
    passed: audited.filter((r) => r.gate === 'passed').length,
    gateFailed: audited.filter((r) => r.gate === 'failed').length,
    failed: state.sites.filter((r) => r.status === 'failed').length,
    pending: state.sites.filter((r) => r.status === 'pending').length,
  };
}

function reasonText(r: SiteRow, lang: Lang): string {
  if (r.status === 'pending') return t(lang, 'scale.portfolio.pending');
  if (r.failure) return t(lang, 'scale.portfolio.failedBecause', { code: r.failure.code, step: stepValue(r.failure.step), message: r.failure.message });
  const notes = (r.notes ?? []).map((n) => t(lang, n.id, n.values));
  if (r.resumed) notes.push(t(lang, 'scale.portfolio.kept'));
  return notes.join(' · ');
}

const CSS = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--soft:#f5f7fa;--brand:#1f3a5f;--accent:#2f6f8f;--pass:#1e7b4a;--fail:#b3261e;--na:#7b8794}
*{box-sizing:border-box}body{margin:0;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.doc{max-width:1200px;margin:0 auto;padding:24px 20px 48px}
h1{color:var(--brand);font-size:1.9em;margin:.2em 0}h2{color:var(--brand);border-bottom:2px solid var(--brand);padding-bottom:.2em}
.muted{color:var(--muted)}.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);color:var(--brand);border-bottom:2px solid var(--line)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.lvl{display:inline-block;min-width:1.5em;text-align:center;border-radius:4px;color:#fff;font-weight:700;font-size:.85em;padding:0 .3em}
.gate-passed{color:var(--pass);font-weight:600}.gate-failed{color:var(--fail);font-weight:600}.gate-none{color:var(--na)}
.failed{color:var(--fail)}.pending{color:var(--muted);font-style:italic}
.facts{display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;list-style:none}.facts li strong{color:var(--brand)}
.area{white-space:nowrap}
`;

function levelBadge(level: number | null | undefined): string {
  if (!level) return '';
  return ` <span class="lvl" style="background:${LEVEL_COLOURS[level]}">${level}</span>`;
}

export function renderPortfolioHtml(state: PortfolioState, lang: Lang): string {
  const areas = areaColumns(state);
  const c = counts(state);
  const rows = state.sites.map((r) => {
    // The site's own report, by its path under the portfolio folder (ids are file-name safe).
    const rel = r.reports?.find((f) => f.endsWith('.html')) ?? r.reports?.[0];
    const href = rel && /^[a-z0-9][a-z0-9._-]*\/[a-z0-9._-]+$/i.test(rel) ? rel : undefined;
    const name = href ? `<a href="${h(href)}">${h(r.organisation)}</a>` : h(r.organisation);
    const who = `<th scope="row">${name}<br><span class="muted">${h(r.id)}${r.target ? ` · ${h(r.target)}` : ''}</span></th>`;
    const reason = reasonText(r, lang);
    if (r.status !== 'audited') {
      return `<tr>${who}<td colspan="${4 + areas.length}" class="${r.status === 'failed' ? 'failed' : 'pending'}">${h(reason)}</td><td class="num">${r.durationMs !== undefined ? h(formatDuration(r.durationMs, lang)) : ''}</td><td></td></tr>`;
    }
    const gate = `<td class="gate-${r.gate}">${h(t(lang, `scale.portfolio.gate.${r.gate ?? 'none'}`))}</td>`;
    const cells = areas.map((a) => {
      const x = r.areas?.find((y) => y.id === a.id);
      return `<td class="num area">${x ? `${h(formatScore(x.score, lang, 0))}${levelBadge(x.level)}` : '—'}</td>`;
    }).join('');
    return `<tr>${who}<td class="num"><strong>${h(formatScore(r.score, lang, 1))}</strong></td><td>${levelBadge(r.level)} ${h(r.maturity?.[lang] ?? '')}</td><td class="num">${r.coverage !== undefined ? h(formatPercent(r.coverage, lang)) : ''}</td>${gate}${cells}<td class="num">${r.durationMs !== undefined ? h(formatDuration(r.durationMs, lang)) : ''}</td><td>${h(reason)}</td></tr>`;
  }).join('\n');
  const head = `<tr><th scope="col">${h(t(lang, 'scale.portfolio.col.organisation'))}</th><th scope="col" class="num">${h(t(lang, 'scale.portfolio.col.score'))}</th><th scope="col">${h(t(lang, 'scale.portfolio.col.maturity'))}</th><th scope="col" class="num">${h(t(lang, 'scale.portfolio.col.coverage'))}</th><th scope="col">${h(t(lang, 'scale.portfolio.col.gate'))}</th>${areas.map((a) => `<th scope="col" class="num">${h(a.title[lang])}</th>`).join('')}<th scope="col" class="num">${h(t(lang, 'scale.portfolio.col.time'))}</th><th scope="col">${h(t(lang, 'scale.portfolio.col.notes'))}</th></tr>`;
  const title = t(lang, 'scale.portfolio.title');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="doc">
<h1>${h(title)}</h1>
<p class="muted">${h(t(lang, 'scale.portfolio.subtitle', { file: state.sitesFile, date: formatDate(state.updatedAt, lang) }))}</p>
<ul class="facts">
<li><strong>${h(formatNumber(c.audited, lang))}</strong> / ${h(formatNumber(c.total, lang))} ${h(t(lang, 'scale.portfolio.fact.audited'))}</li>
<li><strong>${h(formatNumber(c.passed, lang))}</strong> ${h(t(lang, 'scale.portfolio.fact.passed'))}</li>
<li><strong>${h(formatNumber(c.gateFailed, lang))}</strong> ${h(t(lang, 'scale.portfolio.fact.gateFailed'))}</li>
<li><strong>${h(formatNumber(c.failed, lang))}</strong> ${h(t(lang, 'scale.portfolio.fact.failed'))}</li>
${c.pending ? `<li><strong>${h(formatNumber(c.pending, lang))}</strong> ${h(t(lang, 'scale.portfolio.fact.pending'))}</li>` : ''}
</ul>
<h2>${h(t(lang, 'scale.portfolio.sites'))}</h2>
<div class="table-wrap"><table><thead>${head}</thead><tbody>
${rows}
</tbody></table></div>
<p class="muted">${h(t(lang, 'scale.portfolio.legend'))}</p>
<footer class="muted">${h(`${state.tool.name} ${state.tool.version}`)}</footer>
</main>
</body>
</html>
`;
}

/** A cell: quoted when it must be, and never read as a formula by a spreadsheet. */
function csvCell(v: string, sep: string): string {
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.includes(sep) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderPortfolioCsv(state: PortfolioState, lang: Lang): string {
  const plain = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1, useGrouping: false });
  // A spreadsheet in a locale whose decimal mark is a comma splits a CSV on semicolons (Excel's list separator).
  const sep = plain.formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',' ? ';' : ',';
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : plain.format(n));
  const areas = areaColumns(state);
  const header = [
    t(lang, 'scale.portfolio.col.id'), t(lang, 'scale.portfolio.col.organisation'), t(lang, 'scale.portfolio.col.site'), t(lang, 'scale.portfolio.col.status'),
    t(lang, 'scale.portfolio.col.score'), t(lang, 'scale.portfolio.col.level'), t(lang, 'scale.portfolio.col.maturity'), t(lang, 'scale.portfolio.col.coveragePct'),
    t(lang, 'scale.portfolio.col.gate'), ...areas.map((a) => a.title[lang]), t(lang, 'scale.portfolio.col.seconds'), t(lang, 'scale.portfolio.col.notes'), t(lang, 'scale.portfolio.col.report'),
  ];
  const lines = [header.map((x) => csvCell(x, sep)).join(sep)];
  for (const r of state.sites) {
    const cells = [
      r.id, r.organisation, r.target ?? '', t(lang, `scale.portfolio.status.${r.status}`),
      num(r.score), r.level ? String(r.level) : '', r.maturity?.[lang] ?? '', r.coverage !== undefined ? num(r.coverage * 100) : '',
      r.status === 'audited' ? t(lang, `scale.portfolio.gate.${r.gate ?? 'none'}`) : '',
      ...areas.map((a) => num(r.areas?.find((x) => x.id === a.id)?.score)),
      r.durationMs !== undefined ? num(r.durationMs / 1000) : '', reasonText(r, lang), r.reports?.find((f) => f.endsWith('.html')) ?? r.reports?.[0] ?? '',
    ];
    lines.push(cells.map((x) => csvCell(x, sep)).join(sep));
  }
  // A BOM, so a spreadsheet opening the file reads it as UTF-8.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
