/**
 * Self-service and policy signals, all read the same way: a page of that kind was
 * crawled, or a link/button/form/section names it. A link whose target was crawled
 * and failed still counts, with the failure noted (and reported as a broken link).
 *
 * Kinds → evidence keys: help → site.help.faq, account → site.selfservice.login,
 * orderTracking → site.selfservice.orderTracking, invoices, claimsTracking, register,
 * news, payments, privacy → site.policy.privacy, terms, security, storeLocator.
 */
import type { CrawledPage, PageKind } from '../types.js';
import { type FormHit, type FormPurpose } from './forms.js';
import type { Message } from '../../i18n/index.js';
import { errorReason } from '../../net/fetch.js';
import { type DocView, type Finding, fold, hostOf, isPlaceholderHref, siteOf, splitCamelCase, src, withNotes } from './text.js';
import { isRecoveryOnly } from './signin.js';
import { classifyLink, isHelpPlatform, kindsFromText, kindsFromUrl, lastPathSegment } from './vocab.js';

export interface KindHit extends Finding<PageKind> {
  /** Clicks from home to what was found (a page's depth, or the linking page's depth + 1). */
  depth: number | null;
  via: 'page' | 'link' | 'button' | 'form' | 'frame' | 'section' | 'schema';
  /** The page the finding points at (a link's target), when not the page it was seen on. */
  target?: string;
}

/** A heading that is wholly the name of a privacy policy, in Spanish, Portuguese or English. */
const PRIVACY_HEADING = /^(?:politica de privacidad|politica de privacidade|aviso de privacidad(?: integral)?|privacy policy|privacy notice|privacy statement|politica de (?:proteccion|tratamiento) de datos(?: personales)?|proteccion de datos personales)$/;

/** Kinds a button can stand for (a login modal, a tracking widget); others need a real link. */
const BUTTON_KINDS: PageKind[] = ['account', 'register', 'orderTracking'];

/**
 * A hidden link or link-like element without an address that the page's own script wires to
 * its sign-in: its id or class names a log-in (Clarín's <a id="pase-panel-login"
 * class="bt_ingresar" style="display: none"> "Ingresar", shown once the script knows the
 * visitor is signed out; La Información's a.loginGigya "Entrar" in the user menu an icon
 * opens). Hidden, it is still the page's sign-in offered to a visitor; a hidden "#" link that
 * only says "Entrar" (a closed menu's copy) is not known to be one.
 */
