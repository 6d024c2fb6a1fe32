/**
 * The organisation facts asked before any checklist question, because they decide
 * which checks apply (`appliesWhen`): business model, online service model, country,
 * declared channels and physical locations; then the service-level targets that
 * measured figures are read against. Each fact is data: how to ask it, how to
 * read it from a profile, and which profile paths an answer changes.
 */
import type { BusinessModel, DeclaredChannel, Localized, Profile } from '../types.js';
import { localized, type MessageId } from '../i18n/index.js';
import type { YamlPath } from './store.js';

export interface FactOption {
  value: string;
  label: Localized;
  /** A longer explanation shown under the list while the option is highlighted. */
  description?: Localized;
}

export interface FactDef {
  id: string;
  prompt: Localized;
  why: Localized;
  basis: string[];
  type: 'text' | 'choice' | 'multiChoice' | 'yesNo';
  options?: FactOption[];
  /** Required by the profile schema: no "don't know" or "skip". */
  required: boolean;
  /** The value the profile holds now, in the form the prompt uses; undefined when not known. */
  current(profile: Profile): unknown;
  /** Checks a typed text answer; returns the reason when it is wrong. */
  validate?(text: string): Localized | undefined;
  /** Turns a typed text answer into the stored value. */
  parse?(text: string): unknown;
  /** The profile changes an answer makes. */
  changes(profile: Profile, value: unknown, ctx?: FactContext): { path: YamlPath; value: unknown }[];
}

export interface FactContext {
  /** What the site shows per channel type (a number, a link), for new channel entries. */
  channelValues?: Record<string, Partial<DeclaredChannel>>;
}

/** Channel types a person declares in the channels fact; `physical` is its own fact. */
export const CHANNEL_TYPES: FactOption[] = [
  { value: 'web', label: localized('interview.channel.web') },
  { value: 'email', label: localized('interview.channel.email') },
  { value: 'phone', label: localized('interview.channel.phone') },
  { value: 'callcentre', label: localized('interview.channel.callcentre') },
  { value: 'chat', label: localized('interview.channel.chat') },
  { value: 'whatsapp', label: localized('interview.channel.whatsapp') },
  { value: 'app', label: localized('interview.channel.app') },
  { value: 'social', label: localized('interview.channel.social') },
  { value: 'sms', label: localized('interview.channel.sms') },
  { value: 'api', label: localized('interview.channel.api') },
];

function hasPhysical(profile: Profile): boolean {
  return (profile.channels ?? []).some((c) => c.type === 'physical');
}

