/**
 * `readiness merge`: shard outputs → the one report an unsplit run would have given.
 *
 * The shards must belong together — one version of the tool, one fingerprint (checklists,
 * profile, configuration, target, options) and one split — or the merge refuses (exit 2)
 * saying which shard differs in what. A shard that failed or never reported is not a
 * refusal: its units become `error` evidence naming the shard, the step and the reason,
 * and the rest of the report stands. Lighthouse evidence is rebuilt from every shard's
 * pages in the plan's order, so the worst page, the medians and the sources come out as
 * in one run; the journeys' evidence likewise from every shard's journey runs, in the
 * config's order.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { auditProfile, selectChecklists } from '../audit.js';
import { keysOf } from '../evidence/keys.js';
import { markServedLocally } from '../gather.js';
import { reason, type Message, type MessageValue } from '../i18n/index.js';
import { buildLighthouseEvidence } from '../lighthouse/evidence.js';
import { journeyEvidence } from '../probes/account/evidence.js';
import type { JourneyRun } from '../probes/account/journeys.js';
import type { FormFactor, PageResult } from '../lighthouse/types.js';
import { diffReports } from '../report/diff.js';
import type { Evidence, EvidenceItem, Lang, Report } from '../types.js';
import { UnreachableError } from '../util/errors.js';
import { ScaleInputError, stepValue } from './errors.js';
import { canonicalJson, differingParts, sha256 } from './fingerprint.js';
import { pageUnitId, shardOfUnit, samePlan, type WorkPlan, type WorkUnit } from './plan.js';
import type { ShardOutput } from './shard.js';

export interface MergeInput {
  file: string;
  output: ShardOutput;
}

export interface MergeOptions {
  lang?: Lang;
  now?: Date;
  /** An earlier report: its diff goes into report.diff and enables maxRegression. */
  baseline?: Report;
}

export interface ShardTiming {
  index: number;
  total: number;
  file?: string;
  durationMs?: number;
  /** The plan's units this shard owed. */
  units: string[];
  /** Unit times as the shard measured them. */
  unitTimes?: { id: string; durationMs: number }[];
  failure?: { code: string; step: string; message: string };
  missing?: true;
}

export interface MergeResult {
  report: Report;
  shards: ShardTiming[];
  /** Things the reader should know: missing or failed shards, shards that saw other pages. */
  notes: Message[];
  /** Lighthouse results and journey screenshots saved by the shards, to copy beside the report (copyArtifacts). */
  artifacts: { from: string; rel: string }[];
}

const list = (items: MessageValue[]): MessageValue => ({ list: items, max: 10 });

function refuseIfMixed(inputs: readonly MergeInput[]): MergeInput[] {
  if (inputs.length === 0) throw new ScaleInputError('scale.merge.none');
  const byVersion = new Map<string, number[]>();
  for (const i of inputs) byVersion.set(i.output.tool.version, [...(byVersion.get(i.output.tool.version) ?? []), i.output.shard.index]);
  if (byVersion.size > 1) {
    const versions = [...byVersion].map(([v, shards]) => `${v} (${shards.sort((a, b) => a - b).join(', ')})`);
    throw new ScaleInputError('scale.merge.versions', { versions: list(versions) });
  }
  const totals = new Set(inputs.map((i) => i.output.shard.total));
  if (totals.size > 1) {
    throw new ScaleInputError('scale.merge.totals', { splits: list(inputs.map((i) => `${i.file}: ${i.output.shard.index}/${i.output.shard.total}`)) });
  }
  const sorted = [...inputs].sort((a, b) => a.output.shard.index - b.output.shard.index);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]!.output.shard.index === sorted[k - 1]!.output.shard.index) {
      const s = sorted[k]!.output.shard;
      throw new ScaleInputError('scale.merge.duplicate', { shard: `${s.index}/${s.total}`, first: sorted[k - 1]!.file, second: sorted[k]!.file });
    }
  }
  const ref = sorted[0]!;
  for (const other of sorted.slice(1)) {
    const parts = differingParts(ref.output.fingerprint, other.output.fingerprint);
    if (parts.length) {
      throw new ScaleInputError('scale.merge.fingerprint', {
        shard: `${other.output.shard.index}/${other.output.shard.total}`,
        reference: `${ref.output.shard.index}/${ref.output.shard.total}`,
        parts: list(parts.map((p) => ({ msg: { id: `scale.part.${p}` } }) as MessageValue)),
      });
    }
  }
  // The merge scores with this machine's checklists: they must be the ones the shards used.
  const inputsOf = ref.output.inputs;
  const here = sha256(canonicalJson(selectChecklists(inputsOf.config, inputsOf.checklists)));
  if (here !== ref.output.fingerprint.parts.checklists) throw new ScaleInputError('scale.merge.checklists');
  return sorted;
}

