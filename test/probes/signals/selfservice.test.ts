/**
 * Which key pages a page offers, from its links: whose policies a link to another
 * domain leads to, help centres hosted by help-desk platforms, and elements that act
 * as links without an href. Snippets come from the dev pages of bench/real-pages (each
 * cited by page id), written as the collector reads them; "invented" cases prove
 * behaviour only.
 */
import { describe, expect, it } from 'vitest';
import { isOwn, siteIdentity } from '../../../src/probes/identity.js';
import type { FormHit } from '../../../src/probes/signals/forms.js';
import { extractKindHits, type LinkContext } from '../../../src/probes/signals/selfservice.js';
import type { DocumentData, LinkInfo, PageKind, ScriptLinkInfo } from '../../../src/probes/types.js';
import { link, view } from '../builders.js';

/** The key kinds a page at `url` (the organisation's own `site`) offers through its links. */
function kindsOffered(url: string, d: Partial<DocumentData>): PageKind[] {
  const identity = siteIdentity({ target: url });
  const ctx: LinkContext = { lookup: () => undefined, isOwn: (u) => isOwn(identity, u) };
  const { hits } = extractKindHits(view({ url, ...d }), [], [], ctx);
  return [...new Set(hits.map((h) => h.value))].sort();
}

const at = (region: string) => (href: string, text: string, label = ''): LinkInfo => link(href, text, { region, label });
const other = at('other');
const footer = at('footer');
const main = at('main');

