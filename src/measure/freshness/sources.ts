/**
 * Configured sources, like dbt source freshness — `{ name, source, url, warnAfter,
 * errorAfter }` plus, by source:
 *   sitemap  the newest <lastmod> of the sitemap (index) at `url`;
 *   header   a date header of `url` (`header`, default Last-Modified);
 *   json     the date(s) at `path` in the JSON document at `url` (the subset in
 *            jsonpath.ts; with several values, the newest date wins);
 *   page     the first date in the element matched by `selector` (`tag`, `#id`,
 *            `.class`, `tag.class`, `tag#id`, `[attr=value]`; a datetime/content
 *            attribute wins over the text), or the first capture group (else the whole
 *            match) of the regular expression `pattern` applied to the page's text,
 *            then to its HTML; with neither, the newest date in the page text.
 * Each gives its age, fresh | warn | stale | error, the timestamp and where it was read.
 */
import { fetchUrl } from '../../net/fetch.js';
import { collectSitemaps } from '../../net/sitemap.js';
import { extractDates, newestNotFuture, parseDateValue, type FoundDate } from '../dates.js';
import { durationOr } from '../durations.js';
import { htmlToText, selectFirst } from '../html.js';
import { jsonPath } from './jsonpath.js';
import { judged, result } from './status.js';
import type { FreshnessContext, FreshnessSourceConfig, FreshnessSourceResult } from './types.js';

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
