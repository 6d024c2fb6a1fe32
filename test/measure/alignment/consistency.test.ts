import { describe, expect, it } from 'vitest';
import { contactConsistency, pageContactSets, type PageContactSet } from '../../../src/measure/alignment/consistency.js';
import { siteIdentity } from '../../../src/probes/identity.js';
import { crawled, snapshot } from '../../probes/builders.js';

describe('contact data across pages', () => {
  const page = (url: string, phones: string[], emails: string[] = ['ventas@x.example']): PageContactSet => ({ url, phones: new Set(phones), emails: new Set(emails), whatsapp: new Set() });

  it.each([
    ['the same everywhere', [page('/', ['+576024867000']), page('/a', ['+576024867000']), page('/b', ['+576024867000'])], 1, 0],
    ['an extra number on one page is fine', [page('/', ['+576024867000']), page('/a', ['+576024867000', '+576026953210']), page('/b', ['+576024867000'])], 1, 0],
    ['an old number instead of the current one', [page('/', ['+576024867000']), page('/a', ['+576024867000']), page('/b', ['+576024867000']), page('/noticias', ['+576024481200'])], 0.75, 1],
    ['pages without phones are not judged on phones', [page('/', ['+576024867000']), page('/a', ['+576024867000']), page('/b', ['+576024867000']), page('/c', [])], 1, 0],
  ])('%s', (_n, pages, ratio, diffs) => {
    const r = contactConsistency(pages);
    expect(r.ratio).toBe(ratio);
    expect(r.differences.length).toBe(diffs);
  });

  it('names the page, the missing value and what it shows instead', () => {
    const r = contactConsistency([page('/', ['+576024867000']), page('/a', ['+576024867000']), page('/noticias', ['+576024481200'])]);
    expect(r.differences).toEqual([{ url: '/noticias', kind: 'phones', missing: ['+576024867000'], instead: ['+576024481200'] }]);
  });

  it('needs three pages showing a kind before calling anything site-wide', () => {
    expect(contactConsistency([page('/', ['+576024867000']), page('/a', ['+576024481200'], [])]).ratio).toBeUndefined();
  });

  it("builds per-page sets from the crawl's reading of each page", () => {
    const page = (url: string, text: string) => crawled({ url, depth: 1, snapshot: snapshot({ url, text }) });
    const sets = pageContactSets({
      target: 'http://x/', home: 'http://x/', identity: siteIdentity({ target: 'http://x/' }), country: 'CO',
      pages: [page('http://x/', 'PBX (602) 486 7000'), page('http://x/noticias/', 'PBX (602) 448 1200'), crawled({ url: 'http://x/caida/', status: 500, error: { code: 'http-500', message: 'HTTP 500' } })],
      sitemap: { discovered: [], via: '/sitemap.xml', files: [], urls: [], truncated: false, notes: [] },
      https: { servedOverHttps: false, httpRedirectsToHttps: null, hsts: false, detail: '' }, notVisited: 0, collectedAt: '2026-01-01T00:00:00Z',
    });
    // The page that failed is not compared: it showed nothing.
    expect(sets.map((s) => [s.url, [...s.phones]])).toEqual([['http://x/', ['+576024867000']], ['http://x/noticias/', ['+576024481200']]]);
  });
});