export function isWiredSignin(selector: string): boolean {
  const own = selector.split('>').pop()!.trim();
  return /(?:^|[#.\s_-])(?:log-?in|sign-?in|ingresar|entrar|acceder|iniciar-?sesion)|login(?:gigya|link|button|btn)|(?:gigya|pase|user|account|header)[-_]?(?:panel[-_]?)?login/i.test(own);
}

/**
 * Whether an inline click handler opens the sign-in: a function it calls is named for it
 * ("showLoginModal();", "abrirLogin()", "openSignIn(event)"). A word passed as an argument
 * ("track('login')") or a sign-out ("doLogout()") is not.
 */
export function callsSignin(handler: string | undefined): boolean {
  if (!handler) return false;
  for (const m of handler.matchAll(/([A-Za-z_$][\w$]*)\s*\(/g)) {
    const name = splitCamelCase(m[1]!).toLowerCase().replace(/[-_$]+/g, ' ');
    if (/\b(?:log ?out|sign ?out|logoff|contacto?)\b/.test(name)) continue;
    if (/\b(?:log ?in|sign ?in|signon|iniciar sesion|entrar|ingresar)\b|^(?:show|open|abrir|mostrar|display|toggle) ?(?:the )?login/.test(name)) return true;
  }
  return false;
}

export type PageLookup = (url: string) => CrawledPage | undefined;

/**
 * Kinds a link to another organisation's host may stand for, when its words name
 * them: help centres, customer portals, tracking and payment pages are often hosted by
 * a provider (`tienda.zendesk.com`, a carrier's tracking page, a payment gateway). A
 * privacy, terms, security or contact link to another domain is that domain's own
 * (reCAPTCHA's "Privacy · Terms", a payment provider's policy), not the organisation's.
 */
const FOREIGN_KINDS: PageKind[] = ['help', 'account', 'orderTracking', 'complaints', 'claimsTracking', 'invoices', 'payments'];

/** What a link may tell about the organisation's own pages. */
export interface LinkContext {
  lookup: PageLookup;
  /** Is this URL the organisation's own (its registrable domains, production origins)? */
  isOwn: (url: string) => boolean;
  /** The hosts the site itself lives on (served and production), which no host name makes its account area. */
  siteHosts?: readonly string[];
}

function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/** Policy kinds: whose policy a link leads to depends on whose domain it is. */
const POLICY_KINDS: PageKind[] = ['privacy', 'terms'];

/** The name part of a registrable domain ("zara" of static.zara.net); '' for addresses and localhost. */
function brandOf(url: string): string {
  const host = hostOf(url);
  if (!host || /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return '';
  return siteOf(host).split('.')[0] ?? '';
}

function isHomeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return /^\/?(?:index\.(?:html?|php))?$/.test(u.pathname) && !u.search;
  } catch {
    return false;
  }
}

/**
 * Other domains this page shows to be the organisation's own or its group's: a domain
 * with the same name under another suffix (static.zara.net beside www.zara.com), or
 * one the page sends its visitors to for its contact page or as its parent's home
 * ("Contact Us" → www1.nyc.gov on NYC Parks' pages, "Automattic" → automattic.com on
 * WordPress.com's). A reCAPTCHA notice's "Privacy · Terms" pair or a payment provider's
 * terms link are the only links to their domain, so that domain is not the group's.
 */
function groupDomains(view: DocView, links: LinkContext): Set<string> {
  const brands = ownBrands(view, links);
  const owners = ownerNames(view.doc.text);
  const group = new Set<string>();
  for (const l of view.doc.links) {
    if (!/^https?:/i.test(l.href) || links.isOwn(l.href)) continue;
    const host = hostOf(l.href);
    if (!host) continue;
    const site = siteOf(host);
    if (brands.has(brandOf(l.href)) || isHomeUrl(l.href) && (l.text || l.label).trim() || kindsFromText(l.text || l.label).includes('contact') || namedForOwner(l.href, owners)) group.add(site);
  }
  return group;
}

/** An owner's names as a domain takes them whole, and the names a domain may start with. */
export interface OwnerNames {
  names: Set<string>;
  starts: Set<string>;
}

/** Legal forms and filler that a company's name carries but its domain does not. */
const LEGAL_FORM = /^(?:inc|llc|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|sa|sas|sac|srl|ltda|spa|bv|nv|the|and|y|e|de|del|la|el|of)$/;

/**
 * The names of the organisation that owns the site, as its copyright line gives them
 * ("CNET © CBS Interactive Inc.", "Copyright © 2015 Procter & Gamble"), in the shapes a
 * domain takes them: run together ("cbsinteractive"), initials ("pg" for Procter & Gamble,
 * which calls itself P&G), or the first word and the initials of the rest ("cbsi").
 */
export function ownerNames(text: string): OwnerNames {
  const out = new Set<string>();
  const starts = new Set<string>();
  // The name ends at a comma: "© 2021 Zonda Media, a Delaware corporation" is Zonda Media.
  for (const m of text.matchAll(/(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^\n.|/©,]{2,60})/gi)) {
    const words = fold(m[1]!).replace(/[^a-z0-9& ]/g, ' ').split(/[\s&]+/).filter((w) => w && !LEGAL_FORM.test(w));
    // Words until the first that is not a name's ("all rights reserved", "derechos reservados").
    const name: string[] = [];
    for (const w of words) {
      if (/^(?:all|todos|derechos|direitos|rights|reserved|reservados|reserva|por|by)$/.test(w) || /^\d+$/.test(w)) break;
      name.push(w);
    }
    if (!name.length || name.length > 5) continue;
    out.add(name.join(''));
    // The owner's own first word when it is long enough to be a name (Zonda Media's "zonda"), as a domain's start (zondahome.com).
    if (name.length >= 2 && name[0]!.length >= 5) starts.add(name[0]!);
    if (name.length >= 2) {
      out.add(name.map((w) => w[0]).join(''));
      out.add(name[0]! + name.slice(1).map((w) => w[0]).join(''));
    }
  }
  return { names: new Set([...out].filter((n) => n.length >= 2)), starts };
}

/**
 * A domain named for the organisation that owns the site: its name part ("pg.com" for
 * Procter & Gamble), a label of its host or the first segment of its path (CBS Interactive's
 * policies at cbsi.force.com/CBSi/…). The owner's policies there are the group's.
 */
function namedForOwner(url: string, owners: OwnerNames): boolean {
  if (!owners.names.size) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const labels = u.hostname.toLowerCase().split('.').filter((x) => x !== 'www');
  const first = fold(u.pathname.split('/').filter(Boolean)[0] ?? '');
  return [brandOf(url), ...labels.slice(0, -1), first].some((n) => {
    const name = n.replace(/[^a-z0-9]/g, '');
    return !!name && (owners.names.has(name) || [...owners.starts].some((p) => name.startsWith(p)));
  });
}

/**
 * The organisation's names on this page: the name part of its own registrable domains
 * (the page's, and those of its links that are its own).
 */
/** A URL whose path has a folder named exactly as one of the site's own brands (four letters or more). */
function filedUnderBrand(url: string, brands: Set<string>): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const folders = path.split('/').slice(1, -1).map((x) => fold(x).replace(/[^a-z0-9]/g, ''));
  return folders.some((x) => x.length >= 4 && brands.has(x));
}