describe('policies on another domain of the organisation or its group', () => {
  const valid: [string, string, LinkInfo[], PageKind[]][] = [
    // ar-retail-zara-product: the policies are PDFs on Zara's own static host under another suffix (zara.net beside zara.com)
    ['Zara\'s policy PDFs on static.zara.net', 'https://www.zara.com/ar/en/seoul-100-ml--3-4-fl--oz--p20210088.html', [
      at('nav')('https://www.zara.com/ar/en/help', 'HELP'),
      at('nav')('https://static.zara.net/static/pdfs/AR/privacy-policy/privacy-policy-en_AR-20200508.pdf', 'Privacy policy'),
      at('nav')('https://static.zara.net/static/pdfs/AR/terms-and-conditions/terms-and-conditions-en_AR-20200616.pdf', 'Purchase conditions'),
    ], ['help', 'privacy', 'terms']],
    // us-government-nycparks-events: the city-wide footer of the government the department belongs to
    ['NYC Parks\' city-wide footer on nyc.gov, which also hosts its "Contact Us"', 'https://www.nycgovparks.org/events', [
      other('http://www1.nyc.gov/home/contact-us.page', 'Contact Us'),
      other('http://www1.nyc.gov/home/privacy-policy.page', 'Privacy Policy'),
      other('http://www1.nyc.gov/home/terms-of-use.page', 'Terms of Use'),
    ], ['privacy', 'terms']],
    // us-help-wordpresscom-support: the footer links the parent company's home and its privacy policy
    ['WordPress.com\'s "Privacy" at its parent Automattic, whose home the footer also links', 'https://en.support.wordpress.com/', [
      other('https://automattic.com/', 'Automattic'),
      other('https://automattic.com/privacy/', 'Privacy', 'We are profoundly disinterested in your private details'),
      other('https://wordpress.com/tos/', 'Terms of Service', 'Some legalese'),
    ], ['privacy', 'terms']],
    // es-retail-thermomixpamplona-receta: a sales office's blog whose contact, FAQ and policies are the group's (Vorwerk)
    ['a Thermomix delegation\'s footer pointing to Vorwerk\'s contact page and policies', 'https://thermomix-pamplona.es/claudia-torrent/masas-panes-reposteria/pan-de-espelta-y-centeno', [
      other('https://www.vorwerk.com/es/es/ayuda/thermomix/contacto', 'Contacto'),
      other('https://www.vorwerk.com/es/es/ayuda/thermomix/preguntas-frecuentes', 'Preguntas Frecuentes'),
      footer('https://www.vorwerk.com/es/es/general/politica-privacidad', 'Política de privacidad'),
      footer('https://www.vorwerk.com/es/es/general/informacion-legal', 'Información legal'),
    ], ['help', 'privacy', 'terms']],
    // it-media-giallozafferano-homepage (from holdout 38): the footer's "Condizioni d'uso" on the publisher's legal host,
    // filed under the site's own name
    ['GialloZafferano\'s "Condizioni d\'uso" at privacy.stbm.it/site/giallozafferano/', 'https://www.giallozafferano.it/', [
      footer('https://www.giallozafferano.it/ricette-cat/', 'Ricette'),
      footer('http://privacy.stbm.it/site/giallozafferano/condizioni-generali.html', 'Condizioni d\'uso'),
    ], ['terms']],
  ];
  it.each(valid)('counts %s', (_name, url, links, kinds) => {
    expect(kindsOffered(url, { links })).toEqual(kinds);
  });

  // The copyright line names the owner; its policies on a domain named for it are the group's.
  const owned: [string, string, string, LinkInfo[], PageKind[]][] = [
    // us-news-cnet-nota: CBS Interactive's policies on its Salesforce site (cbsi.force.com/CBSi/…)
    ['CNET\'s policies at cbsi.force.com/CBSi, "© CBS Interactive Inc."', 'https://www.cnet.com/es/noticias/twitter-lite-america-latina/', 'CNET © CBS Interactive Inc. / Derechos reservados. Acerca de CNET', [
      other('http://cbsi.force.com/CBSi/privacyesp', 'Política de privacidad'),
      other('http://cbsi.force.com/CBSi/touesp', 'Acuerdo del usuario'),
      other('http://cbsi.force.com/CBSi/adchoiceesp', 'Condiciones de uso'),
    ], ['privacy', 'terms']],
    // us-consumer-duracellpowermat-home: Procter & Gamble's (P&G's) privacy notice and terms on pg.com
    ['Duracell Powermat\'s policies at pg.com, "Copyright © 2015 Procter & Gamble"', 'https://www.duracellpowermat.com/', 'Privacy Notice | P&G Terms & Conditions | Ad Choices Copyright © 2015 Procter & Gamble. All claims valid only in U.S.', [
      footer('http://www.pg.com/privacy/english/privacy_notice.shtml', 'Privacy Notice'),
      footer('http://www.pg.com/en_US/terms_conditions/index.shtml', 'P&G Terms & Conditions'),
    ], ['privacy', 'terms']],
    // us-retail-houseplans-home (dev, from holdout 24): the footer's 'Privacy Policy' at zondahome.com/legal beside
    // "© 2021 Zonda Media, a Delaware corporation": a domain that starts with the owner's name is the group's
    ['Houseplans\' privacy policy at zondahome.com, "© 2021 Zonda Media, a Delaware corporation"', 'https://www.houseplans.com/', 'Zonda House Plans © 2021 Zonda Media, a Delaware corporation Privacy Policy | Terms & Conditions', [
      footer('https://www.zondahome.com/legal', 'Privacy Policy'),
    ], ['privacy', 'terms']],
    // jp-services-ameba-home (from holdout 33): the group's privacy policy in the side block of CyberAgent's service links,
    // under "Copyright © CyberAgent, Inc. All Rights Reserved."
    ['Ameba\'s privacy policy at cyberagent.co.jp, in a side block, "© CyberAgent, Inc."', 'https://www.ameba.jp/', 'Copyright © CyberAgent, Inc. All Rights Reserved.', [
      at('aside')('https://www.cyberagent.co.jp/privacy/', 'プライバシーポリシー'),
    ], ['privacy']],
  ];
  it.each(owned)('counts %s', (_name, url, text, links, kinds) => {
    expect(kindsOffered(url, { links, text })).toEqual(kinds);
  });
  // An owner's short first word is no name of its own: "© Casa Grande Ltd" does not make casanova.example the group's (invented)
  it('does not count a policy at a domain that starts with an owner\'s first word shorter than five letters (invented)', () => {
    expect(kindsOffered('https://tienda.example/', { text: '© 2021 Casa Grande Ltd', links: [footer('https://www.casanova.example/privacy', 'Privacy Policy')] })).toEqual([]);
  });
  // us-news-tmz-article: Warner Bros.' policy, but the copyright line names EHM Productions: nothing on the page ties the domains
  it('does not count TMZ\'s "Privacy Policy" at warnerbros.com under "© 2015 EHM Productions, Inc."', () => {
    expect(kindsOffered('http://www.tmz.com/2015/02/26/lupita-nyongo-pearl-dress-stolen-oscars/', { text: 'Hollywood Tours © 2015 EHM Productions, Inc. All rights reserved About TMZ.com', links: [other('http://www.warnerbros.com/privacy/policy.html', 'Privacy Policy')] })).toEqual([]);
  });

  const invalid: [string, string, LinkInfo[]][] = [
    // Invented, in the shape of the reCAPTCHA notice: Google's pair is the only link to google.com
    ['a reCAPTCHA notice\'s Privacy · Terms (invented page)', 'https://tienda.example/contacto', [
      other('https://policies.google.com/privacy', 'Privacy'),
      other('https://policies.google.com/terms', 'Terms'),
    ]],
    // Invented: an app-store badge is not the group's site, so Google's policies stay Google's
    ['Google\'s policies beside a Google Play badge (invented page)', 'https://tienda.example/', [
      footer('https://play.google.com/store/apps/details?id=example.tienda', 'Disponible en Google Play'),
      footer('https://policies.google.com/privacy', 'Privacy'),
    ]],
    // Invented: another site's policy filed under another name is not this site's, on the same legal host
    ['a legal host\'s policy filed under another site\'s name (invented page)', 'https://www.giallozafferano.it/', [
      footer('http://privacy.stbm.it/site/altrosito/condizioni-generali.html', 'Condizioni d\'uso'),
    ]],
    // Invented: a group's privacy policy cited inside an article is not this page's policy link
    ['a group\'s policy linked from an article\'s body (invented page)', 'https://noticias.example/nota', [
      other('https://www.grupo.example/contacto', 'Contacto'),
      main('https://www.grupo.example/politica-de-privacidad', 'Política de privacidad'),
    ]],
  ];
  it.each(invalid)('does not count %s', (_name, url, links) => {
    const kinds = kindsOffered(url, { links });
    expect(kinds).not.toContain('privacy');
    expect(kinds).not.toContain('terms');
  });
});

describe('help centres hosted by help-desk platforms', () => {
  it('counts iG\'s "Fale Conosco" to its Octadesk knowledge base as help (br-news-ig-noticia)', () => {
    expect(kindsOffered('https://economia.ig.com.br/2020-11-26/agronegocio.html', { links: [footer('https://igcorp.octadesk.com/kb/', 'Fale Conosco', 'Fale Conosco')] })).toEqual(['help']);
  });
  it('does not count another organisation\'s help host linked from an article (invented)', () => {
    expect(kindsOffered('https://noticias.example/nota', { links: [main('https://support.apple.com/es-es/HT201236', 'iPhone')] })).toEqual([]);
  });
  it('does not count a contact page on another organisation\'s site for this one (invented)', () => {
    expect(kindsOffered('https://tienda.example/', { links: [footer('https://www.mercadopago.com.co/ayuda/contacto', 'Contáctanos')] })).toEqual([]);
  });
});

