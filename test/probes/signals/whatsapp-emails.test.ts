/**
 * WhatsApp lines and e-mail addresses the page publishes: a share button is not a
 * channel, a number beside a WhatsApp icon is one, and addresses in share links or
 * file names are not addresses.
 *
 * "Real" tables hold snippets from pages real organisations published (bench dev pages,
 * saved pages and site sources found with the search tools, cited by organisation and
 * index file id); "invented" tables prove behaviour only.
 */
import { describe, expect, it } from 'vitest';
import { bylineWritersAddress, emailsInText, extractEmails, withoutMisspeltTwins, withoutPersonalWebmail } from '../../../src/probes/signals/emails.js';
import { extractPhones } from '../../../src/probes/signals/phones.js';
import { extractWhatsapp, whatsappForm, whatsappFromWidgets, whatsappNumber } from '../../../src/probes/signals/whatsapp.js';
import { link, view } from '../builders.js';

describe('WhatsApp in real pages', () => {
  it.each([
    // Aneta, Ecuador's automobile club, course page (index file id 17763127658)
    ['an "WhatsAppear" share button (whatsapp://send?text=…)', 'whatsapp://send?text=Aneta curso de condcción http://aneta.org.ec:5090/acefdos', 'EC'],
    // The Sounds Table share links (id 41755319558)
    ['a share link carrying the site URL', 'whatsapp://send?text=https://thesoundstable.com/', 'GB'],
    // Sawariya Rentals booking button (id 71591442038): a prefilled message but no number to send it to
    ['a wa.me link with a message and no number', 'https://wa.me/?text=Hi%20Sawariya%20Rentals,%20I%20want%20to%20rent%20the%20Mahindra%20Scorpio%20N.', 'IN'],
  ])('does not take %s for a WhatsApp line', (_name, href, country) => {
    expect(whatsappNumber(href, country)).toBeNull();
    expect(extractWhatsapp(view({ links: [link(href, 'WhatsApp')] }), country)).toEqual([]);
  });

  it('reads the number of a real wa.me link with a prefilled message (Friends of 4 order e-mail, id 71174324779)', () => {
    expect(whatsappNumber('https://wa.me/917569145624?text=Greetings%20Friends%20of%204%2C%20I%20have%20a%20query%20regarding%20my%20order%3A%20123', 'IN')).toBe('+917569145624');
  });

  it('reads a number beside a WhatsApp icon as WhatsApp, in WhatsApp\'s Argentine form, and not as a phone line (bench/real-pages/ar-retail-stockcenter-producto, dev)', () => {
    // <li>0810-777-7862</li><li>Lunes a Sábado de 9 a 17</li><li><a href="#contacto">Contacto</a></li><li><i class="fa fa-whatsapp"></i>11-5799-0114</li>
    const v = view({
      text: 'Centro de Atención al Cliente\n0810-777-7862\nLunes a Sábado de 9 a 17\nContacto\n11-5799-0114',
      iconLabels: [{ icon: 'whatsapp', text: '11-5799-0114' }],
    });
    expect(extractWhatsapp(v, 'AR').map((h) => h.value)).toEqual(['+5491157990114']);
    expect([...new Set(extractPhones(v, 'AR').map((h) => h.value))]).toEqual(['+548107777862']);
  });
});

describe('WhatsApp links that show their number', () => {
  it('counts the number written in a WhatsApp link as WhatsApp only, not as a phone line (bench/real-pages/br-news-campograndenews-noticia, dev)', () => {
    // <a class="px-2 text-white HeaderIcon" href="https://wa.me/5567996699563"><i class="fab fa-whatsapp"></i> (67) 99669-9563</a>
    const v = view({ text: '(67) 99669-9563\nMAIO, QUARTA 04\n… CEP 79020-250 - CAMPO GRANDE - MS (67) 3316-7200', links: [link('https://wa.me/5567996699563', ' (67) 99669-9563'), link('tel:6733167200', '(67) 3316-7200')] });
    expect(extractWhatsapp(v, 'BR').map((h) => h.value)).toEqual(['+5567996699563']);
    expect([...new Set(extractPhones(v, 'BR').map((h) => h.value))]).toEqual(['+556733167200']);
  });
});

