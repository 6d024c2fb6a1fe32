/**
 * One shard of a split audit (`readiness audit --shard i/n`): crawl the site to list its
 * pages, run this shard's units of the plan (plan.ts) and write what they found to
 * `shard-<i>-of-<n>.json`, with the fingerprint of everything that must match for
 * `readiness merge` to join the shards. A shard that fails still writes its file,
 * saying at which step and why, so the merge can say it too.
 */
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/load.js';
import { selectChecklists } from '../audit.js';
import { detectCi } from '../ci/detect.js';
import type { GatherStep } from '../gather.js';
import type { PageResult } from '../lighthouse/types.js';
import type { JourneyRun } from '../probes/account/journeys.js';
import type { ProbePage } from '../probes/index.js';
import type { Evidence, Profile } from '../types.js';
import { TOOL_NAME, toolVersion } from '../version.js';
import { ScaleInputError } from './errors.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { TimeLimitError, withinLimit } from './limit.js';
import { journeyPosition, journeyUnitId, pagePosition, planWork, shardOfUnit, type ShardSpec, type WorkPlan } from './plan.js';
import { preflight } from './preflight.js';

export const SHARD_KIND = 'readiness-shard';
/** 2: journeys are units of the plan, and a shard saves its journey runs (`journeys`). */
export const SHARD_FORMAT = 2;

export interface ShardFailure {
  /** unreachable, browser-not-found, time-limit, internal, … */
  code: string;
  /** The step it was in: start, crawl, measures, account, lighthouse, journeys, writing. */
  step: string;
  message: string;
}

export interface ShardOutput {
  kind: typeof SHARD_KIND;
  formatVersion: typeof SHARD_FORMAT;
  tool: { name: string; version: string };
  shard: ShardSpec;
  fingerprint: Fingerprint;
  /** What the merge scores with: the same in every shard (the fingerprint says so). */
  inputs: {
    profile: Profile;
    config?: Config;
    checklists?: string[];
    failUnder?: number;
    /** The site was a folder served on 127.0.0.1 (its HTTPS keys are left unjudged). */
    served: boolean;
  };
  /** The whole run's plan as this shard saw it (absent when it failed before the crawl). */
  plan?: WorkPlan;
  /** The origin this shard reached the site at (a served folder gets a new port per shard). */
  origin?: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** This shard's units that ran, with their time. */
  units: { id: string; durationMs: number }[];
  /** The site unit (shard 1): the crawl's, the measures', the account area's and the exports' evidence, the pages read. */
  site?: { target: string; pages: ProbePage[]; evidence: Evidence };
  /** This shard's Lighthouse pages, as `lighthouse.pages` lists them. */
  lighthouse?: PageResult[];
  /** Lighthouse as a whole could not run here: the reason every page of this shard gets. */
  lighthouseError?: { code: string; message: string };
  /**
   * This shard's journey runs, in the config's order (credentials already blanked): the
   * merge rebuilds the journeys' evidence from every shard's runs. Their screenshots are
   * in this shard's folder, at each run's `screenshot`.
   */
  journeys?: JourneyRun[];
  failure?: ShardFailure;
}

export function shardFileName(shard: ShardSpec): string {
  return `shard-${shard.index}-of-${shard.total}.json`;
}

export interface ShardRunOptions {
  shard: ShardSpec;
  urls: string[];
  serve?: string;
  origin?: string;
  profile: Profile;
  config?: Config;
  /** Area ids or checklist paths (--checklist). */
  checklists?: string[];
  failUnder?: number;
  maxPages?: number;
  concurrency?: number;
  lighthouse: boolean;
  /** Where the shard file and this shard's Lighthouse results go. */
  outDir: string;
  /** The organisation's exports, read only by the shard that owns the site unit. */
  readData?: () => Promise<Evidence | undefined>;
  timeLimitMs?: number;
  log?: (line: string) => void;
}

