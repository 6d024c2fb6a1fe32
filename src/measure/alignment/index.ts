/**
 * Physical/virtual alignment (SS-9, GAP-10, PS-6, OS-2), written as evidence: the
 * declared locations against the site (NAP, nap.ts), contact data across the site's
 * pages (consistency.ts), and the delivery promise against the profile's actual
 * delivery times (delivery.ts).
 */
import type { Evidence, EvidenceItem, Profile, Source } from '../../types.js';
import type { SiteInfo } from '../../probes/types.js';
import type { PageDoc } from '../pages.js';
import type { SiteSignals } from '../signals.js';
import { contactConsistency, pageContactSets } from './consistency.js';
import { assessDelivery } from './delivery.js';
import { compareLocations } from './nap.js';

export function measureAlignment(ctx: { profile?: Profile; signals: SiteSignals; docs: PageDoc[]; site: SiteInfo; country: string; timeZone: string; now: Date }): Evidence {
  const { now, profile, signals } = ctx;
  const ev: Evidence = {};
  const item = (value: unknown, sources: Source[]): EvidenceItem => ({ value, sources, origin: 'probe', collectedAt: now.toISOString() });
  const missing = (reason: string, sources: Source[] = []): EvidenceItem => ({ sources, origin: 'probe', missing: reason, collectedAt: now.toISOString() });

  // NAP.
  const locations = profile?.locations ?? [];
  if (!locations.length) {
    ev['site.alignment.napScore'] = missing('the profile declares no locations');
    ev['site.alignment.differences'] = missing('the profile declares no locations');
  } else if (!signals.locations.length && !signals.addresses.length && !ctx.docs.some((d) => d.text)) {
    const e = { code: 'no-site-data', message: 'neither structured locations nor page text could be read from the site' };
    ev['site.alignment.napScore'] = { sources: [], origin: 'probe', error: e, collectedAt: now.toISOString() };
    ev['site.alignment.differences'] = { sources: [], origin: 'probe', error: e, collectedAt: now.toISOString() };
  } else {
    const r = compareLocations(locations, { locations: signals.locations, docs: ctx.docs, addresses: signals.addresses }, { country: ctx.country, timeZone: ctx.timeZone, at: now, orgName: profile?.organisation?.name });
    const diffSources: Source[] = r.differences.map((d) => ({ url: d.url, snippet: `${d.location} · ${d.field}: declared "${d.declared}", found ${d.found === null ? 'nothing' : `"${d.found}"`}`.slice(0, 300), note: d.detail }));
    const okSources: Source[] = [...new Set(r.comparisons.map((c) => c.url).filter((u): u is string => !!u))].map((url) => ({ url, note: `compared with ${signals.origin.locations === 'probe' ? "the crawler's" : 'the'} schema.org locations and page text` }));
    const notes = r.notes.length ? [{ note: r.notes.join('; ').slice(0, 500) }] : [];
    if (r.score === undefined) ev['site.alignment.napScore'] = missing('declared locations have no fields to compare');
    else ev['site.alignment.napScore'] = item(r.score, [...diffSources, ...okSources, ...notes]);
    ev['site.alignment.differences'] = item(r.differences, diffSources.length ? diffSources : okSources);
    ev['site.alignment.napComparisons'] = item(r.comparisons, okSources);
  }

  // Contact data across pages.
  const sets = pageContactSets(ctx.site);
  const cc = contactConsistency(sets);
  const ccSources: Source[] = cc.differences.map((d) => ({ url: d.url, snippet: `${d.kind}: shows ${d.instead.join(', ')} instead of ${d.missing.join(', ')}` }));
  if (cc.ratio === undefined) {
    ev['site.alignment.contactConsistency'] = sets.length
      ? missing(`too few pages show the same kind of contact data to compare (${sets.length} pages read)`)
      : { sources: [], origin: 'probe', error: { code: 'no-pages', message: 'no page contact data to compare' }, collectedAt: now.toISOString() };
  } else {
    const src = ccSources.length ? ccSources : [{ note: `${cc.compared} pages agree on ${Object.entries(cc.common).filter(([, v]) => v.length).map(([k, v]) => `${k} ${v.join(', ')}`).join('; ')}` }];
    ev['site.alignment.contactConsistency'] = item(cc.ratio, src);
    ev['site.alignment.contactDifferences'] = item(cc.differences, src);
  }

  // Delivery promise.
  const d = assessDelivery(signals.delivery, profile);
  const dSources: Source[] = d.statements.slice(0, 6).map((s) => ({ url: s.url, snippet: s.text, note: `${s.minDays}–${s.maxDays} ${s.businessDays ? 'business ' : ''}days` }));
  if (d.promisedDays === undefined) {
    ev['site.alignment.deliveryPromiseKept'] = signals.delivery.length
      ? { sources: signals.delivery.slice(0, 5).map((x) => x.source), origin: 'probe', error: { code: 'unparseable-promise', message: `delivery statements found but no time could be read: ${signals.delivery.slice(0, 3).map((x) => `"${x.text.slice(0, 80)}"`).join('; ')}` }, collectedAt: now.toISOString() }
      : missing('no delivery promise found on the site');
  } else if (d.actualDaysP90 === undefined) {
    ev['site.alignment.deliveryPromiseKept'] = missing('the profile has no actual delivery time (delivery.actualDaysP90 or metrics data.orders.deliveryDaysP90)', dSources);
  } else {
    ev['site.alignment.deliveryPromiseKept'] = item(d.kept, [...dSources, { note: `site promises ${d.promisedDays}${d.businessDays ? ' business' : ''} days; actual p90 ${d.actualDaysP90} days (profile)` }]);
  }
  if (d.statements.length || d.actualDaysP90 !== undefined) ev['site.alignment.deliveryPromise'] = item(d, dSources);
  return ev;
}
