/** What `readiness checklists <check-id>` says about a check's test and applicability, in both languages. */
import { describe, expect, it } from 'vitest';
import { describeApplicability, describeTest } from '../../src/checklists/stats-text.js';
import type { Applicability, TestSpec } from '../../src/types.js';

describe('describeTest', () => {
  it.each<[string, TestSpec, string, string]>([
    ['a duration target with partial credit', { op: 'lte', value: '1h', partialAt: '8h', subject: { en: 'first response p90', es: 'primera respuesta p90' } },
      'first response p90: target ≤ 1 h, partial credit down to 8 h', 'primera respuesta p90: meta ≤ 1 h, crédito parcial hasta 8 h'],
    ['a percent target with a minimum sample', { op: 'gte', value: 0.95, format: 'percent', minSample: 30 },
      'target ≥ 95 %; judged from 30 records or more', 'meta ≥ 95 %; se juzga con 30 registros o más'],
    ['labelled ids, every one named', { op: 'includesAll', value: ['legalName', 'taxId', 'address', 'phone'], labels: { legalName: { en: 'legal name', es: 'razón social' }, taxId: { en: 'NIT', es: 'NIT' } } },
      'expected all of legal name, NIT, address, phone', 'se espera todos razón social, NIT, address, phone'],
    ['a yes', { op: 'isTrue' }, 'expected yes', 'se espera sí'],
  ])('%s', (_name, test, en, es) => {
    expect(describeTest(test, 'en')).toBe(en);
    expect(describeTest(test, 'es')).toBe(es);
  });
});

describe('describeApplicability', () => {
  it.each<[Applicability, string, string]>([
    [{ country: ['CO'], businessModel: ['b2c'] }, 'organisations in CO; business model B2C (consumers)', 'organizaciones de CO; modelo de negocio B2C (consumidores)'],
    [{ physicalLocations: true }, 'organisations with physical locations', 'organizaciones con sedes físicas'],
  ])('%j', (w, en, es) => {
    expect(describeApplicability(w, 'en')).toBe(en);
    expect(describeApplicability(w, 'es')).toBe(es);
  });
});
