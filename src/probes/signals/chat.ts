/**
 * Live-chat widgets. A vendor is recognised by any of: the URL of its loader script
 * (in the DOM, in a deferred-loader attribute, or a blocked request), its snippet in
 * an inline script, a global its snippet defines, or the container it renders. The
 * crawler blocks third-party requests, so the widget's own DOM often never appears;
 * the snippet and loader URL are what a page reliably carries.
 *
 * Unknown or less common vendors, and hand-made launchers, count as `generic`.
 */
import type { DocumentData } from '../types.js';
import { type DocView, type Finding, fold, src } from './text.js';

export const CHAT_VENDORS = [
  'intercom', 'zendesk', 'drift', 'tawk', 'livechat', 'hubspot', 'crisp', 'freshchat',
  'tidio', 'olark', 'zoho', 'messenger', 'generic',
] as const;
export type ChatVendor = (typeof CHAT_VENDORS)[number];

export interface VendorDef {
  id: ChatVendor;
  /** Product name, for provenance notes (several products map to `generic`). */
  name: string;
  src: RegExp[];
  inline: RegExp[];
  globals: string[];
  markers: string[];
}

export const VENDOR_TABLE: VendorDef[] = [
  {
    id: 'intercom', name: 'Intercom',
    src: [/widget\.intercom\.io\//i, /js\.intercomcdn\.com\//i, /api-iam\.intercom\.io\//i],
    inline: [/\bintercomSettings\b/, /widget\.intercom\.io\/widget/i, /\bIntercom\(\s*['"]boot['"]/],
    globals: ['Intercom', 'intercomSettings'],
    markers: ['#intercom-container', '.intercom-lightweight-app', '#intercom-frame', '.intercom-launcher', 'iframe[name="intercom-launcher-frame"]'],
  },
  {
    id: 'zendesk', name: 'Zendesk',
    src: [/static\.zdassets\.com\/ekr\/snippet\.js/i, /ekr\.zdassets\.com\//i, /v2\.zopim\.com\//i, /\.zendesk\.com\/embeddable/i, /static\.zdassets\.com\/web_widget/i, /\.zopim\.com\//i],
    inline: [/\bzESettings\b/, /\$zopim\b/, /\bzE\(\s*['"](?:webWidget|messenger)/, /static\.zdassets\.com\/ekr/i],
    globals: ['zE', 'zESettings', '$zopim'],
    markers: ['script#ze-snippet', 'iframe#launcher', 'iframe#webWidget', '#webWidget', '[data-product="web_widget"]', '.zopim'],
  },
  {
    id: 'drift', name: 'Drift',
    src: [/js\.driftt\.com\//i, /js\.drift\.com\//i, /\.drift\.com\/(?:include|widget)/i],
    inline: [/\bdrift\.load\(\s*['"]/, /\bwindow\.driftt\b/, /js\.driftt\.com/i],
    globals: ['driftt', 'drift.load'],
    markers: ['#drift-widget', '#drift-widget-container', '#drift-frame-controller', '#drift-frame-chat', 'iframe.drift-frame-controller'],
  },
  {
    id: 'tawk', name: 'Tawk.to',
    src: [/embed\.tawk\.to\//i, /\.tawk\.to\/_s\//i],
    inline: [/\bTawk_API\b/, /embed\.tawk\.to/i],
    globals: ['Tawk_API', 'Tawk_LoadStart'],
    markers: ['#tawkchat-container', '.tawk-min-container', '[id^="tawk-"]', '.widget-visible > iframe[title="chat widget"]'],
  },
  {
    id: 'livechat', name: 'LiveChat',
    src: [/cdn\.livechatinc\.com\//i, /secure\.livechatinc\.com\//i, /\.livechatinc\.com\//i, /cdn\.livechat-files\.com\//i],
    inline: [/\bwindow\.__lc\b/, /\b__lc\.license\b/, /\bLiveChatWidget\b/, /livechatinc\.com\/tracking/i],
    globals: ['LiveChatWidget', '__lc', 'LC_API'],
    markers: ['#chat-widget-container', '#livechat-compact-container', '#livechat-eye-catcher', 'iframe#chat-widget', 'iframe#chat-widget-minimized'],
  },
  {
    id: 'hubspot', name: 'HubSpot Conversations',
    // js.hs-scripts.com alone is HubSpot's tracking code, not the chat: it does not count.
    src: [/js\.usemessages\.com\//i, /app\.hubspot\.com\/conversations-visitor/i],
    inline: [/\bhsConversationsSettings\b/, /\bHubSpotConversations\b/, /js\.usemessages\.com/i],
    globals: ['HubSpotConversations', 'hsConversationsSettings', 'hsConversationsOnReady'],
    markers: ['#hubspot-messages-iframe-container', '#hubspot-conversations-iframe'],
  },
  {
    id: 'crisp', name: 'Crisp',
    src: [/client\.crisp\.chat\//i],
    inline: [/\bCRISP_WEBSITE_ID\b/, /client\.crisp\.chat\/l\.js/i, /\$crisp\s*=\s*\[/],
    globals: ['$crisp', 'CRISP_WEBSITE_ID'],
    markers: ['.crisp-client', '#crisp-chatbox'],
  },
  {
    id: 'freshchat', name: 'Freshchat',
    src: [/wchat\.freshchat\.com\//i, /\.freshchat\.com\/js\/widget/i, /\.freshchat\.com\/widget/i, /fw-cdn\.com\/\d+\/\d+\.js/i],
    inline: [/\bfcWidget\b/, /\bfcSettings\b/, /wchat\.freshchat\.com/i],
    globals: ['fcWidget', 'fcSettings', 'fcWidgetMessengerConfig'],
    markers: ['#fc_frame', '#fc_widget', 'iframe#fc_widget'],
  },
  {
    id: 'tidio', name: 'Tidio',
    src: [/code\.tidio\.co\//i, /\.tidiochat\.com\//i],
    inline: [/\btidioChatApi\b/, /code\.tidio\.co\//i],
    globals: ['tidioChatApi', 'tidioIdentify', 'tidioChatCode'],
    markers: ['#tidio-chat', '#tidio-chat-iframe', '#tidio-chat-code'],
  },
  {
    id: 'olark', name: 'Olark',
    src: [/static\.olark\.com\//i],
    inline: [/\bolark\.identify\(/, /static\.olark\.com\/jsclient/i, /\bolark\(\s*['"]api\./],
    globals: ['olark'],
    markers: ['#olark-box-container', '#olark-wrapper', '.olark-launch-button', '#olark'],
  },
  {
    id: 'zoho', name: 'Zoho SalesIQ',
    src: [/salesiq\.zoho(?:public)?\.[a-z.]+\//i, /js\.zohocdn\.com\/salesiq/i, /salesiq\.zohocdn\.com/i],
    inline: [/\$zoho\.salesiq\b/, /salesiq\.zoho(?:public)?\.[a-z.]+\/widget/i],
    globals: ['$zoho.salesiq'],
    markers: ['#zsiq_float', '.zsiq_floatmain', '#zsiqwidget', 'script#zsiqscript', '[data-id="zsalesiq"]'],
  },
  {
    id: 'messenger', name: 'Facebook Messenger chat plugin',
    // The plain Facebook SDK (like buttons, login) is not a chat: only the customer-chat plugin counts.
    src: [/connect\.facebook\.net\/[^/]+\/sdk\/xfbml\.customerchat\.js/i],
    inline: [/xfbml\.customerchat\.js/i, /\bfb-customerchat\b/, /chatbox\.setAttribute\(\s*["']page_id/],
    globals: ['FB.CustomerChat'],
    markers: ['.fb-customerchat', '#fb-customer-chat', '.fb_customer_chat_bubble_animated_no_badge', 'div[attribution="biz_inbox"]'],
  },
  // ---- other products, reported as `generic` with their name in the source note
  { id: 'generic', name: 'JivoChat', src: [/code\.jivosite\.com\//i, /code\.jivo\.ru\//i, /\.jivosite\.com\/widget/i], inline: [/code\.jivosite\.com/i, /\bjivo_api\b/], globals: ['jivo_api', 'jivo_config'], markers: ['jdiv', '#jivo-iframe-container'] },
  { id: 'generic', name: 'Smartsupp', src: [/smartsuppchat\.com\//i, /www\.smartsuppchat\.com\/loader/i], inline: [/\b_smartsupp\b/], globals: ['smartsupp', '_smartsupp'], markers: [] },
  { id: 'generic', name: 'Userlike', src: [/userlike-cdn-widgets\./i, /\.userlike\.com\/.*widget/i], inline: [/userlike-cdn-widgets/i], globals: ['userlike'], markers: [] },
  { id: 'generic', name: 'Chatwoot', src: [/\/packs\/js\/sdk\.js/i], inline: [/\bchatwootSDK\b/, /\bchatwootSettings\b/], globals: ['$chatwoot', 'chatwootSDK', 'chatwootSettings'], markers: ['.woot-widget-holder', '.woot--bubble-holder'] },
  { id: 'generic', name: 'LivePerson', src: [/lptag\.liveperson\.net\//i, /\.liveperson\.net\/.*tag\.js/i], inline: [/\blpTag\b/], globals: ['lpTag'], markers: [] },
  { id: 'generic', name: 'Salesforce Embedded Service', src: [/\/embeddedservice\/[\d.]+\/esw\.min\.js/i, /service\.force\.com\/embeddedservice/i, /salesforce-scrt\.com/i, /\/assets\/js\/bootstrap\.min\.js.*embeddedservice/i], inline: [/\bembedded_svc\b/, /\bembeddedservice_bootstrap\b/], globals: ['embedded_svc', 'embeddedservice_bootstrap'], markers: ['.embeddedServiceHelpButton', '.embeddedMessagingConversationButton'] },
  { id: 'generic', name: 'Genesys Cloud', src: [/apps\.mypurecloud\.[a-z.]+\/genesys-bootstrap/i, /apps\.[a-z0-9-]+\.pure\.cloud\/genesys-bootstrap/i], inline: [/\bGenesys\(\s*['"]/, /mypurecloud\.[a-z.]+\/genesys-bootstrap/i], globals: ['_genesysJs'], markers: ['#genesys-messenger', '.genesys-mxg-launcher-frame'] },
  { id: 'generic', name: 'Help Scout Beacon', src: [/beacon-v2\.helpscout\.net/i], inline: [/beacon-v2\.helpscout\.net/i, /\bBeacon\(\s*['"]init['"]/], globals: [], markers: ['#beacon-container', '.BeaconFabButtonFrame'] },
  { id: 'generic', name: 'Gorgias', src: [/config\.gorgias\.chat\//i, /\.gorgias\.chat\//i], inline: [/gorgias\.chat/i], globals: ['GorgiasChat'], markers: ['#gorgias-chat-container'] },
  { id: 'generic', name: 'Botmaker', src: [/go\.botmaker\.com\//i], inline: [/go\.botmaker\.com\/rest\/webchat/i], globals: [], markers: ['#botmakerChatContainer'] },
  { id: 'generic', name: 'Kommunicate', src: [/widget\.kommunicate\.io\//i], inline: [/widget\.kommunicate\.io/i], globals: ['kommunicate'], markers: ['#kommunicate-widget-iframe'] },
  { id: 'generic', name: 'Front Chat', src: [/chat-assets\.frontapp\.com\//i], inline: [/chat-assets\.frontapp\.com/i], globals: ['FrontChat'], markers: [] },
  { id: 'generic', name: 'Ada', src: [/static\.ada\.support\//i], inline: [/static\.ada\.support/i], globals: ['adaEmbed'], markers: ['#ada-button-frame'] },
  { id: 'generic', name: 'Pure Chat', src: [/app\.purechat\.com\//i], inline: [/app\.purechat\.com/i], globals: ['purechatApi'], markers: [] },
  { id: 'generic', name: 'Comm100', src: [/\.comm100\.(?:com|io)\/.*(?:livechat|chatserver)/i], inline: [/\bComm100API\b/], globals: ['Comm100API'], markers: [] },
  { id: 'generic', name: 'Kustomer', src: [/cdn\.kustomerapp\.com\/chat-web/i], inline: [/cdn\.kustomerapp\.com\/chat-web/i], globals: ['Kustomer'], markers: [] },
  { id: 'generic', name: 'Sprinklr', src: [/prod-live-chat\.sprinklr\.com/i], inline: [/\bsprChatSettings\b/], globals: ['sprChat'], markers: [] },
  { id: 'generic', name: 'Five9', src: [/live\.five9\.com\/.*(?:chat|SocialWidget)/i], inline: [/\bFive9SocialWidget\b/], globals: ['Five9SocialWidget'], markers: [] },
  { id: 'generic', name: 'Chatra', src: [/call\.chatra\.io\//i], inline: [/\bChatraID\b/], globals: ['Chatra'], markers: [] },
  { id: 'generic', name: 'SnapEngage', src: [/storage\.googleapis\.com\/code\.snapengage\.com/i, /code\.snapengage\.com/i], inline: [/\bSnapEngage\b/], globals: ['SnapEngage'], markers: [] },
  { id: 'generic', name: 'Re:amaze', src: [/cdn\.reamaze\.com\/assets\/reamaze/i], inline: [/\b_support\s*\[\s*['"]account['"]\]/], globals: [], markers: [] },
];

/** Globals the in-page collector checks (dot paths). */
export const CHAT_GLOBALS: string[] = [...new Set(VENDOR_TABLE.flatMap((v) => v.globals))];
/** DOM containers the in-page collector looks for. */
export const CHAT_MARKERS: string[] = [...new Set(VENDOR_TABLE.flatMap((v) => v.markers))];

const WHATSAPP_HINT = /whatsapp|wa\.me|joinchat|wa-chat|\bwpp\b|\bwsp\b|click-?to-?chat|ctc_/i;

/** Tokens in id/class/title that name a chat launcher (not just any "chat" substring). */
const GENERIC_TOKENS = /(?:^|[\s_-])(?:live-?chat|chat-?(?:widget|launcher|bubble|button|btn|box|window|container|frame|icon|toggle|open|fab|trigger|online|wrapper|app|bot)|chatbot|webchat|chat)(?:$|[\s_-])/i;
const CHAT_LINK_TEXT = /^(?:chat|chat en (?:linea|vivo)|chat online|live chat|chat now|chat with (?:us|an agent)|chatea(?: con (?:nosotros|un asesor))?|inicia(?:r)? (?:un )?chat|habla con (?:un )?asesor|chat con (?:nosotros|un asesor)|chat ao vivo|fale pelo chat)$/;

interface ChatHit extends Finding<ChatVendor> {
  name: string;
}

function vendorHits(view: DocView, doc: DocumentData, requests: { url: string }[]): ChatHit[] {
  const hits: ChatHit[] = [];
  const scriptUrls = [...doc.scripts.map((s) => s.src), ...requests.map((r) => r.url), ...doc.iframes.map((f) => f.src)].filter(Boolean);
  for (const v of VENDOR_TABLE) {
    const url = scriptUrls.find((u) => v.src.some((re) => re.test(u)));
    if (url) {
      hits.push({ value: v.id, name: v.name, source: src(view, { snippet: url, note: `${v.name} loader` }) });
      continue;
    }
    const inline = doc.inlineScripts.find((s) => v.inline.some((re) => re.test(s)));
    if (inline) {
      const re = v.inline.find((r) => r.test(inline))!;
      const m = re.exec(inline)!;
      hits.push({ value: v.id, name: v.name, source: src(view, { snippet: inline.slice(Math.max(0, m.index - 30), m.index + 60), note: `${v.name} snippet` }) });
      continue;
    }
    const g = v.globals.find((name) => doc.globals.includes(name));
    if (g) {
      hits.push({ value: v.id, name: v.name, source: src(view, { snippet: `window.${g}`, note: `${v.name} global` }) });
      continue;
    }
    const marker = doc.markers.find((m) => v.markers.includes(m.selector));
    if (marker) hits.push({ value: v.id, name: v.name, source: src(view, { selector: marker.selector, snippet: marker.snippet, note: `${v.name} container` }) });
  }
  return hits;
}

function genericHits(view: DocView, doc: DocumentData): ChatHit[] {
  const hits: ChatHit[] = [];
  for (const c of doc.chatCandidates) {
    if (c.whatsapp || WHATSAPP_HINT.test(`${c.id} ${c.className} ${c.title} ${c.label} ${c.text} ${c.href}`)) continue;
    const names = `${c.id} ${c.className} ${c.title} ${c.label}`;
    const isFrame = c.tag === 'iframe';
    // A launcher floats over the page (fixed) or is a chat frame; words in ordinary content do not count.
    if (!(c.fixed || isFrame)) continue;
    if (!GENERIC_TOKENS.test(names.replace(/([a-z])([A-Z])/g, '$1-$2'))) continue;
    hits.push({ value: 'generic', name: 'chat launcher', source: src(view, { selector: c.selector, snippet: [c.title, c.label, c.text].filter(Boolean).join(' · ') || names.trim(), note: 'chat launcher on the page' }) });
    break;
  }
  const chatLinks = [
    ...doc.links.map((l) => ({ text: l.text || l.label, href: l.href, selector: l.selector })),
    ...doc.buttons.map((b) => ({ text: b.text || b.label, href: '', selector: b.selector })),
  ];
  for (const l of chatLinks) {
    const t = fold(l.text).replace(/[¡!¿?.:]/g, '').trim();
    if (!t || t.length > 40 || !CHAT_LINK_TEXT.test(t)) continue;
    if (WHATSAPP_HINT.test(l.href) || /^(?:mailto|tel):/i.test(l.href)) continue;
    hits.push({ value: 'generic', name: 'chat link', source: src(view, { selector: l.selector, snippet: l.text, note: 'a link or button that opens a chat' }) });
    break;
  }
  return hits;
}

/** Chat widgets in one document (page or frame). */
export function extractChat(view: DocView): ChatHit[] {
  const requests = view.inFrame ? [] : view.snapshot.requests;
  const hits = vendorHits(view, view.doc, requests);
  if (!hits.some((h) => h.value !== 'generic')) hits.push(...genericHits(view, view.doc));
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
