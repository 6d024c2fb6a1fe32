/**
 * The crawl's bookkeeping without a browser: what it reads next, what it holds back,
 * which links and requests are the site's. Tables of URL shapes real sites have.
 */
import { describe, expect, it } from 'vitest';
import { Frontier } from '../../src/probes/crawler/frontier.js';
import { CrawlScope } from '../../src/probes/crawler/scope.js';
import { normaliseUrl, requestUrl, urlPattern } from '../../src/probes/crawler/urls.js';
import { siteIdentity } from '../../src/probes/identity.js';
import type { PageKind } from '../../src/probes/types.js';
import { crawled, snapshot } from './builders.js';

const B = 'https://www.tienda.example';

describe('URL patterns of the crawl budget', () => {
  it.each([
    [`${B}/`, '/'],
    [`${B}/contacto/`, '/contacto/'],
    [`${B}/catalogo/pagina/3/`, '/catalogo/pagina/*'],
    [`${B}/catalogo/pagina/4/?orden=precio`, '/catalogo/pagina/*'],
    [`${B}/catalogo/ofertas/`, '/catalogo/*'],
    [`${B}/producto/camisa-azul`, '/producto/*'],
    [`${B}/blog/2024/05/nota-de-prensa`, '/blog/#/#/*'],
  ])('%s counts against %s', (url, pattern) => {
    expect(urlPattern(url)).toBe(pattern);
  });

  it.each([
    [`${B}/index.html#top`, `${B}/`],
    [`${B}/ayuda?utm_source=x&gclid=1&q=envios`, `${B}/ayuda?q=envios`],
    ['mailto:ayuda@tienda.example', null],
  ])('normalises %s to %s', (raw, normal) => {
    expect(normaliseUrl(raw)).toBe(normal);
  });

  // One page to the crawl, but requested as linked: a server need not answer the folder.
  it.each([
    [`${B}/cro/index.htm`, `${B}/cro/index.htm`],
    [`${B}/index.php?route=product/category&path=127`, `${B}/index.php?route=product/category&path=127`],
    [`${B}/legal/INDEX.HTML#top`, `${B}/legal/INDEX.HTML`],
    [`${B}/cro/`, `${B}/cro/`],
    [`${B}/cro/pagina.htm`, `${B}/cro/pagina.htm`],
    [`${B}/ayuda?utm_source=x&q=envios`, `${B}/ayuda?q=envios`],
  ])('requests %s as %s', (raw, href) => {
    expect(requestUrl(normaliseUrl(raw)!, raw)).toBe(href);
  });
});