describe('WhatsApp buttons that show their number', () => {
  it('counts the number a WhatsApp-titled "javascript:" icon shows as WhatsApp, not as a phone line (bench/real-pages/br-association-aasp-noticia, dev, from holdout 7)', () => {
    // <a href="javascript:;" onmouseover="exibeWhatsapp();" title="WhatsApp da AASP"><img alt="WhatsApp da AASP"><div class="telWhatsapp">(11) 99424-6731</div>
    const v = view({
      text: 'serviço de atendimento ao associado no telefone (11) 3291-9200\nFlickr\n(11) 99424-6731',
      links: [link('javascript:;', '(11) 99424-6731', { label: 'WhatsApp da AASP' })],
    });
    expect(extractWhatsapp(v, 'BR').map((h) => h.value)).toEqual(['+5511994246731']);
    expect([...new Set(extractPhones(v, 'BR').map((h) => h.value))]).toEqual(['+551132919200']);
  });

  it('reads a "Tel/WhatsApp" button\'s number as WhatsApp and as a line to call (invented)', () => {
    const v = view({ text: '(11) 99424-6731', links: [link('javascript:;', '(11) 99424-6731', { label: 'Tel/WhatsApp' })] });
    expect(extractWhatsapp(v, 'BR').map((h) => h.value)).toEqual(['+5511994246731']);
    expect(extractPhones(v, 'BR').map((h) => h.value)).toEqual(['+5511994246731']);
  });
});

describe('WhatsApp buttons in frames', () => {
  const frame = (src: string) => ({ src, title: '', name: '', id: 'wpp-iframe', visible: true });
  it.each([
    // bench/real-pages/co-entertainment-cineprox-cartelera (dev, from holdout 7): DataCRM's button, its number in the frame's address
    ['DataCRM\'s WhatsApp button frame (Cineprox)', 'https://integraciones.datacrm.la/datacrm/whatsapp_button/index.html?type=whatsappweb&mobile=573013483392&redirect_chat_whatsapp=false&origin_campaign=16452', ['+573013483392']],
    // invented: a frame that is not a WhatsApp button, its parameter a campaign's number
    ['a map frame with a numeric parameter', 'https://maps.example/embed?number=573013483392', []],
    // invented: a WhatsApp button frame whose parameter is an id, not a number
    ['a WhatsApp button frame with a short id', 'https://widgets.example/whatsapp/button?wa=16452', []],
  ])('%s', (_name, src, numbers) => {
    expect(whatsappFromWidgets(view({ iframes: [frame(src)] }), 'CO').map((h) => h.value)).toEqual(numbers);
  });
});

describe('numbers the text offers on WhatsApp only', () => {
  it.each([
    // gy-news-kaieteurnews-article, the footer's Radio Dept. block: the WhatsApp/SMS line is WhatsApp, the others lines to call
    ['a "Whatsapp/SMS" line beside the radio\'s phone lines (Kaieteur News)', 'Radio Dept.: +592-225-8465, +592-226-8210\nRadio Whatsapp/SMS: +592-622-2222', 'GY', ['+5922258465', '+5922268210'], ['+5926222222']],
    // jm-news-gleaner-article, under the article
    ['a number to send a WhatsApp message to (The Gleaner)', 'Send us a message on WhatsApp at 1-876-499-0169', 'JM', [], ['+18764990169']],
    // A phone word in the label offers a line to call too (invented)
    ['a "Tel/WhatsApp" line (invented)', 'Tel/WhatsApp: 876-499-0169', 'JM', ['+18764990169'], ['+18764990169']],
    // The WhatsApp word after another number labels only the number after it (invented)
    ['a line to call, then a WhatsApp number (invented)', 'Llámanos al 601 555 0123 o escríbenos por WhatsApp al 300 555 0123', 'CO', ['+576015550123'], ['+573005550123']],
  ])('%s', (_name, text, country, phones, whatsapp) => {
    const v = view({ text });
    expect([...new Set(extractPhones(v, country).map((h) => h.value))]).toEqual(phones);
    expect(extractWhatsapp(v, country).map((h) => h.value)).toEqual(whatsapp);
  });
});

