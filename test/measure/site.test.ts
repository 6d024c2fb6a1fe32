/**
 * The measures on what a real crawl gathered: each example site is served on
 * 127.0.0.1, crawled in Chromium (told its production origin, as `audit --serve` does
 * from the profile's website), and measured from the crawl's snapshots, sitemaps and
 * evidence. Only availability sampling and TLS go to the network again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadChecklists } from '../../src/checklists/load.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import type { Config } from '../../src/config/load.js';
import type { NapComparison, NapDifference } from '../../src/measure/alignment/nap.js';
import type { ChannelRow } from '../../src/measure/channels.js';
import { MEASURE_KEYS, measureSite } from '../../src/measure/index.js';
import { siteIdentity } from '../../src/probes/identity.js';
import { gatherSiteDetail, launchBrowser, type BrowserHandle } from '../../src/probes/index.js';
import type { CrawledPage, SiteInfo } from '../../src/probes/types.js';
import { readProfile } from '../../src/profile/load.js';
import type { Evidence, Profile } from '../../src/types.js';
import { crawled, snapshot } from '../probes/builders.js';
import { serveDir, type Served } from './helpers.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const config: Config = { availability: { samples: 2, intervalMs: 0, timeoutMs: 2000 } };
const example = (org: string) => path.resolve(__dirname, '../../examples', org);
const profileOf = (org: string): Profile => readProfile(path.join(example(org), 'profile.yaml')).profile!;

let handle: BrowserHandle;
beforeAll(async () => {
  handle = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await handle?.close();
});

/** Crawls a served example as an audit does, then measures it. */
async function crawlAndMeasure(served: Served, profile: Profile, cfg: Config = config): Promise<{ ev: Evidence; site: SiteInfo }> {
  const d = await gatherSiteDetail(handle, { urls: [served.url], website: profile.organisation.website, country: profile.organisation.country, concurrency: 3 });
  const ev = await measureSite({ site: d.site, evidence: d.evidence, profile, config: cfg, now: NOW });
  return { ev: { ...d.evidence, ...ev }, site: d.site };
}

/** A crawl result made of snapshots, for measures of sites that are gone. */
function siteOf(target: string, pages: CrawledPage[], evidence: Evidence = {}): { site: SiteInfo; evidence: Evidence } {
  const site: SiteInfo = {
    target, home: target, identity: siteIdentity({ target }), country: 'CO', pages,
    sitemap: { discovered: [], via: '/sitemap.xml', files: [{ url: `${target}sitemap.xml`, fetched: `${target}sitemap.xml`, depth: 0, urls: 0, children: 0, gzip: false, truncated: false, error: { code: 'connection-refused', message: 'connection refused (ECONNREFUSED)' } }], urls: [], truncated: false, notes: [] },
    https: { servedOverHttps: false, httpRedirectsToHttps: null, hsts: false, detail: '' }, notVisited: 0, collectedAt: NOW.toISOString(),
  };
  return { site, evidence };
}

const checklists = loadChecklists(['checklists/alignment.yaml', 'checklists/freshness.yaml', 'checklists/channels.yaml']);
function status(id: string, profile: Profile, ev: Evidence): string {
  for (const list of checklists) {
    const def = list.checks.find((c) => c.id === id);
    if (def) return evaluateCheck(def, list.id, profile, ev, NOW).status;
  }
  throw new Error(`no check ${id}`);
}

