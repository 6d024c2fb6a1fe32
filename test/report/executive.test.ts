/**
 * The executive edition of the HTML report (what `pdf-summary` prints): the cover,
 * the summary, the areas, the top findings with what to do, and the roadmap cut to
 * its first actions — no per-area annex, and no link to a check it does not hold.
 */
import { describe, expect, it } from 'vitest';
import { EXECUTIVE_ACTIONS_PER_PHASE, EXECUTIVE_FINDINGS, renderHtml, topFindings } from '../../src/report/html.js';
import { buildRoadmap, impact } from '../../src/report/roadmap.js';
import { diffReports } from '../../src/report/diff.js';
import { LANGS } from '../../src/types.js';
import { EXAMPLES, exampleReport, syntheticReport } from './fixtures.js';

const ids = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

describe.each(EXAMPLES)('the executive edition of %s', (id) => {
  it.each(LANGS.map((l) => [l]))('in %s: summary, areas, top findings with remediation, a short roadmap, no annex', (lang) => {
    const { report } = exampleReport(id, lang);
    const html = renderHtml(report, { lang, edition: 'executive' });
    const full = renderHtml(report, { lang });
    const es = lang === 'es';

    expect(html).toContain('<main class="doc executive">');
    expect(html).toContain(es ? 'Edición ejecutiva' : 'Executive edition');
    for (const section of ['summary', 'chart', 'top-findings', 'roadmap']) expect(html).toContain(`id="${section}"`);
    // Every area with its score, coverage and maturity; no area section, no legend, no contents.
    for (const a of report.areas) expect(html).toContain(`<th scope="row">${a.title[lang].replace(/&/g, '&amp;')}</th>`);
    expect(html).not.toMatch(/id="area-|id="legend"|id="expired"|class="toc/);

    // The findings: the failing and partial checks of highest impact, at most ten, each with what to do.
    const failing = report.checks.filter((c) => c.status === 'fail' || c.status === 'partial');
    const cards = ids(html, /<article class="check finding st-[a-z-]+" id="check-([^"]+)">/g);
    expect(cards).toEqual(topFindings(report).map((c) => c.id));
    expect(cards.length).toBe(Math.min(EXECUTIVE_FINDINGS, failing.length));
    expect(cards.length).toBeGreaterThan(0);
    const impacts = cards.map((cid) => impact(report.checks.find((c) => c.id === cid)!));
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    expect(Math.min(...impacts)).toBeGreaterThanOrEqual(Math.max(0, ...failing.filter((c) => !cards.includes(c.id)).map(impact)));
    const findings = /<section id="top-findings"[\s\S]*?<\/section>/.exec(html)![0];
    expect(findings.match(/<p class="fix">/g)).toHaveLength(cards.length);

    // The roadmap: every phase, at most a few actions each, and how many more the full report has.
    const roadmap = buildRoadmap(report);
    const section = /<section id="roadmap"[\s\S]*?<\/section>/.exec(html)![0];
    const phases = section.split('<div class="phase"').slice(1);
    expect(phases).toHaveLength(roadmap.phases.length);
    phases.forEach((p, i) => {
      const total = roadmap.phases[i]!.actions.length;
      const shown = (p.match(/<tr><td class="num">/g) ?? []).length;
      expect(shown).toBe(Math.min(total, EXECUTIVE_ACTIONS_PER_PHASE));
      if (total > shown) expect(p).toContain(es ? `… y ${total - shown} más en el informe completo.` : `… and ${total - shown} more in the full report.`);
    });

    // Links only to what the document holds.
    const anchors = new Set(ids(html, /\sid="([^"]+)"/g));
    for (const href of ids(html, /href="#([^"]+)"/g)) expect(anchors, href).toContain(href);
    // Much shorter than the annex.
    expect(html.length).toBeLessThan(full.length / 3);
  });
});

describe('the executive edition of a synthetic report', () => {
  it('keeps the baseline comparison as figures, and says when nothing fails', () => {
    const head = syntheticReport();
    const base = syntheticReport();
    base.checks = base.checks.map((c) => (c.id === 'channels.phone' ? { ...c, status: 'pass', score: 1 } : c));
    head.diff = diffReports(base, head);
    const html = renderHtml(head, { lang: 'en', edition: 'executive' });
    expect(html).toContain('id="diff"');
    expect(html).toContain('<p><strong>Started failing:</strong> 1</p>');
    expect(html).not.toContain('<ul class="changes">');

    const clean = syntheticReport();
    clean.checks = clean.checks.map((c) => (c.status === 'fail' || c.status === 'partial' ? { ...c, status: 'pass', score: 1 } : c));
    const none = renderHtml(clean, { lang: 'es', edition: 'executive' });
    expect(none).toMatch(/<section id="top-findings" class="block"><h2>Hallazgos principales<\/h2><p>No hay verificaciones fallidas ni parciales\.<\/p><\/section>/);
  });

  it('the full edition is unchanged by default: every area and check is there', () => {
    const r = syntheticReport();
    const html = renderHtml(r, { lang: 'en' });
    expect(html).toContain('<main class="doc">');
    for (const c of r.checks) expect(html).toContain(`id="check-${c.id}"`);
    expect(html).not.toContain('id="top-findings"');
  });
});
