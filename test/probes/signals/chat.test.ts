/**
 * Live-chat vendors from a page's own markup. Third-party requests are refused during
 * the crawl, so a widget must be recognised from its inline loader alone, from its
 * script src alone, and from the (blocked) request alone.
 *
 * "Real" tables hold loaders taken from pages real organisations published, found with
 * the search tools: silverfoxy/JSCryptoMinerStudy keeps 2018 home pages of real sites
 * under pagesource/<domain>; other loaders come from site sources and saved pages in
 * public repositories, cited by organisation (where the page names it) and index file
 * id. The "invented" table writes each vendor's documented snippet shape by hand, so
 * every vendor in the table is exercised all three ways; it proves behaviour only.
 */
import { describe, expect, it } from 'vitest';
import { CHAT_VENDORS, type ChatVendor, chatVendorsInHtml, extractChat, isChatAsset, matchChatVendorUrl, mergeChatVendors, VENDOR_TABLE } from '../../../src/probes/signals/chat.js';
import type { DocumentData } from '../../../src/probes/types.js';
import { sourceNote } from '../../../src/report/i18n.js';
import { BASE, link, view } from '../builders.js';

const vendors = (d: Partial<DocumentData>, requests: string[] = []): ChatVendor[] => {
  const v = view(d);
  v.snapshot.requests = requests.map((url) => ({ url, type: 'script', blocked: true }));
  return [...new Set(mergeChatVendors(extractChat(v)).map((h) => h.value))].sort();
};
const script = (src: string) => ({ src, id: '', type: '' });

interface RealLoader {
  vendor: ChatVendor;
  /** What the page carried: an inline loader (script body) … */
  inline?: string;
  /** … or the loader's URL (a script src, and the request the page makes for it). */
  src: string;
}

