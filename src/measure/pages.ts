/**
 * The crawled pages as the measures read them: the rendered text (visible and hidden
 * parts), the response headers and the <time> values of each snapshot, with the page's
 * kinds. Built from the crawl; nothing is fetched again. A page the crawl could not
 * read is kept with its error, so a measure can say what it could not look at.
 */
import type { CrawledPage, SiteInfo } from '../probes/types.js';
import type { FetchError } from '../net/fetch.js';

export interface PageDoc {
  /** The URL read (after redirects). */
  url: string;
  requested: string;
  status?: number;
  kinds: string[];
  /** Readable text, one block per line. */
  text: string;
  headers: Record<string, string>;
  times: string[];
  error?: FetchError;
}

export function isHomeUrl(url: string): boolean {
  try {
    const p = new URL(url).pathname;
    return p === '/' || /^\/index\.html?$/i.test(p);
  } catch {
    return false;
  }
}

function kindsOf(p: CrawledPage): string[] {
  const kinds = new Set<string>(p.kinds);
  if (p.depth === 0 || isHomeUrl(p.snapshot?.finalUrl ?? p.finalUrl ?? p.url)) kinds.add('home');
  return [...kinds];
}

/** One document per crawled HTML page, the home page first. */
export function docsOf(site: Pick<SiteInfo, 'pages'>): PageDoc[] {
  return site.pages
    .filter((p) => !p.kinds.includes('document'))
    .map((p): PageDoc => {
      const s = p.snapshot;
      const doc: PageDoc = {
        url: s?.finalUrl || p.finalUrl || p.url,
        requested: p.url,
        status: (s?.status ?? p.status) ?? undefined,
        kinds: kindsOf(p),
        text: s ? s.text + (s.hiddenText ? '\n' + s.hiddenText : '') : '',
        headers: Object.fromEntries(Object.entries(s?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
        times: s?.times ?? [],
      };
      // A page that rendered though it never finished loading is still read.
      if (p.error && !(p.error.code === 'load-timeout' && s)) doc.error = p.error;
      return doc;
    });
}
