/**
 * From a crawl (SiteInfo: pages with snapshots, sitemap, HTTPS facts) to Evidence.
 * Freshness, TLS, availability and alignment are measured elsewhere (src/measure).
 * Pure: no I/O, no clock, so it can be tested with data and
 * re-run on saved snapshots.
 *
 * A key whose value would be negative while a page it depends on failed (the
 * contact page answered 500, the home page timed out) is written as `error` with the
 * reason instead: "not found" and "could not look" are different findings.
 */
import { reason, type Message, type MessageId, type MessageValues } from '../i18n/index.js';
import { errorReason } from '../net/fetch.js';
import type { Evidence, EvidenceItem, Source } from '../types.js';
import { extractChat, mergeChatVendors } from './signals/chat.js';
import { extractAddresses, extractHours } from './signals/contact-info.js';
import { extractEmails, withoutMisspeltTwins, withoutPersonalWebmail } from './signals/emails.js';
import { extractForms, type FormPurpose } from './signals/forms.js';
import { httpsVerdict, isMobileViewport, normaliseHreflang, normaliseLang } from './signals/page-meta.js';
import { extractPhones, sameNationalLines } from './signals/phones.js';
import { extractDelivery, extractKindHits, type KindHit, type LinkContext } from './signals/selfservice.js';
import { isOwn, siteHosts, siteIdentity, toServed } from './identity.js';
import { extractSocial } from './signals/social.js';
import { type ContactPointInfo, extractStructuredData, type LocationInfo } from './signals/structured-data.js';
import { type Finding, documentsOf } from './signals/text.js';
import { extractWhatsapp, whatsappFromRedirect, whatsappFromWidgets } from './signals/whatsapp.js';
import { legalEvidence } from './signals/legal.js';
import { signinEvidence } from './signals/signin.js';
import type { CrawledPage, PageError, PageKind, SiteInfo } from './types.js';

/** A page kind as the reasons name it ("the help/FAQ page"). */
const kindLabel = (kind: PageKind): Message => ({ id: `evidence.pageKind.${kind}` });

/** A source note written as a catalogue message, with its English text. */
function noted(id: MessageId, values?: MessageValues): Pick<Source, 'note' | 'noteReason'> {
  const r = reason(id, values);
  return { note: r.message, noteReason: r.reason };
}

/** A value missing though nothing failed, with its reason. */
function missing(id: MessageId, values?: MessageValues): Pick<EvidenceItem, 'missing' | 'missingReason'> {
  const r = reason(id, values);
  return { missing: r.message, missingReason: r.reason };
}

/** A page's error as a source note: its code and reason. */
function pageErrorNote(e: PageError): Pick<Source, 'note' | 'noteReason'> {
  return noted('evidence.crawl.note.pageError', { code: e.code, error: { msg: errorReason(e) } });
}

function normUrl(u: string): string {
  try {
    const x = new URL(u);
    x.hash = '';
    return x.href;
  } catch {
    return u;
  }
}

/** A page whose content could not be read (an error and no usable snapshot, or an HTTP error). */
export function pageFailed(p: CrawledPage): boolean {
  if (!p.error) return false;
  if (p.error.code === 'load-timeout' && p.snapshot) return false;
  return true;
}

function listItem(findings: Finding<string>[], opts: { perValue?: number; max?: number; sort?: boolean } = {}): EvidenceItem {
  const perValue = opts.perValue ?? 2;
  const byValue = new Map<string, Source[]>();
  for (const f of findings) {
    if (!f.value) continue;
    const list = byValue.get(f.value) ?? [];
    if (list.length < perValue && !list.some((s) => s.url === f.source.url && s.snippet === f.source.snippet)) list.push(f.source);
    byValue.set(f.value, list);
  }
  let values = [...byValue.keys()];
  if (opts.sort !== false) values = values.sort();
  if (opts.max) values = values.slice(0, opts.max);
  return { value: values, sources: values.flatMap((v) => byValue.get(v) ?? []).slice(0, 40), origin: 'probe' };
}

