/**
 * The PDF is the HTML printed by Chromium: a real PDF of several A4 pages, made
 * with the browser found the same way as for the probes, and the browser is gone
 * afterwards. (A full 300-check report is printed by `node bench/render-bench.js
 * --pdf`, not here: it takes seconds.)
 */
import { describe, expect, it } from 'vitest';
import { renderPdf, renderPdfSummary } from '../../src/report/pdf.js';
import { liveBrowserCount } from '../../src/probes/browser.js';
import { LANGS } from '../../src/types.js';
import { chrome } from './browser.js';
import { EXAMPLES, exampleReport, hostileReport } from './fixtures.js';

/** Page objects in the file (`/Type /Page`, not `/Type /Pages`); Chromium writes no object streams. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

describe.skipIf(!chrome)('pdf', () => {
  // One print keeps the suite fast: a small report whose sections start on new pages,
  // with hostile text in the running header (the organisation's name).
  it('prints a report to a PDF of several A4 pages and closes the browser', async () => {
    const pdf = await renderPdf(hostileReport(), { lang: 'es' });
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThan(1);
    // A4 is 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595(\.\d+)? 841\.\d+\]|\/MediaBox \[0 0 595(\.\d+)? 842(\.\d+)?\]/);
    expect(liveBrowserCount()).toBe(0);
  }, 60_000);

  // The executive edition: cover, summary, areas, top findings and roadmap in at most
  // eight pages, for every example in both languages, beside the full annex.
  const summaries = EXAMPLES.flatMap((id) => LANGS.map((lang) => ({ id, lang })));
  const pages = new Map<string, number>();

  it.each(summaries)('the executive PDF of $id ($lang) has at most 8 A4 pages', async ({ id, lang }) => {
    const pdf = await renderPdfSummary(exampleReport(id, lang).report, { lang });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const n = pageCount(pdf);
    pages.set(`${id}/${lang}`, n);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(8);
    expect(liveBrowserCount()).toBe(0);
  }, 60_000);

  it('the full annex of the same report is several times longer', async () => {
    const { report } = exampleReport(EXAMPLES[0], 'es');
    const full = pageCount(await renderPdf(report, { lang: 'es' }));
    const summary = pages.get(`${EXAMPLES[0]}/es`) ?? pageCount(await renderPdfSummary(report, { lang: 'es' }));
    expect(full).toBeGreaterThan(summary * 3);
  }, 120_000);
});