describe('chat loaders in real pages', () => {
  const valid: [string, RealLoader][] = [
    // silverfoxy/JSCryptoMinerStudy pagesource/asmetsalud.org.co (Asmet Salud EPS): Live Helper Chat on its own chat. subdomain
    ['Live Helper Chat self-hosted by a Colombian health insurer', { vendor: 'livehelperchat', inline: "var LHCChatOptions = {};\nLHCChatOptions.opt = {widget_height:340,widget_width:300,popup_height:520,popup_width:500,domain:'asmetsalud.org.co'};\n(function() {\nvar po = document.createElement('script'); po.type = 'text/javascript'; po.async = true;\npo.src = '//chat.asmetsalud.org.co/chat/getstatus/(click)/internal/(position)/bottom_right/(ma)/br/(hide_offline)/true/(top)/350/(units)/pixels/(leaveamessage)/true/(department)/1/(theme)/1?r='+referrer+'&l='+location;\nvar s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(po, s);\n})();", src: 'https://chat.asmetsalud.org.co/chat/getstatus/(click)/internal/(position)/bottom_right/(ma)/br/(hide_offline)/true/(top)/350/(units)/pixels/(leaveamessage)/true/(department)/1/(theme)/1?r=&l=' }],
    // A site's footer with the Olark loader (index file id 45477760706)
    ['the Olark loader with olark.identify', { vendor: 'olark', inline: 'loader: "static.olark.com/jsclient/loader0.js",name:"olark",methods:["configure","extend","declare","identify"]});\n/* custom configuration goes here (www.olark.com/documentation) */\nolark.identify(\'1426-176-10-9116\');', src: 'https://static.olark.com/jsclient/loader0.js' }],
    // A site's page with LiveChat (id 30641646224)
    ['the LiveChat tracking snippet with __lc.license', { vendor: 'livechat', inline: "window.__lc = window.__lc || {};\nwindow.__lc.license = 9327300;\n(function() {\n  var lc = document.createElement('script'); lc.type = 'text/javascript'; lc.async = true;\n  lc.src = ('https:' == document.location.protocol ? 'https://' : 'http://') + 'cdn.livechatinc.com/tracking.js';", src: 'https://cdn.livechatinc.com/tracking.js' }],
    // A site's head with the JivoChat tag (id 18004616994): <script src="//code.jivosite.com/widget.js" jv-id="7por5QPLLn" async>
    ['JivoChat\'s widget.js with a jv-id attribute', { vendor: 'jivochat', src: 'https://code.jivosite.com/widget.js' }],
    // A shop's script loading JivoChat on demand (id 42993043554)
    ['JivoChat loaded on demand and opened with jivo_api', { vendor: 'jivochat', inline: 'function requireJivo(openOnLoad=false) {\n   let script = "//code.jivosite.com/widget/pXyTEA0OXO";\n    $.ajax({ url: script, dataType: "script", async: false,\n        success: function () { if(openOnLoad) { setTimeout(function() { jivo_api.open(); }, 1000); } } });\n}', src: 'https://code.jivosite.com/widget/pXyTEA0OXO' }],
    // A site's body with Tawk.to (id 6916499434, next to GTM-NJ7WSCW)
    ['the Tawk.to snippet', { vendor: 'tawk', inline: "var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();\n(function(){\nvar s1=document.createElement(\"script\"),s0=document.getElementsByTagName(\"script\")[0];\ns1.async=true;\ns1.src='https://embed.tawk.to/5e2169c1daaca76c6fce79c8/default';\ns1.charset='UTF-8';", src: 'https://embed.tawk.to/5e2169c1daaca76c6fce79c8/default' }],
    // A Finnish WordPress footer (id 21354606)
    ['the Crisp snippet', { vendor: 'crisp', inline: 'window.$crisp=[];window.CRISP_WEBSITE_ID="-K90vfAnyk27kD-pZAep";(function(){d=document;s=d.createElement("script");s.src="https://client.crisp.chat/l.js";s.async=1;d.getElementsByTagName("head")[0].appendChild(s);})();', src: 'https://client.crisp.chat/l.js' }],
    // A shop's head (id 32652112684): <script src="//code.tidio.co/2l8awmiopxub2rsj7vuajrnkxy2xnqln.js" async>
    ['a Tidio script tag', { vendor: 'tidio', src: 'https://code.tidio.co/2l8awmiopxub2rsj7vuajrnkxy2xnqln.js' }],
    // A site's footer (id 1888087706)
    ['the Smartsupp loader', { vendor: 'smartsupp', inline: "window.smartsupp||(function(d) {\n  var s,c,o=smartsupp=function(){ o._.push(arguments)};o._=[];\n  s=d.getElementsByTagName('script')[0];c=d.createElement('script');\n  c.type='text/javascript';c.charset='utf-8';c.async=true;\n  c.src='https://www.smartsuppchat.com/loader.js?';s.parentNode.insertBefore(c,s);\n})(document);", src: 'https://www.smartsuppchat.com/loader.js?' }],
    // A site's page end (id 7874110)
    ['a Userlike widget script', { vendor: 'userlike', src: 'https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com/0af277ee13dc0508efad8915517bf694eb1dbc21bb4152cf920a8ae1b3d35228.js' }],
    // Serigrafía Sur (serigrafiasur.cl) blog page (id 29314883927)
    ['the Cliengo installation code of a Chilean print shop', { vendor: 'cliengo', inline: "(function () { var ldk = document.createElement('script'); ldk.type = 'text/javascript'; ldk.async = true; ldk.src = 'https://s.cliengo.com/weboptimizer/61414edcce9a3a002a7864f6/61414edfce9a3a002a7864f9.js?platform=dashboard'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ldk, s); })();", src: 'https://s.cliengo.com/weboptimizer/61414edcce9a3a002a7864f6/61414edfce9a3a002a7864f9.js?platform=dashboard' }],
    // DigitalMTX (digitalmtx.com) theme functions printing B2Chat (id 29249368360)
    ['B2Chat\'s live script and init call', { vendor: 'b2chat', inline: "_jq(window).bind(\"load\", function() {B2Chat.init('46e0f6d4-df5f-458f-858a-73e3752197bd');});", src: 'https://app.b2chat.io/live/b2chat-min.js' }],
    // A site's chat page script (id 47896486394)
    ['the Botmaker webchat init.js', { vendor: 'botmaker', inline: 'let js = document.createElement("script");\njs.type = "text/javascript";\njs.async = 1;\njs.src = "https://go.botmaker.com/rest/webchat/p/MNWSL8HZMU/init.js";\ndocument.body.appendChild(js);', src: 'https://go.botmaker.com/rest/webchat/p/MNWSL8HZMU/init.js' }],
    // Somattos Engenharia (Brazilian builder) site (id 2287426350)
    ['Salesforce Embedded Service settings in Portuguese', { vendor: 'salesforce', inline: "// Habilita o botão de chat padrão na parte de baixo das páginas\nembedded_svc.settings.displayHelpButton = true;\n\nembedded_svc.settings.language = 'pt-BR';\n\n// Assume como padrão o Chat com um especialista\nembedded_svc.settings.defaultMinimizedText = 'Chat';", src: 'https://service.force.com/embeddedservice/5.0/esw.min.js' }],
    // Gardener's Supply Company page (id 25504490697)
    ['an Oracle RightNow chat link component', { vendor: 'oracle-rightnow', inline: 'RightNow.Client.Controller.addComponent(\n{\nc: "1",\nchat_login_page_width: 500,\ncontainer_element_id: "myChatLinkContainer",\ninfo_element_id: "myChatLinkInfo",', src: 'https://gardeners.widget.custhelp.com/euf/rightnow/RightNow.Client.js' }],
    // A Spanish-language co-browse page (id 6906679689)
    ['the Genesys Cloud messenger bootstrap', { vendor: 'genesys', inline: '})(\n    window,\n    "Genesys",\n    "https://apps.mypurecloud.com/genesys-bootstrap/genesys.min.js",\n    {\n      environment: "prod",\n      deploymentId: sDeploymentID ,\n    }\n  );', src: 'https://apps.mypurecloud.com/genesys-bootstrap/genesys.min.js' }],
    // A WordPress theme footer (id 463549388)
    ['the Zoho SalesIQ snippet on zoho.eu', { vendor: 'zoho', inline: 'var $zoho=$zoho || {};$zoho.salesiq = $zoho.salesiq || {widgetcode: "siqe15736c7b5a2aed9214e9138e4c9bb41279d46ccfcce929c8132f7de13cb3530a94c2dabe8bfc34f89df5022fe2ae907", values:{},ready:function(){}};var d=document;s=d.createElement("script");s.type="text/javascript";s.id="zsiqscript";s.defer=true;s.src="https://salesiq.zoho.eu/widget";', src: 'https://salesiq.zoho.eu/widget' }],
    // A Spanish-language pet-care page (id 427294287)
    ['Landbot\'s livechat', { vendor: 'landbot', inline: "var myLandbot = new Landbot.Livechat({\n    configUrl: 'https://chats.landbot.io/v3/H-1051441-Z4BO31PIT14MWLXL/index.json',\n  });", src: 'https://static.landbot.io/landbot-3/landbot-3.0.0.js' }],
    // A Brazilian site (id 71231299946)
    ['the Octadesk embed', { vendor: 'octadesk', inline: "  var bd = c.getElementsByTagName(\"body\")[0];\n  var sc = c.createElement(\"script\");\n  sc.async = 1;\n  sc.src = 'https://cdn.octadesk.com/embed.js';\n  bd.appendChild(sc);\n})(window, document);", src: 'https://cdn.octadesk.com/embed.js' }],
    // A Brazilian site (id 12994028471)
    ['the Huggy widget', { vendor: 'huggy', inline: "(function (i, s, o, g, r, a, m) { i[r] = { context: { id: '8551dbde3f168db249381597eea81c71' } }; a = o; o = s.createElement(o); o.async = 1; o.src = g; m = s.getElementsByTagName(a)[0]; m.parentNode.insertBefore(o, m); })(window, document, 'script', 'https://js.huggy.chat/widget.min.js?v=8.0.0', 'pwz')", src: 'https://js.huggy.chat/widget.min.js?v=8.0.0' }],
    // A site's chat component (id 26010272911): inConcert click-to-chat
    ['the inConcert click-to-chat script', { vendor: 'inconcert', inline: 'script.src =\n        proto +\n        "//webchat-cls36-itx-mad.i6.inconcertcc.com/v3/click_to_chat?token=9E2D5498B79838A4E36C7BA6FFCE2C5A";\n      script.id = "webchatScript";', src: 'https://webchat-cls36-itx-mad.i6.inconcertcc.com/v3/click_to_chat?token=9E2D5498B79838A4E36C7BA6FFCE2C5A' }],
    // Rimac Seguros (Peru) patient portal script (id 37036333558): the doctor chat opens in an inConcert window
    ['an inConcert web designer chat opened in a window by a Peruvian insurer', { vendor: 'inconcert', inline: "function abrirChatMedico(){\n\twindow.open('http://chat1-cls1-cgn-bct.i6.inconcertcc.com/inconcert/apps/webdesigner/Rimac?token=1277462B88711D612ECC577DDE697D2D','_blank', 'menubar=no,toolbar=no');\n}", src: 'http://chat1-cls1-cgn-bct.i6.inconcertcc.com/inconcert/apps/webdesigner/Rimac?token=1277462B88711D612ECC577DDE697D2D' }],
    // A site's page (id 2556969537)
    ['the Blip Chat widget', { vendor: 'blip', inline: "(function () {\n        window.onload = function () {\n            localStorage.removeItem('blipSdkUAccount');\n            new BlipChat()", src: 'https://unpkg.com/blip-chat-widget' }],
    // A site's page (id 25781492626): LivePerson's lpTag
    ['the LivePerson tag', { vendor: 'liveperson', inline: "_load:function(src,chr,id){var url=src;if(!src){url=this.protocol+'//'+((this.ovr&&this.ovr.domain)?this.ovr.domain:'lptag.liveperson.net')+'/tag/tag.js?site='+this.site;}", src: 'https://lptag.liveperson.net/tag/tag.js?site=12345678' }],
  ];
  it.each(valid.filter(([, c]) => c.inline))('recognises %s from the inline loader alone', (_name, c) => {
    expect(vendors({ inlineScripts: [c.inline!] })).toEqual([c.vendor]);
  });
  it.each(valid)('recognises %s from the script src alone', (_name, c) => {
    expect(vendors({ scripts: [script(c.src)] })).toEqual([c.vendor]);
  });
  it.each(valid)('recognises %s from the blocked request alone', (_name, c) => {
    expect(vendors({}, [c.src])).toEqual([c.vendor]);
  });

  const invalid: [string, Partial<DocumentData>, string[]][] = [
    // silverfoxy/JSCryptoMinerStudy pagesource/4-72.com.co: Google Tag Manager and the Facebook pixel in the head
    ['Google Tag Manager (4-72)', { inlineScripts: ["(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':\nnew Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],\nj=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=\n'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);\n})(window,document,'script','dataLayer','GTM-KD57W3');"] }, ['https://www.googletagmanager.com/gtm.js?id=GTM-KD57W3']],
    ['the Facebook pixel (4-72)', { inlineScripts: ["t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,\n\t\tdocument,'script','https://connect.facebook.net/en_US/fbevents.js');\n\t\tfbq('init', '1243336305724018');\n\t\tfbq('track', 'PageView');"] }, ['https://connect.facebook.net/en_US/fbevents.js']],
    // silverfoxy/JSCryptoMinerStudy pagesource/asmetsalud.org.co: AddThis share buttons
    ['AddThis share buttons (Asmet Salud)', { scripts: [script('https://s7.addthis.com/js/300/addthis_widget.js#pubid=ra-53a7a37347bc3a58')] }, []],
    // ApostropheCMS documentation head (id 252811951): HubSpot's tracking code without the chat
    ['HubSpot tracking code alone (ApostropheCMS docs)', { scripts: [script('https://js.hs-scripts.com/6104347.js')] }, ['https://js.hs-scripts.com/6104347.js']],
    // A page with the plain Facebook SDK for like buttons (id 43789761074)
    ['the plain Facebook SDK for like buttons', { inlineScripts: ['js = d.createElement(s); js.id = id;\n  js.src = "//connect.facebook.net/en_US/all.js#xfbml=1";\n  fjs.parentNode.insertBefore(js, fjs);\n}(document, \'script\', \'facebook-jssdk\'));'] }, ['https://connect.facebook.net/en_US/all.js']],
    // EDF Energy UK help widget (id 7618676608): Oracle RightNow knowledge syndication, not chat
    ['an Oracle RightNow knowledge widget (iFAQ)', { scripts: [script('https://edfenergyuk.widget.custhelp.com/euf/rightnow/RightNow.Client.js')], inlineScripts: ["$('#' + settings.spireIfaq.ifaqs[i].div_id, context).once('spireiFaqLoader', function() {\n  RightNow.Client.Controller.addComponent(iFaqsettings,\n    \"https://edfenergyuk.widget.custhelp.com/ci/ws/get\"\n  );"] }, []],
  ];
  it.each(invalid)('does not take %s for a live chat', (_name, d, requests) => {
    expect(vendors(d, requests)).toEqual([]);
  });

  it('does not take a link to a chat page for a widget on this page (silverfoxy/JSCryptoMinerStudy pagesource/4-72.com.co)', () => {
    // <a href="/content/chat" title="Canal comunicación Chat ">Chat</a>: the crawl reads /content/chat itself.
    expect(vendors({ links: [link('http://www.4-72.com.co/content/chat', 'Chat', { label: 'Canal comunicación Chat ' })] })).toEqual([]);
  });

  it('does not take a floating link to the help centre for a chat widget (bench/real-pages/br-retail-mobly-produto, dev)', () => {
    // <a href="/auto-atendimento/?chat=open" rel="nofollow" class="btn white" id="btn-open-chat">Atendimento via chat online</a>, fixed
    const candidate = { tag: 'a', id: 'btn-open-chat', className: 'btn white', title: '', label: '', text: 'Atendimento via chat online', href: 'https://www.mobly.com.br/auto-atendimento/?chat=open', fixed: true, visible: true, whatsapp: false, selector: 'a#btn-open-chat' };
    expect(vendors({ chatCandidates: [candidate] })).toEqual([]);
  });

  it('does not take a chat icon inside a link to the help centre for a chat widget (bench/real-pages/br-retail-magazineluiza-produto, dev)', () => {
    // <a class="btn …" href="https://atendimento.magazineluiza.com.br/hc/pt-br?open=chat_televendas"><i class="icon icon-chat …"></i>Compre pelo chat</a> in a fixed sidebar
    const candidate = { tag: 'i', id: '', className: 'icon icon-chat font-md-regular', title: '', label: '', text: '', href: 'https://atendimento.magazineluiza.com.br/hc/pt-br?open=chat_televendas', fixed: true, visible: true, whatsapp: false, selector: 'div.transition.delay-150 > div.border-t.border-surface-2 > a.btn.btn-lg > i.icon.icon-chat' };
    expect(vendors({ chatCandidates: [candidate] })).toEqual([]);
    // the same icon in a launcher that opens the chat here ("#") is a launcher
    expect(vendors({ chatCandidates: [{ ...candidate, href: 'https://www.magazineluiza.com.br/#' }] })).toEqual(['generic']);
  });

  // bench/real-pages/ar-retail-stockcenter-producto (dev): Wcentrix, a LatAm contact-centre vendor
  it.each([
    ['the wcchat script', { scripts: [script('https://f.wcentrix.com/tabhelp/external/wcbox-dist/wcchat.v5.js')] }, []],
    ['the widget loader injected inline', { inlineScripts: ['var s=document.createElement("script");s.src="https://api.wcx.cloud/widget?id=818b8fc0c303469393d31bc03f8dabab";document.head.appendChild(s);'] }, []],
    ['the blocked widget request', {}, ['https://api.wcx.cloud/widget?id=818b8fc0c303469393d31bc03f8dabab']],
    ['the chat tab container', { markers: [{ selector: '[id^="wcchat_tab_"]', snippet: '<div id="wcchat_tab_818b8fc0c303469393d31bc03f8dabab" class="wcchatTabright _animated _slideInUp ">' }] }, []],
  ] as [string, Partial<DocumentData>, string[]][])('recognises Wcentrix from %s', (_name, d, requests) => {
    expect(vendors(d, requests)).toEqual(['wcentrix']);
  });
  // bench/real-pages/gb-retail-ikea-product (dev): BySide Webcare behind the cookie banner (type="text/plain")
  it.each([
    ['the inline config', { inlineScripts: ['\n  var bysideWebcare_webcare_id = "849EAC6BB9";\n  var bysideWebcare_lang = "en";\n  var bysideWebcare_cookie_lifetime = 395;\n'] }],
    ['the consent-gated agent script', { scripts: [{ src: 'https://bywe2.byside.com/agent/byside_webcare_we2.js', id: '', type: 'text/plain' }] }],
  ] as [string, Partial<DocumentData>][])('recognises BySide from %s (IKEA UK)', (_name, d) => {
    expect(vendors(d)).toEqual(['byside']);
  });
  it('does not take a Zendesk help centre\'s own scripts for the Zendesk chat (bench/real-pages/us-help-scienceboard-request, dev)', () => {
    expect(vendors({ scripts: [script('https://p4.zdassets.com/hc/assets/jquery-f866e8f4f14f1ea680fcca8a780834af.js'), script('https://p4.zdassets.com/hc/themes/556885/201216275/script-b31c3795de5001ff40bb01b44868534a.js?brand_id=57209&locale=en-us')] })).toEqual([]);
  });
  it('does not take Wcentrix\'s form widget (wcbox) alone for a chat (same page)', () => {
    expect(vendors({ scripts: [script('https://f.wcentrix.com/tabhelp/external/wcbox-dist/wcbox.v4.js')] })).toEqual([]);
  });
});

