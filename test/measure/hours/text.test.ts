import { describe, expect, it } from 'vitest';
import { formatHours } from '../../../src/measure/hours/format.js';
import { looksLikeHours, parseHoursText } from '../../../src/measure/hours/text.js';

const read = (text: string) => formatHours(parseHoursText(text, { timeZone: 'America/Bogota', at: new Date('2026-11-24T12:00:00Z') }).intervals);

describe('opening hours as written', () => {
  it.each([
    ['24/7', '24/7'],
    ['Mo-Fr 08:00-18:00; Sa 09:00-13:00', 'Mo-Fr 08:00-18:00; Sa 09:00-13:00'],
    ['Mo-Fr 08:00-12:00; Mo-Fr 14:00-17:00', 'Mo-Fr 08:00-12:00,14:00-17:00'],
    ['Mo-Fr 08:00-12:00,14:00-17:00', 'Mo-Fr 08:00-12:00,14:00-17:00'],
    ['Tu-Sa 09:00-18:00; Su 09:00-13:00', 'Tu-Sa 09:00-18:00; Su 09:00-13:00'],
    ['Mo-Sa 09:00-18:00; Th off', 'Mo-We 09:00-18:00; Fr,Sa 09:00-18:00'],
    ['Mo-Su 00:00-24:00', '24/7'],
    ['Fr 22:00-02:00', 'Fr 22:00-24:00; Sa 00:00-02:00'],
    ['Su 20:00-01:00', 'Mo 00:00-01:00; Su 20:00-24:00'],
    ['Lunes a viernes 8:00 a.m. – 12:00 m. y 2:00 p.m. – 5:00 p.m.', 'Mo-Fr 08:00-12:00,14:00-17:00'],
    ['lunes a viernes de 8:00 a.m. a 12:00 m. y de 2:00 p.m. a 5:00 p.m.', 'Mo-Fr 08:00-12:00,14:00-17:00'],
    ['Lunes a sábado: 10:00 a.m. – 9:00 p.m.', 'Mo-Sa 10:00-21:00'],
    ['Lunes a viernes 7:30 a.m. – 5:30 p.m. · Sábados 8:00 a.m. – 12:00 m.', 'Mo-Fr 07:30-17:30; Sa 08:00-12:00'],
    ['Lunes a sábado 7:00 a.m. – 9:00 p.m.\nDomingos y festivos 9:00 a.m. – 6:00 p.m.', 'Mo-Sa 07:00-21:00; Su 09:00-18:00'],
    ['Martes a sábado de 9:00 a.m. a 6:00 p.m. · Domingos de 9:00 a.m. a 1:00 p.m.', 'Tu-Sa 09:00-18:00; Su 09:00-13:00'],
    ['L-V 8-18', 'Mo-Fr 08:00-18:00'],
    ['L a S 8:00 - 20:00', 'Mo-Sa 08:00-20:00'],
    ['de 8 a 5 de lunes a viernes', 'Mo-Fr 08:00-17:00'],
    ['de 8 a 12 de lunes a viernes y de 9 a 1 los sábados', 'Mo-Fr 08:00-12:00; Sa 09:00-13:00'],
    ['Mar a Sáb 10:00-19:00', 'Tu-Sa 10:00-19:00'],
    ['lunes, miércoles y viernes 8:00 - 12:00', 'Mo 08:00-12:00; We 08:00-12:00; Fr 08:00-12:00'],
    ['todos los días de 6:00 a.m. a 10:00 p.m.', 'Mo-Su 06:00-22:00'],
    ['Lunes a viernes 24 horas', 'Mo-Fr 00:00-24:00'],
    ['Atención 24 horas, 7 días a la semana', '24/7'],
    ['Monday to Friday 9am–5pm', 'Mo-Fr 09:00-17:00'],
    ['Mon–Fri 9:00 AM - 5:00 PM, Sat 10am-2pm', 'Mo-Fr 09:00-17:00; Sa 10:00-14:00'],
    ['Weekdays 8:30-17:00', 'Mo-Fr 08:30-17:00'],
    ['Monday–Friday 1-5 pm', 'Mo-Fr 13:00-17:00'],
    ['Mo-Fr 12:00 a.m. - 12:00 p.m.', 'Mo-Fr 00:00-12:00'],
    ['Lunes a viernes 17:00 h a 22:00 h', 'Mo-Fr 17:00-22:00'],
    ['Lunes a viernes de 8h00 a 17h30', 'Mo-Fr 08:00-17:30'],
  ])('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('ignores numbers that are dates, addresses and phones', () => {
    expect(read('A partir del 5 de noviembre la tienda de Medellín (Carrera 43A No. 1 Sur - 100) atiende de lunes a sábado de 10:00 a.m. a 9:00 p.m.')).toBe('Mo-Sa 10:00-21:00');
    expect(read('Atendemos de lunes a viernes de 7:00 a.m. a 4:00 p.m. en la Calle 10 # 32-25.')).toBe('Mo-Fr 07:00-16:00');
    expect(read('PBX +57 (602) 486 7000, lunes a viernes de 7:30 a.m. a 5:30 p.m.')).toBe('Mo-Fr 07:30-17:30');
  });

  it('notes public holidays without placing them in the week', () => {
    const h = parseHoursText('Domingos y festivos: 11:00 a.m. – 6:00 p.m.');
    expect(formatHours(h.intervals)).toBe('Su 11:00-18:00');
    expect(h.holidays).toBe(true);
  });

  it('reports what it cannot read instead of inventing hours', () => {
    const h = parseHoursText('Consulte nuestros horarios en tienda');
    expect(h.intervals).toEqual([]);
    expect(h.unparsed.length).toBeGreaterThan(0);
  });

  it('reads times without days as every day, and says so', () => {
    const h = parseHoursText('Horario: 8:00 a.m. a 6:00 p.m.');
    expect(formatHours(h.intervals)).toBe('Mo-Su 08:00-18:00');
    expect(h.notes).toContainEqual({ id: 'evidence.hours.note.noDays' });
  });

  it('moves hours stated with an explicit UTC offset into the profile time zone', () => {
    const h = parseHoursText('Mo-Fr 08:00-18:00 UTC-3', { timeZone: 'America/Bogota', at: new Date('2026-11-24T12:00:00Z') });
    expect(formatHours(h.intervals)).toBe('Mo-Fr 06:00-16:00');
  });
});

describe('lines that state hours', () => {
  it('recognises lines that state hours', () => {
    expect(looksLikeHours('Lunes a viernes 7:30 a.m. – 5:30 p.m.')).toBe(true);
    expect(looksLikeHours('Atención 24/7')).toBe(true);
    expect(looksLikeHours('Precio $ 1.299.900')).toBe(false);
  });
});
