import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type http from 'node:http';
import { loadChecklists } from '../../src/checklists/load.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import {
  classifyAge, copyrightYear, jsonPath, measureFreshness, readFreshnessSource, type FreshnessSourceConfig, type FreshnessSourceResult,
} from '../../src/measure/freshness.js';
import { selectFirst } from '../../src/measure/html.js';
import { docsOf } from '../../src/measure/pages.js';
import { gatherSiteDetail, launchBrowser } from '../../src/probes/index.js';
import type { Profile } from '../../src/types.js';
import { serveHandler, type Served } from './helpers.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const ctxBase = { now: NOW, timeZone: 'America/Bogota', locale: 'es-CO', fetch: { timeoutMs: 500 }, mapUrl: (u: string) => u };

describe('JSONPath subset', () => {
  const doc = { data: { updatedAt: '2026-11-24T11:50:00Z', 'last-sync': 1795000000 }, items: [{ ts: 'a' }, { ts: 'b' }, { ts: 'c' }] };
  it.each([
    ['$.data.updatedAt', ['2026-11-24T11:50:00Z']],
    ["$['data']['last-sync']", [1795000000]],
    ['$.items[0].ts', ['a']],
    ['$.items[-1].ts', ['c']],
    ['$.items[*].ts', ['a', 'b', 'c']],
    ['$.data.*', ['2026-11-24T11:50:00Z', 1795000000]],
    ['$.nothing.here', []],
    ['$.items[9]', []],
  ])('%s', (path, values) => {
    expect(jsonPath(doc, path)).toEqual(values);
  });

  it.each(['data.updatedAt', '$..deep', '$.items[?(@.ts)]'])('refuses %s with the reason', (path) => {
    expect(jsonPath(doc, path)).toEqual({ error: expect.stringMatching(/path starts with|unsupported JSONPath/) });
  });
});

describe('thresholds', () => {
  it.each([
    [10 * 60_000, '30m', '6h', 'fresh'],
    [2 * 3_600_000, '30m', '6h', 'warn'],
    [7 * 3_600_000, '30m', '6h', 'stale'],
    [7 * 3_600_000, undefined, '6h', 'stale'],
    [7 * 3_600_000, '30m', undefined, 'warn'],
    [7 * 3_600_000, undefined, undefined, 'fresh'],
  ])('%d ms with warn %s / error %s → %s', (age, warn, err, status) => {
    const ms = (d?: string) => (d === undefined ? undefined : d.endsWith('m') ? Number(d.slice(0, -1)) * 60_000 : Number(d.slice(0, -1)) * 3_600_000);
    expect(classifyAge(age, ms(warn), ms(err))).toBe(status);
  });
});

describe('copyright year', () => {
  it.each([
    ['© 2026 Tienda Andina S.A.S.', 2026],
    ['Copyright © 2019–2023 Distribuidora', 2023],
    ['(c) 2021 ACME', 2021],
    ['Todos los derechos reservados 2022', 2022],
    ['2018-2024 © Alcaldía', 2024],
    ['San Isidro, compromiso de todos 2024–2027', undefined],
  ])('%s → %s', (text, year) => {
    expect(copyrightYear(text)?.year).toBe(year);
  });
});

describe('simple selectors', () => {
  const html = '<html><head><meta property="article:modified_time" content="2026-11-20T10:00:00Z"></head><body><div id="a" class="x y"><div>inner</div> Actualizado <b>7 de mayo de 2026</b></div><time class="t" datetime="2026-11-01">1 nov</time><p class="y">p</p></body></html>';
  it.each([
    ['#a', 'inner\nActualizado 7 de mayo de 2026', undefined],
    ['div.y', 'inner\nActualizado 7 de mayo de 2026', undefined],
    ['time.t', '1 nov', '2026-11-01'],
    ['meta[property="article:modified_time"]', '', '2026-11-20T10:00:00Z'],
    ['p', 'p', undefined],
  ])('%s', (sel, text, attrValue) => {
    const el = selectFirst(html, sel)!;
    expect(el.text).toBe(text);
    expect(el.attrValue).toBe(attrValue);
  });
  it('says no to combinators', () => {
    expect(selectFirst(html, 'div > p')).toBeUndefined();
  });
});

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