function errorItem(code: string, msg: Message, collectedAt: string): EvidenceItem {
  return { sources: [], origin: 'probe', error: { code, ...reason(msg.id, msg.values) }, collectedAt };
}

/** The keys the site unit writes: the crawl's and the measures'. */
function siteKeys(): string[] {
  return [...keysOf('crawl'), ...keysOf('measure.freshness'), ...keysOf('measure.availability'), ...keysOf('measure.channels'), ...keysOf('measure.hours'), ...keysOf('measure.alignment')];
}

/** Why a unit has no result: its shard never reported, failed, or did not see that page. */
function absence(unit: WorkUnit, owner: number, total: number, byIndex: Map<number, MergeInput>): { code: string; msg: Message } {
  const shard = `${owner}/${total}`;
  const input = byIndex.get(owner);
  if (!input) return { code: 'shard-missing', msg: { id: 'scale.unit.missing', values: { shard } } };
  const f = input.output.failure;
  if (f) return { code: `shard-${f.code}`, msg: { id: 'scale.unit.failed', values: { shard, step: stepValue(f.step), message: f.message } } };
  if (unit.kind === 'lighthouse' && input.output.lighthouseError) {
    const e = input.output.lighthouseError;
    return { code: e.code, msg: { id: 'scale.unit.failed', values: { shard, step: stepValue('lighthouse'), message: e.message } } };
  }
  return { code: 'shard-plan', msg: { id: 'scale.unit.notRun', values: { shard } } };
}

function withOrigin(p: PageResult, from: string | undefined, to: string | undefined): PageResult {
  if (!from || !to || from === to) return p;
  const swap = (u: string | undefined) => (u && u.startsWith(from) ? to + u.slice(from.length) : u);
  const out: PageResult = { ...p, url: swap(p.url)! };
  if (p.finalUrl) out.finalUrl = swap(p.finalUrl);
  return out;
}

export function mergeShards(given: readonly MergeInput[], opts: MergeOptions = {}): MergeResult {
  const inputs = refuseIfMixed(given);
  const total = inputs[0]!.output.shard.total;
  const byIndex = new Map(inputs.map((i) => [i.output.shard.index, i]));
  const now = opts.now ?? new Date();
  const collectedAt = now.toISOString();
  const notes: Message[] = [];

  const owner = byIndex.get(shardOfUnit(0, total));
  if (owner?.output.failure?.code === 'unreachable') throw new UnreachableError(owner.output.site?.target ?? '(site)', owner.output.failure.message);
  const planned = [owner, ...inputs].find((i) => i?.output.plan);
  const plan: WorkPlan = planned?.output.plan ?? { lighthouse: false, units: [{ kind: 'site', id: 'site' }] };
  const canonicalOrigin = planned?.output.origin;
  for (const i of inputs) {
    if (i.output.plan && !samePlan(i.output.plan, plan)) {
      notes.push({ id: 'scale.note.otherPlan', values: { shard: `${i.output.shard.index}/${total}`, reference: `${planned!.output.shard.index}/${total}` } });
    }
  }

  const shards: ShardTiming[] = [];
  for (let index = 1; index <= total; index++) {
    const input = byIndex.get(index);
    const units = plan.units.filter((_, pos) => shardOfUnit(pos, total) === index).map((u) => u.id);
    if (!input) {
      shards.push({ index, total, units, missing: true });
      notes.push({ id: 'scale.note.missing', values: { shard: `${index}/${total}` } });
      continue;
    }
    const o = input.output;
    shards.push({ index, total, file: input.file, durationMs: o.durationMs, units, unitTimes: o.units, ...(o.failure ? { failure: o.failure } : {}) });
    if (o.failure) notes.push({ id: 'scale.note.failed', values: { shard: `${index}/${total}`, step: stepValue(o.failure.step), message: o.failure.message } });
  }

  // The site unit: the crawl, the measures and the exports, from the shard that owned it.
  let evidence: Evidence;
  if (owner?.output.site) evidence = { ...owner.output.site.evidence };
  else {
    const why = absence(plan.units[0]!, shardOfUnit(0, total), total, byIndex);
    evidence = Object.fromEntries(siteKeys().map((k) => [k, errorItem(why.code, why.msg, collectedAt)]));
  }

  // Lighthouse: every page in the plan's order, from the shard that ran it.
  const artifacts: MergeResult['artifacts'] = [];
  if (plan.lighthouse) {
    const formFactors = [...new Set(inputs.flatMap((i) => (i.output.lighthouse ?? []).map((p) => p.formFactor)))] as FormFactor[];
    const pages: PageResult[] = [];
    plan.units.forEach((unit, pos) => {
      if (unit.kind !== 'lighthouse') return;
      const assigned = shardOfUnit(pos, total);
      const candidates = [byIndex.get(assigned), ...inputs].filter((i): i is MergeInput => !!i);
      let found: PageResult[] = [];
      for (const c of candidates) {
        found = (c.output.lighthouse ?? []).filter((p) => pageUnitId(p.url, c.output.origin) === unit.id).map((p) => withOrigin(p, c.output.origin, canonicalOrigin));
        if (found.length) {
          for (const p of found) if (p.artifact) artifacts.push({ from: path.join(path.dirname(c.file), p.artifact), rel: p.artifact });
          break;
        }
      }
      if (found.length) pages.push(...found);
      else {
        const why = absence(unit, assigned, total, byIndex);
        for (const formFactor of formFactors.length ? formFactors : (['mobile'] as FormFactor[])) {
          pages.push({
            url: unit.url, kind: unit.pageKind, formFactor, runs: 0, attempts: 0, retried: false,
            error: { code: why.code, message: reason(why.msg.id, why.msg.values).message },
          });
        }
      }
    });
    Object.assign(evidence, buildLighthouseEvidence(pages, collectedAt));
  }
  Object.assign(evidence, mergeJourneys(plan, inputs, byIndex, total, collectedAt, artifacts));
  if (owner?.output.inputs.served ?? inputs[0]!.output.inputs.served) markServedLocally(evidence);

  const ins = (owner ?? inputs[0]!).output.inputs;
  const report = auditProfile({
    profile: ins.profile,
    config: ins.config,
    checklists: ins.checklists,
    evidence,
    lang: opts.lang,
    failUnder: ins.failUnder,
    target: owner?.output.site?.target ?? (canonicalOrigin ? `${canonicalOrigin}/` : undefined),
    baselineScore: opts.baseline?.score,
    now,
  });
  if (opts.baseline) report.diff = diffReports(opts.baseline, report);
  return { report, shards, notes, artifacts };
}

