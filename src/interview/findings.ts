/**
 * What the site probes found, shown beside the questions it bears on, and the facts
 * the site already states (its channels, its addresses) offered as pre-filled
 * answers. Which evidence bears on which question is a small table, not code.
 */
import type { DeclaredChannel, Evidence, EvidenceItem, Lang } from '../types.js';
import { t, type MessageId } from '../i18n/index.js';

/** Evidence keys worth showing next to a fact or question, by its id. */
export const FINDINGS_FOR: Record<string, string[]> = {
  channels: ['site.contact.phones', 'site.contact.emails', 'site.contact.whatsapp', 'site.chat.vendors', 'site.social.profiles', 'site.app.links', 'site.forms.contact'],
  locations: ['site.contact.addresses', 'site.structuredData.locations'],
  'organisation.serviceModel': ['site.selfservice.login', 'site.selfservice.register', 'site.selfservice.orderTracking'],
  'channels.presale-answer-speed': ['site.chat.vendors', 'site.contact.whatsapp'],
  'channels.chat-answered-by-advisor': ['site.chat.vendors', 'site.contact.whatsapp'],
  'channels.phone-staffed-24x7': ['site.contact.phones', 'site.contact.hours'],
  'channels.email-service-standard': ['site.contact.emails'],
  'channels.call-centre-resolves': ['site.contact.phones'],
  'self-service.account-contents': ['site.selfservice.login', 'site.selfservice.orderTracking', 'site.selfservice.invoices', 'site.selfservice.claimsTracking'],
  'self-service.payment-application-visible': ['site.selfservice.payments', 'site.selfservice.invoices'],
  'self-service.reorder': ['site.selfservice.login', 'site.selfservice.orderTracking'],
  'self-service.citizen-services-online': ['site.selfservice.payments', 'site.forms.complaints', 'site.selfservice.claimsTracking'],
  'alignment.hours-kept-in-sync': ['site.contact.hours', 'site.contact.addresses'],
  'alignment.online-order-commitment': ['site.policy.delivery'],
  'service-model.post-sale-channels': ['site.forms.complaints', 'site.selfservice.claimsTracking'],
  'service-model.quick-member-login': ['site.selfservice.login', 'site.selfservice.register'],
  'service-model.closed-loop-functions': ['site.selfservice.login', 'site.selfservice.orderTracking', 'site.selfservice.search'],
};

/** What each evidence key is called beside a question. */
const LABELS: Record<string, MessageId> = {
  'site.contact.phones': 'interview.finding.phones',
  'site.contact.emails': 'interview.finding.emails',
  'site.contact.whatsapp': 'interview.finding.whatsapp',
  'site.chat.vendors': 'interview.finding.chat',
  'site.social.profiles': 'interview.finding.social',
  'site.app.links': 'interview.finding.apps',
  'site.forms.contact': 'interview.finding.contactForm',
  'site.forms.complaints': 'interview.finding.complaintsForm',
  'site.contact.addresses': 'interview.finding.addresses',
  'site.contact.hours': 'interview.finding.hours',
  'site.structuredData.locations': 'interview.finding.locations',
  'site.selfservice.login': 'interview.finding.login',
  'site.selfservice.register': 'interview.finding.register',
  'site.selfservice.orderTracking': 'interview.finding.orderTracking',
  'site.selfservice.invoices': 'interview.finding.invoices',
  'site.selfservice.claimsTracking': 'interview.finding.claimsTracking',
  'site.selfservice.payments': 'interview.finding.payments',
  'site.selfservice.search': 'interview.finding.search',
  'site.policy.delivery': 'interview.finding.delivery',
};

/** Channel types the site can show, and the evidence that shows them. */
const CHANNEL_EVIDENCE: Record<string, string> = {
  phone: 'site.contact.phones',
  email: 'site.contact.emails',
  whatsapp: 'site.contact.whatsapp',
  chat: 'site.chat.vendors',
  social: 'site.social.profiles',
  app: 'site.app.links',
};

/** Where on the site an item was seen: its page's path. */
function at(item: EvidenceItem): string | undefined {
  const url = item.sources?.find((s) => s.url)?.url;
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.pathname + u.search || '/';
  } catch {
    return url;
  }
}

function short(v: unknown, max = 32): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') s = (v as { name: string }).name;
  else s = JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** One line per finding that bears on `id`, e.g. "WhatsApp +57 300 123 4567 found on /contacto". */
export function findingsFor(id: string, evidence: Evidence | undefined, lang: Lang): string[] {
  if (!evidence) return [];
  const out: string[] = [];
  for (const key of FINDINGS_FOR[id] ?? []) {
    const item = evidence[key];
    if (!item) continue;
    const label = LABELS[key] ? t(lang, LABELS[key]) : key;
    if (item.error) {
      out.push(t(lang, 'interview.finding.failed', { label, code: item.error.code }));
      continue;
    }
    const v = item.value;
    const where = at(item);
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out.push(t(lang, 'interview.finding.notFound', { label }));
        continue;
      }
      const shown = v.slice(0, 2).map((x) => short(x)).join(', ');
      const items = v.length > 2 ? `${shown} ${t(lang, 'interview.finding.more', { n: v.length - 2 })}` : shown;
      out.push(where ? t(lang, 'interview.finding.listAt', { label, items, where }) : t(lang, 'interview.finding.list', { label, items }));
    } else if (typeof v === 'boolean') {
      if (!v) out.push(t(lang, 'interview.finding.notFound', { label }));
      else out.push(where ? t(lang, 'interview.finding.presentAt', { label, where }) : t(lang, 'interview.finding.present', { label }));
    } else if (v !== undefined && v !== null) {
      const value = typeof v === 'number' ? v : short(v, 60);
      out.push(where ? t(lang, 'interview.finding.valueAt', { label, value, where }) : t(lang, 'interview.finding.value', { label, value }));
    }
  }
  return out;
}

function nonEmpty(item: EvidenceItem | undefined): boolean {
  const v = item?.value;
  return Array.isArray(v) ? v.length > 0 : v === true;
}

/**
 * Channel types the site shows, each with what a new channel entry can say about it:
 * the first number or address seen, the app or profile link, the chat vendor.
 */
export function channelsOnSite(evidence: Evidence | undefined): Record<string, Partial<DeclaredChannel>> {
  const out: Record<string, Partial<DeclaredChannel>> = {};
  if (!evidence) return out;
  out.web = {};
  for (const [type, key] of Object.entries(CHANNEL_EVIDENCE)) {
    const item = evidence[key];
    if (!nonEmpty(item)) continue;
    const first = Array.isArray(item!.value) ? item!.value[0] : undefined;
    if (typeof first !== 'string') out[type] = {};
    else if (type === 'app' || type === 'social') out[type] = { url: first };
    else if (type === 'chat') out[type] = { note: `${first} (found on the site)` };
    else out[type] = { value: first };
  }
  return out;
}

/** A pre-filled answer to a fact from what the site states, or undefined. */
export function prefillFact(id: string, evidence: Evidence | undefined): unknown {
  if (!evidence) return undefined;
  if (id === 'channels') {
    const types = Object.keys(channelsOnSite(evidence));
    return types.length ? types : undefined;
  }
  if (id === 'locations') {
    return nonEmpty(evidence['site.contact.addresses']) || nonEmpty(evidence['site.structuredData.locations']) ? true : undefined;
  }
  return undefined;
}