/** The fingerprint of a run: what every shard of it must share. */
export function runFingerprint(o: Pick<ShardRunOptions, 'shard' | 'urls' | 'serve' | 'origin' | 'profile' | 'config' | 'checklists' | 'failUnder' | 'maxPages' | 'lighthouse'>): Fingerprint {
  return fingerprint({
    tool: `${TOOL_NAME} ${toolVersion()}`,
    checklists: selectChecklists(o.config, o.checklists),
    profile: o.profile,
    config: o.config ? { ...o.config, output: undefined } : undefined,
    configFile: o.config?.file,
    target: { urls: o.urls, serve: o.serve ? path.resolve(o.serve) : undefined, origin: o.origin },
    options: {
      shards: o.shard.total,
      maxPages: o.maxPages ?? o.config?.probes?.maxPages ?? null,
      lighthouse: o.lighthouse,
      lighthouseRuns: detectCi().isCi ? 3 : 1,
      checklists: o.checklists ?? null,
      failUnder: o.failUnder ?? null,
    },
  });
}

/** Writes the file atomically (a merge reading a half-written shard would refuse it). */
export function writeShardFile(dir: string, out: ShardOutput): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, shardFileName(out.shard));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(out));
  renameSync(tmp, file);
  return file;
}

const isShard = (d: unknown): d is ShardOutput => {
  const o = d as Partial<ShardOutput> | null;
  return !!o && o.kind === SHARD_KIND && typeof o.shard?.index === 'number' && typeof o.shard?.total === 'number'
    && typeof o.fingerprint?.hash === 'string' && !!o.inputs?.profile && typeof o.tool?.version === 'string';
};

export function readShardFile(file: string): ShardOutput {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ScaleInputError('scale.merge.unreadable', { file, reason: (err as Error).message.split('\n')[0]! });
  }
  if (!isShard(data)) throw new ScaleInputError('scale.merge.notShard', { file });
  if (data.formatVersion !== SHARD_FORMAT) throw new ScaleInputError('scale.merge.format', { file, found: String(data.formatVersion), expected: String(SHARD_FORMAT) });
  return data;
}

function failureOf(err: unknown, step: string): ShardFailure {
  if (err instanceof TimeLimitError) return { code: 'time-limit', step: err.step, message: err.message };
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : 'internal';
  return { code, step, message: typeof e?.message === 'string' ? e.message.split('\n')[0]! : String(err) };
}

/**
 * Runs one shard and writes its file into `outDir`. Returns the output and the file;
 * rethrows what stopped the shard (UnreachableError, BrowserNotFoundError,
 * TimeLimitError) after writing the file that records it.
 */
