/**
 * The evidence registry is the one list of keys: every key a run writes is registered,
 * and every registered key has a producer that writes it. Checked on a real gathering
 * (the example retailer crawled and measured by the built CLI), not on a list kept by
 * hand beside the code.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_KEYS, keysOf, type EvidenceKey, type EvidenceProducer } from '../../src/evidence/keys.js';
import { buildLighthouseEvidence } from '../../src/lighthouse/evidence.js';
import { cli } from '../helpers/cli.js';

const PRODUCERS: EvidenceProducer[] = ['crawl', 'measure.freshness', 'measure.availability', 'measure.channels', 'measure.hours', 'measure.alignment', 'lighthouse', 'account', 'journeys', 'data'];
const registered = Object.keys(EVIDENCE_KEYS) as EvidenceKey[];

describe('the registry', () => {
  it('gives every key a known producer and the source the README shows', () => {
    for (const k of registered) {
      expect(PRODUCERS, k).toContain(EVIDENCE_KEYS[k].producer);
      expect(['probe', 'lighthouse', 'data'], k).toContain(EVIDENCE_KEYS[k].source);
    }
  });

  it('has keys for every producer, and the producers split the keys between them', () => {
    for (const p of PRODUCERS) expect(keysOf(p).length, p).toBeGreaterThan(0);
    expect(PRODUCERS.flatMap((p) => keysOf(p)).sort()).toEqual([...registered].sort());
  });

  it('Lighthouse writes exactly its registered keys, even with no page to audit', () => {
    expect(Object.keys(buildLighthouseEvidence([])).sort()).toEqual([...keysOf('lighthouse')].sort());
  });
});

describe('a real gathering writes only registered keys, and every key of the producers that ran', () => {
  let dir: string;
  let evidence: Record<string, { value?: unknown; error?: unknown; missing?: string }>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-registry-'));
    const r = cli(['audit', '--serve', 'examples/tienda-andina/site', '-p', 'examples/tienda-andina/profile.yaml', '--no-lighthouse', '--gather-only', dir], { timeout: 180_000 });
    expect(r.code, r.stderr).toBe(0);
    evidence = JSON.parse(readFileSync(path.join(dir, 'evidence.json'), 'utf8')).evidence;
  }, 200_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes no key the registry does not know', () => {
    expect(Object.keys(evidence).filter((k) => !(k in EVIDENCE_KEYS))).toEqual([]);
  });

  it.each(['crawl', 'measure.freshness', 'measure.availability', 'measure.channels', 'measure.hours', 'measure.alignment', 'lighthouse', 'account', 'journeys'] as const)('writes every key of %s', (producer) => {
    expect(keysOf(producer).filter((k) => !(k in evidence))).toEqual([]);
  });
});
