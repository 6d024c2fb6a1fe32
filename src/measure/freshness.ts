/**
 * Data freshness (SS-3, SS-4, V360-6).
 *
 * Configured sources, like dbt source freshness — `{ name, source, url, warnAfter,
 * errorAfter }` plus, by source:
 *   sitemap  the newest <lastmod> of the sitemap (index) at `url`;
 *   header   a date header of `url` (`header`, default Last-Modified);
 *   json     the date(s) at `path` in the JSON document at `url`. Path subset:
 *            `$`, `.name`, `['name']`, `[0]`, `[-1]` (from the end), `[*]` / `.*`
 *            (all; the newest date wins);
 *   page     the first date in the element matched by `selector` (`tag`, `#id`,
 *            `.class`, `tag.class`, `tag#id`, `[attr=value]`; a datetime/content
 *            attribute wins over the text), or the first capture group (else the whole
 *            match) of the regular expression `pattern` applied to the page's text,
 *            then to its HTML; with neither, the newest date in the page text.
 * Each gives its age, fresh | warn | stale | error, the timestamp and where it was read.
 *
 * Automatic signals: sitemap lastmod (newest, median, share older than a year),
 * Last-Modified of key pages, dated items on news pages (future dates — event
 * calendars — are ignored), and the copyright year.
 */
import type { Evidence, EvidenceItem, Source } from '../types.js';
import { extractDates, newestNotFuture, parseDateValue, type FoundDate } from './dates.js';
import { DAY_MS, YEAR_MS, durationOr, formatDuration, median, round } from './durations.js';
import { fetchUrl, type FetchOptions, type UrlMapper } from '../net/fetch.js';
import { htmlToText, selectFirst } from './html.js';
import type { PageDoc } from './pages.js';
import { collectSitemaps, type SitemapCollection, type SitemapLimits } from '../net/sitemap.js';
import { localParts } from './zone.js';

export type FreshnessSourceKind = 'sitemap' | 'header' | 'json' | 'page';
export type FreshnessStatus = 'fresh' | 'warn' | 'stale' | 'error';

export interface FreshnessSourceConfig {
  name: string;
  source: FreshnessSourceKind;
  url: string;
  path?: string;
  selector?: string;
  pattern?: string;
  header?: string;
  warnAfter?: string;
  errorAfter?: string;
}

export interface FreshnessConfig {
  sources?: FreshnessSourceConfig[];
  sitemap?: SitemapLimits;
  /** Age beyond which a sitemap URL counts as stale. Default 365d. */
  staleAfter?: string;
}

export interface FreshnessSourceResult {
  name: string;
  source: FreshnessSourceKind | string;
  url: string;
  /** Where the timestamp was read: URL plus header, path, selector or pattern. */
  readAt: string;
  timestamp?: string;
  /** Milliseconds. */
  age?: number;
  status: FreshnessStatus;
  warnAfter?: string;
  errorAfter?: string;
  reason?: string;
  checkedAt: string;
}

export interface FreshnessContext {
  target: string;
  docs: PageDoc[];
  now: Date;
  timeZone: string;
  locale?: string;
  fetch: FetchOptions;
  mapUrl: UrlMapper;
  config?: FreshnessConfig;
  /** Sitemaps already collected by the caller (shared with the page list). */
  sitemaps?: SitemapCollection;
}

// ---------------------------------------------------------------- JSONPath subset

type PathStep = { key: string } | { index: number } | { all: true };

export function parseJsonPath(path: string): PathStep[] | { error: string } {
  const p = path.trim();
  if (!p.startsWith('$')) return { error: `a path starts with "$": ${path}` };
  const steps: PathStep[] = [];
  let i = 1;
  while (i < p.length) {
    const rest = p.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\.\*/.exec(rest)) || (m = /^\[\s*\*\s*\]/.exec(rest))) steps.push({ all: true });
    else if ((m = /^\.([A-Za-z_$][\w$-]*)/.exec(rest))) steps.push({ key: m[1]! });
    else if ((m = /^\[\s*(-?\d+)\s*\]/.exec(rest))) steps.push({ index: Number(m[1]) });
    else if ((m = /^\[\s*'([^']*)'\s*\]/.exec(rest)) || (m = /^\[\s*"([^"]*)"\s*\]/.exec(rest))) steps.push({ key: m[1]! });
    else return { error: `unsupported JSONPath at "${rest.slice(0, 20)}" (supported: .name, ['name'], [n], [-n], [*])` };
    i += m[0].length;
  }
  return steps;
}

