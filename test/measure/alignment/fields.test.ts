import { describe, expect, it } from 'vitest';
import { compareHours, compareName, comparePhone, nameSimilarity } from '../../../src/measure/alignment/fields.js';

describe('names, phones and times', () => {
  it.each([
    ['Tienda Andina Chapinero', 'Tienda Andina Chapinero', undefined, 'exact'],
    ['Sede principal y bodega Cali', 'Distribuidora del Valle — Sede principal y bodega Cali', 'Distribuidora del Valle', 'equivalent'],
    ['Casa de la Cultura', 'CASA DE LA CULTURA', undefined, 'equivalent'],
    ['Tienda Andina El Poblado', 'Tienda Andina Laureles', 'Tienda Andina', 'mismatch'],
  ])('name %s vs %s', (a, b, org, result) => {
    expect(compareName(a, b, org)).toBe(result);
  });

  it.each([
    ['+57 (601) 555 0140', '+57 (601) 555 0140', 'exact'],
    ['+57 (601) 555 0140', '+57-601-555-0140', 'equivalent'],
    ['(604) 444 5566', '+57 604 444 5566', 'equivalent'],
    ['(602) 485 9000', 'tel:+576024859000', 'equivalent'],
    ['(601) 832 4588', '+57 601 832 4577', 'mismatch'],
    ['300 123 4567', '+57 300 123 4567', 'equivalent'],
  ])('phone %s vs %s', (a, b, result) => {
    expect(comparePhone(a, b, 'CO')).toBe(result);
  });

  it.each([
    ['Mo-Sa 09:00-20:00; Su 10:00-18:00', 'Mo-Sa 09:00-20:00; Su 10:00-18:00', 'exact'],
    ['Mo-Sa 09:00-20:00; Su 10:00-18:00', 'Lunes a sábado: 9:00 a.m. – 8:00 p.m.\nDomingos y festivos: 10:00 a.m. – 6:00 p.m.', 'equivalent'],
    ['Mo-Fr 08:00-12:00; Mo-Fr 14:00-17:00', 'lunes a viernes de 8:00 a.m. a 12:00 m. y de 2:00 p.m. a 5:00 p.m.', 'equivalent'],
    ['Mo-Sa 10:00-20:00; Su 11:00-18:00', 'Mo-Sa 10:00-21:00; Su 11:00-18:00', 'mismatch'],
  ])('hours %s vs %j', (a, b, result) => {
    expect(compareHours(a, b).result).toBe(result);
  });

  it.each([
    ['the same words', 'Tienda Andina Chapinero', 'TIENDA ANDINA CHAPINERO', undefined, 1],
    ['the shorter name inside the longer', 'Sede principal y bodega Cali', 'Distribuidora del Valle — Sede principal y bodega Cali', 'Distribuidora del Valle', 1],
    ['half the words of the shorter name', 'Tienda Andina El Poblado Norte', 'Tienda Andina Poblado Sur', 'Tienda Andina', 0.5],
    ['only the brand in common', 'Tienda Andina El Poblado', 'Tienda Andina Laureles', 'Tienda Andina', 0],
    ['nothing left once filler words go', 'de la', 'Tienda Andina', undefined, 0],
  ])('name similarity: %s', (_n, a, b, org, share) => {
    expect(nameSimilarity(a, b, org)).toBe(share);
  });
});
