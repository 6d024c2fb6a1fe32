import { describe, expect, it } from 'vitest';
import { copyrightYear } from '../../../src/measure/freshness/copyright.js';

describe('copyright year', () => {
  it.each([
    ['© 2026 Tienda Andina S.A.S.', 2026],
    ['Copyright © 2019–2023 Distribuidora', 2023],
    ['(c) 2021 ACME', 2021],
    ['Todos los derechos reservados 2022', 2022],
    ['2018-2024 © Alcaldía', 2024],
    ['San Isidro, compromiso de todos 2024–2027', undefined],
  ])('%s → %s', (text, year) => {
    expect(copyrightYear(text)?.year).toBe(year);
  });

  it('keeps the latest year on the page and the line it was read from', () => {
    expect(copyrightYear('Inicio\n© 2021 Tienda\nMapa del sitio\nCopyright © 2019–2024 Tienda Andina S.A.S.')).toEqual({ year: 2024, snippet: 'Copyright © 2019–2024 Tienda Andina S.A.S.' });
  });
});
