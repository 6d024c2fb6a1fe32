/**
 * The serialisable shapes the browser side produces and the pure extractors consume.
 * Everything in a snapshot came from a page and is untrusted data: it is read, never
 * executed, and every string in it is bounded in length.
 */
import type { Message } from '../i18n/index.js';
import type { SitemapCollection } from '../net/sitemap.js';
import type { SiteIdentity } from './identity.js';

export type PageKind =
  | 'home'
  | 'contact'
  | 'help'
  | 'account'
  | 'register'
  | 'orderTracking'
  | 'complaints'
  | 'claimsTracking'
  | 'privacy'
  | 'terms'
  | 'storeLocator'
  | 'news'
  | 'invoices'
  | 'payments'
  | 'security'
  | 'document';

export interface LinkInfo {
  /** Resolved href (absolute for http(s); as written for tel:, mailto:, whatsapp:, …). */
  href: string;
  text: string;
  /** aria-label, title or the alt text of an image inside the link. */
  label: string;
  visible: boolean;
  /** header | nav | footer | main | aside | other */
  region: string;
  selector: string;
  /**
   * For a link whose href leads nowhere ("javascript://", "#"), the address its inline
   * click handler opens (a window.open popup, a dialog's URL). Absent otherwise, and in
   * snapshots taken before it was collected.
   */
  opens?: string;
  /**
   * For a link whose href leads nowhere, the start of the inline click handler it or an
   * element inside it carries (Diario Libre's <a href="#"><div onclick="showLoginModal();">MiDL</div></a>),
   * bounded. Absent otherwise, and in snapshots taken before it was collected.
   */
  handler?: string;
  /**
   * True when the link sits inside a sign-in form (a form with a password field): a
   * sign-in box's own links ("Login with a Magic Link", "Forgot password?"). Absent
   * otherwise, and in snapshots taken before it was collected.
   */
  inSigninForm?: true;
  /**
   * For a tel: link inside a box that repeats beside boxes like it (a directory's cards, a
   * carousel's slides): that entry's heading and the http(s) addresses it links to, bounded.
   * Absent for other links, outside such boxes, and in snapshots taken before it was collected.
   */
  entry?: { name: string; sites: string[] };
  /**
   * For a link in a submenu (li > ul > li), the words of the menu item that opens that submenu
   * (TJES's 'PÚBLICO INTERNO' over its staff's payslip and password pages), bounded. Absent
   * otherwise, and in snapshots taken before it was collected.
   */
  menu?: string;
}

/** An element that acts as a link without an href: a <span onclick="go_lien(this)"> menu item, role="link". */
export interface ScriptLinkInfo {
  text: string;
  /** aria-label or title. */
  label: string;
  visible: boolean;
  /** header | nav | footer | main | aside | other */
  region: string;
  selector: string;
  /** The start of its onclick handler, bounded ('' for role="link"). */
  onclick: string;
  /**
   * An <a> with no address, no onclick, no role and no click handler a script of the page
   * bound (as far as the crawl saw: a third-party script it blocked binds nothing).
   */
  bare?: boolean;
}

export interface ButtonInfo {
  text: string;
  label: string;
  visible: boolean;
  selector: string;
}

export interface FieldInfo {
  tag: string;
  type: string;
  name: string;
  id: string;
  label: string;
  placeholder: string;
  autocomplete: string;
  required: boolean;
  /** The first option texts of a select. */
  options?: string[];
  /** Not shown (display:none, a Bootstrap "d-none" box): a spam trap when the rest of its form is shown. */
  hidden?: boolean;
}

export interface FormInfo {
  action: string;
  method: string;
  id: string;
  className: string;
  /** Nearest heading before or around the form. */
  heading: string;
  /** The form's own visible text (labels, buttons), bounded. */
  text: string;
  fields: FieldInfo[];
  /** Hidden inputs name=value (value bounded), e.g. form_type=contact. */
  hidden: string[];
  submit: string[];
  visible: boolean;
  /** true when the fields are not inside a <form> element (React / VTEX style). */
  pseudo: boolean;
  selector: string;
  /** Class/id tokens of the ancestors (e.g. wpcf7, contact-form, pqrs). */
  context: string;
}

export interface ScriptInfo {
  /** src, or a deferred-loader attribute (data-src, data-rocket-src …). */
  src: string;
  id: string;
  type: string;
}

export interface FrameInfo {
  src: string;
  title: string;
  name: string;
  id: string;
  visible: boolean;
  /**
   * Ids and classes of the frame and its ancestors, as for forms (a form service's frame
   * in a "footer-signup" box is a newsletter sign-up). Absent in snapshots taken before it
   * was collected.
   */
  context?: string;
}

export interface MicrodataItem {
  types: string[];
  props: Record<string, (string | MicrodataItem)[]>;
}

export interface MarkerHit {
  selector: string;
  snippet: string;
}

export interface ChatCandidate {
  tag: string;
  id: string;
  className: string;
  title: string;
  label: string;
  text: string;
  href: string;
  fixed: boolean;
  visible: boolean;
  whatsapp: boolean;
  selector: string;
}