describe('tel: links the page offers on WhatsApp only', () => {
  it.each([
    // es-services-juanmerodio-home, the sidebar's WhatsApp news box: <h3>¡Novedades de Juan Merodio en tu WhatsApp!</h3>
    // <p>Deja tu número de teléfono y agrega a tu WhatsApp el mío y envía un mensaje con el texto ALTA<br/>
    // <span>*Solo se enviarán comunicaciones muy puntuales</span></p><a href="tel:+34645754453">+34 645 754 453</a>.
    // The box's heading and sentence offer the number for WhatsApp; 'tu número de teléfono' is the visitor's own.
    ['a tel: link under a heading and sentence that offer it for WhatsApp (Juan Merodio)', '¡Novedades de Juan Merodio en tu WhatsApp!\nDeja tu número de teléfono y agrega a tu WhatsApp el mío y envía un mensaje con el texto ALTA\n*Solo se enviarán comunicaciones muy puntuales\n+34 645 754 453\nAcepto el Aviso Legal', [link('tel:+34645754453', '+34 645 754 453')], 'ES', [], ['+34645754453']],
    // The link's own words name WhatsApp and no phone word (invented)
    ['a tel: link whose own text is "WhatsApp" (invented)', 'Contacto\nWhatsApp', [link('tel:+573005550123', 'WhatsApp')], 'CO', [], ['+573005550123']],
    // A WhatsApp label on the link's own line (invented)
    ['a tel: link after "WhatsApp:" on its line (invented)', 'Escríbenos por WhatsApp: 300 555 0123', [link('tel:+573005550123', '300 555 0123')], 'CO', [], ['+573005550123']],
  ])('%s', (_name, text, links, country, phones, whatsapp) => {
    const v = view({ text, links });
    expect([...new Set(extractPhones(v, country).map((h) => h.value))]).toEqual(phones);
    expect([...new Set(extractWhatsapp(v, country).map((h) => h.value))]).toEqual(whatsapp);
  });

  it.each([
    // A separate WhatsApp mention beside a line to call: each number keeps its own label (invented, in the
    // shape of co-bank-bancolombia-credito's footer, whose WhatsApp icon sits after its tel: lines).
    ['a "Tel: … | WhatsApp: …" line with two numbers keeps the Tel line', 'Tel: 601 555 1234 | WhatsApp: 300 555 0123', [link('tel:+576015551234', '601 555 1234')], 'CO', ['+576015551234'], ['+573005550123']],
    // A call verb in the box offers a line to call as well as WhatsApp (invented)
    ['a box that says "Llámanos o escríbenos por WhatsApp al" keeps the line', 'Llámanos o escríbenos por WhatsApp al\n300 555 0123', [link('tel:+573005550123', '300 555 0123')], 'CO', ['+573005550123'], []],
    // A box above another number belongs to that number: the WhatsApp heading labels the first only (invented)
    ['a line under the WhatsApp number that a WhatsApp heading introduces', 'Escríbenos por WhatsApp\n300 555 0123\n601 555 1234', [link('tel:+573005550123', '300 555 0123'), link('tel:+576015551234', '601 555 1234')], 'CO', ['+576015551234'], ['+573005550123']],
    // A phone word in the heading ("Teléfono y WhatsApp") offers both (invented)
    ['a "Teléfono y WhatsApp" heading keeps the line', 'Teléfono y WhatsApp\n300 555 0123', [link('tel:+573005550123', '300 555 0123')], 'CO', ['+573005550123'], []],
  ])('%s', (_name, text, links, country, phones, whatsapp) => {
    const v = view({ text, links });
    expect([...new Set(extractPhones(v, country).map((h) => h.value))]).toEqual(phones);
    expect([...new Set(extractWhatsapp(v, country).map((h) => h.value))]).toEqual(whatsapp);
  });
});

