/**
 * schema.org data from JSON-LD and microdata: every type named (nested ones too —
 * PostalAddress, ContactPoint, OpeningHoursSpecification), the ContactPoints with
 * their hours, and LocalBusiness-like places. JSON-LD is parsed as data with
 * JSON.parse (with a lenient retry for trailing commas), never evaluated.
 */
import type { MicrodataItem } from '../types.js';
import { normalisePhone } from './phones.js';
import { type DocView, type Finding, src } from './text.js';

export interface ContactPointInfo {
  contactType?: string;
  telephone?: string;
  email?: string;
  hoursAvailable?: string[];
  availableLanguage?: string[];
  areaServed?: string[];
}

export interface LocationInfo {
  type: string;
  name?: string;
  address?: string;
  telephone?: string;
  openingHours?: string[];
}

export interface StructuredData {
  types: string[];
  contactPoints: ContactPointInfo[];
  locations: LocationInfo[];
  /** Telephones and e-mails named in the data (E.164 / lower-case). */
  phones: string[];
  emails: string[];
  faq: boolean;
  errors: string[];
}

type Node = Record<string, unknown>;

export function typeName(t: string): string {
  return t.trim().replace(/^https?:\/\/(?:www\.)?schema\.org\//i, '').replace(/^schema:/i, '');
}

/** JSON.parse, then a retry without trailing commas, comments, raw control characters and stray closers at the end. */
export function parseJsonLd(text: string): unknown {
  const t = text.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(t);
  } catch {
    const fixed = t
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/[\u0000-\u001f]+/g, ' ');
    try {
      return JSON.parse(fixed);
    } catch (err) {
      // A stray closing brace after the object (Línea Directa's Organization block ends "} ] }" and one
      // more "}"): the object before it. At most three, and only closers: anything else is not JSON.
      let cut = fixed.trimEnd();
      for (let i = 0; i < 3 && /[}\]]$/.test(cut); i++) {
        cut = cut.slice(0, -1).trimEnd();
        try {
          return JSON.parse(cut);
        } catch {
          /* one closer fewer still does not parse */
        }
      }
      // A block a CMS's editor "smartened" (Missguided's Organization: { “@type”: “ContactPoint”, “email”: …,
      // “foundingDate”: “2008" }) is JSON whose quotes became typographic ones. Only a block that has no
      // straight-quoted key at all is read so: in one that does, a curly quote is a string's own text.
      if (!/[\u201c\u201d]/.test(fixed) || /"[^"\n]{1,60}"\s*:/.test(fixed)) throw err;
      return JSON.parse(fixed.replace(/[\u201c\u201d\u201e\u2033]/g, '"'));
    }
  }
}

const LOCAL_BUSINESS = new Set([
  'LocalBusiness', 'Store', 'Restaurant', 'FoodEstablishment', 'BankOrCreditUnion', 'FinancialService', 'AutomotiveBusiness',
  'AutoDealer', 'AutoRepair', 'MedicalBusiness', 'Pharmacy', 'Dentist', 'Physician', 'MedicalClinic', 'Optician',
  'HealthAndBeautyBusiness', 'HomeAndConstructionBusiness', 'LegalService', 'ProfessionalService', 'RealEstateAgent',
  'TravelAgency', 'LodgingBusiness', 'Hotel', 'EntertainmentBusiness', 'SportsActivityLocation', 'GovernmentOffice',
  'PostOffice', 'InsuranceAgency', 'EmploymentAgency', 'Library', 'ChildCare', 'DryCleaningOrLaundry', 'EmergencyService',
  'TouristInformationCenter', 'SelfStorage', 'ShoppingCenter', 'CafeOrCoffeeShop', 'Bakery', 'BarOrPub',
  'FastFoodRestaurant', 'GasStation', 'AccountingService', 'Notary', 'Electrician', 'Plumber', 'HairSalon', 'BeautySalon',
  'DaySpa', 'ExerciseGym', 'HealthClub', 'AnimalShelter', 'RecyclingCenter', 'InternetCafe', 'TelevisionStation', 'RadioStation',
]);

export function isLocalBusinessType(t: string): boolean {
  return LOCAL_BUSINESS.has(t) || /(?:Store|Shop|Business|Restaurant|Agency|Place|CivicStructure|Hospital|Clinic|Museum|Branch|Office|Center|Centre|Outlet|Dealer|Bank)$/.test(t);
}

