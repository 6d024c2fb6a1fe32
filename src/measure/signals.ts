/**
 * What the site shows, as the measures need it: contact values with the pages they
 * are on, schema.org locations and contact points, visible addresses, hours and
 * delivery statements — all as the crawl's extractors found them (its evidence), so
 * the measures and the checks that read the crawl never disagree about the site.
 */
import type { Evidence, EvidenceItem, Source } from '../types.js';
import { cleanEmail } from '../probes/signals/emails.js';
import { normalisePhone } from '../probes/signals/phones.js';
import { noted } from './reasons.js';

/** The source of a value the crawl found without saying where. */
const CRAWL_NOTE: Source = noted('evidence.measure.note.crawlerEvidence');

export interface StructuredLocation {
  name?: string;
  address?: string;
  city?: string;
  telephones: string[];
  hoursRaw?: unknown;
  url?: string;
  type?: string;
}

export interface StructuredContactPoint {
  contactType?: string;
  name?: string;
  telephone?: string;
  email?: string;
  url?: string;
  hoursRaw?: unknown;
  pageUrl?: string;
}

export interface Seen {
  text: string;
  source: Source;
}

export interface SiteSignals {
  phones: Map<string, Source[]>;
  emails: Map<string, Source[]>;
  whatsapp: Map<string, Source[]>;
  chat: Map<string, Source[]>;
  social: Map<string, Source[]>;
  apps: Map<string, Source[]>;
  contactForm?: boolean;
  locations: StructuredLocation[];
  contactPoints: StructuredContactPoint[];
  addresses: Seen[];
  hoursTexts: Seen[];
  delivery: Seen[];
  /** Whether the crawl's evidence had each signal. */
  origin: Record<string, 'probe' | 'none'>;
}

const usable = (item: EvidenceItem | undefined): item is EvidenceItem => !!item && !item.error && item.value !== undefined && item.value !== null;

function add(map: Map<string, Source[]>, key: string, source: Source): void {
  const list = map.get(key) ?? [];
  if (list.length < 20 && !list.some((s) => s.url === source.url && s.snippet === source.snippet)) list.push(source);
  map.set(key, list);
}

const asArray = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

function str(x: unknown): string | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (typeof x === 'number') return String(x);
  return undefined;
}

/** A flat street address and city from a string or a schema.org PostalAddress. */
export function flattenAddress(a: unknown): { address?: string; city?: string } {
  if (typeof a === 'string') return { address: a.trim() || undefined };
  if (Array.isArray(a)) return flattenAddress(a[0]);
  if (a && typeof a === 'object') {
    const o = a as Record<string, unknown>;
    return { address: str(o.streetAddress) ?? str(o.name), city: str(o.addressLocality) };
  }
  return {};
}

/** A location from a schema.org object or the crawler's reduced { name, address, telephone, openingHours }. */
export function locationFromObject(o: Record<string, unknown>, url?: string): StructuredLocation {
  const { address, city } = flattenAddress(o.address);
  const hoursRaw = o.openingHoursSpecification ?? o.openingHours ?? o.hours ?? o.hoursAvailable;
  return {
    name: str(o.name),
    address,
    city: city ?? str(o.city),
    telephones: asArray(o.telephone ?? o.phone).map(str).filter((x): x is string => !!x),
    hoursRaw,
    url: url ?? str(o.url),
    type: asArray(o['@type']).map(String).join(',') || undefined,
  };
}

function fromEvidenceList(map: Map<string, Source[]>, item: EvidenceItem, norm: (v: string) => string | null): void {
  const values = asArray(item.value).map((v) => (typeof v === 'string' ? norm(v) : null)).filter((v): v is string => !!v);
  for (const v of values) {
    // Sources that quote the value are the value's own; otherwise cite them all.
    const digits = v.replace(/\D/g, '').slice(-7);
    const own = item.sources.filter((s) => (s.snippet ?? '').toLowerCase().includes(v.toLowerCase()) || (digits.length === 7 && (s.snippet ?? '').replace(/\D/g, '').includes(digits)));
    for (const s of own.length ? own : item.sources.slice(0, 3)) add(map, v, s);
    if (!item.sources.length) add(map, v, { ...CRAWL_NOTE });
  }
}