describe('the portal named "my" and the organisation', () => {
  const cases: [string, string, LinkInfo[], PageKind[]][] = [
    // us-education-purdue-home: 'myPurdue' → wl.mypurdue.purdue.edu, the student portal, on the university's own domain
    ['myPurdue on the university\'s own domain', 'https://www.purdue.edu/', [other('https://wl.mypurdue.purdue.edu/', 'myPurdue')], ['account']],
    ['"Mi Movistar" on the operator\'s own host (invented)', 'https://www.movistar.example/', [other('https://www.movistar.example/app', 'Mi Movistar')], ['account']],
    ['"Minha Claro" on the operator\'s own host (invented)', 'https://www.claro.example/', [footer('https://minhaclaro.claro.example/', 'Minha Claro')], ['account']],
    // do-telecom-altice-home (dev, from holdout 46): the header's user icon, with no words, into /mi-altice
    ['an icon whose address is "mi-" and the organisation', 'https://www.altice.com.do/', [other('https://www.altice.com.do/mi-altice', '')], ['account']],
    ['a worded link whose address is "mi-" and the organisation keeps what its words say (invented)', 'https://www.altice.com.do/', [other('https://www.altice.com.do/mi-altice', 'Descarga la app')], []],
    // Invented: "my" and another name, or "my" + the organisation on another organisation's domain
    ['"My Story" (not the organisation\'s name, invented)', 'https://www.purdue.edu/', [main('https://www.purdue.edu/stories/', 'My Story')], []],
    ['"myPurdue" pointing to another organisation\'s domain (invented)', 'https://www.purdue.edu/', [other('https://mypurdue.fan.example/', 'myPurdue')], []],
  ];
  it.each(cases)('reads %s', (_name, url, links, kinds) => {
    expect(kindsOffered(url, { links })).toEqual(kinds);
  });
});

describe('links about the account that do not lead into it', () => {
  const cases: [string, string, LinkInfo[], PageKind[]][] = [
    // us-travel-orbitz-support: the help centre's answer "Registration / My Account information" explains
    // the account; an article of a help centre is help, never the account or an order lookup itself.
    ['a help-centre answer about the account', 'https://faq.orbitz.com/', [main('https://faq.orbitz.com/app/answers/detail/a_id/17129', 'Registration / My Account information')], ['help']],
    ['a Zendesk article about tracking an order (invented)', 'https://tienda.example/', [footer('https://tienda.zendesk.com/hc/es/articles/360001234567', 'Cómo rastrear mi pedido')], ['help']],
    // es-news-farodevigo-home: "Suscripción" leads to the subscription shop on the customer-area host
    // (micuenta.farodevigo.es/suscripcion/). The host stands for the account, but a page on it that
    // sells a subscription or a plan is a shop, not the sign-in.
    ['a subscription offer on the customer-area host', 'https://www.farodevigo.es/', [other('http://micuenta.farodevigo.es/suscripcion/', 'Suscripción')], []],
  ];
  it.each(cases)('reads %s for what it is', (_name, url, links, kinds) => {
    expect(kindsOffered(url, { links })).toEqual(kinds);
  });
  it('still counts the customer-area host behind an opaque or account-naming link (invented)', () => {
    expect(kindsOffered('https://www.diario.example/', { links: [other('https://micuenta.diario.example/', 'Mi cuenta')] })).toEqual(['account']);
    expect(kindsOffered('https://www.diario.example/', { links: [other('https://micuenta.diario.example/', 'Ver más')] })).toEqual(['account']);
  });
});

