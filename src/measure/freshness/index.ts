/**
 * Data freshness (SS-3, SS-4, V360-6), written as evidence: the configured sources
 * (sources.ts), and the automatic signals — sitemap lastmod (newest, median, share
 * older than a year; sitemap-stats.ts), Last-Modified of key pages, dated items on news
 * pages (future dates — event calendars — are ignored), and the copyright year
 * (copyright.ts).
 */
import type { Evidence, EvidenceItem, Source } from '../../types.js';
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
function errorItem(code: string, message: string, sources: Source[], now: Date): EvidenceItem {
  return { sources, origin: 'probe', error: { code, message }, collectedAt: now.toISOString() };
}
function missingItem(reason: string, sources: Source[], now: Date): EvidenceItem {
  return { sources, origin: 'probe', missing: reason, collectedAt: now.toISOString() };
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
