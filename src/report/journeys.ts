/**
 * The scripted customer journeys as the reports show them: one row per journey (whether
 * it completed, the customer's actions, the pages, the time, where it stopped and its
 * screenshot), read from the report's evidence (`site.journeys.runs`, beside the
 * journey checks). Pure; every value came from a probed site or a config, so it is escaped.
 */
import type { Lang, Report } from '../types.js';
import { formatDuration, t, text, type Message } from '../i18n/index.js';
import { escapeHtml as h, mdCell, mdText } from './escape.js';

export interface JourneyRow {
  name: string;
  success: boolean;
  actions: number;
  pages: number;
  timeMs: number;
  failedAt?: { step: number; label: string; message: string; reason?: Message };
  screenshot?: string;
}

export const JOURNEY_KEY = 'site.journeys.runs';

export function isJourneyRow(x: unknown): x is JourneyRow {
  const r = x as JourneyRow;
  return !!r && typeof r === 'object' && typeof r.name === 'string' && typeof r.success === 'boolean';
}

/** The journeys of a report, from the first check that shows them; undefined when none ran. */
export function journeysOf(report: Report): JourneyRow[] | undefined {
  for (const c of report.checks) {
    const d = c.details?.find((x) => x.key === JOURNEY_KEY) ?? (c.evidence.key === JOURNEY_KEY ? { value: c.evidence.value } : undefined);
    if (Array.isArray(d?.value) && d.value.length && d.value.every(isJourneyRow)) return d.value;
  }
  return undefined;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Why a journey stopped, in the reader's language when the reason is a catalogue message. */
export function stoppedText(r: JourneyRow, lang: Lang): string {
  const f = r.failedAt;
  if (!f) return '';
  let why = f.message;
  try {
    if (f.reason?.id) why = text(lang, f.reason);
  } catch {
    /* a saved report from another version: its English text */
  }
  return `${t(lang, 'account.report.step', { step: num(f.step), label: f.label })}: ${why}`;
}

/** A screenshot path the report may link to: one this tool wrote (journeys/<slug>-step-<n>.png). */
function screenshotHref(p: string | undefined): string | undefined {
  return p && /^journeys\/[a-z0-9-]+-step-\d+\.png$/.test(p) ? p : undefined;
}

export function journeysHtml(rows: readonly JourneyRow[], lang: Lang): string {
  const body = rows.map((r) => {
    const shot = screenshotHref(r.screenshot);
    return `<tr><th scope="row">${h(r.name)}</th><td><span class="badge st-${r.success ? 'pass' : 'error'}">${h(t(lang, r.success ? 'account.report.completed' : 'account.report.stopped'))}</span></td><td class="num">${num(r.actions)}</td><td class="num">${num(r.pages)}</td><td class="num">${h(formatDuration(num(r.timeMs), lang))}</td><td>${h(stoppedText(r, lang))}${shot ? ` <a href="${h(shot)}">${h(t(lang, 'account.report.screenshot'))}</a>` : ''}</td></tr>`;
  }).join('');
  return `<div class="table-wrap details journeys"><table><caption>${h(t(lang, 'account.report.journeys'))}</caption><thead><tr><th scope="col">${h(t(lang, 'account.report.journey'))}</th><th scope="col">${h(t(lang, 'account.report.result'))}</th><th scope="col" class="num">${h(t(lang, 'account.report.actions'))}</th><th scope="col" class="num">${h(t(lang, 'account.report.pages'))}</th><th scope="col" class="num">${h(t(lang, 'account.report.time'))}</th><th scope="col">${h(t(lang, 'account.report.stoppedAt'))}</th></tr></thead><tbody>${body}</tbody></table><p class="muted small">${h(t(lang, 'account.report.journeysIntro'))}</p></div>`;
}

/** One line per journey, and where it stopped. */
export function journeysLines(rows: readonly JourneyRow[], lang: Lang): string[] {
  return rows.flatMap((r) => {
    const line = t(lang, 'account.report.line', {
      name: r.name,
      result: t(lang, r.success ? 'account.report.completed' : 'account.report.stopped'),
      actions: num(r.actions),
      pages: num(r.pages),
      time: formatDuration(num(r.timeMs), lang),
    });
    return r.failedAt ? [line, `    ${stoppedText(r, lang)}${r.screenshot ? ` (${r.screenshot})` : ''}`] : [line];
  });
}

/** A Markdown table, one row per journey (pull-request comments, the step summary). */
export function journeysMarkdown(rows: readonly JourneyRow[], lang: Lang): string[] {
  const head = (['account.report.journey', 'account.report.result', 'account.report.actions', 'account.report.pages', 'account.report.time', 'account.report.stoppedAt'] as const).map((id) => mdText(t(lang, id)));
  return [
    `### ${mdText(t(lang, 'account.report.journeys'))}`,
    '',
    `| ${head.join(' | ')} |`,
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${mdCell(r.name)} | ${mdCell(t(lang, r.success ? 'account.report.completed' : 'account.report.stopped'))} | ${num(r.actions)} | ${num(r.pages)} | ${mdCell(formatDuration(num(r.timeMs), lang))} | ${mdCell(stoppedText(r, lang))} |`),
  ];
}