/**
 * The journeys' evidence, rebuilt with `journeyEvidence` from every journey's run in the
 * config's order, each from the shard that ran it, as one process running them all
 * would have written it. A journey whose shard failed or never reported leaves the
 * journeys unknown: every journey key is an error naming that shard and why (the runs
 * that did run are still listed, as the sources). Screenshots of the runs are copied
 * beside the report, where their links point.
 */
function mergeJourneys(plan: WorkPlan, inputs: readonly MergeInput[], byIndex: Map<number, MergeInput>, total: number, collectedAt: string, artifacts: MergeResult['artifacts']): Evidence {
  const units = plan.units.map((unit, pos) => ({ unit, pos })).filter((x): x is { unit: Extract<WorkUnit, { kind: 'journey' }>; pos: number } => x.unit.kind === 'journey');
  if (!units.length) return {};
  const runs: JourneyRun[] = [];
  let why: { code: string; msg: Message } | undefined;
  for (const { unit, pos } of units) {
    const assigned = shardOfUnit(pos, total);
    const candidates = [byIndex.get(assigned), ...inputs].filter((i): i is MergeInput => !!i);
    const { name: journey } = unit;
    const runOf = (c: MergeInput): JourneyRun | undefined => c.output.journeys?.find(({ name }) => name === journey);
    const from = candidates.find((c) => runOf(c));
    const run = from && runOf(from);
    if (!from || !run) {
      why ??= absence(unit, assigned, total, byIndex);
      continue;
    }
    runs.push(run);
    if (run.screenshot) artifacts.push({ from: path.join(path.dirname(from.file), ...run.screenshot.split('/')), rel: run.screenshot });
  }
  const evidence = journeyEvidence(runs, collectedAt);
  if (!why) return evidence;
  const sources = evidence['site.journeys.runs']?.sources ?? [];
  return Object.fromEntries(keysOf('journeys').map((k) => [k, { ...errorItem(why!.code, why!.msg, collectedAt), sources }]));
}

/** Copies the shards' saved Lighthouse results and journey screenshots into the report's folder, where its links point. */
export function copyArtifacts(artifacts: MergeResult['artifacts'], outDir: string): number {
  let n = 0;
  for (const a of artifacts) {
    if (!existsSync(a.from)) continue;
    const to = path.join(outDir, ...a.rel.split('/'));
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(a.from, to);
    n++;
  }
  return n;
}