describe('sign-ins that are not the customer\'s account', () => {
  const cases: [string, string, LinkInfo[], PageKind[]][] = [
    // co-news-diariodelsur-noticia: Drupal's "Inicie sesión o regístrese para comentar", back to the comment form
    ['Drupal\'s login to comment, which returns to the comment form', 'https://diariodelsur.com.co/noticias/nota-647581', [link('https://diariodelsur.com.co/user/login?destination=node/647581%23comment-form', 'Inicie sesión', { region: 'main', selector: 'ul.links.inline > li.comment_forbidden.first > span > a' })], []],
    // us-government-cccco-home: the login link DotNetNuke's skin puts on every page (the content editors')
    ['DotNetNuke\'s skin login link', 'http://www.cccco.edu/', [link('http://www.cccco.edu/login.aspx?ReturnUrl=%2f', 'Login', { region: 'header', selector: 'a#dnn_LOGIN_loginLink' })], []],
    // br-government-alrs-noticia (dev, from holdout 8): an older DotNetNuke skin's login postback
    ['an older DotNetNuke skin\'s login postback', 'http://www.al.rs.gov.br/noticias/Default.aspx', [link('javascript:__doPostBack(\'dnn$dnnLOGIN$cmdLogin\',\'\')', 'Login', { region: 'header', selector: 'a#dnn_dnnLOGIN_cmdLogin' })], []],
    // br-government-dpu-noticia (dev, from holdout 8): the civil servants' door to SEI, the federal electronic-process system
    ['the sign-in of SEI, the public bodies\' electronic-process system', 'http://www.dpu.gov.br/noticias', [link('http://sip.dpu.gov.br/sip/login.php?sigla_orgao_sistema=DPU&sigla_sistema=SEI', 'sei', { region: 'nav', selector: 'div.mega-inner > ul.mega-nav.level1 > li > a' })], []],
    // br-government-mpmt-noticia (dev, from holdout 12): an image link whose alt says only "Acessar" would still go to the intranet's host
    ['a sign-in on an intranet\'s own host', 'http://www.mpmt.mp.br/conteudo.php', [link('https://intranet.mpmt.mp.br/login/', 'Acessar', { region: 'aside', selector: 'tbody > tr > td > a' })], []],
    // br-government-tst-noticia (dev): Liferay's default sign-in, the portal's content editors' door
    ['Liferay\'s portal sign-in', 'http://www.tst.jus.br/noticias', [link('http://www.tst.jus.br/c/portal/login?p_l_id=10725', 'Logar', { region: 'header', selector: 'a#sign-in' })], []],
    // br-government-defensoriaal-noticia (dev, from holdout 44), br-government-mpf-noticia and be-government-mons-contact (dev):
    // Plone's "log in" site action, the members' and editors' door
    ['Plone\'s site-action log-in', 'http://www.defensoria.al.gov.br/sala-de-imprensa', [link('http://www.defensoria.al.gov.br/login_form', 'Acessar', { region: 'header', selector: 'li#siteaction-login > a' })], []],
    // br-government-trtsp-noticia (dev, from holdout 45): the court's staff area in its personnel (SGRH) system
    ['a sign-in that authenticates the civil servants, in the personnel system', 'http://www.trtsp.jus.br/noticias', [link('http://aplicacoes1.trtsp.jus.br/sgrh-online/online/login.do?acao=autenticarServidor', 'MEU ESPAÇO', { region: 'header', selector: 'div#busca > span.bt_red > a.clink' })], []],
    // br-government-tjes-noticia (dev, from holdout 48): the single-password page, in the submenu headed 'PÚBLICO INTERNO'
    ['a sign-in in the staff\'s menu ("PÚBLICO INTERNO")', 'http://www.tjes.jus.br/index.php', [link('https://senha.tjes.jus.br/IDMProv/jsps/login/Login.jsp', 'Alterar Senha Unificada', { region: 'other', selector: 'li.parent.item221 > ul > li.item250 > a', menu: 'PÚBLICO INTERNO' })], []],
    ['the same sign-in in a "Serviços" menu stays the account (invented)', 'http://www.tjes.jus.br/index.php', [link('https://senha.tjes.jus.br/IDMProv/jsps/login/Login.jsp', 'Alterar Senha Unificada', { region: 'other', selector: 'li.parent > ul > li > a', menu: 'Serviços' })], ['account']],
    // Invented: the same words elsewhere still lead into the account
    ['a login that returns to the account page (invented)', 'https://tienda.example/', [link('https://tienda.example/user/login?destination=user/profile', 'Inicie sesión', { region: 'header' })], ['account']],
    ['an ASP.NET login.aspx link of the site\'s own (invented)', 'https://tienda.example/', [link('https://tienda.example/login.aspx?ReturnUrl=%2fmi-cuenta', 'Login', { region: 'header', selector: 'a#loginLink' })], ['account']],
  ];
  it.each(cases)('reads %s', (_name, url, links, kinds) => {
    expect(kindsOffered(url, { links })).toEqual(kinds);
  });

  // A sign-in the page offers in order to comment opens the comment box, whatever its address.
  const prompts: [string, string, string, LinkInfo[], PageKind[]][] = [
    // br-news-noticiaexata-artigo: under the article, before the comment box
    ['a login offered to send comments ("…logado para enviar comentários. CLIQUE AQUI PARA LOGAR")', 'https://www.noticiaexata.com.br/artigo/x', 'Comentários\nVocê precisa estar logado para enviar comentários.\nCLIQUE AQUI PARA LOGAR', [link('https://www.noticiaexata.com.br/login?ReturnUrl=https://www.noticiaexata.com.br/./artigo/x', 'CLIQUE AQUI PARA LOGAR', { region: 'main' })], []],
    // WordPress's comment form without wp-login.php: "You must be <a>logged in</a> to post a comment." (invented address)
    ['WordPress\'s "You must be logged in to post a comment"', 'https://news.example/2020/story', 'Leave a Reply\nYou must be logged in to post a comment.', [link('https://news.example/account/login?next=/2020/story', 'logged in', { region: 'main' })], []],
    // The header's sign-in on a page that also has a comment prompt stays the account's (invented)
    // us-research-pewresearch-article: the comment form's social sign-ins right under its heading
    ['the comment box\'s "Log In with Facebook" and "Sign In with Google" under "Leave a Comment"', 'https://www.pewresearch.org/fact-tank/2014/11/20/x/', 'Get Pew Research data by email\nLeave a Comment\n\nLog In with Facebook\n\nSign In with Google\n\nOr\n\nName  Email (will not be published)', [link('https://www.pewresearch.org/fact-tank/2014/11/20/x/#', 'Log In with Facebook', { region: 'other', selector: 'div#facebook-connect > p > a' }), link('https://www.pewresearch.org/fact-tank/2014/11/20/x/#', 'Sign In with Google', { region: 'other', selector: 'div#google-connect > p > a' })], []],
    // Invented: a menu entry "Comments" above the header's sign-in is not a comment box's heading
    ['the header\'s sign-in below a "Comments" menu entry (invented)', 'https://news.example/', 'Home\nComments\nNews\nLog in', [link('https://news.example/login', 'Log in', { region: 'header' })], ['account']],
    ['the header\'s sign-in of a page with a comment prompt further down (invented)', 'https://news.example/2020/story', 'Iniciar sesión\nNoticias\nDeja tu comentario\nInicia sesión para comentar', [link('https://news.example/login', 'Iniciar sesión', { region: 'header' })], ['account']],
  ];
  it.each(prompts)('reads %s', (_name, url, text, links, kinds) => {
    expect(kindsOffered(url, { text, links })).toEqual(kinds);
  });
});

