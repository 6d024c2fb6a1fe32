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
import type { MessageValue } from '../../i18n/index.js';
import { errorReason, fetchUrl, type FetchError } from '../../net/fetch.js';
import { collectSitemaps } from '../../net/sitemap.js';
import { extractDates, newestNotFuture, parseDateValue, type FoundDate, type NotADate } from '../dates.js';
import { durationOr } from '../durations.js';
import { htmlToText, selectFirst } from '../html.js';
import { jsonPath } from './jsonpath.js';
import { because, judged, result } from './status.js';
import type { FreshnessContext, FreshnessSourceConfig, FreshnessSourceResult } from './types.js';

/** Reads one configured source. Never throws: failures are status "error" with the reason. */
export async function readFreshnessSource(cfg: FreshnessSourceConfig, ctx: Pick<FreshnessContext, 'now' | 'timeZone' | 'locale' | 'fetch' | 'mapUrl' | 'config'>): Promise<FreshnessSourceResult> {
  const { now } = ctx;
  const dateOpts = { locale: ctx.locale, timeZone: ctx.timeZone };
  const where = (detail?: string) => (detail ? `${cfg.url} ${detail}` : cfg.url);
  if (!cfg || typeof cfg.url !== 'string' || !cfg.url) return result(cfg, '', now, because('evidence.freshness.source.noUrl'));
  for (const k of ['warnAfter', 'errorAfter'] as const) {
    if (cfg[k] !== undefined && durationOr(cfg[k], undefined) === undefined) return result(cfg, where(), now, because('evidence.freshness.source.badDuration', { key: k, value: String(cfg[k]) }));
  }
  try {
    switch (cfg.source) {
      case 'sitemap': {
        const col = await collectSitemaps([cfg.url], { ...ctx.config?.sitemap, fetch: ctx.fetch, mapUrl: ctx.mapUrl });
        const failed = col.files.find((f) => f.error);
        const dates = col.urls.map((u) => (u.lastmod ? parseDateValue(u.lastmod, dateOpts) : undefined)).filter((d): d is FoundDate => !!d && 'date' in d);
        const newest = newestNotFuture(dates, now);
        if (!newest) {
          const why = failed ? because('evidence.freshness.fileError', { url: failed.url, error: { msg: errorReason(failed.error!) } })
            : because(col.urls.length ? 'evidence.freshness.source.noLastmod' : 'evidence.freshness.sitemapEmpty');
          return result(cfg, where('<lastmod>'), now, why);
        }
        return judged(cfg, where('<lastmod>'), now, newest);
      }
      case 'header': {
        const name = (cfg.header ?? 'last-modified').toLowerCase();
        const r = await fetchUrl(cfg.url, { ...ctx.fetch, method: 'GET', maxBytes: 64 * 1024, mapUrl: ctx.mapUrl });
        if (r.error && r.status === undefined) return result(cfg, where(`header ${name}`), now, fetchFailed(r.error));
        if (r.status !== undefined && r.status >= 400) return result(cfg, where(`header ${name}`), now, because('evidence.freshness.source.http', { status: r.status }));
        const v = r.headers[name];
        if (!v) return result(cfg, where(`header ${name}`), now, because('evidence.freshness.source.noHeader', { header: name }));
        const d = parseDateValue(v, dateOpts);
        if ('error' in d) return result(cfg, where(`header ${name}`), now, because('evidence.freshness.source.unparseableIn', { where: name, error: dateError(d) }));
        return judged(cfg, where(`header ${name}`), now, d);
      }
      case 'json': {
        const path = cfg.path ?? '$';
        const r = await fetchUrl(cfg.url, { ...ctx.fetch, maxBytes: 5 * 1024 * 1024, mapUrl: ctx.mapUrl, headers: { accept: 'application/json' } });
        if (r.error && !r.body.length) return result(cfg, where(path), now, fetchFailed(r.error));
        if (r.status !== undefined && r.status >= 400) return result(cfg, where(path), now, because('evidence.freshness.source.http', { status: r.status }));
        let doc: unknown;
        try {
          doc = JSON.parse(r.body.toString('utf8'));
        } catch (e) {
          return result(cfg, where(path), now, because(r.truncated ? 'evidence.freshness.source.notJsonCut' : 'evidence.freshness.source.notJson', { detail: (e as Error).message }));
        }
        const values = jsonPath(doc, path);
        // The JSONPath subset's own words on a path it cannot read: the configuration's syntax.
        if (!Array.isArray(values)) return result(cfg, where(path), now, because('evidence.freshness.source.badPath', { detail: values.error }));
        if (!values.length) return result(cfg, where(path), now, because('evidence.freshness.source.nothingAt', { path }));
        const dates: FoundDate[] = [];
        const bad: NotADate[] = [];
        for (const v of values) {
          const d = parseDateValue(v, dateOpts);
          if ('error' in d) bad.push(d);
          else dates.push(d);
        }
        const newest = newestNotFuture(dates, now);
        if (!newest && dates.length) return result(cfg, where(path), now, { timestamp: dates[0]!.iso, ...because('evidence.freshness.source.futureAt', { timestamp: dates[0]!.iso, path }) });
        if (!newest) return result(cfg, where(path), now, because('evidence.freshness.source.unparseableAt', { path, error: dateError(bad[0]!) }));
        return judged(cfg, where(path), now, newest);
      }
      case 'page': {
        const r = await fetchUrl(cfg.url, { ...ctx.fetch, mapUrl: ctx.mapUrl });
        const locator = cfg.selector ? `selector ${cfg.selector}` : cfg.pattern ? `pattern /${cfg.pattern}/` : 'page text';
        if (r.error && !r.body.length) return result(cfg, where(locator), now, fetchFailed(r.error));
        if (r.status !== undefined && r.status >= 400) return result(cfg, where(locator), now, because('evidence.freshness.source.http', { status: r.status }));
        const html = r.body.toString('utf8');
        return readPageDate(cfg, html, where(locator), ctx, dateOpts);
      }
      default:
        return result(cfg, where(), now, because('evidence.freshness.source.unknownType', { type: String((cfg as { source?: unknown }).source) }));
    }
  } catch (e) {
    return result(cfg, where(), now, because('evidence.freshness.source.internal', { detail: (e as Error).message }));
  }
}

