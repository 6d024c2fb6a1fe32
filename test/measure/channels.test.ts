import { describe, expect, it } from 'vitest';
import { channelMatrix, serviceHours } from '../../src/measure/channels.js';
import type { SiteSignals } from '../../src/measure/signals.js';
import type { Profile, Source } from '../../src/types.js';

const src = (url: string): Source[] => [{ url }];
const signals = (over: Partial<SiteSignals> = {}): SiteSignals => ({
  phones: new Map([['+576024867000', src('http://x/')], ['+573156789012', src('http://x/contacto/')]]),
  emails: new Map([['ventas@x.example', src('http://x/')]]),
  whatsapp: new Map(), chat: new Map(), social: new Map([['https://www.linkedin.com/company/x', src('http://x/')]]), apps: new Map(),
  locations: [{ name: 'Sede', address: 'Cra. 1 # 45-80', telephones: [] }], contactPoints: [], addresses: [], hoursTexts: [], delivery: [], origin: {},
  ...over,
});
const profile: Profile = {
  organisation: { name: 'X', country: 'CO', businessModel: 'b2b', timezone: 'America/Bogota' },
  channels: [
    { type: 'web', url: 'https://www.x.example/' },
    { type: 'phone', value: '+57 (602) 486 7000', hours: 'Mo-Fr 07:30-17:30; Sa 08:00-12:00' },
    { type: 'email', value: 'pedidos@x.example' },
    { type: 'email', value: 'ventas@x.example' },
    { type: 'whatsapp', value: '+57 315 678 9012', hours: 'Mo-Fr 07:30-17:30' },
    { type: 'chat', value: 'chat' },
    { type: 'api', value: 'EDI' },
    { type: 'physical', value: '2 sedes' },
  ],
  targets: { serviceHours: 'Mo-Fr 07:00-19:00' },
};

describe('channel matrix', () => {
  const m = channelMatrix(profile, signals(), { country: 'CO', siteReachable: true, target: 'http://x/' });
  const row = (c: string) => m.rows.find((r) => r.channel === c)!;

  it.each([
    ['web', true, true],
    ['phone', true, true],
    ['email', true, true],
    ['whatsapp', true, false],
    ['chat', true, false],
    ['physical', true, true],
    ['social', false, true],
    ['app', false, false],
  ])('%s: declared %s, found %s', (channel, declared, found) => {
    expect(row(channel).declared).toBe(declared);
    expect(row(channel).found).toBe(found);
  });

  it('says when a declared WhatsApp number is shown only as a phone', () => {
    expect(row('whatsapp').detail).toContain('+573156789012 is shown only as a phone number');
  });

  it('lists declared e-mails the site does not show', () => {
    expect(row('email').detail).toBe('declared but not on the site: pedidos@x.example');
  });

  it('does not expect an API (EDI) channel on a public site', () => {
    expect(row('api')).toMatchObject({ declared: true, expected: false });
    // web, phone, email, whatsapp, chat, physical: 4 of 6 found
    expect(m.counted).toBe(6);
    expect(m.share).toBeCloseTo(4 / 6, 3);
  });

  it('has no share when nothing is declared', () => {
    expect(channelMatrix({ organisation: profile.organisation }, signals(), { country: 'CO', siteReachable: true, target: 'http://x/' }).share).toBeUndefined();
  });
});

describe('service hours', () => {
  const at = new Date('2026-11-24T12:00:00Z');
  const spec = (days: string[], opens: string, closes: string) => ({ dayOfWeek: days, opens, closes });

  it('measures ContactPoint hours against 24 × 7 and the target', () => {
    const ev = serviceHours(profile, signals({
      contactPoints: [{ name: 'PBX', telephone: '+57 602 486 7000', hoursRaw: [spec(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], '07:30', '17:30'), spec(['Saturday'], '08:00', '12:00')], pageUrl: 'http://x/' }],
    }), { country: 'CO', timeZone: 'America/Bogota', at });
    expect(ev['site.hours.coverage247']!.value).toBe(Number((54 / 168).toFixed(3)));
    expect(ev['site.hours.published']!.value).toBe('Mo-Fr 07:30-17:30; Sa 08:00-12:00');
    expect(ev['site.hours.targetCoverage']!.value).toBe(Number((50 / 60).toFixed(3)));
    const rows = ev['site.hours.byChannel']!.value as { channel: string; declared?: string; site?: string; declaredCoverage247?: number }[];
    expect(rows.find((r) => r.channel === 'phone')).toMatchObject({ declared: 'Mo-Fr 07:30-17:30; Sa 08:00-12:00', site: 'Mo-Fr 07:30-17:30; Sa 08:00-12:00' });
  });

  it('uses written hours on non-store pages when there is no ContactPoint', () => {
    const ev = serviceHours(profile, signals({
      hoursTexts: [
        { text: 'Lunes a viernes 8:00 a.m. – 12:00 m. y 2:00 p.m. – 5:00 p.m.', source: { url: 'http://x/' } },
        { text: 'Lunes a domingo 6:00 a.m. – 10:00 p.m.', source: { url: 'http://x/tiendas/' } },
      ],
    }), { country: 'CO', timeZone: 'America/Bogota', at });
    expect(ev['site.hours.published']!.value).toBe('Mo-Fr 08:00-12:00,14:00-17:00');
    expect(ev['site.hours.coverage247']!.value).toBe(Number((35 / 168).toFixed(3)));
  });

  it('is missing, not zero, when the site publishes no hours', () => {
    const ev = serviceHours(profile, signals(), { country: 'CO', timeZone: 'America/Bogota', at });
    expect(ev['site.hours.coverage247']).toMatchObject({ missing: expect.stringContaining('no service hours') });
  });

  it('notes a channel whose declared hours cannot be read as a catalogue message, not English text', () => {
    const unreadable: Profile = { ...profile, channels: [{ type: 'phone', value: '+57 (602) 486 7000', hours: 'cuando se pueda' }] };
    const rows = serviceHours(unreadable, signals(), { country: 'CO', timeZone: 'America/Bogota', at })['site.hours.byChannel']!.value as { notes?: unknown }[];
    expect(rows[0]!.notes).toEqual([{ id: 'evidence.hours.channelUnreadable', values: { hours: 'cuando se pueda' } }]);
  });

  it('is an error when the published hours cannot be read', () => {
    const ev = serviceHours(profile, signals({ contactPoints: [{ name: 'PBX', hoursRaw: 'cuando se pueda' }] }), { country: 'CO', timeZone: 'America/Bogota', at });
    expect(ev['site.hours.coverage247']!.error?.code).toBe('unparseable-hours');
  });
});