describe('"#" links that open something in place', () => {
  const hash = (text: string, extra: Partial<LinkInfo> = {}): LinkInfo => link('https://www.clarin.com/politica/nota.html#', text, { region: 'footer', ...extra });
  it('reads Clarín\'s footer policies, which open in modals from href="#" links, as its policies (ar-news-clarin-nota)', () => {
    // <a aria-label="Terminos y condiciones" href="#" class="modal-legales" data-path="/commons/modales/terminos">Términos y condiciones</a>
    const links = [hash('Términos y condiciones'), hash('Política de protección de datos personales'), hash('Normas de confidencialidad y privacidad')];
    expect(kindsOffered('https://www.clarin.com/politica/nota.html', { links })).toEqual(['privacy', 'terms']);
  });
  it('does not read a hidden one, nor a "#" menu toggle named for a section, as a page offered (invented)', () => {
    expect(kindsOffered('https://www.clarin.com/politica/nota.html', { links: [hash('Términos y condiciones', { visible: false })] })).toEqual([]);
    expect(kindsOffered('https://www.clarin.com/politica/nota.html', { links: [hash('Ayuda'), hash('Contacto')] })).toEqual([]);
  });
});

describe('"javascript:" and "#" links whose click handler opens a page', () => {
  // us-retail-zazzle-home: <a href="javascript://" onclick="zPage.openIframeDialog({'widgetProperties':{'title':null,'url':'http://www.zazzle.com/help'},…})">Help</a>
  it('reads Zazzle\'s header "Help", which opens its help centre in a dialog, as help (us-retail-zazzle-home)', () => {
    const links = [link('javascript://', 'Help', { region: 'header', opens: 'http://www.zazzle.com/help' })];
    expect(kindsOffered('http://www.zazzle.com/', { links })).toEqual(['help']);
  });
  it('does not take a URL on another host for where the link goes: a handler may call a tracker (invented)', () => {
    const links = [link('javascript://', 'About Us', { region: 'main', opens: 'http://www.youtube.com/embed/NSKq-AjxgxE' }), link('javascript:void(0)', 'Ayuda', { opens: 'https://www.google-analytics.com/collect?v=1' })];
    expect(kindsOffered('http://www.zazzle.com/', { links })).toEqual([]);
  });
});

describe('a policy named on a link that leads nowhere', () => {
  // br-education-laboratoriodosnotebooks-home (holdout 14, retired): the footer's
  // <a rel="shadowbox" href="javascript:void()" title="… | Política de Privacidade">Política de Privacidade</a>,
  // beside a real 'Termos de Uso' → /termos.php.
  it('does not count a policy on "javascript:void()" with no click handler (br-education-laboratoriodosnotebooks-home)', () => {
    const links = [footer('javascript:void()', 'Política de Privacidade'), footer('javascript:void()', 'Aviso Legal'), footer('https://laboratoriodosnotebooks.com.br/termos.php', 'Termos de Uso')];
    expect(kindsOffered('https://laboratoriodosnotebooks.com.br/', { links })).toEqual(['terms']);
  });
  // pe-education-riskanalyticsperu-curso (from holdout 15): the sidebar menu's <li id="menu-item-8975"><a href="#">Privacy</a>
  it('does not count a WordPress menu item left on "#" (pe-education-riskanalyticsperu-curso)', () => {
    const url = 'https://riskanalyticsperu.com/curso/machine-learning-for-data-science/';
    const links = [link(`${url}#`, 'Privacy', { region: 'aside', selector: 'li#menu-item-8975 > a.tc-menu-inner' }), link(`${url}#`, 'Terms', { region: 'aside', selector: 'li#menu-item-8976 > a.tc-menu-inner' })];
    expect(kindsOffered(url, { links })).toEqual([]);
  });
  it.each([
    // A "#" may toggle a modal that holds the policy (ca-retail-beyondtherack-events' join modal 'Terms and Conditions').
    ['a "#" link (invented)', footer('https://tienda.example/#', 'Política de privacidad')],
    // us-finance-fool-article: <a href="javascript:void(0);" onclick="…">Terms &amp; Conditions</a>
    ['"javascript:void(0)" with a click handler (invented)', link('javascript:void(0);', 'Política de privacidad', { region: 'footer', handler: 'openTerms()' })],
  ])('still counts %s', (_name, l) => {
    expect(kindsOffered('https://tienda.example/', { links: [l] })).toEqual(['privacy']);
  });
});