describe('WhatsApp (invented)', () => {
  it.each([
    ['https://api.whatsapp.com/send?text=Mira%20este%20producto', null],
    ['https://web.whatsapp.com/send?text=hola', null],
    ['https://api.whatsapp.com/send?phone=573001234567&text=Hola', '+573001234567'],
    ['whatsapp://send?text=&phone=573001234567', '+573001234567'],
    ['https://wa.link/abc123', ''],
  ])('whatsappNumber(%s) is %j', (href, expected) => {
    expect(whatsappNumber(href, 'CO')).toBe(expected);
  });

  it('keeps a number labelled with a phone word as a phone line too', () => {
    const v = view({ text: 'Tel/WhatsApp 11-5799-0114', iconLabels: [{ icon: 'whatsapp', text: 'Tel/WhatsApp 11-5799-0114' }] });
    expect(extractPhones(v, 'AR').map((h) => h.value)).toEqual(['+541157990114']);
  });

  it('drops a number beside a fax icon from the phone lines', () => {
    const v = view({ text: 'Tel 601 555 1234\n601 555 1235', iconLabels: [{ icon: 'fax', text: '601 555 1235' }] });
    expect(extractPhones(v, 'CO').map((h) => h.value)).toEqual(['+576015551234']);
  });

  it.each([['+541157990114', '+5491157990114'], ['+5491157990114', '+5491157990114'], ['+573001234567', '+573001234567']])('whatsappForm(%s) is %s', (e164, wa) => {
    expect(whatsappForm(e164)).toBe(wa);
  });
});

describe('e-mail addresses in real pages', () => {
  it.each([
    // EU Code Week event page (events.codeweek.eu, id 41887405978): "Click to email this to a friend"
    ['a share-by-e-mail link with subject and body but no recipient', 'mailto:?subject=Look at this awesome coding event&body=Hi, check out Scratch Day event at https://events.codeweek.eu/view/1234/scratch-day'],
    // A ZEISS press release's share bar (id 4965463168)
    ['a German press release\'s "Diese Website per E-Mail teilen" link', 'mailto:?subject=ZEISS%2C%20TRUMPF%20und%20Fraunhofer%20mit%20Deutschem%20Zukunftspreis%20ausgezeichnet&body=EUV-Lithographie%20erm%C3%B6glicht%20Chips'],
  ])('finds no address in %s', (_name, href) => {
    expect(extractEmails(view({ links: [link(href, 'E-mail')] }))).toEqual([]);
  });
});

