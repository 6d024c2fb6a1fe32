/** One fact, one score: no two scored checks read the same evidence or question without a declared reason. */
import { describe, expect, it } from 'vitest';
import { readChecklists } from '../../src/checklists/load.js';
import { undeclaredSharedFacts } from '../../src/checklists/overlap.js';
import type { CheckDef, Checklist } from '../../src/types.js';

const check = (id: string, extra: Partial<CheckDef>): CheckDef => ({
  id, title: { en: id, es: id }, failureTitle: { en: id, es: id }, why: { en: id, es: id }, remediation: { en: id, es: id },
  basis: ['HT-1'], weight: 1, severity: 'low', ...extra,
});
const list = (...checks: CheckDef[]): Checklist[] => [{ id: 'a', version: '1.0.0', title: { en: 'A', es: 'A' }, weight: 1, checks }];
const reason = { en: 'why both', es: 'por qué ambas' };

describe('one fact, one score', () => {
  it('holds for the built-in checklists', () => {
    expect(undeclaredSharedFacts(readChecklists().checklists)).toEqual([]);
  });

  it.each([
    { name: 'two scored checks on one key', checks: [check('a.x', { evidence: 'site.https' }), check('a.y', { evidence: 'site.https' })], want: [{ fact: 'site.https', checks: ['a.x', 'a.y'] }] },
    { name: 'a key inside anyOf counts too', checks: [check('a.x', { evidence: { anyOf: ['site.https', 'lighthouse.https'] } }), check('a.y', { evidence: 'lighthouse.https' })], want: [{ fact: 'lighthouse.https', checks: ['a.x', 'a.y'] }] },
    { name: 'a relation declared on either side is enough', checks: [check('a.x', { evidence: 'site.https' }), check('a.y', { evidence: 'site.https', related: [{ check: 'a.x', reason }] })], want: [] },
    { name: 'an advisory check is not scored, so it does not count twice', checks: [check('a.x', { evidence: 'site.https' }), check('a.y', { evidence: 'site.https', advisory: true })], want: [] },
    { name: 'a relation to a third check does not cover the pair', checks: [check('a.x', { evidence: 'site.https' }), check('a.y', { evidence: 'site.https', related: [{ check: 'a.z', reason }] }), check('a.z', { evidence: 'site.lang' })], want: [{ fact: 'site.https', checks: ['a.x', 'a.y'] }] },
  ])('$name', ({ checks, want }) => {
    expect(undeclaredSharedFacts(list(...checks))).toEqual(want);
  });
});