describe('"#" links whose click handler opens the sign-in', () => {
  const hash = (text: string, handler: string, extra: Partial<LinkInfo> = {}): LinkInfo => link('https://www.diariolibre.com/x#', text, { region: 'nav', handler, ...extra });
  // do-news-diariolibre-noticia: <a href="#" title="Mi DL" id="amiDlbtn"><div … onclick="showLoginModal();"><img alt="Compartir"><span>MiDL</span></div></a>
  const offered: [string, LinkInfo][] = [
    ['Diario Libre\'s "MiDL", whose inner element calls showLoginModal() (do-news-diariolibre-noticia)', hash('MiDL', 'showLoginModal();', { label: 'Mi DL' })],
    ['a hidden one calling abrirLogin(): the script shows it to signed-out visitors (invented)', hash('', 'abrirLogin(event); return false;', { visible: false })],
    ['an icon calling openSignIn() (invented)', hash('', 'window.app.openSignIn()')],
  ];
  it.each(offered)('counts %s', (_name, l) => {
    expect(kindsOffered('https://www.diariolibre.com/x', { links: [l] })).toEqual(['account']);
  });
  const notOffered: [string, LinkInfo][] = [
    ['a handler that names the sign-in only as an argument (invented)', hash('', "trackEvent('login', 'header');")],
    ['a sign-out (invented)', hash('Salir', 'doLogout();')],
    ['a handler that opens a menu (invented)', hash('Menú', 'toggleMenu(this)')],
    ['a handler that opens the contact form, "entrar en contacto" (invented)', hash('', 'entrarEnContacto();')],
  ];
  it.each(notOffered)('does not count %s', (_name, l) => {
    expect(kindsOffered('https://www.diariolibre.com/x', { links: [l] })).toEqual([]);
  });
});

describe('elements that act as links without an href', () => {
  const span = (text: string, extra: Partial<ScriptLinkInfo> = {}): ScriptLinkInfo => ({ text, label: '', visible: true, region: 'other', selector: 'span.obf', onclick: 'go_lien(this);', ...extra });

  it('reads Spartoo\'s obfuscated menu items by their words (pt-retail-spartoo-home)', () => {
    const scriptLinks = ['A minha conta', 'As minhas encomendas', 'Ajuda', 'Os meus Favoritos', 'Ganhe 10 euros', 'Política de privacidade', 'Contacto', 'Botas baixas', 'Sapatilhas'].map((t) => span(t));
    expect(kindsOffered('http://www.spartoo.pt/', { scriptLinks })).toEqual(['account', 'contact', 'help', 'orderTracking', 'privacy']);
  });

  it('does not read a hidden one: it leads nowhere a visitor can reach (invented)', () => {
    expect(kindsOffered('http://www.spartoo.pt/', { scriptLinks: [span('Política de privacidade', { visible: false })] })).toEqual([]);
  });

  // cn-manufacturing-htiger-home (dev, from holdout 39): a corporate template's footer anchors with ids and no href,
  // onclick or handler ('隐私与 Cookie', '使用条款'): a policy is a document at an address, and these lead nowhere
  it('does not read a policy from a bare <a> nothing made clickable, and still reads a sign-in from one (cn-manufacturing-htiger-home, pr-news-elnuevodia-nota)', () => {
    const bare = (text: string, selector: string): ScriptLinkInfo => span(text, { bare: true, onclick: '', selector });
    const scriptLinks = [bare('隐私与 Cookie', 'a#Footer_privacyStatement_href'), bare('使用条款', 'a#Footer_termsOfUse_href'), bare('Log in', 'a#gigyaLoginLink')];
    expect(kindsOffered('https://htiger.invalid/', { scriptLinks })).toEqual(['account']);
    // The same anchors once a script of the page bound them are links (invented)
    expect(kindsOffered('https://htiger.invalid/', { scriptLinks: scriptLinks.map((l) => ({ ...l, bare: undefined })) })).toEqual(['account', 'privacy', 'terms']);
  });
});

describe('icon-only header links whose class opens the sign-in', () => {
  // pl-services-ceneo-home (holdout 35): <div class="my-account"><a class="link link--dark header__user__auth__menu-toggle
  // js_open-login-popup-button" href="/ssl-My-Wish-Lists/Ulubione"><span data-new-icon="user"></span></a>
  const icon = (selector: string, extra: Partial<LinkInfo> = {}): LinkInfo => link('https://www.ceneo.pl/ssl-My-Wish-Lists/Ulubione', '', { region: 'header', selector, ...extra });
  it('counts Ceneo\'s person icon, whose class opens the log-in pop-up (pl-services-ceneo-home)', () => {
    expect(kindsOffered('https://www.ceneo.pl/', { links: [icon('div.my-account > a.link.link--dark.js_open-login-popup-button')] })).toEqual(['account']);
  });
  it.each([
    ['the same icon with words of its own: the words decide (invented)', icon('div.my-account > a.link.link--dark.js_open-login-popup-button', { text: 'Ulubione' })],
    ['an icon in the footer (invented)', icon('div.my-account > a.link.link--dark.js_open-login-popup-button', { region: 'footer' })],
    ['an icon whose class names no sign-in (invented)', icon('div.my-account > a.link.link--dark')],
  ] as const)('does not count %s', (_name, l) => {
    expect(kindsOffered('https://www.ceneo.pl/', { links: [l] })).toEqual([]);
  });
});