describe('measureSite on examples/tienda-andina (served locally, production origin mapped)', () => {
  let site: Served;
  let ev: Evidence;
  const profile = profileOf('tienda-andina');
  beforeAll(async () => {
    site = await serveDir(path.join(example('tienda-andina'), 'site'));
    ({ ev } = await crawlAndMeasure(site, profile));
  }, 120_000);
  afterAll(() => site.close());

  it('finds the Medellín closing-time mismatch and nothing else', () => {
    const diffs = ev['site.alignment.differences']!.value as NapDifference[];
    expect(diffs).toEqual([{
      location: 'Tienda Andina El Poblado', field: 'hours', status: 'mismatch',
      declared: 'Mo-Sa 10:00-20:00; Su 11:00-18:00', found: 'Mo-Sa 10:00-21:00; Su 11:00-18:00',
      url: `${site.url}tiendas/`, detail: 'Mo-Sa: 10:00-20:00 declared, 10:00-21:00 found',
    }]);
    expect(ev['site.alignment.napScore']!.value).toBe(91.7);
  });

  it('reads the Medellín address written two ways as the same place', () => {
    const rows = ev['site.alignment.napComparisons']!.value as NapComparison[];
    expect(rows.find((r) => r.location === 'Tienda Andina El Poblado' && r.field === 'address')).toMatchObject({
      // As the crawl's one schema.org reader flattens it: street, locality, region, postcode, country.
      declared: 'Cra. 43A # 1 Sur-100', found: 'Carrera 43A No. 1 Sur - 100, Medellín, Antioquia, 050021, CO', result: 'equivalent',
    });
  });

  it('compares the delivery promise on the site with the actual p90', () => {
    expect(ev['site.alignment.deliveryPromise']!.value).toMatchObject({ promisedDays: 3, actualDaysP90: 6, declaredPromisedDays: 3, kept: 0.5, businessDays: true });
    expect(ev['site.alignment.deliveryPromiseKept']!.value).toBe(0.5);
    expect(ev['site.alignment.deliveryPromiseKept']!.sources[0]!.snippet).toMatch(/2 a 3 días hábiles/);
  });

  it('measures freshness from the mapped sitemap, the news page and the footer', () => {
    expect(ev['site.freshness.sitemapNewestAge']!.value).toBe(NOW.getTime() - Date.parse('2026-11-20T05:00:00Z'));
    expect(ev['site.freshness.sitemapStaleShare']!.value).toBe(0);
    expect(ev['site.freshness.newsNewestAge']!.value).toBe(NOW.getTime() - Date.parse('2026-11-18T05:00:00Z'));
    expect(ev['site.freshness.copyrightYearLag']!.value).toBe(0);
  });

  it('shows every declared channel and one set of contact data', () => {
    expect(ev['site.channels.declaredFoundShare']!.value).toBe(1);
    const rows = ev['site.channels.matrix']!.value as ChannelRow[];
    expect(rows.find((r) => r.channel === 'chat')).toMatchObject({ found: true, foundValues: ['tawk'] });
    expect(ev['site.alignment.contactConsistency']!.value).toBe(1);
  });

  it('measures published service hours in the profile time zone', () => {
    expect(ev['site.hours.published']!.value).toBe('Mo-Sa 07:00-21:00; Su 09:00-18:00');
    expect(ev['site.hours.coverage247']!.value).toBe(0.554);
    expect(ev['site.hours.targetCoverage']!.value).toBe(1);
  });

  it('samples the site and says there is no certificate on plain HTTP', () => {
    expect(ev['site.availability.successRate']!.value).toBe(1);
    expect(ev['site.tls.valid']!.missing).toMatch(/not served over HTTPS/);
  });

  it('fills every key it owns', () => {
    for (const k of MEASURE_KEYS) expect(ev[k], k).toBeDefined();
  });

  it.each([
    ['alignment.nap-consistency', 'pass'],
    ['alignment.delivery-promise-kept', 'fail'],
    ['alignment.contact-data-consistent', 'pass'],
    ['freshness.sitemap-recent', 'pass'],
    ['freshness.news-recent', 'pass'],
    ['freshness.copyright-current', 'pass'],
    ['channels.service-hours-247', 'partial'],
    ['channels.declared-channels-visible', 'pass'],
  ])('check %s is %s', (id, expected) => {
    expect(status(id, profile, ev)).toBe(expected);
  });
});

describe('measureSite with what the crawl handed over', () => {
  it('measures from snapshots alone when the site is gone, and fetches no page again', async () => {
    const profile = profileOf('tienda-andina');
    const target = 'http://127.0.0.1:1/';
    const stores = crawled({
      url: `${target}tiendas/`, depth: 1, kinds: ['storeLocator'],
      snapshot: snapshot({ url: `${target}tiendas/`, text: 'Tienda Andina El Poblado\nCarrera 43A No. 1 Sur - 100\nTeléfono: (604) 444 5566\nLunes a sábado: 10:00 a.m. – 9:00 p.m.\nDomingos y festivos: 11:00 a.m. – 6:00 p.m.' }),
    });
    const { site, evidence } = siteOf(target, [stores], {
      'site.policy.delivery': { value: ['Recíbelo en 2 a 3 días hábiles'], sources: [{ url: `${target}tiendas/` }], origin: 'probe' },
    });
    const ev = await measureSite({ site, evidence, profile, config: { availability: { samples: 1, timeoutMs: 500 } }, now: NOW, fetchTimeoutMs: 500 });
    const diffs = ev['site.alignment.differences']!.value as NapDifference[];
    expect(diffs.find((d) => d.location === 'Tienda Andina El Poblado')).toMatchObject({ field: 'hours', found: 'Mo-Sa 10:00-21:00; Su 11:00-18:00' });
    expect(diffs.filter((d) => d.field === 'location').map((d) => d.location)).toEqual(['Tienda Andina Chapinero', 'Tienda Andina Granada']);
    expect(ev['site.alignment.deliveryPromiseKept']!.value).toBe(0.5);
    // Availability samples the network (nothing answers); freshness reads the crawl's sitemap record.
    expect(ev['site.availability.successRate']!.value).toBe(0);
    expect(ev['site.freshness.sitemapNewestAge']!.error?.code).toBe('connection-refused');
  });

  it('reads contact data per page from the same reading that built the evidence', async () => {
    const target = 'http://127.0.0.1:1/';
    const page = (p: string, text: string): CrawledPage => crawled({ url: target + p, depth: 1, snapshot: snapshot({ url: target + p, text }) });
    const { site, evidence } = siteOf(target, [page('', 'Línea (601) 555 0123'), page('a/', 'Llámenos al (601) 555 0123'), page('b/', 'Línea (601) 555 0123'), page('noticias/', 'Antes: (601) 444 0000')]);
    const ev = await measureSite({ site, evidence, config: { availability: { samples: 1, timeoutMs: 300 } }, now: NOW, fetchTimeoutMs: 300 });
    expect(ev['site.alignment.contactDifferences']!.value).toEqual([{ url: `${target}noticias/`, kind: 'phones', missing: ['+576015550123'], instead: ['+576014440000'] }]);
    expect(ev['site.alignment.contactConsistency']!.value).toBe(0.75);
  });
});