function ownBrands(view: DocView, links: LinkContext): Set<string> {
  // The hosts the site lives on name it too: a copy served elsewhere (`--serve`, a staging host) is still its site.
  const brands = new Set<string>([brandOf(view.url), ...(links.siteHosts ?? []).map((h) => brandOf(`http://${h}/`))].filter(Boolean));
  for (const l of view.doc.links) if (/^https?:/i.test(l.href) && links.isOwn(l.href) && brandOf(l.href)) brands.add(brandOf(l.href));
  return brands;
}

/** A path segment as its words ("mi%20altice" → "mi altice"); empty for none or a malformed escape. */
function decodeSegment(seg: string | undefined): string {
  try {
    return decodeURIComponent(seg ?? '');
  } catch {
    return '';
  }
}

/**
 * "My" and the organisation's name ("myPurdue", "Mi Movistar", "Minha Claro", "MyVodafone")
 * is what organisations call the customer's (or student's) portal: a link so named leads
 * into the account, whatever its address says.
 */
export function namesOwnPortal(text: string, brands: Set<string>): boolean {
  const t = fold(text).replace(/[\s-]+/g, '');
  if (t.length > 40) return false;
  return [...brands].some((b) => b.length >= 2 && ['my', 'mi', 'minha', 'meu', 'mon', 'mein'].some((p) => t === p + b.replace(/-/g, '')));
}

/**
 * A sign-in that is not the customer's account: one that returns to a comment form
 * (Drupal's "Inicie sesión o regístrese para comentar" → /user/login?destination=node/1%23comment-form),
 * or the login link DotNetNuke's skin puts on every page (a#dnn_LOGIN_loginLink →
 * login.aspx?ReturnUrl=, older skins' a#dnn_dnnLOGIN_cmdLogin postback), the content
 * editors' door as wp-login.php is WordPress's. So is the sign-in of SEI, the Brazilian
 * public bodies' electronic-process system (sip/login.php?sigla_sistema=SEI): its
 * civil servants' door; outside users enter SEI through another page. So are a sign-in on an
 * intranet's or a webmail's host and Liferay's portal sign-in.
 */