describe('e-mail addresses on the dev pages of bench/real-pages', () => {
  // cu-media-telepinar-noticia, the footer's envelope icon: <a href="mailto:mailto: web@telepinar.icrt.cu">
  it('reads a mailto: link that repeats its scheme (Telepinar)', () => {
    expect(extractEmails(view({ links: [link('mailto:mailto: web@telepinar.icrt.cu', '')] })).map((h) => h.value)).toEqual(['web@telepinar.icrt.cu']);
  });

  it.each([
    // us-media-letstalkbitcoin-contact (dev, from holdout 11): <p>Website development by <a href="mailto:sales@ironcladtech.ca">IronClad Web Technologies</a></p>
    ['the web agency\'s mailto: link in the footer credit (Let\'s Talk Bitcoin)', 'Website development by IronClad Web Technologies', [link('mailto:sales@ironcladtech.ca', 'IronClad Web Technologies')], []],
    ['an agency\'s address written after "Desarrollado por" (invented)', 'Desarrollado por: soporte@agencia.example', [], []],
    ['the organisation\'s own address beside the credit (invented)', 'Escríbenos: hola@tienda.example\nDiseñado por Agencia X', [link('mailto:hola@tienda.example', 'hola@tienda.example')], ['hola@tienda.example']],
  ] as const)('leaves out %s', (_name, text, links, want) => {
    expect([...new Set(extractEmails(view({ text, links: [...links] })).map((h) => h.value))]).toEqual(want);
  });

  // pe-education-riskanalyticsperu-curso (from holdout 15): the footer shows one address and links to a misspelt one
  it('reads the address a link shows, not the misspelt one it sends to (pe-education-riskanalyticsperu-curso)', () => {
    const v = view({ text: 'CONTACTO\ninformes@riskanalyticsperu.com\n+(51) 902 679 682', links: [link('mailto:informes@risknalyticsperu.com', 'informes@riskanalyticsperu.com')] });
    expect([...new Set(extractEmails(v).map((h) => h.value))]).toEqual(['informes@riskanalyticsperu.com']);
  });
  it('reads the target of a link that shows no address (invented)', () => {
    const v = view({ text: 'Escríbenos', links: [link('mailto:hola@tienda.example?subject=Consulta', 'Escríbenos')] });
    expect(extractEmails(v).map((h) => h.value)).toEqual(['hola@tienda.example']);
  });

  it('reads an author\'s address, not the Twitter handle run into it by the byline\'s layout (co-news-elespectador-articulo)', () => {
    // <a …>…</svg>@elmoral_es</a></span><span class="ACredit-SocialMedia"><a href="mailto:fmorales@elespectador.com">…fmorales@elespectador.com</a>
    const v = view({
      text: 'Por Felipe Morales Sierra\n@elmoral_esfmorales@elespectador.com\nRecibe alertas desde Google News',
      links: [link('mailto:fmorales@elespectador.com', 'fmorales@elespectador.com')],
    });
    expect([...new Set(extractEmails(v).map((h) => h.value))]).toEqual(['fmorales@elespectador.com']);
  });

  it('reads the address after an icon font\'s glyph, not the glyph run into it (cl-retail-mediaplayer-categoria)', () => {
    // <p class="link_address"><span class="icon email">2</span>ventas@mediaplayer.cl</p>
    const v = view({ text: 'Contacto\n2ventas@mediaplayer.cl\n', glyphRuns: [{ glyph: '2', after: 'ventas@mediaplayer.cl' }] });
    expect(extractEmails(v).map((h) => h.value)).toEqual(['ventas@mediaplayer.cl']);
  });
  // br-retail-magazineluiza-produto: the product's spec table gives the maker's customer service ('SAC do Fornecedor')
  it.each([
    ['the supplier\'s SAC in a spec table (Magalu)', 'Prazo de Garantia\t01 ano (3 meses de garantia legal)\nSAC do Fornecedor\tatendimento@asus.com', []],
    // as the collector reads Magalu's table: each cell ends with a tab and the value opens the next line
    ['the supplier\'s SAC in a spec table read one cell per line (Magalu)', 'Prazo de Garantia\t\n01 ano (3 meses de garantia legal e mais 9 meses de garantia especial concedida pelo fabricante)\n\nSAC do Fornecedor\t\natendimento@asus.com\n\nConteúdo da Embalagem\t\n1 Notebook', []],
    ['the shop\'s address on the line after a paragraph that mentions a manufacturer (invented)', 'Compre direto do fabricante\ncontato@loja.example', ['contato@loja.example']],
    ['the manufacturer\'s address after "Fabricante:" (invented)', 'Fabricante: contacto@fabrica.example', []],
    ['the shop\'s own address in a spec table row of its own (invented)', 'Dúvidas sobre o produto\tsac@loja.example', ['sac@loja.example']],
    // us-retail-ebay-item (dev): a listing's "Business seller information" block gives the seller's own address
    ['a marketplace seller\'s address under "Business seller information" (eBay)', 'Business seller information\nPE\nContact details\n- -\n2 Bell Road\nDudley\nWest Midlands\nDY2 0NH\nUnited Kingdom\nEmail:phenixempor@gmail.com', []],
    ['a seller\'s address under "Información del vendedor" (invented)', 'Información del vendedor\nTienda Ejemplo SAS\nCorreo: ventas@vendedor.example', []],
  ])('reads %s', (_name, text, expected) => {
    expect(extractEmails(view({ text })).map((h) => h.value)).toEqual(expected);
  });
  it('keeps an address that starts with a digit when no icon precedes it (invented)', () => {
    const v = view({ text: 'Escríbenos: 2ventas@tienda.example.cl', glyphRuns: [{ glyph: '', after: 'Escríbenos' }] });
    expect(extractEmails(v).map((h) => h.value)).toEqual(['2ventas@tienda.example.cl']);
  });

  it.each([
    // br-media-claudia-receita: <small id="userExpEmail">email@usuario.com.br</small> in the logged-out account menu
    ['a logged-out account menu\'s template address', 'Minha Abril\nUsuário\n\nOlá, Usuário\n\nemail@usuario.com.br\n Assinaturas\n Conteúdos Salvos\n Dados Pessoais', []],
    // tt-news-guardian-article: the byline's address carries soft hyphens (U+00AD) where the word may break
    ['a byline address written with soft hyphens (Trinidad Guardian)', 'Peter Christopher\npe\u00ADter.christo\u00ADpher@guardian.co.tt', ['peter.christopher@guardian.co.tt']],
    ['an address with a zero-width space inside (invented)', 'ventas\u200B@tienda.example', ['ventas@tienda.example']],
    // ar-news-ambito-nota: the newsroom address in the footer
    ['a newsroom address in a footer', 'Redacción: redaccionweb@ambito.com.ar\nSuscripciones: suscripciones@ambito.com.ar //  +54 9 11 4556-9147/48', ['redaccionweb@ambito.com.ar', 'suscripciones@ambito.com.ar']],
  ])('%s', (_name, text, expected) => {
    expect(emailsInText(text).map((m) => m.email)).toEqual(expected);
  });
});

