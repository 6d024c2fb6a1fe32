/**
 * Channels (HT-1, HT-3, PS-1…PS-5, OS-4): the matrix of declared vs found channels and
 * the service hours — per declared channel, and as published on the site (schema.org
 * ContactPoint.hoursAvailable and the hours written on non-store pages) — against
 * 24 × 7 and the organisation's own target hours, in the profile's time zone.
 */
import { reason, type Message, type MessageId, type MessageValue, type MessageValues } from '../i18n/index.js';
import type { DeclaredChannel, Evidence, EvidenceItem, Profile, Source } from '../types.js';
import { normalisePhone } from '../probes/signals/phones.js';
import { round } from './durations.js';
import { formatHours } from './hours/format.js';
import { coverage, targetCoverage, union, type Interval } from './hours/intervals.js';
import { parseHours } from './hours/schema.js';
import { kindsFromUrl } from '../probes/signals/vocab.js';
import { missing, noted } from './reasons.js';
import type { SiteSignals } from './signals.js';

export const CHANNEL_TYPES = ['web', 'email', 'phone', 'callcentre', 'chat', 'whatsapp', 'app', 'social', 'physical', 'sms', 'api'] as const;

/** Channel types a public site is not expected to show (EDI, B2B APIs). */
const NOT_ON_SITE = new Set(['api']);

export interface ChannelRow {
  channel: string;
  declared: boolean;
  declaredValues: string[];
  found: boolean;
  foundValues: string[];
  /** false for types a public site is not expected to show (api). */
  expected: boolean;
  /** Why a declared channel is not (fully) shown, in English. */
  detail?: string;
  /** `detail` as a catalogue message. */
  detailReason?: Message;
  sources: Source[];
}

/** A channel type as the reasons name it ("declared callcentre" reads "declared call centre"). */
export function channelLabel(type: string): MessageValue {
  return (CHANNEL_TYPES as readonly string[]).includes(type) ? { msg: { id: `evidence.channelType.${type as (typeof CHANNEL_TYPES)[number]}` } } : type;
}

/** Sets a row's detail: one reason, or two joined. */
function setDetail(row: ChannelRow, id: MessageId, values?: MessageValues): void {
  const add: Message = values ? { id, values } : { id };
  const detail: Message = row.detailReason ? { id: 'evidence.channels.twoDetails', values: { a: { msg: row.detailReason }, b: { msg: add } } } : add;
  const r = reason(detail.id, detail.values);
  row.detail = r.message;
  row.detailReason = r.reason;
}

function numbersOf(c: DeclaredChannel, country: string): string[] {
  const out: string[] = [];
  for (const raw of [c.value, c.url]) {
    if (!raw) continue;
    const wa = /wa\.me\/(\d{6,15})/.exec(raw);
    const n = wa ? normalisePhone('+' + wa[1], country) : normalisePhone(raw, country);
    if (n) out.push(n);
  }
  return [...new Set(out)];
}

function emailsOf(c: DeclaredChannel): string[] {
  const out: string[] = [];
  for (const raw of [c.value, c.url]) {
    const m = raw ? /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(raw.replace(/^mailto:/i, '')) : null;
    if (m) out.push(m[0].toLowerCase());
  }
  return [...new Set(out)];
}

const firstSources = (map: Map<string, Source[]>, keys: string[], n = 3): Source[] => keys.flatMap((k) => (map.get(k) ?? []).slice(0, 1)).slice(0, n);

