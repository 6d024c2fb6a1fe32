/**
 * `mergeShards` on shard outputs made here (no browser): the merged report is the one
 * the same unit results give unsplit; shards that do not belong together are refused
 * naming the shard and what differs; a missing or failed shard's units are `error`
 * evidence naming the shard, the step and the reason.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditProfile } from '../../src/audit.js';
import { buildLighthouseEvidence } from '../../src/lighthouse/evidence.js';
import type { PageResult } from '../../src/lighthouse/types.js';
import { loadProfile } from '../../src/profile/load.js';
import { contentDifferences } from '../../src/scale/content.js';
import { ScaleInputError } from '../../src/scale/errors.js';
import { mergeShards, type MergeInput } from '../../src/scale/merge.js';
import { journeyPosition, pagePosition, planWork, shardOfUnit } from '../../src/scale/plan.js';
import { journeyEvidence } from '../../src/probes/account/evidence.js';
import type { JourneyRun } from '../../src/probes/account/journeys.js';
import { runFingerprint, SHARD_FORMAT, SHARD_KIND, type ShardOutput } from '../../src/scale/shard.js';
import type { Evidence } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';

const profile = loadProfile(path.join(ROOT, 'examples/tienda-andina/profile.yaml'));
const ORIGIN = 'http://127.0.0.1:4000';
const PAGES = [
  { url: `${ORIGIN}/`, kind: ['home'] },
  { url: `${ORIGIN}/contacto/`, kind: ['contact'] },
  { url: `${ORIGIN}/mi-cuenta/`, kind: ['account'] },
  { url: `${ORIGIN}/rastrear-pedido/`, kind: ['orderTracking'] },
  { url: `${ORIGIN}/pqrs/`, kind: ['complaints'] },
];

function page(url: string, kind: string[], perf: number): PageResult {
  return {
    url, kind, formFactor: 'mobile', runs: 1, attempts: 1, retried: false, medianRun: 1,
    scores: { performance: perf, accessibility: 96, bestPractices: 100, seo: 100 },
    metrics: { fcp: 800, lcp: 900 + perf, tbt: 10, cls: 0, si: 900 },
    audits: { colorContrast: true, targetSize: true, fontSize: true, documentLang: true, viewport: true, https: true, consoleErrors: 0, tapTargetAudits: ['target-size'] },
    lighthouseVersion: '12.8.2',
  };
}
const RESULTS = PAGES.map((p, i) => page(p.url, p.kind, 90 - i * 7));

const SITE: Evidence = {
  'site.contact.phones': { value: ['+576015550100'], sources: [{ url: `${ORIGIN}/contacto/`, snippet: '(601) 555 0100' }], origin: 'probe' },
  'site.contact.emails': { value: [], sources: [], origin: 'probe' },
};

const opts = { shard: { index: 1, total: 3 }, urls: [`${ORIGIN}/`], profile, lighthouse: true };

/** The outputs of a 3-shard run of the unit results above (and of these journey runs), as runShard would write them. */
function shards(total = 3, runs: JourneyRun[] = []): MergeInput[] {
  const plan = planWork({ lighthouse: true, lighthousePages: PAGES, origin: ORIGIN, journeys: runs.map((r) => r.name) });
  return Array.from({ length: total }, (_, k): MergeInput => {
    const index = k + 1;
    const mine = RESULTS.filter((_, i) => shardOfUnit(pagePosition(i, runs.length), total) === index);
    const output: ShardOutput = {
      kind: SHARD_KIND, formatVersion: SHARD_FORMAT, tool: { name: 'service-readiness', version: '0.1.0' },
      shard: { index, total },
      fingerprint: runFingerprint({ ...opts, shard: { index, total } }),
      inputs: { profile, served: false },
      plan, origin: ORIGIN,
      startedAt: '2026-10-20T10:00:00.000Z', finishedAt: '2026-10-20T10:01:00.000Z', durationMs: 60_000,
      units: [],
      ...(index === 1 ? { site: { target: `${ORIGIN}/`, pages: [], evidence: SITE } } : {}),
      lighthouse: mine,
      ...(runs.length ? { journeys: runs.filter((_, i) => shardOfUnit(journeyPosition(i), total) === index) } : {}),
    };
    return { file: `/shards/${index}/shard-${index}-of-${total}.json`, output };
  });
}

const NOW = new Date('2026-10-20T12:00:00Z');
const unsplit = () => auditProfile({ profile, evidence: { ...SITE, ...buildLighthouseEvidence(RESULTS, NOW.toISOString()) }, target: `${ORIGIN}/`, now: NOW });

