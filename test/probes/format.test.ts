/**
 * The readable listing of `readiness probe` is a pure function of the result and the
 * reader's language: every line a person reads comes from the catalogue (no message id
 * or English word leaks into the Spanish listing), and numbers are written as the
 * reader's locale writes them.
 */
import { describe, expect, it } from 'vitest';
import { formatProbeResult } from '../../src/probes/format.js';
import type { PageLeft } from '../../src/probes/types.js';
import type { Lang } from '../../src/types.js';

const result = (left?: PageLeft) => ({
  target: 'https://tienda.example/',
  pages: [
    { url: 'https://tienda.example/', status: 200, depth: 0, kind: ['home' as const], ...(left ? { left } : {}) },
    { url: 'https://tienda.example/ayuda/', status: 404, depth: 1, kind: [], error: { code: 'http-404', message: 'HTTP 404', reason: { id: 'evidence.page.http' as const, values: { status: 404 } } } },
  ],
  budget: [{ pattern: '/catalogo/pagina/*', read: 5, skipped: 1 }],
  evidence: {
    'site.contact.phones': { value: ['+576015550199'], sources: [{ url: 'https://tienda.example/' }], origin: 'probe' as const },
    'site.selfservice.login': { value: true, sources: [], origin: 'probe' as const },
    'site.pages.errorRate': { value: 0.475, sources: [], origin: 'probe' as const },
    'site.social.profiles': { value: [], sources: [], origin: 'probe' as const },
  },
});

describe('formatProbeResult', () => {
  const cases: { lang: Lang; contains: RegExp[] }[] = [
    { lang: 'en', contains: [/^Site probe: https:\/\/tienda\.example\//, /Telephones\s+\+576015550199/, /Login \/ account\s+yes/, /Page error rate\s+0\.48/, /Social profiles\s+none found/, /Pages \(2 visited, 1 with errors\)/, /\(depth 1\)/, /5 read · 1 held back {2}\/catalogo\/pagina\/\*/] },
    { lang: 'es', contains: [/^Sondeo del sitio: https:\/\/tienda\.example\//, /Teléfonos\s+\+576015550199/, /Inicio de sesión \/ cuenta\s+sí/, /Tasa de páginas con error\s+0,48/, /Perfiles sociales\s+no se encontró ninguno/, /Páginas \(2 visitadas, 1 con error\)/, /\(profundidad 1\)/, /5 leídas · 1 retenida {2}\/catalogo\/pagina\/\*/] },
  ];
  for (const { lang, contains } of cases) {
    it(`writes the listing in ${lang}`, () => {
      const out = formatProbeResult(result(), lang);
      for (const re of contains) expect(out).toMatch(re);
      expect(out).not.toMatch(/probe\.[a-z]+\.|evidence\.page\./);
    });
  }

  const left: { how: PageLeft['how']; en: RegExp; es: RegExp }[] = [
    { how: 'script', en: /tried to leave the site for https:\/\/sso\.example\/; what it showed was read/, es: /intentó salir del sitio hacia https:\/\/sso\.example\// },
    { how: 'loop', en: /kept navigating .*stopped at https:\/\/sso\.example\//, es: /siguió navegando .*se detuvo en https:\/\/sso\.example\// },
    { how: 'unreadable', en: /sent the browser to https:\/\/sso\.example\/, which answered HTTP 404; visited again/, es: /llevó el navegador a https:\/\/sso\.example\/, que respondió HTTP 404; se visitó de nuevo/ },
  ];
  for (const { how, en, es } of left) {
    it(`says where a page went by itself (${how}) in both languages`, () => {
      const l: PageLeft = { to: 'https://sso.example/', how, ...(how === 'unreadable' ? { status: 404 } : {}) };
      expect(formatProbeResult(result(l), 'en')).toMatch(en);
      expect(formatProbeResult(result(l), 'es')).toMatch(es);
    });
  }
});
