/**
 * What the site probes found, shown beside the questions it bears on, and the facts
 * the site already states (its channels, its addresses) offered as pre-filled
 * answers. Which evidence bears on which question is a small table, not code.
 */
import type { DeclaredChannel, Evidence, EvidenceItem, Lang, Localized } from '../types.js';
import { msg } from './i18n.js';

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

const LABELS: Record<string, Localized> = {
  'site.contact.phones': { en: 'Telephone', es: 'Teléfono' },
  'site.contact.emails': { en: 'E-mail', es: 'Correo' },
  'site.contact.whatsapp': { en: 'WhatsApp', es: 'WhatsApp' },
  'site.chat.vendors': { en: 'Live chat', es: 'Chat en vivo' },
  'site.social.profiles': { en: 'Social profiles', es: 'Perfiles sociales' },
  'site.app.links': { en: 'App store links', es: 'Enlaces a tiendas de apps' },
  'site.forms.contact': { en: 'Contact form', es: 'Formulario de contacto' },
  'site.forms.complaints': { en: 'Complaints (PQRS) form', es: 'Formulario de PQRS' },
  'site.contact.addresses': { en: 'Address', es: 'Dirección' },
  'site.contact.hours': { en: 'Service hours', es: 'Horario de atención' },
  'site.structuredData.locations': { en: 'Locations in schema.org markup', es: 'Sedes en marcado schema.org' },
  'site.selfservice.login': { en: 'Login / account area', es: 'Ingreso / zona de cuenta' },
  'site.selfservice.register': { en: 'Registration', es: 'Registro' },
  'site.selfservice.orderTracking': { en: 'Order tracking', es: 'Rastreo de pedidos' },
  'site.selfservice.invoices': { en: 'Invoices online', es: 'Facturas en línea' },
  'site.selfservice.claimsTracking': { en: 'Claims tracking', es: 'Seguimiento de reclamos' },
  'site.selfservice.payments': { en: 'Online payments', es: 'Pagos en línea' },
  'site.selfservice.search': { en: 'Search', es: 'Buscador' },
  'site.policy.delivery': { en: 'Delivery promise', es: 'Promesa de entrega' },
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

function where(item: EvidenceItem): string | undefined {
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
    const label = LABELS[key]?.[lang] ?? key;
    if (item.error) {
      out.push(`${label}: ${msg(lang, 'probeFailed')} (${item.error.code})`);
      continue;
    }
    const v = item.value;
    const at = where(item);
    const on = at ? ` ${msg(lang, 'on')} ${at}` : '';
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out.push(`${label}: ${msg(lang, 'notFound')}`);
        continue;
      }
      const shown = v.slice(0, 2).map((x) => short(x)).join(', ');
      const more = v.length > 2 ? ` (+${v.length - 2} ${msg(lang, 'more')})` : '';
      out.push(`${label} ${shown}${more} ${msg(lang, 'found')}${on}`);
    } else if (typeof v === 'boolean') {
      out.push(v ? `${label}: ${msg(lang, 'found')}${on}` : `${label}: ${msg(lang, 'notFound')}`);
    } else if (v !== undefined && v !== null) {
      out.push(`${label}: ${short(v, 60)}${on}`);
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
