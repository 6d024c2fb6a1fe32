/**
 * Physical/virtual alignment (SS-9, GAP-10, PS-6, OS-2).
 *
 * NAP: each declared location is matched to a schema.org location on the site (by
 * phone, address and name), else to a block of visible text that names it or its
 * address. Name, address, phone and hours are each exact, equivalent after
 * normalisation (address forms, phone formats, 12/24-hour times), mismatch, or missing
 * on the site. The score is the share of declared fields that are exact or equivalent,
 * 0–100; every mismatch and missing field is listed.
 *
 * Contact consistency: the phones, e-mails and WhatsApp numbers most pages show (on at
 * least 60 % of the pages that show that kind, 3 pages or more) are the site's
 * contact data; a page that leaves one out and shows another value of the same kind
 * instead contradicts them. The value is the share of pages that do not.
 *
 * Delivery: promises stated on the site ("2 a 3 días hábiles") read as days (upper
 * bound) against the profile's actual p90 delivery days.
 */
import type { Evidence, EvidenceItem, Location, Profile, Source } from '../types.js';
import { normalisePhone, phonesInText } from '../probes/signals/phones.js';
import { compareAddress, foldText, looksLikeAddress, type Comparison } from './address.js';
import { parseDeliveryPromises, type DeliveryPromise } from './delivery.js';
import { round } from './durations.js';
import { describeDifference, formatHours } from './hours/format.js';
import { sameHours } from './hours/intervals.js';
import { parseHours } from './hours/schema.js';
import { looksLikeHours } from './hours/text.js';
import { readSite } from '../probes/evidence.js';
import type { SiteInfo } from '../probes/types.js';
import { type Seen, type SiteSignals, type StructuredLocation } from './signals.js';
import type { PageDoc } from './pages.js';

export type FieldResult = Comparison | 'missing';
export type NapField = 'name' | 'address' | 'phone' | 'hours';

export interface NapComparison {
  location: string;
  field: NapField;
  declared: string;
  found?: string;
  result: FieldResult;
  url?: string;
  detail?: string;
}

export interface NapDifference {
  location: string;
  field: NapField | 'location';
  declared: string;
  found: string | null;
  url?: string;
  status: 'mismatch' | 'missing';
  detail?: string;
}

// ---------------------------------------------------------------- field comparisons

const GENERIC = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'en', 'the', 'of', 'and', 'sede', 'sas', 's', 'a', 'ltda']);

function nameTokens(s: string, orgTokens: Set<string> = new Set()): string[] {
  return foldText(s).replace(/[^a-z0-9]+/g, ' ').split(' ').filter((t) => t && !GENERIC.has(t) && !orgTokens.has(t));
}

/** Names: equal, or one's words contain the other's (the site prefixes the brand: "Distribuidora del Valle — Mostrador Yumbo"). */
export function compareName(declared: string, found: string, orgName?: string): Comparison {
  if (declared.trim() === found.trim()) return 'exact';
  const org = new Set(orgName ? nameTokens(orgName) : []);
  let a = nameTokens(declared, org);
  let b = nameTokens(found, org);
  if (!a.length || !b.length) {
    a = nameTokens(declared);
    b = nameTokens(found);
  }
  const sa = new Set(a);
  const sb = new Set(b);
  if (a.length && b.length && (a.every((t) => sb.has(t)) || b.every((t) => sa.has(t)))) return 'equivalent';
  return 'mismatch';
}

function nameSimilarity(declared: string, found: string, orgName?: string): number {
  const org = new Set(orgName ? nameTokens(orgName) : []);
  const a = new Set(nameTokens(declared, org));
  const b = new Set(nameTokens(found, org));
  if (!a.size || !b.size) return 0;
  const inter = [...a].filter((t) => b.has(t)).length;
  return inter / Math.min(a.size, b.size);
}

export function comparePhone(declared: string, found: string, country: string): Comparison {
  if (declared.replace(/\s+/g, '') === found.replace(/\s+/g, '')) return 'exact';
  const a = normalisePhone(declared, country);
  const b = normalisePhone(found, country);
  if (a && b) return a === b ? 'equivalent' : 'mismatch';
  const da = declared.replace(/\D/g, '').slice(-10);
  const db = found.replace(/\D/g, '').slice(-10);
  return da && da === db ? 'equivalent' : 'mismatch';
}

