import { describe, expect, it } from 'vitest';
import { evaluateGate, type GateInput, type GatePolicy } from '../../src/engine/gate.js';

const input: GateInput = {
  score: 62,
  coverage: 0.7,
  areas: [{ id: 'channels', score: 80 }, { id: 'freshness', score: 35 }],
  checks: [
    { id: 'channels.phone-published', status: 'pass', severity: 'high' },
    { id: 'channels.whatsapp-shown', status: 'fail', severity: 'high' },
    { id: 'web-quality.https', status: 'fail', severity: 'critical' },
    { id: 'gaps.training', status: 'waived', severity: 'high' },
    { id: 'freshness.sitemap', status: 'unknown', severity: 'medium' },
  ],
  baselineScore: 70,
};

// policy → passed, the rules that failed
const rows: [string, GatePolicy | undefined, boolean, string[]][] = [
  ['no policy passes', undefined, true, []],
  ['minScore met', { minScore: 60 }, true, []],
  ['minScore missed', { minScore: 65 }, false, ['minScore']],
  ['minAreaScore by id', { minAreaScore: { channels: 85 } }, false, ['minAreaScore']],
  ['minAreaScore wildcard applies to every area', { minAreaScore: { '*': 40 } }, false, ['minAreaScore']],
  ['minAreaScore id overrides the wildcard', { minAreaScore: { '*': 30, freshness: 30 } }, true, []],
  ['maxFailures counts fails by severity', { maxFailures: { critical: 0 } }, false, ['maxFailures']],
  ['maxFailures allows up to the maximum', { maxFailures: { high: 1 } }, true, []],
  ['required check that passes', { requiredChecks: ['channels.phone-published'] }, true, []],
  ['required check that is waived does not block', { requiredChecks: ['gaps.training'] }, true, []],
  ['required check that is unknown blocks', { requiredChecks: ['freshness.sitemap'] }, false, ['requiredChecks']],
  ['required check that does not exist blocks', { requiredChecks: ['nope.nothing'] }, false, ['requiredChecks']],
  ['minCoverage missed', { minCoverage: 0.8 }, false, ['minCoverage']],
  ['maxRegression allows a small drop', { maxRegression: 10 }, true, []],
  ['maxRegression fails a larger drop', { maxRegression: 5 }, false, ['maxRegression']],
  ['several rules report together', { minScore: 90, maxFailures: { critical: 0 } }, false, ['minScore', 'maxFailures']],
];

describe('evaluateGate', () => {
  it.each(rows)('%s', (_name, policy, passed, failedRules) => {
    const g = evaluateGate(policy, input);
    expect(g.passed).toBe(passed);
    expect(g.reasons.map((r) => r.rule)).toEqual(failedRules);
    for (const r of g.reasons) {
      expect(r.message.en.length).toBeGreaterThan(10);
      expect(r.message.es.length).toBeGreaterThan(10);
    }
  });

  it('names the failing checks of a maxFailures rule', () => {
    const g = evaluateGate({ maxFailures: { high: 0 } }, input);
    expect(g.reasons[0].checks).toEqual(['channels.whatsapp-shown']);
  });

  it('without a baseline, maxRegression is not evaluated', () => {
    const g = evaluateGate({ maxRegression: 0 }, { ...input, baselineScore: undefined });
    expect(g.passed).toBe(true);
    expect(g.evaluated).toEqual([]);
  });
});
