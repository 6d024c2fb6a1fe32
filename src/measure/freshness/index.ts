/**
 * Data freshness (SS-3, SS-4, V360-6), written as evidence: the configured sources
 * (sources.ts), and the automatic signals — sitemap lastmod (newest, median, share
 * older than a year; sitemap-stats.ts), Last-Modified of key pages, dated items on news
 * pages (future dates — event calendars — are ignored), and the copyright year
 * (copyright.ts).
 */
import { reason, semicolons, type Message, type MessageId, type MessageValues } from '../../i18n/index.js';
import { errorReason } from '../../net/fetch.js';
import type { Evidence, EvidenceItem, Source } from '../../types.js';
import { noted, notedAll } from '../reasons.js';
import { extractDates, newestNotFuture, parseDateValue } from '../dates.js';
import { DAY_MS, YEAR_MS, durationOr, formatDuration, round } from '../durations.js';
import { localParts } from '../zone.js';
import { copyrightYear } from './copyright.js';
import { sitemapStats } from './sitemap-stats.js';
import { readFreshnessSource } from './sources.js';
import type { FreshnessContext } from './types.js';

const KEY_KINDS = ['home', 'contact', 'storeLocator', 'help', 'news', 'orderTracking', 'payments', 'terms', 'invoices', 'complaints'];

function probeItem(value: unknown, sources: Source[], now: Date): EvidenceItem {
  return { value, sources, origin: 'probe', collectedAt: now.toISOString() };
}
function errorItem(code: string, id: MessageId, values: MessageValues | undefined, sources: Source[], now: Date): EvidenceItem {
  return { sources, origin: 'probe', error: { code, ...reason(id, values) }, collectedAt: now.toISOString() };
}
function missingItem(id: MessageId, values: MessageValues | undefined, sources: Source[], now: Date): EvidenceItem {
  const r = reason(id, values);
  return { sources, origin: 'probe', missing: r.message, missingReason: r.reason, collectedAt: now.toISOString() };
}