function refusal(inputs: MergeInput[]): ScaleInputError {
  try {
    mergeShards(inputs, { now: NOW });
  } catch (err) {
    if (err instanceof ScaleInputError) return err;
    throw err;
  }
  throw new Error('merge did not refuse');
}

describe('mergeShards', () => {
  it.each([1, 2, 3, 5])('joins %i shards into the report the same results give unsplit', (total) => {
    const { report, shards: timing, notes } = mergeShards(shards(total), { now: NOW });
    expect(contentDifferences(report, unsplit())).toEqual([]);
    expect(report.generatedAt).toBe(NOW.toISOString());
    expect(notes).toEqual([]);
    expect(timing.map((s) => s.units.length).reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('keeps the plan\'s page order whichever shard ran each page (the worst page first in sources, all pages listed)', () => {
    const { report } = mergeShards(shards(3).reverse(), { now: NOW });
    const perf = report.checks.find((c) => c.evidence.key === 'lighthouse.performance')!;
    expect(perf.evidence.value).toBe(62);
    expect(perf.evidence.sources[0]!.url).toBe(`${ORIGIN}/pqrs/`);
  });

  it('rewrites page URLs from a shard that served the folder on another port', () => {
    const inputs = shards(2);
    const moved = inputs[1]!.output;
    moved.origin = 'http://127.0.0.1:5999';
    moved.lighthouse = moved.lighthouse!.map((p) => ({ ...p, url: p.url.replace(ORIGIN, moved.origin!) }));
    const { report } = mergeShards(inputs, { now: NOW });
    expect(contentDifferences(report, unsplit())).toEqual([]);
  });

  it.each<[string, (i: MergeInput[]) => void, string, RegExp]>([
    ['shards of different versions', (i) => (i[2]!.output.tool.version = '0.2.0'), 'scale.merge.versions', /different versions of readiness: 0\.1\.0 \(1, 2\), 0\.2\.0 \(3\)/],
    ['shards of different splits', (i) => (i[1]!.output.shard = { index: 2, total: 4 }), 'scale.merge.totals', /different splits/],
    ['a shard given twice', (i) => (i[2]!.output.shard = { index: 2, total: 3 }), 'scale.merge.duplicate', /shard 2\/3 was given twice/],
    ['shards with different profiles', (i) => (i[1]!.output.fingerprint = runFingerprint({ ...opts, shard: { index: 2, total: 3 }, profile: { ...profile, organisation: { ...profile.organisation, name: 'Otra' } } })), 'scale.merge.fingerprint', /shard 2\/3 differs from shard 1\/3 in the profile/],
    ['shards with different configurations and options', (i) => (i[2]!.output.fingerprint = runFingerprint({ ...opts, shard: { index: 3, total: 3 }, config: { gate: { minScore: 70 } }, maxPages: 3 })), 'scale.merge.fingerprint', /shard 3\/3 differs from shard 1\/3 in the configuration, the options/],
  ])('refuses %s, saying which shard and what', (_n, spoil, id, text) => {
    const inputs = shards(3);
    spoil(inputs);
    const err = refusal(inputs);
    expect(err.msg.id).toBe(id);
    expect(err.message).toMatch(text);
  });

  it('refuses nothing at all', () => {
    expect(refusal([]).msg.id).toBe('scale.merge.none');
  });

  it('reports the units of a shard that never reported as errors naming it, and keeps the rest', () => {
    const inputs = shards(3).filter((s) => s.output.shard.index !== 2);
    const { report, notes, shards: timing } = mergeShards(inputs, { now: NOW });
    expect(timing.find((s) => s.index === 2)).toMatchObject({ missing: true, units: ['lighthouse:/', 'lighthouse:/rastrear-pedido/'] });
    expect(notes.map((n) => n.id)).toEqual(['scale.note.missing']);
    const pages = report.checks.find((c) => c.evidence.key === 'lighthouse.performance')!.evidence.sources;
    expect(pages.some((s) => /shard 2\/3, which was to run this, produced no output/.test(s.note ?? ''))).toBe(true);
    // The other shards' pages still count.
    expect(report.checks.find((c) => c.evidence.key === 'lighthouse.performance')!.status).not.toBe('error');
  });

  it('says at which step and why a shard failed', () => {
    const inputs = shards(3);
    inputs[2]!.output.failure = { code: 'time-limit', step: 'lighthouse', message: 'time limit of 60 s reached during lighthouse' };
    inputs[2]!.output.lighthouse = [];
    const { report, notes } = mergeShards(inputs, { now: NOW, lang: 'es' });
    expect(notes[0]).toMatchObject({ id: 'scale.note.failed' });
    const sources = report.checks.find((c) => c.evidence.key === 'lighthouse.performance')!.evidence.sources;
    expect(sources.some((s) => /shard-time-limit — shard 3\/3, which was to run this, failed during Lighthouse: time limit/.test(s.note ?? ''))).toBe(true);
  });

  it('turns the site\'s evidence into errors when the shard that crawled it is missing', () => {
    const { report } = mergeShards(shards(3).slice(1), { now: NOW });
    const phone = report.checks.find((c) => c.id === 'channels.phone-published')!;
    expect(phone.status).toBe('error');
    expect(JSON.stringify(phone)).toMatch(/shard 1\/3, which was to run this, produced no output/);
  });

  describe('journeys', () => {
    const run = (name: string, over: Partial<JourneyRun> = {}): JourneyRun => ({
      name, success: true, signedIn: true, start: `${ORIGIN}/cuenta/`, steps: 3, stepsDone: 3, actions: 2, pages: 3, timeMs: 1500, ...over,
    });
    const stopped = run('file a complaint', {
      success: false, stepsDone: 1, actions: 1, pages: 2, screenshot: 'journeys/file-a-complaint-step-2.png',
      failedAt: { step: 2, label: 'click "#enviar"', action: 'click', target: '#enviar', code: 'step-timeout', message: 'the step did not finish within 2 s', reason: { id: 'account.fault.stepTimeout', values: { duration: { duration: 2000 } } } },
    });
    const RUNS = [run('track my order'), stopped, run('download my invoice', { actions: 4 })];
    const unsplitWithJourneys = () => auditProfile({ profile, evidence: { ...SITE, ...buildLighthouseEvidence(RESULTS, NOW.toISOString()), ...journeyEvidence(RUNS) }, target: `${ORIGIN}/`, now: NOW });

    it.each([1, 2, 3, 4])('rebuilds the journeys from %i shards, in the config\'s order, as one run gives them', (total) => {
      const inputs = shards(total, RUNS);
      const { report, artifacts } = mergeShards(inputs.reverse(), { now: NOW });
      expect(contentDifferences(report, unsplitWithJourneys())).toEqual([]);
      const names = (report.checks.find((c) => c.id === 'measurement.journey-effort')!.details!.find((d) => d.key === 'site.journeys.runs')!.value as JourneyRun[]).map((r) => r.name);
      expect(names).toEqual(['track my order', 'file a complaint', 'download my invoice']);
      // The stopped journey's screenshot comes from the folder of the shard that ran it.
      const owner = shardOfUnit(journeyPosition(1), total);
      expect(artifacts.filter((a) => a.rel.startsWith('journeys/'))).toEqual([{ from: path.join(`/shards/${owner}`, 'journeys', 'file-a-complaint-step-2.png'), rel: 'journeys/file-a-complaint-step-2.png' }]);
    });

    it('compares the journeys without their times, and with their counts and screenshots', () => {
      const withRuns = (runs: JourneyRun[]) => auditProfile({ profile, evidence: { ...SITE, ...buildLighthouseEvidence(RESULTS, NOW.toISOString()), ...journeyEvidence(runs) }, target: `${ORIGIN}/`, now: NOW });
      const slower = RUNS.map((r) => ({ ...r, timeMs: r.timeMs * 7 + 123, ...(r.failedAt ? { failedAt: { ...r.failedAt, message: 'the step did not finish within 2.4 s', reason: { id: 'account.fault.stepTimeout' as const, values: { duration: { duration: 2400 } } } } } : {}) }));
      expect(contentDifferences(unsplitWithJourneys(), withRuns(slower))).toEqual([]);
      expect(contentDifferences(unsplitWithJourneys(), withRuns(RUNS.map((r, i) => (i === 2 ? { ...r, actions: 5 } : r)))).length).toBeGreaterThan(0);
      expect(contentDifferences(unsplitWithJourneys(), withRuns(RUNS.map((r) => (r.screenshot ? { ...r, screenshot: 'journeys/other-step-2.png' } : r)))).length).toBeGreaterThan(0);
    });

    it('makes every journey key an error naming the shard when a journey\'s shard failed during the journeys', () => {
      const inputs = shards(3, RUNS);
      // "file a complaint" is the plan's third unit: shard 3's.
      inputs[2]!.output.failure = { code: 'time-limit', step: 'journeys', message: 'time limit of 60 s reached' };
      inputs[2]!.output.journeys = [];
      const { report } = mergeShards(inputs, { now: NOW });
      const effort = report.checks.find((c) => c.id === 'measurement.journey-effort')!;
      expect(effort.status).toBe('error');
      expect(JSON.stringify(effort)).toMatch(/shard 3\/3, which was to run this, failed during the customer journeys: time limit of 60 s reached/);
    });
  });
});
