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

/** The TypeScript type of `EvidenceItem.value` for each evidence type. */
export interface EvidenceValueOf {
  boolean: boolean;
  number: number;
  string: string;
  'string[]': string[];
  duration: number;
  timestamp: string;
  ratio: number;
  score: number;
  object: Record<string, unknown>;
  'object[]': Record<string, unknown>[];
}

/** Where a key's value comes from, as the README's table and the report group it. */
export type EvidenceSource = 'probe' | 'lighthouse' | 'data' | 'profile';

/**
 * The one part of the gathering that writes a key. Each producer writes only its own
 * keys and, when it fails, marks every one of them as an error (see `keysOf`); a test
 * checks that what each producer writes is what it declares here.
 */
export type EvidenceProducer =
  | 'crawl'
  | 'measure.freshness'
  | 'measure.availability'
  | 'measure.channels'
  | 'measure.hours'
  | 'measure.alignment'
  | 'lighthouse'
  | 'account'
  | 'journeys'
  | 'data';

const SOURCE_OF: Record<EvidenceProducer, EvidenceSource> = {
  crawl: 'probe',
  'measure.freshness': 'probe',
  'measure.availability': 'probe',
  'measure.channels': 'probe',
  'measure.hours': 'probe',
  'measure.alignment': 'probe',
  lighthouse: 'lighthouse',
  account: 'probe',
  journeys: 'probe',
  data: 'data',
};

export interface EvidenceKeyDef<T extends EvidenceType = EvidenceType, P extends EvidenceProducer = EvidenceProducer> {
  type: T;
  producer: P;
  source: EvidenceSource;
  description: string;
}

const k = <T extends EvidenceType, P extends EvidenceProducer>(type: T, producer: P, description: string): EvidenceKeyDef<T, P> =>
  ({ type, producer, source: SOURCE_OF[producer], description });