describe('automatic freshness signals from pages', () => {
  let server: Served;
  beforeAll(async () => {
    const page = (main: string, footer = '© 2024 Ejemplo S.A.S.') => `<!DOCTYPE html><html lang="es"><body><main>${main}</main><footer><p>${footer}</p></footer></body></html>`;
    server = await serveHandler((req, res) => {
      const p = new URL(req.url ?? '/', 'http://x').pathname;
      const html = (body: string, lm?: string) => res.writeHead(200, { 'content-type': 'text/html', ...(lm ? { 'last-modified': lm } : {}) }).end(body);
      if (p === '/') return html(page('<h1>Inicio</h1>'), 'Mon, 02 Nov 2026 08:00:00 GMT');
      if (p === '/contacto/') return html(page('<h1>Contacto</h1>'), 'Fri, 20 Nov 2026 08:00:00 GMT');
      if (p === '/noticias/') return html(page('<article><time datetime="2026-09-01">1 de septiembre de 2026</time> Novedad</article><article>Evento el 12/12/2026 y el 20 de enero de 2027</article><article>Publicado el 31/02/2026</article><p>Publicado el 15/10/2026</p>'), 'garbage date');
      if (p === '/agenda/') return html(page('<p>10 de enero de 2027</p>'));
      res.writeHead(404).end();
    });
  });
  afterAll(() => server.close());

  it('reads Last-Modified, dated news (ignoring future and impossible dates) and the copyright year', async () => {
    // The pages as the crawl rendered them: their text, headers and <time> values.
    const handle = await launchBrowser();
    let docs;
    try {
      const d = await gatherSiteDetail(handle, { urls: ['', 'contacto/', 'noticias/', 'agenda/'].map((p) => server.url + p), concurrency: 2 });
      docs = docsOf(d.site);
    } finally {
      await handle.close();
    }
    const ev = await measureFreshness({ ...ctxBase, target: server.url, docs });
    expect(ev['site.freshness.lastModifiedAge']!.value).toBe(NOW.getTime() - Date.parse('2026-11-20T08:00:00Z'));
    expect(ev['site.freshness.lastModifiedAge']!.sources[0]!.url).toBe(server.url + 'contacto/');
    expect(ev['site.freshness.lastModifiedAge']!.sources.some((s) => s.note && /no date found/.test(s.note))).toBe(true);
    expect(ev['site.freshness.newsNewestAge']!.value).toBe(NOW.getTime() - Date.parse('2026-10-15T05:00:00Z'));
    expect(ev['site.freshness.newsNewestAge']!.sources[0]).toMatchObject({ url: server.url + 'noticias/', snippet: '15/10/2026' });
    expect(ev['site.freshness.newsNewestAge']!.sources[0]!.note).toMatch(/2 future dates ignored; 1 unparseable dates: "31\/02\/2026": no such date/);
    expect(ev['site.freshness.copyrightYearLag']!.value).toBe(2);
    expect(ev['site.freshness.sources']!.missing).toMatch(/no freshness sources configured/);
  });

  it('says why when there is nothing to read', async () => {
    const ev = await measureFreshness({ ...ctxBase, target: server.url, docs: [] });
    expect(ev['site.freshness.newsNewestAge']!.missing).toBe('no news pages found');
    expect(ev['site.freshness.lastModifiedAge']!.error?.code).toBe('no-pages');
    expect(ev['site.freshness.copyrightYearLag']!.missing).toMatch(/no copyright year/);
    expect(ev['site.freshness.sitemapNewestAge']!.missing).toMatch(/sitemaps were not read/);
  });
});
