import { describe, expect, it } from 'vitest';
import { formatHours } from '../../../src/measure/hours/format.js';
import { parseHours } from '../../../src/measure/hours/schema.js';

describe('schema.org hours', () => {
  const spec = (days: string[], opens: string, closes: string, extra: Record<string, unknown> = {}) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens, closes, ...extra });

  it.each([
    ['OpeningHoursSpecification list', [spec(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], '10:00', '21:00'), spec(['Sunday', 'PublicHolidays'], '11:00', '18:00')], 'Mo-Sa 10:00-21:00; Su 11:00-18:00'],
    ['schema.org URLs as days', [spec(['https://schema.org/Monday', 'http://schema.org/Tuesday'], '08:00:00', '17:00:00')], 'Mo,Tu 08:00-17:00'],
    ['a single day as a string', spec(['Saturday'], '09:00', '13:00'), 'Sa 09:00-13:00'],
    ['closes 23:59 means midnight', [spec(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], '00:00', '23:59')], '24/7'],
    ['00:00–00:00 is closed', [spec(['Monday', 'Tuesday'], '09:00', '17:00'), spec(['Tuesday'], '00:00', '00:00')], 'Mo 09:00-17:00'],
    ['special days are left out', [spec(['Monday'], '09:00', '17:00'), spec(['Monday'], '10:00', '12:00', { validFrom: '2026-12-24', validThrough: '2026-12-24' })], 'Mo 09:00-17:00'],
    ['openingHours strings', ['Mo-Fr 08:00-17:00', 'Sa 09:00-12:00'], 'Mo-Fr 08:00-17:00; Sa 09:00-12:00'],
    ['an object holding hoursAvailable', { hoursAvailable: [spec(['Monday'], '08:00', '12:00')] }, 'Mo 08:00-12:00'],
  ])('%s', (_name, input, expected) => {
    expect(formatHours(parseHours(input).intervals)).toBe(expected);
  });

  it('reads a specification without dayOfWeek as every day, and says so', () => {
    const h = parseHours({ '@type': 'OpeningHoursSpecification', opens: '08:00', closes: '17:00' });
    expect(formatHours(h.intervals)).toBe('Mo-Su 08:00-17:00');
    expect(h.notes).toEqual([{ id: 'evidence.hours.note.everyDaySpec' }]);
  });

  it('lists what it cannot read instead of inventing hours', () => {
    expect(parseHours({ name: 'Sede' }).unparsed).toEqual(['{"name":"Sede"}']);
    expect(parseHours(spec(['Monday'], 'noon', '17:00')).unparsed).toEqual(['opens noon closes 17:00']);
  });
});
