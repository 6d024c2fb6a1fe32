import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadChecklists } from '../../src/checklists/load.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import type { Config } from '../../src/config/load.js';
import type { NapComparison, NapDifference } from '../../src/measure/alignment.js';
import type { ChannelRow } from '../../src/measure/channels.js';
import { MEASURE_KEYS, measureSite } from '../../src/measure/index.js';
import { readProfile } from '../../src/profile/load.js';
import type { Evidence, Profile } from '../../src/types.js';
import { serveDir, type Served } from './helpers.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const config: Config = { availability: { samples: 2, intervalMs: 0, timeoutMs: 2000 } };
const example = (org: string) => path.resolve(__dirname, '../../examples', org);
const profileOf = (org: string): Profile => readProfile(path.join(example(org), 'profile.yaml')).profile!;

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
    ev = await measureSite({ target: site.url, profile, config, now: NOW });
  });
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
      declared: 'Cra. 43A # 1 Sur-100', found: 'Carrera 43A No. 1 Sur - 100', result: 'equivalent',
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

describe('measureSite with what the crawler hands over', () => {
  let site: Served;
  beforeAll(async () => {
    site = await serveDir(path.join(example('tienda-andina'), 'site'));
  });
  afterAll(() => site.close());

  it('uses the crawler pages and evidence (structured locations, delivery statements)', async () => {
    const u = (p: string) => site.url + p;
    const profile = profileOf('tienda-andina');
    const evidence: Evidence = {
      'site.structuredData.locations': {
        // The crawler's shape: flattened address, E.164 telephone, specifications as "Days opens-closes" strings.
        value: [
          { type: 'Store', name: 'Tienda Andina Chapinero', address: 'Calle 72 # 10-34, Bogotá, Bogotá D.C., 110231, CO', telephone: '+576015550140', openingHours: ['Monday,Tuesday,Wednesday,Thursday,Friday,Saturday 09:00-20:00', 'Sunday,PublicHolidays 10:00-18:00'] },
          { type: 'Store', name: 'Tienda Andina El Poblado', address: 'Carrera 43A No. 1 Sur - 100, Medellín, Antioquia, 050021, CO', telephone: '+576044445566', openingHours: ['Monday,Tuesday,Wednesday,Thursday,Friday,Saturday 10:00-21:00', 'Sunday,PublicHolidays 11:00-18:00'] },
          { type: 'Store', name: 'Tienda Andina Granada', address: { streetAddress: 'Avenida 6N # 23-45', addressLocality: 'Cali' }, telephone: '+57-602-485-9000', openingHours: 'Mo-Sa 09:00-19:00; Su 10:00-14:00' },
        ],
        sources: [{ url: u('tiendas/') }, { url: u('tiendas/') }, { url: u('tiendas/') }],
        origin: 'probe',
      },
      'site.policy.delivery': { value: ['Entregamos en 2 a 3 días hábiles en Bogotá, Medellín y Cali.'], sources: [{ url: u('terminos/') }], origin: 'probe' },
      'site.contact.phones': { error: { code: 'crawl-failed', message: 'browser crashed' }, sources: [] },
    };
    const pages = [
      { url: site.url, status: 200, depth: 0, kind: ['home'] },
      { url: u('tiendas/'), status: 200, depth: 1, kind: ['storeLocator'] },
      { url: u('noticias/'), status: 200, depth: 1, kind: ['news'] },
    ];
    const ev = await measureSite({ target: site.url, pages, evidence, profile, config, now: NOW });
    expect((ev['site.alignment.differences']!.value as NapDifference[]).map((d) => `${d.location}:${d.field}:${d.found}`)).toEqual(['Tienda Andina El Poblado:hours:Mo-Sa 10:00-21:00; Su 11:00-18:00']);
    expect((ev['site.alignment.differences']!.value as NapDifference[])[0]!.url).toBe(u('tiendas/'));
    expect(ev['site.alignment.deliveryPromise']!.value).toMatchObject({ promisedDays: 3, kept: 0.5 });
    expect(ev['site.alignment.deliveryPromiseKept']!.sources[0]!.url).toBe(u('terminos/'));
    // The crawler's phones failed: the pages read here stand in.
    expect(ev['site.channels.declaredFoundShare']!.value).toBe(1);
  });

  it('works from crawler snapshots alone when the site is gone', async () => {
    const profile = profileOf('tienda-andina');
    const pages = [{
      url: 'http://127.0.0.1:1/tiendas/', status: 200, depth: 1, kinds: ['storeLocator'],
      snapshot: {
        text: 'Tienda Andina El Poblado\nCarrera 43A No. 1 Sur - 100\nTeléfono: (604) 444 5566\nLunes a sábado: 10:00 a.m. – 9:00 p.m.\nDomingos y festivos: 11:00 a.m. – 6:00 p.m.\nRecíbelo en 2 a 3 días hábiles',
        headers: {}, jsonLd: [], links: [], times: [],
      },
    }];
    const ev = await measureSite({ target: 'http://127.0.0.1:1/', pages, profile, config: { availability: { samples: 1, timeoutMs: 500 } }, now: NOW, fetchTimeoutMs: 500 });
    const diffs = ev['site.alignment.differences']!.value as NapDifference[];
    expect(diffs.find((d) => d.location === 'Tienda Andina El Poblado')).toMatchObject({ field: 'hours', found: 'Mo-Sa 10:00-21:00; Su 11:00-18:00' });
    expect(diffs.filter((d) => d.field === 'location').map((d) => d.location)).toEqual(['Tienda Andina Chapinero', 'Tienda Andina Granada']);
    expect(ev['site.alignment.deliveryPromiseKept']!.value).toBe(0.5);
    expect(ev['site.availability.successRate']!.value).toBe(0);
    expect(ev['site.freshness.sitemapNewestAge']!.error?.code).toBe('connection-refused');
  });
});