/** Values at a path; an empty list when nothing is there. */
export function jsonPath(doc: unknown, path: string): unknown[] | { error: string } {
  const steps = parseJsonPath(path);
  if (!Array.isArray(steps)) return steps;
  let current: unknown[] = [doc];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if (v === null || typeof v !== 'object') continue;
      if ('all' in step) next.push(...(Array.isArray(v) ? v : Object.values(v as object)));
      else if ('index' in step) {
        if (!Array.isArray(v)) continue;
        const idx = step.index < 0 ? v.length + step.index : step.index;
        if (idx >= 0 && idx < v.length) next.push(v[idx]);
      } else if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, step.key)) next.push((v as Record<string, unknown>)[step.key]);
    }
    current = next;
  }
  return current;
}

// ---------------------------------------------------------------- thresholds

export function classifyAge(ageMs: number, warnAfterMs?: number, errorAfterMs?: number): Exclude<FreshnessStatus, 'error'> {
  if (errorAfterMs !== undefined && ageMs > errorAfterMs) return 'stale';
  if (warnAfterMs !== undefined && ageMs > warnAfterMs) return 'warn';
  return 'fresh';
}

function result(cfg: FreshnessSourceConfig, readAt: string, now: Date, extra: Partial<FreshnessSourceResult>): FreshnessSourceResult {
  return {
    name: cfg.name, source: cfg.source, url: cfg.url, readAt, status: 'error', checkedAt: now.toISOString(),
    ...(cfg.warnAfter ? { warnAfter: cfg.warnAfter } : {}), ...(cfg.errorAfter ? { errorAfter: cfg.errorAfter } : {}), ...extra,
  };
}

function judged(cfg: FreshnessSourceConfig, readAt: string, now: Date, date: FoundDate): FreshnessSourceResult {
  const age = now.getTime() - date.date.getTime();
  if (age < -DAY_MS) return result(cfg, readAt, now, { timestamp: date.iso, reason: `timestamp ${date.iso} is in the future` });
  const warn = durationOr(cfg.warnAfter, undefined);
  const err = durationOr(cfg.errorAfter, undefined);
  return result(cfg, readAt, now, { timestamp: date.date.toISOString(), age: Math.max(0, age), status: classifyAge(Math.max(0, age), warn, err) });
}