export function gatherSignals(evidence: Evidence, country: string): SiteSignals {
  const s: SiteSignals = {
    phones: new Map(), emails: new Map(), whatsapp: new Map(), chat: new Map(), social: new Map(), apps: new Map(),
    locations: [], contactPoints: [], addresses: [], hoursTexts: [], delivery: [], origin: {},
  };
  const from = (key: string): EvidenceItem | undefined => (usable(evidence[key]) ? evidence[key] : undefined);
  const origin = (item: EvidenceItem | undefined): 'probe' | 'none' => (item ? 'probe' : 'none');

  // Contact values.
  const phones = from('site.contact.phones');
  const emails = from('site.contact.emails');
  const wa = from('site.contact.whatsapp');
  if (phones) fromEvidenceList(s.phones, phones, (v) => normalisePhone(v, country) ?? v);
  if (emails) fromEvidenceList(s.emails, emails, (v) => cleanEmail(v) ?? v.toLowerCase());
  if (wa) fromEvidenceList(s.whatsapp, wa, (v) => normalisePhone(v, country) ?? v);
  s.origin.phones = origin(phones);
  s.origin.emails = origin(emails);
  s.origin.whatsapp = origin(wa);

  // Chat, social, apps.
  const chat = from('site.chat.vendors');
  const social = from('site.social.profiles');
  const apps = from('site.app.links');
  if (chat) for (const v of asArray(chat.value)) add(s.chat, String(v), chat.sources[0] ?? { ...CRAWL_NOTE });
  if (social) for (const v of asArray(social.value)) add(s.social, String(v), social.sources[0] ?? { ...CRAWL_NOTE });
  if (apps) for (const v of asArray(apps.value)) add(s.apps, String(v), apps.sources[0] ?? { ...CRAWL_NOTE });
  s.origin.chat = origin(chat);
  s.origin.social = origin(social);
  s.origin.apps = origin(apps);
  const form = from('site.forms.contact');
  if (form) s.contactForm = form.value === true;

  // Structured data, as the crawl's one schema.org reader found it.
  const loc = from('site.structuredData.locations');
  const cp = from('site.structuredData.contactPoints');
  if (loc) {
    const values = asArray(loc.value);
    values.forEach((v, i) => {
      if (!v || typeof v !== 'object') return;
      const src = loc.sources.length === values.length ? loc.sources[i] : loc.sources[0];
      s.locations.push(locationFromObject(v as Record<string, unknown>, src?.url));
    });
    s.locations = dedupeLocations(s.locations);
  }
  if (cp) {
    for (const v of asArray(cp.value)) {
      if (!v || typeof v !== 'object') continue;
      const o = v as Record<string, unknown>;
      s.contactPoints.push({ contactType: str(o.contactType), name: str(o.name), telephone: str(o.telephone), email: str(o.email), url: str(o.url), hoursRaw: o.hoursAvailable, pageUrl: cp.sources[0]?.url });
    }
  }
  s.origin.locations = origin(loc);
  s.origin.contactPoints = origin(cp);

  // Visible addresses, hours and delivery statements.
  const fromItem = (item: EvidenceItem): Seen[] =>
    asArray(item.value).filter((v): v is string => typeof v === 'string').map((text, i, all) => ({ text, source: (item.sources.length === all.length ? item.sources[i] : item.sources[0]) ?? { ...CRAWL_NOTE } }));
  const addr = from('site.contact.addresses');
  const hours = from('site.contact.hours');
  const delivery = from('site.policy.delivery');
  if (addr) s.addresses = fromItem(addr);
  if (hours) s.hoursTexts = fromItem(hours);
  if (delivery) s.delivery = fromItem(delivery);
  s.origin.addresses = origin(addr);
  s.origin.hours = origin(hours);
  s.origin.delivery = origin(delivery);
  return s;
}

function dedupeLocations(locs: StructuredLocation[]): StructuredLocation[] {
  const seen = new Set<string>();
  return locs.filter((l) => {
    const k = `${l.name ?? ''}|${l.address ?? ''}|${l.telephones.join(',')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