function boolItem(findings: { source: Source }[], max = 5): EvidenceItem {
  const sources: Source[] = [];
  for (const f of findings) {
    if (sources.length >= max) break;
    if (!sources.some((s) => s.url === f.source.url && s.snippet === f.source.snippet && s.selector === f.source.selector)) sources.push(f.source);
  }
  return { value: findings.length > 0, sources, origin: 'probe' };
}

function isEmpty(item: EvidenceItem): boolean {
  return item.value === undefined && !item.error || item.value === false || Array.isArray(item.value) && item.value.length === 0;
}

interface Failure {
  page: CrawledPage;
  kinds: PageKind[];
  error: PageError;
  linkText?: string;
}

/** Everything the extractors read on one crawled page (and its same-origin frames). */
export interface PageReading {
  page: CrawledPage;
  phones: Finding<string>[];
  emails: Finding<string>[];
  whatsapp: Finding<string>[];
  whatsappNumberless: Finding<string>[];
  chat: ReturnType<typeof extractChat>;
  forms: Finding<FormPurpose>[];
  kindHits: KindHit[];
  broken: BrokenLink[];
  hours: Finding<string>[];
  addresses: Finding<string>[];
  social: Finding<string>[];
  apps: Finding<string>[];
  delivery: Finding<string>[];
  sdTypes: Finding<string>[];
  contactPoints: Finding<ContactPointInfo>[];
  locations: Finding<LocationInfo>[];
  sdErrors: Finding<string>[];
  search: { source: Source }[];
}

const readings = new WeakMap<SiteInfo, PageReading[]>();

/**
 * The extractors' reading of every crawled page, computed once per crawl and shared:
 * the evidence is built from it, and the measures read the same per-page findings
 * (contact data per page for the consistency measure) instead of parsing again.
 */
export function readSite(site: SiteInfo): PageReading[] {
  const cached = readings.get(site);
  if (cached) return cached;
  const country = site.country;
  const lookupMap = new Map<string, CrawledPage>();
  for (const p of site.pages) {
    lookupMap.set(normUrl(p.url), p);
    if (p.finalUrl) lookupMap.set(normUrl(p.finalUrl), p);
  }
  // Saved evidence from before the identity existed has none: the home page's domain is the site.
  const identity = site.identity ?? siteIdentity({ target: site.home || site.target });
  const links: LinkContext = {
    lookup: (u) => lookupMap.get(normUrl(toServed(identity, u))),
    isOwn: (u) => isOwn(identity, u),
    siteHosts: siteHosts(identity),
  };
  const out = site.pages.map((page) => readPage(page, country, links));
  readings.set(site, out);
  return out;
}

/**
 * A link to a key page that could not be read is noted by the extractor in English
 * ("linked; the page could not be read: …"); the note gets its catalogue message here,
 * from the linked page's own error, when the English is that sentence.
 */
function wordLinkedUnreadable(hit: KindHit, links: LinkContext): void {
  const s = hit.source;
  if (!s.note || s.noteReason || !hit.target) return;
  const error = links.lookup(hit.target)?.error;
  if (!error) return;
  const r = reason('evidence.crawl.note.linkedUnreadable', { error: { msg: errorReason(error) } });
  if (r.message === s.note) s.noteReason = r.reason;
}