/** Reads one configured source. Never throws: failures are status "error" with the reason. */
export async function readFreshnessSource(cfg: FreshnessSourceConfig, ctx: Pick<FreshnessContext, 'now' | 'timeZone' | 'locale' | 'fetch' | 'mapUrl' | 'config'>): Promise<FreshnessSourceResult> {
  const { now } = ctx;
  const dateOpts = { locale: ctx.locale, timeZone: ctx.timeZone };
  const where = (detail?: string) => (detail ? `${cfg.url} ${detail}` : cfg.url);
  if (!cfg || typeof cfg.url !== 'string' || !cfg.url) return result(cfg, '', now, { reason: 'no url configured' });
  for (const k of ['warnAfter', 'errorAfter'] as const) {
    if (cfg[k] !== undefined && durationOr(cfg[k], undefined) === undefined) return result(cfg, where(), now, { reason: `${k} "${cfg[k]}" is not a duration (30m, 6h, 2d)` });
  }
  try {
    switch (cfg.source) {
      case 'sitemap': {
        const col = await collectSitemaps([cfg.url], { ...ctx.config?.sitemap, fetch: ctx.fetch, mapUrl: ctx.mapUrl });
        const errors = col.files.filter((f) => f.error).map((f) => `${f.url}: ${f.error!.message}`);
        const dates = col.urls.map((u) => (u.lastmod ? parseDateValue(u.lastmod, dateOpts) : undefined)).filter((d): d is FoundDate => !!d && 'date' in d);
        const newest = newestNotFuture(dates, now);
        if (!newest) return result(cfg, where('<lastmod>'), now, { reason: errors[0] ?? (col.urls.length ? 'no readable <lastmod> in the sitemap' : 'the sitemap lists no URLs') });
        return judged(cfg, where('<lastmod>'), now, newest);
      }
      case 'header': {
        const name = (cfg.header ?? 'last-modified').toLowerCase();
        const r = await fetchUrl(cfg.url, { ...ctx.fetch, method: 'GET', maxBytes: 64 * 1024, mapUrl: ctx.mapUrl });
        if (r.error && r.status === undefined) return result(cfg, where(`header ${name}`), now, { reason: r.error.message });
        if (r.status !== undefined && r.status >= 400) return result(cfg, where(`header ${name}`), now, { reason: `HTTP ${r.status}` });
        const v = r.headers[name];
        if (!v) return result(cfg, where(`header ${name}`), now, { reason: `no ${name} header` });
        const d = parseDateValue(v, dateOpts);
        if ('error' in d) return result(cfg, where(`header ${name}`), now, { reason: `unparseable date in ${name}: ${d.error}` });
        return judged(cfg, where(`header ${name}`), now, d);
      }
      case 'json': {
        const path = cfg.path ?? '$';
        const r = await fetchUrl(cfg.url, { ...ctx.fetch, maxBytes: 5 * 1024 * 1024, mapUrl: ctx.mapUrl, headers: { accept: 'application/json' } });
        if (r.error && !r.body.length) return result(cfg, where(path), now, { reason: r.error.message });
        if (r.status !== undefined && r.status >= 400) return result(cfg, where(path), now, { reason: `HTTP ${r.status}` });
        let doc: unknown;
        try {
          doc = JSON.parse(r.body.toString('utf8'));
        } catch (e) {
          return result(cfg, where(path), now, { reason: `not JSON${r.truncated ? ' (cut at the byte cap)' : ''}: ${(e as Error).message}` });
        }
        const values = jsonPath(doc, path);
        if (!Array.isArray(values)) return result(cfg, where(path), now, { reason: values.error });
        if (!values.length) return result(cfg, where(path), now, { reason: `nothing at ${path}` });
        const dates: FoundDate[] = [];
        const bad: string[] = [];
        for (const v of values) {
          const d = parseDateValue(v, dateOpts);
          if ('error' in d) bad.push(d.error);
          else dates.push(d);
        }
        const newest = newestNotFuture(dates, now);
        if (!newest && dates.length) return result(cfg, where(path), now, { timestamp: dates[0]!.iso, reason: `timestamp ${dates[0]!.iso} at ${path} is in the future` });
        if (!newest) return result(cfg, where(path), now, { reason: `unparseable date at ${path}: ${bad[0]}` });
        return judged(cfg, where(path), now, newest);
      }
      case 'page': {
        const r = await fetchUrl(cfg.url, { ...ctx.fetch, mapUrl: ctx.mapUrl });
        const locator = cfg.selector ? `selector ${cfg.selector}` : cfg.pattern ? `pattern /${cfg.pattern}/` : 'page text';
        if (r.error && !r.body.length) return result(cfg, where(locator), now, { reason: r.error.message });
        if (r.status !== undefined && r.status >= 400) return result(cfg, where(locator), now, { reason: `HTTP ${r.status}` });
        const html = r.body.toString('utf8');
        return readPageDate(cfg, html, where(locator), ctx, dateOpts);
      }
      default:
        return result(cfg, where(), now, { reason: `unknown source type "${String((cfg as { source?: unknown }).source)}" (sitemap, header, json, page)` });
    }
  } catch (e) {
    return result(cfg, where(), now, { reason: `internal error: ${(e as Error).message}` });
  }
}

function readPageDate(cfg: FreshnessSourceConfig, html: string, readAt: string, ctx: Pick<FreshnessContext, 'now'>, dateOpts: { locale?: string; timeZone?: string }): FreshnessSourceResult {
  const { now } = ctx;
  if (cfg.selector) {
    const el = selectFirst(html, cfg.selector);
    if (!el) return result(cfg, readAt, now, { reason: `no element matches ${cfg.selector} (supported: tag, #id, .class, tag.class, tag#id, [attr=value])` });
    const candidates = [el.attrValue, el.text].filter((x): x is string => !!x);
    let reason = `no date in the text of ${cfg.selector}`;
    for (const c of candidates) {
      const d = parseDateValue(c, dateOpts);
      if ('date' in d) return judged(cfg, readAt, now, d);
      reason = `unparseable date in ${cfg.selector}: ${d.error}`;
    }
    return result(cfg, readAt, now, { reason });
  }
  const text = htmlToText(html);
  if (cfg.pattern) {
    let re: RegExp;
    try {
      re = new RegExp(cfg.pattern, 'i');
    } catch (e) {
      return result(cfg, readAt, now, { reason: `invalid pattern: ${(e as Error).message}` });
    }
    const m = re.exec(text) ?? re.exec(html);
    if (!m) return result(cfg, readAt, now, { reason: `pattern /${cfg.pattern}/ does not match` });
    const d = parseDateValue(m[1] ?? m[0], dateOpts);
    if ('error' in d) return result(cfg, readAt, now, { reason: `unparseable date "${(m[1] ?? m[0]).slice(0, 60)}": ${d.error}` });
    return judged(cfg, readAt, now, d);
  }
  const { dates } = extractDates(text, dateOpts);
  const newest = newestNotFuture(dates, now);
  if (!newest) return result(cfg, readAt, now, { reason: 'no date in the page text' });
  return judged(cfg, readAt, now, newest);
}

