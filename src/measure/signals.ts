/**
 * What the site shows, as the measures need it: contact values with the pages they
 * are on, schema.org locations and contact points, visible addresses, hours and
 * delivery statements. The crawler's evidence is preferred when it is there; the
 * pages read by the measures fill what is missing, so partial crawls still measure.
 */
import type { Evidence, EvidenceItem, Source } from '../types.js';
import { cleanEmail, emailsInText } from '../probes/signals/emails.js';
import { normalisePhone, phonesInText } from '../probes/signals/phones.js';
import { whatsappNumber } from '../probes/signals/whatsapp.js';
import { looksLikeAddress } from './address.js';
import { looksLikeDeliveryPromise } from './delivery.js';
import { looksLikeHours } from './hours.js';
import type { PageDoc } from './pages.js';

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
  /** Where each signal came from: the crawler's evidence or the pages read here. */
  origin: Record<string, 'probe' | 'pages' | 'none'>;
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

const LOCATION_TYPE = /(?:LocalBusiness|Store|Shop|Office|Place|Restaurant|Bank|Branch|Library|Hospital|Clinic|Pharmacy|Hotel|CivicStructure|Museum|Dealer|Outlet|Center|Centre)$/i;
const ORG_ONLY = /^(?:Organization|Corporation|GovernmentOrganization|NGO|EducationalOrganization|OnlineStore|OnlineBusiness|WebSite|WebPage)$/i;

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

