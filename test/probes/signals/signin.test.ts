/**
 * The sign-in page (src/probes/signals/signin.ts): HTTPS of the page and of the address
 * its sign-in form posts to, and password recovery on the customer's own. "Real" rows
 * are the links of sign-in pages in the labelled fixture sites (test/fixtures/sites:
 * WooCommerce, Shopify) and of the bundled examples; "invented" rows state the shapes
 * the code must also read and must not mistake.
 */
import { describe, expect, it } from 'vitest';
import { readSignin, recoveryLink, recoverySentence, signinEvidence } from '../../../src/probes/signals/signin.js';
import type { PageKind } from '../../../src/probes/types.js';
import { field, form, link, view } from '../builders.js';

describe('a recovery link: its text first, its address when the text says nothing', () => {
  const valid: [string, string, string][] = [
    // real: WooCommerce (fixture wp-tienda) and Shopify (fixture shopify-store)
    ['WooCommerce\'s "¿Olvidaste la contraseña?"', '¿Olvidaste la contraseña?', '/mi-cuenta/lost-password/'],
    ['Shopify\'s in-page "Forgot your password?"', 'Forgot your password?', '/account/login#recover'],
    // real: the bundled example tienda-andina
    ['"¿Olvidaste tu contraseña?" to a section of the page', '¿Olvidaste tu contraseña?', '#recuperar'],
    // invented, per language
    ['"¿Olvidó su clave?"', '¿Olvidó su clave?', '/portal/clave'],
    ['"Recuperar contraseña"', 'Recuperar contraseña', '/recuperar'],
    ['"Restablecer la contraseña"', 'Restablecer la contraseña', '/cuenta/restablecer'],
    ['"Esqueci minha senha"', 'Esqueci minha senha', '/conta/senha'],
    ['"Esqueceu sua senha?"', 'Esqueceu sua senha?', '/login/esqueceu'],
    ['"Reset password"', 'Reset password', '/users/password/new'],
    ['"Can\'t sign in?"', "Can't sign in?", '/help/signin'],
    ['"aquí" to /recuperar-contrasena', 'aquí', '/recuperar-contrasena/'],
    ['an icon link (no text) to /forgot-password', '', '/forgot-password'],
  ];
  it.each(valid)('%s', (_name, text, href) => {
    expect(recoveryLink(text, link(href).href)).toBe(true);
  });

  const invalid: [string, string, string][] = [
    ['a phone link under "¿Olvidó su contraseña?" is a call, not self-service', '¿Olvidó su contraseña? Llámenos', 'tel:+576024867000'],
    ['a mailto to support', 'Forgot your password?', 'mailto:soporte@tienda.example'],
    ['"Crear cuenta" whose address names recovery: the text says where it leads', 'Crear cuenta', '/forgot-password'],
    ['"Contraseña segura" is advice, not recovery', 'Cómo crear una contraseña segura', '/blog/contrasenas'],
    ['"Cambiar contraseña" in the account menu is not recovery', 'Cambiar contraseña', '/mi-cuenta/clave'],
    ['"password" inside another word of an address', 'aquí', '/passwordless-login-guide'],
    ['"recovery" of a lost parcel', 'Recuperar mi pedido', '/pedidos/recuperar'],
  ];
  it.each(invalid)('%s', (_name, text, href) => {
    expect(recoveryLink(text, /^[a-z]+:/.test(href) ? href : link(href).href)).toBe(false);
  });
});

describe('a recovery sentence on the sign-in page', () => {
  it.each<[string, string, 'self' | 'call' | undefined]>([
    // real: the bundled examples alcaldia-san-isidro and distribuidora-del-valle
    ['a one-time code to the registered mobile', '¿No recuerda su contraseña? Ingrese solo con su documento y le enviaremos un código de un solo uso al celular registrado.', 'self'],
    ['"call the PBX" is not recovery on one\'s own', '¿Olvidó su contraseña? Comuníquese con el PBX +57 (602) 486 7000 opción 3, en horario de oficina.', 'call'],
    // invented
    ['English: we\'ll e-mail a link', "Forgot your password? We'll email you a link to reset it.", 'self'],
    ['Portuguese: ligue para a central', 'Esqueceu sua senha? Ligue para a central de atendimento.', 'call'],
    ['a code sent, but the sentence is about something else', 'Te enviaremos un código para confirmar tu compra.', undefined],
    ['recovery words without a means: nothing to judge', '¿Olvidaste tu contraseña?', undefined],
  ])('%s', (_name, line, want) => {
    expect(recoverySentence(line)).toBe(want);
  });
});

