import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFreshness } from '../../../src/measure/freshness/index.js';
import { docsOf } from '../../../src/measure/pages.js';
import { gatherSiteDetail, launchBrowser } from '../../../src/probes/index.js';
import { serveHandler, type Served } from '../helpers.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const ctxBase = { now: NOW, timeZone: 'America/Bogota', locale: 'es-CO', fetch: { timeoutMs: 500 }, mapUrl: (u: string) => u };

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
