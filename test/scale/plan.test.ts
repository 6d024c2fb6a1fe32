/**
 * The pure parts of a split run: reading --shard, the plan and who runs each unit, the
 * fingerprint that tells shards of one run from others, and CI detection.
 */
import { describe, expect, it } from 'vitest';
import { detectCi } from '../../src/ci/detect.js';
import { canonicalJson, differingParts, fingerprint, relativeTo } from '../../src/scale/fingerprint.js';
import { parseTimeLimit } from '../../src/scale/limit.js';
import { journeyPosition, pagePosition, pageUnitId, parseShard, planWork, samePlan, shardOfUnit, unitsOf } from '../../src/scale/plan.js';
import { retryAfterMs } from '../../src/scale/preflight.js';

describe('--shard i/n', () => {
  it.each<[string, { index: number; total: number } | undefined]>([
    ['1/1', { index: 1, total: 1 }],
    ['2/4', { index: 2, total: 4 }],
    [' 4 / 4 ', { index: 4, total: 4 }],
    ['64/64', { index: 64, total: 64 }],
    ['0/4', undefined],
    ['5/4', undefined],
    ['1/65', undefined],
    ['1/0', undefined],
    ['2', undefined],
    ['a/b', undefined],
    ['1/2/3', undefined],
    ['-1/2', undefined],
  ])('%s', (arg, want) => expect(parseShard(arg)).toEqual(want));
});

describe('the plan', () => {
  const pages = [
    { url: 'http://127.0.0.1:4000/', kind: ['home'] },
    { url: 'http://127.0.0.1:4000/contacto/', kind: ['contact'] },
    { url: 'http://127.0.0.1:4000/mi-cuenta/', kind: ['account'] },
    { url: 'https://ayuda.example.com/pqrs', kind: ['complaints'] },
  ];
  const plan = planWork({ lighthouse: true, lighthousePages: pages, origin: 'http://127.0.0.1:4000' });

  it('has the site unit first, then one unit per Lighthouse page in its order', () => {
    expect(plan.units.map((u) => u.id)).toEqual(['site', 'lighthouse:/', 'lighthouse:/contacto/', 'lighthouse:/mi-cuenta/', 'lighthouse:https://ayuda.example.com/pqrs']);
  });

  it('deals units round-robin: every unit to exactly one shard, the site to shard 1', () => {
    for (const total of [1, 2, 3, 4, 7]) {
      const owners = plan.units.map((_, i) => shardOfUnit(i, total));
      expect(owners[0]).toBe(1);
      const dealt = Array.from({ length: total }, (_, k) => unitsOf(plan, { index: k + 1, total }).map((u) => u.id)).flat();
      expect(dealt.sort()).toEqual(plan.units.map((u) => u.id).sort());
    }
    expect(unitsOf(plan, { index: 2, total: 3 }).map((u) => u.id)).toEqual(['lighthouse:/', 'lighthouse:https://ayuda.example.com/pqrs']);
  });

  it('names a page by its path on the audited origin, so shards serving a folder on other ports agree', () => {
    const other = planWork({ lighthouse: true, lighthousePages: pages.map((p) => ({ ...p, url: p.url.replace(':4000', ':5123') })), origin: 'http://127.0.0.1:5123' });
    expect(samePlan(plan, other)).toBe(true);
    expect(pageUnitId('http://127.0.0.1:4000/a?b=1', 'http://127.0.0.1:4000/')).toBe('lighthouse:/a?b=1');
    expect(pageUnitId('https://x.example/a', 'http://127.0.0.1:4000/')).toBe('lighthouse:https://x.example/a');
  });

  it('has no Lighthouse unit when Lighthouse is off, and a journey unit per journey', () => {
    const off = planWork({ lighthouse: false, lighthousePages: pages, journeys: ['track my order'] });
    expect(off.units.map((u) => u.id)).toEqual(['site', 'journey:track my order']);
    expect(samePlan(plan, off)).toBe(false);
  });

  it('puts the journeys, in the config\'s order, between the site and the pages, and deals them like the pages', () => {
    const both = planWork({ lighthouse: true, lighthousePages: pages.slice(0, 2), origin: 'http://127.0.0.1:4000', journeys: ['track my order', 'file a complaint', 'download my invoice'] });
    expect(both.units.map((u) => u.id)).toEqual(['site', 'journey:track my order', 'journey:file a complaint', 'journey:download my invoice', 'lighthouse:/', 'lighthouse:/contacto/']);
    expect([0, 1, 2].map((i) => both.units[journeyPosition(i)]!.id)).toEqual(['journey:track my order', 'journey:file a complaint', 'journey:download my invoice']);
    expect([0, 1].map((i) => both.units[pagePosition(i, 3)]!.id)).toEqual(['lighthouse:/', 'lighthouse:/contacto/']);
    expect([1, 2].map((index) => unitsOf(both, { index, total: 2 }).map((u) => u.id))).toEqual([
      ['site', 'journey:file a complaint', 'lighthouse:/'],
      ['journey:track my order', 'journey:download my invoice', 'lighthouse:/contacto/'],
    ]);
  });
});

