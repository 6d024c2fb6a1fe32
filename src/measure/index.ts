/**
 * Measures that run after the crawl: data freshness, channel availability and TLS,
 * the channel matrix and service hours, and physical/virtual alignment. They read the
 * crawler's pages and evidence when present and fetch what they need otherwise, so a
 * partial or failed crawl still yields what can be measured. Nothing here throws:
 * every failure becomes evidence with an error (or a `missing` reason) for the keys it
 * affects.
 */
import type { Config } from '../config/load.js';
import { keysOf } from '../evidence/keys.js';
import type { Evidence, EvidenceItem, Profile } from '../types.js';
import { measureAlignment } from './alignment.js';
import { measureAvailability } from './availability.js';
import { channelMatrix, serviceHours } from './channels.js';
import type { TlsCa } from './fetch.js';
import { measureFreshness, readSiteSitemaps } from './freshness.js';
import { originMapFor, urlMapper } from './origins.js';
import { buildCorpus, type MeasurePage, type PageDoc } from './pages.js';
import { gatherSignals } from './signals.js';
import type { SitemapCollection } from './sitemap.js';
import { isValidZone } from './zone.js';

export type { FreshnessConfig, FreshnessSourceConfig } from './freshness.js';
export type { AvailabilityConfig } from './availability.js';
export type { MeasurePage } from './pages.js';

export interface MeasureInput {
  /** The site as probed (served URL when --serve). */
  target: string;
  /** The crawler's pages ({ url, status, depth, kind[] } or full CrawledPage with snapshot). */
  pages?: unknown[];
  /** The crawler's evidence (site.contact.*, site.structuredData.*, site.policy.delivery, …). */
  evidence?: Evidence;
  profile?: Profile;
  config?: Config;
  now?: Date;
  /** Per-request deadline for page, sitemap and freshness fetches. Default 8 s. */
  fetchTimeoutMs?: number;
  /** Trusted CA certificates for HTTPS (tests); default: the system's. */
  ca?: TlsCa;
  /** Extra origin rewrites, e.g. { "https://www.org.example": "http://127.0.0.1:8080" }. */
  originMap?: Record<string, string>;
  /** Pages read at most. Default 40. */
  maxPages?: number;
  /** No new page fetch starts after this many ms. Default 90 s. */
  budgetMs?: number;
  log?: (line: string) => void;
}

/** Every key measureSite may write: the registry's measure keys, by producer. */
const FRESHNESS_KEYS = keysOf('measure.freshness');
const AVAILABILITY_KEYS = keysOf('measure.availability');
const CHANNEL_KEYS = keysOf('measure.channels');
const HOURS_KEYS = keysOf('measure.hours');
const ALIGNMENT_KEYS = keysOf('measure.alignment');
export const MEASURE_KEYS: readonly string[] = [...FRESHNESS_KEYS, ...AVAILABILITY_KEYS, ...CHANNEL_KEYS, ...HOURS_KEYS, ...ALIGNMENT_KEYS];

function errorFor(keys: readonly string[], code: string, message: string, now: Date): Evidence {
  const item: EvidenceItem = { sources: [], origin: 'probe', error: { code, message }, collectedAt: now.toISOString() };
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
    return errorFor(keys, 'internal', `measure failed: ${(e as Error)?.message ?? String(e)}`, now);
  }
  const unwritten = keys.filter((k) => !ev[k]);
  if (unwritten.length) {
    const why = keys.map((k) => ev[k]).find((i) => i && (i.error || i.missing));
    const item: EvidenceItem = why?.error
      ? { sources: why.sources.slice(0, 3), origin: 'probe', error: why.error, collectedAt: now.toISOString() }
      : { sources: why?.sources.slice(0, 3) ?? [], origin: 'probe', missing: why?.missing ?? 'nothing to measure on this site', collectedAt: now.toISOString() };
    for (const k of unwritten) ev[k] = item;
  }
  return ev;
}

