/**
 * The PDF is the HTML report printed by the shared headless Chromium: A4, with
 * backgrounds, a running header and page numbers. The page is loaded with
 * setContent, JavaScript disabled and every request refused, so printing a report
 * of a hostile site can neither run its script nor reach the network. The browser
 * is always closed (launchBrowser owns its whole life: flags, temporary profile,
 * kill on exit).
 */
import type { Lang, Report } from '../types.js';
import { renderHtml } from './html.js';
import { escapeHtml } from './escape.js';
import { formatDate } from './i18n.js';
import { t } from '../i18n/index.js';

export interface PdfOptions {
  lang?: Lang;
  /** Use this browser instead of searching for one (findChrome). */
  executablePath?: string;
}

export async function renderPdf(report: Report, opts: PdfOptions = {}): Promise<Buffer> {
  const lang = opts.lang ?? report.lang;
  const html = renderHtml(report, { lang });
  const left = `${report.organisation.name} · ${t(lang, 'report.reportFor')}`;
  const right = formatDate(report.generatedAt, lang);
  return htmlToPdf(html, { lang, headerLeft: left, headerRight: right, executablePath: opts.executablePath });
}

/**
 * The executive edition (`pdf-summary`): the same HTML renderer in its executive
 * edition, printed the same way — a few pages beside the full annex (`pdf`).
 */
export async function renderPdfSummary(report: Report, opts: PdfOptions = {}): Promise<Buffer> {
  const lang = opts.lang ?? report.lang;
  const html = renderHtml(report, { lang, edition: 'executive' });
  const left = `${report.organisation.name} · ${t(lang, 'report.reportFor')} · ${t(lang, 'report.executiveEdition')}`;
  const right = formatDate(report.generatedAt, lang);
  return htmlToPdf(html, { lang, headerLeft: left, headerRight: right, executablePath: opts.executablePath });
}

export interface PrintOptions {
  lang: Lang;
  headerLeft: string;
  headerRight: string;
  executablePath?: string;
}

const MARGIN = { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' };

export async function htmlToPdf(html: string, o: PrintOptions): Promise<Buffer> {
  const { launchBrowser } = await import('../probes/browser.js');
  const handle = await launchBrowser({ executablePath: o.executablePath });
  try {
    const page = await handle.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    // The document needs nothing from outside; refuse anything it might ask for.
    page.on('request', (req) => {
      if (req.url().startsWith('data:')) void req.continue();
      else void req.abort('blockedbyclient');
    });
    await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
    await page.emulateMediaType('print');
    const style = 'font-family:system-ui,Arial,sans-serif;font-size:7.5pt;color:#616e7c;width:100%;margin:0 14mm;display:flex;justify-content:space-between;';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${style}"><span>${escapeHtml(o.headerLeft)}</span><span>${escapeHtml(o.headerRight)}</span></div>`,
      footerTemplate: `<div style="${style}justify-content:flex-end;"><span>${escapeHtml(t(o.lang, 'report.page'))} <span class="pageNumber"></span> ${escapeHtml(t(o.lang, 'report.of'))} <span class="totalPages"></span></span></div>`,
      margin: MARGIN,
      preferCSSPageSize: false,
      timeout: 60_000,
    });
    return Buffer.from(pdf);
  } finally {
    await handle.close();
  }
}