const msg = (id: MessageId, values?: MessageValues): Message => (values ? { id, values } : { id });

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
    else {
      const each = results.map((r) => msg('evidence.freshness.sourceFailed', { name: r.name, error: { msg: r.why ?? msg('evidence.legacy', { detail: r.reason ?? '' }) } }));
      ev['site.freshness.staleSources'] = errorItem('sources-unreadable', 'evidence.freshness.sourcesUnreadable', { sources: semicolons(each) }, sources, now);
    }
  } else {
    ev['site.freshness.sources'] = missingItem('evidence.freshness.noSources', undefined, [], now);
    ev['site.freshness.staleSources'] = missingItem('evidence.freshness.noSources', undefined, [], now);
  }

  // Sitemap lastmod.
  const col = ctx.sitemaps;
  const sitemapKeys = ['site.freshness.sitemapNewestAge', 'site.freshness.sitemapMedianAge', 'site.freshness.sitemapStaleShare'];
  if (!col) {
    for (const k of sitemapKeys) ev[k] = missingItem('evidence.freshness.sitemapsNotRead', undefined, [], now);
  } else {
    const fileSources: Source[] = col.files.map((f) => {
      // A file that could not be read says why in its note, in the reader's language.
      if (f.error) {
        const values = { code: f.error.code, error: { msg: errorReason(f.error) }, url: f.url };
        return { url: f.fetched, ...noted(f.url !== f.fetched ? 'evidence.freshness.fileFailedListedAs' : 'evidence.freshness.fileFailed', values) };
      }
      return {
        url: f.fetched,
        snippet: `${f.kind ?? 'sitemap'}: ${f.urls} URLs${f.children ? `, ${f.children} sitemaps` : ''}${f.gzip ? ' (gzip)' : ''}${f.truncated ? ' (truncated)' : ''}`,
        ...(f.url !== f.fetched ? noted('evidence.freshness.listedAs', { url: f.url }) : {}),
      };
    });
    const staleAfterMs = durationOr(ctx.config?.staleAfter, YEAR_MS) ?? YEAR_MS;
    const stats = sitemapStats(col.urls, now, { staleAfterMs, ...dateOpts });
    const detail = {
      via: col.via, files: col.files, truncated: col.truncated, notes: col.notes, ...stats,
    };
    ev['site.freshness.sitemap'] = probeItem(detail, fileSources, now);
    const errors = col.files.filter((f) => f.error);
    if (stats.dated) {
      // The collection's notes, as messages where it kept them (saved collections may not have).
      const notes: Message[] = col.notes.map((n, i) => col.noteReasons?.[i] ?? msg('evidence.legacy', { detail: n }));
      notes.push(...errors.map((f) => msg('evidence.freshness.fileError', { url: f.url, error: { msg: errorReason(f.error!) } })));
      if (stats.invalid) notes.push(msg('evidence.freshness.invalidLastmod', { n: stats.invalid }));
      if (stats.future) notes.push(msg('evidence.freshness.futureLastmod', { n: stats.future }));
      const src = fileSources.map((s, i) => {
        if (i !== 0 || !notes.length) return s;
        const all = s.noteReason ? [s.noteReason, ...notes] : notes;
        const n = notedAll(all);
        return { ...s, note: n.note!.slice(0, 500), noteReason: n.noteReason };
      });
      ev['site.freshness.sitemapNewestAge'] = probeItem(stats.newestAge, src, now);
      ev['site.freshness.sitemapMedianAge'] = probeItem(stats.medianAge, src, now);
      ev['site.freshness.sitemapStaleShare'] = probeItem(stats.staleShare, src, now);
    } else {
      const allMissing = col.files.every((f) => f.error && /^http-404$/.test(f.error.code));
      let item: EvidenceItem;
      if (allMissing) item = missingItem('evidence.freshness.noSitemap', { urls: col.files.map((f) => f.fetched).join(', ') }, fileSources, now);
      else if (errors.length && !col.urls.length) {
        const each = errors.map((f) => msg('evidence.freshness.fileError', { url: f.url, error: { msg: errorReason(f.error!) } }));
        item = errorItem(errors[0]!.error!.code, 'evidence.freshness.sitemapErrors', { errors: semicolons(each) }, fileSources, now);
      } else if (!col.urls.length) item = errorItem('sitemap-empty', 'evidence.freshness.sitemapEmpty', undefined, fileSources, now);
      else item = errorItem('no-lastmod', 'evidence.freshness.noLastmod', { n: col.urls.length, undated: stats.undated, invalid: stats.invalid, future: stats.future }, fileSources, now);
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
    if ('error' in p) lmBad.push({ url: d.url, snippet: `Last-Modified: ${v}`, note: p.error, ...(p.why ? { noteReason: p.why } : {}) });
    else lm.push({ date: p.date, source: { url: d.url, snippet: `Last-Modified: ${v}` } });
  }
  const newestLm = newestNotFuture(lm, now);
  if (newestLm) ev['site.freshness.lastModifiedAge'] = probeItem(Math.max(0, now.getTime() - newestLm.date.getTime()), [newestLm.source, ...lm.filter((x) => x !== newestLm).map((x) => x.source).slice(0, 9), ...lmBad], now);
  else if (lmBad.length) ev['site.freshness.lastModifiedAge'] = errorItem('unparseable-date', 'evidence.freshness.badLastModified', { headers: lmBad.map((b) => b.snippet).join('; ') }, lmBad, now);
  else if (!pool.length) ev['site.freshness.lastModifiedAge'] = errorItem('no-pages', 'evidence.freshness.noPages', undefined, [], now);
  else ev['site.freshness.lastModifiedAge'] = missingItem('evidence.freshness.noLastModified', { n: pool.length }, pool.slice(0, 5).map((d) => ({ url: d.url })), now);

  // Dated items on news pages.
  const news = docs.filter((d) => d.kinds.includes('news') && !d.error);
  if (!news.length) ev['site.freshness.newsNewestAge'] = missingItem('evidence.freshness.noNews', undefined, [], now);
  else {
    const found: { date: Date; source: Source }[] = [];
    const rejected: Message[] = [];
    for (const d of news) {
      const r = extractDates(d.text, dateOpts);
      for (const x of r.dates) found.push({ date: x.date, source: { url: d.url, snippet: x.raw } });
      for (const t of d.times) {
        const p = parseDateValue(t, dateOpts);
        if ('date' in p) found.push({ date: p.date, source: { url: d.url, snippet: `<time datetime="${t}">` } });
      }
      rejected.push(...r.rejected.map((x) => msg('evidence.freshness.rejectedDate', { raw: x.raw, error: { msg: x.why ?? msg('evidence.legacy', { detail: x.reason }) } })));
    }
    const future = found.filter((f) => f.date.getTime() > now.getTime() + DAY_MS).length;
    const newest = newestNotFuture(found, now);
    if (newest) {
      const notes: Message[] = [];
      if (future) notes.push(msg('evidence.freshness.futureDates', { n: future }));
      if (rejected.length) notes.push(msg('evidence.freshness.unparseableDates', { n: rejected.length, dates: semicolons(rejected.slice(0, 3)) }));
      const note = notes.length ? notedAll(notes) : {};
      ev['site.freshness.newsNewestAge'] = probeItem(Math.max(0, now.getTime() - newest.date.getTime()), [{ ...newest.source, ...note }], now);
    } else if (rejected.length || future) {
      const values = { future, dates: semicolons(rejected.slice(0, 5)) };
      const id: MessageId = future && rejected.length ? 'evidence.freshness.noUsableDateBoth' : future ? 'evidence.freshness.noUsableDateFuture' : 'evidence.freshness.noUsableDate';
      ev['site.freshness.newsNewestAge'] = errorItem('unparseable-date', id, values, news.map((d) => ({ url: d.url })), now);
    } else ev['site.freshness.newsNewestAge'] = errorItem('no-dates', 'evidence.freshness.noDates', undefined, news.map((d) => ({ url: d.url })), now);
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
  // Years are labels, not quantities: no thousands separator.
  if (!cy) ev['site.freshness.copyrightYearLag'] = missingItem('evidence.freshness.noCopyright', undefined, [], now);
  else if (cy.year > currentYear + 1) ev['site.freshness.copyrightYearLag'] = errorItem('future-year', 'evidence.freshness.futureCopyright', { year: String(cy.year), current: String(currentYear) }, [{ url: cy.url, snippet: cy.snippet }], now);
  else {
    ev['site.freshness.copyrightYearLag'] = probeItem(Math.max(0, currentYear - cy.year), [{ url: cy.url, snippet: cy.snippet, ...noted('evidence.freshness.copyright', { year: String(cy.year), current: String(currentYear) }) }], now);
  }
  return ev;
}