const login = (action: string, extra: Parameters<typeof form>[1] = {}) =>
  form([field('email', 'email', 'Correo electrónico'), field('password', 'password', 'Contraseña')], { action, submit: ['Ingresar'], heading: 'Ingresar', ...extra });

describe('where a sign-in form sends the password', () => {
  it.each<[string, string, ReturnType<typeof login>, boolean | undefined]>([
    ['posts to its own HTTPS page (no action)', 'https://tienda.example/mi-cuenta/', login(''), true],
    ['posts to an HTTPS address on another host', 'https://tienda.example/mi-cuenta/', login('https://auth.tienda.example/login'), true],
    ['an HTTPS page that posts to http://', 'https://tienda.example/mi-cuenta/', login('http://tienda.example/login.php'), false],
    ['an HTTP page', 'http://tienda.example/mi-cuenta/', login(''), false],
    ['fields outside a <form> sent by a script: the page decides', 'https://tienda.example/mi-cuenta/', login('', { pseudo: true }), true],
    ['a registration form is not a sign-in form', 'http://tienda.example/registro/', form([field('text', 'nombre', 'Nombre'), field('password', 'password', 'Contraseña'), field('password', 'password2', 'Repite la contraseña')], { submit: ['Crear cuenta'] }), undefined],
  ])('%s', (_name, url, f, want) => {
    const r = readSignin(view({ url, forms: [f] }, { kinds: ['account'] }));
    expect(r.forms.length ? r.forms.every((x) => x.secure) : undefined).toBe(want);
  });
});

describe('the sign-in evidence of a crawl', () => {
  const page = (url: string, d: Parameters<typeof view>[0], kinds: PageKind[] = []) => view({ url, ...d }, { kinds, depth: 1 });

  it('reads the page with the sign-in form, not the others', () => {
    const ev = signinEvidence([
      page('https://tienda.example/', { links: [link('/forgot-password', 'aquí')] }, ['home']),
      page('https://tienda.example/mi-cuenta/', { forms: [login('')], links: [link('/mi-cuenta/lost-password/', '¿Olvidaste la contraseña?')] }, ['account']),
    ]);
    expect(ev['site.signin.https']).toMatchObject({ value: true, sources: [{ url: 'https://tienda.example/mi-cuenta/' }] });
    expect(ev['site.signin.recovery']).toMatchObject({ value: true, sources: [{ snippet: '¿Olvidaste la contraseña? → https://tienda.example/mi-cuenta/lost-password/' }] });
  });

  it('an insecure form is named first, and a "call us" sentence is shown as the reason recovery fails', () => {
    const ev = signinEvidence([
      page('https://b2b.example/ingresar/', { forms: [login('http://b2b.example/auth')], text: '¿Olvidó su contraseña? Comuníquese con el PBX (602) 486 7000.' }, ['account']),
    ]);
    expect(ev['site.signin.https'].value).toBe(false);
    expect(ev['site.signin.https'].sources[0].note).toMatch(/posting to http:\/\/b2b\.example\/auth: not all HTTPS/);
    expect(ev['site.signin.recovery'].value).toBe(false);
    expect(ev['site.signin.recovery'].sources[0]).toMatchObject({ snippet: expect.stringMatching(/^¿Olvidó su contraseña\?/), note: 'recovery only by calling or writing to the organisation' });
  });

  it('with no sign-in form, reads the page the login link leads to', () => {
    const ev = signinEvidence([page('https://portal.example/ingreso/', { links: [link('/clave', 'Recuperar contraseña')] }, ['account'])]);
    expect(ev['site.signin.https']).toMatchObject({ value: true, sources: [{ note: 'sign-in page over HTTPS (no sign-in form on it was read)' }] });
    expect(ev['site.signin.recovery'].value).toBe(true);
  });

  it('says why when no sign-in page was read', () => {
    const ev = signinEvidence([page('https://tienda.example/', { links: [link('/forgot-password', 'Forgot password')] }, ['home'])]);
    expect(ev['site.signin.https']).toMatchObject({ missing: 'No sign-in form or sign-in page was found on the pages read.' });
    expect(ev['site.signin.recovery'].value).toBeUndefined();
  });
});