export const EVIDENCE_KEYS = {
  // ---- site probes: contact channels (HT-1, PS-2…PS-5)
  'site.contact.phones': k('string[]', 'crawl', 'Telephone numbers published on the site (tel: links and visible text), E.164.'),
  'site.contact.emails': k('string[]', 'crawl', 'E-mail addresses published on the site (mailto: and text, de-obfuscated), lower-case.'),
  'site.contact.whatsapp': k('string[]', 'crawl', 'WhatsApp numbers linked from the site (wa.me, api.whatsapp.com, whatsapp://), E.164.'),
  'site.chat.vendors': k('string[]', 'crawl', 'Live-chat widgets detected, by vendor id (intercom, zendesk, drift, tawk, livechat, hubspot, crisp, freshchat, tidio, olark, zoho, messenger, generic).'),
  'site.contact.hours': k('string[]', 'crawl', 'Service hours published on the site, as written.'),
  'site.contact.addresses': k('string[]', 'crawl', 'Postal addresses published on the site, as written.'),
  'site.contact.clickDepth': k('number', 'crawl', 'Clicks from the home page to the contact page.'),
  'site.forms.contact': k('boolean', 'crawl', 'A contact form is offered.'),
  'site.forms.complaints': k('boolean', 'crawl', 'A complaint / claim form (PQR, PQRS, libro de reclamaciones) is offered.'),
  'site.help.faq': k('boolean', 'crawl', 'An FAQ or help centre is published.'),
  'site.social.profiles': k('string[]', 'crawl', 'Social-network profiles linked from the site (URLs).'),
  'site.app.links': k('string[]', 'crawl', 'Links to the organisation\'s mobile apps in app stores.'),
  // ---- site probes: legal duties a customer can see (checklists/legal-*.yaml; src/probes/signals/legal.ts)
  'site.legal.identity': k('string[]', 'crawl', 'Identity elements of the seller shown on the site: legalName (a company name with its legal form), taxId (NIT, RUC, CUIT, RUT, CNPJ, RFC), address, phone, email.'),
  'site.legal.taxIds': k('string[]', 'crawl', 'Tax ids shown on the site, normalised ("NIT 900123456-7", "RUC 20123456789", "CUIT 30-12345678-9").'),
  'site.legal.withdrawal': k('boolean', 'crawl', 'The right of withdrawal (retracto, arrepentimiento, arrependimento) is explained or linked.'),
  'site.legal.withdrawalOnHome': k('boolean', 'crawl', 'A withdrawal link or button (botón de arrepentimiento) is on the home page.'),
  'site.legal.paymentReversal': k('boolean', 'crawl', 'Payment reversal (reversión del pago) is explained or linked.'),
  'site.legal.complaintsBook': k('boolean', 'crawl', 'A Libro de Reclamaciones (complaints book) is linked or published.'),
  'site.legal.cancellationButton': k('boolean', 'crawl', 'A cancellation link or button (botón de baja) is offered.'),
  'site.legal.filingNumber': k('boolean', 'crawl', 'The complaint channel promises a filing number (radicado) to follow the complaint.'),
  'site.legal.consentShare': k('ratio', 'crawl', 'Share of forms asking for personal data that ask for consent to process it (a consent checkbox or statement).'),
  'site.legal.pqrsdReport': k('boolean', 'crawl', 'A report of petitions, complaints and claims (informe de PQRSD) is published.'),
  'site.legal.treatmentCharter': k('boolean', 'crawl', 'A carta de trato digno (charter of the rights of the public) is published.'),
  'site.legal.transparency': k('boolean', 'crawl', 'A "Transparencia y acceso a la información pública" section is linked.'),
  'site.legal.dpo': k('boolean', 'crawl', 'A data-protection officer (encarregado, DPO) is named.'),
  // ---- site probes: self-service (SS-1, SS-2, MOD-1, MOD-4)
  'site.selfservice.login': k('boolean', 'crawl', 'A login / customer account area exists.'),
  'site.selfservice.register': k('boolean', 'crawl', 'Visitors are invited to register / join.'),
  'site.selfservice.orderTracking': k('boolean', 'crawl', 'Customers can track an order or request online.'),
  'site.selfservice.orderTrackingDepth': k('number', 'crawl', 'Clicks from the home page to order tracking.'),
  'site.selfservice.invoices': k('boolean', 'crawl', 'Invoices / account statement are available online.'),
  'site.selfservice.claimsTracking': k('boolean', 'crawl', 'Customers can follow a complaint or claim online.'),
  'site.selfservice.search': k('boolean', 'crawl', 'The site offers a search (catalogue or content).'),
  'site.selfservice.news': k('boolean', 'crawl', 'News / new products pages are published.'),
  'site.selfservice.payments': k('boolean', 'crawl', 'Customers can pay online (payment or checkout page).'),
  // ---- the sign-in page (SS-6; src/probes/signals/signin.ts)
  'site.signin.https': k('boolean', 'crawl', 'The sign-in page is served over HTTPS and every sign-in form on it posts to an HTTPS address (the page with a password field, else the page the login link leads to). Not answerable on a folder served by --serve.'),
  'site.signin.recovery': k('boolean', 'crawl', 'The sign-in page lets a customer recover the password on their own: a link or button ("¿Olvidaste tu contraseña?", "Esqueci minha senha", "Forgot password", or a recovery address behind "aquí"), or a code or link sent to them; a "call us to reset it" is not.'),
  'site.policy.privacy': k('boolean', 'crawl', 'A privacy / data-protection (habeas data) policy is published.'),
  'site.policy.terms': k('boolean', 'crawl', 'Terms and conditions are published.'),
  'site.policy.security': k('boolean', 'crawl', 'A page explains how payment and personal data are protected.'),
  'site.policy.delivery': k('string[]', 'crawl', 'Delivery promises stated on the site, as written.'),
  'site.structuredData.types': k('string[]', 'crawl', 'schema.org types found in JSON-LD and microdata.'),
  'site.structuredData.contactPoints': k('object[]', 'crawl', 'schema.org ContactPoint objects: { contactType, telephone, email, hoursAvailable, availableLanguage }.'),
  'site.structuredData.locations': k('object[]', 'crawl', 'schema.org LocalBusiness / Place objects: { name, address, telephone, openingHours }.'),
  'site.lang': k('string', 'crawl', 'Document language of the home page (BCP 47).'),
  'site.hreflang': k('string[]', 'crawl', 'Languages offered through hreflang alternates.'),
  'site.mobile.viewport': k('boolean', 'crawl', 'Pages declare a mobile viewport.'),
  'site.https': k('boolean', 'crawl', 'The site is served over HTTPS and plain HTTP redirects to it.'),
  'site.pages.errorRate': k('ratio', 'crawl', 'Share of crawled pages that failed (4xx/5xx/timeout).'),
  'site.pages.crawled': k('number', 'crawl', 'Pages the crawl read (a note says how many more were queued when it stopped at its page or time limit).'),
  'site.keyPages': k('object[]', 'crawl', 'The best-placed page or link of each key kind: { kind, url, depth, via: page|link|button|form|frame|section|schema }.'),
  'site.links.broken': k('object[]', 'crawl', 'Links to key pages (contact, help, login, privacy, complaints, order tracking…) whose page could not be read: { kind, url, text, foundOn, code, message }.'),
  'site.home.leavesSite': k('boolean', 'crawl', 'The home page sends visitors to another organisation\'s site by itself (a script, a refresh or an HTTP redirect off the organisation\'s domains): { value, sources: where it tried to go }.'),
  'site.storeLocator': k('boolean', 'crawl', 'A store / office locator is published.'),
  'site.structuredData.errors': k('string[]', 'crawl', 'schema.org JSON-LD blocks that do not parse, with the parser\'s reason.'),
  // ---- freshness (SS-3, SS-4, V360-6)
  'site.freshness.sitemapNewestAge': k('duration', 'measure.freshness', 'Age of the newest sitemap lastmod.'),
  'site.freshness.sitemapMedianAge': k('duration', 'measure.freshness', 'Median age of sitemap lastmod values.'),
  'site.freshness.sitemapStaleShare': k('ratio', 'measure.freshness', 'Share of sitemap URLs whose lastmod is older than a year.'),
  'site.freshness.lastModifiedAge': k('duration', 'measure.freshness', 'Age of the newest Last-Modified header among key pages.'),
  'site.freshness.newsNewestAge': k('duration', 'measure.freshness', 'Age of the newest dated item on news pages.'),
  'site.freshness.copyrightYearLag': k('number', 'measure.freshness', 'Years between the current year and the copyright year in the footer.'),
  'site.freshness.sources': k('object[]', 'measure.freshness', 'Configured freshness sources: { name, age, status: fresh|warn|stale|error, readAt, timestamp }.'),
  'site.freshness.staleSources': k('ratio', 'measure.freshness', 'Share of configured freshness sources that are stale.'),
  // ---- availability (SS-5, SS-6, HT-3, OS-4)
  'site.availability.successRate': k('ratio', 'measure.availability', 'Share of successful samples across declared web/API endpoints.'),
  'site.availability.latencyP95': k('duration', 'measure.availability', 'p95 latency across declared web/API endpoint samples.'),
  'site.tls.daysToExpiry': k('number', 'measure.availability', 'Days until the site\'s TLS certificate expires (negative: expired).'),
  'site.tls.valid': k('boolean', 'measure.availability', 'The TLS certificate is valid for the host and trusted.'),
  'site.channels.matrix': k('object[]', 'measure.channels', 'Channel matrix: { channel, declared, found, sources }.'),
  'site.channels.declaredFoundShare': k('ratio', 'measure.channels', 'Share of declared channels that the site shows.'),
  'site.hours.coverage247': k('ratio', 'measure.hours', 'Share of the 168 weekly hours covered by published service hours.'),
  // ---- physical / virtual alignment (SS-9, GAP-10, PS-6)
  'site.alignment.napScore': k('score', 'measure.alignment', 'Name/address/phone/hours consistency of declared locations vs the site, 0–100.'),
  'site.alignment.differences': k('object[]', 'measure.alignment', 'Each NAP difference: { location, field, declared, found, url }.'),
  'site.alignment.contactConsistency': k('ratio', 'measure.alignment', 'Share of contact data identical across the pages that show it.'),
  'site.alignment.deliveryPromiseKept': k('ratio', 'measure.alignment', 'Promised delivery days on the site divided by actual delivery days (capped at 1).'),
  // ---- behind the login: the account area a signed-in customer sees (SS-1, SS-2, SS-6, MOD-1, MOD-4; src/probes/account/)
  'site.account.signedIn': k('boolean', 'account', 'The run signed in with the configured login (config login:); an error names the step and the reason (wrong selector, credentials refused, timeout, CAPTCHA, rate-limited).'),
  'site.account.functions': k('object[]', 'account', 'Each self-service function of the account area: { function: statement|orders-in-progress|order-history|invoices|invoice-download|payments-applied|claims|repeat-order|contact-update, found, clicks (from the page the sign-in landed on), url, via: page|section|link|button|form|download, text, selector }.'),
  'site.account.functionsFound': k('string[]', 'account', 'The self-service functions found in the account area (ids as in site.account.functions).'),
  'site.account.clicksMax': k('number', 'account', 'Most clicks from the page the sign-in landed on to a self-service function found.'),
  'site.account.pages': k('number', 'account', 'Account-area pages read while signed in.'),
  // ---- scripted customer journeys (PS-8, PS-6, SS-6; config journeys:)
  'site.journeys.runs': k('object[]', 'journeys', 'Each journey run: { name, success, signedIn, start, steps, stepsDone, actions (clicks, fields, choices, downloads), pages, timeMs, failedAt: { step, label, action, target, code, message }, screenshot }.'),
  'site.journeys.completed': k('ratio', 'journeys', 'Share of the configured journeys that completed.'),
  'site.journeys.effortMax': k('number', 'journeys', 'Most customer actions (clicks, fields filled, choices, downloads) a journey took; an error names the journey and step where one stopped.'),
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
  'data.tickets.firstResponseP90': k('duration', 'data', 'p90 time to first response on tickets, calendar time (per channel: data.tickets.byChannel).'),
  'data.tickets.resolutionP90': k('duration', 'data', 'p90 time from ticket creation to resolution, calendar time.'),
  'data.tickets.repeatContactRate': k('ratio', 'data', 'Share of tickets followed by another contact from the same customer within 7 days.'),
  'data.tickets.reopenRate': k('ratio', 'data', 'Share of resolved tickets that were reopened.'),
  'data.tickets.firstContactResolution': k('ratio', 'data', 'Share of tickets resolved at the first contact.'),
  'data.tickets.responseToResolutionRatio': k('number', 'data', 'Median resolution time divided by median first-response time (GAP-11).'),
  'data.calls.answeredByThirdRing': k('ratio', 'data', 'Share of calls offered to a person that a person answered before the third ring (targets.answerWithinRings × 4 s; ≈ 12 s).'),
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
  // ---- computed from the exports by src/data (readiness data inspect; config `data:`)
  'data.tickets.records': k('number', 'data', 'Tickets in the exports used for the ticket figures (the period\'s sample).'),
  'data.tickets.firstResponseP50': k('duration', 'data', 'Median time to first response, calendar time.'),
  'data.tickets.firstResponseP50Business': k('duration', 'data', 'Median time to first response counted in business hours (data.businessHours, public holidays excluded).'),
  'data.tickets.firstResponseP90Business': k('duration', 'data', 'p90 time to first response counted in business hours.'),
  'data.tickets.resolutionP50': k('duration', 'data', 'Median time from ticket creation to resolution, calendar time.'),
  'data.tickets.resolutionP50Business': k('duration', 'data', 'Median time to resolution counted in business hours.'),
  'data.tickets.resolutionP90Business': k('duration', 'data', 'p90 time to resolution counted in business hours.'),
  'data.tickets.byChannel': k('object[]', 'data', 'Per channel: { channel, tickets, responded, firstResponseP50, firstResponseP90, firstResponseP50Business, firstResponseP90Business, solved, resolutionP50, resolutionP90, resolutionP50Business, resolutionP90Business } (ms).'),
  'data.tickets.unansweredShare': k('ratio', 'data', 'Share of tickets with no first response recorded.'),
  'data.tickets.outOfHoursAnsweredShare': k('ratio', 'data', 'Share of tickets created outside business hours that were answered before business hours resumed.'),
  'data.tickets.resolutionWithinPromise': k('ratio', 'data', 'Share of solved tickets resolved within the promised time for their request type (source promises, else the profile\'s targets.resolution).'),
  'data.tickets.resolutionByType': k('object[]', 'data', 'Per request type: { type, promise, solved, withinPromise, share }.'),
  'data.calls.records': k('number', 'data', 'Inbound calls in the call-detail records (IVR-only calls included).'),
  'data.calls.offered': k('number', 'data', 'Inbound calls offered to a person (answered or abandoned; IVR-only calls excluded).'),
  'data.calls.waitP50': k('duration', 'data', 'Median wait before a person answered.'),
  'data.calls.waitP90': k('duration', 'data', 'p90 wait before a person answered.'),
  'data.calls.agentRequestReachedShare': k('ratio', 'data', 'Share of callers who asked for an agent (IVR option) and reached one.'),
  'data.calls.byQueue': k('object[]', 'data', 'Per queue: { queue, offered, answered, abandoned, withinTarget, waitP50, waitP90 }.'),
  'data.pqrs.records': k('number', 'data', 'PQRS filed in the period.'),
  'data.pqrs.answeredInTermRate': k('ratio', 'data', 'Share of PQRS answered within the legal or promised term in business days (Colombian public holidays from date-holidays); open ones past their term count as late.'),
  'data.pqrs.responseP90BusinessDays': k('number', 'data', 'p90 business days from filing to answer.'),
  'data.pqrs.byType': k('object[]', 'data', 'Per PQRS type: { type, termBusinessDays, filed, answeredInTerm, late, pending, share, p90BusinessDays }.'),
  'data.orders.records': k('number', 'data', 'Orders in the exports.'),
  'data.orders.neverDeliveredRate': k('ratio', 'data', 'Share of orders (not cancelled) still undelivered 30 days after they were placed.'),
  'data.orders.refundRate': k('ratio', 'data', 'Share of orders refunded.'),
  'data.orders.refundTimeP90': k('duration', 'data', 'p90 time from refund request to refund.'),
  'data.payments.records': k('number', 'data', 'Payments in the exports.'),
  'data.customers.records': k('number', 'data', 'Records in the customer-base extract.'),
  'data.customers.fieldCompleteness': k('object[]', 'data', 'Per key field: { field, column, filled, share }.'),
  'data.customers.invalidEmailRate': k('ratio', 'data', 'Share of non-empty e-mail addresses that are not valid addresses.'),
  'data.customers.invalidPhoneRate': k('ratio', 'data', 'Share of records with a phone whose numbers are all invalid for the country (libphonenumber-js).'),
  // ---- added by measures
  'site.freshness.sitemap': k('object', 'measure.freshness', 'Sitemaps read: { via, files: [{ url, fetched, status, kind, depth, urls, children, gzip, truncated, error }], truncated, notes, urls, dated, undated, invalid, future, newest, newestAge, medianAge, staleShare }.'),
  'site.availability.latencyP50': k('duration', 'measure.availability', 'p50 latency across declared web/API endpoint samples.'),
  'site.availability.endpoints': k('object[]', 'measure.availability', 'Each sampled endpoint: { url, sampled, channel, samples, successes, successRate, latencyP50, latencyP95, redirects, failures: { reason: count }, latenciesMs, tls }.'),
  'site.tls.certificate': k('object', 'measure.availability', 'The site certificate: { host, port, valid, problems: expired|not-yet-valid|self-signed|wrong-host|untrusted, authorizationError, subject, issuer, altNames, validFrom, validTo, daysToExpiry }.'),
  'site.hours.published': k('string', 'measure.hours', 'Service hours published on the site (schema.org ContactPoint.hoursAvailable, else hours written on non-store pages), as canonical weekly hours ("Mo-Fr 08:00-17:00").'),
  'site.hours.targetCoverage': k('ratio', 'measure.hours', 'Share of the organisation\'s target service hours (targets.serviceHours) covered by the hours published on the site.'),
  'site.hours.byChannel': k('object[]', 'measure.hours', 'Per declared channel: { channel, value, declared, declaredCoverage247, site, siteCoverage247, targetCoverage, staffedBy, notes }.'),
  'site.alignment.napComparisons': k('object[]', 'measure.alignment', 'Every compared location field: { location, field: name|address|phone|hours, declared, found, result: exact|equivalent|mismatch|missing, url, detail }.'),
  'site.alignment.contactDifferences': k('object[]', 'measure.alignment', 'Pages whose contact data contradict the rest of the site: { url, kind: phones|emails|whatsapp, missing, instead }.'),
  'site.alignment.deliveryPromise': k('object', 'measure.alignment', 'Delivery promise on the site vs actual: { promisedDays, actualDaysP90, declaredPromisedDays, kept, businessDays, statements: [{ text, minDays, maxDays, unit, businessDays, url }] }.'),
  // ---- added by lighthouse
  'lighthouse.viewport': k('boolean', 'lighthouse', 'All pages pass Lighthouse\'s viewport audit (a mobile viewport meta tag).'),
  'lighthouse.https': k('boolean', 'lighthouse', 'All pages pass Lighthouse\'s is-on-https audit (page and every request over HTTPS; localhost counts as secure).'),
  'lighthouse.pages': k('object[]', 'lighthouse', 'Each audited page and form factor: { url, finalUrl, kind, formFactor, runs, attempts, retried, retryReasons, medianRun, scores: { performance, accessibility, bestPractices, seo } (median run, 0–100), spread: { <category>: { min, max } }, metrics: { fcp, lcp, tbt, cls, tti, si }, audits: { colorContrast, targetSize, fontSize, documentLang, viewport, https, consoleErrors, tapTargetAudits }, artifact, error: { code, message }, lighthouseVersion }.'),
  'lighthouse.medianScores': k('object', 'lighthouse', 'Median across audited pages of each page\'s median-run score: { performance, accessibility, bestPractices, seo, pages, byFormFactor: { mobile|desktop: { <category>: { median, worst } } } }.'),
} as const satisfies Record<string, EvidenceKeyDef>;

