import { describe, expect, it } from 'vitest';
import { buildRoadmap, impact } from '../../src/report/roadmap.js';
import { check, makeReport, syntheticReport } from './fixtures.js';

describe('impact', () => {
  it.each([
    // weight, score, severity → weight × (1 − score) × factor (critical 4, high 3, medium 2, low 1)
    [3, 0, 'high', 9],
    [2, 0.4, 'critical', 4.8],
    [1, 0.7, 'medium', 0.6],
    [5, 1, 'critical', 0],
    [1, null, 'low', 1],
  ] as const)('weight %d, score %s, %s → %d', (weight, score, severity, expected) => {
    expect(impact({ weight, score, severity })).toBeCloseTo(expected, 6);
  });
});

describe('buildRoadmap', () => {
  it('puts low-effort fixes first, then missing evidence, then the maturity phases', () => {
    const r = buildRoadmap(syntheticReport());
    expect(r.phases.map((p) => p.id)).toEqual(['quick-wins', 'evidence', 'maturity-1', 'further']);
    expect(r.phases.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    // The quick win lifts channels from 30 to 80 (level 5); self-service needs its fix to leave level 1;
    // measurement.fcr is required by the gate, so it is not left for later.
    expect(r.phases[0]!.areas).toEqual([expect.objectContaining({ area: 'channels', from: 30, to: 80, toLevel: 5 })]);
    expect(r.phases[2]!.actions.map((a) => a.check).sort()).toEqual(['measurement.fcr', 'self-service.invoices']);
    expect(r.phases[3]!.actions.map((a) => a.check)).toEqual(['channels.hours']);
    expect(r.phases[0]!.actions.map((a) => a.check)).toEqual(['channels.phone']);
    // Unknown and error checks are "gather evidence" actions; the question is what to answer.
    const ev = r.phases[1]!.actions;
    expect(ev.map((a) => [a.check, a.kind])).toEqual([['channels.chat', 'evidence'], ['self-service.tracking', 'evidence']]);
    expect(ev[0]!.todo.en).toBe('Answer in the interview: Who answers the chat?');
    expect(ev[1]!.todo.en).toContain('probe timed out after 30 s');
  });

  it('leaves out passing, not-applicable and waived checks', () => {
    const ids = buildRoadmap(syntheticReport()).ranked.map((a) => a.check);
    for (const id of ['channels.email', 'measurement.nps', 'self-service.faq', 'self-service.account']) expect(ids).not.toContain(id);
    // An expired waiver no longer protects its check.
    expect(ids).toContain('self-service.invoices');
  });

  it('ranks by impact per unit of effort', () => {
    const r = buildRoadmap(makeReport([
      check('a.big-costly', { status: 'fail', weight: 4, severity: 'high', effort: 'high' }), // 12 / 4 = 3
      check('a.small-cheap', { status: 'fail', weight: 1, severity: 'high', effort: 'low' }), // 3 / 1 = 3, less impact
      check('a.medium', { status: 'fail', weight: 2, severity: 'critical', effort: 'medium' }), // 8 / 2 = 4
      check('a.ok', { status: 'pass' }),
    ]));
    expect(r.ranked.map((a) => [a.check, a.priority])).toEqual([['a.medium', 4], ['a.big-costly', 3], ['a.small-cheap', 3]]);
  });

  it('takes each area to the floor of its next maturity level with the cheapest sufficient fix', () => {
    // Area "a": weight 10 in all, score 30 (level 2). Level 3 needs 40, i.e. +10 points:
    // a.fix-1 (weight 1, medium effort) gains 10 and is enough; a.fix-6 (weight 6, high) gains 60.
    const report = makeReport([
      check('a.pass', { status: 'pass', weight: 3 }),
      check('a.fix-1', { status: 'fail', weight: 1, effort: 'medium' }),
      check('a.fix-6', { status: 'fail', weight: 6, effort: 'high' }),
    ]);
    expect(report.areas[0]!.score).toBe(30);
    const r = buildRoadmap(report);
    expect(r.phases.map((p) => [p.id, p.actions.map((a) => a.check)])).toEqual([
      ['maturity-1', ['a.fix-1']],
      ['maturity-2', ['a.fix-6']],
    ]);
    expect(r.phases[0]!.areas).toEqual([{ area: 'a', title: { en: 'Area a', es: 'Área a' }, from: 30, to: 40, fromLevel: 2, toLevel: 3, target: 40 }]);
    expect(r.phases[1]!.areas[0]).toMatchObject({ from: 40, to: 100, toLevel: 5, target: 60 });
  });

  it('when no single fix is enough, takes the best gain per unit of effort until the level is reached', () => {
    // 63 over weight 10 (level 4): level 5 needs 17 points. Each weight-1 fix gains 10.
    const r = buildRoadmap(makeReport([
      check('a.almost', { status: 'partial', score: 0.9, weight: 7, effort: 'medium' }),
      check('a.m1', { status: 'fail', weight: 1, effort: 'medium' }),
      check('a.h1', { status: 'fail', weight: 1, effort: 'high' }),
      check('a.m2', { status: 'fail', weight: 1, effort: 'medium', severity: 'high' }),
    ]));
    expect(r.phases[0]!.actions.map((a) => a.check)).toEqual(['a.m2', 'a.m1']);
    expect(r.phases[0]!.areas[0]).toMatchObject({ from: 63, to: 83, toLevel: 5, target: 80 });
  });

  it('asks for the missing evidence before the fixes', () => {
    const r = buildRoadmap(makeReport([
      check('a.pass', { status: 'pass', weight: 1 }),
      check('a.half', { status: 'partial', score: 0.5, weight: 1, effort: 'medium' }),
      check('a.unknown', { status: 'unknown' }),
    ]));
    expect(r.phases.map((p) => [p.id, p.actions.map((a) => a.check)])).toEqual([['evidence', ['a.unknown']], ['maturity-1', ['a.half']]]);
    expect(r.phases[1]!.areas[0]).toMatchObject({ from: 75, to: 100, fromLevel: 4, toLevel: 5, target: 80 });
  });

  it('puts failing checks the gate requires in the first phase, even in an area at the top level', () => {
    const r = buildRoadmap(makeReport([
      check('a.pass', { status: 'pass', weight: 9 }),
      check('a.cheap', { status: 'fail', weight: 1, effort: 'medium' }),
      check('a.required', { status: 'partial', score: 0.5, weight: 1, effort: 'high', required: true }),
    ]));
    expect(r.phases.map((p) => [p.id, p.actions.map((a) => a.check)])).toEqual([
      ['maturity-1', ['a.required']],
      ['further', ['a.cheap']],
    ]);
    expect(r.phases[0]!.actions[0]!.required).toBe(true);
  });

  it('is empty when there is nothing to do', () => {
    expect(buildRoadmap(makeReport([check('a.x'), check('a.y', { status: 'not-applicable' })])).phases).toEqual([]);
  });

  it('is a pure function of the report', () => {
    const report = syntheticReport();
    const before = JSON.stringify(report);
    expect(buildRoadmap(report)).toEqual(buildRoadmap(JSON.parse(before)));
    expect(JSON.stringify(report)).toBe(before);
  });
});
