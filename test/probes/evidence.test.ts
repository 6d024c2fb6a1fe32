/**
 * Evidence from a crawl keeps what was found. An unreadable page is noted where it
 * matters and reported as a broken link of its own; it never erases a signal seen
 * elsewhere. Links count for the organisation only when they are its own.
 */
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../src/probes/evidence.js';
import { siteIdentity } from '../../src/probes/identity.js';
import type { CrawledPage, SiteInfo } from '../../src/probes/types.js';
import { BASE, crawled, link, snapshot } from './builders.js';

const site = (pages: CrawledPage[], target = BASE, origin?: string): SiteInfo => ({
  target, home: target, identity: siteIdentity({ target, origins: [origin] }), country: 'CO', pages, sitemap: { discovered: [], via: '/sitemap.xml', files: [], urls: [], truncated: false, notes: [] },
  https: { servedOverHttps: true, httpRedirectsToHttps: true, hsts: false, detail: '' }, notVisited: 0, collectedAt: '2026-01-01T00:00:00Z',
});
const home = (p: Parameters<typeof snapshot>[0], url = BASE): CrawledPage => crawled({ url, depth: 0, kinds: ['home'], snapshot: snapshot({ url, ...p }) });
const failed = (path: string, kinds: CrawledPage['kinds'], code: string, message: string, linkText = ''): CrawledPage =>
  crawled({ url: new URL(path, BASE).href, depth: 1, kinds, status: code.startsWith('http-') ? Number(code.slice(5)) : null, error: { code, message }, linkTexts: linkText ? [linkText] : [] });

describe('an unreadable page does not erase what other pages showed', () => {
  it("keeps the phones of the home page's JSON-LD ContactPoint when the contact page answers 404", () => {
    // The shape of a real retailer's home page: the only phone is in its Organization JSON-LD.
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Tienda', contactPoint: { '@type': 'ContactPoint', telephone: '+57 601 555 0123', email: 'servicio@tienda.example', contactType: 'customer service' } });
    const ev = buildEvidence(site([home({ jsonLd: [jsonLd], links: [link('/contacto', 'Contáctanos')] }), failed('/contacto', ['contact'], 'http-404', 'HTTP 404 Not Found', 'Contáctanos')]));
    expect(ev['site.contact.phones']!.value).toEqual(['+576015550123']);
    expect(ev['site.contact.emails']!.value).toEqual(['servicio@tienda.example']);
    // The unreadable contact page is noted beside what was found.
    expect(ev['site.contact.phones']!.sources.map((s) => s.note).join(' ')).toMatch(/contact page .*contacto.*could not be read: HTTP 404/);
  });

  it.each([
    ['site.selfservice.login', '/mi-cuenta', 'Mi cuenta', 'account', 'http-500', 'HTTP 500'],
    ['site.help.faq', '/ayuda', 'Centro de ayuda', 'help', 'timeout', 'the page did not load within 15 s'],
    ['site.policy.privacy', '/politica-de-privacidad', 'Política de privacidad', 'privacy', 'redirect-loop', 'too many redirects (redirect loop)'],
  ] as const)('%s: a link to a page that could not be read counts as linked, with the reason', (key, path, text, kind, code, message) => {
    const ev = buildEvidence(site([home({ links: [link(path, text)] }), failed(path, [kind], code, message, text)]));
    expect(ev[key]!.value).toBe(true);
    expect(ev[key]!.error).toBeUndefined();
    expect(ev[key]!.sources[0]!.note).toMatch(new RegExp(`linked; the page could not be read: ${message.replace(/[()]/g, '\\$&')}`));
    expect(ev['site.links.broken']!.value).toEqual([{ kind, url: new URL(path, BASE).href, text, foundOn: BASE, code, message }]);
  });

  it('lists no broken link when every key page opened', () => {
    const ok = crawled({ url: `${BASE}contacto`, depth: 1, kinds: ['contact'], snapshot: snapshot({ url: `${BASE}contacto`, title: 'Contacto' }) });
    const ev = buildEvidence(site([home({ links: [link('/contacto', 'Contacto')] }), ok]));
    expect(ev['site.links.broken']!.value).toEqual([]);
  });

  it('is an error only when nothing was found and the page where it would be failed', () => {
    const ev = buildEvidence(site([home({ links: [link('/pqrs', 'PQRS')] }), failed('/pqrs', ['complaints'], 'http-404', 'HTTP 404', 'PQRS')]));
    expect(ev['site.forms.complaints']!.error?.code).toBe('http-404');
    expect(ev['site.forms.complaints']!.error?.message).toMatch(/complaints \(PQR\) page .*pqrs \(linked as "PQRS"\) could not be read: HTTP 404/);
  });
});

