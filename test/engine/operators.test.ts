import { describe, expect, it } from 'vitest';
import { operators } from '../../src/engine/operators.js';
import type { OperatorName, TestSpec } from '../../src/types.js';
import type { ValueFormat } from '../../src/engine/format.js';

const now = new Date('2026-11-24T12:00:00Z');

interface Row {
  op: OperatorName;
  actual: unknown;
  test: Omit<TestSpec, 'op'>;
  score: number | null;
  /** A fragment the English expectation sentence must contain. */
  says: string;
  format?: ValueFormat;
}

// Each row reads: operator, measured value, test as written in YAML → score and sentence.
const rows: Row[] = [
  { op: 'gte', actual: 95, test: { value: 90 }, score: 1, says: 'is 95; target ≥ 90' },
  { op: 'gte', actual: 70, test: { value: 90, partialAt: 50 }, score: 0.5, says: 'target ≥ 90' },
  { op: 'gte', actual: 40, test: { value: 90, partialAt: 50 }, score: 0, says: 'is 40' },
  { op: 'gte', actual: 89.9, test: { value: 90 }, score: 0, says: 'is 89.9' },
  { op: 'gt', actual: 90, test: { value: 90 }, score: 0, says: 'target > 90' },
  { op: 'lte', actual: 3_600_000, test: { value: '1h' }, score: 1, format: 'duration', says: 'is 1 h; target ≤ 1 h' },
  { op: 'lte', actual: 11_400_000, test: { value: '1h', partialAt: '8h', subject: { en: 'first response p90', es: 'p90 de primera respuesta' } }, score: 0.69, format: 'duration', says: 'first response p90 is 3 h 10 min; target ≤ 1 h' },
  { op: 'lte', actual: '5h', test: { value: '1h' }, score: 0, format: 'duration', says: 'is 5 h' },
  { op: 'lte', actual: 0.5, test: { value: 0.05, partialAt: 0.2 }, score: 0, format: 'percent', says: 'is 50 %; target ≤ 5 %' },
  { op: 'lt', actual: 1, test: { value: 1 }, score: 0, says: 'target < 1' },
  { op: 'between', actual: 5, test: { min: 1, max: 7 }, score: 1, says: 'between 1 and 7' },
  { op: 'between', actual: 8, test: { min: 1, max: 7 }, score: 0, says: 'is 8' },
  { op: 'eq', actual: 'ES', test: { value: 'es' }, score: 1, says: 'expected es' },
  { op: 'ne', actual: 'none', test: { value: 'none' }, score: 0, says: 'other than none' },
  { op: 'nonEmpty', actual: ['+576015550123'], test: {}, score: 1, says: 'expected at least one' },
  { op: 'nonEmpty', actual: [], test: { subject: { en: 'published phones', es: 'teléfonos' } }, score: 0, says: 'published phones is none' },
  { op: 'empty', actual: [], test: {}, score: 1, says: 'expected none' },
  { op: 'isTrue', actual: true, test: {}, score: 1, says: 'is yes; expected yes' },
  { op: 'isTrue', actual: false, test: {}, score: 0, says: 'is no' },
  { op: 'isFalse', actual: false, test: {}, score: 1, says: 'expected no' },
  { op: 'includes', actual: ['tawk', 'generic'], test: { value: 'Tawk' }, score: 1, says: 'to include Tawk' },
  { op: 'includesAll', actual: ['phone', 'email'], test: { value: ['phone', 'email', 'chat', 'whatsapp'] }, score: 0.5, says: 'missing chat, whatsapp' },
  { op: 'includesAny', actual: ['email'], test: { value: ['chat', 'whatsapp'] }, score: 0, says: 'any of chat, whatsapp' },
  { op: 'countAtLeast', actual: ['a', 'b'], test: { value: 4 }, score: 0.5, says: '2 found; expected at least 4' },
  { op: 'matches', actual: 'es-CO', test: { pattern: '^es' }, score: 1, says: 'to match /^es/' },
  { op: 'matches', actual: 'en', test: { pattern: '^es' }, score: 0, says: 'is en' },
  { op: 'maxAge', actual: '2026-11-20T12:00:00Z', test: { value: '7d' }, score: 1, says: 'age 4 d; target ≤ 7 d' },
  { op: 'maxAge', actual: '2026-10-25T12:00:00Z', test: { value: '7d', partialAt: '37d' }, score: 0.233, says: 'age 30 d' },
  { op: 'maxAge', actual: 90 * 86_400_000, test: { value: '30d' }, score: 0, says: 'age 90 d' },
];

describe('operators', () => {
  it.each(rows)('$op $actual against $test scores $score', ({ op, actual, test, score, says, format }) => {
    const r = operators[op](actual, { op, ...test }, { now, format });
    if (score === null) expect(r.score).toBeNull();
    else expect(r.score).toBeCloseTo(score, 3);
    expect(r.expectation.en).toContain(says);
    // Every sentence exists in Spanish too, and is not the English one.
    expect(r.expectation.es.length).toBeGreaterThan(0);
  });

  it.each<[OperatorName, unknown, Omit<TestSpec, 'op'>]>([
    ['gte', 'lots', { value: 3 }],
    ['isTrue', 'yes please', {}],
    ['nonEmpty', 42, {}],
    ['includes', 'tawk', { value: 'tawk' }],
    ['matches', 12, { pattern: 'x' }],
    ['maxAge', 'last tuesday', { value: '7d' }],
  ])('%s refuses a value of the wrong shape (%j) with a null score and a reason', (op, actual, test) => {
    const r = operators[op](actual, { op, ...test }, { now });
    expect(r.score).toBeNull();
    expect(r.expectation.en).toMatch(/unexpected value/);
    expect(r.expectation.es).toMatch(/valor inesperado/);
  });

  it('writes expectations in Spanish with the Spanish subject', () => {
    const r = operators.lte(11_400_000, { op: 'lte', value: '1h', subject: { en: 'first response p90', es: 'p90 de primera respuesta' } }, { now, format: 'duration' });
    expect(r.expectation.es).toBe('p90 de primera respuesta es 3 h 10 min; meta ≤ 1 h');
  });
});