describe('measureSite on the other examples', () => {
  it('distribuidora: a stale site, an old phone on /noticias/, and WhatsApp shown only as a phone', async () => {
    const site = await serveDir(path.join(example('distribuidora-del-valle'), 'site'));
    try {
      const profile = profileOf('distribuidora-del-valle');
      const { ev } = await crawlAndMeasure(site, profile);
      expect(ev['site.freshness.sitemapStaleShare']!.value).toBe(1);
      expect(ev['site.freshness.copyrightYearLag']!.value).toBe(3);
      expect(ev['site.alignment.contactDifferences']!.value).toEqual([{ url: `${site.url}noticias/`, kind: 'phones', missing: ['+576024867000'], instead: ['+576024481200'] }]);
      expect(ev['site.alignment.contactConsistency']!.value).toBe(0.909);
      expect(ev['site.alignment.napScore']!.value).toBe(100);
      expect(ev['site.alignment.deliveryPromiseKept']!.value).toBe(0.4);
      const wa = (ev['site.channels.matrix']!.value as ChannelRow[]).find((r) => r.channel === 'whatsapp')!;
      expect(wa).toMatchObject({ declared: true, found: false });
      expect(wa.detail).toMatch(/\+573156789012 is shown only as a phone number/);
      expect(status('alignment.contact-data-consistent', profile, ev)).toBe('partial');
      expect(status('freshness.sitemap-recent', profile, ev)).toBe('fail');
    } finally {
      await site.close();
    }
  });

  it('alcaldía: the Casa de la Cultura phone differs; lunch-break hours match', async () => {
    const site = await serveDir(path.join(example('alcaldia-san-isidro'), 'site'));
    try {
      const profile = profileOf('alcaldia-san-isidro');
      const { ev } = await crawlAndMeasure(site, profile);
      expect((ev['site.alignment.differences']!.value as NapDifference[]).map((d) => [d.location, d.field, d.declared, d.found])).toEqual([
        ['Casa de la Cultura', 'phone', '(601) 832 4588', '+576018324577'],
      ]);
      const palacio = (ev['site.alignment.napComparisons']!.value as NapComparison[]).find((c) => c.location.startsWith('Palacio') && c.field === 'hours');
      expect(palacio?.result).toBe('equivalent');
      expect(ev['site.freshness.sitemapStaleShare']!.value).toBe(0.583);
      expect(ev['site.freshness.newsNewestAge']!.value).toBe(NOW.getTime() - Date.parse('2026-11-10T05:00:00Z'));
      expect(ev['site.hours.coverage247']!.value).toBe(0.208);
      expect(ev['site.alignment.deliveryPromiseKept']!.missing).toBe('no delivery promise found on the site');
    } finally {
      await site.close();
    }
  });
});

describe('measureSite never throws', () => {
  it('reports a crawl that read nothing, every key it owns present', async () => {
    const t = Date.now();
    const target = 'http://127.0.0.1:1/';
    const { site, evidence } = siteOf(target, [crawled({ url: target, depth: 0, kinds: ['home'], status: null, error: { code: 'unreachable', message: 'the page could not be reached (ERR_CONNECTION_REFUSED)' } })]);
    const ev = await measureSite({ site, evidence, profile: profileOf('tienda-andina'), config: { availability: { samples: 2, intervalMs: 0, timeoutMs: 500 } }, now: NOW, fetchTimeoutMs: 500 });
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(ev['site.availability.successRate']!.value).toBe(0);
    expect(ev['site.availability.latencyP95']!.error?.code).toBe('no-answer');
    expect(ev['site.freshness.sitemapNewestAge']!.error?.code).toBe('connection-refused');
    expect(ev['site.alignment.napScore']!.error?.code).toBe('no-site-data');
    expect(ev['site.channels.matrix']!.value).toEqual(expect.any(Array));
    for (const k of MEASURE_KEYS) expect(ev[k], k).toBeDefined();
  });

  it('works without a profile', async () => {
    const { site, evidence } = siteOf('http://127.0.0.1:1/', []);
    const ev = await measureSite({ site, evidence, now: NOW, config: { availability: { samples: 1, timeoutMs: 300 } }, fetchTimeoutMs: 300 });
    expect(ev['site.alignment.napScore']!.missing).toBe('the profile declares no locations');
    expect(ev['site.channels.declaredFoundShare']!.missing).toMatch(/declares no channels/);
    for (const k of MEASURE_KEYS) expect(ev[k], k).toBeDefined();
  });
});
