/**
 * Measures that run after the crawl: data freshness, channel availability and TLS,
 * the channel matrix and service hours, and physical/virtual alignment. They read what
 * the crawl gathered — its pages with their rendered snapshots, its sitemaps, its
 * evidence and the extractors' per-page reading — and go to the network again only
 * where they must: availability sampling, the TLS handshake and configured freshness
 * sources. Nothing here throws: every failure becomes evidence with an error (or a
 * `missing` reason) for the keys it affects.
 */
import type { Config } from '../config/load.js';
import { keysOf } from '../evidence/keys.js';
import { reason } from '../i18n/index.js';
import type { TlsCa } from '../net/fetch.js';
import { toServed } from '../probes/identity.js';
import type { SiteInfo } from '../probes/types.js';
import type { Evidence, EvidenceItem, Profile } from '../types.js';
import { measureAlignment } from './alignment/index.js';
import { measureAvailability } from './availability.js';
import { channelLabel, channelMatrix, serviceHours } from './channels.js';
import { measureFreshness } from './freshness/index.js';
import { docsOf } from './pages.js';
import { gatherSignals } from './signals.js';
import { missing, noted } from './reasons.js';
import { isValidZone } from './zone.js';

export type { FreshnessConfig, FreshnessSourceConfig } from './freshness/types.js';
export type { AvailabilityConfig } from './availability.js';

export interface MeasureInput {
  /** What the crawl gathered: pages with snapshots, sitemaps, the site's identity. */
  site: SiteInfo;
  /** The crawl's evidence (site.contact.*, site.structuredData.*, site.policy.delivery, …). */
  evidence: Evidence;
  profile?: Profile;
  config?: Config;
  now?: Date;
  /** Per-request deadline for configured freshness sources. Default 8 s. */
  fetchTimeoutMs?: number;
  /** Trusted CA certificates for HTTPS (tests); default: the system's. */
  ca?: TlsCa;
  log?: (line: string) => void;
}

/** Every key measureSite may write: the registry's measure keys, by producer. */
const FRESHNESS_KEYS = keysOf('measure.freshness');
const AVAILABILITY_KEYS = keysOf('measure.availability');
const CHANNEL_KEYS = keysOf('measure.channels');
const HOURS_KEYS = keysOf('measure.hours');
const ALIGNMENT_KEYS = keysOf('measure.alignment');
export const MEASURE_KEYS: readonly string[] = [...FRESHNESS_KEYS, ...AVAILABILITY_KEYS, ...CHANNEL_KEYS, ...HOURS_KEYS, ...ALIGNMENT_KEYS];

function errorFor(keys: readonly string[], code: string, detail: string, now: Date): Evidence {
  const item: EvidenceItem = { sources: [], origin: 'probe', error: { code, ...reason('evidence.measure.failed', { detail }) }, collectedAt: now.toISOString() };
  return Object.fromEntries(keys.map((k) => [k, item]));
}

/**
 * Runs one producer: its failure marks every key it owns as an error, and a key it
 * did not write (nothing to report on this site) carries the reason of the producer's
 * other keys, so every registered key of a measure that ran is present.
 */
async function guarded(keys: readonly string[], now: Date, run: () => Evidence | Promise<Evidence>): Promise<Evidence> {
  let ev: Evidence;
  try {
    ev = await run();
  } catch (e) {
    return errorFor(keys, 'internal', (e as Error)?.message ?? String(e), now);
  }
  const unwritten = keys.filter((k) => !ev[k]);
  if (unwritten.length) {
    const why = keys.map((k) => ev[k]).find((i) => i && (i.error || i.missing));
    const item: EvidenceItem = why?.error
      ? { sources: why.sources.slice(0, 3), origin: 'probe', error: why.error, collectedAt: now.toISOString() }
      : why?.missing !== undefined
        ? { sources: why.sources.slice(0, 3), origin: 'probe', missing: why.missing, ...(why.missingReason ? { missingReason: why.missingReason } : {}), collectedAt: now.toISOString() }
        : { sources: why?.sources.slice(0, 3) ?? [], origin: 'probe', ...missing('evidence.measure.nothing'), collectedAt: now.toISOString() };
    for (const k of unwritten) ev[k] = item;
  }
  return ev;
}

export async function measureSite(input: MeasureInput): Promise<Evidence> {
  const now = input.now ?? new Date();
  const { site, evidence, profile } = input;
  const org = profile?.organisation;
  const timeZone = isValidZone(org?.timezone) ? org!.timezone! : 'UTC';
  const country = (org?.country ?? site.country ?? 'CO').toUpperCase();
  const siteLang = evidence['site.lang']?.value;
  const locale = org?.locale ?? (typeof siteLang === 'string' ? siteLang : undefined);
  const log = input.log ?? (() => {});
  const target = site.target;
  const mapUrl = (u: string): string => toServed(site.identity, u);
  const fetchOpts = { timeoutMs: input.fetchTimeoutMs ?? 8000, ca: input.ca };
  const ev: Evidence = {};

  if (org?.timezone && !isValidZone(org.timezone)) log(`measure: unknown time zone ${org?.timezone}; using UTC`);

  const docs = docsOf(site);
  const availability = guarded(AVAILABILITY_KEYS, now, () =>
    measureAvailability({ target, profile, config: input.config?.availability, ca: input.ca, mapUrl, now }));
  const freshness = guarded(FRESHNESS_KEYS, now, () =>
    measureFreshness({ target, docs, now, timeZone, locale, fetch: fetchOpts, mapUrl, config: input.config?.freshness, sitemaps: site.sitemap }));
  const [availabilityEv, freshnessEv] = await Promise.all([availability, freshness]);
  Object.assign(ev, availabilityEv, freshnessEv);

  // What the site shows, then the judgements that compare it with the profile.
  const signals = gatherSignals(evidence, country);
  const siteReachable = docs.some((d) => !d.error);
  Object.assign(ev, await guarded(CHANNEL_KEYS, now, () => {
    const out: Evidence = {};
    const m = channelMatrix(profile, signals, { country, siteReachable, target });
    const notShown = m.rows.filter((r) => r.declared && !r.found && r.expected).map((r) => noted(r.detailReason ? 'evidence.channels.notFoundDetail' : 'evidence.channels.notFound', { channel: channelLabel(r.channel), ...(r.detailReason ? { detail: { msg: r.detailReason } } : {}) }));
    // The rows as before: a detail's message goes to the notes, not into the value.
    const rows = m.rows.map(({ detailReason, ...row }) => (void detailReason, row));
    out['site.channels.matrix'] = { value: rows, sources: notShown, origin: 'probe', collectedAt: now.toISOString() };
    out['site.channels.declaredFoundShare'] = m.share === undefined
      ? { sources: [], origin: 'probe', ...missing('evidence.channels.noneDeclared'), collectedAt: now.toISOString() }
      : { value: m.share, sources: m.rows.filter((r) => r.declared && r.expected).map((r) => ({ url: r.sources[0]?.url, snippet: `${r.channel}: ${r.found ? 'found' : 'not found'}${r.foundValues.length ? ` (${r.foundValues.slice(0, 3).join(', ')})` : ''}`, ...(r.detailReason ? noted(r.detailReason.id, r.detailReason.values) : {}) })), origin: 'probe', collectedAt: now.toISOString() };
    return out;
  }));
  Object.assign(ev, await guarded(HOURS_KEYS, now, () => serviceHours(profile, signals, { country, timeZone, at: now })));
  Object.assign(ev, await guarded(ALIGNMENT_KEYS, now, () => measureAlignment({ profile, signals, docs, site, country, timeZone, now })));
  return ev;
}
