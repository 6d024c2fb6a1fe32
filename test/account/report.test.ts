/**
 * The journeys as the reports show them, from journey evidence built the way the probe
 * builds it (journeyEvidence) and scored by the real engine: a row per journey in HTML,
 * Markdown and the terminal, in English and Spanish, with a journey name and a step label
 * that try to break out of their markup escaped, and only a screenshot path this tool
 * writes linked. Pure: no browser.
 */
import { describe, expect, it } from 'vitest';
import { auditProfile } from '../../src/audit.js';
import { journeyEvidence } from '../../src/probes/account/evidence.js';
import type { JourneyRun } from '../../src/probes/account/journeys.js';
import { fault } from '../../src/probes/account/steps.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/md.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { Lang } from '../../src/types.js';

const NOW = new Date('2026-11-15T12:00:00Z');
const stopped = fault('selector-timeout', 'account.fault.selectorTimeout', { selector: '#enviar', duration: { duration: 2000 } });
const RUNS: JourneyRun[] = [
  { name: 'track my order', success: true, signedIn: true, start: 'https://portal.test/cuenta/', steps: 3, stepsDone: 3, actions: 2, pages: 3, timeMs: 1500 },
  {
    name: 'file a <script>alert(1)</script> | complaint', success: false, signedIn: true, start: 'https://portal.test/cuenta/', steps: 4, stepsDone: 3, actions: 3, pages: 3, timeMs: 4200,
    failedAt: { step: 4, label: 'send <b>it</b> | now', action: 'click', target: '#enviar', code: stopped.code, message: stopped.message, reason: stopped.reason },
    screenshot: 'journeys/file-a-complaint-step-4.png',
  },
  { name: 'evil shot', success: false, signedIn: true, start: 'https://portal.test/', steps: 1, stepsDone: 0, actions: 0, pages: 1, timeMs: 10, failedAt: { step: 1, label: 'x', action: 'click', target: 'x', code: stopped.code, message: stopped.message, reason: stopped.reason }, screenshot: 'javascript:alert(1)' },
];

const report = (lang: Lang) => auditProfile({ profile: 'examples/tienda-andina/profile.yaml', evidence: journeyEvidence(RUNS), now: NOW, lang });

describe('journeys in the reports', () => {
  it('the effort check is an error naming the journey and the step where one stopped', () => {
    const c = report('en').checks.find((x) => x.id === 'measurement.journey-effort')!;
    expect(c.status).toBe('error');
    expect(JSON.stringify(c)).toContain('stopped at step 4');
  });

  it('passes when every journey completes within the effort target', () => {
    const r = auditProfile({ profile: 'examples/tienda-andina/profile.yaml', evidence: journeyEvidence([RUNS[0]!]), now: NOW });
    const c = r.checks.find((x) => x.id === 'measurement.journey-effort')!;
    expect(c.status).toBe('pass');
    expect(c.expectation.en).toBe('most customer actions (clicks, fields, choices, downloads) in a journey is 2; target ≤ 5');
  });

  it.each(['en', 'es'] as const)('HTML (%s): a row per journey, escaped, only our screenshot linked', (lang) => {
    const html = renderHtml(report(lang), { lang });
    expect(html).toContain(lang === 'en' ? 'Customer journeys' : 'Recorridos del cliente');
    expect(html).toContain('<th scope="row">track my order</th>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('file a &lt;script&gt;alert(1)&lt;/script&gt; | complaint');
    expect(html).toContain('send &lt;b&gt;it&lt;/b&gt; | now');
    expect(html).toContain('href="journeys/file-a-complaint-step-4.png"');
    expect(html).not.toContain('javascript:alert(1)');
  });

  it.each(['en', 'es'] as const)('Markdown (%s): a table whose cells cannot break it', (lang) => {
    const md = renderMarkdown(report(lang), { lang });
    const rows = md.split('\n').filter((l) => l.startsWith('| track my order') || l.startsWith('| file a'));
    expect(rows).toHaveLength(2);
    // Six cells each: the pipes in the name and label are escaped.
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(md).not.toContain('<script>');
    expect(md).toContain(lang === 'en' ? '"#enviar" did not appear within 2 s' : '"#enviar" no apareció en 2 s');
  });

  it('terminal: one line per journey and where it stopped', () => {
    const out = renderTerminal(report('en'), { lang: 'en', color: false });
    expect(out).toContain('track my order: completed — 2 actions, 3 pages, 1.5 s');
    expect(out).toContain('step 4 (send <b>it</b> | now): "#enviar" did not appear within 2 s (journeys/file-a-complaint-step-4.png)');
  });
});