export function channelMatrix(profile: Profile | undefined, s: SiteSignals, opts: { country: string; siteReachable: boolean; target: string }): { rows: ChannelRow[]; share?: number; counted: number } {
  const declared = profile?.channels ?? [];
  const types = new Set<string>(['web', 'email', 'phone', 'callcentre', 'chat', 'whatsapp', 'app', 'social', 'physical']);
  for (const c of declared) types.add(c.type);
  const rows: ChannelRow[] = [];
  for (const type of CHANNEL_TYPES.filter((t) => types.has(t))) {
    const mine = declared.filter((c) => c.type === type);
    const row: ChannelRow = {
      channel: type, declared: mine.length > 0, declaredValues: mine.map((c) => c.value ?? c.url ?? '').filter(Boolean),
      found: false, foundValues: [], expected: !NOT_ON_SITE.has(type), sources: [],
    };
    switch (type) {
      case 'web':
        row.found = opts.siteReachable;
        row.foundValues = opts.siteReachable ? [opts.target] : [];
        row.sources = [{ url: opts.target, ...noted(opts.siteReachable ? 'evidence.channels.siteAnswered' : 'evidence.channels.siteUnreadable') }];
        break;
      case 'email': {
        const want = mine.flatMap(emailsOf);
        const have = [...s.emails.keys()];
        const hit = want.filter((e) => s.emails.has(e));
        row.found = want.length ? hit.length > 0 : have.length > 0;
        row.foundValues = want.length ? hit : have;
        row.sources = firstSources(s.emails, row.foundValues);
        const absent = want.filter((e) => !s.emails.has(e));
        if (absent.length) setDetail(row, 'evidence.channels.notOnSite', { values: absent.join(', ') });
        if (!row.found && s.contactForm) setDetail(row, 'evidence.channels.contactFormInstead');
        break;
      }
      case 'phone':
      case 'callcentre':
      case 'sms': {
        const want = mine.flatMap((c) => numbersOf(c, opts.country));
        const have = [...s.phones.keys()];
        const hit = want.filter((n) => s.phones.has(n));
        row.found = want.length ? hit.length > 0 : type !== 'sms' && have.length > 0;
        row.foundValues = want.length ? hit : type === 'sms' ? [] : have;
        row.sources = firstSources(s.phones, row.foundValues);
        const absent = want.filter((n) => !s.phones.has(n));
        if (absent.length) setDetail(row, 'evidence.channels.notOnSite', { values: absent.join(', ') });
        break;
      }
      case 'whatsapp': {
        const want = mine.flatMap((c) => numbersOf(c, opts.country));
        const have = [...s.whatsapp.keys()];
        row.found = have.length > 0;
        row.foundValues = have;
        row.sources = firstSources(s.whatsapp, have);
        const unlinked = want.filter((n) => !s.whatsapp.has(n));
        if (unlinked.length) {
          const asPhone = unlinked.filter((n) => s.phones.has(n));
          if (asPhone.length) setDetail(row, 'evidence.channels.whatsappAsPhone', { numbers: asPhone.join(', ') });
          else setDetail(row, 'evidence.channels.whatsappNotLinked', { numbers: unlinked.join(', ') });
          if (asPhone.length) row.sources.push(...firstSources(s.phones, asPhone));
        }
        break;
      }
      case 'chat':
        row.found = s.chat.size > 0;
        row.foundValues = [...s.chat.keys()];
        row.sources = firstSources(s.chat, row.foundValues);
        break;
      case 'app':
        row.found = s.apps.size > 0;
        row.foundValues = [...s.apps.keys()];
        row.sources = firstSources(s.apps, row.foundValues);
        break;
      case 'social':
        row.found = s.social.size > 0;
        row.foundValues = [...s.social.keys()];
        row.sources = firstSources(s.social, row.foundValues);
        break;
      case 'physical':
        row.found = s.locations.length > 0 || s.addresses.length > 0;
        row.foundValues = s.locations.length ? s.locations.map((l) => l.name ?? l.address ?? '').filter(Boolean) : s.addresses.map((a) => a.text);
        row.sources = s.locations.length ? s.locations.slice(0, 3).map((l) => ({ url: l.url, snippet: [l.name, l.address].filter(Boolean).join(' — ') })) : s.addresses.slice(0, 3).map((a) => a.source);
        break;
      case 'api':
        setDetail(row, 'evidence.channels.notExpected');
        break;
    }
    rows.push(row);
  }
  const counted = rows.filter((r) => r.declared && r.expected);
  return { rows, counted: counted.length, share: counted.length ? round(counted.filter((r) => r.found).length / counted.length) : undefined };
}

// ---------------------------------------------------------------- service hours

export interface ChannelHours {
  channel: string;
  value?: string;
  declared?: string;
  declaredCoverage247?: number;
  /** Hours the site publishes for this channel (matching ContactPoint). */
  site?: string;
  siteCoverage247?: number;
  /** Share of the organisation's target service hours the declared hours cover. */
  targetCoverage?: number;
  staffedBy?: string;
  notes?: Message[];
}

function cpMatches(c: DeclaredChannel, cp: SiteSignals['contactPoints'][number], country: string): boolean {
  const nums = numbersOf(c, country);
  const mails = emailsOf(c);
  const cpNum = cp.telephone ? normalisePhone(cp.telephone, country) : null;
  const cpWa = cp.url && /wa\.me\/(\d+)/.exec(cp.url);
  const waNum = cpWa ? normalisePhone('+' + cpWa[1], country) : null;
  if (c.type === 'whatsapp') return !!((waNum && nums.includes(waNum)) || (cpNum && nums.includes(cpNum)));
  if (c.type === 'email') return !!cp.email && mails.includes(cp.email.toLowerCase());
  if (c.type === 'phone' || c.type === 'callcentre') return !!cpNum && nums.includes(cpNum) && !waNum;
  return false;
}

