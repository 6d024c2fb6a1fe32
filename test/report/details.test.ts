/**
 * A consistency score is only useful with its differences beside it: the NAP check
 * carries `details: [site.alignment.differences]`, and every report shows them side
 * by side (declared vs found, with the page).
 */
import { describe, expect, it } from 'vitest';
import { auditProfile } from '../../src/audit.js';
import { renderHtml } from '../../src/report/html.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { Evidence } from '../../src/types.js';
import { NOW } from './fixtures.js';

const evidence: Evidence = {
  'site.alignment.napScore': { value: 62.5, sources: [{ url: 'https://www.tiendaandina.example/tiendas/' }], origin: 'probe' },
  'site.alignment.differences': {
    value: [
      { location: 'Tienda El Poblado', field: 'hours', declared: 'Mo-Sa 10:00-20:00', found: 'Mo-Sa 10:00-21:00', url: 'https://www.tiendaandina.example/tiendas/' },
      { location: 'Tienda Centro', field: 'phone', declared: '+57 601 555 0140', found: '<script>alert(1)</script>', url: 'javascript:alert(1)' },
    ],
    sources: [],
    origin: 'probe',
  },
};

describe('differences shown beside a consistency score', () => {
  const report = auditProfile({ profile: 'examples/tienda-andina/profile.yaml', evidence, now: NOW });
  const nap = report.checks.find((c) => c.id === 'alignment.nap-consistency')!;

  it('travel with the check result', () => {
    expect(nap.status).toBe('partial');
    expect(nap.details?.[0].key).toBe('site.alignment.differences');
  });

  it('are a side-by-side table in the HTML report, escaped', () => {
    const html = renderHtml(report, { lang: 'es' });
    const table = html.slice(html.indexOf('<caption>site.alignment.differences</caption>'));
    expect(table).toMatch(/<th scope="col">declared<\/th><th scope="col">found<\/th>/);
    expect(table).toContain('<td>Mo-Sa 10:00-20:00</td><td>Mo-Sa 10:00-21:00</td>');
    expect(table).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('href="javascript:');
  });

  it('are listed under the failing check in the terminal', () => {
    const text = renderTerminal(report, { lang: 'en', limit: 500 });
    expect(text).toContain('≠ Tienda El Poblado hours: declared Mo-Sa 10:00-20:00 · on the site Mo-Sa 10:00-21:00 (https://www.tiendaandina.example/tiendas/)');
  });
});

// A measure's note in a record (a channel whose declared hours could not be read) is a
// catalogue message: the table says it in the reader's language, never as raw JSON.
describe('notes inside a table of records', () => {
  const hours: Evidence = {
    'site.hours.coverage247': { value: 0.3, sources: [], origin: 'probe' },
    'site.hours.byChannel': {
      value: [{ channel: 'phone', value: '+57 601 555 0140', notes: [{ id: 'evidence.hours.channelUnreadable', values: { hours: 'cuando <b>se</b> pueda' } }] }],
      sources: [],
      origin: 'probe',
    },
  };
  const report = auditProfile({ profile: 'examples/tienda-andina/profile.yaml', evidence: hours, now: NOW });

  it.each([
    ['es', 'no se pudo leer el horario declarado &quot;cuando &lt;b&gt;se&lt;/b&gt; pueda&quot;'],
    ['en', 'declared hours &quot;cuando &lt;b&gt;se&lt;/b&gt; pueda&quot; could not be read'],
  ] as const)('are worded in the report\'s language (%s), escaped', (lang, said) => {
    const html = renderHtml(report, { lang });
    const table = html.slice(html.indexOf('<caption>site.hours.byChannel</caption>'));
    expect(table).toContain(`<td>${said}</td>`);
    expect(table).not.toContain('evidence.hours.channelUnreadable');
  });
});
