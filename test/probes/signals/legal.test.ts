/**
 * Legal duties a customer can see (src/probes/signals/legal.ts). "Real" tables hold
 * links and text from site templates in public repositories found with the search
 * tools (cited by index file id); "invented" tables state the shapes the code must also
 * read and must not mistake, and prove behaviour, not accuracy.
 */
import { describe, expect, it } from 'vitest';
import { extractLegal, formConsent, legalEvidence, type LegalSignal } from '../../../src/probes/signals/legal.js';
import type { PageKind } from '../../../src/probes/types.js';
import { field, form, link, view } from '../builders.js';

const signalsOf = (v: ReturnType<typeof view>): LegalSignal[] => [...new Set(extractLegal(v).signals.map((s) => s.value))].sort();

describe('legal links and sections in real site templates', () => {
  const cases: { name: string; links?: [string, string][]; text?: string; headings?: string[]; home?: boolean; kinds?: PageKind[]; want: LegalSignal[] }[] = [
    // id 67256692190: an Argentine shop's footer
    { name: 'a footer link "Botón de arrepentimiento" on the home page', home: true, links: [['/arrepentimiento', 'Botón de arrepentimiento'], ['/reclamos', 'acá']], want: ['withdrawal', 'withdrawalOnHome'] },
    // id 51849682505: the same link in another footer, capitalised, not on the home page
    { name: '"Botón de Arrepentimiento" on an inner page is not the home-page button', links: [['/arrepentimiento', 'Botón de Arrepentimiento']], want: ['withdrawal'] },
    // id 62192433725: an FAQ answer that states the right and links the button
    { name: 'an FAQ that explains the right of withdrawal', text: 'Sí. Tenés derecho de arrepentimiento por 10 días corridos (art. 34 Ley 24.240): gestionalo desde el Botón de Arrepentimiento.', want: ['withdrawal'] },
    // id 28331714623: a Peruvian shop's footer
    { name: 'a footer link "Libro de reclamaciones"', links: [['/libro-de-reclamaciones', 'Libro de reclamaciones'], ['/terminos', 'Términos y Condiciones']], want: ['complaintsBook'] },
    // id 55766139853: terms of a Peruvian shop
    { name: 'terms that point to the virtual book', text: 'Puedes registrar una queja o reclamo en cualquier momento a través de nuestro Libro de Reclamaciones virtual, conforme a lo establecido por INDECOPI.', want: ['complaintsBook'] },
    // id 2629169410: a Colombian entity's citizen-service menu
    { name: 'a menu link "Carta de trato digno al ciudadano"', links: [['/Content/DocumentosSubItems/subitem-20171129151642_181.pdf', 'Carta de trato digno al ciudadano'], ['/Publico/Glosario', 'Glosario']], want: ['treatmentCharter'] },
    // id 7776583344: a transparency page of a Colombian municipality
    { name: '"Carta de trato digno a la ciudadanía >>" in a transparency list', links: [['/assets/pdf/Carta-de-trato-digno.pdf', 'Carta de trato digno a la ciudadanía >>']], want: ['treatmentCharter'] },
  ];
  it.each(cases)('$name', (c) => {
    const v = view({ links: (c.links ?? []).map(([h, t]) => link(h, t)), text: c.text ?? '', headings: c.headings ?? [] }, { depth: c.home ? 0 : 1, kinds: c.kinds ?? (c.home ? ['home'] : []) });
    expect(signalsOf(v)).toEqual([...c.want].sort());
  });
});

describe('legal signals (invented)', () => {
  const cases: { name: string; links?: [string, string][]; text?: string; headings?: string[]; kinds?: PageKind[]; want: LegalSignal[] }[] = [
    { name: 'a "Derecho de retracto" page heading', headings: ['Derecho de retracto'], want: ['withdrawal'] },
    { name: 'payment reversal explained', text: 'Reversión del pago: si fuiste víctima de fraude o no recibiste el producto, solicítala dentro de los 5 días hábiles.', want: ['paymentReversal'] },
    { name: 'a botón de baja link', links: [['/baja', 'Botón de baja']], want: ['cancellationButton'] },
    { name: 'a newsletter "darte de baja" is not a cancellation button', links: [['/newsletter/baja', 'Darte de baja de la lista']], want: [] },
    { name: 'a PQRS page that promises a radicado', kinds: ['complaints'], text: 'Al enviar su solicitud recibirá un número de radicado para consultar su estado.', want: ['filingNumber'] },
    { name: 'a radicado on a page that is not about complaints needs the word PQRS nearby', text: 'Al enviar su PQRS recibirá un número de radicado.', want: ['filingNumber'] },
    { name: 'an order confirmation number is not a complaint filing number', text: 'Recibirá un número de pedido por correo.', want: [] },
    { name: 'a PQRSD report link', links: [['/transparencia/informe-pqrsd-2026-t3.pdf', 'Informe trimestral de PQRSD — tercer trimestre 2026']], want: ['pqrsdReport'] },
    { name: 'the transparency section', links: [['/transparencia', 'Transparencia y acceso a la información pública']], want: ['transparency'] },
    { name: 'an LGPD encarregado', text: 'Encarregado de Proteção de Dados: Maria Souza — dpo@loja.example', want: ['dpo'] },
    { name: '"retractarse" in a blog post about politics is still the word: read only where it stands', text: 'El ministro decidió retractarse.', want: ['withdrawal'] },
  ];
  it.each(cases)('$name', (c) => {
    const v = view({ links: (c.links ?? []).map(([h, t]) => link(h, t)), text: c.text ?? '', headings: c.headings ?? [] }, { depth: 1, kinds: c.kinds ?? [] });
    expect(signalsOf(v)).toEqual([...c.want].sort());
  });
});

