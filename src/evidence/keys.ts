/**
 * The registry of every evidence key a check may name. Probes and data loaders
 * write these keys; checklists read them; a checklist that names a key not listed
 * here fails validation. Adding a key is adding a row — the README's evidence table
 * is generated from this list (`npm run docs:evidence`).
 *
 * Types describe `EvidenceItem.value`:
 *   boolean, number, string, string[]      — as in JSON
 *   duration                                — milliseconds (number)
 *   timestamp                               — ISO 8601 string
 *   ratio                                   — 0..1 (number)
 *   score                                   — 0..100 (number)
 *   object, object[]                        — documented shape in `description`
 */

export type EvidenceType =
  | 'boolean' | 'number' | 'string' | 'string[]' | 'duration' | 'timestamp'
  | 'ratio' | 'score' | 'object' | 'object[]';

export type EvidenceSource = 'probe' | 'lighthouse' | 'data' | 'profile';

export interface EvidenceKeyDef {
  type: EvidenceType;
  source: EvidenceSource;
  description: string;
}

const k = (type: EvidenceType, source: EvidenceSource, description: string): EvidenceKeyDef => ({ type, source, description });

export const EVIDENCE_KEYS: Record<string, EvidenceKeyDef> = {
  // ---- site probes: contact channels (HT-1, PS-2…PS-5)
  'site.contact.phones': k('string[]', 'probe', 'Telephone numbers published on the site (tel: links and visible text), E.164.'),
  'site.contact.emails': k('string[]', 'probe', 'E-mail addresses published on the site (mailto: and text, de-obfuscated), lower-case.'),
  'site.contact.whatsapp': k('string[]', 'probe', 'WhatsApp numbers linked from the site (wa.me, api.whatsapp.com, whatsapp://), E.164.'),
  'site.chat.vendors': k('string[]', 'probe', 'Live-chat widgets detected, by vendor id (intercom, zendesk, drift, tawk, livechat, hubspot, crisp, freshchat, tidio, olark, zoho, messenger, generic).'),
  'site.contact.hours': k('string[]', 'probe', 'Service hours published on the site, as written.'),
  'site.contact.addresses': k('string[]', 'probe', 'Postal addresses published on the site, as written.'),
  'site.contact.clickDepth': k('number', 'probe', 'Clicks from the home page to the contact page.'),
  'site.forms.contact': k('boolean', 'probe', 'A contact form is offered.'),
  'site.forms.complaints': k('boolean', 'probe', 'A complaint / claim form (PQR, PQRS, libro de reclamaciones) is offered.'),
  'site.help.faq': k('boolean', 'probe', 'An FAQ or help centre is published.'),
  'site.social.profiles': k('string[]', 'probe', 'Social-network profiles linked from the site (URLs).'),
  'site.app.links': k('string[]', 'probe', 'Links to the organisation\'s mobile apps in app stores.'),
  // ---- site probes: self-service (SS-1, SS-2, MOD-1, MOD-4)
  'site.selfservice.login': k('boolean', 'probe', 'A login / customer account area exists.'),
  'site.selfservice.register': k('boolean', 'probe', 'Visitors are invited to register / join.'),
  'site.selfservice.orderTracking': k('boolean', 'probe', 'Customers can track an order or request online.'),
  'site.selfservice.orderTrackingDepth': k('number', 'probe', 'Clicks from the home page to order tracking.'),
  'site.selfservice.invoices': k('boolean', 'probe', 'Invoices / account statement are available online.'),
  'site.selfservice.claimsTracking': k('boolean', 'probe', 'Customers can follow a complaint or claim online.'),
  'site.selfservice.search': k('boolean', 'probe', 'The site offers a search (catalogue or content).'),
  'site.selfservice.news': k('boolean', 'probe', 'News / new products pages are published.'),
  'site.selfservice.payments': k('boolean', 'probe', 'Customers can pay online (payment or checkout page).'),
  'site.policy.privacy': k('boolean', 'probe', 'A privacy / data-protection (habeas data) policy is published.'),
  'site.policy.terms': k('boolean', 'probe', 'Terms and conditions are published.'),
  'site.policy.security': k('boolean', 'probe', 'A page explains how payment and personal data are protected.'),
  'site.policy.delivery': k('string[]', 'probe', 'Delivery promises stated on the site, as written.'),
  'site.structuredData.types': k('string[]', 'probe', 'schema.org types found in JSON-LD and microdata.'),
  'site.structuredData.contactPoints': k('object[]', 'probe', 'schema.org ContactPoint objects: { contactType, telephone, email, hoursAvailable, availableLanguage }.'),
  'site.structuredData.locations': k('object[]', 'probe', 'schema.org LocalBusiness / Place objects: { name, address, telephone, openingHours }.'),
  'site.lang': k('string', 'probe', 'Document language of the home page (BCP 47).'),
  'site.hreflang': k('string[]', 'probe', 'Languages offered through hreflang alternates.'),
  'site.mobile.viewport': k('boolean', 'probe', 'Pages declare a mobile viewport.'),
  'site.https': k('boolean', 'probe', 'The site is served over HTTPS and plain HTTP redirects to it.'),
  'site.pages.errorRate': k('ratio', 'probe', 'Share of crawled pages that failed (4xx/5xx/timeout).'),
  // ---- freshness (SS-3, SS-4, V360-6)
  'site.freshness.sitemapNewestAge': k('duration', 'probe', 'Age of the newest sitemap lastmod.'),
  'site.freshness.sitemapMedianAge': k('duration', 'probe', 'Median age of sitemap lastmod values.'),
  'site.freshness.sitemapStaleShare': k('ratio', 'probe', 'Share of sitemap URLs whose lastmod is older than a year.'),
  'site.freshness.lastModifiedAge': k('duration', 'probe', 'Age of the newest Last-Modified header among key pages.'),
  'site.freshness.newsNewestAge': k('duration', 'probe', 'Age of the newest dated item on news pages.'),
  'site.freshness.copyrightYearLag': k('number', 'probe', 'Years between the current year and the copyright year in the footer.'),
  'site.freshness.sources': k('object[]', 'probe', 'Configured freshness sources: { name, age, status: fresh|warn|stale|error, readAt, timestamp }.'),
  'site.freshness.staleSources': k('ratio', 'probe', 'Share of configured freshness sources that are stale.'),
  // ---- availability (SS-5, SS-6, HT-3, OS-4)
  'site.availability.successRate': k('ratio', 'probe', 'Share of successful samples across declared web/API endpoints.'),
  'site.availability.latencyP95': k('duration', 'probe', 'p95 latency across declared web/API endpoint samples.'),
  'site.tls.daysToExpiry': k('number', 'probe', 'Days until the site\'s TLS certificate expires (negative: expired).'),
  'site.tls.valid': k('boolean', 'probe', 'The TLS certificate is valid for the host and trusted.'),
  'site.channels.matrix': k('object[]', 'probe', 'Channel matrix: { channel, declared, found, sources }.'),
  'site.channels.declaredFoundShare': k('ratio', 'probe', 'Share of declared channels that the site shows.'),
  'site.hours.coverage247': k('ratio', 'probe', 'Share of the 168 weekly hours covered by published service hours.'),
  // ---- physical / virtual alignment (SS-9, GAP-10, PS-6)
  'site.alignment.napScore': k('score', 'probe', 'Name/address/phone/hours consistency of declared locations vs the site, 0–100.'),
  'site.alignment.differences': k('object[]', 'probe', 'Each NAP difference: { location, field, declared, found, url }.'),
  'site.alignment.contactConsistency': k('ratio', 'probe', 'Share of contact data identical across the pages that show it.'),
  'site.alignment.deliveryPromiseKept': k('ratio', 'probe', 'Promised delivery days on the site divided by actual delivery days (capped at 1).'),
  // ---- Lighthouse (SS-5, SS-6, HT-2, MOD-2)
  'lighthouse.performance': k('score', 'lighthouse', 'Lighthouse performance score, median run, worst page (0–100).'),
  'lighthouse.accessibility': k('score', 'lighthouse', 'Lighthouse accessibility score, worst page (0–100).'),
  'lighthouse.bestPractices': k('score', 'lighthouse', 'Lighthouse best-practices score, worst page (0–100).'),
  'lighthouse.seo': k('score', 'lighthouse', 'Lighthouse SEO score, worst page (0–100).'),
  'lighthouse.lcp': k('duration', 'lighthouse', 'Largest Contentful Paint, worst page.'),
  'lighthouse.cls': k('number', 'lighthouse', 'Cumulative Layout Shift, worst page.'),
  'lighthouse.tbt': k('duration', 'lighthouse', 'Total Blocking Time, worst page.'),
  'lighthouse.colorContrast': k('boolean', 'lighthouse', 'All pages pass the colour-contrast audit.'),
  'lighthouse.tapTargets': k('boolean', 'lighthouse', 'All pages pass the tap-target / legible font-size audits.'),
  'lighthouse.documentLang': k('boolean', 'lighthouse', 'All pages declare a valid document language.'),
  'lighthouse.consoleErrors': k('number', 'lighthouse', 'Browser errors logged to the console, all pages.'),
  // ---- data the organisation exports (HT-3…HT-5, GAP-11, PS-8, GAP-5)
  'data.tickets.firstResponseP90': k('duration', 'data', 'p90 time to first response on e-mail / web tickets.'),
  'data.tickets.resolutionP90': k('duration', 'data', 'p90 time from ticket creation to resolution.'),
  'data.tickets.repeatContactRate': k('ratio', 'data', 'Share of tickets followed by another contact on the same matter within 7 days.'),
  'data.tickets.reopenRate': k('ratio', 'data', 'Share of resolved tickets that were reopened.'),
  'data.tickets.firstContactResolution': k('ratio', 'data', 'Share of tickets resolved at the first contact.'),
  'data.tickets.responseToResolutionRatio': k('number', 'data', 'Median resolution time divided by median first-response time (GAP-11).'),
  'data.calls.answeredByThirdRing': k('ratio', 'data', 'Share of calls answered before the third ring (≈ 12 s).'),
  'data.calls.abandonRate': k('ratio', 'data', 'Share of calls abandoned before being answered.'),
  'data.calls.humanAnsweredShare': k('ratio', 'data', 'Share of calls answered by a person rather than an automated system.'),
  'data.calls.outOfHoursAnsweredShare': k('ratio', 'data', 'Share of calls outside business hours answered by a person.'),
  'data.email.answeredWithinHour': k('ratio', 'data', 'Share of e-mails answered within one hour.'),
  'data.surveys.ces': k('number', 'data', 'Customer Effort Score, mean on the 1–7 agreement scale (CES 2.0).'),
  'data.surveys.nps': k('number', 'data', 'Net Promoter Score, −100…100.'),
  'data.surveys.csat': k('ratio', 'data', 'Share of satisfied responses (4–5 on a 5-point scale).'),
  'data.surveys.responses': k('number', 'data', 'Survey responses in the period.'),
  'data.customers.completeness': k('ratio', 'data', 'Share of customer records with all key fields (id, name, phone or e-mail, address).'),
  'data.customers.duplicateRate': k('ratio', 'data', 'Share of customer records that duplicate another.'),
  'data.customers.contactableShare': k('ratio', 'data', 'Share of customer records with a valid phone or e-mail.'),
  'data.payments.postingLagP90': k('duration', 'data', 'p90 time from payment (paid_at) to posting on the customer\'s account (posted_at).'),
  'data.payments.misappliedRate': k('ratio', 'data', 'Share of payments posted to the wrong account or invoice.'),
  'data.orders.dispatchVisibilityLagP90': k('duration', 'data', 'p90 time from dispatch to the dispatch showing to the customer online.'),
  'data.orders.onTimeDeliveryRate': k('ratio', 'data', 'Share of orders delivered by the promised date.'),
  'data.orders.deliveryDaysP90': k('number', 'data', 'p90 actual delivery time in days.'),
  'data.channels.digitalUsageShare': k('ratio', 'data', 'Share of service contacts handled on digital channels.'),
  // ---- added by measures
  'site.freshness.sitemap': k('object', 'probe', 'Sitemaps read: { via, files: [{ url, fetched, status, kind, depth, urls, children, gzip, truncated, error }], truncated, notes, urls, dated, undated, invalid, future, newest, newestAge, medianAge, staleShare }.'),
  'site.availability.latencyP50': k('duration', 'probe', 'p50 latency across declared web/API endpoint samples.'),
  'site.availability.endpoints': k('object[]', 'probe', 'Each sampled endpoint: { url, sampled, channel, samples, successes, successRate, latencyP50, latencyP95, redirects, failures: { reason: count }, latenciesMs, tls }.'),
  'site.tls.certificate': k('object', 'probe', 'The site certificate: { host, port, valid, problems: expired|not-yet-valid|self-signed|wrong-host|untrusted, authorizationError, subject, issuer, altNames, validFrom, validTo, daysToExpiry }.'),
  'site.hours.published': k('string', 'probe', 'Service hours published on the site (schema.org ContactPoint.hoursAvailable, else hours written on non-store pages), as canonical weekly hours ("Mo-Fr 08:00-17:00").'),
  'site.hours.targetCoverage': k('ratio', 'probe', 'Share of the organisation\'s target service hours (targets.serviceHours) covered by the hours published on the site.'),
  'site.hours.byChannel': k('object[]', 'probe', 'Per declared channel: { channel, value, declared, declaredCoverage247, site, siteCoverage247, targetCoverage, staffedBy, notes }.'),
  'site.alignment.napComparisons': k('object[]', 'probe', 'Every compared location field: { location, field: name|address|phone|hours, declared, found, result: exact|equivalent|mismatch|missing, url, detail }.'),
  'site.alignment.contactDifferences': k('object[]', 'probe', 'Pages whose contact data contradict the rest of the site: { url, kind: phones|emails|whatsapp, missing, instead }.'),
  'site.alignment.deliveryPromise': k('object', 'probe', 'Delivery promise on the site vs actual: { promisedDays, actualDaysP90, declaredPromisedDays, kept, businessDays, statements: [{ text, minDays, maxDays, unit, businessDays, url }] }.'),
  // ---- added by lighthouse
  'lighthouse.viewport': k('boolean', 'lighthouse', 'All pages pass Lighthouse\'s viewport audit (a mobile viewport meta tag).'),
  'lighthouse.https': k('boolean', 'lighthouse', 'All pages pass Lighthouse\'s is-on-https audit (page and every request over HTTPS; localhost counts as secure).'),
  'lighthouse.pages': k('object[]', 'lighthouse', 'Each audited page and form factor: { url, finalUrl, kind, formFactor, runs, attempts, retried, retryReasons, medianRun, scores: { performance, accessibility, bestPractices, seo } (median run, 0–100), spread: { <category>: { min, max } }, metrics: { fcp, lcp, tbt, cls, tti, si }, audits: { colorContrast, targetSize, fontSize, documentLang, viewport, https, consoleErrors, tapTargetAudits }, artifact, error: { code, message }, lighthouseVersion }.'),
  'lighthouse.medianScores': k('object', 'lighthouse', 'Median across audited pages of each page\'s median-run score: { performance, accessibility, bestPractices, seo, pages, byFormFactor: { mobile|desktop: { <category>: { median, worst } } } }.'),
};

export function isKnownEvidenceKey(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(EVIDENCE_KEYS, key);
}