describe("links count for the organisation when they are its own", () => {
  it.each([
    // reCAPTCHA's notice links Google's policies: they are Google's, not the shop's.
    ['https://policies.google.com/privacy', 'Privacy', 'site.policy.privacy', false],
    ['https://policies.google.com/terms', 'Terms', 'site.policy.terms', false],
    ['https://www.mercadopago.com.co/ayuda/terminos-y-politicas_194', 'Términos y condiciones', 'site.policy.terms', false],
    // A sibling host of the organisation is its own.
    ['https://clientes.tienda.example/login', 'Iniciar sesión', 'site.selfservice.login', true],
    ['https://ayuda.tienda.example/hc/es', 'Centro de ayuda', 'site.help.faq', true],
    // A help centre or tracking page hosted by a provider counts when the link's words name it.
    ['https://tienda.zendesk.com/hc/es', 'Centro de ayuda', 'site.help.faq', true],
    ['https://www.servientrega.com/wps/portal/rastreo-envio', 'Rastrea tu pedido', 'site.selfservice.orderTracking', true],
    // … but not by its path alone.
    ['https://www.servientrega.com/wps/portal/rastreo-envio', 'Servientrega', 'site.selfservice.orderTracking', false],
  ])('%s "%s" → %s: %s', (href, text, key, expected) => {
    const ev = buildEvidence(site([home({ links: [link(href, text)] })]));
    expect(ev[key]!.value).toBe(expected);
  });

  it("reads a served copy's absolute production links as its own pages, and finds their crawl", () => {
    const served = 'http://127.0.0.1:4567/';
    const account = crawled({ url: `${served}mi-cuenta/`, depth: 1, kinds: ['account'], status: 404, error: { code: 'http-404', message: 'HTTP 404' } });
    const ev = buildEvidence(site([
      home({ links: [link('https://www.tiendaandina.example/mi-cuenta/', 'Mi cuenta'), link('https://www.tiendaandina.example/politica-de-privacidad/', 'Privacidad')] }, served),
      account,
    ], served, 'https://www.tiendaandina.example/'));
    expect(ev['site.policy.privacy']!.value).toBe(true);
    // The production link was looked up on the copy: the copy's page failed, so the link is broken.
    expect(ev['site.selfservice.login']!.sources[0]!.note).toMatch(/could not be read: HTTP 404/);
    expect((ev['site.links.broken']!.value as { kind: string }[]).map((b) => b.kind)).toEqual(['account']);
  });
});

describe('the sign-in page in a crawl', () => {
  const loginForm = { action: '', method: 'post', id: 'login', className: '', heading: 'Ingresar', text: '', hidden: [], submit: ['Ingresar'], visible: true, pseudo: false, selector: 'form#login', context: '',
    fields: [{ tag: 'input', type: 'email', name: 'email', id: '', label: 'Correo', placeholder: '', autocomplete: 'username', required: true }, { tag: 'input', type: 'password', name: 'clave', id: '', label: 'Contraseña', placeholder: '', autocomplete: 'current-password', required: true }] };
  const account = (p: Parameters<typeof snapshot>[0]): CrawledPage => crawled({ url: `${BASE}mi-cuenta/`, depth: 1, kinds: ['account'], snapshot: snapshot({ url: `${BASE}mi-cuenta/`, ...p }) });

  it('reads the page with the password field', () => {
    const ev = buildEvidence(site([home({ links: [link('/mi-cuenta/', 'Mi cuenta')] }), account({ forms: [loginForm], links: [link('/mi-cuenta/lost-password/', '¿Olvidaste la contraseña?')] })]));
    expect(ev['site.signin.https']!.value).toBe(true);
    expect(ev['site.signin.recovery']!.value).toBe(true);
  });

  it('an insecure sign-in form stands even when another account page failed; "no recovery" does not', () => {
    const ev = buildEvidence(site([
      home({ links: [link('/mi-cuenta/', 'Mi cuenta'), link('/mi-cuenta/pedidos', 'Mis pedidos')] }),
      account({ forms: [{ ...loginForm, action: 'http://tienda.example/login.php' }] }),
      failed('/mi-cuenta/pedidos', ['account'], 'http-500', 'HTTP 500', 'Mis pedidos'),
    ]));
    expect(ev['site.signin.https']!.value).toBe(false);
    expect(ev['site.signin.recovery']!.error?.code).toBe('http-500');
  });

  it('says why when the site has no sign-in page', () => {
    const ev = buildEvidence(site([home({})]));
    expect(ev['site.signin.recovery']).toMatchObject({ missing: 'No sign-in form or sign-in page was found on the pages read.' });
  });
});

describe('a folder served locally by --serve', () => {
  it('cannot answer HTTPS of the sign-in page, as it cannot answer HTTPS of the site', async () => {
    const { markServedLocally } = await import('../../src/gather.js');
    const ev = markServedLocally({ 'site.signin.https': { value: false, sources: [], origin: 'probe' }, 'site.signin.recovery': { value: true, sources: [], origin: 'probe' } });
    expect(ev['site.signin.https']).toMatchObject({ missing: 'served locally over plain HTTP by --serve: HTTPS and certificates are judged on the real site' });
    expect(ev['site.signin.https']!.value).toBeUndefined();
    expect(ev['site.signin.recovery']!.value).toBe(true);
  });
});
