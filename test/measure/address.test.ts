import { describe, expect, it } from 'vitest';
import { addressKey, compareAddress, looksLikeAddress } from '../../src/measure/address.js';
import { compareHours, compareName, comparePhone } from '../../src/measure/alignment.js';

describe('Colombian address forms', () => {
  it.each([
    ['Cra. 43A # 1 Sur-100', 'KR 43A 1 100 S'],
    ['Carrera 43A No. 1 Sur - 100', 'KR 43A 1 100 S'],
    ['KR 43 A 1 SUR 100', 'KR 43A 1 100 S'],
    ['Cr 43a N° 1 sur-100', 'KR 43A 1 100 S'],
    ['Cl. 72 # 10-34', 'CL 72 10 34'],
    ['Calle 72 No 10-34', 'CL 72 10 34'],
    ['CL 72 10 34', 'CL 72 10 34'],
    ['Cll 72 bis # 10-34', 'CL 72BIS 10 34'],
    ['Av. 6N # 23-45', 'AV 6N 23 45'],
    ['Avenida 6N # 23-45', 'AV 6N 23 45'],
    ['Av. Calle 26 # 59-51', 'AC 26 59 51'],
    ['Avenida Carrera 68 # 24-10', 'AK 68 24 10'],
    ['Dg. 15 # 20-30', 'DG 15 20 30'],
    ['Diagonal 15 Nº 20-30', 'DG 15 20 30'],
    ['Tv. 5 # 8-12', 'TV 5 8 12'],
    ['Transversal 5 No. 8-12', 'TV 5 8 12'],
    ['Vereda El Carmen, Km 4 vía San Isidro', undefined],
  ])('%s → %s', (written, key) => {
    expect(addressKey(written)).toBe(key);
  });

  it.each([
    ['Cra. 43A # 1 Sur-100', 'Cra. 43A # 1 Sur-100', 'exact'],
    ['Cra. 43A # 1 Sur-100', 'Carrera 43A No. 1 Sur - 100', 'equivalent'],
    ['Cl. 72 # 10-34', 'Calle 72 # 10-34', 'equivalent'],
    ['Cra. 7 # 5-20, Parque Principal', 'Carrera 7 No. 5-20, Parque Principal', 'equivalent'],
    ['Cra. 1 # 45-80, Bodega 3', 'Carrera 1 No. 45-80, Bodega 3', 'equivalent'],
    ['Cl. 6 # 7-45, piso 2', 'Calle 6 # 7-45', 'equivalent'],
    ['Calle 72 # 10-34', 'Calle 72 # 10-34, Chapinero, Bogotá', 'equivalent'],
    ['Cl. 4 # 9-12', 'Calle 4 No. 9-12', 'equivalent'],
    ['Cra. 1 # 45-80, Bodega 3', 'Carrera 1 No. 45-80, Bodega 4', 'mismatch'],
    ['Cl. 72 # 10-34', 'Calle 72 # 10-36', 'mismatch'],
    ['Cl. 72 # 10-34', 'Carrera 72 # 10-34', 'mismatch'],
    ['Cra. 43A # 1 Sur-100', 'Carrera 43A No. 1 - 100', 'mismatch'],
    ['Vereda El Carmen, Km 4 vía San Isidro - La Mesa', 'Vereda El Carmen, kilómetro 4 vía San Isidro – La Mesa', 'equivalent'],
    ['Vereda El Carmen, Km 4', 'Vereda La Esperanza, Km 9', 'mismatch'],
  ])('%s vs %s: %s', (a, b, result) => {
    expect(compareAddress(a, b).result).toBe(result);
  });

  it('says why two addresses differ', () => {
    expect(compareAddress('Cl. 72 # 10-34', 'Calle 72 # 10-36').reason).toBe('street CL 72 10 34 declared, CL 72 10 36 found');
  });

  it('recognises address lines, not prices or dates', () => {
    expect(looksLikeAddress('Calle 72 # 10-34')).toBe(true);
    expect(looksLikeAddress('Carrera 43A No. 1 Sur - 100')).toBe(true);
    expect(looksLikeAddress('Calle 72')).toBe(false);
    expect(looksLikeAddress('$ 1.299.900')).toBe(false);
  });
});

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
});
