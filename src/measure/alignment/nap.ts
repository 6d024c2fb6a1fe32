/**
 * NAP: each declared location is matched to a schema.org location on the site (by
 * phone, address and name), else to a block of visible text that names it or its
 * address. Name, address, phone and hours are each exact, equivalent after
 * normalisation (address forms, phone formats, 12/24-hour times), mismatch, or missing
 * on the site. The score is the share of declared fields that are exact or equivalent,
 * 0–100; every mismatch and missing field is listed.
 */
import { reason, type Message, type MessageId } from '../../i18n/index.js';
import type { Location } from '../../types.js';
import { phonesInText } from '../../probes/signals/phones.js';
import { compareAddress, looksLikeAddress, type Comparison } from '../address.js';
import { round } from '../durations.js';
import { looksLikeHours } from '../hours/text.js';
import type { PageDoc } from '../pages.js';
import type { Seen, StructuredLocation } from '../signals.js';
import { compareHours, compareName, comparePhone, nameSimilarity } from './fields.js';

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
  /** `detail` as a catalogue message. */
  detailReason?: Message;
}

export interface NapDifference {
  location: string;
  field: NapField | 'location';
  declared: string;
  found: string | null;
  url?: string;
  status: 'mismatch' | 'missing';
  detail?: string;
  /** `detail` as a catalogue message. */
  detailReason?: Message;
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
  /** `notes` as catalogue messages, in the same order. */
  noteReasons: Message[];
}

export function compareLocations(
  declared: Location[],
  site: { locations: StructuredLocation[]; docs: PageDoc[]; addresses?: Seen[] },
  opts: { country: string; timeZone: string; at: Date; orgName?: string },
): NapResult {
  const comparisons: NapComparison[] = [];
  const differences: NapDifference[] = [];
  const notes: string[] = [];
  const noteReasons: Message[] = [];
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
      differences.push({ location: loc.name, field: 'location', declared: [loc.name, loc.address].filter(Boolean).join(', '), found: null, status: 'missing', ...detailed('evidence.alignment.locationNotFound') });
      return;
    }
    for (const [field, value] of fields) {
      if (!value) continue;
      let found: string | undefined;
      let result: FieldResult = 'missing';
      let detail: { detail: string; detailReason: Message } | undefined;
      if (field === 'name') {
        found = c.name;
        if (found) result = compareName(value, found, opts.orgName);
      } else if (field === 'address') {
        found = c.address;
        if (found) {
          const r = compareAddress(value, found);
          result = r.result;
          if (r.reason) detail = { detail: r.reason, detailReason: r.why ?? { id: 'evidence.legacy', values: { detail: r.reason } } };
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
          const note = reason('evidence.alignment.locationNote', { location: loc.name, detail: { msg: r.detailReason! } });
          notes.push(note.message);
          noteReasons.push(note.reason);
          continue;
        }
        result = r.result;
        if (r.detail) detail = { detail: r.detail, detailReason: r.detailReason! };
      }
      counted++;
      if (result === 'exact' || result === 'equivalent') points++;
      const why = detail ?? (result === 'missing' ? detailed(c.via === 'structured data' ? 'evidence.alignment.notInStructuredData' : 'evidence.alignment.notInPageText') : {});
      comparisons.push({ location: loc.name, field, declared: value, found, result, url: c.url, ...why });
      if (result === 'mismatch' || result === 'missing') {
        differences.push({ location: loc.name, field, declared: value, found: found ?? null, url: c.url, status: result, ...why });
      }
    }
  });
  return { score: counted ? round((100 * points) / counted, 1) : undefined, comparisons, differences, notes, noteReasons };
}

function detailed(id: MessageId): { detail: string; detailReason: Message } {
  const r = reason(id);
  return { detail: r.message, detailReason: r.reason };
}

const rankOf = (r: Comparison) => (r === 'exact' ? 0 : r === 'equivalent' ? 1 : 2);