export function compareHours(declared: string, found: unknown, opts: { timeZone?: string; at?: Date } = {}): { result: Comparison | 'unreadable'; declaredText?: string; foundText?: string; detail?: string } {
  const a = parseHours(declared, opts);
  const b = parseHours(found, opts);
  if (!a.intervals.length) return { result: 'unreadable', detail: `declared hours "${declared}" could not be read` };
  if (!b.intervals.length) return { result: 'unreadable', detail: `site hours could not be read: ${b.unparsed.join(', ')}` };
  const foundText = formatHours(b.intervals);
  if (typeof found === 'string' && found.trim() === declared.trim()) return { result: 'exact', foundText };
  if (sameHours(a.intervals, b.intervals)) return { result: 'equivalent', foundText };
  return { result: 'mismatch', foundText, detail: describeDifference(a.intervals, b.intervals) };
}

// ---------------------------------------------------------------- matching

interface Candidate {
  name?: string;
  address?: string;
  telephones: string[];
  hoursRaw?: unknown;
  hoursText?: string;
  url?: string;
  via: 'structured data' | 'page text';
}

function matchScore(loc: Location, c: Candidate, country: string, orgName?: string): number {
  let score = 0;
  if (loc.phone && c.telephones.some((t) => comparePhone(loc.phone!, t, country) !== 'mismatch')) score += 3;
  if (loc.address && c.address && compareAddress(loc.address, c.address).result !== 'mismatch') score += 3;
  if (c.name) score += 2 * nameSimilarity(loc.name, c.name, orgName);
  return score;
}

/** The block of visible text about one location: lines from its name (or address) to the next location. */
function textCandidate(loc: Location, docs: PageDoc[], others: Location[], country: string, orgName?: string): Candidate | undefined {
  const ordered = [...docs].sort((a, b) => Number(b.kinds.includes('storeLocator') || b.kinds.includes('contact')) - Number(a.kinds.includes('storeLocator') || a.kinds.includes('contact')));
  const otherNames = others.map((o) => o.name);
  for (const d of ordered) {
    if (d.error && !d.text) continue;
    const lines = d.text.split('\n');
    let at = -1;
    let byName = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.length <= 120 && compareName(loc.name, l, orgName) !== 'mismatch' && nameSimilarity(loc.name, l, orgName) >= 0.99) {
        at = i;
        byName = true;
        break;
      }
    }
    if (at === -1 && loc.address) {
      for (let i = 0; i < lines.length; i++) {
        const l = lines[i]!;
        if (looksLikeAddress(l) && compareAddress(loc.address, l).result !== 'mismatch') {
          at = Math.max(0, i - 1);
          break;
        }
      }
    }
    if (at === -1) continue;
    const block: string[] = [lines[at]!];
    for (let i = at + 1; i < Math.min(lines.length, at + 10); i++) {
      const l = lines[i]!;
      if (otherNames.some((n) => l.length <= 120 && nameSimilarity(n, l, orgName) >= 0.99 && compareName(n, l, orgName) !== 'mismatch')) break;
      block.push(l);
    }
    const text = block.join('\n');
    const address = block.find((l) => looksLikeAddress(l));
    const hoursLines = block.filter((l) => looksLikeHours(l));
    return {
      name: byName ? lines[at] : undefined,
      address: address?.split(/\s{2,}/)[0],
      telephones: [...new Set(phonesInText(text, country).map((p) => p.e164))],
      hoursRaw: hoursLines.length ? hoursLines.join('\n') : undefined,
      url: d.url,
      via: 'page text',
    };
  }
  return undefined;
}

/** A visible address (the crawler's site.contact.addresses) equivalent to the declared one: the place is on the site, its other fields are not. */
function addressCandidate(loc: Location, addresses: Seen[]): Candidate | undefined {
  if (!loc.address) return undefined;
  const hit = addresses.find((a) => compareAddress(loc.address!, a.text).result !== 'mismatch');
  return hit ? { address: hit.text, telephones: [], url: hit.source.url, via: 'page text' } : undefined;
}