describe('live chat on the dev pages of bench/real-pages', () => {
  interface PageCase {
    name: string;
    doc: Partial<DocumentData>;
    requests?: string[];
    vendors: ChatVendor[];
  }
  const valid: PageCase[] = [
    // us-retail-radioshack-contact: the store serves its own copy of the Olark loader from Shopify's assets
    { name: 'Olark from a Shopify asset named olark.js', doc: { scripts: [script('https://cdn.shopify.com/s/files/1/0953/5270/t/7/assets/olark.js?13742287340456081278&shop=radioshack-demo.myshopify.com')] }, vendors: ['olark'] },
    // us-retail-crateandbarrel-signin: <script type="text/javascript" src="/js/LivePerson_1512080337.js"></script>
    { name: 'LivePerson from a self-hosted LivePerson_<build>.js', doc: { scripts: [script('https://www.crateandbarrel.com/js/LivePerson_1512080337.js')] }, vendors: ['liveperson'] },
    // gb-retail-juno-home: the shop's own chat wrapper (external /javascript/chat.js) built for Olark
    { name: 'Olark through the shop\'s own wrapper class (new JunoChatOlark())', doc: { scripts: [script('http://www.juno.co.uk/javascript/chat.js')], inlineScripts: ['\n\t$(document).ready(function(){\n\t\t\t\tJunoChatOlark.prototype = new JunoChat();\n\t\twindow.junoChat = new JunoChatOlark();\n\t\t\t\t\t\t\t\tjunoChat.init();\n\t});\n'] }, vendors: ['olark'] },
    // gr-travel-inmykonos-login: SnapEngage's older loader, <script src="http://www.snapengage.com/snapabug.js"> and SnapABug.addButton(…)
    { name: 'SnapEngage from its older snapabug.js loader', doc: { scripts: [script('http://www.snapengage.com/snapabug.js')] }, vendors: ['snapengage'] },
    { name: 'SnapEngage from its older SnapABug.addButton call', doc: { inlineScripts: ['\n    SnapABug.addButton("a17cd87b-3746-492e-9eac-6527064f2eba","0","45%");\n    SnapABug.setDomain("inmykonos.com");'] }, vendors: ['snapengage'] },
    // us-retail-christmascentral-contact: 'Use our <a href="http://messenger.providesupport.com/messenger/christmascentral.html">Live Chat</a>'
    { name: 'Provide Support from the link to its hosted messenger', doc: { links: [link('http://messenger.providesupport.com/messenger/christmascentral.html', 'Live Chat')] }, vendors: ['providesupport'] },
    // us-retail-calendarscom-login: the 'Live Chat' button opens BoldChat's hosted chat
    { name: 'BoldChat from the link to its hosted chat', doc: { links: [link('https://livechat.boldchat.com/aid/625495729544981174/bc.chat?cwdid=101624856157664261', 'Live Chat')] }, vendors: ['boldchat'] },
    // us-retail-campmor-contact: Kayako's SwiftTag markup in the "Questions?" box, no Kayako script referenced
    { name: 'Kayako from its SwiftTag container', doc: { markers: [{ selector: '[id^="swifttagcontainer"]', snippet: '<td align="center" id="swifttagcontaineroyhszuhmta"><div style="display: inline;" id="swifttagdatacontaineroyhszuhmta">' }] }, vendors: ['kayako'] },
    { name: 'Kayako from the "Live Chat" link to its visitor chat request', doc: { links: [link('https://support.campmor.com/visitor/index.php?/Default/LiveChat/Chat/Request/_sessionID=/_promptType=chat/_proactive=0/_filterDepartmentID=/_randomNumber=9a4n3v5vk6l2mv89dkifovaw6x4hdvd8/_fullName=/_email=/', 'Live Chat')] }, vendors: ['kayako'] },
    // us-retail-wilsonsleather-contact: the Live2Support tracking code in the header
    { name: 'Live2Support from its inline loader', doc: { inlineScripts: ["   var l2s_pht=escape(location.protocol); if(l2s_pht.indexOf(\"http\")==-1) l2s_pht='http:'; (function () { document.getElementById('l2s_trk').style.visibility='hidden'; var l2scd = document.createElement('script');  l2scd.type = 'text/javascript'; l2scd.async = false; l2scd.src = ('https:' == document.location.protocol ? 'https://' : 'http://') + 's01.live2support.com/js/lsjs1.php?stid=24518'; var l2sscr = document.getElementsByTagName('script')[0]; l2sscr.parentNode.insertBefore(l2scd, l2sscr); })();"] }, vendors: ['live2support'] },
    { name: 'Live2Support from its blocked loader request', doc: {}, requests: ['http://s01.live2support.com/js/lsjs1.php?stid=24518'], vendors: ['live2support'] },
    { name: 'Live2Support from its div#l2s_trk', doc: { markers: [{ selector: '#l2s_trk', snippet: '<div class="liveChat" id="l2s_trk" style="z-index:99; display:none;"><a href="http://live2support.com">Live Chat</a></div>' }] }, vendors: ['live2support'] },
    // pt-retail-spartoo-home: Spartoo's in-house chat, shown by its stylesheet and the inline calls that start it
    { name: 'an in-house chat from its stylesheet and its start call', doc: { stylesheets: ['http://www.spartoo.pt/chat/includes/chat.css'], inlineScripts: [' \n\t\t\t\tvar chatStatus = 1;\n\t\t\t', '\n\t\t\t$(document).ready(function() {chatStatut();});\n\t\t'] }, vendors: ['generic'] },
    // ar-retail-zara-product: Zara's own chat scripts
    { name: 'an in-house chat from its chat-v2 script', doc: { scripts: [script('https://static.zara.net/static/applications/chat-v2//zara-chat-std-v1.44.0.js')] }, vendors: ['generic'] },
    // gb-retail-bookpeople-home: mtagconfig.js is the file LivePerson's legacy "mTag" deployment is
    // served from (the site hosts it; it then calls server.lon.liveperson.net, which the page
    // prefetches), beside a div#LPbuttonF button slot. The page's label first said "no vendor"
    // (only the dns-prefetch hints were noticed); it was corrected to liveperson on re-reading the HTML.
    { name: 'LivePerson from its legacy mTag configuration script', doc: { scripts: [script('http://tbpasset.storage.googleapis.com/62-5/minified/js/mtagconfig.js')] }, vendors: ['liveperson'] },
    // us-insurance-petsbest-home: LiveHelpNow's button code (span#lhnChatButton, div#lhnContainer with
    // OpenLHNChat() links); the loader is the site's Scripts/LiveHelp.min.js, so the containers name the vendor.
    { name: 'LiveHelpNow from its div#lhnContainer', doc: { markers: [{ selector: '#lhnContainer', snippet: '<div id="lhnContainer"> <a class="btn-chat" href="#" onclick="OpenLHNChat();return false;"><span>live chat</span></a> </div>' }] }, vendors: ['livehelpnow'] },
    // gb-retail-jacamo-signin: the retailer serves eGain's egainchat.js and sets the eGain chat window
    // (…/system/templates/chat/jdw/chat.html?entryPointId=1012) and its entry point's availability URL.
    { name: 'eGain from the site\'s egainchat.js', doc: { scripts: [script('https://images.drct2u.com/content/javascript/egainchat.js?version=P-5-2015-10-23-WEBOCTXV-V4&appversion=10')] }, vendors: ['egain'] },
    { name: 'eGain from the chat window and entry point its inline settings name', doc: { inlineScripts: ['var chatServer = "https://wecc.drct2u.com/system/templates/chat/jdw/chat.html?entryPointId=1012&templateName=jdw&languageCode=en&countryCode=US&ver=v11&tradingtitle=CGN&accnumber="; var chatAvailability = "/system/egain/chat/entrypoint/agentAvailability/1012";'] }, vendors: ['egain'] },
    // co-bank-fna-tasas: the fund's own chatbot, injected by an inline loader from a host named for it
    // (chatbot.fna.gov.co) whatever its file is called: a chat of the organisation's own.
    { name: 'an own chatbot injected by an inline loader from a chatbot. host', doc: { inlineScripts: ['\t\tloadScript("https://chatbot.fna.gov.co/bundle.js")\n\t\t\t.then( data  => { })\n\t\t\t.catch( err => { });\n\t\tloadCSS(\'https://chatbot.fna.gov.co/style.css\');'] }, vendors: ['generic'] },
    // co-bank-bancolombia-credito: the bank's own widget, injected by an inline loader
    // (…/iframePersonas/widgetIframePersonas.js) and started by inline code that calls its chat.
    { name: 'an own widget script injected inline and a call of its chat function', doc: { inlineScripts: ['function widgetDomain() { var dominioOu = document.domain; let script = document.createElement(\'script\'); script.id = \'Widget\'; switch (dominioOu) { case \'www.bancolombia.com\': script.src = "https://serviciosvirtuales-wd.apps.bancolombia.com/assets/js/iframePersonas/widgetIframePersonas.js"; break; } document.head.appendChild(script); } widgetDomain();', 'const callChat = async (intentos = 0) => { try { let ifExistIframe = document.getElementById("iFrameResizer"); } catch (e) { setTimeout(() => { return callChat(intentos + 1); }, 3000); } };\n window.addEventListener(\'load\', callChat(0));'] }, vendors: ['generic'] },
    // us-retail-boscovs-product: Moxie Concierge's loader (tag-manager injected) and the widget area it renders, titled "Live Chat"
    { name: 'Moxie Concierge from its concierge-client.js', doc: { scripts: [script('https://asset.gomoxie.solutions/concierge/boscovs/client/concierge-client.js')] }, vendors: ['moxie'] },
    { name: 'Moxie Concierge from its div#concierge-widget-area', doc: { markers: [{ selector: '#concierge-widget-area', snippet: '<div id="concierge-widget-area" tabindex="0" role="dialog" aria-live="assertive" aria-label="">' }] }, vendors: ['moxie'] },
    // ca-retail-bestbuy-product: Best Buy's own "Blue Shirt" chat (its blueshirt-chat.js and chat frame), whose page-state
    // JSON names Salesforce Live Agent's servers: the settings name the vendor of the widget the page shows.
    // mx-bank-banorte-preferente (dev, from holdout 13): Genesys Widgets served from the bank's own host, its settings naming the GMS chat API
    { name: 'an own chat widget configured for Genesys Mobile Services\' chat API', doc: { scripts: [script('https://www.banorte.com/cms/watson/widgetFiles/js/chat-widget.js')], inlineScripts: ['var WidgetsSendMessageDataURL = "https://gme.banorte.com:8443/genesys/2/email";\n\tvar WidgetsWebchatDataURL = "https://gme.banorte.com:8443/genesys/2/chat/web";'] }, vendors: ['genesys'] },
    { name: 'an own chat widget configured for Salesforce Live Agent in the page state', doc: { scripts: [script('https://www.bestbuy.ca/client/blueshirt-chat.4.350.0.js')], inlineScripts: ['window.__INITIAL_STATE__ = {"config":{"blueShirtChatAgent":{"BASE_LIVE_AGENT_CONTENT_URL":"https://c.la1-c2-iad.salesforceliveagent.com/content","BASE_LIVE_AGENT_URL":"https://d.la1-c2-iad.salesforceliveagent.com/chat","BUTTON_ID_EN":"5730H000000B2k3","DEPLOYMENT_ID":"5720H000000AymR"}}};'] }, vendors: ['salesforce'] },
    // same page as the collector reads it: the state JSON is 276 kB, its chat servers 19 kB in, past the body kept
    { name: 'an own chat widget whose chat servers a long state JSON names past the part kept', doc: { iframes: [{ src: 'https://www.bestbuy.ca/client/blue-shirt-agent.html', title: '', name: '', id: 'blue-shirt-chat-iframe', visible: true }], scripts: [script('https://www.bestbuy.ca/client/blueshirt-chat.4.350.0.js')], chatEndpoints: ['https://d.la1-c2-ord.salesforceliveagent.com/chat', 'https://d.la1-c2-iad.salesforceliveagent.com/chat'] }, vendors: ['salesforce'] },
    // us-retail-forever21-home (dev, from holdout 22): Salesforce Snap-ins' proactive invitation in the markup ('Need help?
    // … For any assistance CHAT with us!!!', its 'Chat' button), loaded by the site's own bundle: the invitation is the vendor's
    { name: 'Salesforce Embedded Service from its Snap-ins invitation', doc: { markers: [{ selector: '.embeddedServiceInvitation', snippet: '<div class="embeddedServiceInvitation snapins_invite hidden" id="snapins_invite" role="dialog">' }] }, vendors: ['salesforce'] },
    // at-travel-tourradar-home (dev, from holdout 24): the site id TourRadar's own bundle hands Olark's loader
    { name: 'Olark from the site id an inline script sets for it', doc: { inlineScripts: ['\n    window.olarkId = "7577-172-10-6850";\n'] }, vendors: ['olark'] },
    // ca-travel-whistlerblackcomb-home (dev, from holdout 23): the site's own copy of LivePerson's loader
    // (/Assets/js/vendor/liveEngage/liveEngage.js) and the LiveEngage button's div#LP_DIV_1553631687269
    { name: 'LivePerson from the site\'s own liveEngage.js', doc: { scripts: [script('https://www.whistlerblackcomb.com/Assets/js/vendor/liveEngage/liveEngage.js')] }, vendors: ['liveperson'] },
    { name: 'LivePerson from a LiveEngage button\'s div#LP_DIV_…', doc: { markers: [{ selector: '[id^="LP_DIV_"]', snippet: '<div class="liveengage-chat" id="LP_DIV_1553631687269"></div>' }] }, vendors: ['liveperson'] },
    // in-finance-utimf-home (dev, from holdout 23): AllinCall's chatbot embedder on the fund's own subdomain (a vendor the
    // table does not name): a script named for a chatbot is a chat of unnamed vendor
    { name: 'a chatbot embedder script of an unlisted vendor', doc: { scripts: [script('https://utimf.allincall.in/files/deploy/embed_chatbot_1.js')] }, vendors: ['generic'] },
    // us-retail-walldecor-home: the AliveChat button is an <img> whose onClick opens the chat router, and a 'Chat Now'
    // link (href="#") does the same: no WebsiteAlive script on the page, only what the click handlers open
    { name: 'WebsiteAlive from the chat window a button\'s click handler opens', doc: { openedUrls: ['http://www.websitealive7.com/2345/rRouter.asp?groupid=2345&websiteid=0&departmentid=0&dl='] }, vendors: ['websitealive'] },
    // us-retail-luckybrand-home: '<a href="javascript:void(0)" onclick="window.open(\'https://cim.gsipartners.com/netagent/cimlogin.aspx?…\')">' around the status image
    { name: 'Talisma from the chat login window a link\'s click handler opens', doc: { openedUrls: ['https://cim.gsipartners.com/netagent/cimlogin.aspx?questid=EBB0243B-0905-4B93-A4AE-CBBA66C96BBB&portid=A64F7C61-5C55-4AF0-B45E-D350B70235C5&nareferer='] }, vendors: ['talisma'] },
    // jm-news-gleaner-article: the Watson launcher button the page carries ('Open the chat window', showLauncher: false)
    { name: 'IBM Watson Assistant from its #WACLauncher__Button', doc: { markers: [{ selector: '#WACLauncher__Button', snippet: '<button aria-label="Open the chat window" class="button3 chatLauncher" id="WACLauncher__Button" type="button">' }] }, vendors: ['watson'] },
    // us-retail-williamssonoma-recipe: the retailer's design-chat settings name Quiq's web-chat loader (beside its own designChat.js)
    { name: 'Quiq named only as the third-party script of a site\'s chat settings', doc: { scripts: [script('https://www.williams-sonoma.com/wsimgs/rk/images/s/202335/0006/js/dojo/wsgc/designChatEnabled.js')], inlineScripts: ['WSI.designChatConfig = {\nbrand: "WE",\nurl: "/AEC/recipe/bacon-fat-hash-browns.html",\nagentHeaderText: "Automatic Reply 24 hours 365 days Live Agent 5AM to 7PM PST",\nisDesignChatWismoEnabled: true,\ncontactPoint: "williams-sonoma-wismo",\ncopy: {\n"title": "Need design advice or customer service help?",\n"label": "Start a Free Design Chat",\n"url": "#"\n},\nthirdPartyScript: "https://westelm.quiq-api.com/app/webchat/index.js",'] }, vendors: ['quiq'] },
    // same page as the collector reads it: the loader URL is 10 kB into the inline script, past the part kept
    { name: 'Quiq\'s loader named far into a long inline script', doc: { scripts: [script('https://www.williams-sonoma.com/wsimgs/rk/images/s/202335/0006/js/dojo/wsgc/designChatEnabled.js')], chatEndpoints: ['https://westelm.quiq-api.com/app/webchat/index.js', 'https://www.williams-sonoma.com/wsimgs/rk/images/s/202335/0006/js/dojo/wsgc/designChat.js'] }, vendors: ['quiq'] },
    // us-education-liu-campus: the university's own service-desk chat, started inline with settings that greet the visitor
    { name: 'an own service-desk widget whose inline settings greet as a chat and start it', doc: { scripts: [script('https://webapps3.liu.edu/servicedesk/dist/servicedesk.umb.js')], inlineScripts: ['\n    var conf = {"greeting":"Hello {{name}}! How can I help you? Please enter your question. If you are an LIU student, please let us know your MyLIU email address too!",\n    \t\t\t"baseUrl":"https://webapps3.liu.edu/servicedesk/api",\n    \t\t\t"emailLabel":"Email: ",\n                "phoneLabel":"Phone (optional):",\n                "showPhone":true};\n\tif ( localStorage["chatdebug"] ||\n\t\t(dateObj.getDay() == 5 && dateObj.getHours() >= 9 && dateObj.getHours() < 17)\n\t\t){\n\t\tServiceDesk.Init(\'General\',conf);\n\t}\n'] }, vendors: ['generic'] },
  ];
  const invalid: PageCase[] = [
    // a handler that opens a share dialog or a vendor's home page is not a chat (invented)
    { name: 'click handlers that open a share dialog or a chat vendor\'s home page', doc: { openedUrls: ['https://www.facebook.com/sharer/sharer.php?u=', 'http://www.websitealive.com/', 'https://www.providesupport.com/'] }, vendors: [] },
    // the vendors' own home pages, linked as a credit under a chat button ('<a href="http://www.boldchat.com" title="Live Chat">',
    // '<a href="http://www.providesupport.com">'), are not their hosted chats: only the chat's own hosts count
    { name: 'a credit link to BoldChat\'s or Provide Support\'s home page', doc: { links: [link('http://www.boldchat.com', 'BoldChat'), link('https://www.providesupport.com/', 'Provide Support')] }, vendors: [] },
    // gb-retail-johnlewis-product: Salesforce Live Agent settings in a JSON config, but no chat script or widget on the
    // page: settings alone load nothing, so they are not a chat (they only name the vendor of a widget that is there)
    { name: 'Salesforce Live Agent settings in a JSON config without a chat widget', doc: { inlineScripts: ['{"chatJlpUrl":"https://johnlewis.my.salesforce.com","chatClientId":"00Db0000000d8Mo","chatContentUrl":"https://c.la1-c1-frf.salesforceliveagent.com/content","chatDeploymentId":"572b0000000LAC4","chatBaselineAgentUrl":"https://d.la1-c1-frf.salesforceliveagent.com/chat"}'] }, vendors: [] },
    // br-media-claudia-receita: an ad-block detector plugin's settings share Freshchat's old variable name
    { name: 'a WordPress plugin\'s "fcSettings" (Funding Choices ad-block detector)', doc: { scripts: [script('https://claudia.abril.com.br/wp-content/plugins/abril-plugins/abril-adblock-detector/custom-fc.js?ver=3.3.2')], inlineScripts: ['\nvar fcSettings = {"nonce":"52SBWZ11kIW04--S8AXODg","displayMessage":""};\n'], globals: ['fcSettings'] }, vendors: [] },
    // gb-retail-flippednormals-home (dev, from holdout 28), us-retail-kingarthur-recipe: Help Scout's Beacon started with
    // its id only — articles and a contact form unless the Beacon Builder turns chat on, which the page does not show
    { name: 'Help Scout\'s Beacon started with its id only', doc: { inlineScripts: ['!function(e,t,n){function a(){var e=t.getElementsByTagName("script")[0],n=t.createElement("script");n.type="text/javascript",n.async=!0,n.src="https://beacon-v2.helpscout.net",e.parentNode.insertBefore(n,e)}if(e.Beacon=n=function(t,n,a){e.Beacon.readyQueue.push({method:t,options:n,data:a})},n.readyQueue=[],"complete"===t.readyState)return a();e.attachEvent?e.attachEvent("onload",a):e.addEventListener("load",a,!1)}(window,document,window.Beacon||function(){});\nwindow.Beacon(\'init\', \'f0e5d223-f4c1-4cc7-b6a5-bf113d317268\')'], globals: ['Beacon'] }, requests: ['https://beacon-v2.helpscout.net'], vendors: [] },
    { name: 'Help Scout\'s Beacon whose page listens to its chat (invented)', doc: { inlineScripts: ["window.Beacon('init', 'abc'); window.Beacon('on', 'chat-started', function () { track('chat'); });"], globals: ['Beacon'] }, vendors: ['helpscout'] },
    // us-retail-radioshack-contact: the 2015 Zendesk "zEmbed" Web Widget (help centre and ticket form; the page's
    // contact form posts to …/zendesk/create-ticket), which defines window.zE and requests the embeddable framework
    { name: 'the legacy Zendesk zEmbed widget without Zopim chat', doc: { inlineScripts: ['/*<![CDATA[*/window.zEmbed||function(e,t){var n,o,d,i,s,a=[],r=document.createElement("iframe");window.zEmbed=function(){a.push(arguments)},window.zE=window.zE||window.zEmbed,r.src="javascript:false",r.title="",r.role="presentation",(r.frameElement||r).style.cssText="display: none",d=document.getElementsByTagName("script"),d=d[d.length-1],d.parentNode.insertBefore(r,d),i=r.contentWindow,s=i.document;try{o=s}catch(c){n=document.domain,r.src=\'javascript:var d=document.open();d.domain="\'+n+\'";void(0);\',o=s}o.open()._l=function(){var o=this.createElement("script");n&&(this.domain=n),o.id="js-iframe-async",o.src=e,this.t=+new Date,this.zendeskHost=t,this.zEQueue=a,this.body.appendChild(o)},o.write(\'<body onload="document._l();">\'),o.close()}("https://assets.zendesk.com/embeddable_framework/main.js","radioshackdemo.zendesk.com");/*]]>*/'], globals: ['zE'] }, requests: ['https://assets.zendesk.com/embeddable_framework/main.js'], vendors: [] },
    // us-help-wordpresscom-support: Olark configured in script JSON only, its loader bundled out of sight
    { name: 'an Olark configuration object with no loader or wrapper', doc: { inlineScripts: ['\n/* <![CDATA[ */\nvar wpcom_olark = {"identity":"3146-815-10-9343","system":{"group":null},"box":{"start_hidden":false,"expand":false},"api":{"visitor":{"customFields":{"wpcom_id":0,"wpcom_olark_api_id":1,"from_page":null,"site_url":"https:\\/\\/en.support.wordpress.com\\/"}}}};\n/* ]]> */\n'] }, vendors: [] },
    // za-telecom-dstv-selfservice: an empty variable named for a chat, no chat asset
    { name: 'an empty "var chatuser;"', doc: { inlineScripts: ['\n        var chatuser;\n    '] }, vendors: [] },
    // gb-retail-jacamo-signin: eGain's analytics tag (onetag) is analytics, not the chat
    { name: 'eGain\'s analytics tag alone', doc: { inlineScripts: ['(function(d){ var eg=d.createElement("script"),s=d.getElementsByTagName("script")[0];eg.type="text/javascript" ; eg.async = true; eg.src= "//analytics.analytics-egain.com/onetag/"+EG_ACT_ID;s.parentNode.insertBefore(eg,s);})(document);'] }, vendors: [] },
    // Invented: a script URL in inline code that only contains "chat" inside a word, or a WhatsApp chat button's script
    { name: 'inline loaders of a "chateau" script and of a WhatsApp chat button (invented)', doc: { inlineScripts: ['s.src = "https://cdn.tienda.example/js/chateau-gallery.js";', 'w.src = "https://chat.whatsapp.com/widget.js";'] }, vendors: [] },
    // Invented: a widget script with no chat call (a reviews widget), and a chat function only defined, never called
    { name: 'a reviews widget script beside a chat function that is only defined (invented)', doc: { scripts: [script('https://widget.reviews.example/js/widget.min.js')], inlineScripts: ['function openChat() { window.open("/ayuda"); }', 'var callChat = async (n) => { return n; };'] }, vendors: [] },
    { name: 'a widget script beside a WeChat share call (invented)', doc: { scripts: [script('https://tienda.example/js/share-widget.js')], inlineScripts: ['wechatShare({ title: document.title });'] }, vendors: [] },
    // Invented: a greeting in settings that nothing starts, and a newsletter pop-up's "Welcome!" title
    { name: 'a greeting setting without a start call, and a pop-up\'s welcome title (invented)', doc: { inlineScripts: ['var texts = { greeting: "How can we help you today?" };', 'Popup.init({ welcomeMessage: "Welcome! Join our list for 10% off" });'] }, vendors: [] },
    // us-retail-steinhafels-home (dev, from holdout 19): PureConnect's web chat in a frame on the shop's own host,
    // <iframe id="cw-iframe" src="" data-src="https://webchat2.steinhafels.com/i3root/index2.html">
    { name: 'Genesys PureConnect from its /i3root/ chat frame on the site\'s own host', doc: { iframes: [{ src: 'https://webchat2.steinhafels.com/i3root/index2.html', title: '', name: '', id: 'cw-iframe', visible: false }] }, vendors: ['genesys'] },
    // cl-health-banmedica-home (dev, from holdout 19): <script data-app-id="…" src="https://service.allegra.ai/bot-script/bot.js">
    { name: 'the Allegra chatbot from its bot.js', doc: { scripts: [script('https://service.allegra.ai/bot-script/bot.js')] }, vendors: ['allegra'] },
    // us-retail-rothys-login (dev, from holdout 21): the footer's own chat button wired to Gladly; the loader waits in a
    // consent-gated <script type="text/plain">, which loads nothing by itself
    { name: 'Gladly from a button whose click shows it', doc: { markers: [{ selector: '[onclick*="Gladly.show"]', snippet: '<div id="custom-gladly-chat-button" onclick="Gladly.show()" role="button" class="footer-chat__icon js-footer-chat-btn">' }] }, vendors: ['gladly'] },
    // Invented: a chat stylesheet left on a page starts nothing by itself
    { name: 'a chat stylesheet without code that starts a chat (invented)', doc: { stylesheets: ['https://tienda.example/chat/chat.css'] }, vendors: [] },
  ];
  it.each(valid)('recognises $name', (c) => {
    expect(vendors(c.doc, c.requests)).toEqual(c.vendors);
  });
  it.each(invalid)('finds no chat in $name', (c) => {
    expect(vendors(c.doc, c.requests)).toEqual(c.vendors);
  });

  it.each([
    ['https://static.zara.net/static/applications/chat-v2/launcher-std-v2.js', true],
    ['http://www.spartoo.pt/chat/includes/chat.css', true],
    ['http://www.juno.co.uk/javascript/chat.js', true],
    // WhatsApp button plugins and words that only contain "chat"
    ['https://tienda.example/wp-content/plugins/creame-whatsapp-me/public/js/joinchat.min.js', false],
    ['https://tienda.example/wp-content/plugins/wp-whatsapp-chat/assets/js/qlwapp.js', false],
    ['https://tienda.example/assets/wechat-pay.js', false],
    ['https://tienda.example/img/chateau.css', false],
    // A host named for the chat serves the organisation's own chat (co-bank-fna-tasas)
    ['https://chatbot.fna.gov.co/bundle.js', true],
    ['https://webchat.tienda.example/widget.js', true],
    ['https://chateau.example/app.js', false],
  ] as const)('isChatAsset(%s) is %s', (url, expected) => {
    expect(isChatAsset(url)).toBe(expected);
  });
});

