import { describe, expect, it } from 'vitest';
import { looksOsm, tokenize, type Tok } from '../../../src/measure/hours/tokens.js';

const show = (t: Tok) => (t.t === 'day' ? `day ${t.days.join(',')}` : t.t === 'time' ? `time ${t.h}:${String(t.m).padStart(2, '0')}${t.mer ? ` ${t.mer}` : ''}` : t.t);
const tokens = (text: string, osm = false) => tokenize(text, osm).toks.map(show).join(' | ');

describe('tokens of a written schedule', () => {
  it.each([
    ['L-V 8-18', 'day 0 | range | day 4 | time 8:00 | range | time 18:00'],
    ['8:00 a.m. a 6:00 p.m.', 'time 8:00 am | range | time 6:00 pm'],
    ['12 m.', 'time 12:00 noon'],
    ['mediodía', 'time 12:00 noon'],
    ['medianoche', 'time 24:00'],
    ['17 hrs', 'time 17:00'],
    ['8h30', 'time 8:30'],
    ['mar a sáb', 'day 1 | range | day 5'],
    ['todos los días', 'day 0,1,2,3,4,5,6'],
    ['Domingos y festivos', 'day 6 | list | holiday'],
    ['Lunes\nMartes', 'day 0 | sep | day 1'],
    ['24/7', 'always'],
    ['24 horas', 'allday'],
    ['cerrado', 'closed'],
  ])('%j → %s', (text, expected) => {
    expect(tokens(text)).toBe(expected);
  });

  it('never reads a number of three or more digits as a time', () => {
    expect(tokenize('año 2026', false).toks.some((t) => t.t === 'time')).toBe(false);
  });

  it('reads OSM day codes as days only in OSM-style text', () => {
    expect(tokens('Mo-Fr', true)).toBe('day 0 | range | day 4');
    expect(tokenize('Mo-Fr', false).unknown).toEqual(['mo', 'fr']);
  });

  it('lists the words it does not know, and skips filler', () => {
    expect(tokenize('Consulte nuestros horarios', false).unknown).toEqual(['consulte', 'nuestros']);
  });
});

describe('OSM-style text', () => {
  it.each([
    ['Mo-Fr 08:00-18:00; Su off', true],
    ['PH closed', true],
    ['Lunes a viernes 8-17', false],
    ['Mo-Fr 08:00-18:00 except holidays', false],
    ['08:00-18:00', false],
  ])('%j → %s', (text, osm) => {
    expect(looksOsm(text)).toBe(osm);
  });
});
