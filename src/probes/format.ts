/** The readable listing of `readiness probe` (without --json), in the reader's language. Pure. */
import { keysOf } from '../evidence/keys.js';
import { formatNumber, t, text, type MessageId } from '../i18n/index.js';
import type { Evidence, EvidenceItem, Lang } from '../types.js';
import type { PageError, PageKind, PageLeft } from './types.js';

interface ResultLike {
  target: string;
  pages: { url: string; status: number | null; depth: number | null; kind: PageKind[]; error?: PageError; left?: PageLeft }[];
  budget?: { pattern: string; read: number; skipped: number }[];
  evidence: Evidence;
}

/** Listing groups, by the second segment of a crawl key (site.<segment>.…). */
const GROUP_OF: Record<string, MessageId> = {
  contact: 'probe.group.contact', chat: 'probe.group.contact', social: 'probe.group.contact', app: 'probe.group.contact',
  forms: 'probe.group.forms',
  help: 'probe.group.selfservice', selfservice: 'probe.group.selfservice', storeLocator: 'probe.group.selfservice', keyPages: 'probe.group.selfservice', links: 'probe.group.selfservice',
  policy: 'probe.group.policies',
  home: 'probe.group.web',
  structuredData: 'probe.group.structuredData',
};

/** Short labels; a crawl key without one is listed by its name. */
const LABELS: Record<string, MessageId> = {
  'site.contact.phones': 'probe.key.phones', 'site.contact.emails': 'probe.key.emails', 'site.contact.whatsapp': 'probe.key.whatsapp', 'site.chat.vendors': 'probe.key.chat',
  'site.contact.hours': 'probe.key.hours', 'site.contact.addresses': 'probe.key.addresses', 'site.contact.clickDepth': 'probe.key.clickDepth',
  'site.social.profiles': 'probe.key.social', 'site.app.links': 'probe.key.apps',
  'site.forms.contact': 'probe.key.contactForm', 'site.forms.complaints': 'probe.key.complaintsForm',
  'site.help.faq': 'probe.key.faq', 'site.selfservice.login': 'probe.key.login', 'site.selfservice.register': 'probe.key.register',
  'site.selfservice.orderTracking': 'probe.key.orderTracking', 'site.selfservice.orderTrackingDepth': 'probe.key.orderTrackingDepth',
  'site.selfservice.invoices': 'probe.key.invoices', 'site.selfservice.claimsTracking': 'probe.key.claimsTracking', 'site.selfservice.payments': 'probe.key.payments',
  'site.selfservice.search': 'probe.key.search', 'site.selfservice.news': 'probe.key.news', 'site.storeLocator': 'probe.key.storeLocator', 'site.keyPages': 'probe.key.keyPages',
  'site.links.broken': 'probe.key.brokenLinks',
  'site.policy.privacy': 'probe.key.privacy', 'site.policy.terms': 'probe.key.terms', 'site.policy.security': 'probe.key.security', 'site.policy.delivery': 'probe.key.delivery',
  'site.structuredData.types': 'probe.key.schemaTypes', 'site.structuredData.contactPoints': 'probe.key.contactPoints', 'site.structuredData.locations': 'probe.key.locations',
  'site.structuredData.errors': 'probe.key.jsonLdErrors',
  'site.lang': 'probe.key.lang', 'site.hreflang': 'probe.key.hreflang', 'site.mobile.viewport': 'probe.key.viewport', 'site.https': 'probe.key.https',
  'site.pages.errorRate': 'probe.key.errorRate', 'site.pages.crawled': 'probe.key.crawled', 'site.home.leavesSite': 'probe.key.leavesSite',
};

const LEFT: Record<PageLeft['how'], MessageId> = { script: 'probe.left.script', loop: 'probe.left.loop', unreadable: 'probe.left.unreadable' };

export function formatProbeResult(result: ResultLike, lang: Lang = 'en'): string {
  const out: string[] = [t(lang, 'probe.title', { target: result.target }), ''];
  for (const g of groups()) {
    out.push(t(lang, g.title));
    for (const key of g.keys) out.push(...line(LABELS[key] ? t(lang, LABELS[key]!) : key, result.evidence[key], lang));
    out.push('');
  }
  const failed = result.pages.filter((p) => p.error);
  out.push(t(lang, 'probe.pages', { n: result.pages.length, failed: failed.length }));
  for (const p of result.pages) {
    const kinds = p.kind.length ? ` [${p.kind.join(', ')}]` : '';
    const depth = p.depth === null ? t(lang, 'probe.fromSitemap') : t(lang, 'probe.depth', { depth: p.depth });
    out.push(`  ${String(p.status ?? '---').padEnd(4)} ${p.url}  (${depth})${kinds}${p.error ? `  ✗ ${p.error.code}: ${text(lang, p.error.reason ?? p.error.message)}` : ''}`);
    if (p.left) out.push(`       ↪ ${t(lang, LEFT[p.left.how], { to: p.left.to, status: p.left.status === undefined ? '?' : String(p.left.status) })}`);
  }
  const budget = (result.budget ?? []).filter((b) => b.read > 0 || b.skipped > 0);
  if (budget.length) {
    out.push('', t(lang, 'probe.budget.title'));
    for (const b of budget.slice(0, 15)) out.push(`  ${t(lang, 'probe.budget.row', { read: b.read, skipped: b.skipped })}  ${b.pattern}`);
    if (budget.length > 15) out.push(`  ${t(lang, 'probe.budget.more', { n: budget.length - 15 })}`);
  }
  return out.join('\n') + '\n';
}

/** Every key the crawl writes, grouped: derived from the registry, so a new key is listed without a change here. */
function groups(): { title: MessageId; keys: string[] }[] {
  const out: { title: MessageId; keys: string[] }[] = [];
  for (const key of keysOf('crawl')) {
    const title = GROUP_OF[key.split('.')[1] ?? ''] ?? 'probe.group.web';
    let g = out.find((x) => x.title === title);
    if (!g) out.push((g = { title, keys: [] }));
    g.keys.push(key);
  }
  return out;
}

function show(v: unknown, lang: Lang): string {
  if (typeof v === 'boolean') return t(lang, v ? 'probe.value.yes' : 'probe.value.no');
  if (v === '') return t(lang, 'probe.value.empty');
  if (typeof v === 'number') return formatNumber(v, lang, 2);
  if (Array.isArray(v)) {
    if (!v.length) return t(lang, 'probe.value.noneFound');
    if (typeof v[0] === 'object') return t(lang, 'probe.value.found', { n: v.length });
    return v.join(', ');
  }
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function line(label: string, item: EvidenceItem | undefined, lang: Lang): string[] {
  if (!item) return [];
  const head = item.error
    ? `  ${label.padEnd(26)} ${t(lang, 'probe.value.error', { message: text(lang, item.error.reason ?? item.error.message) })}`
    : item.missing !== undefined && item.value === undefined
      ? `  ${label.padEnd(26)} — (${text(lang, item.missingReason ?? item.missing)})`
      : `  ${label.padEnd(26)} ${show(item.value, lang)}`;
  const where = item.sources.find((s) => s.url)?.url;
  return where && !item.error ? [head, `  ${''.padEnd(26)} ↳ ${where}`] : [head];
}
