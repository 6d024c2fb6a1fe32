/**
 * What two reports of one audit must share to be "the same content": everything the
 * audit found and concluded, less what differs between any two runs of the same site.
 * Used to show that a merged split run equals the unsplit run (test/scale, bench/).
 *
 * Left out, by rule:
 *  - when it ran: `generatedAt`, every `collectedAt`, `meta` (the CI job), `history`;
 *  - the order of `sources` lists (the crawl reads several pages at once, and lists
 *    them in the order they finished);
 *  - the figures of measured times, whose digits move from run to run: Lighthouse's
 *    metrics (LCP, TBT, CLS and the per-page list), the site's response latencies and
 *    the ages of dated content (now − last modified). Their states, scores and the
 *    pages they come from are kept: a merged run that judged them differently differs.
 */
import type { Report } from '../types.js';

/** Evidence keys whose figures are measured times. */
export const MEASURED_KEYS: ReadonlySet<string> = new Set([
  'lighthouse.lcp', 'lighthouse.tbt', 'lighthouse.cls', 'lighthouse.pages', 'lighthouse.medianScores',
  'site.availability.successRate', 'site.availability.endpoints', 'site.availability.latencyP95',
  'site.availability.latencyP50', 'site.freshness.sitemapNewestAge', 'site.freshness.sitemapMedianAge', 'site.freshness.newsNewestAge',
  'site.freshness.lastModifiedAge', 'site.freshness.sitemap',
]);

const digits = (v: unknown): unknown => {
  if (typeof v === 'number') return '#';
  if (typeof v === 'string') return v.replace(/\d+(?:[.,]\d+)?/g, '#');
  if (Array.isArray(v)) return v.map(digits);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, digits(x)]));
  return v;
};

function clean(v: unknown, measured: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => clean(x, measured));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const isMeasured = measured || (typeof o.key === 'string' && MEASURED_KEYS.has(o.key));
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) {
      if (k === 'collectedAt') continue;
      let x = clean(o[k], isMeasured);
      if (k === 'sources' && Array.isArray(x)) x = [...x].map((s) => JSON.stringify(s)).sort().map((s) => JSON.parse(s));
      if (isMeasured && (k === 'value' || k === 'sources' || k === 'note' || k === 'snippet')) x = digits(x);
      out[k] = x;
    }
    return out;
  }
  return v;
}

/** The report as compared: see the module's comment for what is left out. */
export function reportContent(report: Report): unknown {
  const { generatedAt, meta, history, ...rest } = report;
  void generatedAt;
  void meta;
  void history;
  const checks = rest.checks.map((c) => {
    const measured = c.evidence.key !== undefined && MEASURED_KEYS.has(c.evidence.key);
    const x = clean(c, false) as Record<string, unknown>;
    if (measured) {
      x.evidence = clean({ ...c.evidence }, true);
      x.expectation = digits(x.expectation);
    }
    return x;
  });
  return clean({ ...rest, checks: undefined, _checks: checks }, false);
}

/** Where two reports' contents differ, as "path: a ≠ b" lines (empty when they are the same). */
export function contentDifferences(a: Report, b: Report, max = 50): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, p: string) => {
    if (out.length >= max) return;
    if (x && y && typeof x === 'object' && typeof y === 'object' && Array.isArray(x) === Array.isArray(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${p}.${k}`);
      return;
    }
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${p}: ${JSON.stringify(x)?.slice(0, 160)} ≠ ${JSON.stringify(y)?.slice(0, 160)}`);
  };
  walk(reportContent(a), reportContent(b), '');
  return out;
}
