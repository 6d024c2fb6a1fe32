import { describe, expect, it } from 'vitest';
import { asReportDiff, diffReports, renderDiffMarkdown, renderDiffText } from '../../src/report/diff.js';
import { render } from '../../src/report/index.js';
import { check, makeReport } from './fixtures.js';
import { tableProblems } from './markdown.js';
import { findAll, parseXml } from './xml.js';

// Two known audits of the same organisation, three months apart.
const base = makeReport([
  check('channels.phone', { status: 'pass' }),
  check('channels.email', { status: 'fail', severity: 'high' }),
  check('channels.chat', { status: 'partial', score: 0.4 }),
  check('channels.hours', { status: 'unknown' }),
  check('channels.form', { status: 'partial', score: 0.5 }),
  check('channels.old', { status: 'fail' }),
  check('measurement.nps', { status: 'pass' }),
  check('legacy.fax', { status: 'pass' }),
], { generatedAt: '2026-08-24T12:00:00.000Z' });

const head = makeReport([
  check('channels.phone', { status: 'fail', severity: 'critical' }), // started failing
  check('channels.email', { status: 'pass' }), // stopped failing
  check('channels.chat', { status: 'partial', score: 0.7 }), // same state, better score
  check('channels.hours', { status: 'pass' }), // unknown → pass: changed
  check('channels.form', { status: 'fail' }), // partial → fail: still failing, changed
  check('channels.whatsapp', { status: 'fail' }), // new, failing
  check('measurement.nps', { status: 'pass' }), // unchanged
  check('self-service.tracking', { status: 'unknown' }), // new area
]);

describe('diffReports', () => {
  const d = diffReports(base, head);

  it('computes the overall and per-area deltas', () => {
    // base: channels (1 + 0 + 0.4 + 0.5 + 0) / 5 = 38; measurement 100; legacy 100 → 79.3
    // head: channels (0 + 1 + 0.7 + 1 + 0 + 0) / 6 = 45; measurement 100 → 72.5
    expect(base.score).toBe(79.3);
    expect(head.score).toBe(72.5);
    expect(d.score).toEqual({ base: 79.3, head: 72.5, delta: -6.8 });
    expect(d.areas.map((a) => [a.id, a.base, a.head, a.delta, a.added ?? false, a.removed ?? false])).toEqual([
      ['channels', 38, 45, 7, false, false],
      ['measurement', 100, 100, 0, false, false],
      ['self-service', null, null, null, true, false],
      ['legacy', 100, null, null, false, true],
    ]);
  });

  it('lists the checks that started and stopped failing, and the other changes', () => {
    expect(d.startedFailing.map((c) => [c.id, c.from, c.to])).toEqual([['channels.phone', 'pass', 'fail']]);
    expect(d.startedFailing[0]!.title.en).toBe('Failure of channels.phone');
    expect(d.stoppedFailing.map((c) => [c.id, c.from, c.to])).toEqual([['channels.email', 'fail', 'pass']]);
    expect(d.changed.map((c) => [c.id, c.from, c.to, c.fromScore, c.toScore])).toEqual([
      ['channels.chat', 'partial', 'partial', 0.4, 0.7],
      ['channels.form', 'partial', 'fail', 0.5, 0],
      ['channels.hours', 'unknown', 'pass', null, 1],
    ]);
    expect(d.added.map((c) => [c.id, c.status])).toEqual([['channels.whatsapp', 'fail'], ['self-service.tracking', 'unknown']]);
    expect(d.removed.map((c) => c.id)).toEqual(['channels.old', 'legacy.fax']);
  });

  it('a report compared with itself has no changes', () => {
    const same = diffReports(head, head);
    expect(same.score.delta).toBe(0);
    expect([...same.startedFailing, ...same.stoppedFailing, ...same.changed, ...same.added, ...same.removed]).toEqual([]);
    expect(renderDiffText(same, 'en')).toContain('No check changed state.');
  });

  it('survives a JSON round trip and is recognised in report.diff', () => {
    expect(asReportDiff(JSON.parse(JSON.stringify(d)))).toEqual(d);
    expect(asReportDiff({ score: 1 })).toBeUndefined();
    expect(asReportDiff({ ...d, startedFailing: [{ id: 'x' }] })).toBeUndefined();
    expect(asReportDiff(undefined)).toBeUndefined();
  });

  it('renders as text and Markdown in both languages', () => {
    const text = renderDiffText(d, 'en');
    expect(text).toContain('Overall: 79.3 → 72.5 (−6.8)');
    expect(text).toMatch(/Started failing \(1\)\n {2}✗ channels\.phone {2}pass → fail/);
    expect(text).toMatch(/channels\.chat {2}partial 40 → partial 70/);
    const es = renderDiffText(d, 'es');
    expect(es).toContain('Global: 79,3 → 72,5 (−6,8)');
    expect(es).toContain('Empezaron a fallar (1)');
    const md = renderDiffMarkdown(d, 'en');
    expect(tableProblems(md)).toEqual([]);
    expect(md).toContain('| `channels.phone` Failure of channels.phone | pass | fail | expectation of channels.phone |');
  });

  it('every format shows the diff stored in report.diff', async () => {
    const withDiff = { ...head, diff: d };
    expect(await render(withDiff, 'terminal', { lang: 'en' })).toContain('Started failing (1)');
    expect(await render(withDiff, 'md', { lang: 'en' })).toContain('### Compared with the baseline');
    const html = (await render(withDiff, 'html', { lang: 'en' })) as string;
    expect(html).toContain('id="diff"');
    expect(html).toMatch(/Started failing \(1\)[\s\S]*channels\.phone/);
    expect(JSON.parse((await render(withDiff, 'json', { lang: 'en' })) as string).diff).toEqual(d);
    const junit = parseXml((await render(withDiff, 'junit', { lang: 'en' })) as string);
    const props = findAll(junit, 'property').filter((p) => p.attrs.name === 'delta').map((p) => p.attrs.value);
    expect(props).toEqual(['+7', '±0', '—']);
    expect(await render(withDiff, 'github', { lang: 'en' })).toContain('::warning title=Started failing::channels.phone: Failure of channels.phone');
  });
});
