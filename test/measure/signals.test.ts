/**
 * What the measures take from the crawl: only its evidence, read the way the channel,
 * hours and alignment measures need it. There is no second reading of the pages.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/measure/html.js';
import { gatherSignals } from '../../src/measure/signals.js';

describe("the crawl's evidence as site signals", () => {
  it('cites, for each value, the sources that quote it', () => {
    const s = gatherSignals({
      'site.contact.phones': { value: ['+576015550123'], sources: [{ url: 'http://x/contacto/', snippet: 'Línea (601) 555 0123' }, { url: 'http://x/', snippet: 'otra cosa' }] },
      'site.contact.addresses': { value: ['Calle 1 # 2-3, Cali'], sources: [{ url: 'http://x/contacto/' }] },
    }, 'CO');
    expect(s.origin.phones).toBe('probe');
    expect(s.phones.get('+576015550123')).toEqual([{ url: 'http://x/contacto/', snippet: 'Línea (601) 555 0123' }]);
    expect(s.addresses).toEqual([{ text: 'Calle 1 # 2-3, Cali', source: { url: 'http://x/contacto/' } }]);
  });

  it("reads the crawl's schema.org locations and contact points (its one reader's shape)", () => {
    const s = gatherSignals({
      'site.structuredData.locations': {
        value: [{ type: 'Store', name: 'Tienda Centro', address: 'Calle 1 # 2-3, Cali', telephone: '+576020000000', openingHours: ['Mo-Fr 09:00-18:00'] }],
        sources: [{ url: 'http://x/tiendas/' }],
      },
      'site.structuredData.contactPoints': { value: [{ contactType: 'customer service', telephone: '+576015550123', hoursAvailable: ['Monday 08:00-17:00'] }], sources: [{ url: 'http://x/' }] },
    }, 'CO');
    expect(s.locations).toMatchObject([{ name: 'Tienda Centro', address: 'Calle 1 # 2-3, Cali', telephones: ['+576020000000'], url: 'http://x/tiendas/' }]);
    expect(s.contactPoints).toMatchObject([{ contactType: 'customer service', telephone: '+576015550123', pageUrl: 'http://x/' }]);
  });

  it('says a signal is missing, not absent, when the crawl could not read it', () => {
    const s = gatherSignals({ 'site.contact.phones': { error: { code: 'http-500', message: 'HTTP 500' }, sources: [] } }, 'CO');
    expect(s.origin.phones).toBe('none');
    expect(s.phones.size).toBe(0);
  });
});

describe('HTML without a browser (configured freshness pages only)', () => {
  it('reads the text a person reads, one block per line', () => {
    const html = `<html><head><title>T</title><script type="application/ld+json">{}</script><style>.x{}</style></head>
      <body><p>Línea: <a href="tel:+576015550123">(601) 555 0123</a> · escríbenos</p><ul><li>WhatsApp chat</li></ul>
      <script>var secret = "000";</script><footer>&copy; 2026 &middot; Cl. 1 # 2-3</footer></body></html>`;
    expect(htmlToText(html)).toBe('Línea: (601) 555 0123 · escríbenos\nWhatsApp chat\n© 2026 · Cl. 1 # 2-3');
  });
});
