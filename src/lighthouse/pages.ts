/**
 * Which pages Lighthouse audits, and what their saved results are called. Lighthouse
 * costs seconds per page, so it audits the pages a customer serving themselves lands
 * on: the home page and the first contact, account, order-tracking and complaints
 * pages the crawl classified. Pure.
 */
import type { LighthousePageInput } from './types.js';

/** Key page kinds in the order they are chosen after the home page. */
export const KEY_KINDS: readonly string[] = ['contact', 'account', 'orderTracking', 'complaints'];
export const DEFAULT_MAX_PAGES = 5;

export interface ChosenPage {
  url: string;
  kind: string[];
}

function normalise(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/**
 * Pages that carry no kind at all are an explicit list (from configuration): the first
 * `maxPages` are audited in order. Otherwise the home page (kind "home", else the first
 * page) comes first, then the first page of each key kind, up to `maxPages`.
 */
export function choosePages(pages: readonly LighthousePageInput[], maxPages = DEFAULT_MAX_PAGES): ChosenPage[] {
  const cap = Number.isFinite(maxPages) && maxPages >= 1 ? Math.floor(maxPages) : DEFAULT_MAX_PAGES;
  const seen = new Set<string>();
  const list: ChosenPage[] = [];
  for (const p of pages) {
    const url = normalise(p.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    list.push({ url, kind: [...(p.kind ?? [])] });
  }
  if (!list.some((p) => p.kind.length > 0)) return list.slice(0, cap);

  const chosen: ChosenPage[] = [list.find((p) => p.kind.includes('home')) ?? list[0]!];
  for (const kind of KEY_KINDS) {
    if (chosen.length >= cap) break;
    const page = list.find((p) => p.kind.includes(kind) && !chosen.includes(p));
    if (page) chosen.push(page);
  }
  return chosen.slice(0, cap);
}

/** A file-name-safe name for a page: "home" for the root, else its path ("contacto", "mi-cuenta-pedidos"). */
export function pageSlug(url: string, homeHost?: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'page';
  }
  const clean = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  let slug = clean(decodeSafe(u.pathname)) || 'home';
  if (u.search) slug += `-${clean(u.search)}`;
  if (homeHost && u.host !== homeHost) slug = `${clean(u.host)}-${slug}`;
  return slug.slice(0, 60).replace(/-+$/, '') || 'page';
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Slugs for a list of pages, unique within the run ("contacto", "contacto-2"). */
export function uniqueSlugs(urls: readonly string[]): string[] {
  const homeHost = (() => {
    try {
      return urls[0] ? new URL(urls[0]).host : undefined;
    } catch {
      return undefined;
    }
  })();
  const used = new Map<string, number>();
  return urls.map((url) => {
    const base = pageSlug(url, homeHost);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