describe('hidden links the page\'s script wires to its sign-in', () => {
  const span = (text: string, extra: Partial<ScriptLinkInfo> = {}): ScriptLinkInfo => ({ text, label: '', visible: false, region: 'header', selector: 'a', onclick: '', ...extra });
  const hash = (text: string, selector: string): LinkInfo => link('https://www.lainformacion.com/x/#', text, { region: 'header', visible: false, selector });
  // Hidden until the script shows it (the visitor is signed out) or a menu opens: the id or class names the sign-in it is wired to.
  const offered: [string, string, Partial<DocumentData>][] = [
    // ar-news-clarin-nota: <a title="Ingresar" onclick="metricsView(…)" id="pase-panel-login" class="bt_ingresar" style="display: none;">
    ['Clarín\'s header "Ingresar", an <a> without href shown by script (ar-news-clarin-nota)', 'https://www.clarin.com/politica/nota.html', { scriptLinks: [span('Ingresar', { label: 'Ingresar', selector: 'li > a#pase-panel-login', onclick: 'metricsView(\'BTN_ingresar\',\'boton-ingresar-header\');' })] }],
    // es-news-lainformacion-noticia: <div id="ui_menu_user" style="display: none;"><a href="#" class="loginGigya bttn"><span>Entrar</span></a>
    ['La Información\'s "Entrar" (a.loginGigya, href="#") in the user menu an icon opens (es-news-lainformacion-noticia)', 'https://www.lainformacion.com/x/', { links: [hash('Entrar', 'div#ui_menu_user > ul > li > a.loginGigya.bttn')] }],
  ];
  it.each(offered)('counts %s', (_name, url, doc) => {
    expect(kindsOffered(url, doc)).toEqual(['account']);
  });
  const notOffered: [string, string, Partial<DocumentData>][] = [
    ['a hidden "#" "Entrar" whose markup names no sign-in (a closed menu\'s copy, invented)', 'https://news.example/', { links: [link('https://news.example/#', 'Entrar', { visible: false, selector: 'ul.menu > li > a' })] }],
    ['a hidden element named for a policy, whatever its class says (invented)', 'https://news.example/', { scriptLinks: [span('Política de privacidad', { selector: 'a.login-footer' })] }],
    ['a hidden "#" "Registrarse" beside it: only the sign-in is wired (invented)', 'https://www.lainformacion.com/x/', { links: [hash('Registrarse', 'div#ui_menu_user > ul > li > a.registerGigya.bttn')] }],
  ];
  it.each(notOffered)('does not count %s', (_name, url, doc) => {
    expect(kindsOffered(url, doc)).toEqual([]);
  });
});

describe('a sign-in box\'s own parts are not a sign-in offered', () => {
  // ky-news-caymancompass-article: the Newspaper theme's mobile sign-in box, opened only by 'Log in to leave a comment'
  it('does not count "Forgot your password?" (#) or the box\'s <input type="button"> "LOG IN"', () => {
    expect(kindsOffered('https://www.caymancompass.com/2022/05/04/prison-official-anyone-could-escape-from-northward/', {
      links: [link('https://www.caymancompass.com/2022/05/04/prison-official-anyone-could-escape-from-northward/#', 'Forgot your password?', { selector: 'a#forgot-pass-link-mob' })],
      buttons: [{ text: 'LOG IN', label: '', visible: true, selector: 'input#login_button-mob' }],
    })).toEqual([]);
  });
  // cu-media-telepinar-noticia: a security plugin's WordPress log-in panel: '¿Contraseña olvidada?' → wp-login.php?action=lostpassword
  it('does not count a lost-password link to wp-login.php', () => {
    expect(kindsOffered('http://www.telepinar.cu/licenciados-en-educacion-primaria-en-consolacion-del-sur-fotos-y-video/', {
      links: [link('http://www.telepinar.cu/wp-login.php?action=lostpassword&itsec-hb-token=tlp19&redirect_to=http%3A%2F%2Fwww.telepinar.cu%2F', '¿Contraseña olvidada?', { region: 'header' })],
    })).toEqual([]);
  });
  it('still counts a <button> that opens a sign-in, and a "Sign in" link (invented)', () => {
    expect(kindsOffered('https://diario.example/nota', { buttons: [{ text: 'Iniciar sesión', label: '', visible: true, selector: 'header > button.login-toggle' }] })).toEqual(['account']);
    expect(kindsOffered('https://diario.example/nota', { links: [link('https://diario.example/#', 'Sign in / Join', { selector: 'a.td-login-modal-js' })] })).toEqual(['account']);
  });
  // sv-news-diariolahuella-nota, cr-news-elpaiscr-noticia: the themes' log-in pop-ups (mfp-hide) that nothing on the page opens
  it('does not count a hidden sign-in form, and counts a shown one (invented fields)', () => {
    const identity = siteIdentity({ target: 'https://diario.example/nota' });
    const ctx: LinkContext = { lookup: () => undefined, isOwn: (u) => isOwn(identity, u) };
    const login = (hidden: boolean): FormHit => ({ value: 'login', source: { url: 'https://diario.example/nota', selector: 'div#jeg_loginform > div.jeg_popupform.jeg_popup_account > form' }, ...(hidden ? { hidden } : {}) });
    expect(extractKindHits(view({ url: 'https://diario.example/nota' }), [], [login(true)], ctx).hits.map((h) => h.value)).toEqual([]);
    expect(extractKindHits(view({ url: 'https://diario.example/nota' }), [], [login(false)], ctx).hits.map((h) => h.value)).toEqual(['account']);
  });
});