export type EvidenceKey = keyof typeof EVIDENCE_KEYS;

/** The value type of a key, known to the compiler: `EvidenceValue<'site.contact.phones'>` is `string[]`. */
export type EvidenceValue<K extends EvidenceKey> = EvidenceValueOf[(typeof EVIDENCE_KEYS)[K]['type']];

/** The keys one producer writes. */
export type KeysOf<P extends EvidenceProducer> = { [K in EvidenceKey]: (typeof EVIDENCE_KEYS)[K]['producer'] extends P ? K : never }[EvidenceKey];

export function isKnownEvidenceKey(key: string): key is EvidenceKey {
  return Object.prototype.hasOwnProperty.call(EVIDENCE_KEYS, key);
}

/** The registered definition of a key, or undefined for a name that is not a key. */
export function evidenceKeyDef(key: string): EvidenceKeyDef | undefined {
  return isKnownEvidenceKey(key) ? EVIDENCE_KEYS[key] : undefined;
}

/** Every key a producer declares, in registry order. */
export function keysOf<P extends EvidenceProducer>(producer: P): KeysOf<P>[] {
  return (Object.keys(EVIDENCE_KEYS) as EvidenceKey[]).filter((key) => EVIDENCE_KEYS[key].producer === producer) as KeysOf<P>[];
}
