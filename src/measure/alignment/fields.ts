/**
 * The fields of a location compared one by one: each is exact, equivalent after
 * normalisation (address forms in ../address.ts, phone formats, 12/24-hour times) or a
 * mismatch.
 */
import { normalisePhone } from '../../probes/signals/phones.js';
import { foldText, type Comparison } from '../address.js';
import { reason, type Message } from '../../i18n/index.js';
import { differenceReason, formatHours } from '../hours/format.js';
import { sameHours } from '../hours/intervals.js';
import { parseHours } from '../hours/schema.js';

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

/** Share of the shorter name's words (brand and filler words aside) that the other name also has, 0–1. */
export function nameSimilarity(declared: string, found: string, orgName?: string): number {
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

export function compareHours(declared: string, found: unknown, opts: { timeZone?: string; at?: Date } = {}): { result: Comparison | 'unreadable'; declaredText?: string; foundText?: string; detail?: string; detailReason?: Message } {
  const a = parseHours(declared, opts);
  const b = parseHours(found, opts);
  if (!a.intervals.length) return { result: 'unreadable', ...detailed(reason('evidence.alignment.declaredHoursUnreadable', { hours: declared })) };
  if (!b.intervals.length) return { result: 'unreadable', ...detailed(reason('evidence.alignment.siteHoursUnreadable', { texts: b.unparsed.join(', ') })) };
  const foundText = formatHours(b.intervals);
  if (typeof found === 'string' && found.trim() === declared.trim()) return { result: 'exact', foundText };
  if (sameHours(a.intervals, b.intervals)) return { result: 'equivalent', foundText };
  const why = differenceReason(a.intervals, b.intervals);
  return { result: 'mismatch', foundText, ...detailed(reason(why.id, why.values)) };
}

const detailed = (r: { message: string; reason: Message }): { detail: string; detailReason: Message } => ({ detail: r.message, detailReason: r.reason });
