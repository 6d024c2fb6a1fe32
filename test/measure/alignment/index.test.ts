import { describe, expect, it } from 'vitest';
import { measureAlignment } from '../../../src/measure/alignment/index.js';
import type { PageDoc } from '../../../src/measure/pages.js';
import type { SiteSignals, StructuredLocation } from '../../../src/measure/signals.js';
import { siteIdentity } from '../../../src/probes/identity.js';
import type { SiteInfo } from '../../../src/probes/types.js';
import type { EvidenceItem, Location, Profile } from '../../../src/types.js';
import { crawled, snapshot } from '../../probes/builders.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const poblado: Location = { name: 'Tienda Andina El Poblado', address: 'Cra. 43A # 1 Sur-100', phone: '(604) 444 5566' };
const onSite: StructuredLocation = { name: 'Tienda Andina El Poblado', address: 'Carrera 43A No. 1 Sur - 100', telephones: ['+57-604-444-5566'], url: 'http://x/tiendas/' };

const profile = (over: Partial<Profile> = {}): Profile => ({ organisation: { name: 'Tienda Andina', country: 'CO', businessModel: 'b2c' }, ...over });
const signals = (over: Partial<SiteSignals> = {}): SiteSignals => ({
  phones: new Map(), emails: new Map(), whatsapp: new Map(), chat: new Map(), social: new Map(), apps: new Map(),
  locations: [], contactPoints: [], addresses: [], hoursTexts: [], delivery: [], origin: { locations: 'probe' }, ...over,
});
const site = (texts: string[]): SiteInfo => ({
  target: 'http://x/', home: 'http://x/', identity: siteIdentity({ target: 'http://x/' }), country: 'CO',
  pages: texts.map((text, i) => crawled({ url: `http://x/${i}/`, depth: 1, snapshot: snapshot({ url: `http://x/${i}/`, text }) })),
  sitemap: { discovered: [], via: '/sitemap.xml', files: [], urls: [], truncated: false, notes: [] },
  https: { servedOverHttps: false, httpRedirectsToHttps: null, hsts: false, detail: '' }, notVisited: 0, collectedAt: '2026-01-01T00:00:00Z',
});
const doc = (text: string): PageDoc => ({ url: 'http://x/', requested: 'http://x/', kinds: ['home'], headers: {}, times: [], text });

const measure = (p: Profile, s: SiteSignals, docs: PageDoc[] = [], texts: string[] = []) =>
  measureAlignment({ profile: p, signals: s, docs, site: site(texts), country: 'CO', timeZone: 'America/Bogota', now: NOW });

/** The state an evidence item puts its check in: its value, or error/missing with the reason. */
const state = (i: EvidenceItem | undefined) => (!i ? 'absent' : i.error ? `error ${i.error.code}` : i.missing !== undefined ? `missing: ${i.missing}` : `value ${JSON.stringify(i.value)}`);

describe('alignment evidence', () => {
  it.each<[string, Profile, SiteSignals, PageDoc[], string, string]>([
    ['no declared locations', profile(), signals(), [], 'site.alignment.napScore', 'missing: the profile declares no locations'],
    ['nothing read from the site', profile({ locations: [poblado] }), signals(), [], 'site.alignment.napScore', 'error no-site-data'],
    ['a location that matches', profile({ locations: [poblado] }), signals({ locations: [onSite] }), [], 'site.alignment.napScore', 'value 100'],
    ['a location absent from the pages read', profile({ locations: [poblado] }), signals(), [doc('Bienvenidos')], 'site.alignment.napScore', 'value 0'],
    ['no delivery statement', profile(), signals(), [], 'site.alignment.deliveryPromiseKept', 'missing: no delivery promise found on the site'],
    ['a statement with no time in it', profile(), signals({ delivery: [{ text: 'Envíos a todo el país', source: { url: 'http://x/envios/' } }] }), [], 'site.alignment.deliveryPromiseKept', 'error unparseable-promise'],
    ['a promise and no actual delivery time', profile(), signals({ delivery: [{ text: 'Entrega en 2 días', source: { url: 'http://x/envios/' } }] }), [], 'site.alignment.deliveryPromiseKept', 'missing: the profile has no actual delivery time (delivery.actualDaysP90 or metrics data.orders.deliveryDaysP90)'],
    ['a promise and the actual p90', profile({ delivery: { actualDaysP90: 4 } }), signals({ delivery: [{ text: 'Entrega en 2 días', source: { url: 'http://x/envios/' } }] }), [], 'site.alignment.deliveryPromiseKept', 'value 0.5'],
  ])('%s: %s', (_n, p, s, docs, key, expected) => {
    expect(state(measure(p, s, docs)[key])).toBe(expected);
  });

  it.each([
    ['no pages read', [], 'error no-pages'],
    ['too few pages showing contact data', ['PBX (602) 486 7000'], 'missing: too few pages show the same kind of contact data to compare (1 pages read)'],
    ['three pages that agree', ['PBX (602) 486 7000', 'PBX (602) 486 7000', 'PBX (602) 486 7000'], 'value 1'],
  ])('contact data across pages, %s', (_n, texts, expected) => {
    expect(state(measure(profile(), signals(), [], texts)['site.alignment.contactConsistency'])).toBe(expected);
  });

  it('lists each NAP difference as a source naming the location, the field and both values', () => {
    const ev = measure(profile({ locations: [poblado] }), signals({ locations: [{ ...onSite, telephones: ['+57 604 444 5500'] }] }));
    expect(ev['site.alignment.napScore']!.sources[0]).toMatchObject({ url: 'http://x/tiendas/', snippet: 'Tienda Andina El Poblado · phone: declared "(604) 444 5566", found "+57 604 444 5500"' });
  });
});