// ---------------------------------------------------------------- automatic signals

const KEY_KINDS = ['home', 'contact', 'storeLocator', 'help', 'news', 'orderTracking', 'payments', 'terms', 'invoices', 'complaints'];

function probeItem(value: unknown, sources: Source[], now: Date): EvidenceItem {
  return { value, sources, origin: 'probe', collectedAt: now.toISOString() };
}
function errorItem(code: string, message: string, sources: Source[], now: Date): EvidenceItem {
  return { sources, origin: 'probe', error: { code, message }, collectedAt: now.toISOString() };
}
function missingItem(reason: string, sources: Source[], now: Date): EvidenceItem {
  return { sources, origin: 'probe', missing: reason, collectedAt: now.toISOString() };
}

export interface SitemapStats {
  urls: number;
  dated: number;
  undated: number;
  invalid: number;
  future: number;
  newest?: string;
  newestAge?: number;
  medianAge?: number;
  staleShare?: number;
}

/** Newest, median and stale share of sitemap lastmod values (future ones ignored). */
export function sitemapStats(entries: { loc: string; lastmod?: string }[], now: Date, opts: { staleAfterMs?: number; timeZone?: string; locale?: string } = {}): SitemapStats {
  const staleAfter = opts.staleAfterMs ?? YEAR_MS;
  const stats: SitemapStats = { urls: entries.length, dated: 0, undated: 0, invalid: 0, future: 0 };
  const ages: number[] = [];
  let newest: FoundDate | undefined;
  for (const e of entries) {
    if (!e.lastmod) {
      stats.undated++;
      continue;
    }
    const d = parseDateValue(e.lastmod, { timeZone: opts.timeZone, locale: opts.locale });
    if ('error' in d) {
      stats.invalid++;
      continue;
    }
    const age = now.getTime() - d.date.getTime();
    if (age < -DAY_MS) {
      stats.future++;
      continue;
    }
    stats.dated++;
    ages.push(Math.max(0, age));
    if (!newest || d.date > newest.date) newest = d;
  }
  if (ages.length) {
    stats.newest = newest!.iso;
    stats.newestAge = Math.min(...ages);
    stats.medianAge = median(ages);
    stats.staleShare = round(ages.filter((a) => a > staleAfter).length / ages.length);
  }
  return stats;
}