export const FACTS: FactDef[] = [
  {
    id: 'organisation.name',
    prompt: localized('interview.fact.name.prompt'),
    why: localized('interview.fact.name.why'),
    basis: [],
    type: 'text',
    required: true,
    current: (p) => p.organisation?.name || undefined,
    validate: (t) => (t.trim() ? undefined : localized('interview.fact.name.needed')),
    parse: (t) => t.trim(),
    changes: (_p, v) => [{ path: ['organisation', 'name'], value: v }],
  },
  {
    id: 'organisation.businessModel',
    prompt: localized('interview.fact.businessModel.prompt'),
    why: localized('interview.fact.businessModel.why'),
    basis: ['SS-7', 'OS-5'],
    type: 'multiChoice',
    options: [
      { value: 'b2b', label: localized('interview.fact.businessModel.b2b') },
      { value: 'b2c', label: localized('interview.fact.businessModel.b2c') },
      { value: 'public', label: localized('interview.fact.businessModel.public') },
    ],
    required: true,
    current: (p) => {
      const bm = p.organisation?.businessModel as BusinessModel | BusinessModel[] | undefined;
      if (bm === undefined) return undefined;
      return Array.isArray(bm) ? bm : [bm];
    },
    changes: (_p, v) => {
      const list = v as string[];
      return [{ path: ['organisation', 'businessModel'], value: list.length === 1 ? list[0] : list }];
    },
  },
  {
    id: 'organisation.serviceModel',
    prompt: localized('interview.fact.serviceModel.prompt'),
    why: localized('interview.fact.serviceModel.why'),
    basis: ['MOD-1', 'MOD-2', 'MOD-3', 'MOD-4', 'OS-5'],
    type: 'choice',
    options: [
      { value: 'MOD-1', label: localized('interview.fact.serviceModel.mod1'), description: localized('interview.fact.serviceModel.mod1.description') },
      { value: 'MOD-2', label: localized('interview.fact.serviceModel.mod2'), description: localized('interview.fact.serviceModel.mod2.description') },
      { value: 'MOD-3', label: localized('interview.fact.serviceModel.mod3'), description: localized('interview.fact.serviceModel.mod3.description') },
      { value: 'MOD-4', label: localized('interview.fact.serviceModel.mod4'), description: localized('interview.fact.serviceModel.mod4.description') },
    ],
    required: false,
    current: (p) => p.organisation?.serviceModel,
    changes: (_p, v) => [{ path: ['organisation', 'serviceModel'], value: v }],
  },
  {
    id: 'organisation.country',
    prompt: localized('interview.fact.country.prompt'),
    why: localized('interview.fact.country.why'),
    basis: ['GAP-1'],
    type: 'text',
    required: true,
    current: (p) => p.organisation?.country || undefined,
    validate: (t) => (/^\s*[A-Za-z]{2}\s*$/.test(t) ? undefined : localized('interview.fact.country.invalid', { text: t })),
    parse: (t) => t.trim().toUpperCase(),
    changes: (_p, v) => [{ path: ['organisation', 'country'], value: v }],
  },
  {
    id: 'channels',
    prompt: localized('interview.fact.channels.prompt'),
    why: localized('interview.fact.channels.why'),
    basis: ['HT-1', 'PS-2', 'PS-4', 'PS-5'],
    type: 'multiChoice',
    options: CHANNEL_TYPES,
    required: false,
    current: (p) => (Array.isArray(p.channels) ? [...new Set(p.channels.filter((c) => c.type !== 'physical').map((c) => c.type))] : undefined),
    changes: (p, v, ctx) => [{ path: ['channels'], value: channelList(p.channels, v as string[], ctx?.channelValues) }],
  },
  {
    id: 'locations',
    prompt: localized('interview.fact.locations.prompt'),
    why: localized('interview.fact.locations.why'),
    basis: ['SS-9'],
    type: 'yesNo',
    required: false,
    current: (p) => {
      if (hasPhysical(p) || (p.locations?.length ?? 0) > 0) return true;
      return Array.isArray(p.locations) ? false : undefined;
    },
    changes: (p, v) => {
      const channels = p.channels ?? [];
      if (v === true) {
        if (hasPhysical(p) || (p.locations?.length ?? 0) > 0) return [];
        return [{ path: ['channels'], value: [...channels, { type: 'physical', note: 'list the locations under `locations:`' }] }];
      }
      const out: { path: YamlPath; value: unknown }[] = [{ path: ['locations'], value: [] }];
      if (hasPhysical(p)) out.unshift({ path: ['channels'], value: channels.filter((c) => c.type !== 'physical') });
      return out;
    },
  },
  targetFact('firstResponse', 'interview.fact.firstResponse.prompt', 'interview.fact.firstResponse.why', ['HT-5', 'PS-8']),
  targetFact('resolution', 'interview.fact.resolution.prompt', 'interview.fact.resolution.why', ['GAP-11', 'PS-8']),
];

/** A service-level target from the profile's `targets:`, written as a duration (4h, 2d). */
function targetFact(key: 'firstResponse' | 'resolution', prompt: MessageId, why: MessageId, basis: string[]): FactDef {
  return {
    id: `targets.${key}`,
    prompt: localized(prompt),
    why: localized(why),
    basis,
    type: 'text',
    required: false,
    current: (p) => (p.targets?.[key] as string | undefined) ?? undefined,
    validate: (text) =>
      /^\s*\d+(\.\d+)?\s*(s|m|min|h|d|w)\s*$/.test(text)
        ? undefined
        : localized('interview.fact.target.invalid', { text }),
    parse: (text) => text.trim().replace(/\s+/g, ''),
    changes: (_p, v) => [{ path: ['targets', key], value: v }],
  };
}

/**
 * The declared channels after choosing `types`: entries of kept types stay as they
 * are (numbers, hours, notes), new types are added, unchosen ones are dropped.
 * Physical channels belong to the locations fact and are always kept.
 */
export function channelList(existing: DeclaredChannel[] | undefined, types: string[], found: Record<string, Partial<DeclaredChannel>> = {}): DeclaredChannel[] {
  const list = existing ?? [];
  const kept = list.filter((c) => c.type === 'physical' || types.includes(c.type));
  const have = new Set(kept.map((c) => c.type));
  for (const t of types) {
    if (have.has(t as DeclaredChannel['type'])) continue;
    kept.push({ type: t as DeclaredChannel['type'], ...(found[t] ?? {}) });
  }
  return kept;
}

export function factById(id: string): FactDef | undefined {
  return FACTS.find((f) => f.id === id);
}