export interface NapResult {
  score?: number;
  comparisons: NapComparison[];
  differences: NapDifference[];
  notes: string[];
}

export function compareLocations(
  declared: Location[],
  site: { locations: StructuredLocation[]; docs: PageDoc[]; addresses?: Seen[] },
  opts: { country: string; timeZone: string; at: Date; orgName?: string },
): NapResult {
  const comparisons: NapComparison[] = [];
  const differences: NapDifference[] = [];
  const notes: string[] = [];
  const candidates: Candidate[] = site.locations.map((l) => ({ name: l.name, address: l.address, telephones: l.telephones, hoursRaw: l.hoursRaw, url: l.url, via: 'structured data' }));
  // Greedy one-to-one matching, best pairs first.
  const pairs: { i: number; j: number; s: number }[] = [];
  declared.forEach((loc, i) => candidates.forEach((c, j) => {
    const s = matchScore(loc, c, opts.country, opts.orgName);
    if (s >= 1.5) pairs.push({ i, j, s });
  }));
  pairs.sort((a, b) => b.s - a.s);
  const matched = new Map<number, Candidate>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (matched.has(p.i) || used.has(p.j)) continue;
    matched.set(p.i, candidates[p.j]!);
    used.add(p.j);
  }
  let points = 0;
  let counted = 0;
  declared.forEach((loc, i) => {
    const c = matched.get(i) ?? textCandidate(loc, site.docs, declared.filter((_, k) => k !== i), opts.country, opts.orgName) ?? addressCandidate(loc, site.addresses ?? []);
    const fields: [NapField, string | undefined][] = [['name', loc.name], ['address', loc.address], ['phone', loc.phone], ['hours', loc.hours]];
    if (!c) {
      for (const [field, value] of fields) {
        if (!value) continue;
        counted++;
        comparisons.push({ location: loc.name, field, declared: value, result: 'missing' });
      }
      differences.push({ location: loc.name, field: 'location', declared: [loc.name, loc.address].filter(Boolean).join(', '), found: null, status: 'missing', detail: 'not found in the structured data or the pages read' });
      return;
    }
    for (const [field, value] of fields) {
      if (!value) continue;
      let found: string | undefined;
      let result: FieldResult = 'missing';
      let detail: string | undefined;
      if (field === 'name') {
        found = c.name;
        if (found) result = compareName(value, found, opts.orgName);
      } else if (field === 'address') {
        found = c.address;
        if (found) {
          const r = compareAddress(value, found);
          result = r.result;
          detail = r.reason;
        }
      } else if (field === 'phone') {
        if (c.telephones.length) {
          const best = c.telephones.map((t) => ({ t, r: comparePhone(value, t, opts.country) })).sort((x, y) => rankOf(x.r) - rankOf(y.r))[0]!;
          found = best.t;
          result = best.r;
        }
      } else if (c.hoursRaw !== undefined) {
        const r = compareHours(value, c.hoursRaw, { timeZone: opts.timeZone, at: opts.at });
        found = r.foundText ?? (typeof c.hoursRaw === 'string' ? c.hoursRaw : undefined);
        if (r.result === 'unreadable') {
          notes.push(`${loc.name}: ${r.detail}`);
          continue;
        }
        result = r.result;
        detail = r.detail;
      }
      counted++;
      if (result === 'exact' || result === 'equivalent') points++;
      comparisons.push({ location: loc.name, field, declared: value, found, result, url: c.url, detail: detail ?? (result === 'missing' ? `not stated in the ${c.via}` : undefined) });
      if (result === 'mismatch' || result === 'missing') {
        differences.push({ location: loc.name, field, declared: value, found: found ?? null, url: c.url, status: result, detail: detail ?? (result === 'missing' ? `not stated in the ${c.via}` : undefined) });
      }
    }
  });
  return { score: counted ? round((100 * points) / counted, 1) : undefined, comparisons, differences, notes };
}

const rankOf = (r: Comparison) => (r === 'exact' ? 0 : r === 'equivalent' ? 1 : 2);

// ---------------------------------------------------------------- contact consistency

export interface PageContactSet {
  url: string;
  phones: Set<string>;
  emails: Set<string>;
  whatsapp: Set<string>;
}

