/**
 * Reports in and out of files, for the CLI and for library users alike: render a
 * report into one or several formats (to a stream, a file, or a folder), append the
 * Markdown to a GitHub step summary, and read a saved report.json back, validated.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang, Report } from '../types.js';
import { InputError } from '../util/errors.js';
import { getValidator, validateAgainst } from '../util/schema.js';
import { describeReadError, type Problem } from '../util/yaml-source.js';
import { FORMATS, formatFile, render } from './index.js';

/** Where a rendering goes when it is not written to a file. */
export interface OutputStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * Renders `report` in each format: to `streams.stdout` without `out`; to the file
 * `out` for one format; into the folder `out` (report.<ext>) for several. With files,
 * the terminal verdict still goes to stdout, so a pipeline log shows it.
 */
export async function writeOutputs(report: Report, formats: string[], out: string | undefined, lang: Lang, streams: OutputStreams): Promise<string[]> {
  const color = Boolean(streams.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const asDir = out !== undefined && (formats.length > 1 || out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory()));
  const written: string[] = [];
  for (const f of formats) {
    const body = await render(report, f, { lang, color: out ? false : color });
    if (!out) {
      streams.stdout.write(body);
      continue;
    }
    const file = asDir ? path.join(out, formatFile(f)) : out;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
    written.push(file);
  }
  if (written.length) {
    // A pipeline log should still show the verdict when the report went to files.
    if (!formats.includes('terminal')) streams.stdout.write(await render(report, 'terminal', { lang, color }));
    streams.stderr.write(`wrote ${written.join(', ')}\n`);
  }
  if (process.env.GITHUB_STEP_SUMMARY && FORMATS.md) {
    try {
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, await render(report, 'md', { lang }));
    } catch (err) {
      throw new InputError(`cannot append to GITHUB_STEP_SUMMARY: ${(err as Error).message}`);
    }
  }
  return written;
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
    const { parseYamlText } = await import('../util/yaml-source.js');
    const src = parseYamlText(file, text);
    const problems = src.problems.length ? [problem(file, 'does not match the report schema')] : validateAgainst('report', src, data);
    throw new InputError(`${file} is not a readiness report (schemas/report.schema.json); write one with \`readiness audit --format json\``, problems);
  }
  return data as Report;
}