/** Locations and contact points anywhere in JSON-LD (@graph, nested contactPoint, department, …). */
export function structuredFromJsonLd(items: unknown[], pageUrl: string): { locations: StructuredLocation[]; contactPoints: StructuredContactPoint[] } {
  const locations: StructuredLocation[] = [];
  const contactPoints: StructuredContactPoint[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 8 || node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const n of node.slice(0, 200)) walk(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const types = asArray(o['@type']).map((t) => String(t).replace(/^https?:\/\/schema\.org\//i, ''));
    const hasHours = o.openingHoursSpecification !== undefined || o.openingHours !== undefined;
    if (types.includes('ContactPoint')) {
      contactPoints.push({
        contactType: str(o.contactType), name: str(o.name), telephone: str(o.telephone), email: str(o.email),
        url: str(o.url), hoursRaw: o.hoursAvailable, pageUrl,
      });
    } else if (types.some((t) => LOCATION_TYPE.test(t)) || (hasHours && o.address !== undefined && !types.every((t) => ORG_ONLY.test(t)))) {
      locations.push(locationFromObject(o, pageUrl));
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === '@context') continue;
      if (v && typeof v === 'object') walk(v, depth + 1);
    }
  };
  walk(items, 0);
  return { locations, contactPoints };
}

const CHAT_HTML: [string, RegExp][] = [
  ['tawk', /Tawk_API|embed\.tawk\.to/],
  ['intercom', /intercomSettings|widget\.intercom\.io|js\.intercomcdn\.com/],
  ['zendesk', /static\.zdassets\.com|zE\(\s*['"]|ze-snippet/],
  ['drift', /js\.driftt\.com|drift\.load\(/],
  ['livechat', /cdn\.livechatinc\.com|__lc\.license/],
  ['hubspot', /js\.hs-scripts\.com|HubSpotConversations/],
  ['crisp', /client\.crisp\.chat|\$crisp/],
  ['freshchat', /wchat\.freshchat\.com|fcWidget/],
  ['tidio', /code\.tidio\.co/],
  ['olark', /static\.olark\.com/],
  ['zoho', /salesiq\.zoho/],
  ['messenger', /xfbml\.customerchat|fb-customerchat/],
];

const SOCIAL = /^https?:\/\/(?:www\.|m\.)?(?:facebook\.com|fb\.com|instagram\.com|x\.com|twitter\.com|tiktok\.com|youtube\.com|linkedin\.com|threads\.net|pinterest\.com)\/(?!sharer|share|intent|dialog|plugins)[^?#\s]+/i;
const APP = /^https?:\/\/(?:play\.google\.com\/store\/apps\/|apps\.apple\.com\/|itunes\.apple\.com\/[a-z-]*\/?app\/|appgallery\.huawei\.com\/)/i;

/** Contact values of one page: phones, e-mails and WhatsApp numbers (normalised). */
export function pageContacts(doc: PageDoc, country: string): { phones: Map<string, string>; emails: Map<string, string>; whatsapp: Map<string, string> } {
  const phones = new Map<string, string>();
  const emails = new Map<string, string>();
  const whatsapp = new Map<string, string>();
  for (const l of doc.links) {
    if (/^(?:tel|callto):/i.test(l.href)) {
      const e = normalisePhone(l.href, country);
      if (e && !phones.has(e)) phones.set(e, `${l.text} (${l.href})`);
    } else if (/^mailto:/i.test(l.href)) {
      const e = cleanEmail(l.href.replace(/^mailto:/i, '').split('?')[0] ?? '');
      if (e && !emails.has(e)) emails.set(e, l.href);
    } else {
      const w = whatsappNumber(l.href, country);
      if (w && !whatsapp.has(w)) whatsapp.set(w, l.href);
    }
  }
  for (const m of phonesInText(doc.text, country)) if (!phones.has(m.e164)) phones.set(m.e164, m.raw);
  for (const m of emailsInText(doc.text)) if (!emails.has(m.email)) emails.set(m.email, doc.text.slice(m.start, m.end));
  return { phones, emails, whatsapp };
}

function fromEvidenceList(map: Map<string, Source[]>, item: EvidenceItem, norm: (v: string) => string | null): void {
  const values = asArray(item.value).map((v) => (typeof v === 'string' ? norm(v) : null)).filter((v): v is string => !!v);
  for (const v of values) {
    // Sources that quote the value are the value's own; otherwise cite them all.
    const digits = v.replace(/\D/g, '').slice(-7);
    const own = item.sources.filter((s) => (s.snippet ?? '').toLowerCase().includes(v.toLowerCase()) || (digits.length === 7 && (s.snippet ?? '').replace(/\D/g, '').includes(digits)));
    for (const s of own.length ? own : item.sources.slice(0, 3)) add(map, v, s);
    if (!item.sources.length) add(map, v, { note: 'crawler evidence' });
  }
}

export function gatherSignals(docs: PageDoc[], evidence: Evidence, country: string): SiteSignals {
  const s: SiteSignals = {
    phones: new Map(), emails: new Map(), whatsapp: new Map(), chat: new Map(), social: new Map(), apps: new Map(),
    locations: [], contactPoints: [], addresses: [], hoursTexts: [], delivery: [], origin: {},
  };
  const readable = docs.filter((d) => !d.error || d.text);

  // Contact values.
  const probePhones = evidence['site.contact.phones'];
  const probeEmails = evidence['site.contact.emails'];
  const probeWa = evidence['site.contact.whatsapp'];
  if (usable(probePhones)) fromEvidenceList(s.phones, probePhones, (v) => normalisePhone(v, country) ?? v);
  if (usable(probeEmails)) fromEvidenceList(s.emails, probeEmails, (v) => cleanEmail(v) ?? v.toLowerCase());
  if (usable(probeWa)) fromEvidenceList(s.whatsapp, probeWa, (v) => normalisePhone(v, country) ?? v);
  for (const d of readable) {
    const c = pageContacts(d, country);
    if (!usable(probePhones)) for (const [v, snip] of c.phones) add(s.phones, v, { url: d.url, snippet: snip });
    if (!usable(probeEmails)) for (const [v, snip] of c.emails) add(s.emails, v, { url: d.url, snippet: snip });
    if (!usable(probeWa)) for (const [v, snip] of c.whatsapp) add(s.whatsapp, v, { url: d.url, snippet: snip });
  }
  s.origin.phones = usable(probePhones) ? 'probe' : readable.length ? 'pages' : 'none';
  s.origin.emails = usable(probeEmails) ? 'probe' : readable.length ? 'pages' : 'none';
  s.origin.whatsapp = usable(probeWa) ? 'probe' : readable.length ? 'pages' : 'none';

  // Chat, social, apps.
  const probeChat = evidence['site.chat.vendors'];
  if (usable(probeChat)) for (const v of asArray(probeChat.value)) add(s.chat, String(v), probeChat.sources[0] ?? { note: 'crawler evidence' });
  else {
    for (const d of readable) {
      if (!d.html) continue;
      for (const [vendor, re] of CHAT_HTML) {
        const m = re.exec(d.html);
        if (m) add(s.chat, vendor, { url: d.url, snippet: m[0], note: 'vendor script in the HTML' });
      }
    }
  }
  s.origin.chat = usable(probeChat) ? 'probe' : readable.some((d) => d.html) ? 'pages' : 'none';
  const probeSocial = evidence['site.social.profiles'];
  const probeApps = evidence['site.app.links'];
  if (usable(probeSocial)) for (const v of asArray(probeSocial.value)) add(s.social, String(v), probeSocial.sources[0] ?? { note: 'crawler evidence' });
  if (usable(probeApps)) for (const v of asArray(probeApps.value)) add(s.apps, String(v), probeApps.sources[0] ?? { note: 'crawler evidence' });
  for (const d of readable) {
    for (const l of d.links) {
      if (!usable(probeSocial) && SOCIAL.test(l.href)) add(s.social, l.href.replace(/[?#].*$/, ''), { url: d.url, snippet: l.text || l.href });
      if (!usable(probeApps) && APP.test(l.href)) add(s.apps, l.href, { url: d.url, snippet: l.text || l.href });
    }
  }
  s.origin.social = usable(probeSocial) ? 'probe' : readable.length ? 'pages' : 'none';
  s.origin.apps = usable(probeApps) ? 'probe' : readable.length ? 'pages' : 'none';
  const form = evidence['site.forms.contact'];
  if (usable(form)) s.contactForm = form.value === true;

  // Structured data: the crawler's, else JSON-LD of the pages read here.
  const probeLoc = evidence['site.structuredData.locations'];
  const probeCp = evidence['site.structuredData.contactPoints'];
  if (usable(probeLoc) && asArray(probeLoc.value).length) {
    const values = asArray(probeLoc.value);
    values.forEach((v, i) => {
      if (!v || typeof v !== 'object') return;
      const src = probeLoc.sources.length === values.length ? probeLoc.sources[i] : probeLoc.sources[0];
      s.locations.push(locationFromObject(v as Record<string, unknown>, src?.url));
    });
    s.origin.locations = 'probe';
  }
  if (usable(probeCp) && asArray(probeCp.value).length) {
    for (const v of asArray(probeCp.value)) {
      if (!v || typeof v !== 'object') continue;
      const o = v as Record<string, unknown>;
      s.contactPoints.push({ contactType: str(o.contactType), name: str(o.name), telephone: str(o.telephone), email: str(o.email), url: str(o.url), hoursRaw: o.hoursAvailable, pageUrl: probeCp.sources[0]?.url });
    }
    s.origin.contactPoints = 'probe';
  }
  if (!s.origin.locations || !s.origin.contactPoints) {
    const locs: StructuredLocation[] = [];
    const cps: StructuredContactPoint[] = [];
    for (const d of readable) {
      const r = structuredFromJsonLd(d.jsonLd, d.url);
      locs.push(...r.locations);
      cps.push(...r.contactPoints);
    }
    if (!s.origin.locations) {
      s.locations = dedupeLocations(locs);
      s.origin.locations = readable.length ? 'pages' : 'none';
    }
    if (!s.origin.contactPoints) {
      s.contactPoints = cps;
      s.origin.contactPoints = readable.length ? 'pages' : 'none';
    }
  }

  // Visible addresses, hours and delivery statements.
  const probeAddr = evidence['site.contact.addresses'];
  const probeHours = evidence['site.contact.hours'];
  const probeDelivery = evidence['site.policy.delivery'];
  const fromItem = (item: EvidenceItem): Seen[] =>
    asArray(item.value).filter((v): v is string => typeof v === 'string').map((text, i, all) => ({ text, source: (item.sources.length === all.length ? item.sources[i] : item.sources[0]) ?? { note: 'crawler evidence' } }));
  if (usable(probeAddr)) s.addresses = fromItem(probeAddr);
  if (usable(probeHours)) s.hoursTexts = fromItem(probeHours);
  if (usable(probeDelivery)) s.delivery = fromItem(probeDelivery);
  const seenText = { a: new Set<string>(), h: new Set<string>(), d: new Set<string>() };
  for (const d of readable) {
    for (const line of d.text.split('\n')) {
      const l = line.trim();
      if (!l || l.length > 400) continue;
      if (!usable(probeAddr) && looksLikeAddress(l) && !seenText.a.has(l)) {
        seenText.a.add(l);
        s.addresses.push({ text: l, source: { url: d.url, snippet: l } });
      }
      if (!usable(probeHours) && l.length <= 200 && looksLikeHours(l) && !seenText.h.has(l)) {
        seenText.h.add(l);
        s.hoursTexts.push({ text: l, source: { url: d.url, snippet: l } });
      }
      if (!usable(probeDelivery) && looksLikeDeliveryPromise(l) && !seenText.d.has(l)) {
        seenText.d.add(l);
        s.delivery.push({ text: l, source: { url: d.url, snippet: l.length > 160 ? l.slice(0, 159) + '…' : l } });
      }
    }
  }
  s.origin.addresses = usable(probeAddr) ? 'probe' : readable.length ? 'pages' : 'none';
  s.origin.hours = usable(probeHours) ? 'probe' : readable.length ? 'pages' : 'none';
  s.origin.delivery = usable(probeDelivery) ? 'probe' : readable.length ? 'pages' : 'none';
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