function readPage(page: CrawledPage, country: string, links: LinkContext): PageReading {
  const r: PageReading = {
    page, phones: [], emails: [], whatsapp: [], whatsappNumberless: [], chat: [], forms: [], kindHits: [], broken: [], hours: [], addresses: [],
    social: [], apps: [], delivery: [], sdTypes: [], contactPoints: [], locations: [], sdErrors: [], search: [],
  };
  r.whatsapp.push(...whatsappFromRedirect(page, country));
  for (const view of documentsOf(page)) {
    r.phones.push(...extractPhones(view, country, links.isOwn));
    const shownEmails = extractEmails(view);
    r.emails.push(...shownEmails);
    for (const w of [...extractWhatsapp(view, country), ...whatsappFromWidgets(view, country)]) (w.numberless ? r.whatsappNumberless : r.whatsapp).push(w);
    r.chat.push(...extractChat(view));
    const pageForms = extractForms(view, page.kinds);
    r.forms.push(...pageForms);
    const { hits, brokenLinks } = extractKindHits(view, view.inFrame ? [] : page.kinds, pageForms, links);
    for (const h of hits) wordLinkedUnreadable(h, links);
    r.kindHits.push(...hits);
    for (const b of brokenLinks) {
      if (!b.page.error) continue;
      r.broken.push({ kind: b.kind, url: b.url, text: b.text.slice(0, 80), foundOn: view.url, code: b.page.error.code, message: b.page.error.message, target: b.page });
    }
    r.hours.push(...extractHours(view));
    r.addresses.push(...extractAddresses(view));
    const soc = extractSocial(view);
    r.social.push(...soc.profiles);
    r.apps.push(...soc.apps);
    r.delivery.push(...extractDelivery(view));
    const sd = extractStructuredData(view, country);
    // A telephone in schema.org data, or an e-mail in its ContactPoint, is published as surely as one in the text.
    r.phones.push(...sd.phones);
    r.emails.push(...withoutMisspeltTwins(sd.emails, shownEmails.map((e) => e.value)));
    r.sdTypes.push(...sd.types);
    r.contactPoints.push(...sd.contactPoints);
    r.locations.push(...sd.locations);
    r.sdErrors.push(...sd.errors);
    if (sd.faq.length) r.kindHits.push(...sd.faq.map((f) => ({ value: 'help' as PageKind, depth: page.depth, via: 'schema' as const, source: f.source })));
    for (const l of sd.contactPoints) for (const h of l.value.hoursAvailable ?? []) r.hours.push({ value: `${l.value.contactType ?? 'ContactPoint'}: ${h}`, source: l.source });
    for (const l of sd.locations) {
      if (l.value.address) r.addresses.push({ value: l.value.address, source: l.source });
      for (const h of l.value.openingHours ?? []) r.hours.push({ value: `${l.value.name ?? l.value.type}: ${h}`, source: l.source });
    }
    if (view.doc.searchInputs > 0) r.search.push({ source: { url: view.url, selector: view.doc.searchSelector || 'input[type=search]', ...noted('evidence.crawl.note.searchBox') } });
  }
  for (const f of r.forms) if (f.value === 'search') r.search.push({ source: f.source });
  return r;
}

