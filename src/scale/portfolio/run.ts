/**
 * A portfolio audit (`readiness audit --sites sites.yaml --out DIR`): one audit per
 * organisation in the file, on one shared browser, a few sites at once, each within its
 * time limit. Each site gets its report in DIR/<id>/ (and its log in DIR/<id>/audit.log);
 * the portfolio gets a summary — DIR/portfolio.html, DIR/portfolio.csv and
 * DIR/portfolio.json, which is also the run's state.
 *
 * The state is written after every site, so a run that is stopped (Ctrl-C, a killed CI
 * job) loses only the sites in progress: the same command again resumes, keeping every
 * site audited with the same inputs (its profile, config and entry unchanged). Once a
 * run completes, the next one audits every site again.
 *
 * Lighthouse runs stay one at a time across sites (runLighthouse queues them: two at
 * once would measure each other); crawls, measures and scoring overlap.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditProfile } from '../../audit.js';
import { detectCi } from '../../ci/detect.js';
import { loadConfig, type Config } from '../../config/load.js';
import type { GatherStep } from '../../gather.js';
import { openHistory } from '../../history/index.js';
import { t, type Message } from '../../i18n/index.js';
import { loadProfile } from '../../profile/load.js';
import { formatFile, render } from '../../report/index.js';
import type { BrowserHandle } from '../../probes/browser.js';
import type { Lang, Localized, Profile, Report } from '../../types.js';
import { UnreachableError } from '../../util/errors.js';
import { TOOL_NAME, toolVersion } from '../../version.js';
import { knownChecklists } from '../../audit.js';
import { canonicalJson, sha256 } from '../fingerprint.js';
import { TimeLimitError, withinLimit } from '../limit.js';
import { preflight, RateLimitedError } from '../preflight.js';
import { assignIds, loadSitesFile, type SiteEntry } from './sites.js';
import { renderPortfolioCsv, renderPortfolioHtml } from './summary.js';

export const PORTFOLIO_STATE = 'portfolio.json';
/**
 * Tabs crawling at once across the sites in progress (unless --concurrency says per
 * site): memory grows with open tabs, and past a few the crawl is bound by the CPU, so
 * more sites at once share the same tabs rather than each opening four.
 */
export const PORTFOLIO_TABS = 8;
export const DEFAULT_SITE_FORMATS = ['json', 'html'];

export interface SiteRow {
  id: string;
  organisation: string;
  target?: string;
  status: 'audited' | 'failed' | 'pending';
  /** Audited by an earlier, interrupted run of the same portfolio, and kept. */
  resumed?: boolean;
  score?: number | null;
  level?: number | null;
  maturity?: Localized;
  coverage?: number;
  gate?: 'passed' | 'failed' | 'none';
  areas?: { id: string; title: Localized; score: number | null; level: number | null; coverage: number }[];
  durationMs?: number;
  failure?: { code: string; step: string; message: string };
  /** Things to know about an audited site (pages that answered 429, …). */
  notes?: Message[];
  /** The site's reports, relative to the portfolio folder. */
  reports?: string[];
  finishedAt?: string;
  /** Inputs the row was made from; a resumed run keeps the row only when they are unchanged. */
  fingerprint: string;
}

export interface PortfolioState {
  kind: 'readiness-portfolio';
  formatVersion: 1;
  tool: { name: string; version: string };
  sitesFile: string;
  startedAt: string;
  updatedAt: string;
  complete: boolean;
  lang: Lang;
  sites: SiteRow[];
}

export interface PortfolioOptions {
  sitesFile: string;
  outDir: string;
  /** Each site's report formats (default json and html). */
  formats?: string[];
  lang?: Lang;
  /** false: no Lighthouse for any site (--no-lighthouse). */
  lighthouse?: boolean;
  maxPages?: number;
  /** Pages rendered at once within a site. */
  concurrency?: number;
  /** Sites at once (default: the file's, else 3). */
  siteConcurrency?: number;
  /** Per site, over the file's. */
  timeLimitMs?: number;
  history?: { dir: string; keep?: number; maxAgeMs?: number };
  /** Aborted: no new site starts, the state is saved, and the run returns. */
  signal?: AbortSignal;
  /** Portfolio progress, one line each. */
  say?: (line: string) => void;
  /** Injected browser (tests); one is launched and closed otherwise. */
  browser?: BrowserHandle;
}

export interface PortfolioResult {
  state: PortfolioState;
  files: { html: string; csv: string; json: string };
  interrupted: boolean;
}

interface PreparedSite {
  entry: SiteEntry;
  config?: Config;
  profile: Profile;
  fingerprint: string;
}

const fileText = (f: string | undefined) => (f && existsSync(f) ? readFileSync(f, 'utf8') : '');

