import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import type { Lang } from '../../types.js';
import { diffReports, renderDiffMarkdown, renderDiffText } from '../../report/diff.js';
import { loadReport } from '../../report/write.js';

export interface DiffCliOptions {
  format?: string;
  lang?: Lang;
}

const DIFF_FORMATS = ['terminal', 'md', 'json'] as const;

export async function run(base: string, head: string, opts: DiffCliOptions, io: IO): Promise<number> {
  const format = opts.format ?? 'terminal';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    throw new UserError({ id: 'cli.diffFormat', values: { format, available: DIFF_FORMATS.join(', ') } });
  }
  const before = await loadReport(base);
  const after = await loadReport(head);
  const d = diffReports(before, after);
  const lang = opts.lang ?? after.lang;
  if (format === 'json') io.stdout.write(JSON.stringify(d, null, 2) + '\n');
  else if (format === 'md') io.stdout.write(renderDiffMarkdown(d, lang, 2));
  else io.stdout.write(renderDiffText(d, lang));
  // A diff informs; the gate (audit --baseline, maxRegression) is what fails a release.
  return EXIT.ok;
}
