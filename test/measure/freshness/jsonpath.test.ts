import { describe, expect, it } from 'vitest';
import { jsonPath, parseJsonPath } from '../../../src/measure/freshness/jsonpath.js';

describe('JSONPath subset', () => {
  const doc = { data: { updatedAt: '2026-11-24T11:50:00Z', 'last-sync': 1795000000 }, items: [{ ts: 'a' }, { ts: 'b' }, { ts: 'c' }] };
  it.each([
    ['$.data.updatedAt', ['2026-11-24T11:50:00Z']],
    ["$['data']['last-sync']", [1795000000]],
    ['$.items[0].ts', ['a']],
    ['$.items[-1].ts', ['c']],
    ['$.items[*].ts', ['a', 'b', 'c']],
    ['$.data.*', ['2026-11-24T11:50:00Z', 1795000000]],
    ['$.nothing.here', []],
    ['$.items[9]', []],
  ])('%s', (path, values) => {
    expect(jsonPath(doc, path)).toEqual(values);
  });

  it.each(['data.updatedAt', '$..deep', '$.items[?(@.ts)]'])('refuses %s with the reason', (path) => {
    expect(jsonPath(doc, path)).toEqual({ error: expect.stringMatching(/path starts with|unsupported JSONPath/) });
  });
});

describe('JSONPath steps', () => {
  it.each([
    ['$', []],
    ['$.data.updatedAt', [{ key: 'data' }, { key: 'updatedAt' }]],
    ["$['last-sync']", [{ key: 'last-sync' }]],
    ['$.items[-1]', [{ key: 'items' }, { index: -1 }]],
    ['$.items[*].ts', [{ key: 'items' }, { all: true }, { key: 'ts' }]],
    ['$.*', [{ all: true }]],
  ])('%s', (path, steps) => {
    expect(parseJsonPath(path)).toEqual(steps);
  });

  it('names the part it does not support', () => {
    expect(parseJsonPath('$.items[?(@.ts)]')).toEqual({ error: `unsupported JSONPath at "[?(@.ts)]" (supported: .name, ['name'], [n], [-n], [*])` });
  });
});
