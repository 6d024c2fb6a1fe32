import { describe, expect, it } from 'vitest';
import { text } from '../../../src/i18n/index.js';
import { compareLocations } from '../../../src/measure/alignment/nap.js';
import type { PageDoc } from '../../../src/measure/pages.js';
import type { StructuredLocation } from '../../../src/measure/signals.js';
import type { Location } from '../../../src/types.js';

const opts = { country: 'CO', timeZone: 'America/Bogota', at: new Date('2026-11-24T12:00:00Z'), orgName: 'Tienda Andina' };
const spec = (days: string[], opens: string, closes: string) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens, closes });
const MO_SA = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const declared: Location = { name: 'Tienda Andina El Poblado', address: 'Cra. 43A # 1 Sur-100', city: 'Medellín', phone: '(604) 444 5566', hours: 'Mo-Sa 10:00-20:00; Su 11:00-18:00' };
const site = (over: Partial<StructuredLocation> = {}): StructuredLocation => ({
  name: 'Tienda Andina El Poblado', address: 'Carrera 43A No. 1 Sur - 100', telephones: ['+57-604-444-5566'],
  hoursRaw: [spec(MO_SA, '10:00', '20:00'), spec(['Sunday', 'PublicHolidays'], '11:00', '18:00')], url: 'http://site/tiendas/', ...over,
});

describe('NAP scorer', () => {
  it.each([
    ['all fields equivalent', [site()], 100, []],
    ['closing time differs', [site({ hoursRaw: [spec(MO_SA, '10:00', '21:00'), spec(['Sunday'], '11:00', '18:00')] })], 75, ['hours:mismatch']],
    ['another phone', [site({ telephones: ['+57 604 444 5500'] })], 75, ['phone:mismatch']],
    ['no phone in the structured data', [site({ telephones: [] })], 75, ['phone:missing']],
    ['another address', [site({ address: 'Carrera 43A No. 5 Sur - 100' })], 75, ['address:mismatch']],
    ['location absent from the site', [], 0, ['location:missing']],
  ])('%s', (_n, locations, score, diffs) => {
    const r = compareLocations([declared], { locations, docs: [] }, opts);
    expect(r.score).toBe(score);
    expect(r.differences.map((d) => `${d.field}:${d.status}`)).toEqual(diffs);
  });

  it('lists every difference with declared, found and the page', () => {
    const r = compareLocations([declared], { locations: [site({ hoursRaw: [spec(MO_SA, '10:00', '21:00'), spec(['Sunday'], '11:00', '18:00')] })], docs: [] }, opts);
    expect(r.differences).toEqual([{
      location: 'Tienda Andina El Poblado', field: 'hours', declared: 'Mo-Sa 10:00-20:00; Su 11:00-18:00', found: 'Mo-Sa 10:00-21:00; Su 11:00-18:00',
      url: 'http://site/tiendas/', status: 'mismatch', detail: 'Mo-Sa: 10:00-20:00 declared, 10:00-21:00 found', detailReason: expect.anything(),
    }]);
    expect(text('es', r.differences[0]!.detailReason)).toBe('Mo-Sa: 10:00-20:00 declarado, 10:00-21:00 encontrado');
    expect(r.comparisons.map((c) => `${c.field}:${c.result}`)).toEqual(['name:exact', 'address:equivalent', 'phone:equivalent', 'hours:mismatch']);
  });

  it('matches each declared location to its own site location, whatever the order', () => {
    const chapinero: Location = { name: 'Tienda Andina Chapinero', address: 'Cl. 72 # 10-34', phone: '+57 (601) 555 0140', hours: 'Mo-Sa 09:00-20:00; Su 10:00-18:00' };
    const siteChapinero = site({ name: 'Tienda Andina Chapinero', address: 'Calle 72 # 10-34', telephones: ['+57-601-555-0140'], hoursRaw: [spec(MO_SA, '09:00', '20:00'), spec(['Sunday'], '10:00', '18:00')] });
    const r = compareLocations([declared, chapinero], { locations: [siteChapinero, site()], docs: [] }, opts);
    expect(r.score).toBe(100);
  });

  it('falls back to the visible text of the stores page', () => {
    const doc: PageDoc = {
      url: 'http://site/tiendas/', requested: 'http://site/tiendas/', kinds: ['storeLocator'], headers: {}, times: [],
      text: 'Nuestras tiendas\nTienda Andina Chapinero\nCalle 72 # 10-34\nTeléfono: (601) 555 0140\nTienda Andina El Poblado\nCarrera 43A No. 1 Sur - 100\nEl Poblado, Medellín\nTeléfono: (604) 444 5566\nLunes a sábado: 10:00 a.m. – 9:00 p.m.\nDomingos y festivos: 11:00 a.m. – 6:00 p.m.',
    };
    const other: Location = { name: 'Tienda Andina Chapinero', address: 'Cl. 72 # 10-34' };
    const r = compareLocations([declared, other], { locations: [], docs: [doc] }, opts);
    expect(r.comparisons.filter((c) => c.location === declared.name).map((c) => `${c.field}:${c.result}`)).toEqual(['name:exact', 'address:equivalent', 'phone:equivalent', 'hours:mismatch']);
    expect(r.differences.find((d) => d.field === 'hours')?.found).toBe('Mo-Sa 10:00-21:00; Su 11:00-18:00');
  });

  it('finds the place among visible addresses when nothing else names it', () => {
    const r = compareLocations([declared], { locations: [], docs: [], addresses: [{ text: 'Carrera 43A No. 1 Sur - 100, Medellín', source: { url: 'http://site/contacto/' } }] }, opts);
    expect(r.comparisons.map((c) => `${c.field}:${c.result}`)).toEqual(['name:missing', 'address:equivalent', 'phone:missing', 'hours:missing']);
    expect(r.score).toBe(25);
  });

  it('skips fields the profile leaves out and notes hours it cannot read', () => {
    const noPhone: Location = { name: 'Inspección de Policía', address: 'Vereda El Carmen, Km 4', hours: 'cuando haya turno' };
    const r = compareLocations([noPhone], { locations: [{ name: 'Inspección de Policía', address: 'Vereda El Carmen, Km 4', telephones: [], hoursRaw: 'Mo-Fr 08:00-13:00' }], docs: [] }, opts);
    expect(r.score).toBe(100);
    expect(r.comparisons.map((c) => c.field)).toEqual(['name', 'address']);
    expect(r.notes.join()).toContain('could not be read');
  });
});