export interface ContactDifference {
  url: string;
  kind: 'phones' | 'emails' | 'whatsapp';
  /** Site-wide values this page leaves out. */
  missing: string[];
  /** Values this page shows instead. */
  instead: string[];
}

export function contactConsistency(pages: PageContactSet[], opts: { minPages?: number; commonShare?: number } = {}): { ratio?: number; compared: number; common: Record<string, string[]>; differences: ContactDifference[] } {
  const minPages = opts.minPages ?? 3;
  const share = opts.commonShare ?? 0.6;
  const kinds = ['phones', 'emails', 'whatsapp'] as const;
  const common: Record<string, string[]> = {};
  for (const k of kinds) {
    const showing = pages.filter((p) => p[k].size);
    if (showing.length < minPages) {
      common[k] = [];
      continue;
    }
    const counts = new Map<string, number>();
    for (const p of showing) for (const v of p[k]) counts.set(v, (counts.get(v) ?? 0) + 1);
    common[k] = [...counts.entries()].filter(([, n]) => n / showing.length >= share).map(([v]) => v).sort();
  }
  const differences: ContactDifference[] = [];
  let compared = 0;
  let consistent = 0;
  for (const p of pages) {
    let judged = false;
    let ok = true;
    for (const k of kinds) {
      if (!p[k].size || !common[k]!.length) continue;
      judged = true;
      const missing = common[k]!.filter((v) => !p[k].has(v));
      const instead = [...p[k]].filter((v) => !common[k]!.includes(v));
      if (missing.length && instead.length) {
        ok = false;
        differences.push({ url: p.url, kind: k, missing, instead });
      }
    }
    if (!judged) continue;
    compared++;
    if (ok) consistent++;
  }
  return { ratio: compared ? round(consistent / compared) : undefined, compared, common, differences };
}

/**
 * Per-page contact sets, from the crawl's per-page reading (the same extractors that
 * built the evidence, computed once): which phones, e-mails and WhatsApp numbers each
 * readable page shows.
 */
export function pageContactSets(site: SiteInfo): PageContactSet[] {
  return readSite(site)
    .filter((r) => r.page.snapshot && !(r.page.error && r.page.error.code !== 'load-timeout'))
    .map((r) => ({
      url: r.page.snapshot!.finalUrl || r.page.url,
      phones: new Set(r.phones.map((f) => f.value)),
      emails: new Set(r.emails.map((f) => f.value)),
      whatsapp: new Set(r.whatsapp.map((f) => f.value)),
    }));
}

// ---------------------------------------------------------------- delivery

export interface DeliveryAssessment {
  promisedDays?: number;
  actualDaysP90?: number;
  declaredPromisedDays?: number;
  kept?: number;
  businessDays: boolean;
  statements: (DeliveryPromise & { url?: string })[];
}

function num(x: unknown): number | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  if (typeof x === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(x)) return Number(x);
  if (x && typeof x === 'object' && 'value' in x) return num((x as { value: unknown }).value);
  return undefined;
}

export function assessDelivery(statements: Seen[], profile: Profile | undefined): DeliveryAssessment {
  const parsed = statements.flatMap((s) => parseDeliveryPromises(s.text).map((p) => ({ ...p, url: s.source.url })));
  const seen = new Set<string>();
  const unique = parsed.filter((p) => {
    const k = `${p.text}|${p.url}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const out: DeliveryAssessment = { businessDays: unique.some((p) => p.businessDays), statements: unique.slice(0, 20) };
  if (unique.length) out.promisedDays = Math.max(...unique.map((p) => p.maxDays));
  out.actualDaysP90 = num(profile?.delivery?.actualDaysP90) ?? num(profile?.metrics?.['data.orders.deliveryDaysP90']);
  out.declaredPromisedDays = num(profile?.delivery?.promisedDays);
  if (out.promisedDays !== undefined && out.actualDaysP90 !== undefined) {
    out.kept = out.actualDaysP90 <= 0 ? 1 : round(Math.min(1, out.promisedDays / out.actualDaysP90));
  }
  return out;
}

// ---------------------------------------------------------------- evidence

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