describe('a word run into a mailto link\'s address', () => {
  // us-transport-capitalbikeshare-signup (dev): "by emailing<a href="mailto:customerservice@capitalbikeshare.com">customerservice@…</a>"
  it('reads the link\'s address, not the word glued to it (us-transport-capitalbikeshare-signup)', () => {
    const v = view({ text: 'a replacement may be purchased by calling 877-430-BIKE (2453) or by emailingcustomerservice@capitalbikeshare.com and reporting', links: [link('mailto:customerservice@capitalbikeshare.com', 'customerservice@capitalbikeshare.com')] });
    expect([...new Set(extractEmails(v).map((h) => h.value))]).toEqual(['customerservice@capitalbikeshare.com']);
  });
  it('keeps two linked mailboxes, one the tail of the other (invented)', () => {
    const v = view({ text: 'Ventas: ventas@tienda.co\nPosventa: posventas@tienda.co', links: [link('mailto:ventas@tienda.co', 'ventas@tienda.co'), link('mailto:posventas@tienda.co', 'posventas@tienda.co')] });
    expect([...new Set(extractEmails(v).map((h) => h.value))]).toEqual(['ventas@tienda.co', 'posventas@tienda.co']);
  });
});

describe('e-mail addresses (invented)', () => {
  it.each([
    ['an address in a share link\'s query string written in the text', 'Comparte: https://www.facebook.com/sharer/sharer.php?u=https://tienda.co/?ref=ventas@tienda.co', []],
    ['an address after an equals sign in a URL', 'https://api.whatsapp.com/send?phone=57300&text=info@tienda.co', []],
    ['a retina image name', 'logo@2x.png', []],
    ['an address after a colon', 'Correo:ventas@tienda.co', ['ventas@tienda.co']],
    ['an address in a sentence', 'Escríbenos a ventas@tienda.co o llámanos.', ['ventas@tienda.co']],
    ['a fediverse handle', 'Síguenos en @tienda@mastodon.social', []],
  ])('%s', (_name, text, expected) => {
    expect(emailsInText(text).map((m) => m.email)).toEqual(expected);
  });
});