describe('the fingerprint', () => {
  const base = {
    tool: 'service-readiness 0.1.0',
    checklists: [{ id: 'channels', version: '1.0.0', file: '/a/checklists/channels.yaml' }],
    profile: { organisation: { name: 'Tienda' }, file: '/a/profile.yaml' },
    config: { profile: '/ci/work/profile.yaml', gate: { minScore: 60 }, file: '/ci/work/readiness.config.yaml' },
    configFile: '/ci/work/readiness.config.yaml',
    target: { urls: ['https://x.example'] },
    options: { shards: 4 },
  };

  it('is the same for the same inputs in another folder (paths relative to the config; file keys left out)', () => {
    const moved = { ...base, config: { ...base.config, profile: '/home/me/work/profile.yaml', file: '/home/me/work/readiness.config.yaml' }, configFile: '/home/me/work/readiness.config.yaml', profile: { ...base.profile, file: '/elsewhere/profile.yaml' } };
    expect(fingerprint(moved).hash).toBe(fingerprint(base).hash);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a profile answer', { profile: { organisation: { name: 'Tienda 2' } } }, ['profile']],
    ['a gate rule', { config: { ...base.config, gate: { minScore: 70 } } }, ['config']],
    ['the version', { tool: 'service-readiness 0.2.0' }, ['tool']],
    ['the URL', { target: { urls: ['https://y.example'] } }, ['target']],
    ['the split', { options: { shards: 3 } }, ['options']],
    ['a checklist', { checklists: [{ id: 'channels', version: '1.1.0' }] }, ['checklists']],
  ])('names %s as the part that differs', (_n, change, parts) => {
    expect(differingParts(fingerprint(base), fingerprint({ ...base, ...change }))).toEqual(parts);
  });

  it('sorts keys and drops undefined in its canonical JSON', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, { z: 1, y: 2 }] } })).toBe('{"a":{"c":[2,{"y":2,"z":1}]},"b":1}');
    expect(relativeTo('/ci/work')('/ci/work/site/index.html')).toBe('site/index.html');
    expect(relativeTo('/ci/work')('/ci/workshop')).toBe('/ci/workshop');
  });
});

describe('durations and Retry-After', () => {
  it.each<[unknown, number | undefined]>([['90s', 90_000], ['10m', 600_000], ['1h', 3_600_000], ['1500ms', 1500], [30, 30_000], ['2', 2000], ['soon', undefined], ['-1s', undefined], ['0s', undefined]])(
    'time limit %s', (v, ms) => expect(parseTimeLimit(v)).toBe(ms));
  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-10-20T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Tue, 20 Oct 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('CI detection, as is-ci and ci-info do', () => {
  it.each<[string, Record<string, string>, { isCi: boolean; provider?: string }]>([
    ['nothing set', {}, { isCi: false }],
    ['CI=false', { CI: 'false' }, { isCi: false }],
    ['CI=0', { CI: '0' }, { isCi: false }],
    ['CI=true', { CI: 'true' }, { isCi: true, provider: 'generic' }],
    ['CI=1', { CI: '1' }, { isCi: true, provider: 'generic' }],
    ['GitHub Actions', { CI: 'true', GITHUB_ACTIONS: 'true' }, { isCi: true, provider: 'github' }],
    ['GitLab CI', { CI: 'true', GITLAB_CI: 'true' }, { isCi: true, provider: 'gitlab' }],
    ['GitLab CI without CI', { GITLAB_CI: 'true' }, { isCi: true, provider: 'gitlab' }],
    ['Buildkite', { BUILDKITE: 'true' }, { isCi: true, provider: 'buildkite' }],
  ])('%s', (_n, env, want) => expect(detectCi(env)).toMatchObject(want));

  it('reads the commit, the branch, the pull request and the run URL', () => {
    expect(detectCi({ GITHUB_ACTIONS: 'true', GITHUB_SHA: 'abc', GITHUB_REF: 'refs/pull/42/merge', GITHUB_HEAD_REF: 'feature', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' }))
      .toEqual({ isCi: true, provider: 'github', name: 'GitHub Actions', commit: 'abc', branch: 'feature', pullRequest: '42', url: 'https://github.com/o/r/actions/runs/7' });
    expect(detectCi({ GITLAB_CI: 'true', CI_COMMIT_SHA: 'def', CI_MERGE_REQUEST_IID: '9', CI_COMMIT_REF_NAME: 'main', CI_JOB_URL: 'https://gitlab.example/j/1' }))
      .toEqual({ isCi: true, provider: 'gitlab', name: 'GitLab CI', commit: 'def', branch: 'main', pullRequest: '9', url: 'https://gitlab.example/j/1' });
  });
});
