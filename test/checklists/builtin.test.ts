import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChecklists } from '../../src/checklists/load.js';
import { BASIS_IDS } from '../../src/checklists/basis.js';
import { EVIDENCE_KEYS, isKnownEvidenceKey } from '../../src/evidence/keys.js';
import { LANGS } from '../../src/types.js';

const { checklists, problems } = readChecklists();
const checks = checklists.flatMap((l) => l.checks);

describe('built-in checklists', () => {
  it('all validate, with no problem of any kind', () => {
    expect(problems).toEqual([]);
    expect(checklists.length).toBeGreaterThanOrEqual(9);
  });

  it('cover the areas the product promises', () => {
    expect(checklists.map((l) => l.id).sort()).toEqual(
      expect.arrayContaining(['gaps', 'self-service', 'freshness', 'channels', 'alignment', 'customer-view', 'measurement', 'service-model', 'web-quality']),
    );
  });

  it('cite every basis id of DOMAIN.md at least once', () => {
    const cited = new Set(checks.flatMap((c) => c.basis));
    const uncited = [...BASIS_IDS].filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });

  // shared/ sits beside the project's folder on the team's machines and in CI; a
  // clone elsewhere has no DOMAIN.md to compare with.
  const domainFile = new URL('../../../shared/DOMAIN.md', import.meta.url);
  it.skipIf(!existsSync(domainFile))('cite only basis ids that DOMAIN.md defines', () => {
    const domain = readFileSync(domainFile, 'utf8');
    for (const id of BASIS_IDS) expect(domain, `${id} in DOMAIN.md`).toContain(`**${id}`);
  });

  it.each(checks.map((c) => [c.id, c] as const))('%s is bilingual, weighted and has one way to get evidence', (_id, c) => {
    for (const field of ['title', 'failureTitle', 'why', 'remediation'] as const) {
      for (const lang of LANGS) expect(c[field][lang].trim().length, `${field}.${lang}`).toBeGreaterThan(3);
      // A Spanish text identical to the English one is an untranslated text.
      expect(c[field].es, `${field} translated`).not.toBe(c[field].en);
    }
    expect(c.weight).toBeGreaterThan(0);
    expect(Boolean(c.question) !== Boolean(c.evidence)).toBe(true);
    if (c.question) {
      for (const lang of LANGS) expect(c.question.prompt[lang].length).toBeGreaterThan(10);
      for (const o of c.question.options ?? []) expect(o.label.es).toBeTruthy();
    }
  });

  it('name only registered evidence keys, each documented', () => {
    for (const c of checks.filter((x) => x.evidence)) {
      const keys = typeof c.evidence === 'string' ? [c.evidence] : c.evidence!.anyOf;
      for (const k of keys) expect(isKnownEvidenceKey(k), `${c.id} → ${k}`).toBe(true);
    }
  });

  it('document every evidence key in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const undocumented = Object.keys(EVIDENCE_KEYS).filter((k) => !readme.includes(`\`${k}\``));
    expect(undocumented).toEqual([]);
  });
});
