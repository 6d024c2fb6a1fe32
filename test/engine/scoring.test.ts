import { describe, expect, it } from 'vitest';
import { maturityOf, scoreAreas, scoreChecks, type Scorable } from '../../src/engine/scoring.js';

const c = (status: Scorable['status'], score: number | null, weight = 1): Scorable => ({ status, score, weight });

describe('scoreChecks', () => {
  it.each<[string, Scorable[], number | null, number]>([
    ['a weighted mean of scored checks', [c('pass', 1, 3), c('fail', 0, 1)], 75, 1],
    ['partial credit counts at its score', [c('partial', 0.5, 2), c('pass', 1, 2)], 75, 1],
    ['not-applicable weighs nothing', [c('pass', 1, 1), c('not-applicable', null, 5)], 100, 1],
    ['waived weighs nothing, in score or coverage', [c('fail', 0, 1), c('waived', 0, 9)], 0, 1],
    ['unknown lowers coverage, not the score', [c('pass', 1, 1), c('unknown', null, 1)], 100, 0.5],
    ['error lowers coverage like unknown', [c('pass', 1, 3), c('error', null, 1)], 100, 0.75],
    ['nothing scored gives no score', [c('unknown', null, 2)], null, 0],
    ['nothing applicable gives no score and no coverage', [c('not-applicable', null, 2)], null, 0],
  ])('%s', (_name, items, score, coverage) => {
    const r = scoreChecks(items);
    expect(r.score).toBe(score);
    expect(r.coverage).toBe(coverage);
  });
});

describe('scoreAreas', () => {
  it.each<[string, Parameters<typeof scoreAreas>[0], number | null, number]>([
    ['weights areas by their weight', [{ score: 100, coverage: 1, weight: 3, applicableWeight: 1 }, { score: 0, coverage: 1, weight: 1, applicableWeight: 1 }], 75, 1],
    ['skips areas with no score', [{ score: 80, coverage: 0.5, weight: 1, applicableWeight: 2 }, { score: null, coverage: 0, weight: 1, applicableWeight: 3 }], 80, 0.25],
    ['skips areas where nothing applies, in coverage too', [{ score: 60, coverage: 1, weight: 1, applicableWeight: 2 }, { score: null, coverage: 0, weight: 1, applicableWeight: 0 }], 60, 1],
    ['gives no overall score when no area scored', [{ score: null, coverage: 0, weight: 1, applicableWeight: 1 }], null, 0],
  ])('%s', (_n, areas, score, coverage) => {
    expect(scoreAreas(areas)).toEqual({ score, coverage });
  });
});

describe('maturityOf', () => {
  it.each<[number | null, number, number | null, string]>([
    [0, 1, 1, 'Initial'],
    [19.9, 1, 1, 'Initial'],
    [20, 1, 2, 'Developing'],
    [40, 1, 3, 'Defined'],
    [60, 1, 4, 'Managed'],
    [80, 1, 5, 'Optimised'],
    [100, 1, 5, 'Optimised'],
    [95, 0.59, null, 'Insufficient evidence'],
    [null, 0, null, 'Not assessed'],
  ])('score %s with coverage %s is level %s (%s)', (score, coverage, level, label) => {
    const m = maturityOf(score, coverage, 0.6);
    expect(m.level).toBe(level);
    expect(m.label.en).toBe(label);
    expect(m.insufficientEvidence).toBe(level === null);
  });
});
