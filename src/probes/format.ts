/** The readable listing of `readiness probe` (without --json). Pure. */
import { keysOf } from '../evidence/keys.js';
import type { Evidence, EvidenceItem } from '../types.js';
import type { PageError, PageKind, PageLeft } from './types.js';

interface ResultLike {
  target: string;
  pages: { url: string; status: number | null; depth: number | null; kind: PageKind[]; error?: PageError; left?: PageLeft }[];
  budget?: { pattern: string; read: number; skipped: number }[];
  evidence: Evidence;
}

/** Listing groups, by the second segment of a crawl key (site.<segment>.…). */
const GROUP_OF: Record<string, string> = {
  contact: 'Contact channels', chat: 'Contact channels', social: 'Contact channels', app: 'Contact channels',
  forms: 'Forms',
  help: 'Self-service', selfservice: 'Self-service', storeLocator: 'Self-service', keyPages: 'Self-service', links: 'Self-service',
  policy: 'Policies',
  home: 'Web quality',
  structuredData: 'Structured data',
};

/** Short labels; a crawl key without one is listed by its name. */
const LABELS: Record<string, string> = {
  'site.contact.phones': 'Telephones', 'site.contact.emails': 'E-mail', 'site.contact.whatsapp': 'WhatsApp', 'site.chat.vendors': 'Live chat',
  'site.contact.hours': 'Service hours', 'site.contact.addresses': 'Addresses', 'site.contact.clickDepth': 'Clicks to contact',
  'site.social.profiles': 'Social profiles', 'site.app.links': 'Mobile apps',
  'site.forms.contact': 'Contact form', 'site.forms.complaints': 'Complaint form (PQR)',
  'site.help.faq': 'FAQ / help centre', 'site.selfservice.login': 'Login / account', 'site.selfservice.register': 'Registration',
  'site.selfservice.orderTracking': 'Order tracking', 'site.selfservice.orderTrackingDepth': 'Clicks to order tracking',
  'site.selfservice.invoices': 'Invoices / statements', 'site.selfservice.claimsTracking': 'Claim tracking', 'site.selfservice.payments': 'Online payment',
  'site.selfservice.search': 'Search', 'site.selfservice.news': 'News', 'site.storeLocator': 'Store locator', 'site.keyPages': 'Key pages',
  'site.links.broken': 'Broken key-page links',
  'site.policy.privacy': 'Privacy / data protection', 'site.policy.terms': 'Terms', 'site.policy.security': 'Security', 'site.policy.delivery': 'Delivery promises',
  'site.structuredData.types': 'schema.org types', 'site.structuredData.contactPoints': 'ContactPoints', 'site.structuredData.locations': 'Locations',
  'site.structuredData.errors': 'JSON-LD errors',
  'site.lang': 'Language', 'site.hreflang': 'hreflang', 'site.mobile.viewport': 'Mobile viewport', 'site.https': 'HTTPS',
  'site.pages.errorRate': 'Page error rate', 'site.pages.crawled': 'Pages read', 'site.home.leavesSite': 'Home page sends visitors away',
};

/** Every key the crawl writes, grouped: derived from the registry, so a new key is listed without a change here. */
function groups(): { title: string; keys: string[] }[] {
  const out: { title: string; keys: string[] }[] = [];
  for (const key of keysOf('crawl')) {
    const title = GROUP_OF[key.split('.')[1] ?? ''] ?? 'Web quality';
    let g = out.find((x) => x.title === title);
    if (!g) out.push((g = { title, keys: [] }));
    g.keys.push(key);
  }
  return out;
}

function show(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v === '') return '(none)';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (Array.isArray(v)) {
    if (!v.length) return 'none found';
    if (typeof v[0] === 'object') return `${v.length} found`;
    return v.join(', ');
  }
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function line(label: string, item: EvidenceItem | undefined): string[] {
  if (!item) return [];
  const head = item.error
    ? `  ${label.padEnd(26)} error: ${item.error.message}`
    : item.missing !== undefined && item.value === undefined
      ? `  ${label.padEnd(26)} — (${item.missing})`
      : `  ${label.padEnd(26)} ${show(item.value)}`;
  const where = item.sources.find((s) => s.url)?.url;
  return where && !item.error ? [head, `  ${''.padEnd(26)} ↳ ${where}`] : [head];
}

const LEFT: Record<PageLeft['how'], (l: PageLeft) => string> = {
  script: (l) => `tried to leave the site for ${l.to}`,
  loop: (l) => `kept navigating (a refresh or redirect loop); stopped at ${l.to}`,
  unreadable: (l) => `its script sent the browser to ${l.to}, which answered HTTP ${l.status ?? '?'}; visited again and held`,
};

export function formatProbeResult(result: ResultLike): string {
  const out: string[] = [`Site probe: ${result.target}`, ''];
  for (const g of groups()) {
    out.push(g.title);
    for (const key of g.keys) out.push(...line(LABELS[key] ?? key, result.evidence[key]));
    out.push('');
  }
  const failed = result.pages.filter((p) => p.error);
  out.push(`Pages (${result.pages.length} visited${failed.length ? `, ${failed.length} with errors` : ''})`);
  for (const p of result.pages) {
    const kinds = p.kind.length ? ` [${p.kind.join(', ')}]` : '';
    const depth = p.depth === null ? 'sitemap' : `depth ${p.depth}`;
    out.push(`  ${String(p.status ?? '---').padEnd(4)} ${p.url}  (${depth})${kinds}${p.error ? `  ✗ ${p.error.code}: ${p.error.message}` : ''}`);
    if (p.left) out.push(`       ↪ ${LEFT[p.left.how](p.left)}; what it showed was read`);
  }
  const budget = (result.budget ?? []).filter((b) => b.read > 0 || b.skipped > 0);
  if (budget.length) {
    out.push('', 'Crawl budget by URL pattern (pages read · held back: query variants, pattern cap, not reached)');
    for (const b of budget.slice(0, 15)) out.push(`  ${String(b.read).padStart(3)} read · ${String(b.skipped).padStart(3)} held back  ${b.pattern}`);
    if (budget.length > 15) out.push(`  … ${budget.length - 15} more patterns`);
  }
  return out.join('\n') + '\n';
}
