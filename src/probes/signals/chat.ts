/**
 * Live-chat widgets: the project's one vendor table and the readers that use it.
 *
 * The crawler refuses third-party requests, so a widget's own DOM usually never
 * appears; what a page reliably carries is its own markup. A vendor is recognised by
 * any of: the URL of its loader (a script's src or deferred-loader attribute, a frame,
 * a link to its hosted chat page, or a request the page made, blocked or not), its
 * loader code or configuration in an inline script, a global its snippet defines, or
 * the container it renders. Tracking code that merely shares a vendor's domain
 * (HubSpot's js.hs-scripts.com, Facebook's plain SDK, Google Tag Manager) is not chat.
 *
 * A site that serves its own copy of a vendor's loader (assets/olark.js) or wraps it in
 * its own chat class (new JunoChatOlark()) shows the vendor by its name there.
 *
 * Hand-made launchers, a site's own chat module (its chat.js, or its chat stylesheet
 * and the inline call that starts it) and products not in the table count as `generic`.
 */
import type { DocumentData } from '../types.js';
import type { Message } from '../../i18n/index.js';
import { type DocView, type Finding, fold, src } from './text.js';

export const CHAT_VENDORS = [
  'intercom', 'zendesk', 'drift', 'tawk', 'livechat', 'hubspot', 'crisp', 'freshchat',
  'tidio', 'olark', 'zoho', 'messenger',
  'jivochat', 'smartsupp', 'userlike', 'chatwoot', 'liveperson', 'salesforce', 'genesys',
  'oracle-rightnow', 'helpscout', 'gorgias', 'botmaker', 'b2chat', 'cliengo', 'blip',
  'octadesk', 'huggy', 'inconcert', 'wolkvox', 'kommunicate', 'landbot', 'front', 'ada',
  'purechat', 'comm100', 'kustomer', 'sprinklr', 'five9', 'chatra', 'snapengage', 'reamaze',
  'livehelperchat', 'wcentrix', 'byside', 'kayako', 'live2support', 'livehelpnow', 'egain',
  'moxie', 'providesupport', 'boldchat', 'websitealive', 'talisma', 'watson', 'quiq', 'chattigo', 'nama', 'allegra', 'radial', 'gladly', 'zoosnet', '53kf', 'pipedrive', 'alicare', '7moor',
  'meiqia', 'qiyu', 'udesk', 'sobot', 'channeltalk', 'iadvize', 'bitrix24', 'liveagent', 'carrotquest', 'livetex', 'chaport', 's1gateway', 'generic',
] as const;
export type ChatVendor = (typeof CHAT_VENDORS)[number];

export interface VendorDef {
  id: Exclude<ChatVendor, 'generic'>;
  /** Product name, for provenance notes. */
  name: string;
  /** Loader URLs: script src (or deferred-loader attribute), frame src, requested URL. */
  urls: RegExp[];
  /** Loader code or widget configuration in an inline script. Loader URLs count there too. */
  inline: RegExp[];
  globals: string[];
  markers: string[];
  /** Links to the vendor's hosted chat page (a chat the customer opens from a link). */
  pages?: RegExp[];
  /**
   * Inline code of the same product that is not a chat (a knowledge-base widget); when
   * the page's inline code shows only this, the loader URL, its global and its
   * container do not count.
   */
  notChat?: RegExp[];
  /**
   * The product is a help widget whose chat is an option its loader does not carry: its
   * loader URL, global, container or start-up code count as a chat only when the page's
   * inline code also matches `inline` (code that turns the chat on or listens to it).
   */
  chatOnlyWhenShown?: true;
  /**
   * The vendor's chat endpoints as a page's configuration names them (a JSON state blob's
   * "BASE_LIVE_AGENT_URL": "https://d.la1-c2-iad.salesforceliveagent.com/chat"). Settings
   * alone load nothing (a shop may keep them for a chat it no longer shows); they name the
   * vendor of a chat widget the page does show, which would otherwise be `generic`.
   */
  config?: RegExp[];
  /**
   * A name only this product has (a regex source, matched case-insensitively), for code
   * a site writes around it: its own copy of the loader named after the vendor
   * (Shopify's assets/olark.js, /js/LivePerson_1512080337.js) and its own chat class
   * built for the vendor (new JunoChatOlark()). Generic words ("chat", "drift", "front",
   * "messenger") are not brands here.
   */
  brand?: string;
}

