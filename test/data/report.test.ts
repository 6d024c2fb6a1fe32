/**
 * Exported figures in the HTML deliverable: the p50/p90 chart per channel, the
 * provenance worded in the reader's language even when the audit ran in another,
 * and a channel name from a client's file escaped like any other content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch, ROOT } from '../helpers/cli.js';
import { channelTimesChart } from '../../src/report/data-chart.js';

describe('exported figures in the HTML report', () => {
  it('draws the channel chart and words the provenance in the reader\'s language', () => {
    const dir = scratch();
    const json = path.join(dir, 'report.json');
    const a = cli(['audit', '-c', path.join(ROOT, 'examples', 'tienda-andina', 'readiness.config.yaml'), '--format', 'json', '--out', json, '--lang', 'en']);
    expect(a.code, a.stderr).toBe(0);
    const html = path.join(dir, 'report.html');
    const r = cli(['report', json, '--format', 'html', '--out', html, '--lang', 'es']);
    expect(r.code, r.stderr).toBe(0);
    const body = readFileSync(html, 'utf8');
    expect(body).toContain('<title id="dc-title">Tiempos de respuesta y de solución por canal (p50 y p90)</title>');
    expect(body).toMatch(/zendesk-tickets-2026q3\.csv · 1 de jul de 2026 – 30 de sept de 2026 · 2\.603 filas, 3 excluidas · n = 2\.55\d/);
    expect(body).toMatch(/el perfil también indica 5 h \(Zendesk export/);
    expect(body).not.toMatch(/<script/i);
  });

  it('escapes what came from the file', () => {
    const svg = channelTimesChart([{ channel: '<img src=x onerror=alert(1)>', responded: 3, firstResponseP50: 60_000, firstResponseP90: 600_000 }], 'en');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
  });
});
