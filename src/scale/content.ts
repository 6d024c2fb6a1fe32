/**
 * What two reports of one audit must share to be "the same content": everything the
 * audit found and concluded, less what differs between any two runs of the same site.
 * Used to show that a merged split run equals the unsplit run (test/scale, bench/).
 *
 * Left out, by rule:
 *  - when it ran: `generatedAt`, every `collectedAt`, `meta` (the CI job), `history`;
 *  - the order of `sources` lists (the crawl reads several pages at once, and lists
 *    them in the order they finished), and for measured figures which source came
 *    first (the worst page) and its note: the pages themselves are compared;
 *  - the figures of measured times, whose digits move from run to run: Lighthouse's
 *    performance score and metrics (LCP, TBT, CLS and the per-page list), the site's
 *    response latencies and the ages of dated content (now − last modified). The
 *    states and scores of the checks that read them are kept, and so are the area and
 *    overall scores: a merged run that judged them differently differs;
 *  - the times of the customer journeys (each run's `timeMs`, the elapsed durations in
 *    their notes and reasons, and those durations as worded in a check that reads them):
 *    their counts — steps, actions, pages, where one stopped — and their screenshots'
 *    paths are compared, as Lighthouse's saved results' paths are.
 */
import type { Report } from '../types.js';

/** Evidence keys whose figures are measured times. */
export const MEASURED_KEYS: ReadonlySet<string> = new Set([
  'lighthouse.performance', 'lighthouse.lcp', 'lighthouse.tbt', 'lighthouse.cls', 'lighthouse.pages', 'lighthouse.medianScores',
  'site.availability.successRate', 'site.availability.endpoints', 'site.availability.latencyP95',
  'site.availability.latencyP50', 'site.freshness.sitemapNewestAge', 'site.freshness.sitemapMedianAge', 'site.freshness.newsNewestAge',
  'site.freshness.lastModifiedAge', 'site.freshness.sitemap',
]);

/** Evidence keys whose values hold elapsed times beside counts: the times alone are left out. */
export const TIMED_KEYS: ReadonlySet<string> = new Set(['site.journeys.runs', 'site.journeys.completed', 'site.journeys.effortMax']);

/** A duration as formatDuration writes it: 850 ms, 1.5 s, 1,5 s, 1 min 3 s, 2 h. */
const WORDED_DURATION = /\d+(?:[.,]\d+)?\s?(?:ms|s|min|h|d)\b/g;

/** `timeMs`, message values `{ duration: { duration: ms } }` and worded durations, masked. */
const untimed = (v: unknown): unknown => {
  if (typeof v === 'string') return v.replace(WORDED_DURATION, '#');
  if (Array.isArray(v)) return v.map(untimed);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => {
      if (k === 'timeMs' && typeof x === 'number') return [k, '#'];
      if (k === 'duration' && x && typeof x === 'object' && typeof (x as { duration?: unknown }).duration === 'number') return [k, '#'];
      return [k, untimed(x)];
    }));
  }
  return v;
};

/** Whether a check reads a timed key (as its evidence, among its keys or in its details). */
function readsTimed(c: Report['checks'][number]): boolean {
  const e = c.evidence as { key?: string; keys?: unknown };
  const keys = [e.key, ...(Array.isArray(e.keys) ? e.keys : []), ...(c.details ?? []).map((d) => d.key)];
  return keys.some((k) => typeof k === 'string' && TIMED_KEYS.has(k));
}

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
      if (isMeasured && (k === 'value' || k === 'note' || k === 'snippet')) x = digits(x);
      // Which page is the worst, and its note, is a measurement too: the pages are compared.
      if (isMeasured && k === 'sources' && Array.isArray(x)) x = (x as { url?: string }[]).map((s) => s.url ?? '');
      // Listed in crawl order, or worst first for measured figures: compared as sets.
      if ((k === 'sources' || (isMeasured && k === 'artifacts')) && Array.isArray(x)) x = [...x].map((s) => JSON.stringify(s)).sort().map((s) => JSON.parse(s));
      out[k] = x;
    }
    return out;
  }
  return v;
}

export interface ContentOptions {
  /**
   * `figures` (default): the figures of measured times are left out, the verdicts drawn
   * from them are compared. `verdicts`: the verdicts of the checks that read measured
   * times are left out too, with what they feed — their areas' scores, counts and
   * maturity, the overall score and maturity, the gate and the roadmap — for two live
   * runs on a busy machine, where one slow Lighthouse run can move a verdict.
   */
  measured?: 'figures' | 'verdicts';
}

/** The report as compared: see the module's comment and ContentOptions for what is left out. */
export function reportContent(report: Report, opts: ContentOptions = {}): unknown {
  const { generatedAt, meta, history, ...rest } = report;
  void generatedAt;
  void meta;
  void history;
  const verdicts = opts.measured === 'verdicts';
  const timed = new Set<string>();
  const checks = rest.checks.map((c) => {
    const measured = c.evidence.key !== undefined && MEASURED_KEYS.has(c.evidence.key);
    const x = (readsTimed(c) ? untimed(clean(c, false)) : clean(c, false)) as Record<string, unknown>;
    if (measured) {
      x.evidence = clean({ ...c.evidence }, true);
      x.expectation = digits(x.expectation);
      if (verdicts) {
        timed.add(c.area);
        for (const k of ['status', 'score', 'title', 'reason']) delete x[k];
      }
    }
    return x;
  });
  const out = clean({ ...rest, checks: undefined, _checks: checks }, false) as Record<string, unknown>;
  if (verdicts && timed.size) {
    for (const k of ['score', 'maturity', 'gate', 'roadmap']) delete out[k];
    out.areas = (out.areas as Record<string, unknown>[]).map((a) => (timed.has(a.id as string) ? { id: a.id, coverage: a.coverage, weight: a.weight } : a));
  }
  return out;
}

/** Where two reports' contents differ, as "path: a ≠ b" lines (empty when they are the same). */
export function contentDifferences(a: Report, b: Report, opts: ContentOptions & { max?: number } = {}): string[] {
  const max = opts.max ?? 50;
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
  walk(reportContent(a, opts), reportContent(b, opts), '');
  return out;
}