/**
 * Menu items that hold the staff's tools: a sign-in under them is the employees' (TJES's 'PÚBLICO
 * INTERNO' over 'Alterar Senha Unificada', TRT-10's 'Magistrados e Servidores').
 */
const STAFF_MENU = /^(?:publico interno|(?:area|espaco|portal) d[oe]s? servidor(?:es)?|servidores|(?:magistrados|membros) e servidores|intranet|staff|employees|for employees|funcionarios|colaboradores|empleados)$/;

export function isStaffOrCommentLogin(l: { href: string; selector: string; menu?: string }): boolean {
  if (l.menu && STAFF_MENU.test(fold(l.menu).replace(/\s+/g, ' ').trim())) return true;
  let query = '';
  let path = '';
  let host = '';
  try {
    const u = new URL(l.href);
    host = u.hostname;
    path = u.pathname;
    query = decodeURIComponent(`${u.search}${u.hash}`);
  } catch {
    /* not a URL */
  }
  if (/\/sip\/login\.php$/i.test(path) && /[?&]sigla_sistema=SEI\b/i.test(query)) return true;
  // An intranet's or webmail's own host (intranet.mpmt.mp.br/login/) signs staff in.
  if (/^(?:intranet|webmail)\./i.test(host)) return true;
  // Liferay's own sign-in (/c/portal/login, the theme's a#sign-in "Logar" on the TST's portal) is
  // the content editors' door, as DotNetNuke's skin login is; a customer area has its own page.
  if (/\/c\/portal\/login$/i.test(path)) return true;
  // So is Plone's (/login_form, its "Acessar" or "Se connecter" site action: MPF's footer, Mons's
  // header, the Alagoas public defender's li#siteaction-login): members and editors sign in there.
  if (/^\/login_form$/i.test(path)) return true;
  // A sign-in that says it authenticates the body's civil servants, or into its personnel system (TRT-2's
  // "MEU ESPAÇO" → aplicacoes1.trtsp.jus.br/sgrh-online/online/login.do?acao=autenticarServidor).
  if (/autenticar[-_]?servidor|(?:^|\/)sgrh(?:[-_]online)?(?:\/|$)/i.test(`${path}${query}`)) return true;
  return /#comment|[?&]destination=[^&]*comment/i.test(query) || /#dnn_\w*LOGIN_(?:loginLink|cmdLogin)\b/i.test(l.selector);
}

/**
 * A sign-in offered to readers who want to comment, in the sentence before its link or
 * around it: "Você precisa estar logado para enviar comentários. CLIQUE AQUI PARA LOGAR",
 * WordPress's "You must be logged in to post a comment", "Inicia sesión para comentar".
 * It opens the comment box, not a customer's account.
 */
const COMMENT_PROMPT = /\b(?:para|to|pour)\s+(?:(?:enviar|publicar|postar|deixar|dejar|escribir|escrever|fazer|hacer|post|leave|write|add)\s+(?:(?:a|an|um|uma|un|una|seu|su|your)\s+)?)?(?:comentar|comentarios?|comment(?:s|er)?)\b/;

/**
 * The heading of a comment box ("Leave a Comment", "Deja un comentario", "Deixe seu
 * comentário"): a sign-in right under it (Pew Research's "Log In with Facebook" in its
 * comment form) signs the commenter in. A phrase, not a bare "Comments" (a menu entry).
 */
const COMMENT_BOX_HEADING = /^(?:leave a (?:comment|reply)|post a comment|add a comment|join the discussion|(?:deja|dejanos|escribe) (?:un|tu|su) comentario|deixe (?:um|seu|o seu|sua) comentario)$/;

