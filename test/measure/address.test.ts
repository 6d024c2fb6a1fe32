import { describe, expect, it } from 'vitest';
import { addressKey, compareAddress, looksLikeAddress } from '../../src/measure/address.js';

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
