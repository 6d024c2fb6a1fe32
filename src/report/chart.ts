/**
 * Charts drawn by the tool as inline SVG strings (no library, no network): the
 * areas as horizontal bars over the five maturity bands, and the overall score as a
 * ring. Every label goes through escapeHtml (the SVG sits inside the HTML report).
 */
import type { AreaResult, Lang } from '../types.js';
import { escapeHtml } from './escape.js';
import { formatPercent, formatScore } from './i18n.js';
import { t } from '../i18n/index.js';
import { MATURITY_LABELS } from '../engine/scoring.js';

/** Colours of the maturity levels 1..5, from red to green; grey for no score. */
export const LEVEL_COLOURS = ['#9aa5b1', '#c0392b', '#d9822b', '#c9a227', '#6aa84f', '#2e7d32'] as const;

export function levelOf(score: number | null): number {
  if (score === null) return 0;
  return score >= 80 ? 5 : score >= 60 ? 4 : score >= 40 ? 3 : score >= 20 ? 2 : 1;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Horizontal bars: score (thick) and coverage (thin) per area, over the maturity bands. */
export function areaBarChart(areas: AreaResult[], lang: Lang): string {
  const labelW = 250;
  const plotW = 380;
  const valueW = 180;
  const width = labelW + plotW + valueW;
  const top = 30;
  const rowH = 36;
  const height = top + areas.length * rowH + 28;
  const x = (score: number) => labelW + (plotW * Math.max(0, Math.min(100, score))) / 100;
  const parts: string[] = [];
  parts.push(`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="13">`);
  parts.push(`<title id="chart-title">${escapeHtml(t(lang, 'report.chart'))}</title><desc id="chart-desc">${escapeHtml(t(lang, 'report.chartAlt'))}</desc>`);
  // Hatched bars: a score the area cannot claim a level for (insufficient evidence).
  parts.push(`<defs>${LEVEL_COLOURS.map((c, i) => `<pattern id="hatch-${i}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="${c}"/></pattern>`).join('')}</defs>`);
  // The five bands, labelled with their level.
  for (let level = 1; level <= 5; level++) {
    const x0 = x((level - 1) * 20);
    parts.push(`<rect x="${x0}" y="${top - 6}" width="${plotW / 5}" height="${areas.length * rowH + 6}" fill="${level % 2 ? '#f3f5f8' : '#e9edf2'}"/>`);
    parts.push(`<text x="${x0 + plotW / 10}" y="${top - 12}" text-anchor="middle" fill="#52606d" font-size="11">${level} ${escapeHtml(truncate(MATURITY_LABELS[level]![lang], 14))}</text>`);
  }
  for (let v = 0; v <= 100; v += 20) {
    parts.push(`<text x="${x(v)}" y="${top + areas.length * rowH + 16}" text-anchor="middle" fill="#7b8794" font-size="11">${v}</text>`);
  }
  areas.forEach((a, i) => {
    const y = top + i * rowH;
    const title = a.title[lang];
    const level = levelOf(a.score);
    const colour = LEVEL_COLOURS[level];
    parts.push(`<g class="bar"><title>${escapeHtml(`${title}: ${formatScore(a.score, lang, 1)} · ${t(lang, 'report.coverage')} ${formatPercent(a.coverage, lang)}`)}</title>`);
    parts.push(`<text x="${labelW - 10}" y="${y + 17}" text-anchor="end" fill="#1f2933">${escapeHtml(truncate(title, 34))}</text>`);
    if (a.score === null) {
      parts.push(`<text x="${labelW + 6}" y="${y + 17}" fill="#7b8794" font-style="italic">${escapeHtml(t(lang, 'report.notScored'))}</text>`);
    } else {
      const w = Math.max(2, r1(x(a.score) - labelW));
      const fill = a.maturity.insufficientEvidence ? `url(#hatch-${level})` : colour;
      parts.push(`<rect x="${labelW}" y="${y + 4}" width="${w}" height="18" rx="2" fill="${fill}" stroke="${colour}" stroke-width="${a.maturity.insufficientEvidence ? 1.5 : 0}"/>`);
    }
    parts.push(`<rect x="${labelW}" y="${y + 25}" width="${r1((plotW * a.coverage))}" height="4" fill="#52606d" opacity="0.55"/>`);
    const value = a.score === null ? '—' : formatScore(a.score, lang, 0);
    const note = a.maturity.level ? `${t(lang, 'report.level', { n: a.maturity.level })}` : a.score === null ? '' : t(lang, 'report.insufficient');
    parts.push(`<text x="${labelW + plotW + 10}" y="${y + 17}" fill="#1f2933" font-weight="600">${escapeHtml(value)}<tspan font-weight="400" fill="#52606d" font-size="11" dx="6">${escapeHtml(note)}</tspan></text>`);
    parts.push(`<text x="${labelW + plotW + 10}" y="${y + 30}" fill="#7b8794" font-size="10">${escapeHtml(`${t(lang, 'report.coverage')} ${formatPercent(a.coverage, lang)}`)}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The overall score as a ring, coloured by its maturity level. */
export function scoreRing(score: number | null, lang: Lang, size = 132): string {
  const r = 52;
  const c = 2 * Math.PI * r;
  const level = levelOf(score);
  const dash = score === null ? 0 : r1((c * Math.max(0, Math.min(100, score))) / 100);
  return `<svg class="ring" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 132 132" width="${size}" height="${size}" role="img" aria-label="${escapeHtml(`${t(lang, 'report.overallScore')}: ${formatScore(score, lang, 1)}/100`)}">`
    + `<circle cx="66" cy="66" r="${r}" fill="none" stroke="#e4e7eb" stroke-width="14"/>`
    + `<circle cx="66" cy="66" r="${r}" fill="none" stroke="${LEVEL_COLOURS[level]}" stroke-width="14" stroke-dasharray="${dash} ${r1(c)}" transform="rotate(-90 66 66)"/>`
    + `<text x="66" y="72" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="30" font-weight="700" fill="#1f2933">${escapeHtml(formatScore(score, lang, 0))}</text>`
    + `<text x="66" y="92" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="11" fill="#52606d">/ 100</text>`
    + '</svg>';
}