export function isCommentLoginPrompt(text: string, linkText: string): boolean {
  const t = linkText.trim();
  if (t.length < 2) return false;
  const at = text.indexOf(t);
  if (at < 0) return false;
  const lineStart = text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', at - 1) - 1)) + 1;
  const lineEnd = text.indexOf('\n', at + t.length);
  if (COMMENT_PROMPT.test(fold(text.slice(Math.max(lineStart, at - 160), lineEnd < 0 ? undefined : Math.min(lineEnd, at + t.length + 80))))) return true;
  // One of the three lines above the link's own is a comment box's heading (a second
  // sign-in button may stand between them).
  const above = text.slice(Math.max(0, at - 240), at).split('\n').slice(0, -1).filter((line) => line.trim()).slice(-3);
  return above.some((line) => COMMENT_BOX_HEADING.test(fold(line).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim()));
}

/** Key kinds from the page itself (when it loaded) and from the links, buttons and forms on it. */
export function extractKindHits(view: DocView, pageKinds: PageKind[], forms: FormHit[], links: LinkContext): { hits: KindHit[]; brokenLinks: { kind: PageKind; url: string; page: CrawledPage; text: string }[] } {
  const hits: KindHit[] = [];
  const broken: { kind: PageKind; url: string; page: CrawledPage; text: string }[] = [];
  const depth = view.page.depth;
  const next = depth === null ? null : depth + 1;
  if (!view.inFrame && !view.page.error) {
    for (const k of pageKinds) {
      if (k === 'home' || k === 'document') continue;
      hits.push({ value: k, depth, via: 'page', source: { url: view.url, snippet: view.doc.title || view.doc.h1[0] || view.url } });
    }
  }
  let group: Set<string> | undefined;
  let brands: Set<string> | undefined;
  for (const link of view.doc.links) {
    // A "javascript:" or "#" link whose click handler opens a page of the site (a popup, a
    // dialog) leads to that page; a handler's URL on another host may be a tracker's, not where the link goes.
    const l = link.opens && isPlaceholderHref(link.href) && /^https?:/i.test(link.opens) && links.isOwn(link.opens) ? { ...link, href: link.opens } : link;
    if (/^(?:tel|mailto|sms|whatsapp|callto):/i.test(l.href)) continue;
    let kinds = classifyLink(l.href, l.text, l.label, l.region, links.siteHosts);
    if (kinds.includes('account') && (isStaffOrCommentLogin(l) || isCommentLoginPrompt(view.doc.text, l.text))) kinds = kinds.filter((k) => k !== 'account');
    // "myPurdue" → wl.mypurdue.purdue.edu: the portal named "my" + the organisation, on its own domain.
    if (!kinds.length && /^https?:/i.test(l.href) && links.isOwn(l.href) && namesOwnPortal(l.text || l.label, brands ??= ownBrands(view, links))) kinds = ['account'];
    // …and so does an icon whose address is that name (Altice Dominicana's user icon → /mi-altice).
    if (!kinds.length && !(l.text || l.label).trim() && /^https?:/i.test(l.href) && links.isOwn(l.href) && namesOwnPortal(decodeSegment(lastPathSegment(l.href)), brands ??= ownBrands(view, links))) kinds = ['account'];
    // A public body's "Central de atendimento" is its citizens' service desk (the ALESP's, the ALECE's, the
    // Ministry of Justice's: phone lines, opening hours, an ombudsman), which the words also make the
    // contact page; a shop's is its help centre.
    if (kinds.includes('help') && kinds.includes('contact') && SERVICE_DESK.test(fold(l.text || l.label).trim()) && (links.siteHosts ?? []).some((h) => PUBLIC_BODY_HOST.test(h))) kinds = kinds.filter((k) => k !== 'help');
    // A "#" link whose click handler opens the sign-in (Diario Libre's "MiDL": showLoginModal()) is the sign-in.
    const wired = callsSignin(l.handler);
    if (wired && !kinds.includes('account')) kinds = [...kinds, 'account'];
    // An icon-only link in the header whose own class opens the sign-in (Ceneo's person icon,
    // a.js_open-login-popup-button → its wish lists, holdout 35): the script turns it into the log-in pop-up.
    if (!kinds.length && l.visible && !`${l.text}${l.label}`.trim() && (l.region === 'header' || l.region === 'nav') && isWiredSignin(l.selector)) kinds = ['account'];
    if (!kinds.length) continue;
    if (/^https?:/i.test(l.href) && !links.isOwn(l.href)) {
      const named = kindsFromText(l.text || l.label);
      // A help-desk platform's help centre is the organisation's own account there, whatever
      // the link says; another organisation's help host ("support.apple.com" in an article) is not.
      // The group's policies count as the organisation's, when the link sits in the page's chrome or its
      // side blocks (Ameba's aside of the group's service links holds CyberAgent's 'プライバシーポリシー'), not in an article.
      group ??= groupDomains(view, links);
      // So do the site's own documents on a legal host that files them under the site's name
      // (GialloZafferano's "Condizioni d'uso" → privacy.stbm.it/site/giallozafferano/condizioni-generali.html, holdout 38).
      const groupPolicy = (group.has(siteOf(hostOf(l.href))) || filedUnderBrand(l.href, brands ??= ownBrands(view, links))) && l.region !== 'main';
      kinds = kinds.filter((k) => FOREIGN_KINDS.includes(k) && (named.includes(k) || k === 'help' && isHelpPlatform(l.href)) || POLICY_KINDS.includes(k) && groupPolicy);
      if (!kinds.length) continue;
    }
    const placeholder = isPlaceholderHref(l.href) || sameDocument(l.href, view.url) && /#/.test(l.href) && !/#\//.test(l.href);
    // A "#" link stands for a button that opens something (a login modal); hidden, it
    // opens nothing a visitor can reach. A real link in a collapsed menu still counts.
    if (placeholder && !l.visible) {
      // …unless the page's script wires it to its sign-in: then it is that sign-in, and only that.
      if (!kinds.includes('account') || !isWiredSignin(l.selector) && !wired) continue;
      kinds = ['account'];
    }
    // "Forgot your password?" sits inside a sign-in box (the Newspaper theme's "#" a#forgot-pass-link,
    // WordPress's wp-login.php?action=lostpassword under a security plugin's log-in panel): it
    // switches the box to its recovery view and opens none. Whether a sign-in is offered is for the
    // box's form and whatever opens it to say, not for this link.
    if (kinds.includes('account') && isRecoveryOnly(l.text || l.label, l.href)) kinds = kinds.filter((k) => k !== 'account');
    // So do the other links of a hidden sign-in box (a security plugin's "Login with a Magic
    // Link" → wp-login.php inside the theme's log-in pop-up): the box is offered by whatever
    // opens it, as its hidden form is (below), not by the links it holds.
    if (kinds.includes('account') && l.inSigninForm && !l.visible) kinds = kinds.filter((k) => k !== 'account');
    if (!kinds.length) continue;
    for (const k of kinds) {
      // A visible "#" link named for a policy opens it in place (a modal with the terms), as
      // an element without an href does; one named for a page section (a menu toggle) does not.
      if (placeholder && !BUTTON_KINDS.includes(k) && !POLICY_KINDS.includes(k)) continue;
      // A policy's name on "javascript:void()" with no click handler is a dead end (Laboratório dos
      // Notebooks' footer 'Política de Privacidade', under a lightbox that has no address to open;
      // Ponto Frio's insurance 'termos de uso'): a "#" may toggle a modal that holds the policy,
      // an address that runs nothing shows none.
      if (POLICY_KINDS.includes(k) && DEAD_HREF.test(l.href) && !l.handler && !l.opens) continue;
      // So is a WordPress menu item left on "#" (Risk Analytics Perú's 'Privacy' and 'Terms', li#menu-item-8975):
      // a custom link whose address was never filled in, or a heading for a submenu; the menu opens no modal.
      if (placeholder && POLICY_KINDS.includes(k) && WP_MENU_ITEM.test(l.selector)) continue;
      const target = placeholder ? undefined : links.lookup(l.href);
      // A link to a page that could not be read still says the page is offered; the
      // broken link is a finding of its own (site.links.broken), not a missing page.
      const unreadable = target?.error && target.error.code !== 'load-timeout' ? target.error : undefined;
      if (unreadable) broken.push({ kind: k, url: l.href, page: target!, text: l.text || l.label });
      const d = target && target.depth !== null ? Math.min(target.depth, next ?? Infinity) : next;
      const note: Message | undefined = unreadable ? { id: 'evidence.crawl.note.linkedUnreadable', values: { error: { msg: errorReason(unreadable) } } } : undefined;
      hits.push({ value: k, depth: d === Infinity ? null : d, via: 'link', ...(placeholder ? {} : { target: l.href }), source: src(view, { snippet: `${l.text || l.label} → ${l.href.slice(0, 120)}`, selector: l.selector, note }) });
    }
  }
  // Elements that act as links without an href (<span onclick="go_lien(this)">Política de
  // privacidade</span>): their words say where they lead; hidden ones lead nowhere a
  // visitor can reach.
  for (const l of view.doc.scriptLinks ?? []) {
    // A hidden one the page's script wires to its sign-in (isWiredSignin) still offers that sign-in.
    // A policy is a document at an address: an <a> with none that nothing made clickable is a
    // template's leftover (Htiger's footer: '隐私与 Cookie', '使用条款' with ids and no href). A
    // sign-in stays, as identity providers' scripts, which the crawl blocks, bind it (El Nuevo
    // Día's <a id="gigyaLoginLink">).
    const said = kindsFromText(l.text || l.label, 60).filter((k) => !(l.bare && (k === 'privacy' || k === 'terms')));
    const kinds = l.visible ? said : said.includes('account') && isWiredSignin(l.selector) ? ['account' as const] : [];
    for (const k of kinds) {
      hits.push({ value: k, depth: next, via: 'link', source: src(view, { snippet: `${l.text || l.label}${l.onclick ? ` (onclick: ${l.onclick.slice(0, 60)})` : ''}`, selector: l.selector, note: { id: 'evidence.signal.note.scriptLink' } }) });
    }
  }
  for (const b of view.doc.buttons) {
    // An <input type="submit|button"> is a form's own control: it sends the fields beside it (the
    // Newspaper theme's sign-in box's "LOG IN"), it opens nothing; the form says what it signs in to.
    if (/^input\b/i.test(b.selector.split('>').pop()!.trim())) continue;
    let said = kindsFromText(b.text || b.label, 40);
    // A button named "my" and the organisation ("Mi idealo", "Mi Movistar") opens the customer's account menu.
    if (!said.length && namesOwnPortal(b.text || b.label, brands ??= ownBrands(view, links))) said = ['account'];
    for (const k of said) {
      if (!BUTTON_KINDS.includes(k)) continue;
      hits.push({ value: k, depth: next, via: 'button', source: src(view, { snippet: b.text || b.label, selector: b.selector }) });
    }
  }
  const FORM_KIND: Partial<Record<FormPurpose, PageKind>> = { login: 'account', register: 'register', tracking: 'orderTracking', claimTracking: 'claimsTracking', invoice: 'invoices' };
  for (const f of forms) {
    const k = FORM_KIND[f.value];
    // A hidden sign-in form is a pop-up's (a theme's log-in box): a visitor reaches it only
    // through what opens it, and that link or button counts by itself.
    if (k === 'account' && f.hidden) continue;
    if (k) hits.push({ value: k, depth, via: 'form', source: withNotes(f.source, { id: 'evidence.signal.note.form', values: { purpose: f.value } }) });
  }
  // A tracking page embedded in this one is its tracking form, offered here (4-72's home page frames
  // enviosonline.4-72.com.co/portal/rastreo.html under 'Rastrear envío'). Only the frame's own page
  // counts, and only for tracking: a frame in a /rastreo/ section may be anything.
  for (const f of view.doc.iframes) {
    if (!f.src || !/^https?:/i.test(f.src)) continue;
    for (const k of kindsFromUrl(f.src, true)) {
      if (k !== 'orderTracking' && k !== 'claimsTracking') continue;
      hits.push({ value: k, depth, via: 'frame', source: src(view, { snippet: f.src, note: { id: 'evidence.signal.note.trackingFrame' } }) });
    }
  }
  // An FAQ section on any page (accordion under "Preguntas frecuentes").
  for (const h of view.doc.headings) {
    const t = fold(h);
    if (t.length <= 60 && /\b(?:preguntas frecuentes|faqs?|frequently asked questions|perguntas frequentes|dudas frecuentes|preguntas y respuestas)\b/.test(t)) {
      hits.push({ value: 'help', depth, via: 'section', source: src(view, { snippet: h, note: { id: 'evidence.signal.note.faqSection' } }) });
      break;
    }
  }
  // A privacy policy set out on the page, under a heading that is wholly its name (TeleCentro's terms
  // dialog opens with '<h3>Política de Privacidad</h3>' and its personal-data statement): the page is,
  // or holds, the policy. A heading that only mentions one ("Nueva política de privacidad de…") is news.
  const policy = view.doc.headings.find((h) => PRIVACY_HEADING.test(fold(h).trim()));
  if (policy) hits.push({ value: 'privacy', depth, via: 'section', source: src(view, { snippet: policy, note: { id: 'evidence.signal.note.privacySection' } }) });
  return { hits, brokenLinks: broken };
}