function prepare(opts: PortfolioOptions, lang: Lang): { sites: PreparedSite[]; concurrency: number } {
  const file = loadSitesFile(opts.sitesFile, lang);
  const prepared = file.sites.map((entry): PreparedSite => {
    const config = entry.config ? loadConfig(entry.config) : undefined;
    const profile = loadProfile(entry.profile, knownChecklists(config)); // answers to a switched-off area stay valid, as in audit
    return { entry, config, profile, fingerprint: '' };
  });
  assignIds(opts.sitesFile, file.sites, (s) => prepared.find((p) => p.entry === s)!.profile.organisation.name, lang);
  for (const p of prepared) {
    p.fingerprint = sha256(canonicalJson({
      tool: toolVersion(),
      entry: { ...p.entry, at: undefined, idGiven: undefined },
      profile: fileText(p.entry.profile),
      config: fileText(p.entry.config),
      formats: opts.formats ?? DEFAULT_SITE_FORMATS,
      lang,
      lighthouse: opts.lighthouse,
      maxPages: opts.maxPages,
    }));
  }
  return { sites: prepared, concurrency: opts.siteConcurrency ?? file.concurrency };
}

function readState(file: string): PortfolioState | undefined {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as PortfolioState;
    return s?.kind === 'readiness-portfolio' && s.formatVersion === 1 && Array.isArray(s.sites) ? s : undefined;
  } catch {
    return undefined;
  }
}

function writeAtomic(file: string, body: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  renameSync(tmp, file);
}

function rowOf(site: PreparedSite, report: Report, started: number, reports: string[], notes: Message[]): SiteRow {
  const gate = report.gate.evaluated.length === 0 ? 'none' : report.gate.passed ? 'passed' : 'failed';
  return {
    id: site.entry.id,
    organisation: report.organisation.name,
    ...(report.target ? { target: report.target } : {}),
    status: 'audited',
    score: report.score,
    level: report.maturity.level,
    maturity: report.maturity.label,
    coverage: report.coverage,
    gate,
    areas: report.areas.map((a) => ({ id: a.id, title: a.title, score: a.score, level: a.maturity.level, coverage: a.coverage })),
    durationMs: Date.now() - started,
    ...(notes.length ? { notes } : {}),
    reports,
    finishedAt: new Date().toISOString(),
    fingerprint: site.fingerprint,
  };
}

