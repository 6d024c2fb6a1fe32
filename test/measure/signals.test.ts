import { describe, expect, it } from 'vitest';
import { htmlLinks, htmlToText, jsonLdBlocks, parseJsonLd } from '../../src/measure/html.js';
import { originMapFor, urlMapper } from '../../src/measure/origins.js';
import type { PageDoc } from '../../src/measure/pages.js';
import { gatherSignals, pageContacts, structuredFromJsonLd } from '../../src/measure/signals.js';
import type { Profile } from '../../src/types.js';

const profile = (website: string): Profile => ({ organisation: { name: 'X', country: 'CO', businessModel: 'b2c', website } });

describe('origin map', () => {
  it('maps the production origin (both schemes, with and without www) to a locally served target', () => {
    const map = urlMapper(originMapFor('http://127.0.0.1:4000/', profile('https://www.tienda.example')));
    expect(map('https://www.tienda.example/sitemap.xml')).toBe('http://127.0.0.1:4000/sitemap.xml');
    expect(map('http://tienda.example/a/?q=1#x')).toBe('http://127.0.0.1:4000/a/?q=1#x');
    expect(map('https://other.example/')).toBe('https://other.example/');
  });

  it('leaves a real target alone unless told', () => {
    expect(originMapFor('https://staging.tienda.example/', profile('https://www.tienda.example'))).toEqual({});
    const map = urlMapper(originMapFor('https://staging.tienda.example/', profile('https://www.tienda.example'), { 'https://www.tienda.example': 'https://staging.tienda.example' }));
    expect(map('https://www.tienda.example/x')).toBe('https://staging.tienda.example/x');
  });
});

describe('HTML without a browser', () => {
  const html = `<html><head><title>T</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"Organization","name":"Org","contactPoint":[{"@type":"ContactPoint","name":"Línea","telephone":"+57-601-555-0123","hoursAvailable":{"dayOfWeek":"Monday","opens":"08:00","closes":"17:00"}}]},
    {"@type":"Store","name":"Tienda Centro","address":{"@type":"PostalAddress","streetAddress":"Calle 1 # 2-3","addressLocality":"Cali"},"telephone":"+57 602 000 0000","openingHours":"Mo-Fr 09:00-18:00"},
    {"@type":"GovernmentOffice","name":"Oficina","address":"Carrera 7 No. 5-20"}]}</script>
    <script type="application/ld+json">{ broken</script><style>.x{}</style></head>
    <body><p>Línea: <a href="tel:+576015550123">(601) 555 0123</a> · <a href="mailto:ayuda@x.example?subject=hola">escríbenos</a></p>
    <ul><li>WhatsApp <a href="https://wa.me/573001234567">chat</a></li><li>Correo: ventas [at] x [dot] example</li></ul>
    <script>var secret = "000";</script><footer>&copy; 2026 &middot; Cl. 1 # 2-3</footer></body></html>`;

  it('reads the text a person reads, one block per line', () => {
    expect(htmlToText(html)).toBe('Línea: (601) 555 0123 · escríbenos\nWhatsApp chat\nCorreo: ventas [at] x [dot] example\n© 2026 · Cl. 1 # 2-3');
  });

  it('reads links and JSON-LD, reporting broken blocks', () => {
    expect(htmlLinks(html, 'http://x/').map((l) => l.href)).toEqual(['tel:+576015550123', 'mailto:ayuda@x.example?subject=hola', 'https://wa.me/573001234567']);
    const { items, errors } = parseJsonLd(jsonLdBlocks(html));
    expect(items.length).toBe(1);
    expect(errors.length).toBe(1);
    const s = structuredFromJsonLd(items, 'http://x/');
    expect(s.locations.map((l) => [l.name, l.address, l.city, l.telephones])).toEqual([
      ['Tienda Centro', 'Calle 1 # 2-3', 'Cali', ['+57 602 000 0000']],
      ['Oficina', 'Carrera 7 No. 5-20', undefined, []],
    ]);
    expect(s.contactPoints).toMatchObject([{ name: 'Línea', telephone: '+57-601-555-0123' }]);
  });

  it('collects the contact data of a page', () => {
    const text = htmlToText(html);
    const doc: PageDoc = { url: 'http://x/', requested: 'http://x/', kinds: ['home'], text, html, headers: {}, links: htmlLinks(html, 'http://x/'), jsonLd: [], jsonLdErrors: [], times: [], source: 'fetch' };
    const c = pageContacts(doc, 'CO');
    expect([...c.phones.keys()]).toEqual(['+576015550123']);
    expect([...c.emails.keys()].sort()).toEqual(['ayuda@x.example', 'ventas@x.example']);
    expect([...c.whatsapp.keys()]).toEqual(['+573001234567']);
    const s = gatherSignals([doc], {}, 'CO');
    expect(s.origin.phones).toBe('pages');
    expect(s.addresses.map((a) => a.text)).toEqual([]);
  });

  it('prefers the crawler evidence, citing the sources that quote each value', () => {
    const s = gatherSignals([], {
      'site.contact.phones': { value: ['+576015550123'], sources: [{ url: 'http://x/contacto/', snippet: 'Línea (601) 555 0123' }, { url: 'http://x/', snippet: 'otra cosa' }] },
      'site.contact.addresses': { value: ['Calle 1 # 2-3, Cali'], sources: [{ url: 'http://x/contacto/' }] },
    }, 'CO');
    expect(s.origin.phones).toBe('probe');
    expect(s.phones.get('+576015550123')).toEqual([{ url: 'http://x/contacto/', snippet: 'Línea (601) 555 0123' }]);
    expect(s.addresses).toEqual([{ text: 'Calle 1 # 2-3, Cali', source: { url: 'http://x/contacto/' } }]);
  });
});