describe('the frontier', () => {
  const drain = (f: Frontier): string[] => {
    const out: string[] = [];
    for (let item = f.next(); item; item = f.next()) {
      out.push(item.url.replace(B, ''));
      f.read(item, crawled({ url: item.url }));
    }
    return out;
  };

  it('reads key-page candidates first, then breadth-first', () => {
    const f = new Frontier(25);
    f.add(`${B}/blog/`, 1, [], 'Blog');
    f.add(`${B}/nosotros/`, 1, [], 'Nosotros');
    f.add(`${B}/rastrea-tu-pedido/`, 2, ['orderTracking'], 'Rastrea tu pedido');
    f.add(`${B}/empresa/historia/`, 2, [], 'Historia');
    expect(drain(f)).toEqual(['/rastrea-tu-pedido/', '/blog/', '/nosotros/', '/empresa/historia/']);
  });

  it('reads the query-string variants of one path once, unless a variant names a key page', () => {
    const f = new Frontier(25);
    f.add(`${B}/catalogo/`, 1, [], 'Catálogo');
    f.add(`${B}/catalogo/?color=rojo`, 2, [], 'Rojo');
    f.add(`${B}/catalogo/?talla=m&color=azul`, 2, [], 'Azul, M');
    f.add(`${B}/index.php?page_id=12`, 1, ['contact'], 'Contacto');
    f.add(`${B}/index.php?page_id=14`, 1, ['privacy'], 'Privacidad');
    expect(drain(f).sort()).toEqual(['/catalogo/', '/index.php?page_id=12', '/index.php?page_id=14']);
    expect(f.spent().find((b) => b.pattern === '/catalogo/')).toEqual({ pattern: '/catalogo/', read: 1, skipped: 2 });
  });

  it('caps pages per URL pattern at a fifth of the budget (at least three), never holding back key pages', () => {
    const f = new Frontier(25);
    for (let n = 2; n < 40; n++) f.add(`${B}/catalogo/pagina/${n}/`, 2, [], String(n));
    f.add(`${B}/catalogo/pagina/99/`, 2, ['contact'] as PageKind[], 'Contáctanos');
    const read = drain(f);
    expect(read.filter((u) => u.startsWith('/catalogo/pagina/')).length).toBe(6);
    expect(read).toContain('/catalogo/pagina/99/');
    expect(f.spent()).toEqual([{ pattern: '/catalogo/pagina/*', read: 6, skipped: 33 }]);
  });

  it('skips what is not a page and what is an action', () => {
    const f = new Frontier(25);
    for (const p of ['/catalogo.pdf', '/logo.png', '/wp-admin/', '/carrito?add-to-cart=12', '/salir', '/feed/']) f.add(B + p, 1, [], '');
    expect(f.next()).toBeUndefined();
  });

  it('updates a page already read with a shorter depth and more kinds instead of queueing it again', () => {
    const f = new Frontier(25);
    f.add(`${B}/ayuda/`, null, [], '');
    const item = f.next()!;
    const page = crawled({ url: item.url, depth: null, kinds: [] });
    f.read(item, page);
    f.add(`${B}/ayuda/`, 1, ['help'], 'Centro de ayuda');
    expect(f.next()).toBeUndefined();
    expect(page).toMatchObject({ depth: 1, kinds: ['help'], linkTexts: ['Centro de ayuda'] });
  });
});

describe('the crawl scope', () => {
  it.each([
    // [identity target, origin, link, kinds, read as]
    ['https://www.tienda.example/', undefined, 'https://tienda.example/contacto', [], 'https://tienda.example/contacto'],
    ['https://www.tienda.example/', undefined, 'https://otra.example/contacto', ['contact'], null],
    // A key page on a sibling host of a live site is read; another page there is not.
    ['https://www.tienda.example/', undefined, 'https://ayuda.tienda.example/hc/es', ['help'], 'https://ayuda.tienda.example/hc/es'],
    ['https://www.tienda.example/', undefined, 'https://ayuda.tienda.example/blog', [], null],
    // A served copy reads its production links from the copy, and never a sibling production host.
    ['http://127.0.0.1:4000/', 'https://www.tienda.example/', 'https://www.tienda.example/pqrs/', [], 'http://127.0.0.1:4000/pqrs/'],
    ['http://127.0.0.1:4000/', 'https://www.tienda.example/', 'https://ayuda.tienda.example/', ['help'], null],
  ] as const)('on %s (origin %s), %s %j is read as %s', (target, origin, link, kinds, expected) => {
    const scope = new CrawlScope(siteIdentity({ target, origins: [origin] }), [target]);
    expect(scope.crawlable(link, [...kinds])).toBe(expected);
  });

  it("lets pages load the organisation's own resources and nothing else", () => {
    const scope = new CrawlScope(siteIdentity({ target: 'https://www.tienda.example/' }), ['https://www.tienda.example/'], ['cdn.shopify.com']);
    expect(scope.isFirstParty('https://static.tienda.example/app.js')).toBe(true);
    expect(scope.isFirstParty('https://cdn.shopify.com/s/files/theme.js')).toBe(true);
    expect(scope.isFirstParty('https://embed.tawk.to/123/default')).toBe(false);
    expect(scope.isFirstParty('data:image/png;base64,AAAA')).toBe(true);
  });

  it("learns from the home page where the site lives and the origin it declares", () => {
    const scope = new CrawlScope(siteIdentity({ target: 'http://127.0.0.1:4000/' }), ['http://127.0.0.1:4000/']);
    scope.learnFromHome(crawled({ url: 'http://127.0.0.1:4000/', depth: 0, snapshot: snapshot({ url: 'http://127.0.0.1:4000/', canonical: 'https://www.clinica.example/' }) }));
    expect(scope.crawlable('https://www.clinica.example/citas/')).toBe('http://127.0.0.1:4000/citas/');
  });
});
