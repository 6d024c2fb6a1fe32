/**
 * The crawl's frontier: the pages queued to read, in the order they should be read —
 * key-page candidates first (the first two links of each kind), then breadth-first by
 * click depth — and the crawl budget: query variants of one path are one page, and a
 * URL pattern (`/catalogo/pagina/*`) gets a few pages, so an endless catalogue cannot
 * spend the budget the rest of the site needs. Pure bookkeeping; no browser.
 */
import type { CrawledPage, PageKind } from '../types.js';
import { KEY_KINDS } from '../signals/vocab.js';
import { NOT_PAGES, SKIP_PATHS, urlPattern } from './urls.js';

export interface QueueItem {
  /** The page's normal form: what it is known by. */
  url: string;
  /** What is requested: the normal form as it was first linked (see requestUrl). */
  href: string;
  depth: number | null;
  kinds: Set<PageKind>;
  linkTexts: string[];
  key: boolean;
  order: number;
}

export interface PatternBudget {
  /** `/catalogo/pagina/*` for the pages of a folder; the path itself for a top-level page. */
  pattern: string;
  read: number;
  /** Query variants, pages over the pattern's cap, and pages queued but not reached. */
  skipped: number;
}

export class Frontier {
  private readonly items = new Map<string, QueueItem>();
  private readonly queue: QueueItem[] = [];
  private readonly keyCount = new Map<PageKind, number>();
  private readonly variants = new Map<string, number>();
  private readonly budget = new Map<string, { queued: number; read: number; skipped: number }>();
  private readonly visited = new Map<string, CrawledPage>();
  private readonly patternCap: number;
  private order = 0;

  constructor(maxPages: number) {
    this.patternCap = Math.max(3, Math.ceil(maxPages / 5));
  }

  /** Pages still queued. */
  get size(): number {
    return this.queue.length;
  }

  /**
   * Queues a page found by a link (or a start URL, or a sitemap entry). A page already
   * known only gets a shorter depth, more kinds and the new link's words.
   */
  add(url: string, depth: number | null, kinds: PageKind[], text: string, href = url): void {
    const existing = this.items.get(url);
    if (existing) {
      if (depth !== null && (existing.depth === null || depth < existing.depth)) existing.depth = depth;
      for (const k of kinds) existing.kinds.add(k);
      if (text && existing.linkTexts.length < 5 && !existing.linkTexts.includes(text)) existing.linkTexts.push(text);
      const visited = this.visited.get(url);
      if (visited) {
        if (depth !== null && (visited.depth === null || depth < visited.depth)) visited.depth = depth;
        for (const k of kinds) if (!visited.kinds.includes(k)) visited.kinds.push(k);
        if (text && visited.linkTexts.length < 5 && !visited.linkTexts.includes(text)) visited.linkTexts.push(text);
      }
      return;
    }
    const u = new URL(url);
    if (NOT_PAGES.test(u.pathname) || SKIP_PATHS.test(u.pathname + u.search)) return;
    const keyKinds = kinds.filter((k) => (KEY_KINDS as string[]).includes(k));
    const pattern = urlPattern(url);
    const spent = this.budget.get(pattern) ?? { queued: 0, read: 0, skipped: 0 };
    this.budget.set(pattern, spent);
    // Faceted filters and sort orders make endless query variants of one path
    // (?color=…&talla=…): they are one page. A variant is read only when its link
    // names a key page (index.php?page_id=12 "Contacto").
    const variantsOfPath = this.variants.get(u.pathname) ?? 0;
    this.variants.set(u.pathname, variantsOfPath + 1);
    const sameAs = u.search ? variantsOfPath > 0 || this.items.has(u.origin + u.pathname) : false;
    // Endless pagination and catalogues (/catalogo/pagina/3/, /producto/…): a few pages
    // of each URL pattern, so the budget goes to different parts of the site. Key-page
    // candidates are never held back.
    const overCap = !keyKinds.length && spent.queued >= this.patternCap;
    if ((sameAs && !keyKinds.length) || overCap) {
      spent.skipped++;
      return;
    }
    spent.queued++;
    // Key pages jump the queue, but only the first few of each kind (not every blog post).
    let key = false;
    for (const k of keyKinds) {
      const c = this.keyCount.get(k) ?? 0;
      if (c < 2) {
        key = true;
        this.keyCount.set(k, c + 1);
      }
    }
    const item: QueueItem = { url, href, depth, kinds: new Set(kinds), linkTexts: text ? [text] : [], key, order: this.order++ };
    this.items.set(url, item);
    this.queue.push(item);
  }

  /** The next page to read: a key-page candidate first, then the shallowest, then the first found. */
  next(): QueueItem | undefined {
    if (!this.queue.length) return undefined;
    let best = 0;
    for (let i = 1; i < this.queue.length; i++) {
      const a = this.queue[i]!;
      const b = this.queue[best]!;
      const ka = a.key ? 0 : 1;
      const kb = b.key ? 0 : 1;
      const da = a.depth ?? 99;
      const db = b.depth ?? 99;
      if (ka < kb || ka === kb && (da < db || da === db && a.order < b.order)) best = i;
    }
    return this.queue.splice(best, 1)[0];
  }

  /** Records a page as read: later links to it update it instead of queueing it again. */
  read(item: QueueItem, page: CrawledPage): void {
    this.visited.set(item.url, page);
    const spent = this.budget.get(urlPattern(item.url));
    if (spent) spent.read++;
  }

  /** Pages read and held back per URL pattern, most read first. */
  spent(): PatternBudget[] {
    return [...this.budget.entries()]
      .map(([pattern, b]) => ({ pattern, read: b.read, skipped: b.skipped + (b.queued - b.read) }))
      .filter((b) => b.read || b.skipped)
      .sort((a, b) => b.read - a.read || b.skipped - a.skipped || a.pattern.localeCompare(b.pattern));
  }
}