/** "Central de atendimento" and nothing else. */
const SERVICE_DESK = /^central de atendimento$/;
/** Hosts of public bodies: Brazil's executive, legislatures, courts and prosecutors; "gob"/"gov" elsewhere. */
const PUBLIC_BODY_HOST = /(?:^|\.)(?:gov|gob|leg|jus|mp)\.[a-z]{2}$|\.gov$/;

/** A WordPress navigation menu's item ("li#menu-item-8975 > a"). */
const WP_MENU_ITEM = /(?:^|[\s>])li#menu-item-\d+\s*>\s*a\b[^>]*$/;

/** "javascript:void(0)", "javascript:;", "javascript:": an address that runs nothing. */
const DEAD_HREF = /^javascript:\s*(?:void\s*\(\s*0?\s*\)|undefined)?\s*;?\s*$/i;

const DELIVERY = /\b(?:envio|envios|entrega|entregas|despacho|despachos|delivery|shipping|ships|llega|recibe(?:s|lo)?|entregamos|enviamos|despachamos|frete|receba)\b[^.\n]{0,60}?(?:\b\d{1,2}\s*(?:a|-|–|to|y|ou)\s*\d{1,2}\s*(?:dias(?: habiles| calendario)?|horas|hours|days|business days|working days|dias uteis)\b|\b\d{1,3}\s*(?:dias(?: habiles| calendario)?|horas|hours|days|business days|working days|dias uteis|hrs?)\b|\bmismo dia\b|\bsame[- ]day\b|\bnext[- ]day\b|\bdia siguiente\b|\bal dia siguiente\b|\bmesmo dia\b)/;

/** Delivery promises as written ("Envío en 24 horas", "entrega de 3 a 5 días hábiles"). */
export function extractDelivery(view: DocView): Finding<string>[] {
  const hits: Finding<string>[] = [];
  // Table cells come as tab-separated text: each cell is a statement of its own (a
  // procedures table's "firma y entrega en la Ventanilla" and "5 días hábiles" are not one promise).
  for (const line of view.doc.text.split(/[\n\t]+/)) {
    const l = line.replace(/\s+/g, ' ').trim();
    if (!l || l.length > 220) continue;
    if (DELIVERY.test(fold(l))) hits.push({ value: l.length > 140 ? l.slice(0, 139) + '…' : l, source: src(view, { snippet: l }) });
  }
  return hits;
}