describe('every vendor in the table, three ways (invented loaders)', () => {
  const loaders: Record<Exclude<ChatVendor, 'generic'>, { url: string; inline: string }> = {
    intercom: { url: 'https://widget.intercom.io/widget/abc123', inline: "window.intercomSettings = { api_base: 'https://api-iam.intercom.io', app_id: 'abc123' };" },
    zendesk: { url: 'https://static.zdassets.com/ekr/snippet.js?key=k1', inline: "zE('messenger', 'open');" },
    drift: { url: 'https://js.driftt.com/include/1700000000000/abc.js', inline: "drift.SNIPPET_VERSION = '0.3.1'; drift.load('abc');" },
    tawk: { url: 'https://embed.tawk.to/65a1b2c3/default', inline: 'var Tawk_API = Tawk_API || {};' },
    livechat: { url: 'https://cdn.livechatinc.com/tracking.js', inline: 'window.__lc = window.__lc || {}; window.__lc.license = 123;' },
    hubspot: { url: 'https://js.usemessages.com/conversations-embed.js', inline: 'window.hsConversationsSettings = { loadImmediately: true };' },
    crisp: { url: 'https://client.crisp.chat/l.js', inline: 'window.$crisp=[];window.CRISP_WEBSITE_ID="abc";' },
    freshchat: { url: 'https://wchat.freshchat.com/js/widget.js', inline: "window.fcWidget.init({ token: 't', host: 'https://wchat.freshchat.com' });" },
    tidio: { url: 'https://code.tidio.co/abc.js', inline: "document.addEventListener('tidioChat-ready', function () { window.tidioChatApi.open(); });" },
    olark: { url: 'https://static.olark.com/jsclient/loader.js', inline: "olark.identify('1234-567-10-8910');" },
    zoho: { url: 'https://salesiq.zohopublic.com/widget?wc=siq123', inline: 'var $zoho=$zoho || {}; $zoho.salesiq = $zoho.salesiq || { ready: function(){} };' },
    messenger: { url: 'https://connect.facebook.net/es_LA/sdk/xfbml.customerchat.js', inline: 'chatbox.setAttribute("page_id", "123456");' },
    jivochat: { url: 'https://code.jivosite.com/widget/abc123', inline: 'jivo_api.open();' },
    smartsupp: { url: 'https://www.smartsuppchat.com/loader.js?', inline: "var _smartsupp = _smartsupp || {}; _smartsupp.key = 'k';" },
    userlike: { url: 'https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com/abc.js', inline: "window.userlikeData = { custom: {} };" },
    chatwoot: { url: 'https://app.chatwoot.com/packs/js/sdk.js', inline: "window.chatwootSDK.run({ websiteToken: 't', baseUrl: 'https://chat.tienda.example' });" },
    liveperson: { url: 'https://lptag.liveperson.net/tag/tag.js?site=123', inline: "window.lpTag = window.lpTag || {}; lpTag.site = '123';" },
    salesforce: { url: 'https://service.force.com/embeddedservice/5.0/esw.min.js', inline: "embedded_svc.settings.language = 'es';" },
    genesys: { url: 'https://apps.mypurecloud.com/genesys-bootstrap/genesys.min.js', inline: "Genesys('command', 'Messenger.open');" },
    'oracle-rightnow': { url: 'https://tienda.widget.custhelp.com/euf/rightnow/RightNow.Client.js', inline: "RightNow.Client.Controller.addComponent({ chat_login_page: '/app/chat/chat_launch', container_element_id: 'myChatLinkContainer' });" },
    helpscout: { url: 'https://beacon-v2.helpscout.net', inline: "window.Beacon('config', { messaging: { chatEnabled: true } });" },
    gorgias: { url: 'https://config.gorgias.chat/bundle-loader/01ABC', inline: 'window.GorgiasChat.init();' },
    botmaker: { url: 'https://go.botmaker.com/rest/webchat/p/ABC123/init.js', inline: "js.src = 'https://go.botmaker.com/rest/webchat/p/ABC123/init.js';" },
    b2chat: { url: 'https://app.b2chat.io/live/b2chat-min.js', inline: "B2Chat.init('abc');" },
    cliengo: { url: 'https://s.cliengo.com/weboptimizer/abc/def.js', inline: "ldk.src = 'https://s.cliengo.com/weboptimizer/abc/def.js';" },
    blip: { url: 'https://unpkg.com/blip-chat-widget@1.6.*', inline: "new BlipChat().withAppKey('k').build();" },
    octadesk: { url: 'https://cdn.octadesk.com/embed.js', inline: "o.octadesk.chatOptions = { subDomain: 'x' };" },
    huggy: { url: 'https://js.huggy.chat/widget.min.js', inline: "})(window, document, 'script', 'https://js.huggy.chat/widget.min.js', 'pwz');" },
    inconcert: { url: 'https://webchat-cls1.i6.inconcertcc.com/v3/click_to_chat?token=ABC', inline: "script.src = '//webchat-cls1.i6.inconcertcc.com/v3/click_to_chat?token=ABC';" },
    chattigo: { url: 'https://cdn-widgets.chattigo.com/webchat-widget.js', inline: "widget.querySelector('a.chattigo-widget-trigger').onclick = applyFunction;" },
    allegra: { url: 'https://service.allegra.ai/bot-script/bot.js', inline: "s.src = 'https://service.allegra.ai/bot-script/bot.js';" },
    // us-retail-aeropostale-home (dev, from holdout 21): the library served from the retailer's own host
    radial: { url: 'https://www.aeropostale.com/on/demandware.static/Sites-aeropostale-Site/-/default/v1627895274318/lib/radial/livechat/livechat.min.js', inline: "s.src = '/on/demandware.static/Sites-aeropostale-Site/-/default/lib/radial/livechat/livechat.min.js';" },
    gladly: { url: 'https://cdn.gladly.com/chat-sdk/widget.js', inline: "Gladly.init({ appId: 'tienda.example' });" },
    nama: { url: 'https://cdn.nama.ai/widget/nama-widget.js', inline: 'var namaWidget = new NamaWidget("k", { serverUrl: "https://dashboard.nama.ai" });' },
    wolkvox: { url: 'https://widget01.wolkvox.com/chat/?prodId=abc', inline: "iframe.src = 'https://widget01.wolkvox.com/chat/?prodId=abc';" },
    kommunicate: { url: 'https://widget.kommunicate.io/v2/kommunicate.app', inline: "var kommunicateSettings = { appId: 'a' };" },
    landbot: { url: 'https://static.landbot.io/landbot-3/landbot-3.0.0.js', inline: "var myLandbot = new Landbot.Livechat({ configUrl: 'x' });" },
    front: { url: 'https://chat-assets.frontapp.com/v1/chat.bundle.js', inline: "window.FrontChat('init', { chatId: 'c' });" },
    ada: { url: 'https://static.ada.support/embed2.js', inline: "window.adaSettings = { handle: 'tienda' };" },
    purechat: { url: 'https://app.purechat.com/VisitorWidget/WidgetScript', inline: "var PCWidget = { c: 'x', f: true };" },
    comm100: { url: 'https://vue.comm100.com/livechat.ashx?siteId=1', inline: 'var Comm100API = Comm100API || {};' },
    kustomer: { url: 'https://cdn.kustomerapp.com/chat-web/widget.js', inline: "Kustomer.start({ brandId: 'b' });" },
    sprinklr: { url: 'https://prod-live-chat.sprinklr.com/api/livechat/handshake/widget/x', inline: "window.sprChatSettings = { appId: 'a' };" },
    five9: { url: 'https://live.five9.com/widgets/consoles/SocialWidget/five9-social-widget.js', inline: "Five9SocialWidget.addWidget({ type: 'chat' });" },
    chatra: { url: 'https://call.chatra.io/chatra.js', inline: "window.ChatraID = 'abc';" },
    snapengage: { url: 'https://storage.googleapis.com/code.snapengage.com/js/abc.js', inline: "SnapEngage.setWidgetId('w');" },
    reamaze: { url: 'https://cdn.reamaze.com/assets/reamaze.js', inline: "_support['account'] = 'tienda';" },
    livehelperchat: { url: 'https://chat.tienda.example/index.php/chat/getstatus/(click)/internal', inline: 'var LHCChatOptions = {};' },
    byside: { url: 'https://bywe2.byside.com/agent/byside_webcare_we2.js', inline: "var bysideWebcare_webcare_id = 'ABC123';" },
    wcentrix: { url: 'https://f.wcentrix.com/tabhelp/external/wcbox-dist/wcchat.v5.js', inline: 's.src="https://api.wcx.cloud/widget?id=abc";' },
    kayako: { url: 'https://soporte.tienda.example/visitor/index.php?/LiveChat/HTML/SiteBadge/_departmentID=1', inline: "sc.src = 'https://soporte.tienda.example/visitor/index.php?/LiveChat/HTML/SiteBadge/_departmentID=1';" },
    live2support: { url: 'https://s01.live2support.com/js/lsjs1.php?stid=123', inline: "l2scd.src = 'https://s01.live2support.com/js/lsjs1.php?stid=123';" },
    livehelpnow: { url: 'https://www.livehelpnow.net/lhn/widgets/chatbutton/lhnchatbutton-current.min.js', inline: "var lhnAccountN = '12345-1';" },
    egain: { url: 'https://ayuda.tienda.example/system/templates/chat/tienda/chat.html?entryPointId=1001&templateName=tienda', inline: "var egainDockChat = egainDockChat || {}; egainDockChat.EntryPointId = '1001';" },
    // us-retail-christmascentral-contact, cn-retail-pandahall-signin: the chat button code's inline loader
    providesupport: { url: 'https://image.providesupport.com/js/christmascentral/safe-standard.js?ps_h=MsRD', inline: 'var seMsRDs=(location.protocol.indexOf("https")==0?"https://secure.providesupport.com/image":"http://image.providesupport.com")+"/js/christmascentral/safe-standard.js?ps_h=MsRD";' },
    // us-retail-calendarscom-login: the visitor-monitoring loader
    boldchat: { url: 'https://vmss.boldchat.com/aid/625495729544981174/bc.vms3/vms.js', inline: "vms.src = ('https:'==document.location.protocol?'https://':'http://') + \"vmss.boldchat.com/aid/625495729544981174/bc.vms3/vms.js\";" },
    // us-retail-walldecor-home: the AliveChat button image and its window.open of the chat router
    websitealive: { url: 'http://www.websitealive7.com/2345/Visitor/vButton_v3.asp?groupid=2345&departmentid=0', inline: "window.open('http://www.websitealive7.com/2345/rRouter.asp?groupid=2345&websiteid=0&departmentid=0&dl='+escape(document.location.href),'','width=450,height=400');" },
    // us-retail-luckybrand-home: the Talisma chat button's status image and the window its click opens
    talisma: { url: 'https://cim.gsipartners.com/netagent/client/invites/chatimage.aspx?style=style0&questid=EBB0243B-0905-4B93-A4AE-CBBA66C96BBB&imagelanguage=en-us', inline: "window.open('https://cim.gsipartners.com/netagent/cimlogin.aspx?questid=EBB0243B-0905-4B93-A4AE-CBBA66C96BBB&nareferer='+escape(document.location),'_blank','resizable=yes,width=515,height=475');" },
    // jm-news-gleaner-article: the inline options and the loader the same script injects
    watson: { url: 'https://web-chat.global.assistant.watson.appdomain.cloud/loadWatsonAssistantChat.js', inline: 'window.watsonAssistantChatOptions = {\n      integrationID: "e5da6a4a-f92f-4d40-aa9e-e2c9805fe78d", // The ID of this integration.\n      region: "us-east", // The region your integration is hosted in.\n      serviceInstanceID: "c34f6c2e-37a7-42a6-aa20-b0daf42c3ca3",\n\n      showLauncher: false,' },
    // Quiq's documented snippet shape (invented tenant)
    quiq: { url: 'https://tienda.goquiq.com/app/webchat/index.js', inline: "const chat = Quiq({ contactPoint: 'default' });" },
    // cn-retail-huitouyu-home (holdout 29): the loader and the call that opens the chat window
    zoosnet: { url: 'https://pgt.zoosnet.net/JS/LsJS.aspx?siteid=PGT38168422&float=1&lng=cn', inline: "openZoosUrl('chatwin', '&e=header');" },
    // cn-services-53kf-home (holdout 30): the snippet the page appends on its home path
    '53kf': { url: 'https://tb.53kf.com/code/code/10000079/17', inline: '(function() {var _53code = document.createElement("script");_53code.src = "https://tb.53kf.com/code/code/10000079/17";var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(_53code, s);})();' },
    // il-software-cincopa-home (holdout 32): the inline configuration and loader
    pipedrive: { url: 'https://leadbooster-chat.pipedrive.com/assets/loader.js', inline: "window.pipedriveLeadboosterConfig = { base: 'leadbooster-chat.pipedrive.com', companyId: 1, playbookUuid: 'x', version: 2 };" },
    // 7moor's web-chat loader (its documented snippet shape; cn-software-fangcloud-home, holdout 35, opens the chat page itself)
    '7moor': { url: 'https://webchat.7moor.com/javascripts/7moorInit.js?accessId=991c1010-0b6f-11ea-8683-112c6c4b0397&autoShow=false&language=ZHCN', inline: "var s = document.createElement('script'); s.src = 'https://webchat.7moor.com/javascripts/7moorInit.js?accessId=991c1010-0b6f-11ea-8683-112c6c4b0397&autoShow=false';" },
    // cn-software-umeng-home (holdout 34): the deferred AliCare loader at the end of the body
    alicare: { url: 'https://fragment.tmall.com/umsite/default/alicarejs', inline: "var s = document.createElement('script'); s.src = 'https://fragment.tmall.com/umsite/default/alicarejs';" },
    // The vendors added from their documented snippets (invented tenants and keys)
    meiqia: { url: 'https://static.meiqia.com/dist/meiqia.js?_=t', inline: "(function(m, ei, q, i, a, j, s) { m[i] = m[i] || function() { (m[i].a = m[i].a || []).push(arguments) }; })(window, document, 'script', '_MEIQIA'); _MEIQIA('entId', 10556);" },
    qiyu: { url: 'https://qiyukf.com/script/5aa80179d55f23917824ab28a4ef102d.js', inline: "ysf('config', { uid: '', name: '' });" },
    udesk: { url: 'https://assets-cli.udesk.cn/im_client/js/udeskApi.js', inline: "})(window, document, 'script', 'https://assets-cli.udesk.cn/im_client/js/udeskApi.js', 'ud'); ud({ code: 'abc', link: 'https://tienda.udesk.cn/im_client/?web_plugin_id=1' });" },
    sobot: { url: 'https://www.sobot.com/chat/frame/js/entrance.js?sysNum=0123456789abcdef0123456789abcdef', inline: "script.src = 'https://www.sobot.com/chat/frame/js/entrance.js?sysNum=0123456789abcdef0123456789abcdef';" },
    channeltalk: { url: 'https://cdn.channel.io/plugin/ch-plugin-web.js', inline: "ChannelIO('boot', { pluginKey: 'k' });" },
    iadvize: { url: 'https://halc.iadvize.com/iadvize.js?sid=1234&lang=fr', inline: "idz.src = document.location.protocol + '//halc.iadvize.com/iadvize.js?sid=1234';" },
    bitrix24: { url: 'https://cdn.bitrix24.ru/b1234567/crm/site_button/loader_2_abc123.js', inline: "})(window,document,'https://cdn.bitrix24.ru/b1234567/crm/site_button/loader_2_abc123.js');" },
    liveagent: { url: 'https://tienda.ladesk.com/scripts/track.js', inline: "})(document, 'https://tienda.ladesk.com/scripts/track.js', function(e){ LiveAgent.createButton('abc123', e); });" },
    carrotquest: { url: 'https://cdn.carrotquest.io/api.min.js', inline: "carrotquest.connect('12345-abc');" },
    livetex: { url: 'https://cs15.livetex.ru/js/client.js', inline: "window['liveTex'] = true, window['liveTexID'] = 123456, window['liveTex_object'] = true;" },
    chaport: { url: 'https://app.chaport.com/javascripts/insert.js', inline: "w.chaportConfig = { appId: 'abc' };" },
    // py-bank-bnf-home (dev, from holdout 46): the web-chat channel on the operator's subdomain
    s1gateway: { url: 'https://skytel.s1gateway.com/api/channel/webchat.php?action=js&cpg_id=73', inline: "s.src = 'https://skytel.s1gateway.com/api/channel/webchat.php?action=js&cpg_id=73';" },
    moxie: { url: 'https://asset.gomoxie.solutions/concierge/tienda/client/concierge-client.js', inline: "s.src = '//asset.gomoxie.solutions/concierge/tienda/client/concierge-client.js';" },
  };

  it('has a loader for every vendor in the table', () => {
    expect(Object.keys(loaders).sort()).toEqual(VENDOR_TABLE.map((v) => v.id).sort());
    expect([...CHAT_VENDORS].sort()).toEqual([...VENDOR_TABLE.map((v) => v.id), 'generic'].sort());
  });
  // Help Scout's Beacon is read apart: its chat is an option its loader does not carry (below).
  it.each(Object.entries(loaders).filter(([vendor]) => vendor !== 'helpscout'))('recognises %s from its inline loader, its script src and its blocked request, each alone', (vendor, l) => {
    expect(vendors({ inlineScripts: [l.inline] })).toEqual([vendor]);
    expect(vendors({ scripts: [script(l.url)] })).toEqual([vendor]);
    expect(vendors({}, [l.url])).toEqual([vendor]);
  });
  it('recognises Help Scout\'s chat from code that turns it on, with or beside its loader, and not from the loader alone', () => {
    const l = loaders.helpscout;
    expect(vendors({ inlineScripts: [l.inline] })).toEqual(['helpscout']);
    expect(vendors({ scripts: [script(l.url)], inlineScripts: [l.inline] })).toEqual(['helpscout']);
    expect(vendors({ scripts: [script(l.url)] })).toEqual([]);
    expect(vendors({}, [l.url])).toEqual([]);
    // us-retail-kingarthur-recipe: Drupal's kaf_helpscout library starts the Beacon from the site's own file
    expect(vendors({ scripts: [script('https://www.kingarthurbaking.com/modules/custom/kaf_helpscout/js/helpscout.js')], globals: ['Beacon'], markers: [{ selector: '#beacon-container', snippet: '' }] }, [l.url])).toEqual([]);
  });
  it('names the vendor in the source note', () => {
    const hits = extractChat(view({ scripts: [script(loaders.botmaker.url)] }));
    expect(hits[0]!.source.note).toMatch(/Botmaker/);
  });
  // A Spanish report words the note in Spanish: the note is a catalogue message, and a frame's
  // finding says whose page holds the frame, in the reader's language too.
  it.each([
    ['a loader script', view({ scripts: [script(loaders.botmaker.url)] }), 'Botmaker loader script', 'script de carga de Botmaker'],
    ['a loader script in a frame', { ...view({ scripts: [script(loaders.botmaker.url)] }), inFrame: true }, `in a frame of ${BASE}; Botmaker loader script`, `en un marco de ${BASE}; script de carga de Botmaker`],
    ['a request the page made', (() => { const v = view({}); v.snapshot.requests = [{ url: loaders.botmaker.url, type: 'script', blocked: true }]; return v; })(), 'Botmaker request the page made', 'petición de la página a Botmaker'],
  ])('words the note of %s in English and Spanish', (_name, v, english, spanish) => {
    const s = extractChat(v)[0]!.source;
    expect(s.note).toBe(english);
    expect(sourceNote(s, 'es')).toBe(spanish);
  });
  it('counts a placeholder link or a button that opens a chat on the page', () => {
    expect(vendors({ links: [link('#', 'Chat en vivo')] })).toEqual(['generic']);
    expect(vendors({ links: [link('javascript:void(0)', 'Chatea con nosotros')] })).toEqual(['generic']);
  });
  // us-retail-landsend-home: header 'Live Chat' links to "http://www.landsend.com/#" and the footer's 'Text Chat Now' (javascript:void(0))
  it('counts a "Live Chat" link whose address is only an empty fragment, and "Text Chat Now"', () => {
    expect(vendors({ links: [link('http://www.landsend.com/#', 'Live Chat')] })).toEqual(['generic']);
    expect(vendors({ links: [link('javascript:void(0);', ' Text Chat Now')] })).toEqual(['generic']);
  });
  // us-news-greatfallstribune-article: the sign-in modal's 'Need help? Call … or Chat now', an <a class="chatLink"> with no href
  it('counts a "Chat now" anchor with no address, which the page\'s script wires to its chat', () => {
    expect(vendors({ scriptLinks: [{ text: 'Chat now', label: '', visible: true, region: 'other', selector: 'div.footer > div.gnp > span.bizHoursYN > a.chatLink.chatLinkText', onclick: '' }] })).toEqual(['generic']);
    expect(vendors({ scriptLinks: [{ text: 'Chat rooms', label: '', visible: true, region: 'nav', selector: 'span.menu', onclick: 'go(this)' }] })).toEqual([]);
  });
  it('does not count a "Live Chat" link to another page (invented)', () => {
    expect(vendors({ links: [link('https://tienda.example/ayuda/chat#horarios', 'Live Chat')] })).toEqual([]);
  });
  it('recognises a link to a hosted chat page', () => {
    expect(vendors({ links: [link('https://tawk.to/chat/5e2169c1/default', 'Chatea con nosotros')] })).toEqual(['tawk']);
    // cn-retail-huitouyu-home (holdout 29): the header's '在线客服' opens Zoosnet's chat window
    expect(vendors({ links: [link('https://pgt.zoosnet.net/LR/Chatpre.aspx?id=PGT38168422&lng=cn', '在线客服')] })).toEqual(['zoosnet']);
    expect(vendors({ links: [link('https://www53.53kf.com/webCompany.php?arg=10000079&style=1', '在线咨询')] })).toEqual(['53kf']);
    // cn-software-fangcloud-home (holdout 35): the footer's '線上客服' opens 7moor's web chat
    expect(vendors({ links: [link('https://ykf-webchat.7moor.com/wapchat.html?accessId=991c1010-0b6f-11ea-8683-112c6c4b0397&fromUrl=gw', '線上客服')] })).toEqual(['7moor']);
  });
});

