/**
 * Renderers, one module per format, picked from a table and loaded only when asked
 * for. Each is a pure function of the Report (and options).
 */
import type { Lang, Report } from '../types.js';

export interface RenderOptions {
  lang?: Lang;
  color?: boolean;
}

export type Renderer = (report: Report, opts: RenderOptions) => string | Buffer | Promise<string | Buffer>;

/** Each format: its file extension, its file name in an --out folder (`report.<ext>` unless given), its renderer. */
export const FORMATS: Record<string, { ext: string; file?: string; load: () => Promise<Renderer> }> = {
  terminal: { ext: 'txt', load: async () => (await import('./terminal.js')).renderTerminal },
  json: { ext: 'json', load: async () => (await import('./json.js')).renderJson },
  md: { ext: 'md', load: async () => (await import('./md.js')).renderMarkdown },
  html: { ext: 'html', load: async () => (await import('./html.js')).renderHtml },
  pdf: { ext: 'pdf', load: async () => (await import('./pdf.js')).renderPdf },
  'pdf-summary': { ext: 'pdf', file: 'report-summary.pdf', load: async () => (await import('./pdf.js')).renderPdfSummary },
  junit: { ext: 'xml', load: async () => (await import('./junit.js')).renderJunit },
  // Annotations, not a report: their own file so that terminal and github together do not overwrite each other.
  github: { ext: 'txt', file: 'annotations.txt', load: async () => (await import('./github.js')).renderGithub },
};

/** The file a format is written to inside an --out folder. */
export function formatFile(format: string): string {
  const f = FORMATS[format]!;
  return f.file ?? `report.${f.ext}`;
}

export function isFormat(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(FORMATS, name);
}

export async function render(report: Report, format: string, opts: RenderOptions = {}): Promise<string | Buffer> {
  const entry = FORMATS[format];
  if (!entry) throw new Error(`unknown format ${format}`);
  const fn = await entry.load();
  return fn(report, opts);
}
