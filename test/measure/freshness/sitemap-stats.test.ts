import { describe, expect, it } from 'vitest';
import { sitemapStats } from '../../../src/measure/freshness/sitemap-stats.js';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('sitemap statistics', () => {
  it('computes newest, median and stale share, ignoring future and unreadable lastmod', () => {
    const s = sitemapStats([
      { loc: 'a', lastmod: '2026-11-20' }, { loc: 'b', lastmod: '2025-01-01' }, { loc: 'c', lastmod: '2024-06-01T10:00:00Z' },
      { loc: 'd', lastmod: '2027-05-01' }, { loc: 'e', lastmod: 'yesterday' }, { loc: 'f' },
    ], NOW, { timeZone: 'UTC' });
    expect(s).toMatchObject({ urls: 6, dated: 3, future: 1, invalid: 1, undated: 1, newest: '2026-11-20', staleShare: 0.667 });
    expect(s.newestAge).toBe(NOW.getTime() - Date.parse('2026-11-20T00:00:00Z'));
  });

  it('counts a URL as stale past the given age', () => {
    const entries = [{ loc: 'a', lastmod: '2026-11-20' }, { loc: 'b', lastmod: '2026-09-01' }];
    expect(sitemapStats(entries, NOW, { timeZone: 'UTC' }).staleShare).toBe(0);
    expect(sitemapStats(entries, NOW, { timeZone: 'UTC', staleAfterMs: 30 * 86_400_000 }).staleShare).toBe(0.5);
  });

  it('gives no ages when no lastmod can be used', () => {
    expect(sitemapStats([{ loc: 'a' }, { loc: 'b', lastmod: 'soon' }], NOW)).toEqual({ urls: 2, dated: 0, undated: 1, invalid: 1, future: 0 });
  });
});
