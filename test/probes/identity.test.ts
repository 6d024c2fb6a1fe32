/**
 * Site identity: which URLs are the organisation's own, and how a copy served
 * elsewhere reads its production links. Pure; tables of real host shapes.
 */
import { describe, expect, it } from 'vitest';
import { domainOf, isOwn, isPlatformHost, siteIdentity, toServed, withDeclaredOrigin } from '../../src/probes/identity.js';

describe('the registrable domain of a URL (Public Suffix List)', () => {
  it.each([
    ['https://www.exito.com/', 'exito.com'],
    ['https://ayuda.falabella.com.co/s/', 'falabella.com.co'],
    ['https://www.bancolombia.com.co/personas', 'bancolombia.com.co'],
    ['https://sac.magazineluiza.com.br/', 'magazineluiza.com.br'],
    ['https://www.gov.br/pt-br', 'www.gov.br'],
    ['https://support.example.co.uk/hc/en-gb', 'example.co.uk'],
    // Each site on a hosting platform's shared suffix is its own organisation.
    ['https://tienda.github.io/', 'tienda.github.io'],
    ['https://pr-12-tienda.vercel.app/', 'pr-12-tienda.vercel.app'],
    // Two servers on one loopback address are two sites.
    ['http://127.0.0.1:8080/contacto', '127.0.0.1:8080'],
    ['http://localhost:3000/', 'localhost:3000'],
    ['https://www.tiendaandina.example/', 'tiendaandina.example'],
    ['mailto:ayuda@tienda.co', ''],
    ['not a url', ''],
  ])('%s → %s', (url, domain) => {
    expect(domainOf(url)).toBe(domain);
  });
});

describe('what is ours on a live site', () => {
  const id = siteIdentity({ target: 'https://www.example.cl/' });
  it.each([
    ['https://www.example.cl/contacto', true],
    ['https://example.cl/', true],
    // Sibling hosts of the same organisation: a help centre, a customer portal.
    ['https://ayuda.example.cl/hc/es', true],
    ['https://clientes.example.cl/login', true],
    ['http://www.example.cl/', true],
    // Another organisation, even one whose name contains ours.
    ['https://www.example.com/', false],
    ['https://example.cl.evil.com/', false],
    ['https://policies.google.com/privacy', false],
    ['https://tienda.zendesk.com/hc/es', false],
  ])('%s is ours: %s', (url, own) => {
    expect(isOwn(id, url)).toBe(own);
  });

  it('maps nothing: a live site reads its own URLs', () => {
    expect(id.mapped).toBe(false);
    expect(toServed(id, 'https://www.example.cl/contacto')).toBe('https://www.example.cl/contacto');
  });
});

describe('a copy served elsewhere reads its production links from the copy', () => {
  it.each([
    // --serve: a folder on 127.0.0.1 told its production origin (--origin or the profile's website).
    ['http://127.0.0.1:4567/', 'https://www.tiendaandina.example/', 'https://www.tiendaandina.example/contacto/?a=1', 'http://127.0.0.1:4567/contacto/?a=1'],
    // www. and bare, http and https name the same production site.
    ['http://127.0.0.1:4567/', 'https://www.tiendaandina.example/', 'http://tiendaandina.example/pqrs/', 'http://127.0.0.1:4567/pqrs/'],
    // A preview deployment gated in CI.
    ['https://pr-12-tienda.vercel.app/', 'https://www.tienda.co/', 'https://www.tienda.co/mi-cuenta', 'https://pr-12-tienda.vercel.app/mi-cuenta'],
    // A staging host of another domain named by --origin.
    ['https://staging.agencia.dev/', 'https://www.tienda.co/', 'https://www.tienda.co/ayuda', 'https://staging.agencia.dev/ayuda'],
    // A sibling production host cannot be read from the copy: it stays as it is.
    ['http://127.0.0.1:4567/', 'https://www.tienda.co/', 'https://ayuda.tienda.co/', 'https://ayuda.tienda.co/'],
  ])('served at %s for %s: %s → %s', (served, origin, url, read) => {
    const id = siteIdentity({ target: served, origins: [origin] });
    expect(id.mapped).toBe(true);
    expect(toServed(id, url)).toBe(read);
    expect(isOwn(id, url)).toBe(true);
  });

  it('takes the first of --origin and the profile website, and ignores one equal to the target', () => {
    const id = siteIdentity({ target: 'https://www.tienda.co/', origins: [undefined, 'https://www.tienda.co/'] });
    expect(id.production).toEqual([]);
    expect(id.mapped).toBe(false);
  });
});

describe("a page's own canonical origin", () => {
  it('maps the canonical origin of a copy on a loopback address', () => {
    const id = withDeclaredOrigin(siteIdentity({ target: 'http://127.0.0.1:9000/' }), 'https://www.clinica.co/');
    expect(id.mapped).toBe(true);
    expect(toServed(id, 'https://www.clinica.co/citas')).toBe('http://127.0.0.1:9000/citas');
  });

  it('on a live site only adds the domain: a canonical on another domain is another site, not a copy', () => {
    const id = withDeclaredOrigin(siteIdentity({ target: 'https://www.marca.com.co/' }), 'https://www.marca.com/co/');
    expect(id.mapped).toBe(false);
    expect(isOwn(id, 'https://www.marca.com/ayuda')).toBe(true);
    expect(toServed(id, 'https://www.marca.com/ayuda')).toBe('https://www.marca.com/ayuda');
  });

  it('ignores a canonical pointing at a loopback address or at nothing', () => {
    const base = siteIdentity({ target: 'http://127.0.0.1:9000/' });
    expect(withDeclaredOrigin(base, 'http://localhost:9000/')).toBe(base);
    expect(withDeclaredOrigin(base, '')).toBe(base);
    expect(withDeclaredOrigin(base, 'javascript:alert(1)')).toBe(base);
  });

  it('knows hosting platforms by the private part of the suffix list', () => {
    expect(isPlatformHost('https://tienda.netlify.app/')).toBe(true);
    expect(isPlatformHost('https://www.tienda.com.co/')).toBe(false);
  });
});
