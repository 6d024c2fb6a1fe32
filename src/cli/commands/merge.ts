/**
 * `readiness merge <shard files or folders…>`: joins the outputs of `audit --shard i/n`
 * into the report one unsplit audit gives, renders it like `audit` does, and applies
 * the gate (src/scale/merge.ts). Shards that do not belong together: exit 2.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import { detectCi } from '../../ci/detect.js';
import { t } from '../../i18n/index.js';
import { FORMATS, isFormat } from '../../report/index.js';
import { loadReport, writeOutputs } from '../../report/write.js';
import { ScaleInputError } from '../../scale/errors.js';
import { copyArtifacts, mergeShards, type MergeInput } from '../../scale/merge.js';
import { readShardFile } from '../../scale/shard.js';
import type { Lang } from '../../types.js';
import { openHistoryOption } from './history-option.js';

export interface MergeCliOptions {
  format?: string[];
  out?: string;
  lang?: Lang;
  baseline?: string;
  history?: string;
  historyKeep?: number;
}

const SHARD_FILE = /^shard-\d+-of-\d+\.json$/;

/** Shard files named directly, or found in the folders given and their subfolders (CI artifacts unpack into one each). */
export function findShardFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isFile() && SHARD_FILE.test(e.name)) out.push(p);
      else if (e.isDirectory() && depth < 2) walk(p, depth + 1);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new UserError({ id: 'scale.merge.noSuchPath', values: { path: p } });
    if (statSync(p).isDirectory()) walk(p, 0);
    else out.push(p);
  }
  return [...new Set(out.map((f) => path.resolve(f)))];
}

export async function run(paths: string[], opts: MergeCliOptions, io: IO): Promise<number> {
  const formatsGiven = opts.format?.length ? opts.format : undefined;
  for (const f of formatsGiven ?? []) {
    if (!isFormat(f)) throw new UserError({ id: 'cli.unknownFormat', values: { format: f, available: Object.keys(FORMATS).join(', ') } });
  }
  const baseline = opts.baseline ? await loadReport(opts.baseline) : undefined;
  const files = findShardFiles(paths);
  if (files.length === 0) throw new UserError({ id: 'scale.merge.noneFound', values: { paths: paths.join(', ') } });
  let result;
  let inputs: MergeInput[];
  try {
    inputs = files.map((file) => ({ file, output: readShardFile(file) }));
    const config = inputs[0]!.output.inputs.config;
    result = mergeShards(inputs, { lang: opts.lang ?? config?.output?.lang, baseline });
  } catch (err) {
    if (err instanceof ScaleInputError) throw new UserError(err.msg);
    throw err;
  }
  const { report, shards, notes, artifacts } = result;
  const config = inputs[0]!.output.inputs.config;
  const lang: Lang = opts.lang ?? config?.output?.lang ?? 'en';
  const formats = formatsGiven ?? config?.output?.formats ?? ['terminal'];

  for (const s of shards) {
    const name = `${s.index}/${s.total}`;
    if (s.missing) io.stderr.write(`${t(lang, 'scale.merge.shardMissing', { shard: name, units: { list: s.units } })}\n`);
    else io.stderr.write(`${t(lang, 'scale.merge.shardLine', { shard: name, duration: { duration: s.durationMs ?? 0 }, units: { list: s.units, max: 12 } })}\n`);
  }
  for (const n of notes) io.stderr.write(`readiness: ${t(lang, n.id, n.values)}\n`);

  const ci = detectCi();
  if (ci.isCi) report.meta = { ...report.meta, ci };
  const history = await openHistoryOption(opts, config, lang, io);
  history?.attach(report);
  const written = await writeOutputs(report, formats, opts.out, lang, io);
  if (written.length && artifacts.length) {
    const dir = path.dirname(written[0]!);
    copyArtifacts(artifacts, dir);
  }
  history?.save(report);
  return report.gate.passed ? EXIT.ok : EXIT.gateFailed;
}
