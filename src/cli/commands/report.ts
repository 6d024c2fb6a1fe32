import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import { FORMATS, isFormat } from '../../report/index.js';
import { loadReport, writeOutputs } from '../../report/write.js';
import type { Lang } from '../../types.js';

export interface ReportCliOptions {
  format?: string[];
  out?: string;
  lang?: Lang;
}

export async function run(file: string, opts: ReportCliOptions, io: IO): Promise<number> {
  const formats = opts.format?.length ? opts.format : ['terminal'];
  for (const f of formats) {
    if (!isFormat(f)) throw new UserError({ id: 'cli.unknownFormat', values: { format: f, available: Object.keys(FORMATS).join(', ') } });
  }
  const report = await loadReport(file);
  await writeOutputs(report, formats, opts.out, opts.lang ?? report.lang, io);
  // Re-rendering is not an audit: the saved verdict is shown, not enforced.
  return EXIT.ok;
}
