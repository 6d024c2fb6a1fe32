import { describe, expect, it } from 'vitest';
import { dateOrderFor, extractDates, isValidYmd, newestNotFuture, parseDateValue } from '../../src/measure/dates.js';
import { DAY_MS, durationOr, median, parseDuration, percentile } from '../../src/measure/durations.js';
import { zonedInstant, zoneOffsetMinutes } from '../../src/measure/zone.js';

const day = (text: string, locale = 'es-CO') => extractDates(text, { locale }).dates.map((d) => d.iso);

describe('durations', () => {
  it.each([
    ['30m', 30 * 60_000], ['6h', 6 * 3_600_000], ['2d', 2 * DAY_MS], ['1w', 7 * DAY_MS], ['90s', 90_000], [1500, 1500],
  ])('%s → %d ms', (input, ms) => expect(parseDuration(input)).toBe(ms));

  it('tells an absent duration (fallback) from an unreadable one (undefined)', () => {
    expect(durationOr(undefined, 5)).toBe(5);
    expect(durationOr('soon', 5)).toBeUndefined();
  });

  it('computes nearest-rank percentiles and medians', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.95)).toBe(100);
    expect(percentile([], 0.5)).toBeUndefined();
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('dates in text', () => {
  it.each([
    ['7 de mayo de 2012', 'es-CO', '2012-05-07'],
    ['lunes, 7 de mayo del 2012', 'es-CO', '2012-05-07'],
    ['Publicado el 18 de noviembre de 2026.', 'es-CO', '2026-11-18'],
    ['7 may. 2012', 'es-CO', '2012-05-07'],
    ['7-may-2012', 'es-CO', '2012-05-07'],
    ['mayo 7 de 2012', 'es-CO', '2012-05-07'],
    ['1 de septiembre de 2024', 'es-CO', '2024-09-01'],
    ['1 de setiembre de 2024', 'es-PE', '2024-09-01'],
    ['May 7, 2012', 'en-US', '2012-05-07'],
    ['May 7th 2012', 'en-US', '2012-05-07'],
    ['Sept. 7, 2012', 'en-US', '2012-09-07'],
    ['7th of May, 2012', 'en-GB', '2012-05-07'],
    ['7 May 2012', 'en-GB', '2012-05-07'],
    ['12/05/2024', 'es-CO', '2024-05-12'],
    ['12/05/2024', 'en-US', '2024-12-05'],
    ['12/05/2024', 'en-GB', '2024-05-12'],
    ['12/05/2024', 'en', '2024-12-05'],
    ['25/12/2024', 'en-US', '2024-12-25'],
    ['05.11.2026', 'es-CO', '2026-11-05'],
    ['12-05-24', 'es-CO', '2024-05-12'],
    ['2024-05-12', 'en-US', '2024-05-12'],
    ['2024/05/12', 'es-CO', '2024-05-12'],
    ['29/02/2024', 'es-CO', '2024-02-29'],
  ])('%s (%s) → %s', (text, locale, iso) => {
    expect(day(text, locale)).toEqual([iso]);
  });

  it('reads an ISO date-time with its zone as an instant', () => {
    const [d] = extractDates('updated 2026-11-20T10:30:00-05:00').dates;
    expect(d!.iso).toBe('2026-11-20T15:30:00.000Z');
    expect(d!.precision).toBe('time');
  });

  it.each([
    ['31 de febrero de 2024', /no such date/],
    ['29/02/2023', /no such date/],
    ['32/13/2024', /no such date|13/],
    ['2024-13-01', /no such date/],
    ['7 de mayo de 1850', /out of range/],
  ])('rejects %s with the reason', (text, reason) => {
    const r = extractDates(text, { locale: 'es-CO' });
    expect(r.dates).toEqual([]);
    expect(r.rejected[0]?.reason).toMatch(reason);
  });

  it('does not take prices, tax ids, phone numbers or cadastral ids for dates', () => {
    const text = 'Precio $ 1.299.900 · NIT 900.123.456-7 · Tel. (601) 555 0123 · Ficha 01-00-0012-0034-000 · Radicado 2026-PQRSD-004512';
    expect(extractDates(text, { locale: 'es-CO' }).dates).toEqual([]);
  });

  it('finds every date of a news list in order', () => {
    const text = '18 de noviembre de 2026\nNuevo horario\n05/11/2026\nLa tienda…\n2 de octubre de 2026';
    expect(day(text)).toEqual(['2026-11-18', '2026-11-05', '2026-10-02']);
  });

  it('places a date without time at local midnight of the time zone', () => {
    const [d] = extractDates('7 de mayo de 2026', { timeZone: 'America/Bogota' }).dates;
    expect(d!.date.toISOString()).toBe('2026-05-07T05:00:00.000Z');
  });

  it('reads day-first for Spanish and most locales, month-first for en-US', () => {
    expect(dateOrderFor('es-CO')).toBe('dmy');
    expect(dateOrderFor('es-US')).toBe('dmy');
    expect(dateOrderFor('en-US')).toBe('mdy');
    expect(dateOrderFor('en-GB')).toBe('dmy');
    expect(dateOrderFor(undefined)).toBe('dmy');
  });

  it('knows leap years', () => {
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(1900, 2, 29)).toBe(false);
    expect(isValidYmd(2000, 2, 29)).toBe(true);
  });
});

describe('single timestamp values', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026-11', '2026-11'],
    ['2026', '2026'],
    ['Tue, 24 Nov 2026 05:19:30 GMT', '2026-11-24T05:19:30.000Z'],
    [1795000000, new Date(1795000000 * 1000).toISOString()],
    [1795000000000, new Date(1795000000000).toISOString()],
    ['Actualizado el 7 de mayo de 2026', '2026-05-07'],
  ])('%s → %s', (input, iso) => {
    const r = parseDateValue(input, { locale: 'es-CO' });
    expect('iso' in r && r.iso).toBe(iso);
  });

  it.each([
    ['ayer', /no date found/],
    ['', /empty/],
    [null, /not a date/],
    [{ at: 1 }, /not a date/],
    ['2026-13', /no such month/],
    [-5, /not a timestamp/],
  ])('%j is not a date', (input, reason) => {
    const r = parseDateValue(input);
    expect('error' in r && r.error).toMatch(reason);
  });
});

describe('newest date for freshness', () => {
  it('ignores dates after now + 1 day (event calendars)', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const dates = extractDates('Sábado 5 de diciembre de 2026 · 12/12/2026 · 20 de enero de 2027 · 10 de noviembre de 2026 · 25/11/2026', { locale: 'es-CO' }).dates;
    expect(newestNotFuture(dates, now)?.iso).toBe('2026-11-25');
    expect(newestNotFuture(dates, now, 0)?.iso).toBe('2026-11-10');
  });
});

describe('time zones', () => {
  it('knows the offset of a zone and the instant of a local time', () => {
    expect(zoneOffsetMinutes('America/Bogota', new Date('2026-06-01T00:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('Europe/Madrid', new Date('2026-07-01T00:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Nowhere/City', new Date())).toBe(0);
    expect(zonedInstant(2026, 3, 29, 12, 0, 'Europe/Madrid').toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });
});