describe('seller identity (invented footers)', () => {
  it.each([
    { text: 'Tienda Andina S.A.S. · NIT 900.123.456-7 · Todos los derechos reservados', taxIds: ['NIT 900123456-7'], names: ['Tienda Andina S.A.S.'] },
    { text: '© 2026 Comercial Lima S.A.C. — RUC 20123456789', taxIds: ['RUC 20123456789'], names: ['Comercial Lima S.A.C.'] },
    { text: 'Razón social: Ribbly SRL · CUIT 30-71234567-8', taxIds: ['CUIT 30-71234567-8'], names: ['Ribbly SRL'] },
    { text: 'Loja Exemplo Ltda. — CNPJ 12.345.678/0001-90', taxIds: ['CNPJ 12345678000190'], names: ['Loja Exemplo Ltda.'] },
    { text: 'Envíos gratis por compras superiores a $150.000. Pedido No. 900123456', taxIds: [], names: [] },
  ])('$text', ({ text, taxIds, names }) => {
    const r = extractLegal(view({ text }));
    expect(r.taxIds.map((f) => f.value)).toEqual(taxIds);
    expect(r.legalNames.map((f) => f.value)).toEqual(names);
  });
});

describe('consent in forms (invented)', () => {
  it.each([
    { name: 'a contact form with a consent checkbox', form: form([field('text', 'nombre', 'Nombre'), field('email', 'correo', 'Correo'), field('checkbox', 'habeas', 'Autorizo el tratamiento de mis datos personales según la política')]), want: true },
    { name: 'a PQRS form whose text states the authorisation', form: form([field('text', 'documento', 'Número de documento'), field('textarea', 'mensaje', 'Mensaje')], { text: 'Al enviar acepto la política de tratamiento de datos personales' }), want: true },
    { name: 'a contact form without consent', form: form([field('text', 'name', 'Nombre'), field('tel', 'phone', 'Teléfono'), field('textarea', 'msg', 'Mensaje')]), want: false },
    { name: 'a newsletter checkbox is not consent to data processing', form: form([field('email', 'email', 'Correo'), field('checkbox', 'news', 'Quiero recibir ofertas')]), want: false },
    { name: 'a login form asks no consent', form: form([field('email', 'email', 'Correo'), field('password', 'pw', 'Contraseña')]), want: undefined },
    { name: 'a search box asks for no personal data', form: form([field('search', 'q', 'Buscar')]), want: undefined },
    { name: 'an order look-up by number and e-mail shows the customer\'s own record: no consent asked', form: form([field('text', 'pedido', 'Número de pedido'), field('email', 'correo', 'Correo')], { heading: 'Consulta tu pedido', submit: ['Consultar'] }), want: undefined },
    { name: 'a form headed "Consulte" that takes a message still collects data', form: form([field('email', 'correo', 'Correo'), field('textarea', 'msg', 'Mensaje')], { heading: 'Consulte a un asesor' }), want: false },
  ])('$name', ({ form: f, want }) => {
    expect(formConsent(f)).toBe(want);
  });
});

describe('the legal evidence of a crawl', () => {
  it('writes every key, the identity from its parts and the consent share', () => {
    const home = view({ text: 'Tienda Andina S.A.S. · NIT 900.123.456-7', links: [link('/retracto', 'Derecho de retracto')], forms: [form([field('email', 'correo', 'Correo'), field('checkbox', 'ok', 'Autorizo el tratamiento de mis datos')]), form([field('text', 'nombre', 'Nombre'), field('tel', 'tel', 'Teléfono')])] }, { depth: 0, kinds: ['home'] });
    const src = { url: 'https://tienda.example/' };
    const ev = legalEvidence([home], { phones: [{ value: '+576015550123', source: src }], emails: [], addresses: [{ value: 'Cra. 7 # 12-30', source: src }] });
    expect(ev['site.legal.identity'].value).toEqual(['legalName', 'taxId', 'address', 'phone']);
    expect(ev['site.legal.withdrawal'].value).toBe(true);
    expect(ev['site.legal.withdrawalOnHome'].value).toBe(true);
    expect(ev['site.legal.paymentReversal'].value).toBe(false);
    expect(ev['site.legal.consentShare'].value).toBe(0.5);
    expect(Object.keys(ev)).toHaveLength(13);
  });

  it('says why when no page could be read or no form asks for personal data', () => {
    expect(legalEvidence([], { phones: [], emails: [], addresses: [] })['site.legal.withdrawal']).toMatchObject({ missing: 'no page of the site could be read' });
    expect(legalEvidence([view({})], { phones: [], emails: [], addresses: [] })['site.legal.consentShare']).toMatchObject({ missing: 'no form on the site asks for personal data' });
  });
});