describe('measureSite on the other examples', () => {
  it('distribuidora: a stale site, an old phone on /noticias/, and WhatsApp shown only as a phone', async () => {
    const site = await serveDir(path.join(example('distribuidora-del-valle'), 'site'));
    try {
      const profile = profileOf('distribuidora-del-valle');
      const ev = await measureSite({ target: site.url, profile, config, now: NOW });
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
      const ev = await measureSite({ target: site.url, profile, config, now: NOW });
      expect((ev['site.alignment.differences']!.value as NapDifference[]).map((d) => [d.location, d.field, d.declared, d.found])).toEqual([
        ['Casa de la Cultura', 'phone', '(601) 832 4588', '+57 601 832 4577'],
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
  it('reports an unreachable site in evidence', async () => {
    const t = Date.now();
    const ev = await measureSite({ target: 'http://127.0.0.1:1/', profile: profileOf('tienda-andina'), config: { availability: { samples: 2, intervalMs: 0, timeoutMs: 500 } }, now: NOW, fetchTimeoutMs: 500 });
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(ev['site.availability.successRate']!.value).toBe(0);
    expect(ev['site.availability.latencyP95']!.error?.code).toBe('no-answer');
    expect(ev['site.freshness.sitemapNewestAge']!.error?.code).toBe('connection-refused');
    expect(ev['site.alignment.napScore']!.error?.code).toBe('no-site-data');
    expect(ev['site.channels.matrix']!.value).toEqual(expect.any(Array));
    for (const k of MEASURE_KEYS) expect(ev[k], k).toBeDefined();
  });

  it('reports a target that is not a URL, and works without a profile', async () => {
    const ev = await measureSite({ target: 'not a url', now: NOW });
    expect(ev['site.freshness.sitemapNewestAge']!.error?.code).toBe('invalid-target');
    expect(ev['site.availability.successRate']!.missing).toMatch(/no web or API endpoint/);
    expect(ev['site.alignment.napScore']!.missing).toBe('the profile declares no locations');
    expect(ev['site.channels.declaredFoundShare']!.missing).toMatch(/declares no channels/);
  });
});