/** Types that name the organisation or the site, never one of its places. */
const ORG_ONLY = /^(?:Organization|Corporation|GovernmentOrganization|NGO|EducationalOrganization|OnlineStore|OnlineBusiness|WebSite|WebPage)$/;

function strings(v: unknown): string[] {
  if (v == null) return [];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (typeof v === 'object') {
    const o = v as Node;
    if (typeof o.name === 'string') return [o.name];
    if (typeof o['@value'] === 'string') return [o['@value'] as string];
  }
  return [];
}

function flattenAddress(v: unknown): string | undefined {
  if (!v) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return flattenAddress(v[0]);
  if (typeof v === 'object') {
    const a = v as Node;
    const parts = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'].flatMap((k) => strings(a[k]));
    return parts.join(', ') || undefined;
  }
  return undefined;
}

function hoursSpec(v: unknown): string[] {
  const out: string[] = [];
  for (const s of Array.isArray(v) ? v : [v]) {
    if (!s) continue;
    if (typeof s === 'string') {
      out.push(s);
      continue;
    }
    if (typeof s === 'object') {
      const o = s as Node;
      const days = strings(o.dayOfWeek).map((d) => typeName(d)).join(',');
      const opens = strings(o.opens)[0];
      const closes = strings(o.closes)[0];
      if (days || opens || closes) out.push(`${days || '?'} ${opens ?? '?'}-${closes ?? '?'}`.trim());
    }
  }
  return out;
}

function typesOf(node: Node): string[] {
  return strings(node['@type']).map(typeName).filter(Boolean);
}

/**
 * Objects with a schema.org type, from JSON-LD values (@graph, nested properties).
 * `person` says the object is a Person described inside another object (an article's
 * author), or sits inside one (the ContactPoint the author carries) and is not an
 * organisation (the author's affiliation). A Person standing alone is the site's owner.
 */
function walkJson(value: unknown, visit: (n: Node, types: string[], person: boolean) => void, depth = 0, person = false, typedAncestor = false): void {
  if (depth > 12 || value == null) return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 500)) walkJson(v, visit, depth + 1, person, typedAncestor);
    return;
  }
  if (typeof value !== 'object') return;
  const node = value as Node;
  const types = typesOf(node);
  const inPerson = types.includes('Person') ? typedAncestor : types.some((t) => /Organization|Corporation|^NGO$|^Online(?:Store|Business)$/.test(t) || isLocalBusinessType(t)) ? false : person;
  if (types.length) visit(node, types, inPerson);
  for (const [k, v] of Object.entries(node)) {
    if (k === '@context') continue;
    walkJson(v, visit, depth + 1, inPerson, typedAncestor || types.length > 0);
  }
}

/** Microdata items as JSON-LD-like nodes so one reader serves both. */
export function microdataToNode(item: MicrodataItem): Node {
  const node: Node = { '@type': item.types.map(typeName) };
  for (const [k, vals] of Object.entries(item.props)) {
    const mapped = vals.map((v) => (typeof v === 'string' ? v : microdataToNode(v)));
    node[k] = mapped.length === 1 ? mapped[0] : mapped;
  }
  return node;
}