/** What the in-page collector returns for one document (page or same-origin frame). */
export interface DocumentData {
  url: string;
  title: string;
  lang: string;
  viewport: string | null;
  hreflang: { lang: string; href: string }[];
  canonical: string;
  meta: Record<string, string>;
  /** h1 texts. */
  h1: string[];
  /** h1–h4 texts in document order, bounded. */
  headings: string[];
  links: LinkInfo[];
  /**
   * Elements that act as links without an href (obfuscated <span onclick> navigation,
   * role="link"), one per text, from the start and the end of the document (where
   * site-wide menus and footers are), bounded. Absent in snapshots taken before it was
   * collected.
   */
  scriptLinks?: ScriptLinkInfo[];
  buttons: ButtonInfo[];
  /** Rendered text (innerText of the body). */
  text: string;
  /** Text of hidden parts (collapsed menus, mobile-only blocks), bounded. */
  hiddenText: string;
  forms: FormInfo[];
  scripts: ScriptInfo[];
  /**
   * Stylesheet URLs (<link rel="stylesheet">), bounded. A site's own chat module often
   * shows only as its stylesheet and an inline start call. Absent in snapshots taken
   * before it was collected.
   */
  stylesheets?: string[];
  /** Inline script bodies, each bounded; read as data only. */
  inlineScripts: string[];
  /**
   * Chat endpoints (URLs naming a chat or a live agent) that long inline scripts name
   * past the part of their body kept in inlineScripts (a state JSON's
   * "BASE_LIVE_AGENT_URL"), bounded. Settings only: they name the vendor of a chat
   * widget the page shows. Absent in snapshots taken before it was collected.
   */
  chatEndpoints?: string[];
  /**
   * URLs that elements' inline click handlers open (window.open('…'), location = '…'),
   * bounded: an old-style chat button (WebsiteAlive, Talisma) is an image whose handler
   * opens the vendor's chat window, with no script of the vendor on the page. Absent in
   * snapshots taken before it was collected.
   */
  openedUrls?: string[];
  iframes: FrameInfo[];
  jsonLd: string[];
  microdata: MicrodataItem[];
  /** Known chat globals present on window (names from the vendor table). */
  globals: string[];
  /** Known vendor DOM containers present (selectors from the vendor table). */
  markers: MarkerHit[];
  chatCandidates: ChatCandidate[];
  /** Cloudflare-protected e-mail addresses (data-cfemail hex). */
  cfEmails: string[];
  /** data-* attributes of WhatsApp button plugins (joinchat, click-to-chat), bounded. */
  whatsappWidgets: string[];
  /**
   * Text labelled by an icon instead of a word, bounded: `<i class="fa fa-whatsapp"></i>
   * 11-5799-0114` or a fax icon before a number. Absent in snapshots taken before it was
   * collected.
   */
  iconLabels?: { icon: 'whatsapp' | 'fax'; text: string }[];
  /**
   * An icon font's glyph and the text right after it, bounded: `<span class="icon email">2</span>ventas@…`
   * reads "2ventas@…" in the page's text, the glyph's character run into the address.
   * Absent in snapshots taken before it was collected.
   */
  glyphRuns?: { glyph: string; after: string }[];
  searchInputs: number;
  /** Where the first search box is. */
  searchSelector: string;
  passwordInputs: number;
  /** <time datetime> values, bounded. */
  times: string[];
}

export interface PageSnapshot extends DocumentData {
  requestedUrl: string;
  finalUrl: string;
  status: number | null;
  redirects: string[];
  headers: Record<string, string>;
  /** URLs the page asked for (scripts, frames, XHR), including third-party ones that were blocked. */
  requests: { url: string; type: string; blocked: boolean }[];
  /** Same-origin frames, each collected like a page. */
  frames: DocumentData[];
  /**
   * The document as its server sent it, read with scripts off: only when the page's own
   * scripts cut it short (fewer than half the links the server sent are left once they ran).
   */
  asServed?: DocumentData;
}

export interface PageError {
  code: string;
  /** The reason in English, for logs and saved files. */
  message: string;
  /** The reason as a catalogue message, worded in the reader's language. */
  reason?: Message;
}

/** One crawled page as the crawler saw it; `snapshot` is absent when nothing could be read. */
export interface CrawledPage {
  url: string;
  finalUrl?: string;
  status: number | null;
  depth: number | null;
  kinds: PageKind[];
  /** Texts of the links through which the crawler found this page. */
  linkTexts: string[];
  /** Where a redirect left the site (e.g. /whatsapp → https://wa.me/…). */
  offsiteRedirect?: string;
  /**
   * Where the page, once arrived, tried to send the browser by itself. The navigation
   * was held back and what the page showed was read.
   */
  left?: PageLeft;
  contentType?: string;
  error?: PageError;
  snapshot?: PageSnapshot;
}

/**
 * A navigation the page started by itself and the crawl held back: `script`, a script
 * sending the visitor to another origin; `loop`, a refresh or redirect that kept
 * navigating; `unreadable`, a script sending the visitor to a page of the site that
 * answered with an HTTP error (the page was visited again and kept where it was).
 */
export interface PageLeft {
  to: string;
  how: 'script' | 'loop' | 'unreadable';
  /** For `unreadable`: the HTTP status the page it was sent to answered with. */
  status?: number;
}

export type { SitemapEntry } from '../net/sitemap.js';

export interface SiteInfo {
  /** The start URL as given. */
  target: string;
  /** The home page URL after redirects. */
  home: string;
  /** Which URLs are the organisation's own (see identity.ts). */
  identity: SiteIdentity;
  country: string;
  pages: CrawledPage[];
  /** The sitemaps as read once for the whole run (crawl seeds, freshness). */
  sitemap: SitemapCollection;
  https: { servedOverHttps: boolean; httpRedirectsToHttps: boolean | null; hsts: boolean; detail: string; certError?: string };
  /** Queued pages not visited because of maxPages or the time budget. */
  notVisited: number;
  /** Pages read and held back per URL pattern (the crawl budget), most read first. */
  budget?: { pattern: string; read: number; skipped: number }[];
  truncatedBy?: 'maxPages' | 'time';
  /** When the crawl ran (ISO). */
  collectedAt: string;
}
