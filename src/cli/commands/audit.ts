import { existsSync } from 'node:fs';
import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import { findConfig, loadConfig, type Config } from '../../config/load.js';
import { auditProfile, knownChecklists } from '../../audit.js';
import { loadProfile } from '../../profile/load.js';
import { loadSavedEvidence, saveEvidence, type SavedEvidence } from '../../evidence/saved.js';
import { FORMATS, isFormat } from '../../report/index.js';
import { loadReport, writeOutputs } from '../../report/write.js';
import type { Evidence, Lang } from '../../types.js';
import { InputError } from '../../util/errors.js';
import { targetArg } from '../target-arg.js';
import { detectCi } from '../../ci/detect.js';
import { openHistoryOption } from './history-option.js';
import { cliLang } from '../lang.js';

export interface AuditCliOptions {
  profile?: string;
  config?: string;
  serve?: string;
  /** Production origin of a copy served elsewhere. */
  origin?: string;
  format?: string[];
  out?: string;
  lang?: Lang;
  failUnder?: number;
  checklist?: string[];
  gatherOnly?: string;
  fromEvidence?: string;
  maxPages?: number;
  concurrency?: number;
  lighthouse?: boolean;
  /** An earlier report.json: its diff goes into report.diff and enables maxRegression. */
  baseline?: string;
  /** "i/n": this machine's share of a split run, saved for `readiness merge`. */
  shard?: string;
  /** A portfolio: one audit per organisation listed in this file. */
  sites?: string;
  /** Keep each report in this folder and show the trend. */
  history?: string;
  historyKeep?: number;
  /** Bound on the whole audit ("10m"); per site with --sites. */
  timeLimit?: string;
}

/** Saved evidence, with the option that named it in any problem. */
function savedEvidence(dir: string): SavedEvidence {
  try {
    return loadSavedEvidence(dir);
  } catch (err) {
    if (err instanceof InputError) throw new UserError({ id: 'cli.fromEvidence', values: { message: err.message } });
    throw err;
  }
}

export async function run(url: string | undefined, opts: AuditCliOptions, io: IO): Promise<number> {
  if (opts.sites !== undefined) return (await import('./portfolio.js')).run(url, opts, io);
  // Not a URL is a usage error (exit 2), said before any file is read; exit 3 is for a URL that does not answer.
  if (url !== undefined) url = targetArg(url, io.stderr);
  const configFile = opts.config ?? findConfig();
  if (opts.config && !existsSync(opts.config)) throw new UserError({ id: 'cli.configNotFound', values: { file: opts.config } });
  const config: Config | undefined = configFile ? loadConfig(configFile) : undefined;

  const formats = opts.format ?? config?.output?.formats ?? ['terminal'];
  for (const f of formats) {
    if (!isFormat(f)) throw new UserError({ id: 'cli.unknownFormat', values: { format: f, available: Object.keys(FORMATS).join(', ') } });
  }
  const lang: Lang = opts.lang ?? config?.output?.lang ?? 'en';
  const profile = opts.profile ?? config?.profile;
  if (!profile && !opts.gatherOnly) {
    throw new UserError({ id: 'cli.noProfile' });
  }
  if (opts.gatherOnly && opts.fromEvidence) throw new UserError({ id: 'cli.gatherAndFrom' });
  // Read the baseline before any probing: a bad file should fail fast (exit 2).
  const baseline = opts.baseline ? await loadReport(opts.baseline) : undefined;

  // Check the profile before probing: a typo in it must not cost a crawl (exit 2 at once).
  const loadedProfile = profile ? loadProfile(profile, knownChecklists(config, opts.checklist)) : undefined;
  // One shard of a split run (src/scale/): its share of the work, saved for `readiness merge`.
  if (opts.shard !== undefined) return (await import('./shard.js')).run({ url, opts, config, lang, profile: loadedProfile! }, io);
  // The organisation's exports (config `data:`), read before any probing: a wrong mapping exits 2 at once.
  const dataEvidence = config?.data && !opts.fromEvidence
    ? (await (await import('../../data/index.js')).gatherData({ data: config.data, profile: loadedProfile, lang, log: (s) => io.stderr.write(s + '\n') })).evidence
    : undefined;

  let evidence: Evidence | undefined;
  let target = url;
  const serve = opts.serve ?? (url ? undefined : config?.targets?.serve);
  const urls = url ? [url] : config?.targets?.urls ?? [];
  if (opts.fromEvidence) {
    const saved = savedEvidence(opts.fromEvidence);
    evidence = saved.evidence;
    target = saved.target;
  } else if (serve || urls.length) {
    const { gather } = await import('../../gather.js');
    const originArg = opts.origin ?? config?.targets?.origin;
    const gathered = await gather({
      urls,
      serve,
      origin: originArg === undefined ? undefined : targetArg(originArg, io.stderr, '--origin'),
      profile: loadedProfile,
      config,
      maxPages: opts.maxPages,
      concurrency: opts.concurrency,
      lighthouse: opts.lighthouse !== false && config?.probes?.lighthouse !== false,
      outDir: opts.gatherOnly ?? (opts.out && formats.length > 1 ? opts.out : undefined),
      log: (s) => io.stderr.write(s + '\n'),
    });
    evidence = { ...dataEvidence, ...gathered.evidence };
    target = gathered.target;
    if (opts.gatherOnly) {
      const file = saveEvidence(opts.gatherOnly, { target, pages: gathered.pages, evidence });
      io.stderr.write(`${(await import('../../i18n/index.js')).t(cliLang(), 'cli.evidenceSaved', { file, dir: opts.gatherOnly })}\n`);
      return EXIT.ok;
    }
  } else if (opts.gatherOnly) {
    throw new UserError({ id: 'cli.gatherNeedsTarget' });
  } else if (dataEvidence) {
    evidence = dataEvidence;
  }

  const report = auditProfile({
    profile: loadedProfile!,
    config,
    checklists: opts.checklist,
    evidence,
    lang,
    failUnder: opts.failUnder,
    target,
    baselineScore: baseline?.score,
  });
  if (baseline) report.diff = (await import('../../report/diff.js')).diffReports(baseline, report);
  const ci = detectCi();
  if (ci.isCi) report.meta = { ...report.meta, ci };
  const history = await openHistoryOption(opts, config, lang, io);
  history?.attach(report);
  if (ci.provider === 'github' && !(formats.includes('github') && !opts.out)) {
    // Annotations for the required checks that fail the gate; on stderr, so that a
    // report written to stdout stays parseable (the runner reads both streams).
    const { requiredCheckAnnotations } = await import('../../report/github.js');
    for (const line of requiredCheckAnnotations(report, lang)) io.stderr.write(line + '\n');
  }
  await writeOutputs(report, formats, opts.out, lang, io);
  history?.save(report);
  return report.gate.passed ? EXIT.ok : EXIT.gateFailed;
}