/**
 * A site with addresses on its own domain writes its mailboxes there: a webmail address
 * beside them is a person's (a journalist's, a seller's), unless it carries the
 * organisation's name. Site-level, so each row is the set of addresses a crawl found.
 */
describe('webmail beside the organisation\'s own addresses', () => {
  const judge = (emails: string[], domain: string): string[] =>
    withoutPersonalWebmail(emails.map((value) => ({ value })), (d) => d === domain || d.endsWith(`.${domain}`), [domain.split('.')[0]!]).map((e) => e.value);
  it.each([
    // do-news-listindiario-noticia (dev): the byline gives the writer's address at the paper, then his own Hotmail
    ['drops a writer\'s Hotmail in a byline beside his address at the paper', ['hectorj.cruz@listindiario.com', 'hjcbeisbol@hotmail.com'], 'listindiario.com', ['hectorj.cruz@listindiario.com']],
    // cu-news-tribunahabana-noticia (dev): the author box's Gmail; the footer gives the newsroom's address
    ['drops an author box\'s Gmail beside the newsroom\'s address', ['redac@tribuna.cip.cu', 'yoscar4@gmail.com'], 'tribuna.cip.cu', ['redac@tribuna.cip.cu']],
    // ... where the site is tribuna.cu and the newsroom's address is on an older domain that carries its name
    ['counts an address on a domain carrying the site\'s name as its own (cu-news-tribunahabana-noticia)', ['redac@tribuna.cip.cu', 'yoscar4@gmail.com'], 'tribuna.cu', ['redac@tribuna.cip.cu']],
    // ve-news-noticierodigital-nota (dev): the footer's newsroom address is on Gmail but named for the paper
    ['keeps a webmail address named for the organisation', ['ventas@noticierodigital.com', 'redaccion.noticierodigital@gmail.com'], 'noticierodigital.com', ['ventas@noticierodigital.com', 'redaccion.noticierodigital@gmail.com']],
    // A small shop with no domain mailbox: its Gmail is its mailbox (invented)
    ['keeps the webmail of a site with no address of its own (invented)', ['pedidos.ana@gmail.com'], 'tiendaana.co', ['pedidos.ana@gmail.com']],
    // Another organisation's address is not the site's own: it does not make webmail a person's (invented)
    ['keeps webmail when the only other address is another organisation\'s (invented)', ['info@partner.org', 'ventas.tienda@hotmail.com'], 'tiendaana.co', ['info@partner.org', 'ventas.tienda@hotmail.com']],
  ])('%s', (_name, emails, domain, expected) => {
    expect(judge(emails, domain)).toEqual(expected);
  });
});

