/**
 * Physical/virtual alignment (SS-9, GAP-10, PS-6, OS-2), written as evidence: the
 * declared locations against the site (NAP, nap.ts), contact data across the site's
 * pages (consistency.ts), and the delivery promise against the profile's actual
 * delivery times (delivery.ts).
 */
import { joinedNotes, reason } from '../../i18n/index.js';
import type { Evidence, EvidenceItem, Profile, Source } from '../../types.js';
import type { SiteInfo } from '../../probes/types.js';
import type { PageDoc } from '../pages.js';
import type { SiteSignals } from '../signals.js';
import { contactConsistency, pageContactSets } from './consistency.js';
import { assessDelivery } from './delivery.js';
import { compareLocations } from './nap.js';
import { missing as missingReason, noted } from '../reasons.js';

export function measureAlignment(ctx: { profile?: Profile; signals: SiteSignals; docs: PageDoc[]; site: SiteInfo; country: string; timeZone: string; now: Date }): Evidence {
  const { now, profile, signals } = ctx;
  const ev: Evidence = {};
  const item = (value: unknown, sources: Source[]): EvidenceItem => ({ value, sources, origin: 'probe', collectedAt: now.toISOString() });
  const missing = (why: ReturnType<typeof missingReason>, sources: Source[] = []): EvidenceItem => ({ sources, origin: 'probe', ...why, collectedAt: now.toISOString() });

  // NAP.
  const locations = profile?.locations ?? [];
  if (!locations.length) {
    ev['site.alignment.napScore'] = missing(missingReason('evidence.alignment.noLocations'));
    ev['site.alignment.differences'] = missing(missingReason('evidence.alignment.noLocations'));
  } else if (!signals.locations.length && !signals.addresses.length && !ctx.docs.some((d) => d.text)) {
    const e = { code: 'no-site-data', ...reason('evidence.alignment.noSiteData') };
    ev['site.alignment.napScore'] = { sources: [], origin: 'probe', error: e, collectedAt: now.toISOString() };
    ev['site.alignment.differences'] = { sources: [], origin: 'probe', error: e, collectedAt: now.toISOString() };
  } else {
    const r = compareLocations(locations, { locations: signals.locations, docs: ctx.docs, addresses: signals.addresses }, { country: ctx.country, timeZone: ctx.timeZone, at: now, orgName: profile?.organisation?.name });
    const diffSources: Source[] = r.differences.map((d) => ({ url: d.url, snippet: `${d.location} · ${d.field}: declared "${d.declared}", found ${d.found === null ? 'nothing' : `"${d.found}"`}`.slice(0, 300), note: d.detail, ...(d.detailReason ? { noteReason: d.detailReason } : {}) }));
    const okSources: Source[] = [...new Set(r.comparisons.map((c) => c.url).filter((u): u is string => !!u))].map((url) => ({ url, ...noted(signals.origin.locations === 'probe' ? 'evidence.alignment.comparedCrawler' : 'evidence.alignment.compared') }));
    const notes: Source[] = r.notes.length
      ? [{ note: r.notes.join('; ').slice(0, 500), noteReason: joinedNotes(r.noteReasons) }]
      : [];
    if (r.score === undefined) ev['site.alignment.napScore'] = missing(missingReason('evidence.alignment.noFields'));
    else ev['site.alignment.napScore'] = item(r.score, [...diffSources, ...okSources, ...notes]);
    // The values as before: a detail's message goes to the notes, not into the value.
    const plain = <T extends { detailReason?: unknown }>(x: T): Omit<T, 'detailReason'> => {
      const { detailReason, ...rest } = x;
      void detailReason;
      return rest;
    };
    ev['site.alignment.differences'] = item(r.differences.map(plain), diffSources.length ? diffSources : okSources);
    ev['site.alignment.napComparisons'] = item(r.comparisons.map(plain), okSources);
  }

  // Contact data across pages.
  const sets = pageContactSets(ctx.site);
  const cc = contactConsistency(sets);
  const ccSources: Source[] = cc.differences.map((d) => ({ url: d.url, snippet: `${d.kind}: shows ${d.instead.join(', ')} instead of ${d.missing.join(', ')}` }));
  if (cc.ratio === undefined) {
    ev['site.alignment.contactConsistency'] = sets.length
      ? missing(missingReason('evidence.alignment.tooFewPages', { n: sets.length }))
      : { sources: [], origin: 'probe', error: { code: 'no-pages', ...reason('evidence.alignment.noPages') }, collectedAt: now.toISOString() };
  } else {
    const src = ccSources.length ? ccSources : [noted('evidence.alignment.pagesAgree', { n: cc.compared, values: Object.entries(cc.common).filter(([, v]) => v.length).map(([k, v]) => `${k} ${v.join(', ')}`).join('; ') })];
    ev['site.alignment.contactConsistency'] = item(cc.ratio, src);
    ev['site.alignment.contactDifferences'] = item(cc.differences, src);
  }

  // Delivery promise.
  const d = assessDelivery(signals.delivery, profile);
  const dSources: Source[] = d.statements.slice(0, 6).map((s) => ({ url: s.url, snippet: s.text, ...noted(s.businessDays ? 'evidence.alignment.businessDays' : 'evidence.alignment.days', { min: s.minDays, max: s.maxDays }) }));
  if (d.promisedDays === undefined) {
    ev['site.alignment.deliveryPromiseKept'] = signals.delivery.length
      ? { sources: signals.delivery.slice(0, 5).map((x) => x.source), origin: 'probe', error: { code: 'unparseable-promise', ...reason('evidence.alignment.unparseablePromise', { texts: signals.delivery.slice(0, 3).map((x) => `"${x.text.slice(0, 80)}"`).join('; ') }) }, collectedAt: now.toISOString() }
      : missing(missingReason('evidence.alignment.noPromise'));
  } else if (d.actualDaysP90 === undefined) {
    ev['site.alignment.deliveryPromiseKept'] = missing(missingReason('evidence.alignment.noActualDelivery'), dSources);
  } else {
    ev['site.alignment.deliveryPromiseKept'] = item(d.kept, [...dSources, noted(d.businessDays ? 'evidence.alignment.promiseBusinessDays' : 'evidence.alignment.promiseDays', { promised: d.promisedDays, actual: d.actualDaysP90 })]);
  }
  if (d.statements.length || d.actualDaysP90 !== undefined) ev['site.alignment.deliveryPromise'] = item(d, dSources);
  return ev;
}