describe('the vendor table for callers without a browser', () => {
  it('reads vendors from a page\'s raw HTML', () => {
    const html = '<html><head><script src="https://www.googletagmanager.com/gtm.js?id=GTM-1"></script></head><body>'
      + '<script type="text/javascript" id="zsiqchat">var $zoho=$zoho || {};$zoho.salesiq = $zoho.salesiq || {widgetcode: "siq1", values:{},ready:function(){}};</script>'
      + '<script src="//code.jivosite.com/widget.js" jv-id="7por5QPLLn" async></script></body></html>';
    expect(chatVendorsInHtml(html).map((m) => m.vendor).sort()).toEqual(['jivochat', 'zoho']);
  });
  it.each([
    ['HubSpot tracking', '<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/3410365.js"></script>'],
    ['the Facebook SDK', '<script async defer crossorigin="anonymous" src="https://connect.facebook.net/es_LA/sdk.js#xfbml=1&version=v18.0"></script>'],
    ['Google Tag Manager', "<script>(function(w,d,s,l,i){j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;})(window,document,'script','dataLayer','GTM-KD57W3');</script>"],
    ['a "Powered by LiveChat" comment', '<!-- Start of LiveChat (www.livechatinc.com) code -->'],
    // bench/real-pages/gb-media-mob-recipe (dev): resource hints in <head>, no Intercom script on the page
    ['a preconnect or dns-prefetch hint even with a path (invented)', '<link rel="dns-prefetch" href="https://js.intercomcdn.com/"><link rel="preconnect" href="https://embed.tawk.to/">'],
    ['Intercom preconnect hints (mob.co.uk)', '<link rel="preconnect" href="//api-iam.intercom.io"/>\n<link rel="preconnect" href="//widget.intercom.io"/>\n<link rel="preconnect" href="//js.intercomcdn.com"/>'],
  ])('finds no chat in %s', (_name, html) => {
    expect(chatVendorsInHtml(html)).toEqual([]);
  });
  it('matches one loader URL', () => {
    expect(matchChatVendorUrl('https://embed.tawk.to/5e2169c1/default')?.vendor).toBe('tawk');
    expect(matchChatVendorUrl('https://js.hs-scripts.com/123.js')).toBeUndefined();
  });
});
