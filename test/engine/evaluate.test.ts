import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Checklist, CheckDef, Profile } from '../../src/types.js';

const L = (en: string) => ({ en, es: `${en} (es)` });
const check = (id: string, extra: Partial<CheckDef>): CheckDef => ({
  id, title: L(id), failureTitle: L(`not ${id}`), why: L('why'), remediation: L('fix'),
  basis: ['HT-1'], weight: 1, severity: 'high', ...extra,
});

const list: Checklist = {
  id: 'demo', version: '1.0.0', title: L('Demo'), weight: 1,
  checks: [
    check('demo.phones', { evidence: 'site.contact.phones', test: { op: 'nonEmpty' } }),
    check('demo.https', { evidence: 'site.https', test: { op: 'isTrue' } }),
    check('demo.first-response', { evidence: 'data.tickets.firstResponseP90', test: { op: 'lte', value: '1h', partialAt: '9h' } }),
    check('demo.closed-loop', { appliesWhen: { serviceModel: ['MOD-1'] }, question: { id: 'demo.closed-loop', prompt: L('?'), type: 'yesNo' } }),
    check('demo.model', { question: { id: 'demo.model', prompt: L('?'), type: 'yesNo' } }),
    check('demo.training', { question: { id: 'demo.training', prompt: L('?'), type: 'yesNo' } }),
    check('demo.hours', { question: { id: 'demo.hours', prompt: L('?'), type: 'choice', options: [{ value: 'a', label: L('a'), score: 1 }, { value: 'none', label: L('none'), score: null }] } }),
    check('demo.whatsapp', { evidence: 'site.contact.whatsapp', test: { evaluator: 'declared-channel-shown', channel: 'whatsapp' } }),
  ],
};

const profile: Profile = {
  organisation: { name: 'Demo S.A.S.', country: 'CO', businessModel: 'b2c', serviceModel: 'MOD-2' },
  channels: [{ type: 'whatsapp', value: '+57 300 123 4567' }],
  metrics: { 'data.tickets.firstResponseP90': { value: '5h', source: 'helpdesk export' } },
  answers: { 'demo.model': true, 'demo.training': { status: 'dont-know' }, 'demo.hours': 'none' },
  waivers: [
    { check: 'demo.https', owner: 'CTO', justification: 'migration in January', expires: '2027-01-31' },
    { check: 'demo.model', owner: 'COO', justification: 'old', expires: '2026-06-30' },
  ],
};

const now = new Date('2026-11-24T00:00:00Z');

describe('evaluate', () => {
  const report = evaluate({
    checklists: [list], profile, now,
    evidence: {
      'site.contact.phones': { value: ['+576015550123'], sources: [{ url: 'http://x/contacto', snippet: '(601) 555 0123' }], origin: 'probe' },
      'site.https': { value: false, sources: [], origin: 'probe' },
      'site.contact.whatsapp': { value: ['+573009999999'], sources: [{ url: 'http://x/' }], origin: 'probe' },
    },
  });
  const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));

  it.each([
    ['demo.phones', 'pass', 'observed evidence that meets the test passes'],
    ['demo.https', 'waived', 'a valid waiver turns a failure into waived'],
    ['demo.first-response', 'partial', 'a data figure between target and partialAt is partial'],
    ['demo.closed-loop', 'not-applicable', 'a check for another service model does not apply'],
    ['demo.model', 'pass', 'an answered yes/no question passes on yes'],
    ['demo.training', 'unknown', '"don\'t know" is unknown, never "no"'],
    ['demo.hours', 'not-applicable', 'an option scored null makes the check not applicable'],
    ['demo.whatsapp', 'fail', 'a declared WhatsApp line the site never shows fails'],
  ])('%s is %s: %s', (id, status) => {
    expect(byId[id].status).toBe(status);
  });

  it('keeps the provenance of observed evidence', () => {
    expect(byId['demo.phones'].evidence.sources[0]).toEqual({ url: 'http://x/contacto', snippet: '(601) 555 0123' });
  });

  it('explains a partial data check with the measured figure and the target', () => {
    expect(byId['demo.first-response'].score).toBe(0.5);
    expect(byId['demo.first-response'].expectation.en).toContain('is 5 h; target ≤ 1 h');
    expect(byId['demo.first-response'].evidence.sources[0].note).toBe('helpdesk export');
  });

  it('says which declared number is missing from the site', () => {
    expect(byId['demo.whatsapp'].expectation.en).toContain('+57 300 123 4567 not found');
  });

  it('reports an expired waiver and stops applying it', () => {
    expect(byId['demo.model'].waiver?.expired).toBe(true);
    expect(report.expiredWaivers.map((w) => w.check)).toEqual(['demo.model']);
  });

  it('scores only pass/partial/fail, weighted, and reports coverage', () => {
    // scored: phones 1, first-response 0.5, model 1, whatsapp 0 → 2.5 / 4
    expect(report.areas[0].score).toBe(62.5);
    // applicable (excluding n/a and waived): 4 scored + 1 unknown (training)
    expect(report.areas[0].coverage).toBe(0.8);
    expect(report.areas[0].counts).toMatchObject({ pass: 2, partial: 1, fail: 1, unknown: 1, waived: 1, 'not-applicable': 2 });
  });

  it('marks evidence that was never gathered as unknown with the reason', () => {
    const r = evaluate({ checklists: [list], profile, now });
    const phones = r.checks.find((c) => c.id === 'demo.phones')!;
    expect(phones.status).toBe('unknown');
    expect(phones.reason?.en).toBe('the site was not probed (site.contact.phones)');
  });

  it('turns a probe failure into an error state that keeps the reason', () => {
    const r = evaluate({
      checklists: [list], profile, now,
      evidence: { 'site.contact.phones': { error: { code: 'TIMEOUT', message: 'navigation timeout of 15000 ms' }, sources: [] } },
    });
    const phones = r.checks.find((c) => c.id === 'demo.phones')!;
    expect(phones.status).toBe('error');
    expect(phones.reason?.en).toBe('TIMEOUT: navigation timeout of 15000 ms');
  });

  it('is pure: the same inputs give the same report', () => {
    const a = evaluate({ checklists: [list], profile, now });
    const b = evaluate({ checklists: [list], profile, now });
    expect(a).toEqual(b);
  });
});
