/**
 * The pages the measures read. The crawler's snapshots are used when they came along
 * (text, headers, JSON-LD); otherwise the pages are fetched here — bounded in number,
 * concurrency, bytes and time — and read with the small HTML helpers. With no page
 * list at all, the target and the sitemap's URLs stand in.
 */
import { kindsFromUrl } from '../probes/signals/vocab.js';
import { fetchUrl, type FetchError, type FetchOptions } from './fetch.js';
import { htmlLinks, htmlToText, jsonLdBlocks, parseJsonLd, timeValues, type HtmlLink } from './html.js';
import type { UrlMapper } from './origins.js';

/** What the crawler hands over per page (its CrawledPage, or the reduced form). */
export interface MeasurePage {
  url: string;
  finalUrl?: string;
  status?: number | null;
  depth?: number | null;
  kind?: string[];
  kinds?: string[];
  snapshot?: {
    finalUrl?: string;
    status?: number | null;
    text?: string;
    hiddenText?: string;
    headers?: Record<string, string>;
    jsonLd?: string[];
    links?: { href: string; text?: string }[];
    times?: string[];
  };
}

export interface PageDoc {
  /** The URL read (after redirects). */
  url: string;
  requested: string;
  status?: number;
  kinds: string[];
  /** Readable text, one block per line. */
  text: string;
  /** Raw HTML when the page was fetched here (bounded). */
  html?: string;
  headers: Record<string, string>;
  links: HtmlLink[];
  jsonLd: unknown[];
  jsonLdErrors: string[];
  times: string[];
  source: 'snapshot' | 'fetch';
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

export function kindsOf(page: MeasurePage | { url: string }): string[] {
  const given = (page as MeasurePage).kinds ?? (page as MeasurePage).kind;
  const kinds = new Set<string>(Array.isArray(given) ? given.map(String) : []);
  for (const k of kindsFromUrl(page.url)) kinds.add(k);
  if (isHomeUrl((page as MeasurePage).finalUrl ?? page.url)) kinds.add('home');
  return [...kinds];
}

function fromSnapshot(p: MeasurePage): PageDoc | undefined {
  const s = p.snapshot;
  if (!s || typeof s.text !== 'string') return undefined;
  const { items, errors } = parseJsonLd(s.jsonLd ?? []);
  return {
    url: s.finalUrl || p.finalUrl || p.url,
    requested: p.url,
    status: s.status ?? p.status ?? undefined,
    kinds: kindsOf(p),
    text: s.text + (s.hiddenText ? '\n' + s.hiddenText : ''),
    headers: Object.fromEntries(Object.entries(s.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
    links: (s.links ?? []).map((l) => ({ href: l.href, text: l.text ?? '' })),
    jsonLd: items,
    jsonLdErrors: errors,
    times: s.times ?? [],
    source: 'snapshot',
  };
}

async function fetchDoc(url: string, kinds: string[], fetchOpts: FetchOptions): Promise<PageDoc> {
  const r = await fetchUrl(url, { ...fetchOpts, headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.5', ...fetchOpts.headers } });
  const doc: PageDoc = {
    url: r.finalUrl, requested: url, status: r.status, kinds, text: '', headers: r.headers, links: [], jsonLd: [],
    jsonLdErrors: [], times: [], source: 'fetch', error: r.error,
  };
  if (r.status !== undefined && r.status >= 400 && !doc.error) doc.error = { code: `http-${r.status}`, message: `${r.finalUrl} answered HTTP ${r.status}` };
  const type = r.headers['content-type'] ?? '';
  if (r.body.length && (!type || /html|xml/i.test(type))) {
    const html = r.body.toString('utf8');
    doc.html = html;
    doc.text = htmlToText(html);
    doc.links = htmlLinks(html, r.finalUrl);
    const { items, errors } = parseJsonLd(jsonLdBlocks(html));
    doc.jsonLd = items;
    doc.jsonLdErrors = errors;
    doc.times = timeValues(html);
  }
  return doc;
}

export interface CorpusOptions {
  target: string;
  pages: MeasurePage[];
  /** Used when `pages` is empty (e.g. sitemap URLs). */
  fallbackUrls?: string[];
  mapUrl: UrlMapper;
  fetch: FetchOptions;
  maxPages?: number;
  concurrency?: number;
  /** Epoch ms after which no new fetch starts. */
  deadline?: number;
}

/** Page priority: pages the measures read most first. */
const PRIORITY = ['home', 'contact', 'storeLocator', 'news', 'help', 'terms', 'orderTracking', 'payments', 'complaints'];
const rank = (kinds: string[]) => {
  const i = Math.min(...kinds.map((k) => (PRIORITY.includes(k) ? PRIORITY.indexOf(k) : PRIORITY.length)), PRIORITY.length);
  return i;
};

export async function buildCorpus(opts: CorpusOptions): Promise<{ docs: PageDoc[]; notes: string[] }> {
  const maxPages = opts.maxPages ?? 40;
  const notes: string[] = [];
  let list: MeasurePage[] = (opts.pages ?? []).filter((p) => p && typeof p.url === 'string');
  if (!list.length) {
    const urls = [opts.target, ...(opts.fallbackUrls ?? []).map(opts.mapUrl)];
    list = [...new Set(urls)].map((url) => ({ url }));
    notes.push('no crawled pages given: read the target and the sitemap URLs');
  }
  // Skip non-HTML documents the crawler listed (PDFs, images).
  list = list.filter((p) => !/\.(?:pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?)(?:$|\?)/i.test(p.url));
  const seen = new Set<string>();
  const unique = list.filter((p) => {
    const k = opts.mapUrl(p.finalUrl ?? p.url).replace(/#.*$/, '');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const ordered = unique
    .map((p, i) => ({ p, i, kinds: kindsOf(p) }))
    .sort((a, b) => rank(a.kinds) - rank(b.kinds) || a.i - b.i);
  if (ordered.length > maxPages) notes.push(`read ${maxPages} of ${ordered.length} pages`);
  const chosen = ordered.slice(0, maxPages);
  const docs: (PageDoc | undefined)[] = new Array(chosen.length);
  let next = 0;
  let skipped = 0;
  const worker = async () => {
    while (next < chosen.length) {
      const idx = next++;
      const { p, kinds } = chosen[idx]!;
      const snap = fromSnapshot(p);
      if (snap) {
        docs[idx] = snap;
        continue;
      }
      if (opts.deadline && Date.now() > opts.deadline) {
        skipped++;
        continue;
      }
      docs[idx] = await fetchDoc(opts.mapUrl(p.finalUrl ?? p.url), kinds, { ...opts.fetch, mapUrl: opts.mapUrl });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, chosen.length)) }, worker));
  if (skipped) notes.push(`${skipped} pages not read: time budget spent`);
  return { docs: docs.filter((d): d is PageDoc => !!d), notes };
}
