/**
 * `readiness audit --shard i/n --out DIR`: this machine's share of a split audit, saved
 * as DIR/shard-i-of-n.json for `readiness merge` (src/scale/). Reached from the audit
 * command once the config and profile are loaded and checked.
 */
import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import type { Config } from '../../config/load.js';
import { t } from '../../i18n/index.js';
import { parseShard } from '../../scale/plan.js';
import { parseTimeLimit, TimeLimitError } from '../../scale/limit.js';
import { runShard } from '../../scale/shard.js';
import { RateLimitedError } from '../../scale/preflight.js';
import { stepValue } from '../../scale/errors.js';
import type { Lang, Profile } from '../../types.js';
import { targetArg } from '../target-arg.js';
import type { AuditCliOptions } from './audit.js';

export interface ShardContext {
  url?: string;
  opts: AuditCliOptions;
  config?: Config;
  lang: Lang;
  profile: Profile;
}

export function timeLimitOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const ms = parseTimeLimit(v);
  if (ms === undefined) throw new UserError({ id: 'scale.timeLimit.bad', values: { value: v } });
  return ms;
}

export async function run(ctx: ShardContext, io: IO): Promise<number> {
  const { opts, config, lang } = ctx;
  const shard = parseShard(opts.shard ?? '');
  if (!shard) throw new UserError({ id: 'scale.shard.bad', values: { value: opts.shard ?? '' } });
  for (const [given, option] of [[opts.gatherOnly, '--gather-only'], [opts.fromEvidence, '--from-evidence'], [opts.baseline, '--baseline'], [opts.history, '--history']] as const) {
    if (given !== undefined) throw new UserError({ id: 'scale.shard.notWith', values: { option } });
  }
  if (!opts.out) throw new UserError({ id: 'scale.shard.needsOut', values: { shard: `${shard.index}/${shard.total}` } });
  const serve = opts.serve ?? (ctx.url ? undefined : config?.targets?.serve);
  const urls = ctx.url ? [ctx.url] : config?.targets?.urls ?? [];
  if (!serve && urls.length === 0) throw new UserError({ id: 'scale.shard.needsTarget' });
  const originArg = opts.origin ?? config?.targets?.origin;
  const log = (s: string) => io.stderr.write(s + '\n');
  try {
    const { output, file } = await runShard({
      shard,
      urls,
      serve,
      origin: originArg === undefined ? undefined : targetArg(originArg, io.stderr, '--origin'),
      profile: ctx.profile,
      config,
      checklists: opts.checklist,
      failUnder: opts.failUnder,
      maxPages: opts.maxPages,
      concurrency: opts.concurrency,
      lighthouse: opts.lighthouse !== false && config?.probes?.lighthouse !== false,
      outDir: opts.out,
      timeLimitMs: timeLimitOption(opts.timeLimit),
      readData: config?.data
        ? async () => (await (await import('../../data/index.js')).gatherData({ data: config.data!, profile: ctx.profile, lang, log })).evidence
        : undefined,
      log,
    });
    const units = output.units.map((u) => `${u.id} (${(u.durationMs / 1000).toFixed(1)} s)`);
    io.stderr.write(`${t(lang, 'scale.shard.done', {
      shard: `${shard.index}/${shard.total}`,
      units: { list: units.length ? units : [t(lang, 'scale.shard.crawlOnly')], max: 12 },
      duration: { duration: output.durationMs },
      file,
    })}\n`);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof RateLimitedError) {
      io.stderr.write(`readiness: ${t(lang, 'scale.shard.rateLimited', { shard: `${shard.index}/${shard.total}`, message: err.message })}\n`);
      return EXIT.unreachable;
    }
    if (err instanceof TimeLimitError) {
      io.stderr.write(`readiness: ${t(lang, 'scale.shard.timeLimit', { shard: `${shard.index}/${shard.total}`, duration: { duration: err.limitMs }, step: stepValue(err.step) })}\n`);
      return EXIT.unreachable;
    }
    throw err;
  }
}
