/**
 * The account functions found in what a signed-in crawl read, as a table: the words in
 * Spanish, English and Portuguese that name each function, the words that look alike but
 * mean something else, and the links a signed-in crawl must never follow. Pure.
 */
import { describe, expect, it } from 'vitest';
import { endsSession, findAccountFunctions, type AccountFunction } from '../../src/probes/account/functions.js';
import { crawled, doc, link, snapshot } from '../probes/builders.js';

const LANDING = 'https://portal.example/cuenta/';
const found = (...links: [string, string][]): Partial<Record<AccountFunction, number>> => {
  const page = crawled({ url: LANDING, depth: 0, snapshot: snapshot({ finalUrl: LANDING, links: links.map(([href, text]) => link(href, text)) }) });
  return Object.fromEntries(findAccountFunctions([page]).filter((f) => f.found).map((f) => [f.function, f.clicks!]));
};

describe('account functions by their words', () => {
  it.each([
    ['Estado de cuenta', 'statement'], ['Account statement', 'statement'], ['Extrato', 'statement'],
    ['Pedidos en curso', 'orders-in-progress'], ['Track my order', 'orders-in-progress'], ['Acompanhar pedido', 'orders-in-progress'],
    ['Historial de pedidos', 'order-history'], ['Order history', 'order-history'], ['Meus pedidos', 'order-history'],
    ['Mis facturas', 'invoices'], ['Invoices', 'invoices'], ['Segunda via', 'invoices'],
    ['Pagos aplicados', 'payments-applied'], ['Payment history', 'payments-applied'], ['Meus pagamentos', 'payments-applied'],
    ['Mis reclamos', 'claims'], ['Estado de mi PQRS', 'claims'], ['My cases', 'claims'], ['Minhas solicitações', 'claims'],
    ['Volver a comprar', 'repeat-order'], ['Buy again', 'repeat-order'], ['Comprar novamente', 'repeat-order'],
    ['Actualizar mis datos', 'contact-update'], ['Edit my profile', 'contact-update'], ['Meus dados', 'contact-update'],
  ] as [string, AccountFunction][])('"%s" is %s, one click away', (text, fn) => {
    expect(found([`${LANDING}x`, text])[fn]).toBe(1);
  });

  it.each([
    ['Política de tratamiento de datos', 'contact-update'],
    ['Balance general 2025', 'statement'],
  ] as [string, AccountFunction][])('"%s" is not %s', (text, fn) => {
    expect(found([`${LANDING}x`, text])[fn]).toBeUndefined();
  });

  it('an invoice file linked from the invoices page is the download, one click further', () => {
    const invoices = crawled({ url: `${LANDING}facturas`, depth: 1, snapshot: snapshot({ finalUrl: `${LANDING}facturas`, title: 'Mis facturas', links: [link(`${LANDING}facturas/F-1.pdf`, 'Descargar')] }) });
    const f = findAccountFunctions([invoices]);
    expect(f.find((x) => x.function === 'invoices')).toMatchObject({ clicks: 1, via: 'page' });
    expect(f.find((x) => x.function === 'invoice-download')).toMatchObject({ clicks: 2, via: 'download', url: `${LANDING}facturas/F-1.pdf` });
  });

  it('the fewest clicks win, and a page about a function beats a link to it', () => {
    const landing = crawled({ url: LANDING, depth: 0, snapshot: snapshot({ finalUrl: LANDING, links: [link(`${LANDING}estado`, 'Estado de cuenta')] }) });
    const deep = crawled({ url: `${LANDING}estado`, depth: 1, snapshot: snapshot({ finalUrl: `${LANDING}estado`, title: 'Estado de cuenta', frames: [doc()] }) });
    expect(findAccountFunctions([landing, deep]).find((x) => x.function === 'statement')).toMatchObject({ clicks: 1, via: 'page', url: `${LANDING}estado` });
  });

  it('a sign-out link names no function', () => {
    expect(found([`${LANDING}salir`, 'Cerrar sesión de mis pedidos'])).toEqual({});
  });
});

describe('links a signed-in crawl never follows', () => {
  it.each([
    ['https://portal.example/salir', ''], ['https://portal.example/logout?next=/', ''], ['https://portal.example/a', 'Cerrar sesión'],
    ['https://portal.example/b', 'Sign out'], ['https://portal.example/c', 'Eliminar mi cuenta'], ['https://portal.example/d', 'Sair'],
    ['https://portal.example/index.php?action=logout', ''],
  ])('%s "%s"', (href, text) => {
    expect(endsSession(href, text)).toBe(true);
  });
  it.each([['https://portal.example/cuenta/salidas', 'Salidas programadas'], ['https://portal.example/pedidos', 'Mis pedidos']])('but follows %s "%s"', (href, text) => {
    expect(endsSession(href, text)).toBe(false);
  });
});