export async function runShard(opts: ShardRunOptions): Promise<{ output: ShardOutput; file: string }> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const { index, total } = opts.shard;
  const ownsSite = shardOfUnit(0, total) === index;
  // Journeys are known from the config: they follow the site unit in the plan.
  const journeyNames = (opts.config?.journeys ?? []).map((j) => j.name);
  const out: ShardOutput = {
    kind: SHARD_KIND,
    formatVersion: SHARD_FORMAT,
    tool: { name: TOOL_NAME, version: toolVersion() },
    shard: { index, total },
    fingerprint: runFingerprint(opts),
    inputs: {
      profile: opts.profile,
      ...(opts.config ? { config: opts.config } : {}),
      ...(opts.checklists ? { checklists: opts.checklists } : {}),
      ...(opts.failUnder !== undefined ? { failUnder: opts.failUnder } : {}),
      served: Boolean(opts.serve),
    },
    startedAt: new Date(started).toISOString(),
    finishedAt: '',
    durationMs: 0,
    units: [],
  };
  let handle: { close(): Promise<void> } | undefined;
  let stepNow = 'start';
  const finish = () => {
    out.finishedAt = new Date().toISOString();
    out.durationMs = Date.now() - started;
    return writeShardFile(opts.outDir, out);
  };
  try {
    await withinLimit(opts.timeLimitMs, async (ctl) => {
      const step = (s: GatherStep | string) => {
        stepNow = s;
        ctl.step(s);
      };
      // A site that rate-limits for longer than we wait ends the shard now, with the reason.
      if (!opts.serve && opts.urls[0]) {
        step('preflight');
        await preflight(opts.urls[0], { left: ctl.left, signal: ctl.signal });
      }
      step('start');
      const dataStarted = Date.now();
      const dataEvidence = ownsSite && opts.readData ? await opts.readData() : undefined;
      const dataMs = Date.now() - dataStarted;
      const probes = await import('../probes/index.js');
      const browser = await probes.launchBrowser();
      handle = browser;
      // Past the limit the browser closes: whatever was running on it stops at once.
      ctl.signal.addEventListener('abort', () => void browser.close().catch(() => undefined), { once: true });
      const { gather } = await import('../gather.js');
      const { choosePages } = await import('../lighthouse/pages.js');
      // Each Lighthouse page's time: from the moment it is handed to this shard to the next one.
      let pageOpen: { id: number; at: number } | undefined;
      const closePage = () => {
        if (pageOpen) out.units.push({ id: String(pageOpen.id), durationMs: Date.now() - pageOpen.at });
        pageOpen = undefined;
      };
      let measuresAt = 0;
      let measuresMs = 0;
      const gathered = await gather({
        urls: opts.urls,
        serve: opts.serve,
        origin: opts.origin,
        profile: opts.profile,
        config: opts.config,
        maxPages: opts.maxPages,
        concurrency: opts.concurrency,
        lighthouse: opts.lighthouse,
        outDir: opts.outDir,
        log,
        browser,
        signal: ctl.signal,
        onStep: (s) => {
          if (s === 'measures') measuresAt = Date.now();
          if (s === 'lighthouse' && measuresAt) measuresMs = Date.now() - measuresAt;
          step(s);
        },
        select: {
          measures: ownsSite,
          lighthouse: (_page, i) => {
            closePage();
            const mine = shardOfUnit(pagePosition(i, journeyNames.length), total) === index;
            if (mine) pageOpen = { id: i, at: Date.now() };
            return mine;
          },
          journeys: (_name, i) => shardOfUnit(journeyPosition(i), total) === index,
        },
      });
      closePage();
      step('writing');
      const origin = new URL(gathered.target).origin;
      out.origin = origin;
      // With a login and Lighthouse on, every shard signed in and gather lists the page the
      // sign-in landed on as the unsplit run does: the plan's pages are the unsplit run's.
      const chosen = opts.lighthouse ? choosePages(gathered.pages) : [];
      out.plan = planWork({ lighthouse: opts.lighthouse, lighthousePages: chosen, origin, journeys: journeyNames });
      // Unit times by plan id: the page positions recorded above are past the site unit and the journeys.
      out.units = out.units.map((u) => ({ id: out.plan!.units[pagePosition(Number(u.id), journeyNames.length)]!.id, durationMs: u.durationMs }));
      const evidence: Evidence = { ...dataEvidence, ...gathered.evidence };
      if (journeyNames.length) {
        // The merge rebuilds every journey key from all shards' runs.
        out.journeys = gathered.journeys ?? [];
        for (const r of out.journeys) out.units.push({ id: journeyUnitId(r.name), durationMs: r.timeMs });
        for (const k of Object.keys(evidence)) if (k.startsWith('site.journeys.')) delete evidence[k];
      }
      const pages = evidence['lighthouse.pages']?.value;
      if (opts.lighthouse) {
        if (Array.isArray(pages)) out.lighthouse = pages as PageResult[];
        else {
          const err = evidence['lighthouse.performance']?.error;
          if (err) out.lighthouseError = { code: err.code, message: err.message };
        }
        // The merge rebuilds every Lighthouse key from all shards' pages.
        for (const k of Object.keys(evidence)) if (k.startsWith('lighthouse.')) delete evidence[k];
      }
      if (ownsSite) {
        out.site = { target: gathered.target, pages: gathered.pages, evidence };
        out.units.unshift({ id: 'site', durationMs: dataMs + measuresMs });
      }
      const position = new Map(out.plan.units.map((u, i) => [u.id, i]));
      out.units.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
    }, 'start');
  } catch (err) {
    out.failure = failureOf(err, stepNow);
    log(`shard ${index}/${total}: ${out.failure.code} during ${out.failure.step}: ${out.failure.message}`);
    try {
      const file = finish();
      (err as { shardFile?: string }).shardFile = file;
    } catch {
      /* the original error says more */
    }
    throw err;
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return { output: out, file: finish() };
}