export function buildEvidence(site: SiteInfo): Evidence {
  const home = site.pages[0];
  const pagesRead = readSite(site);
  const all = <K extends keyof PageReading>(k: K): PageReading[K] extends (infer T)[] ? T[] : never =>
    pagesRead.flatMap((r) => r[k] as unknown[]) as PageReading[K] extends (infer T)[] ? T[] : never;
  // A shared-cost line one page writes with an area code and another without is one line.
  const phones = sameNationalLines(all('phones'));
  const identity = site.identity ?? siteIdentity({ target: site.home || site.target });
  const emails = withoutPersonalWebmail(all('emails'), (d) => isOwn(identity, `https://${d}/`), identity.domains.map((d) => d.split('.')[0] ?? ''));
  const whatsapp = all('whatsapp');
  const whatsappNumberless = all('whatsappNumberless');
  const chat = all('chat');
  const forms = all('forms');
  const kindHits = all('kindHits');
  const hours = all('hours');
  const addresses = all('addresses');
  const social = all('social');
  const apps = all('apps');
  const delivery = all('delivery');
  const sdTypes = all('sdTypes');
  const contactPoints = all('contactPoints');
  const locations = all('locations');
  const sdErrors = all('sdErrors');
  const search = all('search');
  const broken = all('broken');
  const failures: Failure[] = [];
  for (const page of site.pages) if (pageFailed(page) && page.error) failures.push({ page, kinds: page.kinds, error: page.error, linkText: page.linkTexts[0] });
  for (const b of broken) failures.push({ page: b.target, kinds: [b.kind], error: b.target.error!, linkText: b.text });

  const ev: Evidence = {};
  const homeFailed = !home || pageFailed(home) && !home.snapshot;
  const homeError = home?.error;

  /**
   * Writes `item`. What was found stands, with the unreadable pages it depends on
   * noted in its sources; only when nothing was found and such a page failed is the
   * key an error (the answer may have been on that page).
   */
  const put = (key: string, item: EvidenceItem, dependsOn: PageKind[]): void => {
    const f = failures.find((x) => x.kinds.some((k) => dependsOn.includes(k)));
    const described = (x: Failure): { message: string; reason: Message } => {
      const kind = x.kinds.find((k) => dependsOn.includes(k)) ?? x.kinds[0] ?? 'home';
      const values = { kind: { msg: kindLabel(kind) }, url: x.page.url, error: { msg: errorReason(x.error) } };
      return x.linkText
        ? reason('evidence.crawl.pageUnreadableLinked', { ...values, link: x.linkText.slice(0, 40) })
        : reason('evidence.crawl.pageUnreadable', values);
    };
    if (!isEmpty(item)) {
      if (f && item.sources.length < 41) {
        const d = described(f);
        item.sources.push({ url: f.page.url, note: d.message, noteReason: d.reason });
      }
      ev[key] = item;
      return;
    }
    if (homeFailed && homeError) {
      ev[key] = { error: { code: homeError.code, ...reason('evidence.crawl.homeUnreadable', { url: home!.url, error: { msg: errorReason(homeError) } }) }, sources: [{ url: home!.url }], origin: 'probe' };
      return;
    }
    if (f) {
      ev[key] = { error: { code: f.error.code, ...described(f) }, sources: [{ url: f.page.url }], origin: 'probe' };
      return;
    }
    ev[key] = item;
  };

  // ---- contact channels
  put('site.contact.phones', listItem(phones), ['contact', 'home']);
  put('site.contact.emails', listItem(emails), ['contact', 'home']);
  put('site.contact.whatsapp', listItem(whatsapp), ['contact', 'home']);
  const vendors = mergeChatVendors(chat);
  put('site.chat.vendors', listItem(vendors.map((h) => ({ value: h.value, source: h.source })), { perValue: 3 }), ['home', 'contact', 'help']);
  put('site.contact.hours', listItem(hours, { perValue: 1, max: 20, sort: false }), ['contact', 'storeLocator', 'home']);
  put('site.contact.addresses', listItem(addresses, { perValue: 1, max: 30, sort: false }), ['contact', 'storeLocator', 'home']);
  put('site.social.profiles', listItem(social, { perValue: 1 }), ['home']);
  put('site.app.links', listItem(apps, { perValue: 1 }), ['home']);

  // ---- forms
  put('site.forms.contact', boolItem(forms.filter((f) => f.value === 'contact')), ['contact']);
  put('site.forms.complaints', boolItem(forms.filter((f) => f.value === 'complaint')), ['complaints']);

  // ---- key pages
  const byKind = (k: PageKind): KindHit[] => kindHits.filter((h) => h.value === k);
  put('site.help.faq', boolItem(byKind('help')), ['help']);
  put('site.selfservice.login', boolItem(byKind('account')), ['account']);
  put('site.selfservice.register', boolItem(byKind('register')), ['register']);
  put('site.selfservice.orderTracking', boolItem(byKind('orderTracking')), ['orderTracking']);
  put('site.selfservice.invoices', boolItem(byKind('invoices')), ['invoices']);
  put('site.selfservice.claimsTracking', boolItem(byKind('claimsTracking')), ['claimsTracking']);
  put('site.selfservice.search', boolItem(search), ['home']);
  put('site.selfservice.news', boolItem(byKind('news')), ['news']);
  put('site.selfservice.payments', boolItem(byKind('payments')), ['payments']);
  put('site.policy.privacy', boolItem(byKind('privacy')), ['privacy']);
  put('site.policy.terms', boolItem(byKind('terms')), ['terms']);
  put('site.policy.security', boolItem(byKind('security')), ['security']);
  put('site.policy.delivery', listItem(delivery, { perValue: 1, max: 10, sort: false }), ['home']);
  put('site.storeLocator', boolItem(byKind('storeLocator')), ['storeLocator']);

  const depthOf = (k: PageKind, key: string, notFound: MessageId): void => {
    const hits = byKind(k).filter((h) => h.depth !== null);
    if (!hits.length) {
      ev[key] = { sources: [], origin: 'probe', ...missing(notFound) };
      return;
    }
    const best = hits.reduce((a, b) => (b.depth! < a.depth! ? b : a));
    ev[key] = { value: best.depth, sources: [best.source], origin: 'probe' };
  };
  depthOf('contact', 'site.contact.clickDepth', 'evidence.crawl.noContactPage');
  depthOf('orderTracking', 'site.selfservice.orderTrackingDepth', 'evidence.crawl.noOrderTracking');

  const keyPages: { kind: PageKind; url: string; depth: number | null; via: string }[] = [];
  for (const k of ['contact', 'help', 'account', 'register', 'orderTracking', 'complaints', 'claimsTracking', 'invoices', 'payments', 'privacy', 'terms', 'security', 'storeLocator', 'news'] as PageKind[]) {
    const hits = byKind(k);
    if (!hits.length) continue;
    const best = hits.reduce((a, b) => ((b.depth ?? Infinity) < (a.depth ?? Infinity) ? b : a));
    keyPages.push({ kind: k, url: best.target ?? best.source.url ?? '', depth: best.depth, via: best.via });
  }
  ev['site.keyPages'] = { value: keyPages, sources: [], origin: 'probe' };
  const uniqBroken = uniqBrokenLinks(broken);
  const brokenByUrl = uniqBroken.map(({ target, ...b }) => (void target, b));
  ev['site.links.broken'] = {
    value: brokenByUrl,
    sources: uniqBroken.slice(0, 10).map((b) => ({ url: b.foundOn, snippet: `${b.text || b.kind} → ${b.url}`, ...pageErrorNote(b.target.error!) })),
    origin: 'probe',
  };

  // ---- structured data
  put('site.structuredData.types', listItem(sdTypes, { perValue: 1 }), ['home']);
  ev['site.structuredData.contactPoints'] = { value: dedupeObjects(contactPoints.map((c) => c.value)), sources: contactPoints.slice(0, 10).map((c) => c.source), origin: 'probe' };
  ev['site.structuredData.locations'] = { value: dedupeObjects(locations.map((c) => c.value)), sources: locations.slice(0, 10).map((c) => c.source), origin: 'probe' };
  ev['site.structuredData.errors'] = listItem(sdErrors, { perValue: 1 });

  // ---- web quality
  const homeSnap = home?.snapshot;
  if (homeSnap) {
    const lang = normaliseLang(homeSnap.lang);
    const note = homeSnap.lang ? (lang ? undefined : noted('evidence.crawl.note.badLang')) : noted('evidence.crawl.note.noLang');
    ev['site.lang'] = { value: lang, sources: [{ url: homeSnap.finalUrl, snippet: homeSnap.lang ? `<html lang="${homeSnap.lang}">` : undefined, ...note }], origin: 'probe' };
  } else {
    ev['site.lang'] = homeError
      ? { error: { code: homeError.code, ...reason('evidence.crawl.homeUnreadableNoUrl', { error: { msg: errorReason(homeError) } }) }, sources: [], origin: 'probe' }
      : { sources: [], origin: 'probe', ...missing('evidence.crawl.homeNotCrawled') };
  }
  const hreflang: Finding<string>[] = [];
  for (const p of site.pages) for (const h of p.snapshot?.hreflang ?? []) {
    const v = normaliseHreflang(h.lang);
    if (v && v !== 'x-default') hreflang.push({ value: v, source: { url: p.snapshot!.finalUrl, snippet: `hreflang="${h.lang}" → ${h.href}` } });
  }
  ev['site.hreflang'] = listItem(hreflang, { perValue: 1 });

  const htmlPages = site.pages.filter((p) => p.snapshot && !pageFailed(p) && (p.status ?? 200) < 400);
  if (htmlPages.length) {
    const without = htmlPages.filter((p) => !isMobileViewport(p.snapshot!.viewport));
    ev['site.mobile.viewport'] = without.length
      ? { value: false, sources: without.slice(0, 5).map((p) => ({ url: p.snapshot!.finalUrl, snippet: p.snapshot!.viewport ? `<meta name="viewport" content="${p.snapshot!.viewport}">` : undefined, ...noted(p.snapshot!.viewport ? 'evidence.crawl.note.viewportFixed' : 'evidence.crawl.note.noViewport') })), origin: 'probe' }
      : { value: true, sources: [{ url: htmlPages[0]!.snapshot!.finalUrl, snippet: `<meta name="viewport" content="${htmlPages[0]!.snapshot!.viewport}">`, ...noted('evidence.crawl.note.allPages', { n: htmlPages.length }) }], origin: 'probe' };
  } else {
    put('site.mobile.viewport', { value: false, sources: [], origin: 'probe' }, ['home']);
  }

  // A home page that sends its visitors elsewhere by itself is a finding of its own.
  if (home) {
    const away = home.left && home.left.how === 'script' ? home.left.to : home.offsiteRedirect && !isOwn(site.identity ?? siteIdentity({ target: site.home || site.target }), home.offsiteRedirect) ? home.offsiteRedirect : undefined;
    ev['site.home.leavesSite'] = away
      ? { value: true, sources: [{ url: home.url, snippet: `→ ${away.slice(0, 160)}`, ...noted(home.left ? 'evidence.crawl.note.scriptLeaves' : 'evidence.crawl.note.redirectsOff') }], origin: 'probe' }
      : { value: false, sources: [{ url: home.snapshot?.finalUrl ?? home.url }], origin: 'probe' };
  } else ev['site.home.leavesSite'] = { sources: [], origin: 'probe', ...missing('evidence.crawl.homeNotCrawled') };

  const https = httpsVerdict(site.https);
  ev['site.https'] = { value: https.value, sources: [{ url: site.home, note: https.reason }], origin: 'probe' };
  const visited = site.pages.length;
  const failed = site.pages.filter(pageFailed);
  ev['site.pages.errorRate'] = { value: visited ? failed.length / visited : 0, sources: failed.slice(0, 10).map((p) => ({ url: p.url, ...pageErrorNote(p.error!) })), origin: 'probe' };
  ev['site.pages.crawled'] = { value: visited, sources: [], origin: 'probe' };
  if (site.truncatedBy) ev['site.pages.crawled']!.sources.push(noted(site.truncatedBy === 'time' ? 'evidence.crawl.note.notVisitedTime' : 'evidence.crawl.note.notVisitedMaxPages', { n: site.notVisited }));

  if (whatsappNumberless.length && isEmpty(ev['site.contact.whatsapp']!)) {
    ev['site.contact.whatsapp']!.sources.push(...whatsappNumberless.slice(0, 3).map((w) => ({ ...w.source, ...noted('evidence.crawl.note.whatsappNoNumber') })));
  }
  // ---- legal duties a customer can see (signals/legal.ts), on the pages that could be read
  Object.assign(ev, legalEvidence(site.pages.filter((p) => !pageFailed(p)).flatMap(documentsOf), { phones, emails, addresses }));
  // ---- the sign-in page (signals/signin.ts): an insecure form is a finding even when another account page failed
  const signin = signinEvidence(site.pages.filter((p) => !pageFailed(p)).flatMap(documentsOf));
  if (signin['site.signin.https'].value === undefined) put('site.signin.https', signin['site.signin.https'], ['account']);
  else ev['site.signin.https'] = signin['site.signin.https'];
  put('site.signin.recovery', signin['site.signin.recovery'], ['account']);
  for (const item of Object.values(ev)) item.collectedAt ??= site.collectedAt;
  return ev;
}

type BrokenLink = {
  kind: PageKind;
  url: string;
  text: string;
  foundOn: string;
  code: string;
  message: string;
  /** The crawled page the link leads to (not saved in the evidence). */
  target: CrawledPage;
};

/** One entry per broken target and kind, wherever it was linked from. */
function uniqBrokenLinks(xs: BrokenLink[]): BrokenLink[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.kind} ${normUrl(x.url)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).slice(0, 50);
}

function dedupeObjects<T>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).slice(0, 50);
}
