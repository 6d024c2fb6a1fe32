/**
 * The interview's order as data: which steps are planned for which organisation,
 * where a session starts and resumes, how "back" and forward walk the plan, and what
 * the findings of the site probes say beside a question.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadChecklists } from '../../src/checklists/load.js';
import type { Checklist, Evidence, Profile } from '../../src/types.js';
import {
  firstStep, isAnswered, newSession, nextStep, planInterview, previousStep, progressOf, summarise, type Mode,
} from '../../src/interview/flow.js';
import { FACTS, channelList, factById } from '../../src/interview/facts.js';
import { channelsOnSite, findingsFor, prefillFact } from '../../src/interview/findings.js';
import { parseTyped, questionSpec, tokenAction } from '../../src/interview/ask.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/mini-checklist.yaml', import.meta.url));
const mini: Checklist[] = loadChecklists([FIXTURE]);
const builtin: Checklist[] = loadChecklists();

const FACT_IDS = FACTS.map((f) => f.id);
const MINI = ['mini.phone-people', 'mini.chat-model', 'mini.indicators', 'mini.email-time'];

function profile(extra: Partial<Profile> = {}, org: Partial<Profile['organisation']> = {}): Profile {
  return {
    organisation: { name: 'Demo', country: 'CO', businessModel: 'b2c', serviceModel: 'MOD-2', ...org },
    channels: [{ type: 'phone' }],
    locations: [],
    targets: { firstResponse: '4h', resolution: '3d' },
    ...extra,
  } as Profile;
}

describe('planInterview', () => {
  it.each<[string, Profile, { area?: string; review?: boolean }, string[]]>([
    ['facts first, then the applicable questions in checklist order', profile(), {}, [...FACT_IDS, ...MINI]],
    ['a declared WhatsApp channel makes its question apply', profile({ channels: [{ type: 'whatsapp' }] }), {}, [...FACT_IDS, ...MINI, 'mini.whatsapp-staffed']],
    ['--area keeps the facts (they decide applicability)', profile(), { area: 'mini' }, [...FACT_IDS, ...MINI]],
    ['--area with --review leaves the facts out', profile(), { area: 'mini', review: true }, MINI],
    ['an unknown area plans only the facts', profile(), { area: 'nope' }, FACT_IDS],
  ])('%s', (_name, p, opts, ids) => {
    expect(planInterview(mini, p, opts).map((s) => s.id)).toEqual(ids);
  });

  it.each<[string, Profile, string, boolean]>([
    ['closed-loop functions need MOD-1', profile({}, { serviceModel: 'MOD-2' }), 'service-model.closed-loop-functions', false],
    ['closed-loop functions apply to MOD-1', profile({}, { serviceModel: 'MOD-1' }), 'service-model.closed-loop-functions', true],
    ['no service model declared: model-specific questions wait', profile({}, { serviceModel: undefined }), 'service-model.phone-confirmation', false],
    ['citizen services apply to public bodies', profile({}, { businessModel: 'public' }), 'self-service.citizen-services-online', true],
    ['citizen services do not apply to a shop', profile(), 'self-service.citizen-services-online', false],
    ['hours in sync need physical locations', profile(), 'alignment.hours-kept-in-sync', false],
    ['a physical channel is a location', profile({ channels: [{ type: 'physical' }] }), 'alignment.hours-kept-in-sync', true],
    ['chat questions need a chat or WhatsApp channel', profile(), 'channels.chat-answered-by-advisor', false],
    ['…and apply once one is declared', profile({ channels: [{ type: 'chat' }] }), 'channels.chat-answered-by-advisor', true],
  ])('built-in: %s', (_name, p, id, planned) => {
    expect(planInterview(builtin, p).some((s) => s.id === id)).toBe(planned);
  });

  it('a new, empty profile plans every fact and no business-model question yet', () => {
    const empty = { organisation: {} } as Profile;
    const plan = planInterview(builtin, empty);
    expect(plan.slice(0, FACT_IDS.length).map((s) => s.id)).toEqual(FACT_IDS);
    expect(plan.some((s) => s.id === 'service-model.post-sale-channels')).toBe(false);
    expect(plan.filter((s) => s.kind === 'fact').every((s) => !isAnswered(s, empty))).toBe(true);
  });
});

describe('resuming and moving', () => {
  const answered = (ids: string[], more: Record<string, unknown> = {}) =>
    profile({ answers: { ...Object.fromEntries(ids.map((id) => [id, true])), ...more } });

  it.each<[string, Profile, Mode, string | undefined]>([
    ['a fresh session starts at the first unanswered question', answered([]), 'ask', 'mini.phone-people'],
    ['resume starts at the first unanswered, past earlier ones', answered(['mini.phone-people', 'mini.chat-model']), 'ask', 'mini.indicators'],
    ['don\'t know counts as handled', answered(['mini.phone-people'], { 'mini.chat-model': { status: 'dont-know' } }), 'ask', 'mini.indicators'],
    ['skipped counts as handled', answered(['mini.phone-people'], { 'mini.chat-model': { status: 'skipped' } }), 'ask', 'mini.indicators'],
    ['a gap is filled first', answered(['mini.phone-people', 'mini.indicators']), 'ask', 'mini.chat-model'],
    ['all answered: nothing to ask', answered(MINI), 'ask', undefined],
    ['review starts at the first answered step (a fact)', answered(['mini.indicators']), 'review', 'organisation.name'],
    ['a missing fact is asked before any question', profile({ answers: {} }, { serviceModel: undefined }), 'ask', 'organisation.serviceModel'],
  ])('%s', (_name, p, mode, expected) => {
    const plan = planInterview(mini, p);
    const i = firstStep(plan, p, mode, newSession());
    expect(i === -1 ? undefined : plan[i].id).toBe(expected);
  });

  it('back goes to the previous step of the plan, and forward replays what this session showed', () => {
    const p = answered(['mini.phone-people', 'mini.chat-model']);
    const plan = planInterview(mini, p);
    const s = newSession();
    const at = (i: number) => (i === -1 ? undefined : plan[i].id);
    expect(at(previousStep(plan, 'mini.indicators'))).toBe('mini.chat-model');
    expect(at(previousStep(plan, 'organisation.name'))).toBeUndefined();
    // Without having been shown, answered steps are passed over going forward…
    expect(at(nextStep(plan, 'mini.phone-people', p, 'ask', s))).toBe('mini.indicators');
    // …but a step shown after "back" is shown again on the way forward.
    s.visited.add('mini.chat-model');
    expect(at(nextStep(plan, 'mini.phone-people', p, 'ask', s))).toBe('mini.chat-model');
    // A fact left open is not asked again in the same session.
    const open = profile({}, { serviceModel: undefined });
    const planOpen = planInterview(mini, open);
    s.deferred.add('organisation.serviceModel');
    expect(planOpen[firstStep(planOpen, open, 'ask', s)].id).toBe('mini.phone-people');
  });

  it('progress counts within the area and overall', () => {
    const plan = planInterview(mini, profile());
    expect(progressOf(plan, 'mini.indicators')).toMatchObject({ area: 'mini', inArea: 3, areaTotal: 4, overall: FACT_IDS.length + 3, total: FACT_IDS.length + 4 });
    expect(progressOf(plan, 'organisation.country')).toMatchObject({ area: 'organisation', inArea: 4, areaTotal: FACT_IDS.length });
  });

  it('summarise counts answered, unknown, skipped, open and not applicable', () => {
    const p = profile({ answers: { 'mini.phone-people': true, 'mini.chat-model': { status: 'dont-know' }, 'mini.indicators': { status: 'skipped' } } });
    expect(summarise(mini, p)).toEqual([
      { id: 'mini', title: mini[0].title, applicable: 4, answered: 1, dontKnow: 1, skipped: 1, open: 1, notApplicable: 1 },
    ]);
  });
});

describe('facts', () => {
  it.each<[string, Profile, string, unknown]>([
    ['business model as a list', profile(), 'organisation.businessModel', ['b2c']],
    ['no service model: unanswered', profile({}, { serviceModel: undefined }), 'organisation.serviceModel', undefined],
    ['channels without the physical one', profile({ channels: [{ type: 'phone' }, { type: 'physical' }] }), 'channels', ['phone']],
    ['no channels key: unanswered', profile({ channels: undefined }), 'channels', undefined],
    ['locations: [] is "no"', profile(), 'locations', false],
    ['a physical channel is "yes"', profile({ channels: [{ type: 'physical' }], locations: undefined }), 'locations', true],
    ['no locations key and no physical channel: unanswered', profile({ locations: undefined }), 'locations', undefined],
  ])('%s', (_name, p, id, expected) => {
    expect(factById(id)!.current(p)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof channelList>, unknown]>([
    ['kept entries keep their details; new types are added', [[{ type: 'phone', value: '+57 1' }, { type: 'email' }], ['phone', 'chat']], [{ type: 'phone', value: '+57 1' }, { type: 'chat' }]],
    ['a physical channel is never dropped here', [[{ type: 'physical' }], ['web']], [{ type: 'physical' }, { type: 'web' }]],
    ['a new entry takes what the site shows', [[], ['whatsapp', 'app'], { whatsapp: { value: '+573001234567' }, app: { url: 'https://play.example/app' } }],
      [{ type: 'whatsapp', value: '+573001234567' }, { type: 'app', url: 'https://play.example/app' }]],
  ])('channelList: %s', (_name, args, expected) => {
    expect(channelList(...args)).toEqual(expected);
  });

  it.each<[string, Profile, boolean, unknown]>([
    ['"no" records locations: [] and drops a physical channel', profile({ channels: [{ type: 'phone' }, { type: 'physical' }], locations: undefined }), false, [
      { path: ['channels'], value: [{ type: 'phone' }] }, { path: ['locations'], value: [] }]],
    ['"yes" without locations declares a physical channel', profile({ locations: undefined }), true, [
      { path: ['channels'], value: [{ type: 'phone' }, { type: 'physical', note: 'list the locations under `locations:`' }] }]],
  ])('locations: %s', (_name, p, answer, changes) => {
    expect(factById('locations')!.changes(p, answer)).toEqual(changes);
  });
});

describe('typed answers and tokens', () => {
  const q = mini[0].checks.find((c) => c.id === 'mini.email-time')!.question!;
  it.each<[string, string, string | undefined]>([
    ['a duration is accepted', '45m', undefined],
    ['words are refused with the reason', '2 hours', 'expected a duration such as 30m, 4h or 2d, got "2 hours"'],
    ['empty text is refused', '', 'expected a duration such as 30m, 4h or 2d, got ""'],
  ])('%s', (_name, text, reason) => {
    expect(questionSpec(q, 'en', undefined).validate!(text)).toBe(reason);
  });

  it.each<[string, boolean, string | undefined]>([
    ['?', true, 'help'], ['<', true, 'back'], ['dk', true, 'dont-know'], ['NS', true, 'dont-know'], ['omitir', true, 'skip'],
    ['dk', false, undefined], ['<', false, 'back'], ['45m', true, undefined],
  ])('token %j (unknown allowed: %s) → %s', (text, allow, action) => {
    expect(tokenAction(text, allow)).toBe(action);
  });

  it('numbers are stored as numbers, durations as written', () => {
    expect(parseTyped({ ...q, type: 'number' }, ' 12 ')).toBe(12);
    expect(parseTyped({ ...q, type: 'number' }, '')).toBe('');
    expect(parseTyped(q, ' 2h ')).toBe('2h');
  });
});

describe('findings from the site', () => {
  const evidence: Evidence = {
    'site.contact.whatsapp': { value: ['+573001234567'], sources: [{ url: 'https://shop.example/contacto', snippet: 'WhatsApp' }] },
    'site.contact.phones': { value: ['+576015550000', '+576015550001', '+576015550002', '+576015550003'], sources: [{ url: 'https://shop.example/' }] },
    'site.contact.emails': { value: [], sources: [] },
    'site.chat.vendors': { error: { code: 'timeout', message: 'page timed out' }, sources: [] },
    'site.selfservice.login': { value: true, sources: [{ url: 'https://shop.example/mi-cuenta?x=1' }] },
    'site.contact.addresses': { value: ['Cra 1 # 2-3'], sources: [{ url: 'https://shop.example/tiendas' }] },
    'site.structuredData.locations': { value: [{ type: 'Store', name: 'Tienda Centro' }, { type: 'Store', name: 'Tienda Norte con un nombre muy largo' }], sources: [{ url: 'https://shop.example/tiendas' }] },
  };

  it.each<[string, string, string[]]>([
    ['channels', 'channels', [
      'Telephone +576015550000, +576015550001 (+2 more) found on /',
      'E-mail: not found on the site',
      'WhatsApp +573001234567 found on /contacto',
      'Live chat: the probe failed (timeout)',
    ]],
    ['physical locations', 'locations', ['Address Cra 1 # 2-3 found on /tiendas', 'Locations in schema.org markup Tienda Centro, Tienda Norte con un nombre muy… found on /tiendas']],
    ['a question on account contents', 'self-service.account-contents', ['Login / account area: found on /mi-cuenta?x=1']],
    ['a question the site says nothing about', 'gaps.contact-protocol', []],
  ])('%s', (_name, id, lines) => {
    expect(findingsFor(id, evidence, 'en')).toEqual(lines);
  });

  it('pre-fills the channels and locations the site shows', () => {
    expect(channelsOnSite(evidence)).toEqual({ web: {}, phone: { value: '+576015550000' }, whatsapp: { value: '+573001234567' } });
    expect(prefillFact('channels', evidence)).toEqual(['web', 'phone', 'whatsapp']);
    expect(prefillFact('locations', evidence)).toBe(true);
    expect(prefillFact('channels', undefined)).toBeUndefined();
  });
});

describe('service-level target facts', () => {
  it.each<[string, string, string | undefined]>([
    ['targets.firstResponse', '4h', undefined],
    ['targets.firstResponse', ' 1 d ', undefined],
    ['targets.resolution', '48h', undefined],
    ['targets.resolution', 'soon', 'expected a duration such as 4h or 2d, got "soon"'],
    ['targets.firstResponse', '4 hours', 'expected a duration such as 4h or 2d, got "4 hours"'],
  ])('%s accepts %j: %s', (id, text, reason) => {
    expect(factById(id)!.validate!(text)?.en).toBe(reason);
  });

  it('writes the target under targets: in the profile, as a duration', () => {
    const f = factById('targets.resolution')!;
    expect(f.changes(profile(), f.parse!(' 5 d '))).toEqual([{ path: ['targets', 'resolution'], value: '5d' }]);
    expect(f.current(profile({ targets: undefined }))).toBeUndefined();
  });
});
