/**
 * Every built-in check has its table of cases (test/checklists/cases/<area>.ts), and
 * every case gives the state and the sentences the table states. A new check without a
 * table fails here, as does a table for a check that no longer exists.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChecklists } from '../../src/checklists/load.js';
import { runCase, type CaseTable } from './check-tester.js';

const { checklists } = readChecklists();
const tables = new Map<string, CaseTable>();
for (const f of readdirSync(new URL('./cases/', import.meta.url)).filter((x) => x.endsWith('.ts'))) {
  tables.set(f.replace(/\.ts$/, ''), (await import(`./cases/${f}`)).default as CaseTable);
}

describe('CheckTester: every built-in check has a table', () => {
  it.each(checklists.map((l) => [l.id, l] as const))('%s: a table per check, with a passing and a non-passing case', (id, list) => {
    const table = tables.get(id);
    expect(table, `test/checklists/cases/${id}.ts`).toBeDefined();
    for (const c of list.checks) {
      const cases = table![c.id];
      expect(cases, `cases for ${c.id}`).toBeDefined();
      expect(cases.some((x) => x.status === 'pass'), `${c.id} has a passing case`).toBe(true);
      expect(cases.some((x) => x.status === 'fail' || x.status === 'partial'), `${c.id} has a failing case`).toBe(true);
    }
  });

  it('names no check that does not exist', () => {
    const known = new Set(checklists.flatMap((l) => l.checks.map((c) => c.id)));
    const stray = [...tables.values()].flatMap((t) => Object.keys(t)).filter((id) => !known.has(id));
    expect(stray).toEqual([]);
  });
});

for (const list of checklists) {
  const table = tables.get(list.id) ?? {};
  describe(`CheckTester: ${list.id}`, () => {
    for (const def of list.checks) {
      const cases = table[def.id] ?? [];
      it.each(cases.map((c, i) => [c.name ?? c.status, i, c] as const))(`${def.id}: %s (#%i)`, (_name, _i, c) => {
        expect(runCase(def, list.id, c)).toEqual({ status: c.status, en: c.en, es: c.es });
      });
    }
  });
}