/** Why a fetch gave nothing to read. */
function fetchFailed(e: FetchError): Pick<FreshnessSourceResult, 'reason' | 'why'> {
  return { reason: e.message, why: errorReason(e) };
}

/** Why a value is not a date, as a message value. */
function dateError(d: NotADate): MessageValue {
  return { msg: d.why ?? { id: 'evidence.legacy', values: { detail: d.error } } };
}

function readPageDate(cfg: FreshnessSourceConfig, html: string, readAt: string, ctx: Pick<FreshnessContext, 'now'>, dateOpts: { locale?: string; timeZone?: string }): FreshnessSourceResult {
  const { now } = ctx;
  if (cfg.selector) {
    const el = selectFirst(html, cfg.selector);
    if (!el) return result(cfg, readAt, now, because('evidence.freshness.source.noElement', { selector: cfg.selector }));
    const candidates = [el.attrValue, el.text].filter((x): x is string => !!x);
    let why = because('evidence.freshness.source.noDateIn', { selector: cfg.selector });
    for (const c of candidates) {
      const d = parseDateValue(c, dateOpts);
      if ('date' in d) return judged(cfg, readAt, now, d);
      why = because('evidence.freshness.source.unparseableIn', { where: cfg.selector, error: dateError(d) });
    }
    return result(cfg, readAt, now, why);
  }
  const text = htmlToText(html);
  if (cfg.pattern) {
    let re: RegExp;
    try {
      re = new RegExp(cfg.pattern, 'i');
    } catch (e) {
      return result(cfg, readAt, now, because('evidence.freshness.source.badPattern', { detail: (e as Error).message }));
    }
    const m = re.exec(text) ?? re.exec(html);
    if (!m) return result(cfg, readAt, now, because('evidence.freshness.source.noMatch', { pattern: cfg.pattern }));
    const d = parseDateValue(m[1] ?? m[0], dateOpts);
    if ('error' in d) return result(cfg, readAt, now, because('evidence.freshness.source.unparseableText', { text: (m[1] ?? m[0]).slice(0, 60), error: dateError(d) }));
    return judged(cfg, readAt, now, d);
  }
  const { dates } = extractDates(text, dateOpts);
  const newest = newestNotFuture(dates, now);
  if (!newest) return result(cfg, readAt, now, because('evidence.freshness.source.noDateInPage'));
  return judged(cfg, readAt, now, newest);
}
