import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import type http from 'node:http';
import { loadChecklists } from '../../src/checklists/load.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import { measureFreshness } from '../../src/measure/freshness/index.js';
import { text } from '../../src/i18n/index.js';
import { collectSitemaps, parseSitemapXml, readSiteSitemaps, robotsSitemaps } from '../../src/net/sitemap.js';
import { siteIdentity, toServed } from '../../src/probes/identity.js';
import type { Profile } from '../../src/types.js';
import { serveHandler, type Served } from './helpers.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const urlset = (entries: [string, string?][]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.map(([loc, lastmod]) => `  <url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`).join('\n')}\n</urlset>\n`;
const index = (locs: string[]) => `<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;

describe('sitemap XML', () => {
  it.each([
    ['a urlset', urlset([['https://x/a', '2026-11-20'], ['https://x/b']]), 'urlset', 2, undefined],
    ['a sitemap index', index(['https://x/s1.xml', 'https://x/s2.xml']), 'sitemapindex', 0, undefined],
    ['prefixed names, CDATA and entities', '<ns:urlset xmlns:ns="x"><ns:url><ns:loc><![CDATA[https://x/?a=1&b=2]]></ns:loc></ns:url><ns:url><ns:loc>https://x/?c=1&amp;d=2</ns:loc></ns:url></ns:urlset>', 'urlset', 2, undefined],
    ['comments and a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE urlset><!-- generated --><urlset><url><loc>https://x/</loc></url></urlset>', 'urlset', 1, undefined],
  ])('reads %s', (_n, xml, kind, urls, error) => {
    const r = parseSitemapXml(xml);
    expect(r.kind).toBe(kind);
    expect(r.urls.length).toBe(urls);
    expect(r.error).toBe(error);
  });

  it('decodes entities and CDATA in <loc>', () => {
    const r = parseSitemapXml('<urlset><url><loc><![CDATA[https://x/?a=1&b=2]]></loc></url><url><loc>https://x/?c=1&amp;d=2</loc></url></urlset>');
    expect(r.urls.map((u) => u.loc)).toEqual(['https://x/?a=1&b=2', 'https://x/?c=1&d=2']);
  });

  it.each([
    ['a mismatched closing tag', '<urlset>\n  <url><loc>https://x/</loc></uri>\n</urlset>', 'malformed-xml', /closing tag <\/uri> does not match <url> \(line 2, column 29\)/],
    ['an unclosed document', '<urlset><url><loc>https://x/</loc></url>', 'malformed-xml', /<urlset> is not closed/],
    ['an unterminated tag', '<urlset><url><loc>https://x/</loc></url></urlset', 'malformed-xml', /unterminated tag/],
    ['text after the root', '<urlset></urlset>oops', 'malformed-xml', /text outside the root/],
    ['an HTML page', '<!DOCTYPE html><html><body>Not found</body></html>', 'not-a-sitemap', /root element is <html>/],
    ['an empty body', '   ', 'empty', /no XML element/],
  ])('reports %s', (_n, xml, code, message) => {
    const r = parseSitemapXml(xml);
    expect(r.error?.code).toBe(code);
    expect(r.error?.message).toMatch(message);
  });

  it('keeps the entries read before the damage', () => {
    const r = parseSitemapXml('<urlset><url><loc>https://x/a</loc><lastmod>2026-01-01</lastmod></url><url><loc>https://x/b</loc></urlx></urlset>');
    expect(r.urls.map((u) => u.loc)).toEqual(['https://x/a']);
    expect(r.error?.code).toBe('malformed-xml');
  });

  it('calls a document cut at the byte cap truncated, not malformed', () => {
    const r = parseSitemapXml('<urlset><url><loc>https://x/a</loc></url><url><loc>https://x/b', { inputTruncated: true });
    expect(r.error).toBeUndefined();
    expect(r.truncated).toBe(true);
    expect(r.urls.length).toBe(1);
  });

  it('reads Sitemap: lines of robots.txt', () => {
    expect(robotsSitemaps('User-agent: *\nDisallow: /x\nSitemap: https://a/s.xml\nsitemap:https://a/t.xml\n')).toEqual(['https://a/s.xml', 'https://a/t.xml']);
  });
});

describe('sitemaps served', () => {
  let server: Served;
  let base: string;
  const PROD = 'https://www.fixture.example';
  const hugeCount = 60_000;
  beforeAll(async () => {
    server = await serveHandler((req: http.IncomingMessage, res: http.ServerResponse) => {
      const p = new URL(req.url ?? '/', 'http://x').pathname;
      const xml = (body: string | Buffer, headers: Record<string, string> = {}) => res.writeHead(200, { 'content-type': 'application/xml', ...headers }).end(body);
      switch (p) {
        case '/robots.txt':
          res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\nSitemap: ${PROD}/sitemap_index.xml\n`);
          return;
        case '/sitemap_index.xml':
          xml(index([`${PROD}/pages.xml.gz`, `${PROD}/news.xml`, `${PROD}/nested.xml`, `${PROD}/broken.xml`, `${PROD}/missing.xml`, `${PROD}/sitemap_index.xml`]));
          return;
        case '/pages.xml.gz':
          res.writeHead(200, { 'content-type': 'application/x-gzip' }).end(zlib.gzipSync(urlset([[`${PROD}/`, '2026-11-20'], [`${PROD}/contacto/`, '2025-02-01']])));
          return;
        case '/news.xml':
          xml(zlib.gzipSync(urlset([[`${PROD}/noticias/1`, '2026-11-18T09:00:00-05:00'], [`${PROD}/agenda/2027`, '2027-01-20']])), { 'content-encoding': 'gzip' });
          return;
        case '/nested.xml':
          xml(index([`${PROD}/deep.xml`]));
          return;
        case '/deep.xml':
          xml(index([`${PROD}/deeper.xml`]));
          return;
        case '/deeper.xml':
          xml(urlset([[`${PROD}/too-deep`, '2026-11-23']]));
          return;
        case '/broken.xml':
          xml('<urlset><url><loc>https://x/</loc></urlx></urlset>');
          return;
        case '/huge.xml': {
          res.writeHead(200, { 'content-type': 'application/xml' });
          res.on('error', () => {});
          res.write('<?xml version="1.0"?><urlset>');
          let i = 0;
          const pump = () => {
            while (i < hugeCount) {
              const chunk = Array.from({ length: 500 }, (_, k) => `<url><loc>${PROD}/p/${i + k}</loc><lastmod>2026-10-01</lastmod></url>`).join('');
              i += 500;
              if (res.destroyed) return;
              if (!res.write(chunk)) {
                res.once('drain', pump);
                return;
              }
            }
            res.end('</urlset>');
          };
          pump();
          return;
        }
        case '/stale-only.xml':
          xml(urlset([[`${PROD}/a`, '2023-01-01'], [`${PROD}/b`, '2024-03-01']]));
          return;
        default:
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    });
    base = server.url.replace(/\/$/, '');
  });
  afterAll(() => server.close());

  const profile: Profile = { organisation: { name: 'F', country: 'CO', businessModel: 'b2c', website: PROD, timezone: 'America/Bogota' } };
  // A copy served on 127.0.0.1 whose sitemaps name the production origin (the profile's website).
  const mapUrl = () => (u: string) => toServed(siteIdentity({ target: server.url, origins: [profile.organisation.website] }), u);

  it('follows robots.txt, gzip, nested indexes, loops and failures — and says what each file gave', async () => {
    const col = await readSiteSitemaps(server.url, { fetch: { timeoutMs: 2000 }, mapUrl: mapUrl(), limits: { maxDepth: 2 } });
    expect(col.via).toBe('robots.txt');
    const files = Object.fromEntries(col.files.map((f) => [f.url.replace(PROD, ''), f]));
    expect(files['/sitemap_index.xml']).toMatchObject({ kind: 'sitemapindex', children: 6, fetched: `${base}/sitemap_index.xml` });
    expect(files['/pages.xml.gz']).toMatchObject({ gzip: true, urls: 2 });
    expect(files['/news.xml']).toMatchObject({ urls: 2 });
    expect(files['/deep.xml']).toMatchObject({ depth: 2, kind: 'sitemapindex' });
    expect(files['/deeper.xml']).toBeUndefined();
    expect(col.notes.join()).toMatch(/deeper\.xml: nested deeper than 2 levels/);
    expect(files['/broken.xml']!.error?.code).toBe('malformed-xml');
    expect(files['/missing.xml']!.error?.code).toBe('http-404');
    // The index lists itself: read once.
    expect(col.files.filter((f) => f.url.endsWith('/sitemap_index.xml')).length).toBe(1);
    expect(col.urls.length).toBe(4);
  });

  it('turns the sitemaps into freshness evidence, future dates ignored', async () => {
    const col = await readSiteSitemaps(server.url, { fetch: { timeoutMs: 2000 }, mapUrl: mapUrl() });
    const ev = await measureFreshness({ target: server.url, docs: [], now: NOW, timeZone: 'America/Bogota', fetch: {}, mapUrl: mapUrl(), sitemaps: col });
    // newest: 2026-11-20 local midnight (05:00Z)
    expect(ev['site.freshness.sitemapNewestAge']!.value).toBe(NOW.getTime() - Date.parse('2026-11-20T05:00:00Z'));
    expect(ev['site.freshness.sitemapStaleShare']!.value).toBe(0.333); // /contacto/ 2025-02-01
    expect(ev['site.freshness.sitemapNewestAge']!.sources[0]!.note).toMatch(/malformed|404|lastmod values in the future/);
    const detail = ev['site.freshness.sitemap']!.value as { future: number; files: unknown[] };
    expect(detail.future).toBe(1);
  });

  it('stops a huge sitemap at the byte cap and keeps what it read', async () => {
    const t = Date.now();
    const col = await collectSitemaps([`${base}/huge.xml`], { maxBytes: 256 * 1024, fetch: { timeoutMs: 5000 } });
    expect(Date.now() - t).toBeLessThan(5000);
    expect(col.truncated).toBe(true);
    expect(col.files[0]!.error).toBeUndefined();
    expect(col.urls.length).toBeGreaterThan(1000);
    expect(col.urls.length).toBeLessThan(hugeCount);
    expect(col.notes.join()).toMatch(/first 262,144 bytes/);
  });

  it('stops a huge sitemap at the URL cap', async () => {
    const col = await collectSitemaps([`${base}/huge.xml`], { maxUrls: 1000, maxBytes: 512 * 1024, fetch: { timeoutMs: 5000 } });
    expect(col.urls.length).toBe(1000);
    expect(col.truncated).toBe(true);
    expect(col.notes).toContain('kept the first 1,000 URLs');
  });

  it('stops at the file cap', async () => {
    const col = await collectSitemaps([`${base}/sitemap_index.xml`], { maxFiles: 2, mapUrl: mapUrl(), fetch: { timeoutMs: 2000 } });
    expect(col.files.length).toBe(2);
    expect(col.notes.join()).toMatch(/stopped after 2 sitemap files/);
  });

  it('reports a site whose only sitemap is malformed as an error with the position', async () => {
    const col = await collectSitemaps([`${base}/broken.xml`], { fetch: { timeoutMs: 2000 } });
    const ev = await measureFreshness({ target: server.url, docs: [], now: NOW, timeZone: 'UTC', fetch: {}, mapUrl: (u: string) => u, sitemaps: col });
    const error = ev['site.freshness.sitemapNewestAge']!.error!;
    expect(error).toMatchObject({ code: 'malformed-xml', message: expect.stringMatching(/broken\.xml: closing tag <\/urlx> does not match <url> \(line 1/) });
    expect(text('es', error.reason)).toMatch(/broken\.xml: la etiqueta de cierre <\/urlx> no corresponde a <url> \(línea 1/);
  });

  it('says "missing" when the site has no sitemap at all', async () => {
    const col = await collectSitemaps([`${base}/sitemap.xml`], { fetch: { timeoutMs: 2000 } });
    const ev = await measureFreshness({ target: server.url, docs: [], now: NOW, timeZone: 'UTC', fetch: {}, mapUrl: (u: string) => u, sitemaps: col });
    expect(ev['site.freshness.sitemapNewestAge']!.missing).toMatch(/no sitemap found/);
  });

  it('gives the sitemap checks their states', async () => {
    const [freshness] = loadChecklists(['checklists/freshness.yaml']);
    const def = freshness!.checks.find((c) => c.id === 'freshness.sitemap-recent')!;
    const run = async (path: string) => {
      const col = await collectSitemaps([`${base}${path}`], { mapUrl: mapUrl(), fetch: { timeoutMs: 2000 } });
      const ev = await measureFreshness({ target: server.url, docs: [], now: NOW, timeZone: 'UTC', fetch: {}, mapUrl: mapUrl(), sitemaps: col });
      return evaluateCheck(def, 'freshness', profile, ev, NOW).status;
    };
    expect(await run('/pages.xml.gz')).toBe('pass');
    expect(await run('/stale-only.xml')).toBe('fail');
    expect(await run('/broken.xml')).toBe('error');
  });
});