function isHttpUrl(u: string | undefined): u is string {
  if (!u) return false;
  try {
    const p = new URL(u).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

export async function measureSite(input: MeasureInput): Promise<Evidence> {
  const now = input.now ?? new Date();
  const profile = input.profile;
  const evidence = input.evidence ?? {};
  const org = profile?.organisation;
  const timeZone = isValidZone(org?.timezone) ? org!.timezone! : 'UTC';
  const country = (org?.country ?? 'CO').toUpperCase();
  const siteLang = evidence['site.lang']?.value;
  const locale = org?.locale ?? (typeof siteLang === 'string' ? siteLang : undefined);
  const log = input.log ?? (() => {});
  const target = isHttpUrl(input.target) ? input.target : undefined;
  const mapUrl = urlMapper(target ? originMapFor(target, profile, input.originMap) : input.originMap ?? {});
  const fetchOpts = { timeoutMs: input.fetchTimeoutMs ?? 8000, ca: input.ca };
  const deadline = Date.now() + (input.budgetMs ?? 90_000);
  const pages = (Array.isArray(input.pages) ? input.pages : []).filter((p): p is MeasurePage => !!p && typeof (p as MeasurePage).url === 'string');
  const ev: Evidence = {};

  if (org?.timezone && !isValidZone(org.timezone)) log(`measure: unknown time zone ${org?.timezone}; using UTC`);

  // Network work in parallel: availability sampling, and sitemaps → pages.
  const availability = guarded(AVAILABILITY_KEYS, now, () =>
    measureAvailability({ target: target ?? '', profile, config: input.config?.availability, ca: input.ca, mapUrl, now }));

  let sitemaps: SitemapCollection | undefined;
  let docs: PageDoc[] = [];
  const corpus = (async () => {
    if (!target) return;
    try {
      log('measure: reading sitemaps …');
      sitemaps = await readSiteSitemaps(target, { fetch: fetchOpts, mapUrl, limits: input.config?.freshness?.sitemap });
    } catch (e) {
      log(`measure: sitemaps failed: ${(e as Error).message}`);
    }
    try {
      const r = await buildCorpus({
        target, pages, mapUrl, fetch: { ...fetchOpts, maxBytes: 3 * 1024 * 1024 },
        fallbackUrls: sitemaps?.urls.slice(0, 60).map((u) => u.loc), maxPages: input.maxPages, deadline,
      });
      docs = r.docs;
      for (const n of r.notes) log(`measure: ${n}`);
    } catch (e) {
      log(`measure: reading pages failed: ${(e as Error).message}`);
    }
  })();

  const [availabilityEv] = await Promise.all([availability, corpus]);
  Object.assign(ev, availabilityEv);

  // Freshness.
  if (target) {
    Object.assign(ev, await guarded(FRESHNESS_KEYS, now, () =>
      measureFreshness({ target, docs, now, timeZone, locale, fetch: fetchOpts, mapUrl, config: input.config?.freshness, sitemaps })));
  } else {
    Object.assign(ev, errorFor(FRESHNESS_KEYS, 'invalid-target', `not an http(s) URL: ${String(input.target)}`, now));
  }

  // What the site shows, then the judgements that compare it with the profile.
  const signals = gatherSignals(docs, evidence, country);
  const siteReachable = docs.some((d) => !d.error) || pages.some((p) => typeof p.status === 'number' && p.status >= 200 && p.status < 400);
  Object.assign(ev, await guarded(CHANNEL_KEYS, now, () => {
    const out: Evidence = {};
    const m = channelMatrix(profile, signals, { country, siteReachable, target: target ?? String(input.target) });
    out['site.channels.matrix'] = { value: m.rows, sources: m.rows.filter((r) => r.declared && !r.found && r.expected).map((r) => ({ note: `${r.channel} declared, not found on the site${r.detail ? `: ${r.detail}` : ''}` })), origin: 'probe', collectedAt: now.toISOString() };
    out['site.channels.declaredFoundShare'] = m.share === undefined
      ? { sources: [], origin: 'probe', missing: 'the profile declares no channels a site is expected to show', collectedAt: now.toISOString() }
      : { value: m.share, sources: m.rows.filter((r) => r.declared && r.expected).map((r) => ({ url: r.sources[0]?.url, snippet: `${r.channel}: ${r.found ? 'found' : 'not found'}${r.foundValues.length ? ` (${r.foundValues.slice(0, 3).join(', ')})` : ''}`, note: r.detail })), origin: 'probe', collectedAt: now.toISOString() };
    return out;
  }));
  Object.assign(ev, await guarded(HOURS_KEYS, now, () => serviceHours(profile, signals, { country, timeZone, at: now })));
  Object.assign(ev, await guarded(ALIGNMENT_KEYS, now, () => measureAlignment({ profile, signals, docs, evidence, country, timeZone, now })));
  return ev;
}