describe('the links and buttons around a sign-in box', () => {
  // cu-media-telepinar-noticia: the WordPress security plugin's "Login with username and password" / "Login with a Magic Link"
  // → wp-login.php, inside the theme's hidden log-in pop-up form in the header: the box's own alternatives, not an offer of it.
  const magic = (visible: boolean): LinkInfo => link('http://www.telepinar.cu/wp-login.php?itsec-hb-token=tlp19', 'Login with a Magic Link', { region: 'header', visible, inSigninForm: true, selector: 'div.itsec-pwls-login-fallback > p > a.itsec-pwls-login-fallback__link' });
  it('does not count a hidden sign-in form\'s own links (cu-media-telepinar-noticia)', () => {
    expect(kindsOffered('http://www.telepinar.cu/nota/', { links: [magic(false)] })).toEqual([]);
  });
  it('still counts a hidden "Log in" link outside any form, as a collapsed menu\'s (invented)', () => {
    expect(kindsOffered('http://www.telepinar.cu/nota/', { links: [link('http://www.telepinar.cu/login/', 'Log in', { region: 'header', visible: false })] })).toEqual(['account']);
  });
  // es-services-idealo-busca: the header's "Mi idealo" menu toggle (a <label> whose "Iniciar sesión" shows only once a script knows the visitor)
  const button = (text: string) => ({ text, label: text, visible: true, selector: 'div#MyidealoElement > label.myidealo-button' });
  const own = link('https://www.idealo.es/', 'idealo', { region: 'header' });
  it('counts a button named "my" and the organisation, which opens the account menu (es-services-idealo-busca)', () => {
    expect(kindsOffered('https://www.idealo.es/resultados.html?q=sony', { links: [own], buttons: [button('Mi idealo')] })).toEqual(['account']);
  });
  it('does not count a button named "my" and something else (invented)', () => {
    expect(kindsOffered('https://www.idealo.es/resultados.html?q=sony', { links: [own], buttons: [button('Mi lista'), button('My favourites')] })).toEqual([]);
  });
});

describe('"Central de atendimento" on a public body\'s site and on a shop\'s', () => {
  const offered = (url: string, l: LinkInfo): PageKind[] => {
    const identity = siteIdentity({ target: url });
    const ctx: LinkContext = { lookup: () => undefined, isOwn: (u) => isOwn(identity, u), siteHosts: [new URL(url).hostname] };
    return [...new Set(extractKindHits(view({ url, links: [l] }), [], [], ctx).hits.map((h) => h.value))].sort();
  };
  it.each([
    // br-government-alesp-noticia (from holdout 15): the header menu's 'CENTRAL DE ATENDIMENTO' → /alesp/central-de-atendimento
    ['the ALESP\'s is its service desk: the contact page, not help', 'https://www.al.sp.gov.br/noticia/?id=374462', link('https://www.al.sp.gov.br/alesp/central-de-atendimento', 'CENTRAL DE ATENDIMENTO', { region: 'nav' }), ['contact']],
    // br-government-mj-noticia (dev): 'Central de Atendimento' → /servicos/central-de-atendimento
    ['the Ministry of Justice\'s likewise', 'http://www.justica.gov.br/noticias/x', link('http://www.justica.gov.br/servicos/central-de-atendimento', 'Central de Atendimento', { region: 'nav' }), ['contact']],
    // br-retail-ricardoeletro-produto (dev): 'Central de Atendimento' → /Atendimento, the shop's help centre
    ['a shop\'s is its help centre too', 'http://www.ricardoeletro.com.br/Produto/x', link('http://www.ricardoeletro.com.br/Atendimento', 'Central de Atendimento', { region: 'footer' }), ['contact', 'help']],
  ] as const)('%s', (_name, url, l, kinds) => {
    expect(offered(url, l)).toEqual(kinds);
  });
});

describe('a tracking page embedded in the page', () => {
  const frame = (src: string, visible = true) => ({ src, title: '', name: '', id: '', visible });
  it.each([
    // co-transport-472-home (dev, from holdout 19): 'Rastrear envio' over <iframe src="https://enviosonline.4-72.com.co/portal/rastreo.html">
    ['4-72\'s tracking form in a frame from its shipping host', 'http://www.4-72.com.co/', [frame('https://enviosonline.4-72.com.co/portal/rastreo.html')], ['orderTracking']],
    ['an order-status frame (invented)', 'https://tienda.example/', [frame('https://tienda.example/order-status')], ['orderTracking']],
    // A frame's own page says what it is: one that sits in a tracking section names nothing by that (invented)
    ['a map frame under /rastreo/ (invented)', 'https://tienda.example/', [frame('https://tienda.example/rastreo/mapa.html')], []],
    // Only tracking: a help or sign-in page in a frame is not offered by it here (invented)
    ['a help-centre frame (invented)', 'https://tienda.example/', [frame('https://tienda.example/ayuda')], []],
    ['a frame without an address', 'https://tienda.example/', [frame('')], []],
  ] as const)('reads %s', (_name, url, iframes, kinds) => {
    expect(kindsOffered(url, { iframes: [...iframes] })).toEqual(kinds);
  });
});

describe('a privacy policy set out on the page', () => {
  it.each([
    // ar-telecom-telecentro-home (dev, from holdout 41): the hidden terms dialog opens with the personal-data statement
    ['TeleCentro\'s terms dialog, whose first section is its privacy policy', ['¿Cómo puedo abonar mi factura?', 'Términos y Condiciones', 'Política de Privacidad'], ['privacy']],
    ['a Brazilian page that is its privacy policy (invented)', ['Política de Privacidade'], ['privacy']],
    ['a Mexican notice (invented)', ['Aviso de Privacidad Integral'], ['privacy']],
    // A heading that only mentions a policy is a story about one, not the organisation's
    ['a news headline about another company\'s policy (invented)', ['Nueva política de privacidad de WhatsApp: qué cambia'], []],
    ['a cookie policy (invented)', ['Política de cookies'], []],
  ] as const)('reads %s', (_name, headings, kinds) => {
    expect(kindsOffered('https://tienda.example/', { headings: [...headings] })).toEqual(kinds);
  });
});
