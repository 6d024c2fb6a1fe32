/**
 * `readiness audit --sites sites.yaml --out DIR`: a portfolio (src/scale/portfolio/):
 * one audit per organisation on one browser, a report each, a summary for all, and a
 * run that resumes where an interrupted one stopped.
 *
 * Exit codes: 2 for a bad sites file, config or profile (before any site is audited);
 * 3 when a site could not be audited (unreachable, rate-limited, out of time); else 1
 * when a site fails its gate; else 0. Ctrl-C saves the state and exits 130.
 */
import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import { cliLang } from '../lang.js';
import { t } from '../../i18n/index.js';
import { FORMATS, isFormat } from '../../report/index.js';
import { runPortfolio } from '../../scale/portfolio/run.js';
import type { Lang } from '../../types.js';
import type { AuditCliOptions } from './audit.js';
import { timeLimitOption } from './shard.js';

export async function run(url: string | undefined, opts: AuditCliOptions, io: IO): Promise<number> {
  const lang: Lang = opts.lang ?? cliLang();
  const clash: [unknown, string][] = [
    [url, 'a URL'], [opts.serve, '--serve'], [opts.profile, '--profile'], [opts.shard, '--shard'], [opts.gatherOnly, '--gather-only'],
    [opts.fromEvidence, '--from-evidence'], [opts.baseline, '--baseline'], [opts.origin, '--origin'], [opts.config, '--config'],
  ];
  for (const [given, option] of clash) if (given !== undefined) throw new UserError({ id: 'scale.portfolio.notWith', values: { option } });
  if (!opts.out) throw new UserError({ id: 'scale.portfolio.needsOut' });
  const formats = opts.format?.length ? opts.format : undefined;
  for (const f of formats ?? []) {
    if (!isFormat(f)) throw new UserError({ id: 'cli.unknownFormat', values: { format: f, available: Object.keys(FORMATS).join(', ') } });
  }
  const timeLimitMs = timeLimitOption(opts.timeLimit);
  if (opts.historyKeep !== undefined && (!Number.isInteger(opts.historyKeep) || opts.historyKeep < 1)) {
    throw new UserError({ id: 'scale.history.badKeep', values: { value: String(opts.historyKeep) } });
  }

  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => stop.abort(signal);
  // Kept (not once) for the whole run: the browser's own handler exits at once when it is the only listener.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = Date.now();
  try {
    const r = await runPortfolio({
      sitesFile: opts.sites!,
      outDir: opts.out,
      formats,
      lang,
      lighthouse: opts.lighthouse === false ? false : undefined,
      maxPages: opts.maxPages,
      concurrency: opts.concurrency,
      timeLimitMs,
      history: opts.history ? { dir: opts.history, keep: opts.historyKeep } : undefined,
      signal: stop.signal,
      say: (line) => io.stderr.write(line + '\n'),
    });
    const rows = r.state.sites;
    const audited = rows.filter((x) => x.status === 'audited').length;
    if (r.interrupted) {
      io.stderr.write(`readiness: ${t(lang, 'scale.portfolio.interrupted', { audited, total: rows.length })}\n`);
      return stop.signal.reason === 'SIGTERM' ? 143 : EXIT.interrupted;
    }
    const failed = rows.filter((x) => x.status === 'failed').length;
    const gateFailed = rows.filter((x) => x.gate === 'failed').length;
    io.stderr.write(`${t(lang, 'scale.portfolio.done', { audited, total: rows.length, failed, gateFailed, duration: { duration: Date.now() - started }, html: r.files.html, csv: r.files.csv })}\n`);
    return failed ? EXIT.unreachable : gateFailed ? EXIT.gateFailed : EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