export const VENDOR_TABLE: VendorDef[] = [
  {
    id: 'intercom', name: 'Intercom',
    brand: 'intercom',
    urls: [/\bwidget\.intercom\.io\/widget\//i, /\bjs\.intercomcdn\.com\//i, /\bapi-iam\.intercom\.io\//i],
    inline: [/\bintercomSettings\b/, /\bIntercom\(\s*['"]boot['"]/],
    globals: ['Intercom', 'intercomSettings'],
    markers: ['#intercom-container', '.intercom-lightweight-app', '#intercom-frame', '.intercom-launcher', 'iframe[name="intercom-launcher-frame"]'],
  },
  {
    // Zendesk Web Widget / Messaging, and its predecessor Zopim (Zendesk Chat).
    id: 'zendesk', name: 'Zendesk',
    urls: [/\bstatic\.zdassets\.com\/ekr\/snippet\.js/i, /\bekr\.zdassets\.com\//i, /\bstatic\.zdassets\.com\/web_widget\//i, /\.zendesk\.com\/embeddable_framework\//i, /(?:^|\/\/|\.)zopim\.com\//i],
    inline: [/\bzESettings\b/, /\$zopim\b/, /\bzE\(\s*['"](?:webWidget|messenger)/],
    globals: ['zE', 'zESettings', '$zopim'],
    markers: ['script#ze-snippet', 'iframe#launcher', 'iframe#webWidget', '#webWidget', '[data-product="web_widget"]', '.zopim'],
    brand: 'zopim',
    // The 2014–2017 "zEmbed" snippet loads the Web Widget of that time, whose default is
    // the help-centre search and the ticket form; its chat was Zopim's, which then shows
    // as $zopim or zopim.com. The zEmbed loader alone is a help widget, not a chat.
    notChat: [/\bwindow\.zEmbed\b/],
  },
  {
    id: 'drift', name: 'Drift',
    urls: [/\bjs\.driftt\.com\//i, /\bjs\.drift\.com\//i, /\.drift\.com\/(?:include|widget)\//i],
    inline: [/\bdrift\.load\(\s*['"]/, /\bwindow\.driftt\b/],
    globals: ['driftt', 'drift.load'],
    markers: ['#drift-widget', '#drift-widget-container', '#drift-frame-controller', '#drift-frame-chat', 'iframe.drift-frame-controller'],
  },
  {
    id: 'tawk', name: 'Tawk.to',
    brand: 'tawk',
    urls: [/\bembed\.tawk\.to\//i, /\.tawk\.to\/_s\//i],
    inline: [/\bTawk_API\b/],
    globals: ['Tawk_API', 'Tawk_LoadStart'],
    markers: ['#tawkchat-container', '.tawk-min-container', '[id^="tawk-"]', '.widget-visible > iframe[title="chat widget"]'],
    pages: [/^https?:\/\/tawk\.to\/chat\//i],
  },
  {
    id: 'livechat', name: 'LiveChat',
    urls: [/\b(?:cdn|secure|api|accounts)\.livechatinc\.com\//i, /\bcdn\.livechat-files\.com\//i],
    inline: [/\b__lc\.license\b/, /\bLiveChatWidget\b/],
    globals: ['LiveChatWidget', '__lc', 'LC_API'],
    markers: ['#chat-widget-container', '#livechat-compact-container', '#livechat-eye-catcher', 'iframe#chat-widget', 'iframe#chat-widget-minimized'],
    pages: [/^https?:\/\/direct\.lc\.chat\//i],
  },
  {
    // js.hs-scripts.com alone is HubSpot's tracking code, not the chat: it is not listed.
    id: 'hubspot', name: 'HubSpot Conversations',
    urls: [/\bjs\.usemessages\.com\//i, /\bapp\.hubspot\.com\/conversations-visitor/i],
    inline: [/\bhsConversationsSettings\b/, /\bHubSpotConversations\b/],
    globals: ['HubSpotConversations', 'hsConversationsSettings', 'hsConversationsOnReady'],
    markers: ['#hubspot-messages-iframe-container', '#hubspot-conversations-iframe'],
  },
  {
    id: 'crisp', name: 'Crisp',
    urls: [/\bclient\.crisp\.chat\//i],
    inline: [/\bCRISP_WEBSITE_ID\b/, /\$crisp\s*=\s*\[/],
    globals: ['$crisp', 'CRISP_WEBSITE_ID'],
    markers: ['.crisp-client', '#crisp-chatbox'],
    pages: [/^https?:\/\/go\.crisp\.chat\/chat\//i],
  },
  {
    id: 'freshchat', name: 'Freshchat',
    brand: 'freshchat',
    urls: [/\bwchat\.freshchat\.com\//i, /\.freshchat\.com\/js\/widget/i, /\bfw-cdn\.com\/\d+\/\d+\.js/i],
    // "fcSettings" alone is a common name (a WordPress ad-block plugin's custom-fc.js
    // settings on abril.com.br): Freshchat's settings carry its token or host.
    inline: [/\bfcWidget\b/, /\bfcSettings\s*=\s*\{[^}]{0,300}?\b(?:token|host|freshchat)\b/],
    globals: ['fcWidget', 'fcWidgetMessengerConfig'],
    markers: ['#fc_frame', '#fc_widget', 'iframe#fc_widget'],
  },
  {
    id: 'tidio', name: 'Tidio',
    brand: 'tidio',
    urls: [/\bcode\.tidio\.co\//i, /\.tidiochat\.com\//i],
    inline: [/\btidioChatApi\b/],
    globals: ['tidioChatApi', 'tidioIdentify', 'tidioChatCode'],
    markers: ['#tidio-chat', '#tidio-chat-iframe', '#tidio-chat-code'],
  },
  {
    id: 'olark', name: 'Olark',
    urls: [/\bstatic\.olark\.com\/jsclient\//i],
    // …or the site id its own bundle hands the loader (TourRadar's "window.olarkId = "7577-172-10-6850""): Olark's ids have that shape.
    inline: [/\bolark\.identify\(/, /\bolark\(\s*['"]api\./, /\bolarkId\s*[=:]\s*['"]\d{4}-\d{3}-\d{2}-\d{4}['"]/],
    globals: ['olark'],
    markers: ['#olark-box-container', '#olark-wrapper', '.olark-launch-button', '#olark'],
    brand: 'olark',
  },
  {
    id: 'zoho', name: 'Zoho SalesIQ',
    urls: [/\bsalesiq\.zoho(?:public)?\.[a-z.]+\/widget/i, /\bjs\.zohocdn\.com\/salesiq\//i, /\bsalesiq\.zohocdn\.com\//i],
    inline: [/\$zoho\.salesiq\b/],
    globals: ['$zoho.salesiq'],
    markers: ['#zsiq_float', '.zsiq_floatmain', '#zsiqwidget', 'script#zsiqscript', '[data-id="zsalesiq"]'],
  },
  {
    // The plain Facebook SDK (like buttons, login) is not a chat: only the customer-chat plugin counts.
    id: 'messenger', name: 'Facebook Messenger chat plugin',
    urls: [/\bconnect\.facebook\.net\/[^/]+\/sdk\/xfbml\.customerchat\.js/i],
    inline: [/\bfb-customerchat\b/, /\bchatbox\.setAttribute\(\s*["']page_id/],
    globals: ['FB.CustomerChat'],
    markers: ['.fb-customerchat', '#fb-customer-chat', '.fb_customer_chat_bubble_animated_no_badge', 'div[attribution="biz_inbox"]'],
  },
  {
    id: 'jivochat', name: 'JivoChat',
    brand: 'jivosite|jivochat',
    urls: [/\bcode(?:-[a-z]+\d*)?\.jivosite\.com\//i, /\bcode(?:-[a-z]+\d*)?\.jivo\.ru\//i, /\bcode\.jivochat\.com\//i],
    inline: [/\bjivo_api\b/, /\bjivo_config\b/],
    globals: ['jivo_api', 'jivo_config'],
    markers: ['jdiv', '#jivo-iframe-container'],
  },
  {
    id: 'smartsupp', name: 'Smartsupp',
    brand: 'smartsupp',
    urls: [/\bwww\.smartsuppchat\.com\/loader\.js/i, /\.smartsuppchat\.com\//i],
    inline: [/\b_smartsupp\.key\b/],
    globals: ['smartsupp', '_smartsupp'],
    markers: ['#chat-application', '#smartsupp-widget-container'],
  },
  {
    id: 'userlike', name: 'Userlike',
    brand: 'userlike',
    urls: [/\buserlike-cdn-widgets\.[a-z0-9.-]+\//i, /\.userlike\.com\/[^?#]*widget/i],
    inline: [/\buserlikeConfig\b/, /\buserlikeData\b/],
    globals: ['userlikeConfig', 'userlike'],
    markers: ['#userlike', '#userlike-tab'],
  },
  {
    id: 'chatwoot', name: 'Chatwoot',
    urls: [/\bapp\.chatwoot\.com\/packs\/js\/sdk\.js/i],
    inline: [/\bchatwootSDK\.run\(/, /\bchatwootSettings\b/],
    globals: ['$chatwoot', 'chatwootSDK', 'chatwootSettings'],
    markers: ['.woot-widget-holder', '.woot--bubble-holder'],
  },
  {
    id: 'liveperson', name: 'LivePerson',
    urls: [/\blptag\.liveperson\.net\//i, /\.liveperson\.net\/[^?#]*tag\.js/i, /\blpcdn\.lpsnmedia\.net\//i],
    inline: [/\blpTag\.site\b/, /\bwindow\.lpTag\s*=/, /['"]lptag\.liveperson\.net['"]/, /\blpMTagConfig\b/],
    globals: ['lpTag', 'lpMTagConfig'],
    // LiveEngage's embedded-button divs are id="LP_DIV_<timestamp>"; LiveEngage is LivePerson's product name.
    markers: ['.LPMcontainer', '#lpChat', '[id^="LP_DIV_"]'],
    brand: 'liveperson|liveengage|lptag|mtagconfig',
  },
  {
    // Embedded Service (embedded_svc), Messaging for In-App and Web, and the older Live Agent deployment.
    id: 'salesforce', name: 'Salesforce Embedded Service / Live Agent',
    config: [/\b[a-z0-9.-]+\.salesforceliveagent\.com\/(?:chat|content)\b/i, /\b[a-z0-9.-]+\.salesforce-scrt\.com\b/i],
    urls: [/\/embeddedservice\/[\d.]+\/esw(?:\.min)?\.js/i, /\bservice\.force\.com\/embeddedservice\//i, /\.salesforce-scrt\.com\//i, /\.salesforceliveagent\.com\/content\/g\/js\//i, /\/ESW[A-Za-z0-9_]+\/assets\/js\/bootstrap(?:\.min)?\.js/],
    inline: [/\bembedded_svc\.(?:init|settings)\b/, /\bembeddedservice_bootstrap\.(?:init|settings)\b/, /\bliveagent\.(?:init|showWhenOnline|startChat)\(/],
    globals: ['embedded_svc', 'embeddedservice_bootstrap', 'liveagent'],
    // Snap-ins' proactive invitation (div.embeddedServiceInvitation: 'Need help? … Chat') is its markup too.
    markers: ['.embeddedServiceHelpButton', '.embeddedMessagingConversationButton', '.embeddedServiceInvitation'],
  },
  {
    // Genesys Cloud Messenger and the classic Genesys Widgets (CXBus).
    id: 'genesys', name: 'Genesys',
    // PureConnect (formerly Interactive Intelligence CIC) serves its web chat from the site's own
    // host under /I3Root/ (Steinhafels' chat frame, webchat2.steinhafels.com/i3root/index2.html).
    urls: [/\bapps\.(?:[a-z0-9-]+\.)?mypurecloud\.[a-z.]+\/(?:genesys-bootstrap|widgets)\//i, /\bapps\.[a-z0-9-]+\.pure\.cloud\/(?:genesys-bootstrap|widgets)\//i, /\/cxbus(?:\.min)?\.js/i, /^https?:\/\/[^/?#]+\/i3root\//i],
    inline: [/\bGenesys\(\s*['"](?:command|subscribe|registerPlugin)['"]/, /\b_genesysJs\b/, /\bCXBus\.(?:configure|loadPlugin|command)\(/, /\bwindow\._genesys\s*=\s*\{[\s\S]{0,200}?widgets/],
    globals: ['_genesysJs', 'CXBus'],
    markers: ['#genesys-messenger', '.genesys-mxg-launcher-frame', '.cx-widget.cx-webchat'],
    // Genesys Mobile Services' chat API ("…:8443/genesys/2/chat/web"), which a self-hosted widget's settings name.
    config: [/\/genesys\/2\/chat\//i],
  },
  {
    // Oracle Service Cloud (RightNow) chat link / proactive chat; its knowledge syndication widget is not chat.
    id: 'oracle-rightnow', name: 'Oracle Service Cloud (RightNow) chat',
    urls: [/\.custhelp\.com\/euf\/rightnow\/RightNow\.Client\.js/i, /\.custhelp\.com\/app\/chat\//i, /\.rightnowtech\.com\//i],
    inline: [/RightNow\.Client\.Controller\.addComponent\([\s\S]{0,800}?(?:chat_login_page|ConditionalChatLink|ProactiveChat|label_accept_button)/],
    globals: [],
    markers: ['#myChatLinkContainer', '#rnt_chat_container'],
    notChat: [/\bKnowledgeSyndication\b|\bifaq\b|\/ci\/ws\/get/i],
  },
  {
    // Beacon is Help Scout's help widget: its articles and its contact form by default, a real-time
    // chat only when the Beacon Builder turns it on, a setting the loader does not carry. The page's
    // own `Beacon('init', id)` alone is a help widget, not a chat (King Arthur's, FlippedNormals',
    // like Zendesk's zEmbed); code that turns chat on or listens to it shows the chat.
    id: 'helpscout', name: 'Help Scout Beacon',
    urls: [/\bbeacon-v2\.helpscout\.net/i],
    inline: [/\bchatEnabled["']?\s*:\s*true\b/, /\bBeacon\(\s*['"]on['"]\s*,\s*['"]chat-(?:started|ended)['"]/],
    globals: ['Beacon'],
    markers: ['#beacon-container', '.BeaconFabButtonFrame'],
    chatOnlyWhenShown: true,
  },
  {
    id: 'gorgias', name: 'Gorgias',
    urls: [/\bconfig\.gorgias\.chat\//i, /\.gorgias\.chat\//i, /\bgorgias-chat-bundle/i],
    inline: [/\bGorgiasChat\b/],
    globals: ['GorgiasChat'],
    markers: ['#gorgias-chat-container'],
  },
  {
    id: 'botmaker', name: 'Botmaker',
    urls: [/\bgo\.botmaker\.com\/rest\/webchat\//i, /\.botmaker\.com\/webchat/i],
    inline: [],
    globals: [],
    markers: ['#botmakerChatContainer', '.wc-botmaker'],
  },
  {
    id: 'b2chat', name: 'B2Chat',
    urls: [/\bapp\.b2chat\.io\/live\//i, /\.b2chat\.io\/[^?#]*(?:widget|webchat|b2chat-min)/i],
    inline: [/\bB2Chat\.init\(/],
    globals: ['B2Chat'],
    markers: [],
  },
  {
    id: 'cliengo', name: 'Cliengo',
    urls: [/\bs\.cliengo\.com\/weboptimizer\//i],
    inline: [],
    globals: [],
    markers: ['#chatIframe', 'iframe#iframe-chat-cliengo'],
  },
  {
    id: 'blip', name: 'Blip Chat',
    urls: [/\bunpkg\.com\/blip-chat-widget/i, /\bcdn\.jsdelivr\.net\/npm\/blip-chat-widget/i, /\.chat\.blip\.ai\//i],
    inline: [/\bnew\s+BlipChat\(/],
    globals: ['BlipChat'],
    markers: ['#blip-chat-container', '#blip-chat-open-iframe'],
  },
  {
    id: 'octadesk', name: 'Octadesk',
    urls: [/\bcdn\.octadesk\.com\//i],
    inline: [/\boctadesk\.chatOptions\b/],
    globals: ['octadesk.chat'],
    markers: ['#octadesk-octachat-appchat'],
  },
  {
    id: 'huggy', name: 'Huggy',
    urls: [/\bjs\.huggy\.chat\//i],
    inline: [],
    globals: ['Huggy'],
    markers: [],
    pages: [/^https?:\/\/(?:www\.)?huggy\.chat\/[0-9a-f-]{20,}/i],
  },
  {
    id: 'inconcert', name: 'inConcert webchat',
    urls: [/\.inconcertcc\.com\/v\d+\/click_to_chat/i, /\.inconcertcc\.com\/inconcert\/apps\/webdesigner\//i],
    inline: [],
    globals: [],
    markers: ['#webchatScript'],
    pages: [/\.inconcertcc\.com\/inconcert\/apps\/webdesigner\//i],
  },
  {
    // Chattigo (Chile): the web chat of its customer-service platform, an <app-widget-root> element started inline.
    id: 'chattigo', name: 'Chattigo web chat',
    urls: [/\bcdn-widgets\.chattigo\.com\//i, /\bchattigo\.com\/[^?#]*webchat/i],
    inline: [/\bchattigo-widget-trigger\b/],
    globals: [],
    markers: ['a.chattigo-widget-trigger'],
  },
  {
    // Nama (Brazil): a virtual assistant whose <nama-chat-widget> element is started inline
    // with `new NamaWidget(key, { serverUrl: 'https://dashboard.nama.ai', … })` (Jequiti's home page).
    id: 'nama', name: 'Nama virtual assistant',
    urls: [/\b(?:cdn|widget|dashboard|static)\.nama\.ai\/[^?#]*(?:widget|chat)/i],
    inline: [/\bnew\s+NamaWidget\s*\(/],
    globals: [],
    markers: ['nama-chat-widget'],
  },
  {
    // Allegra (Chile): a conversational assistant whose bot.js, loaded with the site's
    // data-app-id, draws the chat bubble (Isapre Banmédica's home page).
    id: 'allegra', name: 'Allegra chatbot',
    urls: [/\bservice\.allegra\.ai\/bot-script\//i],
    inline: [],
    globals: [],
    markers: [],
  },
  {
    // Radial (formerly eBay Enterprise), the commerce and customer-care provider: retailers serve its
    // live-chat library from their own host (Aéropostale's /lib/radial/livechat/livechat.min.js).
    id: 'radial', name: 'Radial live chat',
    urls: [/\/radial\/livechat\//i],
    inline: [],
    globals: [],
    markers: [],
  },
  {
    // Gladly: its chat SDK (cdn.gladly.com/chat-sdk/widget.js), started with Gladly.init({ appId }), and
    // a site's own button wired to it (Rothy's footer <div id="custom-gladly-chat-button" onclick="Gladly.show()">,
    // whose loader waits in a consent-gated script).
    id: 'gladly', name: 'Gladly chat',
    urls: [/\bcdn\.gladly\.(?:com|qa)\/(?:gladly\/)?chat-sdk\//i],
    inline: [/\bGladly\.init\(\s*\{/],
    globals: [],
    markers: ['[onclick*="Gladly.show"]', '[onclick*="Gladly.init"]'],
  },
  {
    // Zoosnet (商务通), a Chinese live-chat service: its loader LsJS.aspx and the chat window
    // LR/Chatpre.aspx on the account's own zoosnet.net host (Huitouyu's header '在线客服' and its
    // floating invitation, holdout 29); openZoosUrl() is the function its loader defines to open it.
    id: 'zoosnet', name: 'Zoosnet (商务通) live chat',
    brand: 'zoosnet',
    urls: [/(?:^|\/\/|\.)zoosnet\.net\/(?:JS\/LsJS|LR\/Chatpre)\.aspx/i],
    inline: [/\bopenZoosUrl\s*\(/],
    globals: ['openZoosUrl'],
    markers: [],
    pages: [/^https?:\/\/[a-z0-9-]+\.zoosnet\.net\/LR\/Chatpre\.aspx/i],
  },
  {
    // 53KF (53快服), a Chinese live-chat service: its snippet creates a script named _53code whose
    // source is tb.53kf.com/code/code/<company>/<style> (53KF's own home page, holdout 30); the chat
    // window is webCompany.php on its www53 host. trail.53kf.com's code.php is its visitor tracking, not the chat.
    id: '53kf', name: '53KF (53快服) live chat',
    brand: '53kf',
    urls: [/\btb\.53kf\.com\/code\/code\//i],
    inline: [/\b_53code\s*=\s*document\.createElement\(/],
    globals: [],
    markers: [],
    pages: [/^https?:\/\/(?:www\d*|tb)\.53kf\.com\/webCompany\.php/i],
  },
  {
    // AliMe (阿里小蜜), Alibaba's customer-service assistant: a site's AliCare loader, served as a page
    // fragment from fragment.tmall.com (Umeng+'s home page defers …/umsite/default/alicarejs, holdout 34),
    // and the hosted assistant on ai.alimebot.taobao.com that sites link or frame.
    id: 'alicare', name: 'AliMe (阿里小蜜) customer-service chat',
    urls: [/\bfragment\.tmall\.com\/[\w/-]*\/alicarejs\b/i, /\bai\.alimebot\.taobao\.com\//i],
    inline: [],
    globals: [],
    markers: [],
    pages: [/^https?:\/\/ai\.alimebot\.taobao\.com\//i],
  },
  {
    // 7moor (容联七陌), a Chinese customer-service chat: its web chat on ykf-webchat.7moor.com, which a
    // site's own consult button opens (Fangcloud's floating '在线咨询' and footer '線上客服' →
    // wapchat.html?accessId=…, holdout 35), and the loader webchat.7moor.com/javascripts/7moorInit.js.
    id: '7moor', name: '7moor (容联七陌) web chat',
    urls: [/\b(?:ykf-)?webchat\.7moor\.com\/(?:javascripts\/7moorInit\.js|wapchat\.html)/i],
    inline: [],
    globals: [],
    markers: [],
    pages: [/^https?:\/\/(?:ykf-)?webchat\.7moor\.com\//i],
  },
  // Vendors no page of the set has shown yet, added from their own documented snippets because sites in the
  // markets they serve embed them widely: China's Meiqia (美洽), NetEase Qiyu (网易七鱼), Udesk and Sobot (智齿);
  // Korea's Channel Talk; France's iAdvize; Russia's Bitrix24 site widget, Carrot quest and LiveTex; LiveAgent and
  // Chaport. Each is known by its loader's address, which names the vendor's own host, and by its start-up call.
  {
    id: 'meiqia', name: 'Meiqia (美洽) live chat',
    brand: 'meiqia',
    urls: [/\bstatic\.meiqia\.com\/(?:dist\/meiqia\.js|widget\/loader\.js|dist\/standalone\.html)/i],
    inline: [/\b_MEIQIA\(\s*['"]entId['"]/],
    globals: ['_MEIQIA'],
    markers: [],
    pages: [/^https?:\/\/static\.meiqia\.com\/dist\/standalone\.html/i],
  },
  {
    id: 'qiyu', name: 'NetEase Qiyu (网易七鱼) customer-service chat',
    urls: [/\bqiyukf\.com\/script\/[0-9a-f]{32}\.js/i],
    inline: [/\bysf\(\s*['"]config['"]/],
    globals: [],
    markers: [],
  },
  {
    id: 'udesk', name: 'Udesk web chat',
    brand: 'udesk',
    urls: [/\b[\w-]+\.udesk\.cn\/im_client\/js\/udeskApi\.js/i],
    inline: [],
    globals: [],
    markers: [],
    pages: [/^https?:\/\/[\w-]+\.udesk\.cn\/im_client\/?\?(?:[^#]*&)?web_plugin_id=/i],
  },
  {
    id: 'sobot', name: 'Sobot (智齿) customer-service chat',
    urls: [/\bsobot\.com\/chat\/frame\/js\/entrance\.js/i],
    inline: [],
    globals: [],
    markers: ['script#zhichiScript'],
  },
  {
    id: 'channeltalk', name: 'Channel Talk (channel.io)',
    urls: [/\bcdn\.channel\.io\/plugin\/ch-plugin-web\.js/i],
    inline: [/\bChannelIO\(\s*['"]boot['"]/],
    globals: ['ChannelIO'],
    markers: [],
  },
  {
    id: 'iadvize', name: 'iAdvize conversational platform',
    brand: 'iadvize',
    urls: [/\b(?:halc|lc)\.iadvize\.com\/iadvize\.js/i],
    inline: [],
    globals: ['iAdvize'],
    markers: [],
  },
  {
    // The CRM "site button": the open-line chat with the site's other channels behind one button.
    id: 'bitrix24', name: 'Bitrix24 site widget (open-line chat)',
    urls: [/\/crm\/site_button\/loader_\d+_[a-z0-9]+\.js/i],
    inline: [],
    globals: [],
    markers: [],
  },
  {
    id: 'liveagent', name: 'LiveAgent chat button',
    urls: [/\b[\w-]+\.ladesk\.com\/scripts\/track\.js/i],
    inline: [/\bLiveAgent\.createButton\(/],
    globals: ['LiveAgent'],
    markers: [],
  },
  {
    id: 'carrotquest', name: 'Carrot quest chat',
    brand: 'carrotquest',
    urls: [/\bcdn\.carrotquest\.(?:io|app)\/api\.min\.js/i],
    inline: [/\bcarrotquest\.connect\(/],
    globals: ['carrotquest'],
    markers: [],
  },
  {
    id: 'livetex', name: 'LiveTex chat',
    brand: 'livetex',
    urls: [/\bcs\d+\.livetex\.ru\/js\/client\.js/i],
    inline: [/\bliveTexID\b['"]?\]?\s*=/],
    globals: [],
    markers: [],
  },
  {
    // S1 Gateway (Paraguay): a contact-centre platform whose web-chat channel loads from the
    // operator's own subdomain (Banco Nacional de Fomento's home page: skytel.s1gateway.com/api/channel/webchat.php?action=js).
    id: 's1gateway', name: 'S1 Gateway web chat',
    urls: [/\b[\w-]+\.s1gateway\.com\/api\/channel\/webchat\.php/i],
    inline: [],
    globals: [],
    markers: [],
  },
  {
    id: 'chaport', name: 'Chaport live chat',
    brand: 'chaport',
    urls: [/\bapp\.chaport\.com\/javascripts\/insert\.js/i],
    inline: [/\bchaportConfig\b/],
    globals: ['chaport'],
    markers: [],
  },
  {
    // Pipedrive's LeadBooster chatbot and live chat: window.pipedriveLeadboosterConfig and the loader
    // leadbooster-chat.pipedrive.com/assets/loader.js (Cincopa's home page, holdout 32, opens it from its own
    // chat bubble with LeadBooster.trigger('open')). Pipedrive's CRM scripts alone are not the chat.
    id: 'pipedrive', name: 'Pipedrive LeadBooster chat',
    brand: 'leadbooster',
    urls: [/\bleadbooster-chat\.pipedrive\.com\//i],
    inline: [/\bpipedriveLeadboosterConfig\b/, /\bLeadBooster\.trigger\(/],
    globals: ['LeadBooster', 'pipedriveLeadboosterConfig'],
    markers: [],
  },
  {
    id: 'wolkvox', name: 'Wolkvox chat',
    urls: [/\bwidget\d*\.wolkvox\.com\/chat/i],
    inline: [],
    globals: [],
    markers: [],
    pages: [/\bwidget\d*\.wolkvox\.com\/chat/i],
  },
  {
    id: 'kommunicate', name: 'Kommunicate',
    urls: [/\bwidget\.kommunicate\.io\//i],
    inline: [/\bkommunicateSettings\b/],
    globals: ['kommunicate'],
    markers: ['#kommunicate-widget-iframe'],
  },
  {
    id: 'landbot', name: 'Landbot',
    urls: [/\b(?:static|cdn)\.landbot\.io\/landbot-(?:\d|widget)/i, /\bchats\.landbot\.io\//i],
    inline: [/\bnew\s+Landbot\.(?:Livechat|Popup|ContainerPopup)\(/, /\bnew\s+LandbotLivechat\(/],
    globals: ['Landbot', 'myLandbot'],
    markers: ['.LandbotLivechat', '#landbot-livechat'],
    pages: [/^https?:\/\/(?:landbot\.io\/u\/|chats\.landbot\.io\/)/i],
  },
  {
    // Live Helper Chat, open source and self-hosted (often on a chat. subdomain of the site itself).
    id: 'livehelperchat', name: 'Live Helper Chat',
    urls: [/\/chat\/getstatus\/\(click\)\//i, /\/index\.php\/(?:[a-z]{2,3}\/)?chat\/getstatus/i, /\/design\/defaulttheme\/js\/widgetv2\/index(?:\.min)?\.js/i],
    inline: [/\bLHCChatOptions\b/, /\bLHC_API\b/],
    globals: ['LHCChatOptions', 'LHC_API'],
    markers: ['#lhc_status_container', '#lhc_container_v2'],
  },
  {
    // Wcentrix (LatAm contact centres): wcchat is the chat; the wcbox form widget it also ships is not.
    id: 'wcentrix', name: 'Wcentrix chat',
    urls: [/\bf\.wcentrix\.com\/[^?#]*wcchat/i, /\bapi\.wcx\.cloud\/widget/i],
    inline: [/\bapi\.wcx\.cloud\/widget/i],
    globals: [],
    markers: ['[id^="wcchat_tab_"]', 'iframe[id^="__wcchat_app_frame_"]'],
  },
  {
    // BySide Webcare (live chat and call-back; often gated behind a cookie banner as type="text/plain").
    id: 'byside', name: 'BySide Webcare',
    urls: [/\.byside\.com\/agent\/byside_webcare/i, /\bwebcare\.byside\.com\//i],
    inline: [/\bbysideWebcare_webcare_id\b/],
    globals: ['bysideWebcare_webcare_id'],
    markers: ['#byside_webcare_widget'],
  },
  {
    // Kayako (formerly SupportSuite / eSupport): the "SwiftTag" live-chat tag renders its
    // own containers, and the chat opens the help desk's visitor LiveChat request page.
    id: 'kayako', name: 'Kayako live chat',
    brand: 'kayako',
    urls: [/\/visitor\/index\.php\?\/(?:[^/?#]+\/)?LiveChat\//i, /\.kayako\.com\/visitor\//i],
    inline: [],
    globals: [],
    markers: ['[id^="swifttagcontainer"]', '[id^="proactivechatcontainer"]'],
    pages: [/\/visitor\/index\.php\?\/(?:[^/?#]+\/)?LiveChat\/Chat\/Request\b/i],
  },
  {
    // Live2Support: its tracking code injects s01.live2support.com/js/lsjs1.php into a div#l2s_trk.
    id: 'live2support', name: 'Live2Support',
    brand: 'live2support',
    urls: [/\.live2support\.com\/js\//i],
    inline: [/\blive2support\.com\/js\//i, /\bl2s_pht\b/],
    globals: [],
    markers: ['#l2s_trk'],
  },
  {
    // LiveHelpNow: its button code renders a span#lhnChatButton and a div#lhnContainer and
    // opens the chat with OpenLHNChat(); the loader comes from livehelpnow.net (or a copy the site serves).
    id: 'livehelpnow', name: 'LiveHelpNow',
    urls: [/\.livehelpnow\.net\//i],
    inline: [/\blhnAccountN\b/, /\blhnJsSdk\w*\b/, /\bOpenLHNChat\(/],
    globals: ['OpenLHNChat', 'lhnJsSdk'],
    markers: ['#lhnContainer', '#lhnChatButton', '#lhnHocButton'],
  },
  {
    // eGain chat: its entry points live under /system/egain/chat/ and its hosted chat window
    // under /system/templates/chat/<template>/…?entryPointId=; sites serve its egainchat.js.
    // eGain's analytics tag (analytics-egain.com/onetag) is not the chat.
    id: 'egain', name: 'eGain chat',
    brand: 'egain|egainchat',
    urls: [/\/system\/egain\/chat\//i, /\/system\/templates\/chat\/[^?#\s"']+\?[^\s"']*\bentryPointId=/i, /\.egain\.cloud\/system\//i],
    inline: [/\begainDockChat\b/],
    globals: ['egainDockChat'],
    markers: [],
  },
  {
    // Moxie Concierge (later Nuance / Verint): the concierge-client.js loader from
    // gomoxie.solutions, which renders div#concierge-widget-area ("Live Chat").
    id: 'moxie', name: 'Moxie Concierge',
    urls: [/\bgomoxie\.solutions\/concierge\//i],
    inline: [],
    globals: [],
    markers: ['#concierge-widget-area'],
  },
  {
    // Provide Support: its "chat button code" injects image.providesupport.com/js/<account>/safe-standard.js
    // (secure.providesupport.com/image/js/… over https) and its "Live Chat" links open the
    // hosted messenger page; the product is only a live chat, so any of its hosts is the chat.
    id: 'providesupport', name: 'Provide Support',
    brand: 'providesupport',
    urls: [/\b(?:image|secure|messenger)\.providesupport\.com\b/i],
    inline: [],
    globals: [],
    markers: [],
    pages: [/\bmessenger\.providesupport\.com\/messenger\//i],
  },
  {
    // BoldChat (LogMeIn): the visitor-monitoring loader from vmss.boldchat.com/aid/<account>/bc.vms3/vms.js
    // and the "Live Chat" button that opens livechat.boldchat.com/aid/<account>/bc.chat.
    id: 'boldchat', name: 'BoldChat',
    brand: 'boldchat',
    urls: [/\bvmss?\.boldchat\.com\/aid\//i, /\blivechat\.boldchat\.com\/aid\//i],
    inline: [],
    globals: [],
    markers: [],
    pages: [/\blivechat\.boldchat\.com\/aid\/\d+\/bc\.chat\b/i],
  },
  {
    // WebsiteAlive / AliveChat: the button image and the chat window are served by
    // websitealive<N>.com/<group>/… (Visitor/vButton…, rRouter.asp).
    id: 'websitealive', name: 'WebsiteAlive (AliveChat)',
    brand: 'websitealive|alivechat',
    urls: [/\bwebsitealive\d*\.com\/\d+\/(?:Visitor\/|rRouter\.asp)/i],
    inline: [],
    globals: [],
    markers: [],
    pages: [/\bwebsitealive\d*\.com\/\d+\/rRouter\.asp/i],
  },
  {
    // Talisma CIM (also run for retailers by GSI Commerce): a "Chat" button whose image is
    // served by …/netagent/client/invites/chatimage.aspx and whose click opens …/netagent/cimlogin.aspx.
    id: 'talisma', name: 'Talisma',
    brand: 'talisma',
    urls: [/\/netagent\/(?:cimlogin\.aspx|client\/invites\/chatimage\.aspx)/i],
    inline: [],
    globals: [],
    markers: [],
    pages: [/\/netagent\/cimlogin\.aspx/i],
  },
  {
    // IBM Watson Assistant web chat: an inline window.watsonAssistantChatOptions (integrationID,
    // region, serviceInstanceID) and loadWatsonAssistantChat.js from the web-chat host; the
    // launcher it renders (or a site copies) is #WACLauncher__Button inside #WACContainer.
    id: 'watson', name: 'IBM Watson Assistant web chat',
    urls: [/\bweb-chat\.global\.assistant\.watson\.appdomain\.cloud\//i, /\/loadWatsonAssistantChat\.js/i],
    inline: [/\bwatsonAssistantChatOptions\s*=\s*\{/],
    globals: ['watsonAssistantChatOptions', 'loadWatsonAssistantChat'],
    markers: ['#WACContainer', '#WACLauncher__Button'],
  },
  {
    // Quiq web chat: <tenant>.goquiq.com (or <tenant>.quiq-api.com)/app/webchat/index.js and
    // Quiq({ contactPoint: … }); sites often name the loader only in their own chat settings
    // (Williams-Sonoma's designChatConfig.thirdPartyScript), which the URL in inline code covers.
    id: 'quiq', name: 'Quiq web chat',
    urls: [/\b[a-z0-9-]+\.(?:goquiq|quiq-api)\.com\/app\/webchat\//i],
    inline: [/\bQuiq\(\s*\{[\s\S]{0,200}?\bcontactPoint\b/],
    globals: [],
    markers: [],
  },
  { id: 'front', name: 'Front Chat', urls: [/\bchat-assets\.frontapp\.com\//i], inline: [/\bFrontChat\(\s*['"]init['"]/], globals: ['FrontChat'], markers: [] },
  { id: 'ada', name: 'Ada', urls: [/\bstatic\.ada\.support\//i], inline: [/\badaEmbed\b/, /\badaSettings\b/], globals: ['adaEmbed'], markers: ['#ada-button-frame'] },
  { id: 'purechat', name: 'Pure Chat', urls: [/\bapp\.purechat\.com\//i], inline: [/\bpurechatApi\b/, /\bPCWidget\b/], globals: ['purechatApi'], markers: [] },
  { id: 'comm100', name: 'Comm100', urls: [/\.comm100\.(?:com|io)\/[^?#]*(?:livechat|chatserver|chatwindow)/i, /\bvue\.comm100\.com\//i], inline: [/\bComm100API\b/], globals: ['Comm100API'], markers: [] },
  { id: 'kustomer', name: 'Kustomer', urls: [/\bcdn\.kustomerapp\.com\/chat-web/i], inline: [/\bKustomer\.start\(/], globals: ['Kustomer'], markers: [] },
  { id: 'sprinklr', name: 'Sprinklr', urls: [/\bprod\d*-live-chat\.sprinklr\.com\//i, /\blive-chat-static\.sprinklr\.com\//i], inline: [/\bsprChatSettings\b/], globals: ['sprChat'], markers: [] },
  { id: 'five9', name: 'Five9', urls: [/\blive\.five9\.com\/[^?#]*(?:chat|SocialWidget)/i, /\bapp\.five9\.com\/consoles\//i], inline: [/\bFive9SocialWidget\b/], globals: ['Five9SocialWidget'], markers: [] },
  { id: 'chatra', name: 'Chatra', urls: [/\bcall\.chatra\.io\//i], inline: [/\bChatraID\b/, /\bChatraSetup\b/], globals: ['Chatra'], markers: ['#chatra'] },
  // SnapEngage; its older loader was www.snapengage.com/snapabug.js with the SnapABug global (SnapABug.addButton(…)).
  { id: 'snapengage', name: 'SnapEngage', urls: [/\bcode\.snapengage\.com\//i, /\bstorage\.googleapis\.com\/code\.snapengage\.com\//i, /\bsnapengage\.com\/snapabug\.js/i], inline: [/\bSnapEngage\.(?:setWidgetId|startLink|openProactiveChat)\b/, /\bSnapABug\.(?:addButton|init|setWidgetId|startLink|openProactiveChat)\(/], globals: ['SnapEngage', 'SnapABug'], markers: [] },
  { id: 'reamaze', name: 'Re:amaze', urls: [/\bcdn\.reamaze\.com\/assets\/reamaze/i], inline: [/\b_support\s*\[\s*['"]account['"]\]/], globals: ['Reamaze'], markers: [] },
];

/** Globals the in-page collector checks (dot paths). */
export const CHAT_GLOBALS: string[] = [...new Set(VENDOR_TABLE.flatMap((v) => v.globals))];
/** DOM containers the in-page collector looks for. */
export const CHAT_MARKERS: string[] = [...new Set(VENDOR_TABLE.flatMap((v) => v.markers))];

const BY_ID = new Map<ChatVendor, VendorDef>(VENDOR_TABLE.map((v) => [v.id, v]));

/** The vendor definition for an id (undefined for `generic`). */
export function chatVendorDef(id: ChatVendor): VendorDef | undefined {
  return BY_ID.get(id);
}

/** A vendor recognised in a piece of markup, with the text that showed it. */
export interface VendorMatch {
  vendor: Exclude<ChatVendor, 'generic'>;
  name: string;
  /** What matched: the loader URL, or a stretch of the code around the match. */
  snippet: string;
  how: 'url' | 'code' | 'page';
}

/** The vendor whose loader this URL is (a script src, a frame, a requested URL), if any. */
export function matchChatVendorUrl(url: string): VendorMatch | undefined {
  if (!url) return undefined;
  for (const v of VENDOR_TABLE) {
    if (v.urls.some((re) => re.test(url))) return { vendor: v.id, name: v.name, snippet: url.slice(0, 200), how: 'url' };
  }
  return undefined;
}

/** The vendor whose hosted chat page a link opens, if any. */
export function matchChatVendorPage(href: string): VendorMatch | undefined {
  if (!href) return undefined;
  for (const v of VENDOR_TABLE) {
    if (v.pages?.some((re) => re.test(href))) return { vendor: v.id, name: v.name, snippet: href.slice(0, 200), how: 'page' };
  }
  return undefined;
}

function around(code: string, index: number, length: number): string {
  return code.slice(Math.max(0, index - 30), Math.min(code.length, index + length + 60)).replace(/\s+/g, ' ').trim();
}

function codeMatch(v: VendorDef, code: string): { index: number; length: number } | undefined {
  for (const re of [...v.inline, ...v.urls]) {
    const m = re.exec(code);
    if (m) return { index: m.index, length: m[0].length };
  }
  return undefined;
}

/**
 * Vendors whose loader code, configuration or loader URL appears in a piece of code or
 * markup: an inline script body, or a page's whole HTML source. One match per vendor.
 */
export function chatVendorsInCode(code: string): VendorMatch[] {
  const out: VendorMatch[] = [];
  if (!code) return out;
  for (const v of VENDOR_TABLE) {
    const m = codeMatch(v, code);
    if (!m) continue;
    // The same loader serving a non-chat product (knowledge widget) only.
    if (v.notChat && !v.inline.some((re) => re.test(code)) && v.notChat.some((re) => re.test(code))) continue;
    if (v.chatOnlyWhenShown && !v.inline.some((re) => re.test(code))) continue;
    out.push({ vendor: v.id, name: v.name, snippet: around(code, m.index, m.length), how: 'code' });
  }
  return out;
}

/**
 * Chat vendors in a page's raw HTML source (scripts, inline loaders, frames, links),
 * for callers that read pages without a browser. HubSpot's tracking code, the plain
 * Facebook SDK and Google Tag Manager do not count.
 */
export function chatVendorsInHtml(html: string): VendorMatch[] {
  // Resource hints (<link rel="preconnect" href="https://widget.intercom.io">) load nothing.
  return chatVendorsInCode(html.replace(/<link\b[^>]*>/gi, ''));
}

const WHATSAPP_HINT = /whatsapp|wa\.me|joinchat|wa-chat|\bwpp\b|\bwsp\b|click-?to-?chat|ctc_/i;

/** Tokens in id/class/title that name a chat launcher (not just any "chat" substring). */
const GENERIC_TOKENS = /(?:^|[\s_-])(?:live-?chat|chat-?(?:widget|launcher|bubble|button|btn|box|window|container|frame|icon|toggle|open|fab|trigger|online|wrapper|app|bot)|chatbot|webchat|chat)(?:$|[\s_-])/i;
const CHAT_LINK_TEXT = /^(?:chat|chat en (?:linea|vivo)|chat online|live chat|(?:text |live )?chat now|text chat|chat with (?:us|an agent)|chatea(?: con (?:nosotros|un asesor))?|inicia(?:r)? (?:un )?chat|habla con (?:un )?asesor|chat con (?:nosotros|un asesor)|chat ao vivo|fale pelo chat)$/;

export interface ChatHit extends Finding<ChatVendor> {
  name: string;
}

/** A script whose file is named after a vendor: the site's own copy of its loader. */
function brandFile(v: VendorDef, url: string): boolean {
  if (!v.brand || !url) return false;
  let file: string;
  try {
    file = new URL(url).pathname.split('/').pop() ?? '';
  } catch {
    file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  }
  return new RegExp(`^(?:${v.brand})(?:[._-][\\w.-]*)?\\.js$`, 'i').test(file);
}

/** The site's own chat class built for a vendor: "new JunoChatOlark()", "new ChatZopim()". */
function brandWrapper(v: VendorDef, code: string): RegExpExecArray | null {
  if (!v.brand) return null;
  return new RegExp(`\\bnew\\s+[\\w$.]*Chat_?(?:${v.brand})\\w*\\s*\\(|\\bnew\\s+[\\w$.]*(?:${v.brand})_?Chat\\w*\\s*\\(`, 'i').exec(code);
}

function vendorHits(view: DocView, doc: DocumentData, requests: { url: string }[]): ChatHit[] {
  const hits: ChatHit[] = [];
  const seen = new Set<ChatVendor>();
  const inlineCode = doc.inlineScripts.join('\n');
  /** The note of a vendor found by its loader, frame, request, global, container, link or button. */
  const found = (vendor: string, via: string): Message => ({ id: 'evidence.signal.note.chatVendor', values: { vendor, via } });
  const push = (v: VendorDef, snippet: string, note: Message, selector?: string): void => {
    if (seen.has(v.id)) return;
    seen.add(v.id);
    hits.push({ value: v.id, name: v.name, source: src(view, { snippet, note, ...(selector ? { selector } : {}) }) });
  };
  // A loader URL, global or container whose product the page's own code shows to be something else (a knowledge or ticket widget) is not a chat.
  const onlyNotChat = (v: VendorDef): boolean => !v.inline.some((re) => re.test(inlineCode)) && (!!v.chatOnlyWhenShown || !!v.notChat && v.notChat.some((re) => re.test(inlineCode)));

  const urls: { url: string; via: string }[] = [
    ...doc.scripts.map((s) => ({ url: s.src, via: 'script' })),
    ...doc.iframes.map((f) => ({ url: f.src, via: 'frame' })),
    ...requests.map((r) => ({ url: r.url, via: 'request' })),
    // Loader URLs an inline script names past the part of it kept (Williams-Sonoma's chat settings
    // name Quiq's loader 10 kB into a long script): a loader URL in inline code counts wherever it is.
    ...(doc.chatEndpoints ?? []).map((url) => ({ url, via: 'inline' })),
  ];
  for (const u of urls) {
    const m = matchChatVendorUrl(u.url);
    if (!m) continue;
    const v = BY_ID.get(m.vendor)!;
    if (onlyNotChat(v)) continue;
    push(v, m.snippet, found(v.name, u.via));
  }
  for (const code of doc.inlineScripts) {
    for (const m of chatVendorsInCode(code)) push(BY_ID.get(m.vendor)!, m.snippet, found(m.name, 'code'));
  }
  for (const l of doc.links) {
    const m = matchChatVendorPage(l.href);
    if (m) push(BY_ID.get(m.vendor)!, `${l.text || l.label} (${m.snippet})`, found(m.name, 'link'), l.selector);
  }
  // A button whose click handler opens the vendor's chat window or loads its button (old-style chat buttons).
  for (const u of doc.openedUrls ?? []) {
    const m = matchChatVendorPage(u) ?? matchChatVendorUrl(u);
    if (m) push(BY_ID.get(m.vendor)!, m.snippet, found(m.name, 'button'));
  }
  for (const v of VENDOR_TABLE) {
    if (onlyNotChat(v)) continue;
    const g = v.globals.find((name) => doc.globals.includes(name));
    if (g) push(v, `window.${g}`, found(v.name, 'global'));
    const marker = doc.markers.find((m) => v.markers.includes(m.selector));
    if (marker) push(v, marker.snippet || marker.selector, found(v.name, 'container'), marker.selector);
    const file = doc.scripts.find((s) => brandFile(v, s.src));
    if (file) push(v, file.src.slice(0, 200), { id: 'evidence.signal.note.chatOwnCopy', values: { vendor: v.name } });
    for (const code of doc.inlineScripts) {
      const m = brandWrapper(v, code);
      if (m) push(v, around(code, m.index, m[0].length), { id: 'evidence.signal.note.chatOwnCode', values: { vendor: v.name } });
    }
  }
  return hits;
}

/**
 * A script or stylesheet whose path names a chat ("/javascript/chat.js",
 * "chat/includes/chat.css", "…/chat-v2/zara-chat-std-v1.44.0.js"): a site's own chat
 * module, or a product the table does not know. "chat" must be a word of the path, so
 * "wechat" or "chateau" are not; WhatsApp buttons ("joinchat", "wp-whatsapp-chat") are
 * not live chat.
 */
export function isChatAsset(url: string): boolean {
  let path: string;
  let host = '';
  try {
    const u = new URL(url, 'https://page.invalid/');
    path = u.pathname;
    if (/^(?:https?:)?\/\//i.test(url)) host = u.hostname;
  } catch {
    path = url.split(/[?#]/)[0] ?? '';
  }
  if (!path || WHATSAPP_HINT.test(`${host}${path}`)) return false;
  // A host named for the chat ("chatbot.fna.gov.co/bundle.js", "webchat.tienda.co/…"): the
  // organisation serves its chat from there, whatever the file is called.
  if (/^(?:live-?|web-?)?chat(?:bot)?s?\d*\./i.test(host)) return true;
  // A chatbot's embedder ("…/files/deploy/embed_chatbot_1.js", UTI Mutual Fund's AllinCall bot) is a chat too.
  return /(?:^|[/_.-])(?:live-?|web-?)?chat(?:-?bot)?(?:-?v?\d+)?(?=[/_.-]|$)/i.test(path);
}

/**
 * Script URLs an inline loader names in a string ("loadScript('https://chatbot.fna.gov.co/bundle.js')",
 * "s.src = '//webchat.tienda.co/widget.js'"): scripts the page injects once it runs.
 */
const QUOTED_SCRIPT_URL = /["'`]((?:https?:)?\/\/[^"'`\s<>]+?\.js)(?:\?[^"'`\s<>]*)?["'`]/gi;

/** Inline code that sets or starts a chat of the page's own ("var chatStatus = 1;", "chatStatut();"), not merely declares a name. */
const CHAT_CODE = /\b[\w$]*chat[\w$]*\s*(?:=(?!=)\s*[^;\s]|\((?!\s*\)\s*\{))/i;

/** A call of a function named for a chat ("callChat(0)", "openChat()"), not its definition ("function openChat() {", "callChat = async (n) =>"). */
function chatCall(code: string): string | undefined {
  for (const m of code.matchAll(/\b([\w$]*chat[\w$]*)\s*\(/gi)) {
    if (WHATSAPP_HINT.test(m[1]!) || /^wechat/i.test(m[1]!)) continue;
    if (/\bfunction\s*$/.test(code.slice(Math.max(0, m.index - 12), m.index))) continue;
    const rest = code.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (/^[^()]*\)\s*(?:\{|=>)/.test(rest)) continue;
    return `${m[0]}${rest.split(/[;\n]/)[0]!}`.trim();
  }
  return undefined;
}

/** A widget script ("…/iframePersonas/widgetIframePersonas.js", "chat-widget.js"): its file is named for a widget. */
function isWidgetScript(url: string): boolean {
  const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return /widget/i.test(file) && !WHATSAPP_HINT.test(url);
}

/** A chat's opening line as a setting, on folded code: "greeting": "Hello {{name}}! How can I help you?", welcomeMessage: '¿En qué te puedo ayudar?'. */
const CHAT_GREETING = /["']?(?:greeting|greetings|welcome_?message|welcome_?text|initial_?message|bot_?greeting|intro_?message)["']?\s*[:=]\s*["'`][^"'`]{0,200}?\b(?:how (?:can|may) (?:i|we) help|can (?:i|we) help you|en que (?:te |le |les )?(?:puedo|podemos) ayudar|como (?:posso|podemos) (?:te |lhe )?ajudar|em que (?:posso|podemos) ajudar)/;
/** A call that starts a widget: "ServiceDesk.Init('General', conf)", "Widget.start(…)", "boot(". */
const WIDGET_START = /\b[\w$]+\.(?:init|start|boot|load|render|mount)\s*\(/i;

function genericHits(view: DocView, doc: DocumentData): ChatHit[] {
  const hits: ChatHit[] = [];
  const injected = doc.inlineScripts.flatMap((c) => [...c.matchAll(QUOTED_SCRIPT_URL)].map((m) => m[1]!));
  // The site's own chat module: a script named for it, or its stylesheet with inline code that starts it.
  const script = doc.scripts.find((s) => isChatAsset(s.src))?.src ?? injected.find(isChatAsset);
  const sheet = (doc.stylesheets ?? []).find((h) => isChatAsset(h));
  const starts = doc.inlineScripts.map((c) => CHAT_CODE.exec(c)).find((m) => m && !WHATSAPP_HINT.test(m[0]));
  if (script || sheet && starts) {
    const snippet = script ?? `${sheet} · ${starts![0].trim()}`;
    hits.push({ value: 'generic', name: 'chat module', source: src(view, { snippet: snippet.slice(0, 200), note: { id: script ? 'evidence.signal.note.chatModuleScript' : 'evidence.signal.note.chatModuleSheet' } }) });
    return hits;
  }
  // Or a widget script of the site's own (loaded or injected) with inline code that calls its
  // chat ("widgetIframePersonas.js" and "callChat(0)"): a widget alone may be reviews or maps.
  const widget = doc.scripts.map((s) => s.src).find(isWidgetScript) ?? injected.find(isWidgetScript);
  const call = widget ? doc.inlineScripts.map(chatCall).find(Boolean) : undefined;
  if (widget && call) {
    hits.push({ value: 'generic', name: 'chat widget', source: src(view, { snippet: `${widget} · ${call}`.slice(0, 200), note: { id: 'evidence.signal.note.chatWidgetOwn' } }) });
    return hits;
  }
  // Or inline settings that greet a visitor as a chat does ("greeting": "Hello {{name}}! How can I
  // help you?") in the script that starts the widget (LIU's own ServiceDesk.Init('General', conf)):
  // an agent's opening line is a chat's, whichever product shows it.
  for (const code of doc.inlineScripts) {
    const greets = CHAT_GREETING.exec(fold(code));
    if (!greets || !WIDGET_START.test(code)) continue;
    hits.push({ value: 'generic', name: 'chat widget', source: src(view, { snippet: greets[0].slice(0, 200), note: { id: 'evidence.signal.note.chatGreets' } }) });
    return hits;
  }
  // A link to another page is not a widget on this one (the crawl follows it); only a
  // button or a placeholder link (#, javascript:) opens a chat here.
  // An empty fragment ("http://www.landsend.com/#") leads nowhere either, whatever the address before it.
  const launcherLink = (href: string): boolean => !href || /^(?:#|javascript:)/i.test(href) || /#$/.test(href) || href.split('#')[0] === view.url.split('#')[0] && href.includes('#');
  for (const c of doc.chatCandidates) {
    if (c.whatsapp || WHATSAPP_HINT.test(`${c.id} ${c.className} ${c.title} ${c.label} ${c.text} ${c.href}`)) continue;
    const names = `${c.id} ${c.className} ${c.title} ${c.label}`;
    const isFrame = c.tag === 'iframe';
    // A launcher floats over the page (fixed) or is a chat frame; words in ordinary content do not count.
    if (!(c.fixed || isFrame)) continue;
    // A floating link that leads to another page ("Atendimento via chat online" → /auto-atendimento/) is not a widget
    // here, nor is a chat icon inside such a link (Magalu's "Compre pelo chat" → its help centre's chat page).
    if (c.href && !launcherLink(c.href)) continue;
    if (!GENERIC_TOKENS.test(names.replace(/([a-z])([A-Z])/g, '$1-$2'))) continue;
    hits.push({ value: 'generic', name: 'chat launcher', source: src(view, { selector: c.selector, snippet: [c.title, c.label, c.text].filter(Boolean).join(' · ') || names.trim(), note: { id: 'evidence.signal.note.chatLauncher' } }) });
    break;
  }
  // An <a> with no address at all ("Chat now" in Gannett's sign-in modal, a.chatLink wired by the
  // page's script) opens something on the page too, as a button does.
  const chatLinks = [
    ...doc.links.filter((l) => launcherLink(l.href)).map((l) => ({ text: l.text || l.label, href: l.href, selector: l.selector })),
    ...doc.buttons.map((b) => ({ text: b.text || b.label, href: '', selector: b.selector })),
    ...(doc.scriptLinks ?? []).map((l) => ({ text: l.text || l.label, href: '', selector: l.selector })),
  ];
  for (const l of chatLinks) {
    const t = fold(l.text).replace(/[¡!¿?.:]/g, '').trim();
    if (!t || t.length > 40 || !CHAT_LINK_TEXT.test(t)) continue;
    if (WHATSAPP_HINT.test(l.href) || /^(?:mailto|tel):/i.test(l.href)) continue;
    hits.push({ value: 'generic', name: 'chat link', source: src(view, { selector: l.selector, snippet: l.text, note: { id: 'evidence.signal.note.chatLink' } }) });
    break;
  }
  return hits;
}

/**
 * The vendor a chat widget of the page is configured for: its chat endpoint in the page's
 * inline configuration (Best Buy's own "Blue Shirt" chat frame, whose state JSON names
 * Salesforce Live Agent's servers). When settings name more than one vendor, the widget's stays unknown.
 */
function configuredVendor(doc: DocumentData): { v: VendorDef; snippet: string } | undefined {
  const found: { v: VendorDef; snippet: string }[] = [];
  for (const v of VENDOR_TABLE) {
    for (const code of [...doc.inlineScripts, ...doc.chatEndpoints ?? []]) {
      const m = v.config?.map((re) => re.exec(code)).find(Boolean);
      if (m) {
        found.push({ v, snippet: around(code, m.index, m[0].length) });
        break;
      }
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Chat widgets in one document (page or frame). */
export function extractChat(view: DocView): ChatHit[] {
  const requests = view.inFrame ? [] : view.snapshot.requests;
  const hits = vendorHits(view, view.doc, requests);
  if (!hits.length) {
    const generic = genericHits(view, view.doc);
    const configured = generic.length ? configuredVendor(view.doc) : undefined;
    if (configured) {
      const { v, snippet } = configured;
      hits.push({ value: v.id, name: v.name, source: src(view, { snippet: `${generic[0]!.source.snippet ?? ''} · ${snippet}`.slice(0, 240), note: { id: 'evidence.signal.note.chatConfigured', values: { vendor: v.name } } }) });
    } else hits.push(...generic);
  }
  return hits;
}

/**
 * Site-level vendor list: specific vendors win; `generic` is kept only when nothing
 * specific was found anywhere (a vendor's own launcher must not count twice).
 */
export function mergeChatVendors(hits: ChatHit[]): ChatHit[] {
  const specific = hits.filter((h) => h.value !== 'generic');
  return specific.length ? specific : hits;
}
