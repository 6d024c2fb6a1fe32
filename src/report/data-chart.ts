/**
 * The distribution of response and resolution times per channel, drawn as inline SVG
 * for the HTML report: for each channel a dark bar to the median and a light bar to
 * the p90, on a logarithmic time axis (a chat answered in 5 minutes and an e-mail
 * answered in 16 hours both stay readable). Every label is escaped; words and
 * durations come from the message catalogue, in the reader's language.
 */
import type { Lang } from '../types.js';
import { escapeHtml as h } from './escape.js';
import { formatDuration, t } from '../i18n/index.js';

interface ChannelRow {
  channel: string;
  responded?: number;
  solved?: number;
  firstResponseP50?: number | null;
  firstResponseP90?: number | null;
  resolutionP50?: number | null;
  resolutionP90?: number | null;
}

const MIN = 60_000;
const TICKS = [MIN, 10 * MIN, 3_600_000, 8 * 3_600_000, 86_400_000, 7 * 86_400_000, 30 * 86_400_000];

export function channelTimesChart(rows: ChannelRow[], lang: Lang): string {
  const panels = [
    { title: t(lang, 'data.chart.firstResponse'), p50: 'firstResponseP50', p90: 'firstResponseP90', n: 'responded' },
    { title: t(lang, 'data.chart.resolution'), p50: 'resolutionP50', p90: 'resolutionP90', n: 'solved' },
  ] as const;
  const data = panels.map((p) => ({
    ...p,
    rows: rows.filter((r) => typeof r[p.p90] === 'number' && typeof r[p.p50] === 'number').slice(0, 8),
  })).filter((p) => p.rows.length);
  if (!data.length) return '';
  const values = data.flatMap((p) => p.rows.flatMap((r) => [r[p.p50] as number, r[p.p90] as number]));
  const lo = Math.max(MIN / 2, Math.min(...values.filter((v) => v > 0), MIN));
  const hi = Math.max(...values, 3_600_000) * 1.2;
  const labelW = 110;
  const plotW = 360;
  const valueW = 220;
  const width = labelW + plotW + valueW;
  const rowH = 22;
  const x = (v: number) => labelW + (plotW * (Math.log(Math.max(v, lo)) - Math.log(lo))) / (Math.log(hi) - Math.log(lo));
  const parts: string[] = [];
  let y = 8;
  for (const p of data) {
    parts.push(`<text x="0" y="${y + 12}" font-weight="600" fill="#1f3a5f">${h(p.title)}</text>`);
    y += 20;
    for (const tick of TICKS.filter((v) => v >= lo && v <= hi)) {
      const tx = Math.round(x(tick));
      parts.push(`<line x1="${tx}" x2="${tx}" y1="${y - 2}" y2="${y + p.rows.length * rowH}" stroke="#d9e2ec"/>`);
      parts.push(`<text x="${tx}" y="${y + p.rows.length * rowH + 12}" text-anchor="middle" font-size="10" fill="#7b8794">${h(formatDuration(tick, lang))}</text>`);
    }
    for (const r of p.rows) {
      const p50 = r[p.p50] as number;
      const p90 = r[p.p90] as number;
      const label = t(lang, 'data.chart.bar', { channel: r.channel, p50: { duration: p50 }, p90: { duration: p90 }, n: (r[p.n] as number | undefined) ?? 0 });
      parts.push(`<g><title>${h(label)}</title>`);
      parts.push(`<text x="${labelW - 8}" y="${y + 14}" text-anchor="end" fill="#1f2933">${h(r.channel)}</text>`);
      parts.push(`<rect x="${labelW}" y="${y + 4}" width="${Math.max(1, Math.round(x(p90) - labelW))}" height="12" fill="#9fc3d8"/>`);
      parts.push(`<rect x="${labelW}" y="${y + 4}" width="${Math.max(1, Math.round(x(p50) - labelW))}" height="12" fill="#2f6f8f"/>`);
      parts.push(`<text x="${labelW + plotW + 8}" y="${y + 14}" font-size="11" fill="#52606d">${h(`p50 ${formatDuration(p50, lang)} · p90 ${formatDuration(p90, lang)}`)}</text>`);
      parts.push('</g>');
      y += rowH;
    }
    y += 24;
  }
  const height = y;
  return `<figure class="chart-box data-chart"><svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="dc-title dc-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12"><title id="dc-title">${h(t(lang, 'data.chart.title'))}</title><desc id="dc-desc">${h(t(lang, 'data.chart.desc'))}</desc>${parts.join('')}</svg><figcaption>${h(t(lang, 'data.chart.caption'))}</figcaption></figure>`;
}