export function readStructuredData(jsonLd: string[], microdata: MicrodataItem[], country: string): StructuredData {
  const out: StructuredData = { types: [], contactPoints: [], locations: [], phones: [], emails: [], faq: false, errors: [] };
  const roots: unknown[] = [];
  for (const block of jsonLd) {
    if (!block.trim()) continue;
    try {
      roots.push(parseJsonLd(block));
    } catch (err) {
      out.errors.push(`JSON-LD block does not parse: ${(err as Error).message.slice(0, 80)}`);
    }
  }
  roots.push(...microdata.map(microdataToNode));
  const types = new Set<string>();
  for (const root of roots) {
    walkJson(root, (node, ts, person) => {
      for (const t of ts) types.add(t);
      // A person's own lines (El Mundo's NewsArticle gives its author, a Person, a ContactPoint
      // "Journalist" with the reporter's e-mail) are a staff member's, not the organisation's.
      if (person) return;
      const tel = strings(node.telephone)[0];
      const email = strings(node.email)[0];
      const phone = tel ? normalisePhone(tel, country) : null;
      // So is a telephone: the Organization's or WebSite's own `telephone` (Outdoor Voices' '(512)
      // 960-3144', Decathlon Czech Republic's, neither shown on the page) is for search engines; a
      // ContactPoint's, a PostalAddress's or a place's (a shop, a branch) is a line offered to call.
      if (phone && !(ts.length && ts.every((t) => ORG_ONLY.test(t) || /Organization$/.test(t)))) out.phones.push(phone);
      const mail = email?.replace(/^mailto:/i, '').toLowerCase();
      // An address is a channel the organisation offers when it declares it as one, in a ContactPoint
      // ("customer service") or a PostalAddress, schema.org's subtype of it (La Información's Organization
      // "address": { "@type": "PostalAddress", "email": "info@…" }). The Organization's own `email` property
      // (Americanas' atendimento.acom@…, Register365's support@…, neither shown on the page) is for search
      // engines: it names no channel.
      const channel = ts.includes('ContactPoint') || ts.includes('PostalAddress');
      if (mail && channel && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(mail)) out.emails.push(mail);
      if (ts.includes('FAQPage')) out.faq = true;
      if (ts.includes('ContactPoint')) {
        const cp: ContactPointInfo = {};
        const ct = strings(node.contactType)[0];
        if (ct) cp.contactType = ct;
        if (phone ?? tel) cp.telephone = phone ?? tel;
        if (mail) cp.email = mail;
        const hours = hoursSpec(node.hoursAvailable);
        if (hours.length) cp.hoursAvailable = hours;
        const langs = strings(node.availableLanguage);
        if (langs.length) cp.availableLanguage = langs;
        const area = strings(node.areaServed);
        if (area.length) cp.areaServed = area;
        out.contactPoints.push(cp);
      }
      // A place is a local-business type, or any node with an address and opening hours
      // that is not the organisation itself (a municipality's "Sede" as a Place, say).
      const withHours = node.address !== undefined && (node.openingHours !== undefined || node.openingHoursSpecification !== undefined);
      const lb = ts.find(isLocalBusinessType) ?? (withHours && ts.length && !ts.every((t) => ORG_ONLY.test(t)) ? ts[0] : undefined);
      if (lb) {
        const loc: LocationInfo = { type: lb };
        const name = strings(node.name)[0];
        if (name) loc.name = name;
        const address = flattenAddress(node.address);
        if (address) loc.address = address;
        if (phone ?? tel) loc.telephone = phone ?? tel;
        const hours = [...strings(node.openingHours), ...hoursSpec(node.openingHoursSpecification)];
        if (hours.length) loc.openingHours = hours;
        out.locations.push(loc);
      }
    });
  }
  out.types = [...types].sort();
  return out;
}

export interface StructuredHits {
  types: Finding<string>[];
  contactPoints: Finding<ContactPointInfo>[];
  locations: Finding<LocationInfo>[];
  phones: Finding<string>[];
  emails: Finding<string>[];
  faq: Finding<boolean>[];
  errors: Finding<string>[];
}

export function extractStructuredData(view: DocView, country: string): StructuredHits {
  const sd = readStructuredData(view.doc.jsonLd, view.doc.microdata, country);
  const s = (snippet: string) => src(view, { snippet, note: { id: 'evidence.signal.note.schemaOrg' } });
  return {
    types: sd.types.map((t) => ({ value: t, source: s(`@type ${t}`) })),
    contactPoints: sd.contactPoints.map((cp) => ({ value: cp, source: s(`ContactPoint ${cp.contactType ?? ''} ${cp.telephone ?? ''}`.trim()) })),
    locations: sd.locations.map((l) => ({ value: l, source: s(`${l.type} ${l.name ?? ''}`.trim()) })),
    phones: sd.phones.map((p) => ({ value: p, source: s(`telephone ${p}`) })),
    emails: sd.emails.map((e) => ({ value: e, source: s(`email ${e}`) })),
    faq: sd.faq ? [{ value: true, source: s('FAQPage') }] : [],
    errors: sd.errors.map((e) => ({ value: e, source: s(e) })),
  };
}