const COPYRIGHT = /(?:©|\(c\)|&copy;|copyright|derechos reservados|todos los derechos)\D{0,40}?((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?/i;
const COPYRIGHT_AFTER = /((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?\s*(?:©|\(c\))/i;

/** The latest year of a copyright notice in a text ("© 2019–2026" → 2026). */
export function copyrightYear(text: string): { year: number; snippet: string } | undefined {
  let best: { year: number; snippet: string } | undefined;
  for (const line of text.split('\n')) {
    const m = COPYRIGHT.exec(line) ?? COPYRIGHT_AFTER.exec(line);
    if (!m) continue;
    const year = Math.max(Number(m[1]), Number(m[2] ?? 0));
    if (!best || year > best.year) best = { year, snippet: line.trim().slice(0, 160) };
  }
  return best;
}

export async function measureFreshness(ctx: FreshnessContext): Promise<Evidence> {
  const { now, docs } = ctx;
  const ev: Evidence = {};
  const dateOpts = { locale: ctx.locale, timeZone: ctx.timeZone };

  // Configured sources.
  const configured = ctx.config?.sources ?? [];
  if (configured.length) {
    const results = await Promise.all(configured.map((c) => readFreshnessSource(c, ctx)));
    const sources: Source[] = results.map((r) => ({
      url: r.url,
      snippet: r.status === 'error' ? `${r.name}: error — ${r.reason}` : `${r.name}: ${r.status}, ${r.timestamp} (${formatDuration(r.age ?? 0)} old)`,
      note: r.readAt,
    }));
    ev['site.freshness.sources'] = probeItem(results, sources, now);
    const judgedResults = results.filter((r) => r.status !== 'error');
    if (judgedResults.length) ev['site.freshness.staleSources'] = probeItem(round(judgedResults.filter((r) => r.status === 'stale').length / judgedResults.length), sources, now);
    else ev['site.freshness.staleSources'] = errorItem('sources-unreadable', `no configured freshness source could be read: ${results.map((r) => `${r.name}: ${r.reason}`).join('; ')}`, sources, now);
  } else {
    ev['site.freshness.sources'] = missingItem('no freshness sources configured (freshness.sources in readiness.config.yaml)', [], now);
    ev['site.freshness.staleSources'] = missingItem('no freshness sources configured (freshness.sources in readiness.config.yaml)', [], now);
  }

  // Sitemap lastmod.
  const col = ctx.sitemaps;
  const sitemapKeys = ['site.freshness.sitemapNewestAge', 'site.freshness.sitemapMedianAge', 'site.freshness.sitemapStaleShare'];
  if (!col) {
    for (const k of sitemapKeys) ev[k] = missingItem('sitemaps were not read', [], now);
  } else {
    const fileSources: Source[] = col.files.map((f) => ({
      url: f.fetched,
      snippet: f.error ? `${f.error.code}: ${f.error.message}` : `${f.kind ?? 'sitemap'}: ${f.urls} URLs${f.children ? `, ${f.children} sitemaps` : ''}${f.gzip ? ' (gzip)' : ''}${f.truncated ? ' (truncated)' : ''}`,
      note: f.url !== f.fetched ? `listed as ${f.url}` : undefined,
    }));
    const staleAfterMs = durationOr(ctx.config?.staleAfter, YEAR_MS) ?? YEAR_MS;
    const stats = sitemapStats(col.urls, now, { staleAfterMs, ...dateOpts });
    const detail = {
      via: col.via, files: col.files, truncated: col.truncated, notes: col.notes, ...stats,
    };
    ev['site.freshness.sitemap'] = probeItem(detail, fileSources, now);
    const errors = col.files.filter((f) => f.error);
    if (stats.dated) {
      const notes = [...col.notes, ...errors.map((f) => `${f.url}: ${f.error!.message}`)];
      if (stats.invalid) notes.push(`${stats.invalid} unreadable lastmod values ignored`);
      if (stats.future) notes.push(`${stats.future} lastmod values in the future ignored`);
      const src = fileSources.map((s, i) => (i === 0 && notes.length ? { ...s, note: [s.note, ...notes].filter(Boolean).join('; ').slice(0, 500) } : s));
      ev['site.freshness.sitemapNewestAge'] = probeItem(stats.newestAge, src, now);
      ev['site.freshness.sitemapMedianAge'] = probeItem(stats.medianAge, src, now);
      ev['site.freshness.sitemapStaleShare'] = probeItem(stats.staleShare, src, now);
    } else {
      const allMissing = col.files.every((f) => f.error && /^http-404$/.test(f.error.code));
      let item: EvidenceItem;
      if (allMissing) item = missingItem(`no sitemap found (${col.files.map((f) => f.fetched).join(', ')} answered 404)`, fileSources, now);
      else if (errors.length && !col.urls.length) item = errorItem(errors[0]!.error!.code, errors.map((f) => `${f.url}: ${f.error!.message}`).join('; '), fileSources, now);
      else if (!col.urls.length) item = errorItem('sitemap-empty', 'the sitemap lists no URLs', fileSources, now);
      else item = errorItem('no-lastmod', `${col.urls.length} sitemap URLs but no readable <lastmod> (${stats.undated} without, ${stats.invalid} unreadable, ${stats.future} in the future)`, fileSources, now);
      for (const k of sitemapKeys) ev[k] = item;
    }
  }

  // Last-Modified of key pages.
  const keyDocs = docs.filter((d) => d.kinds.some((k) => KEY_KINDS.includes(k)));
  const pool = keyDocs.length ? keyDocs : docs.slice(0, 10);
  const lm: { date: Date; source: Source }[] = [];
  const lmBad: Source[] = [];
  for (const d of pool) {
    const v = d.headers['last-modified'];
    if (!v) continue;
    const p = parseDateValue(v, dateOpts);
    if ('error' in p) lmBad.push({ url: d.url, snippet: `Last-Modified: ${v}`, note: p.error });
    else lm.push({ date: p.date, source: { url: d.url, snippet: `Last-Modified: ${v}` } });
  }
  const newestLm = newestNotFuture(lm, now);
  if (newestLm) ev['site.freshness.lastModifiedAge'] = probeItem(Math.max(0, now.getTime() - newestLm.date.getTime()), [newestLm.source, ...lm.filter((x) => x !== newestLm).map((x) => x.source).slice(0, 9), ...lmBad], now);
  else if (lmBad.length) ev['site.freshness.lastModifiedAge'] = errorItem('unparseable-date', `Last-Modified headers could not be read: ${lmBad.map((b) => b.snippet).join('; ')}`, lmBad, now);
  else if (!pool.length) ev['site.freshness.lastModifiedAge'] = errorItem('no-pages', 'no pages could be read', [], now);
  else ev['site.freshness.lastModifiedAge'] = missingItem(`no Last-Modified header on ${pool.length} key pages`, pool.slice(0, 5).map((d) => ({ url: d.url })), now);

  // Dated items on news pages.
  const news = docs.filter((d) => d.kinds.includes('news') && !d.error);
  if (!news.length) ev['site.freshness.newsNewestAge'] = missingItem('no news pages found', [], now);
  else {
    const found: { date: Date; source: Source }[] = [];
    const rejected: string[] = [];
    let future = 0;
    for (const d of news) {
      const r = extractDates(d.text, dateOpts);
      for (const x of r.dates) found.push({ date: x.date, source: { url: d.url, snippet: x.raw } });
      for (const t of d.times) {
        const p = parseDateValue(t, dateOpts);
        if ('date' in p) found.push({ date: p.date, source: { url: d.url, snippet: `<time datetime="${t}">` } });
      }
      rejected.push(...r.rejected.map((x) => `"${x.raw}": ${x.reason}`));
    }
    future = found.filter((f) => f.date.getTime() > now.getTime() + DAY_MS).length;
    const newest = newestNotFuture(found, now);
    if (newest) {
      const notes = [future ? `${future} future dates ignored` : '', rejected.length ? `${rejected.length} unparseable dates: ${rejected.slice(0, 3).join('; ')}` : ''].filter(Boolean).join('; ');
      ev['site.freshness.newsNewestAge'] = probeItem(Math.max(0, now.getTime() - newest.date.getTime()), [{ ...newest.source, note: notes || undefined }], now);
    } else if (rejected.length || future) {
      ev['site.freshness.newsNewestAge'] = errorItem('unparseable-date', `no usable date on news pages${future ? ` (${future} in the future)` : ''}${rejected.length ? `; unparseable: ${rejected.slice(0, 5).join('; ')}` : ''}`, news.map((d) => ({ url: d.url })), now);
    } else ev['site.freshness.newsNewestAge'] = errorItem('no-dates', 'news pages carry no dates', news.map((d) => ({ url: d.url })), now);
  }

  // Copyright year.
  const home = docs.filter((d) => d.kinds.includes('home') && !d.error);
  const ordered = [...home, ...docs.filter((d) => !home.includes(d) && !d.error)];
  let cy: { year: number; snippet: string; url: string } | undefined;
  for (const d of ordered) {
    const c = copyrightYear(d.text);
    if (c) {
      cy = { ...c, url: d.url };
      break;
    }
  }
  const currentYear = localParts(now, ctx.timeZone).year;
  if (!cy) ev['site.freshness.copyrightYearLag'] = missingItem('no copyright year on the pages read', [], now);
  else if (cy.year > currentYear + 1) ev['site.freshness.copyrightYearLag'] = errorItem('future-year', `copyright year ${cy.year} is after ${currentYear}`, [{ url: cy.url, snippet: cy.snippet }], now);
  else {
    ev['site.freshness.copyrightYearLag'] = probeItem(Math.max(0, currentYear - cy.year), [{ url: cy.url, snippet: cy.snippet, note: `© ${cy.year}; current year ${currentYear}` }], now);
  }
  return ev;
}
