/**
 * Sitemap statistics: how old the site's pages say they are, from the <lastmod> of
 * every URL the sitemaps list.
 */
import { parseDateValue, type FoundDate } from '../dates.js';
import { DAY_MS, YEAR_MS, median, round } from '../durations.js';

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
