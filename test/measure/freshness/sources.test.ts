import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type http from 'node:http';
import { loadChecklists } from '../../../src/checklists/load.js';
import { evaluateCheck } from '../../../src/engine/evaluate.js';
import { measureFreshness } from '../../../src/measure/freshness/index.js';
import { readFreshnessSource } from '../../../src/measure/freshness/sources.js';
import type { FreshnessSourceConfig, FreshnessSourceResult } from '../../../src/measure/freshness/types.js';
import type { Profile } from '../../../src/types.js';
import { serveHandler, type Served } from '../helpers.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const ctxBase = { now: NOW, timeZone: 'America/Bogota', locale: 'es-CO', fetch: { timeoutMs: 500 }, mapUrl: (u: string) => u };

describe('configured freshness sources', () => {
  let server: Served;
  const hanging: http.ServerResponse[] = [];
  beforeAll(async () => {
    server = await serveHandler((req, res) => {
      const p = new URL(req.url ?? '/', 'http://x').pathname;
      const json = (o: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(o));
      switch (p) {
        case '/status.json': return json({ data: { updatedAt: '2026-11-24T11:50:00Z' }, feeds: [{ at: '2026-11-20T00:00:00Z' }, { at: '2026-11-24T09:00:00Z' }] });
        case '/epoch.json': return json({ lastSync: Math.floor(Date.parse('2026-11-24T08:00:00Z') / 1000) });
        case '/stale.json': return json({ data: { updatedAt: '2026-11-21T12:00:00Z' } });
        case '/bad.json': return json({ data: { updatedAt: 'pronto' } });
        case '/future.json': return json({ data: { updatedAt: '2027-03-01T00:00:00Z' } });
        case '/html.json': res.writeHead(200, { 'content-type': 'text/html' }).end('<html>not json</html>'); return;
        case '/header': res.writeHead(200, { 'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT', 'x-data-date': 'mañana' }).end('ok'); return;
        case '/page.html':
          res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Estado de pedidos</h1><p class="updated">Actualizado el 23/11/2026 a las 6:00 p.m.</p><p>Datos con corte al 20 de noviembre de 2026.</p><p id="nodate">Sin fecha</p></body></html>');
          return;
        case '/sitemap.xml':
          res.writeHead(200, { 'content-type': 'application/xml' }).end('<urlset><url><loc>https://x/</loc><lastmod>2026-11-23</lastmod></url></urlset>');
          return;
        case '/slow': hanging.push(res); return;
        default: res.writeHead(404).end();
      }
    });
  });
  afterAll(async () => {
    hanging.forEach((r) => r.destroy());
    await server.close();
  });

  const src = (over: Partial<FreshnessSourceConfig> & Pick<FreshnessSourceConfig, 'source'>): FreshnessSourceConfig => ({ name: over.name ?? 'feed', warnAfter: '1h', errorAfter: '1d', ...over, url: server.url + (over.url ?? '') });

  it.each<[string, Partial<FreshnessSourceConfig> & Pick<FreshnessSourceConfig, 'source'>, Partial<FreshnessSourceResult>]>([
    ['json path, fresh', { source: 'json', url: 'status.json', path: '$.data.updatedAt' }, { status: 'fresh', timestamp: '2026-11-24T11:50:00.000Z', age: 600_000 }],
    ['json wildcard, newest wins', { source: 'json', url: 'status.json', path: '$.feeds[*].at' }, { status: 'warn', timestamp: '2026-11-24T09:00:00.000Z' }],
    ['json epoch seconds', { source: 'json', url: 'epoch.json', path: '$.lastSync' }, { status: 'warn', age: 4 * 3_600_000 }],
    ['json, stale', { source: 'json', url: 'stale.json', path: '$.data.updatedAt' }, { status: 'stale', age: 3 * 86_400_000 }],
    ['header Last-Modified', { source: 'header', url: 'header' }, { status: 'warn', age: 2 * 3_600_000, readAt: `${'URL'}header header last-modified` }],
    ['page selector', { source: 'page', url: 'page.html', selector: 'p.updated', warnAfter: '1d', errorAfter: '7d' }, { status: 'warn', timestamp: '2026-11-23T05:00:00.000Z' }],
    ['page pattern', { source: 'page', url: 'page.html', pattern: 'corte al ([^.]+)', warnAfter: '1d', errorAfter: '7d' }, { status: 'warn', timestamp: '2026-11-20T05:00:00.000Z' }],
    ['page, newest date in the text', { source: 'page', url: 'page.html', warnAfter: '2d', errorAfter: '7d' }, { status: 'fresh', timestamp: '2026-11-23T05:00:00.000Z' }],
    ['sitemap', { source: 'sitemap', url: 'sitemap.xml', warnAfter: '2d', errorAfter: '7d' }, { status: 'fresh', timestamp: '2026-11-23T05:00:00.000Z' }],
  ])('%s', async (_n, cfg, expected) => {
    const r = await readFreshnessSource(src(cfg), ctxBase);
    expect(r).toMatchObject({ ...expected, ...(expected.readAt ? { readAt: expected.readAt.replace('URL', server.url) } : {}) });
  });

  it.each<[string, Partial<FreshnessSourceConfig> & Pick<FreshnessSourceConfig, 'source'>, RegExp]>([
    ['an unparseable date', { source: 'json', url: 'bad.json', path: '$.data.updatedAt' }, /unparseable date at \$\.data\.updatedAt: no date found in "pronto"/],
    ['an unparseable header', { source: 'header', url: 'header', header: 'X-Data-Date' }, /unparseable date in x-data-date/],
    ['a future timestamp', { source: 'json', url: 'future.json', path: '$.data.updatedAt' }, /in the future/],
    ['a missing path', { source: 'json', url: 'status.json', path: '$.data.missing' }, /nothing at \$\.data\.missing/],
    ['HTML where JSON was expected', { source: 'json', url: 'html.json', path: '$' }, /not JSON/],
    ['an element without a date', { source: 'page', url: 'page.html', selector: '#nodate' }, /unparseable date in #nodate/],
    ['a selector that matches nothing', { source: 'page', url: 'page.html', selector: '.nowhere' }, /no element matches \.nowhere/],
    ['an invalid pattern', { source: 'page', url: 'page.html', pattern: '(' }, /invalid pattern/],
    ['a 404', { source: 'json', url: 'gone.json', path: '$' }, /HTTP 404/],
    ['a timeout', { source: 'json', url: 'slow', path: '$' }, /no complete answer within 500 ms/],
    ['a bad threshold', { source: 'json', url: 'status.json', path: '$', warnAfter: 'soon' }, /warnAfter "soon" is not a duration/],
    ['an unknown source type', { source: 'ftp' as never, url: 'x' }, /unknown source type "ftp"/],
  ])('is an error, with the reason, for %s', async (_n, cfg, reason) => {
    const r = await readFreshnessSource(src(cfg), ctxBase);
    expect(r.status).toBe('error');
    expect(r.reason).toMatch(reason);
  });

  it('sums configured sources into the stale share and a check state', async () => {
    const sources = [
      src({ name: 'orders', source: 'json', url: 'status.json', path: '$.data.updatedAt' }),
      src({ name: 'balances', source: 'json', url: 'stale.json', path: '$.data.updatedAt' }),
      src({ name: 'broken', source: 'json', url: 'bad.json', path: '$.data.updatedAt' }),
    ];
    const ev = await measureFreshness({ ...ctxBase, target: server.url, docs: [], config: { sources } });
    const results = ev['site.freshness.sources']!.value as FreshnessSourceResult[];
    expect(results.map((r) => `${r.name}:${r.status}`)).toEqual(['orders:fresh', 'balances:stale', 'broken:error']);
    expect(ev['site.freshness.staleSources']!.value).toBe(0.5);
    const [freshness] = loadChecklists(['checklists/freshness.yaml']);
    const def = freshness!.checks.find((c) => c.id === 'freshness.sources-fresh')!;
    const profile: Profile = { organisation: { name: 'X', country: 'CO', businessModel: 'b2c' } };
    expect(evaluateCheck(def, 'freshness', profile, ev, NOW).status).toBe('fail');
  });

  it('is an error when no configured source can be read', async () => {
    const ev = await measureFreshness({ ...ctxBase, target: server.url, docs: [], config: { sources: [src({ source: 'json', url: 'bad.json', path: '$' })] } });
    expect(ev['site.freshness.staleSources']!.error?.code).toBe('sources-unreadable');
  });
});