export async function runPortfolio(opts: PortfolioOptions): Promise<PortfolioResult> {
  const lang: Lang = opts.lang ?? 'en';
  const say = opts.say ?? (() => {});
  const { sites, concurrency } = prepare(opts, lang);
  const formats = opts.formats ?? DEFAULT_SITE_FORMATS;
  mkdirSync(opts.outDir, { recursive: true });
  const stateFile = path.join(opts.outDir, PORTFOLIO_STATE);
  const files = { html: path.join(opts.outDir, 'portfolio.html'), csv: path.join(opts.outDir, 'portfolio.csv'), json: stateFile };

  // An interrupted run of this portfolio is resumed: its sites audited with the same inputs are kept.
  const earlier = readState(stateFile);
  const resuming = earlier && !earlier.complete && earlier.tool.version === toolVersion() ? earlier : undefined;
  const state: PortfolioState = {
    kind: 'readiness-portfolio',
    formatVersion: 1,
    tool: { name: TOOL_NAME, version: toolVersion() },
    sitesFile: path.resolve(opts.sitesFile),
    startedAt: resuming?.startedAt ?? new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    complete: false,
    lang,
    sites: sites.map((s) => {
      const old = resuming?.sites.find((r) => r.id === s.entry.id);
      const kept = old && old.status === 'audited' && old.fingerprint === s.fingerprint
        && (old.reports ?? []).every((r) => existsSync(path.join(opts.outDir, r)));
      return kept ? { ...old, resumed: true } : { id: s.entry.id, organisation: s.profile.organisation.name, status: 'pending', fingerprint: s.fingerprint };
    }),
  };
  const save = () => {
    state.updatedAt = new Date().toISOString();
    writeAtomic(stateFile, JSON.stringify(state, null, 2));
    writeAtomic(files.html, renderPortfolioHtml(state, lang));
    writeAtomic(files.csv, renderPortfolioCsv(state, lang));
  };
  const keptCount = state.sites.filter((r) => r.resumed).length;
  if (resuming) say(t(lang, 'scale.portfolio.resuming', { kept: keptCount, total: sites.length, file: stateFile }));
  save();

  const todo = sites.filter((s) => state.sites.find((r) => r.id === s.entry.id)!.status !== 'audited');
  const history = opts.history ? openHistory(opts.history) : undefined;
  const ci = detectCi();
  let done = keptCount;
  let interrupted: boolean;

  const probes = todo.length ? await import('../../probes/index.js') : undefined;
  const browser = opts.browser ?? (probes ? await probes.launchBrowser() : undefined);
  const { gather } = await import('../../gather.js');

  const auditSite = async (site: PreparedSite): Promise<SiteRow> => {
    const started = Date.now();
    const dir = path.join(opts.outDir, site.entry.id);
    mkdirSync(dir, { recursive: true });
    const logFile = createWriteStream(path.join(dir, 'audit.log'));
    const log = (line: string) => logFile.write(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line}\n`);
    const limit = opts.timeLimitMs ?? site.entry.timeLimitMs;
    let step = 'start';
    try {
      return await withinLimit(limit, async (ctl) => {
        const signal = opts.signal ? AbortSignal.any([ctl.signal, opts.signal]) : ctl.signal;
        const at = (s: GatherStep | string) => {
          step = s;
          ctl.step(s);
          log(`-- ${s}`);
        };
        if (site.entry.url) {
          at('preflight');
          await preflight(site.entry.url, {
            left: ctl.left,
            signal,
            onWait: (status, ms) => say(t(lang, 'scale.portfolio.waiting', { id: site.entry.id, status, duration: { duration: ms } })),
          });
        }
        at('exports');
        const data = site.config?.data
          ? (await (await import('../../data/index.js')).gatherData({ data: site.config.data, profile: site.profile, lang, log })).evidence
          : undefined;
        const gathered = await gather({
          urls: site.entry.url ? [site.entry.url] : [],
          serve: site.entry.serve,
          origin: site.entry.origin ?? site.config?.targets?.origin,
          profile: site.profile,
          config: site.config,
          maxPages: opts.maxPages ?? site.entry.maxPages,
          concurrency: opts.concurrency ?? Math.max(1, Math.floor(PORTFOLIO_TABS / Math.max(1, Math.min(concurrency, todo.length)))),
          lighthouse: opts.lighthouse !== false && site.entry.lighthouse !== false && site.config?.probes?.lighthouse !== false,
          outDir: formats.length > 1 ? dir : undefined,
          log,
          browser,
          signal,
          onStep: at,
          // The crawl gets what is left of the site's time, less a margin for the rest.
          crawlTimeoutMs: Math.max(10_000, Math.min(180_000, Math.floor(ctl.left() * 0.6))),
        });
        if (signal.aborted) throw new TimeLimitError(limit, step);
        at('scoring');
        const report = auditProfile({ profile: site.profile, config: site.config, evidence: { ...data, ...gathered.evidence }, lang, target: gathered.target });
        if (ci.isCi) report.meta = { ...report.meta, ci };
        history?.attach(report);
        at('writing');
        const reports: string[] = [];
        for (const f of formats) {
          const body = await render(report, f, { lang });
          writeFileSync(path.join(dir, formatFile(f)), body);
          reports.push(`${site.entry.id}/${formatFile(f)}`);
        }
        history?.save(report);
        const limited = gathered.pages.filter((p) => p.status === 429).length;
        const notes: Message[] = limited ? [{ id: 'scale.portfolio.note429', values: { n: limited, pages: gathered.pages.length } }] : [];
        return rowOf(site, report, started, reports, notes);
      }, 'start');
    } catch (err) {
      const failure = err instanceof TimeLimitError
        ? { code: 'time-limit', step: err.step, message: err.message }
        : err instanceof RateLimitedError
          ? { code: 'rate-limited', step, message: err.message }
          : err instanceof UnreachableError
            ? { code: 'unreachable', step, message: err.message }
            : { code: (err as { code?: string }).code ?? 'internal', step, message: (err as Error).message?.split('\n')[0] ?? String(err) };
      log(`failed: ${failure.code} during ${failure.step}: ${failure.message}`);
      return { id: site.entry.id, organisation: site.profile.organisation.name, status: 'failed', failure, durationMs: Date.now() - started, finishedAt: new Date().toISOString(), fingerprint: site.fingerprint };
    } finally {
      logFile.end();
    }
  };

  try {
    const queue = [...todo];
    const worker = async () => {
      for (;;) {
        if (opts.signal?.aborted) return;
        const site = queue.shift();
        if (!site) return;
        const row = await auditSite(site);
        // A site stopped by the interruption is not finished: it stays pending for the resumed run.
        if (opts.signal?.aborted && row.status === 'failed') return;
        const i = state.sites.findIndex((r) => r.id === site.entry.id);
        state.sites[i] = row;
        done++;
        save();
        say(row.status === 'audited'
          ? t(lang, 'scale.portfolio.siteDone', { n: done, total: sites.length, id: row.id, duration: { duration: row.durationMs ?? 0 }, score: row.score === null || row.score === undefined ? '—' : { score: row.score }, gate: { msg: { id: `scale.portfolio.gate.${row.gate ?? 'none'}` } } })
          : t(lang, 'scale.portfolio.siteFailed', { n: done, total: sites.length, id: row.id, code: row.failure!.code, message: row.failure!.message }));
      }
    };
    const aborted = opts.signal ? new Promise<void>((resolve) => opts.signal!.addEventListener('abort', () => resolve(), { once: true })) : undefined;
    const workers = Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, todo.length)) }, worker));
    await (aborted ? Promise.race([workers, aborted]) : workers);
    interrupted = opts.signal?.aborted === true;
    state.complete = !interrupted && state.sites.every((r) => r.status !== 'pending');
    save();
  } finally {
    if (!opts.browser) await browser?.close();
  }
  return { state, files, interrupted };
}