describe('a writer\'s own address in a byline', () => {
  const writersOwn = (text: string, email: string): boolean => bylineWritersAddress(text, text.indexOf(email), email);
  it.each([
    // cu-news-granma-articulo (dev), a related story's byline: <span class="g-story-author">Autor: <a …>Alina Perera Robbio</a> | <a href="mailto:perera@juventudrebelde.cu">
    ['a surname as the local part after "Autor:"', 'Autor: Alina Perera Robbio | perera@juventudrebelde.cu', 'perera@juventudrebelde.cu', true],
    // us-news-vox-article (dev): By <a>Alissa Wilkinson</a><a>@alissamarie</a> … the writer's address
    ['a first name after "By", past the writer\'s handle', 'By Alissa Wilkinson@alissamarie alissa@vox.com Updated Jul 24, 2018', 'alissa@vox.com', true],
    ['an initial and a surname (invented)', 'Por Carla Chévez | cchevez@diario.example', 'cchevez@diario.example', true],
    // cu-news-granma-articulo (dev): the paper's own stories carry its web desk's address in the same place
    ['not a newsroom\'s address in a byline', 'Autor: Yaima Puig Meneses | internet@granma.cu', 'internet@granma.cu', false],
    // us-education-brookdale-contact (dev): "by e-mail to" is no byline
    ['not a staff address after "by e-mail to"', 'contact the Department at 732-224-2256 or by e-mail to mdestefano@brookdalecc.edu', 'mdestefano@brookdalecc.edu', false],
    ['not a named contact without a byline cue (invented)', 'Contact Jane Doe jdoe@tienda.example', 'jdoe@tienda.example', false],
  ])('%s', (_name, text, email, expected) => {
    expect(writersOwn(text, email)).toBe(expected);
  });

  const judge = (emails: { value: string; writer?: boolean }[], domain: string): string[] =>
    withoutPersonalWebmail(emails, (d) => d === domain || d.endsWith(`.${domain}`), [domain.split('.')[0]!]).map((e) => e.value);
  // cu-news-granma-articulo (dev): a related story by another outlet's reporter; her address is that outlet's
  it('drops a byline writer at another outlet\'s domain and keeps the paper\'s own', () => {
    const v = view({
      text: 'Autor: Yaima Puig Meneses | internet@granma.cu\nAutor: Alina Perera Robbio | perera@juventudrebelde.cu',
      links: [link('mailto:internet@granma.cu', 'internet@granma.cu'), link('mailto:perera@juventudrebelde.cu', 'perera@juventudrebelde.cu')],
    });
    expect([...new Set(judge(extractEmails(v), 'granma.cu'))]).toEqual(['internet@granma.cu']);
  });
  // us-news-usnews-article (dev): a reporter's tagline; the set counts writers on the publisher's own domain, so she stays there,
  // and the same tagline on another outlet's page is hers, not that outlet's (invented domain).
  it('marks an address in a contributor\'s tagline as its writer\'s, kept on the organisation\'s own domain only', () => {
    const v = view({ text: 'Lindsey Cook is a data reporter for U.S. News & World Report. You can follow her on Twitter or reach her at lcook@usnews.com.' });
    expect(judge(extractEmails(v), 'usnews.com')).toEqual(['lcook@usnews.com']);
    expect(judge(extractEmails(v), 'otherpaper.example')).toEqual([]);
  });
  // tt-news-guardian-article, co-news-elespectador-articulo (dev): the set counts reporters' addresses on the publisher's domain
  it('keeps a byline writer on the organisation\'s own domain', () => {
    expect(judge([{ value: 'fmorales@elespectador.com', writer: true }], 'elespectador.com')).toEqual(['fmorales@elespectador.com']);
  });
});

describe('addresses declared in schema.org data beside those the page shows', () => {
  const kept = (declared: string[], shown: string[]): string[] => withoutMisspeltTwins(declared.map((value) => ({ value })), shown).map((e) => e.value);
  it.each([
    // pe-news-rpp-home (dev, from holdout 17): the ContactPoint's domain drops a letter of the footer mailto's
    ['a slip of one letter in the domain is the shown address', ['prensa@guporpp.com.pe'], ['prensa@gruporpp.com.pe'], []],
    ['a changed letter too (invented)', ['ventas@tiendq.example'], ['ventas@tienda.example'], []],
    ['another mailbox on the same domain is its own (invented)', ['prensa@rpp.example'], ['ventas@rpp.example'], ['prensa@rpp.example']],
    ['the same mailbox on a domain two letters off is another domain (invented)', ['info@tienda.example'], ['info@tiendita.example'], ['info@tienda.example']],
    ['an address the page also shows stays (invented)', ['info@tienda.example'], ['info@tienda.example'], ['info@tienda.example']],
  ])('%s', (_name, declared, shown, expected) => {
    expect(kept(declared, shown)).toEqual(expected);
  });
});