export function serviceHours(profile: Profile | undefined, s: SiteSignals, opts: { country: string; timeZone: string; at: Date }): Evidence {
  const now = opts.at;
  const ev: Evidence = {};
  const item = (value: unknown, sources: Source[]): EvidenceItem => ({ value, sources, origin: 'probe', collectedAt: now.toISOString() });
  const parse = (raw: unknown) => parseHours(raw, { timeZone: opts.timeZone, at: opts.at });

  // Published service hours: ContactPoint hours plus hours written on non-store pages.
  const published: Interval[][] = [];
  const sources: Source[] = [];
  const unread: string[] = [];
  for (const cp of s.contactPoints) {
    if (cp.hoursRaw === undefined) continue;
    const h = parse(cp.hoursRaw);
    if (h.intervals.length) {
      published.push(h.intervals);
      sources.push({ url: cp.pageUrl, snippet: `ContactPoint ${cp.name ?? cp.contactType ?? ''}: ${formatHours(h.intervals)}`.trim() });
    } else unread.push(`ContactPoint ${cp.name ?? ''}: ${h.unparsed.join(', ')}`);
  }
  // ContactPoint hours are the site's explicit service hours; written hours stand in
  // only without them, and not from store or news pages (store hours, events).
  for (const t of published.length ? [] : s.hoursTexts) {
    if (t.source.url && kindsFromUrl(t.source.url).some((k) => k === 'storeLocator' || k === 'news')) continue;
    const h = parse(t.text);
    if (h.intervals.length) {
      published.push(h.intervals);
      if (sources.length < 12) sources.push({ ...t.source, snippet: `${t.text.slice(0, 100)} → ${formatHours(h.intervals)}` });
    } else if (unread.length < 10) unread.push(t.text.slice(0, 80));
  }
  const site = union(...published);
  if (published.length) {
    const src = unread.length ? [...sources, noted('evidence.hours.notRead', { texts: unread.slice(0, 5).join('; ') })] : sources;
    ev['site.hours.coverage247'] = item(round(coverage(site)), src);
    ev['site.hours.published'] = item(formatHours(site), src);
  } else {
    if (unread.length) ev['site.hours.coverage247'] = { sources: [], origin: 'probe', error: { code: 'unparseable-hours', ...reason('evidence.hours.unreadable', { texts: unread.slice(0, 5).join('; ') }) }, collectedAt: now.toISOString() };
    else ev['site.hours.coverage247'] = { sources: [], origin: 'probe', ...missing('evidence.hours.nonePublished'), collectedAt: now.toISOString() };
  }

  // Target service hours.
  const targetRaw = profile?.targets?.serviceHours;
  const target = targetRaw !== undefined ? parse(targetRaw) : undefined;
  if (target && target.intervals.length && published.length) {
    ev['site.hours.targetCoverage'] = item(round(targetCoverage(site, target.intervals)), [...sources.slice(0, 5), noted('evidence.hours.target', { hours: formatHours(target.intervals) })]);
  } else if (target && !target.intervals.length) {
    ev['site.hours.targetCoverage'] = { sources: [], origin: 'profile', error: { code: 'unparseable-hours', ...reason('evidence.hours.targetUnreadable', { hours: String(targetRaw) }) }, collectedAt: now.toISOString() };
  }

  // Per declared channel.
  const rows: ChannelHours[] = [];
  for (const c of profile?.channels ?? []) {
    if (!c.hours && !['phone', 'callcentre', 'whatsapp', 'email', 'chat'].includes(c.type)) continue;
    const row: ChannelHours = { channel: c.type, value: c.value, staffedBy: c.staffedBy };
    if (c.hours) {
      const h = parse(c.hours);
      if (h.intervals.length) {
        row.declared = formatHours(h.intervals);
        row.declaredCoverage247 = round(coverage(h.intervals));
        if (target?.intervals.length) row.targetCoverage = round(targetCoverage(h.intervals, target.intervals));
      } else row.notes = [{ id: 'evidence.hours.channelUnreadable', values: { hours: c.hours } }];
    }
    const cp = s.contactPoints.find((x) => x.hoursRaw !== undefined && cpMatches(c, x, opts.country));
    if (cp) {
      const h = parse(cp.hoursRaw);
      if (h.intervals.length) {
        row.site = formatHours(h.intervals);
        row.siteCoverage247 = round(coverage(h.intervals));
      }
    }
    rows.push(row);
  }
  if (rows.length) ev['site.hours.byChannel'] = item(rows, [noted('evidence.hours.byChannel')]);
  return ev;
}
