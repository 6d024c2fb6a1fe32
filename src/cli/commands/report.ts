import { readFileSync } from 'node:fs';
import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import { FORMATS, isFormat } from '../../report/index.js';
import type { Lang, Report } from '../../types.js';
import { InputError } from '../../util/errors.js';
import { getValidator, validateAgainst } from '../../util/schema.js';
import { describeReadError, type Problem } from '../../util/yaml-source.js';
import { writeOutputs } from './audit.js';

export interface ReportCliOptions {
  format?: string[];
  out?: string;
  lang?: Lang;
}

function problem(file: string, message: string, line = 1, column = 1): Problem {
  return { file, line, column, severity: 'error', message };
}

/**
 * Reads a saved report and validates it against schemas/report.schema.json. An
 * unreadable file, invalid JSON or a document that is not a report is an
 * InputError (exit 2) whose problems name the file, line and column.
 */
export async function loadReport(file: string): Promise<Report> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const why = describeReadError(err, 'a report.json');
    throw new InputError(`cannot read the report ${file}`, [problem(file, `cannot read: ${why}`)]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const msg = (err as Error).message;
    const at = /position (\d+)/.exec(msg);
    let line = 1;
    let column = 1;
    if (at) {
      const before = text.slice(0, Number(at[1]));
      line = before.split('\n').length;
      column = before.length - before.lastIndexOf('\n');
    }
    throw new InputError(`${file} is not valid JSON`, [problem(file, `invalid JSON: ${msg}`, line, column)]);
  }
  if (!getValidator('report')(data)) {
    // Only now pay for a parse that remembers positions, to point at each problem.
    const { parseYamlText } = await import('../../util/yaml-source.js');
    const src = parseYamlText(file, text);
    const problems = src.problems.length ? [problem(file, 'does not match the report schema')] : validateAgainst('report', src, data);
    throw new InputError(`${file} is not a readiness report (schemas/report.schema.json); write one with \`readiness audit --format json\``, problems);
  }
  return data as Report;
}

export async function run(file: string, opts: ReportCliOptions, io: IO): Promise<number> {
  const formats = opts.format?.length ? opts.format : ['terminal'];
  for (const f of formats) {
    if (!isFormat(f)) throw new UserError(`unknown format "${f}"; available: ${Object.keys(FORMATS).join(', ')}`);
  }
  const report = await loadReport(file);
  await writeOutputs(report, formats, opts.out, opts.lang ?? report.lang, io);
  // Re-rendering is not an audit: the saved verdict is shown, not enforced.
  return EXIT.ok;
}
