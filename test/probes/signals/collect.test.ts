/**
 * What the in-page collector reads, in real Chromium: elements that act as links
 * without an href, links a Bootstrap class hides when the stylesheet never arrived, and
 * stylesheets. Snippets come from the dev pages of bench/real-pages (each cited by page
 * id); "invented" cases pin a bound or a rule and prove behaviour only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserHandle } from '../../../src/probes/browser.js';
import { collectExpression, instrumentSource } from '../../../src/probes/collect.js';
import type { DocumentData } from '../../../src/probes/types.js';

let handle: BrowserHandle;

beforeAll(async () => {
  handle = await launchBrowser();
});

afterAll(async () => {
  await handle?.close();
});

async function collect(body: string, head = ''): Promise<DocumentData> {
  const page = await handle.browser.newPage();
  try {
    await page.setContent(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { waitUntil: 'domcontentloaded' });
    return (await page.evaluate(collectExpression({ globals: [], markers: [], maxText: 20_000, maxLinks: 500 }))) as DocumentData;
  } finally {
    await page.close();
  }
}

// pt-retail-spartoo-home: the header and footer menus are <span onclick="go_lien(this)"> with the address obfuscated in the class
const SPARTOO_HEADER = '<span class="obf 45CBCBC0C22D1F1FCCCCCC19C2C04AC1CB4F4F19C0CB1F424F49CB4A19C045C0 " onclick="go_lien(this);" >A minha conta</span> | '
  + '<span class="obf 45CBCBC0C22D1F1FCCCCCC19C2C04AC1CB4F4F19C0CB1F424F49CB4A19C045C02F424F4E4E4A494B432E2A " onclick="go_lien(this);" >As minhas encomendas\n</span> | '
  + '<a href="javascript:faq_popup(\'retour\');">Como fazer uma devolução?</a> | '
  + '<span class="obf 424F49CB4A42CB4FC219C045C0 " onclick="go_lien(this);" >Ajuda</span>';
const SPARTOO_FOOTER = '<span class="obf 4249464819C045C0 footer" onclick="go_lien(this);" >Política de privacidade</span>'
  + '<span class="obf 45CBCBC0C22D1F1FCCCCCC19C2C04AC1CB4F4F19C0CB1F424F49CB4A42CB4FC219C045C0 footer" onclick="go_lien(this);" >Contacto</span>';

describe('elements that act as links without an href', () => {
  it('reads Spartoo\'s obfuscated <span onclick> menu items as script links, with their handler (pt-retail-spartoo-home)', async () => {
    const d = await collect(`<div id="header">${SPARTOO_HEADER}</div><div id="footer">${SPARTOO_FOOTER}</div>`);
    expect(d.scriptLinks!.map((l) => l.text)).toEqual(['A minha conta', 'As minhas encomendas', 'Ajuda', 'Política de privacidade', 'Contacto']);
    expect(d.scriptLinks!.every((l) => l.visible && l.onclick === 'go_lien(this);')).toBe(true);
    // The real link beside them stays a link.
    expect(d.links.map((l) => l.text)).toEqual(['Como fazer uma devolução?']);
  });

  it('keeps the menus at both ends of a page whose middle is hundreds of catalogue items (invented catalogue)', async () => {
    const catalogue = Array.from({ length: 500 }, (_, i) => `<span class="obf 1A2B" onclick="go_lien(this);">Sapatilhas modelo ${i}</span>`).join('');
    const d = await collect(`<div id="header">${SPARTOO_HEADER}</div><div>${catalogue}</div><div id="footer">${SPARTOO_FOOTER}</div>`);
    const texts = d.scriptLinks!.map((l) => l.text);
    expect(texts.length).toBeLessThanOrEqual(300);
    expect(texts).toEqual(expect.arrayContaining(['A minha conta', 'Ajuda', 'Política de privacidade', 'Contacto']));
  });

  it('keeps the visible one of two with the same text: the desktop menu over the hidden mobile copy (invented)', async () => {
    const d = await collect('<div style="display:none"><span onclick="go_lien(this);">Ajuda</span></div><div><span onclick="go_lien(this);">Ajuda</span></div>');
    expect(d.scriptLinks!.map((l) => [l.text, l.visible])).toEqual([['Ajuda', true]]);
  });

  it('does not take a clickable block that holds a real link or a form field for a link of its own (invented)', async () => {
    const d = await collect('<div onclick="track()"><a href="/ayuda">Ayuda</a></div><li onclick="open()"><input type="text" name="q"></li>');
    expect(d.scriptLinks).toEqual([]);
  });
});

describe('anchors without an href', () => {
  it('reads an <a> with no href that a script binds as a script link (pr-news-elnuevodia-nota)', async () => {
    const d = await collect('<nav><ul><li><a id="gigyaLoginLink"><i class="ss-icon"></i>Log in</a></li></ul></nav><a name="top"></a>');
    expect((d.scriptLinks ?? []).map((l) => [l.text, l.selector])).toEqual([['Log in', 'a#gigyaLoginLink']]);
  });
});

describe('anchors without an href that nothing made clickable', () => {
  // The crawl's instrumentation runs before the page's scripts and notes the elements they bind a click to.
  async function collectInstrumented(body: string): Promise<DocumentData> {
    const page = await handle.browser.newPage();
    try {
      await page.evaluateOnNewDocument(instrumentSource());
      await page.goto('about:blank');
      await page.setContent(`<!doctype html><html><head></head><body>${body}</body></html>`, { waitUntil: 'load' });
      return (await page.evaluate(collectExpression({ globals: [], markers: [], maxText: 20_000, maxLinks: 500 }))) as DocumentData;
    } finally {
      await page.close();
    }
  }

  it('marks as bare an <a> with no href, onclick, role or handler (cn-manufacturing-htiger-home), and not one a script bound', async () => {
    const d = await collectInstrumented(`<footer><a id="Footer_privacyStatement_href">隐私与 Cookie</a>
      <a id="bound">Términos y condiciones</a><a id="prop">Aviso de privacidad</a><a onclick="go()">Política de datos</a><a role="button">Ayuda</a></footer>
      <script>document.getElementById('bound').addEventListener('click', function () {}); document.getElementById('prop').onclick = function () {};</script>`);
    expect((d.scriptLinks ?? []).map((l) => [l.text, !!l.bare])).toEqual([
      ['隐私与 Cookie', true], ['Términos y condiciones', false], ['Aviso de privacidad', false], ['Política de datos', false], ['Ayuda', false],
    ]);
  });
});

describe('visibility declared by a Bootstrap class', () => {
  it('reads a "d-none" link as hidden when the stylesheet never loaded (cl-news-biobiochile-noticia)', async () => {
    // The capture's own stylesheet is not served, so only the class says the link is hidden.
    const d = await collect('<header id="header"><nav class="navbar navbar-top"><div class="container"><a class="community-link d-none" href="#"> <i class="fal fa-user"></i> Iniciar sesión </a></div></nav></header>');
    expect(d.links.map((l) => [l.text, l.visible])).toEqual([['Iniciar sesión', false]]);
  });

  it('reads the content of a Magnific Popup "mfp-hide" pop-up as hidden (sv-news-diariolahuella-nota)', async () => {
    // JNews's log-in pop-up: <div id="jeg_loginform" class="jeg_popup mfp-with-anim mfp-hide"> with its form and a "Log In" switch
    const d = await collect('<div id="jeg_loginform" class="jeg_popup mfp-with-anim mfp-hide"><div class="jeg_popupform jeg_popup_account"><form action="#" data-type="login" method="post"><h3>Welcome Back!</h3><p><input type="text" name="username" placeholder="Username"></p><p><input type="password" name="password" placeholder="Password"></p><p><input type="submit" class="button" value="Log In"></p><div class="bottom_links clearfix"><a href="#jeg_forgotform" class="jeg_popuplink forgot">Forgotten Password?</a></div></form></div></div>');
    expect(d.links.map((l) => [l.text, l.visible])).toEqual([['Forgotten Password?', false]]);
    expect(d.forms.map((f) => [f.visible, f.fields.map((x) => x.hidden ?? false)])).toEqual([[false, [true, true]]]);
  });

  it('keeps a link that a responsive class shows again ("d-none d-lg-inline", invented)', async () => {
    const d = await collect('<a class="d-none d-lg-inline" href="/mi-cuenta">Mi cuenta</a>');
    expect(d.links.map((l) => l.visible)).toEqual([true]);
  });
});

describe('pages that inline click handlers open', () => {
  it('lists the chat window an image\'s onClick opens (us-retail-walldecor-home)', async () => {
    const d = await collect('<img src="http://www.websitealive7.com/2345/Visitor/vButton_v3.asp?groupid=2345" onClick="window.open(\'http://www.websitealive7.com/2345/rRouter.asp?groupid=2345&websiteid=0&dl=\'+escape(document.location.href),\'\',\'width=400,height=400\');" style="cursor:pointer;">');
    expect(d.openedUrls).toEqual(['http://www.websitealive7.com/2345/rRouter.asp?groupid=2345&websiteid=0&dl=']);
  });
});

describe('the page a "javascript:" or "#" link opens from its click handler', () => {
  it('keeps the URL Zazzle\'s "Help" link opens in a dialog (us-retail-zazzle-home)', async () => {
    const d = await collect('<a href="javascript://" onclick="zPage.openIframeDialog({&#39;widgetProperties&#39;:{&#39;title&#39;:null,&#39;url&#39;:&#39;http://www.zazzle.com/help&#39;},&#39;componentParams&#39;:{&#39;width&#39;:&#39;850&#39;}})">Help</a>');
    expect(d.links.map((l) => [l.href, l.opens])).toEqual([['javascript://', 'http://www.zazzle.com/help']]);
  });
  it('keeps none for a link with a real address, whatever its handler opens (invented)', async () => {
    const d = await collect('<a href="https://www.example.com/ayuda" onclick="window.open(\'https://stats.example.net/c?x=1\')">Ayuda</a>');
    expect(d.links[0]!.opens).toBeUndefined();
  });
});

describe('the click handler of a "#" link, or of the element it wraps', () => {
  it('keeps the handler of Diario Libre\'s "MiDL" button, on the <div> inside the link (do-news-diariolibre-noticia)', async () => {
    const d = await collect('<a href="#" title="Mi DL" id="amiDlbtn"><div class="midl-btn" id="miDlbtn" onclick="showLoginModal();"><img src="account_circle.svg" alt="Compartir"><span>MiDL</span></div></a>');
    expect(d.links.map((l) => [l.text, l.handler])).toEqual([['MiDL', 'showLoginModal();']]);
  });
  it('keeps none for a link with a real address (invented)', async () => {
    const d = await collect('<a href="https://www.example.com/cuenta" onclick="showLoginModal()">Mi cuenta</a>');
    expect(d.links[0]!.handler).toBeUndefined();
  });
});

describe('image-map areas', () => {
  it('reads an <area> by its alt text, shown where the image that uses its map shows (br-government-sefazto-noticia)', async () => {
    const d = await collect('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="400" height="20" usemap="#Map"><map name="Map"><area shape="rect" coords="245,1,307,18" href="duvidas.php" alt="Dúvidas?"></map>');
    expect(d.links.map((l) => [l.label, l.visible])).toEqual([['Dúvidas?', true]]);
  });
  it('counts an area of a map no image uses as hidden (invented)', async () => {
    const d = await collect('<map name="Orphan"><area shape="rect" coords="0,0,10,10" href="ayuda.html" alt="Ayuda"></map>');
    expect(d.links.map((l) => [l.label, l.visible])).toEqual([['Ayuda', false]]);
  });
});

describe('icon-font glyphs run into the next word', () => {
  it('keeps the glyph and the address after it (cl-retail-mediaplayer-categoria)', async () => {
    const d = await collect('<p class="link_address"><span class="icon email">2</span>ventas@mediaplayer.cl</p>');
    expect(d.glyphRuns).toEqual([{ glyph: '2', after: 'ventas@mediaplayer.cl' }]);
    expect(d.text).toContain('2ventas@mediaplayer.cl');
  });
});

describe('frames', () => {
  it('keeps the ids and classes around a form service\'s frame (us-services-arxan-contact)', async () => {
    const d = await collect('<div class="col-md-4 footer-widget"><iframe src="https://fs23.formsite.com/salavi/form28/index.html" width="350" height="150" scrolling="no" class="footer-signup"></iframe></div>');
    expect(d.iframes[0]!.context).toContain('footer-signup');
  });
});

describe('stylesheets', () => {
  it('lists the page\'s stylesheets, resolved (pt-retail-spartoo-home)', async () => {
    const d = await collect('', '<link rel=stylesheet type="text/css" href="https://www.spartoo.pt/chat/includes/chat.css"><link rel="preconnect" href="https://static6.spartoo.pt">');
    expect(d.stylesheets).toEqual(['https://www.spartoo.pt/chat/includes/chat.css']);
  });
});

describe('form fields labelled by the box or cell before them', () => {
  it('reads CoreCommerce\'s <div class="form-label"> beside each field\'s <div class="form-field"> (us-manufacturing-davidcarey-contact)', async () => {
    const row = (label: string, field: string) => `<div><div class="form-label-required required">\n${label}\n</div><div class="form-field">\n${field}\n</div></div>`;
    const d = await collect(`<form name="custom_form-3" action="/cart.php" method="post"><input type="hidden" name="m" value="form_submit" /><div id="custom_form-3">${row('Name:', '<input type="text" name="custom_form_input-13" />')}${row('Email Address:', '<input type="text" name="custom_form_input-15" />')}${row('Comments:', '<textarea name="custom_form_input-23"></textarea>')}</div><input type="submit" value="Submit" /></form>`);
    expect(d.forms[0]!.fields.map((f) => f.label)).toEqual(['Name:', 'Email Address:', 'Comments:']);
  });

  it('reads a table\'s label cell before the field\'s cell (invented)', async () => {
    const d = await collect('<form><table><tr><td>Nombre</td><td><input name="f1"></td></tr><tr><td>Correo</td><td><input name="f2"></td></tr></table></form>');
    expect(d.forms[0]!.fields.map((f) => f.label)).toEqual(['Nombre', 'Correo']);
  });

  it('does not take a neighbouring field\'s box, nor a box that holds two fields, for a label (invented)', async () => {
    const d = await collect('<form><div><div class="form-field"><input name="a"></div><div class="form-field"><input name="b"></div></div><div><span>Teléfono</span><span><input name="c"><input name="d"></span></div></form>');
    expect(d.forms[0]!.fields.map((f) => f.label)).toEqual(['', '', '', '']);
  });
});

// us-retail-dunkinshop-signin: ASP.NET WebForms wraps the whole page in <form id="aspnetForm">; the sign-in box and
// the 'HOW CAN WE IMPROVE?' feedback box (trimmed) are two boxes of it, each with its own submit button.
const DUNKIN_SIGNIN = '<ul class="form"><li><label for="ReturningCustomer_EmailTextBox">E-mail Address:</label><input name="ctl00$MainContentPlaceHolder$ReturningCustomer_EmailTextBox" id="ReturningCustomer_EmailTextBox" type="email" /></li>'
  + '<li><label for="ReturningCustomer_PasswordTextBox">Password:</label><input name="ctl00$MainContentPlaceHolder$ReturningCustomer_PasswordTextBox" type="password" id="ReturningCustomer_PasswordTextBox" /></li>'
  + '<li><a href="resetpassword.aspx">Forgot Password?</a></li><li><input type="submit" name="ctl00$MainContentPlaceHolder$ReturningCustomer_SignInButton" value="Sign In" id="ReturningCustomer_SignInButton" /></li></ul>';
const DUNKIN_FEEDBACK = '<div id="FeedbackPanel" class="form"><ul><li><p>If you have found something confusing or have suggestions to improve our checkout, please tell us.</p><textarea name="ctl00$CustomerFeedbackForm$FeedbackMessage" id="FeedbackMessage"></textarea></li>'
  + '<li><label for="FeedbackEmailTextBox">E-mail Address: (optional)</label><input name="ctl00$CustomerFeedbackForm$FeedbackEmailTextBox" id="FeedbackEmailTextBox" type="email" /></li>'
  + '<li><input type="submit" name="ctl00$CustomerFeedbackForm$FeedbackSubmitButton" value="Send Feedback" id="FeedbackSubmitButton" /></li></ul></div>';
const VIEWSTATE = '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDDxYC" />';

describe('a page-wide form read box by box', () => {
  it('reads the sign-in box and the feedback box of an ASP.NET page\'s one form as two forms, each posting where the page\'s form does (us-retail-dunkinshop-signin)', async () => {
    const d = await collect(`<form name="aspnetForm" method="post" action="./login.aspx" id="aspnetForm">${VIEWSTATE}<div id="signin"><h2>Returning Customers</h2>${DUNKIN_SIGNIN}</div><div><h3>HOW CAN WE IMPROVE?</h3>${DUNKIN_FEEDBACK}</div></form>`);
    expect(d.forms.map((f) => [f.fields.map((x) => x.type), f.submit, f.method, f.pseudo])).toEqual([
      [['email', 'password'], ['Sign In'], 'post', false],
      [['textarea', 'email'], ['Send Feedback'], 'post', false],
    ]);
    expect(d.forms.every((f) => f.action.endsWith('/login.aspx') && f.hidden.some((h) => h.startsWith('__VIEWSTATE=')))).toBe(true);
  });

  it('keeps a field in no box of its own with the page\'s form, apart from the boxes (invented)', async () => {
    const d = await collect(`<form id="aspnetForm" method="post" action="/page.aspx">${VIEWSTATE}<input name="ctl00$loose" type="text" />${DUNKIN_SIGNIN}${DUNKIN_FEEDBACK}</form>`);
    expect(d.forms.map((f) => f.fields.map((x) => x.name.replace(/^.*\$/, '')))).toEqual([['ReturningCustomer_EmailTextBox', 'ReturningCustomer_PasswordTextBox'], ['FeedbackMessage', 'FeedbackEmailTextBox'], ['loose']]);
    expect(d.forms[2]!.submit).toEqual([]);
  });

  it('reads an ASP.NET form with one box as one form (invented)', async () => {
    const d = await collect(`<form id="aspnetForm" method="post" action="/contact.aspx">${VIEWSTATE}${DUNKIN_FEEDBACK}</form>`);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0]!.id).toBe('aspnetForm');
  });

  it('reads a form without __VIEWSTATE as one form, however many buttons it holds (invented checkout)', async () => {
    const d = await collect(`<form id="checkout" method="post" action="/checkout"><div><input name="coupon" /><button>Apply</button></div><div><input name="billing_email" type="email" /><input name="billing_phone" type="tel" /><button>Place order</button></div></form>`);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0]!.fields.map((f) => f.name)).toEqual(['coupon', 'billing_email', 'billing_phone']);
  });
});

describe('the menu item a submenu hangs from', () => {
  // br-government-tjes-noticia: a Joomla menu whose parent items are separators, not links
  const TJES = '<ul class="menu"><li class="parent item221"><span class="separator"><span>PÚBLICO INTERNO</span></span><ul>'
    + '<li class="item250"><a href="https://senha.tjes.jus.br/IDMProv/jsps/login/Login.jsp">Alterar Senha Unificada</a></li></ul></li>'
    + '<li class="item5"><a href="/ouvidoria">Ouvidoria</a></li></ul>';
  it('keeps the words of the item above a submenu\'s link, and none for a top-level link (br-government-tjes-noticia)', async () => {
    const doc = await collect(TJES);
    expect(doc.links.map((l) => [l.text, l.menu])).toEqual([['Alterar Senha Unificada', 'PÚBLICO INTERNO'], ['Ouvidoria', undefined]]);
  });
});

describe('form fields outside any <form>', () => {
  // mx-transport-paquetexpress-home (dev, from holdout 47): the header's tracking box has no button of its own (a
  // script sends it on Enter); the nearest block with a button and a second field is the whole page
  const PAQUETEXPRESS = '<div id="paquetexpress"><div id="tools"><div id="tracking-header"><input type="text" placeholder="RASTREO DE ENVÍOS" tabindex="-1"/>'
    + '<span class="svgicon"></span></div><div id="tools-menu"><div class="tools-item">COTIZAR Y RECOLECTAR</div></div></div></div>'
    + '<main><form action="/buscar"><input name="q" placeholder="Buscar"><button>Buscar</button></form></main><footer><button>Reportar issue</button><input type="text" placeholder="Tu correo"></footer>';
  it('reads a lone box that names what to type as a form of its own (mx-transport-paquetexpress-home)', async () => {
    const doc = await collect(PAQUETEXPRESS);
    const lone = doc.forms.filter((f) => f.pseudo);
    expect(lone.map((f) => f.fields.map((x) => x.placeholder))).toEqual([['RASTREO DE ENVÍOS'], ['Tu correo']]);
    expect(lone[0]!.selector).toContain('tracking-header');
  });
  it('does not make a form of a lone box that names nothing (invented)', async () => {
    const doc = await collect('<div><div><input type="text"></div></div><button>Go</button><input type="checkbox">');
    expect(doc.forms.filter((f) => f.pseudo)).toEqual([]);
  });
});

describe('hidden form fields', () => {
  it('marks a textarea in a Bootstrap "d-none" box as hidden, its visible neighbours not (pt-news-theportugalnews-article)', async () => {
    const d = await collect('<form class="single-line ajax-form" data-model="Subscriber"><div class="row align-items-end"><div class="col-md-5"><input type="text" class="form-control" name="Subscriber[name]" placeholder="Your name"></div><div class="col-8 col-md-5"><input type="email" class="form-control" name="Subscriber[email]" placeholder="name@example.com"></div><div class="col-4 col-md-2 d-none"><textarea name="Subscriber[location]" class="form-control"></textarea></div><div class="col-4 col-md-2"><button type="button">Subscribe</button></div></div></form>');
    expect(d.forms[0]!.fields.map((f) => [f.name, f.hidden ?? false])).toEqual([['Subscriber[name]', false], ['Subscriber[email]', false], ['Subscriber[location]', true]]);
  });
});

describe('selectors', () => {
  it('keeps a later class that names the sign-in, after the first two (pl-services-ceneo-home, holdout 35)', async () => {
    const d = await collect('<header><div class="my-account"><a class="link link--dark header__user__auth__menu-toggle js_open-login-popup-button" rel="nofollow" href="/ssl-My-Wish-Lists/Ulubione"><span data-new-icon="user"></span></a></div></header>');
    expect(d.links[0]!.selector).toBe('body > header > div.my-account > a.link.link--dark.js_open-login-popup-button');
  });
});

describe('hidden text', () => {
  it('reads a collapsed block\'s words but not a hidden textarea\'s data, in a hidden box or at the top (cn-software-umeng-home, holdout 34)', async () => {
    // Umeng+'s page builder keeps its page state as JSON in <textarea style="display: none;" id="local-page-info">;
    // its ten-digit module ids would read as phone numbers. A textarea holds a field's value, not copy.
    const data = '{"uuid":"5337552039","rmcId":"8751554267"}';
    const d = await collect(`<textarea style="display: none;" id="local-page-info">${data}</textarea><div style="display:none"><p>Horario de atención</p><textarea>${data}</textarea></div>`);
    expect(d.hiddenText).toBe('Horario de atención');
  });
});

describe('links past the cap', () => {
  it('keeps the header and the footer of a page with more links than the cap, dropping the middle (cl-retail-paris-producto: 2,341 links, its policies last)', async () => {
    // The collector here is told maxLinks 500: a third of them is kept from the end.
    const menu = Array.from({ length: 900 }, (_, i) => `<a href="/categoria-${i}">Categoría ${i}</a>`).join('');
    const d = await collect(`<header><a href="/account">Mi cuenta</a></header><nav>${menu}</nav><footer><a href="https://www.paris.cl/ayuda/terminos-y-condiciones.html">Términos y Condiciones</a><a href="https://www.paris.cl/ayuda/politicas-de-privacidad-y-proteccion-de-datos.html">Políticas de Privacidad</a></footer>`);
    const texts = d.links.map((l) => l.text);
    expect(texts).toHaveLength(500);
    expect(texts).toEqual(expect.arrayContaining(['Mi cuenta', 'Términos y Condiciones', 'Políticas de Privacidad']));
  });
});

describe('chat endpoints past the kept part of a long inline script', () => {
  it('lists the chat servers a page-state JSON names far into it (ca-retail-bestbuy-product)', async () => {
    const state = `window.__INITIAL_STATE__ = {"filler":"${'x'.repeat(19_000)}","blueShirtChatAgent":{"BASE_LIVE_AGENT_CONTENT_URL":"https://c.la1-c2-iad.salesforceliveagent.com/content","BASE_LIVE_AGENT_URL":"https://d.la1-c2-iad.salesforceliveagent.com/chat"}};`;
    const d = await collect(`<script>${state}</script>`);
    expect(d.inlineScripts[0]).toHaveLength(6000);
    expect(d.chatEndpoints).toEqual(['https://c.la1-c2-iad.salesforceliveagent.com/content', 'https://d.la1-c2-iad.salesforceliveagent.com/chat']);
  });

  it('lists none for a short script: its body is kept whole (invented)', async () => {
    const d = await collect('<script>var cfg = {"chat":"https://chat.tienda.example/widget.js"};</script>');
    expect(d.chatEndpoints).toEqual([]);
  });
});

describe('chat candidates inside a link', () => {
  it('gives a chat icon the address of the link it sits in (br-retail-magazineluiza-produto)', async () => {
    const d = await collect('<div style="position:fixed"><a class="btn btn-lg btn-outline" href="https://atendimento.magazineluiza.com.br/hc/pt-br?open=chat_televendas"><i class="icon icon-chat font-md-regular"></i>Compre pelo chat</a></div>');
    expect(d.chatCandidates.map((c) => [c.tag, c.href])).toEqual([['i', 'https://atendimento.magazineluiza.com.br/hc/pt-br?open=chat_televendas']]);
  });
});

describe('a <label> that opens a menu through a checkbox', () => {
  // es-services-idealo-busca: the header's CSS-only account menu: a checkbox outside any form and the label that ticks it
  const IDEALO = '<input aria-controls="MyidealoMenu" aria-haspopup="true" class="myidealo-toggle" id="MyidealoToggle" type="checkbox"/>'
    + '<label aria-label="Mi idealo" class="myidealo-button" for="MyidealoToggle"><span class="myidealo-button-text">Mi idealo</span></label>'
    + '<div class="myidealo-menu" id="MyidealoMenu" role="menu"></div>';
  it('reads idealo\'s "Mi idealo" label for its menu checkbox as a button (es-services-idealo-busca)', async () => {
    const d = await collect(`<header>${IDEALO}</header>`);
    expect(d.buttons.map((b) => [b.text, b.selector.split(' > ').pop()])).toEqual([['Mi idealo', 'label.myidealo-button']]);
  });
  it('reads a label for a hidden checkbox outside a form as a button (the CSS menu toggle, invented)', async () => {
    const d = await collect('<input type="checkbox" id="nav-toggle" style="display:none"><label for="nav-toggle">Mi cuenta</label>');
    expect(d.buttons.map((b) => b.text)).toEqual(['Mi cuenta']);
  });
  it('does not read a form\'s "Remember me" box, nor a visible checkbox that controls nothing, as a button (invented)', async () => {
    const d = await collect('<form><input type="password" name="p"><input type="checkbox" id="r" aria-controls="x"><label for="r">Keep me logged in</label></form>'
      + '<input type="checkbox" id="r2"><label for="r2">Remember my login</label>');
    expect(d.buttons).toEqual([]);
  });
});

describe('links inside a sign-in form', () => {
  // cu-media-telepinar-noticia: a security plugin's passwordless links inside the theme's log-in pop-up form, posting to wp-login.php
  it('marks the links of a form with a password field, and no other (cu-media-telepinar-noticia)', async () => {
    const d = await collect('<form name="loginform" action="http://www.telepinar.cu/wp-login.php?itsec-hb-token=tlp19" method="post">'
      + '<input type="text" name="log"><input type="password" name="pwd">'
      + '<div class="itsec-pwls-login-wrap"><a class="itsec-pwls-login-fallback__link" href="http://www.telepinar.cu/wp-login.php?itsec-hb-token=tlp19">Login with a Magic Link</a></div></form>'
      + '<form action="/buscar"><input name="s"><a href="/ayuda">Ayuda</a></form><a href="/login">Log in</a>');
    expect(d.links.map((l) => [l.text, l.inSigninForm ?? false])).toEqual([['Login with a Magic Link', true], ['Ayuda', false], ['Log in', false]]);
  });
});

describe('the listing entry around a tel: link', () => {
  // es-news-eldiariomontanes-home (dev, from holdout 23): 'Empresas locales de confianza', a carousel of advertisers' cards
  const slide = (name: string, tel: string, web: string): string => '<div class="voc-article-container swiper-slide"><article class="voc-article">'
    + `<h4 class="voc-company-name"><a href="https://empresas.eldiariomontanes.es/c/${tel.replace(/\D/g, '')}.html">${name}</a></h4>`
    + `<div class="container-info-contact"><a href="tel:${tel}" class="voc-company-phone">${tel}</a><a href="${web}" class="voc-company-web">WEB</a></div></article></div>`;
  it('reads each card\'s heading and the addresses it links to; a carousel may mark one slide active (es-news-eldiariomontanes-home)', async () => {
    const d = await collect('<div class="swiper-wrapper">' + slide('Escuela náutica Cabo Mayor', '942 381 480', 'https://escuelanautica.atencionweb.es/')
      + slide('Mamparas Santander', '942381238', 'https://mamparas.example/').replace('swiper-slide"', 'swiper-slide swiper-slide-active"')
      + slide('EL DIARIO MONTAÑES', '942 221 211', 'https://cantabria.tiendasdeaqui.com/comercio/promociones-dm') + '</div>');
    expect(d.links.filter((l) => l.href.startsWith('tel:')).map((l) => l.entry)).toEqual([
      { name: 'Escuela náutica Cabo Mayor', sites: ['https://empresas.eldiariomontanes.es/c/942381480.html', 'https://escuelanautica.atencionweb.es/'] },
      { name: 'Mamparas Santander', sites: ['https://empresas.eldiariomontanes.es/c/942381238.html', 'https://mamparas.example/'] },
      { name: 'EL DIARIO MONTAÑES', sites: ['https://empresas.eldiariomontanes.es/c/942221211.html', 'https://cantabria.tiendasdeaqui.com/comercio/promociones-dm'] },
    ]);
  });
  it('gives no entry to a tel: link outside a repeated box, nor to other links (invented)', async () => {
    const d = await collect('<footer><p>Atención al cliente: <a href="tel:+34942221211">942 221 211</a></p><p><a href="/contacto">Contacto</a></p></footer>');
    expect(d.links.map((l) => l.entry)).toEqual([undefined, undefined]);
  });
});

describe('elements styled as buttons', () => {
  it('reads Fincaraíz\'s header <span class="btn-secondary">Ingresar</span> as a button (co-realestate-fincaraiz-busqueda, from holdout 7)', async () => {
    const d = await collect('<header><div class="userbox-mobile"><span style="order:-1" class="header_btn_mobile btn-secondary"><svg width="16" height="16"></svg> <!-- -->Ingresar</span>'
      + '<a class="btn-publish header_btn_mobile CO" href="https://newov.fincaraiz.com.co/publicar">Publica tu propiedad</a></div></header>');
    expect(d.buttons.map((b) => b.text)).toEqual(['Ingresar']);
  });

  it('does not take a button-styled box that holds a link or a field, nor a word that merely contains "btn", for a button (invented)', async () => {
    const d = await collect('<div class="btn-group"><a href="/a">A</a></div><span class="subtnote">Nota</span><div class="btn-wrap"><input name="q"></div>');
    expect(d.buttons).toEqual([]);
  });

  it('reads ABCmouse\'s header web components <login-button> and <signup-button>, undefined since their script never ran, as buttons (us-education-abcmouse-frontpage, from holdout 40)', async () => {
    const d = await collect('<main-layout><home-header slot="page-header"><login-button data-link-name="non-member homepage" slot="right">Log In</login-button>'
      + '<signup-button data-link-name="non-member homepage" slot="right">Sign Up</signup-button><a class="gift" href="/gift">Gift</a></home-header></main-layout>');
    expect(d.buttons.map((b) => [b.text, b.selector.split(' > ').pop()])).toEqual([['Log In', 'login-button'], ['Sign Up', 'signup-button']]);
  });

  it('does not take a custom element that holds a link, or whose name only begins with "button", for a button (invented)', async () => {
    const d = await collect('<menu-button><a href="/menu">Menu</a></menu-button><button-group>Grupo</button-group><x-buttonbar>Barra</x-buttonbar>');
    expect(d.buttons).toEqual([]);
  });
});

describe('links a widget draws from the JSON in its data-* attribute', () => {
  // ch-airline-swiss-home (dev, from holdout 19): the header is an empty div#nav whose data-dcep lists the menu
  const SWISS_NAV = '<div id="nav" data-dcep="{&#34;menuItems&#34;:[{&#34;label&#34;:&#34;Book&#34;,&#34;href&#34;:&#34;/EN/book/&#34;,&#34;menuItems&#34;:[{&#34;label&#34;:&#34;Book flight&#34;,&#34;href&#34;:&#34;/EN/book/flight&#34;,&#34;external&#34;:true},{&#34;label&#34;:&#34;Manage my bookings &#34;,&#34;href&#34;:&#34;/en/login&#34;,&#34;external&#34;:true}]}]}"></div>';
  it('reads SWISS\'s menu items, nested, as links with the attribute in their selector (ch-airline-swiss-home)', async () => {
    const d = await collect(`<header>${SWISS_NAV}</header>`);
    // The page is about:blank here, so the addresses stay as written.
    expect(d.links.map((l) => [l.text, l.href])).toEqual([['Book', '/EN/book/'], ['Book flight', '/EN/book/flight'], ['Manage my bookings', '/en/login']]);
    expect(d.links.every((l) => l.region === 'header' && l.selector.endsWith('[data-dcep]'))).toBe(true);
  });
  it.each([
    ['a telephone or e-mail in the configuration', '<div data-cfg=\'{"items":[{"label":"Call us","href":"tel:+5712345678"},{"label":"Write","url":"mailto:a@b.example"}]}\'></div>'],
    ['a script address', '<div data-cfg=\'{"label":"Go","href":"javascript:alert(1)"}\'></div>'],
    ['a protocol-relative address', '<div data-cfg=\'{"label":"Help","href":"//cdn.example/help"}\'></div>'],
    ['JSON that does not parse', '<div data-cfg=\'{"label":"Help","href":"/help"\'></div>'],
    ['a label without an address, or an address without a label', '<div data-cfg=\'[{"label":"Help"},{"href":"/help"}]\'></div>'],
    ['a configuration outside a data-* attribute', '<div title=\'{"label":"Help","href":"/help"}\'></div>'],
  ])('reads no link from %s (invented)', async (_name, body) => {
    expect((await collect(body)).links).toEqual([]);
  });
});

describe('schema.org blocks', () => {
  // gb-retail-missguided-home (dev, from holdout 20): the Organization block and its type were both "smartened"
  it('reads a JSON-LD block whose type an editor wrote with typographic quotes, and no other script type (gb-retail-missguided-home)', async () => {
    const d = await collect('<p>x</p>', '<script type="application/ld+json">{"@type":"WebSite"}</script><script type="“application/ld+json”">{ “@type”: “Organization” }</script><script type="application/json">{"a":1}</script><script type="text/ld+json-template">{}</script>');
    expect(d.jsonLd.map((b) => b.trim())).toEqual(['{"@type":"WebSite"}', '{ “@type”: “Organization” }']);
  });
});
