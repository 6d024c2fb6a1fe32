/**
 * End to end in real Chromium: every labelled fixture site (WordPress, Shopify, VTEX,
 * Wix, hand-written; Spanish, English, Portuguese) is served on 127.0.0.1 and probed;
 * precision and recall per signal over all of them must be at least 0.95.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDir, gatherSiteDetail, type BrowserHandle, type GatherSiteDetail } from '../../src/probes/index.js';
import { fixtureSites, precision, recall, score, table, type Tally } from './helpers.js';

const sites = fixtureSites();
let handle: BrowserHandle;
const results = new Map<string, GatherSiteDetail>();

beforeAll(async () => {
  handle = await launchBrowser();
  // Two sites at a time: enough to keep two cores busy without starving either crawl.
  const queue = [...sites];
  const worker = async (): Promise<void> => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      const server = await serveDir(s.dir);
      try {
        // A copy served on 127.0.0.1 is told its production origin, as `--origin` does.
        results.set(s.name, await gatherSiteDetail(handle, { urls: [server.url], country: s.labels.country, origin: s.labels.origin, concurrency: 3 }));
      } finally {
        await server.close();
      }
    }
  };
  await Promise.all([worker(), worker()]);
}, 150_000);

afterAll(async () => {
  await handle?.close();
});

describe('fixture sites probed in Chromium', () => {
  it('has labelled fixture sites in several builders and languages', () => {
    expect(sites.length).toBeGreaterThanOrEqual(8);
    expect(new Set(sites.map((s) => s.labels.language))).toEqual(new Set(['es', 'en', 'pt']));
  });

  it.each(sites.map((s) => [s.name, s] as const))('%s: every page was read without an error', (name) => {
    const r = results.get(name)!;
    expect(r.pages.length).toBeGreaterThan(3);
    expect(r.pages.filter((p) => p.error).map((p) => `${p.url} ${p.error!.code}`)).toEqual([]);
  });

  it('reaches precision and recall of at least 0.95 for every labelled signal', () => {
    const tallies = new Map<string, Tally>();
    for (const s of sites) score(tallies, s.name, s.labels.signals, results.get(s.name)!.evidence);
    // The figures the issue asks to report.
    console.log(`\nPrecision / recall over ${sites.length} labelled fixture sites\n${table(tallies)}\n`);
    const failing = [...tallies.entries()].filter(([, t]) => precision(t) < 0.95 || recall(t) < 0.95);
    expect(failing.map(([k, t]) => `${k}: P=${precision(t).toFixed(2)} R=${recall(t).toFixed(2)} ${t.misses.join('; ')}`)).toEqual([]);
  });

  it('every evidence item carries provenance: a page URL with a snippet or selector', () => {
    for (const [name, r] of results) {
      for (const [key, item] of Object.entries(r.evidence)) {
        if (item.error || !key.match(/^site\.(contact|chat|forms|help|selfservice|policy)\./)) continue;
        const positive = item.value === true || Array.isArray(item.value) && item.value.length > 0;
        if (!positive) continue;
        expect(item.sources.length, `${name} ${key}`).toBeGreaterThan(0);
        for (const s of item.sources) {
          expect(s.url, `${name} ${key}`).toMatch(/^https?:\/\//);
          expect(Boolean(s.snippet || s.selector), `${name} ${key} ${JSON.stringify(s)}`).toBe(true);
        }
      }
    }
  });

  it('cites web pages only: no chrome-error:// or about: URL in any evidence of any fixture site', () => {
    for (const [name, r] of results) {
      const cited = Object.values(r.evidence).flatMap((e) => e.sources.map((src) => src.url).filter((u): u is string => !!u));
      expect(cited.filter((u) => !/^https?:\/\//.test(u)), name).toEqual([]);
    }
  });

  it('measures click depth to key pages from the home page', () => {
    const wp = results.get('wp-tienda')!.evidence;
    expect(wp['site.contact.clickDepth']!.value).toBe(1);
    expect(wp['site.selfservice.orderTrackingDepth']!.value).toBe(1);
    const agency = results.get('agencia-demos')!.evidence;
    expect(agency['site.selfservice.orderTrackingDepth']!.value).toBeUndefined();
    expect(agency['site.selfservice.orderTrackingDepth']!.missing).toMatch(/no order tracking/i);
  });

  it('reads links hidden in collapsed menus, widgets loaded late and forms inside frames', () => {
    // Hidden Shopify drawer and WordPress sub-menu links.
    expect(results.get('shopify-store')!.evidence['site.selfservice.orderTracking']!.value).toBe(true);
    // Tawk injected 1.5 s after load; Tidio on first interaction.
    expect(results.get('wp-tienda')!.evidence['site.chat.vendors']!.value).toEqual(['tawk']);
    expect(results.get('wix-estudio')!.evidence['site.chat.vendors']!.value).toEqual(['tidio']);
    // Wix contact form inside a same-origin iframe, footer hydrated late.
    const wix = results.get('wix-estudio')!;
    expect(wix.evidence['site.forms.contact']!.sources[0]!.note).toMatch(/frame/);
    expect(wix.evidence['site.contact.emails']!.value).toEqual(['hola@estudioluz.mx']);
  });

  it('seeds the crawl from robots.txt and the sitemap', () => {
    const wp = results.get('wp-tienda')!;
    expect(wp.site.sitemap.urls.length).toBeGreaterThan(3);
  });
});
