/** Small text helpers shared by the extractors. All pure. */
import { joinedNotes, reason, type Message } from '../../i18n/index.js';
import type { Source } from '../../types.js';
import type { CrawledPage, DocumentData, PageSnapshot } from '../types.js';

/** Lower-case, accents removed, whitespace collapsed: "Contáctenos " → "contactenos". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words run together in camelCase, as Java, JSP and .NET sites name their pages and fields
 * ("ajudaSuporteAdvogado.html", "faqPage.aspx", "PreguntasFrecuentes", "emailId"), apart: a
 * lower-case letter before a capital starts a word, and so does the last capital of a run that
 * opens a word ("FAQPage" → "FAQ-Page"). A run of capitals ("FAQ", "PQRSD") and a plural "FAQs"
 * stay whole.
 */
export function splitCamelCase(s: string): string {
  return s.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2').replace(/(\p{Lu}+)(\p{Lu}\p{Ll}{2,})/gu, '$1-$2');
}

/** A link that leads nowhere by itself: no address, a "javascript:" one or a bare "#…" fragment (a button). */
export function isPlaceholderHref(href: string): boolean {
  return !href || /^javascript:/i.test(href) || /^#/.test(href);
}

/**
 * Characters a page puts inside words that are not part of them: soft hyphens (U+00AD,
 * where a word may break: "pe\u00ADter.christo\u00ADpher@guardian.co.tt"), zero-width
 * spaces and joiners, word joiners and byte-order marks. innerText keeps them, so an
 * address or a number written with them reads as cut in two.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** The text without invisible characters, and where each of its characters stood in the original. */
export function withoutInvisibles(text: string): { text: string; at: (i: number) => number } {
  if (!INVISIBLE.test(text)) return { text, at: (i) => i };
  const pos: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (INVISIBLE.test(text[i]!)) continue;
    pos.push(i);
    out += text[i];
  }
  pos.push(text.length);
  return { text: out, at: (i) => pos[Math.min(i, pos.length - 1)]! };
}

export function clip(s: string, max = 120): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** The text around [start, end), on one line, for provenance. */
export function snippetAround(text: string, start: number, end: number, radius = 40): string {
  let a = Math.max(0, start - radius);
  let b = Math.min(text.length, end + radius);
  const nlBefore = text.lastIndexOf('\n', start - 1);
  if (nlBefore >= a) a = nlBefore + 1;
  const nlAfter = text.indexOf('\n', end);
  if (nlAfter !== -1 && nlAfter < b) b = nlAfter;
  return clip(text.slice(a, b), radius * 2 + (end - start) + 2);
}

/** A value seen on a page, with where. */
export interface Finding<T = unknown> {
  value: T;
  source: Source;
}

/** One document to read: the page itself or one of its same-origin frames. */
export interface DocView {
  doc: DocumentData;
  page: CrawledPage;
  snapshot: PageSnapshot;
  /** URL to cite: the page URL, or the frame URL for frames. */
  url: string;
  inFrame: boolean;
  /** The page as its server sent it, read without scripts because they cut it short. */
  asServed?: boolean;
}

/** The page and its same-origin frames, as documents to read. */
export function documentsOf(page: CrawledPage): DocView[] {
  const snap = page.snapshot;
  if (!snap) return [];
  const out: DocView[] = [{ doc: snap, page, snapshot: snap, url: snap.finalUrl || page.url, inFrame: false }];
  // A frame of about:srcdoc or about:blank is cited by the page that holds it: evidence names web pages only.
  for (const f of snap.frames ?? []) out.push({ doc: f, page, snapshot: snap, url: /^https?:/i.test(f.url) ? f.url : snap.finalUrl || page.url, inFrame: true });
  if (snap.asServed) out.push({ doc: snap.asServed, page, snapshot: snap, url: snap.finalUrl || page.url, inFrame: false, asServed: true });
  return out;
}

/**
 * Source notes as one catalogue message, so a report words them in its reader's language
 * (the English text stays in `note` for logs and saved files). Several notes are joined.
 */
export function notes(...parts: (Message | undefined)[]): Pick<Source, 'note' | 'noteReason'> {
  const shown = parts.filter((m): m is Message => !!m);
  if (!shown.length) return {};
  const m = joinedNotes(shown);
  const r = reason(m.id, m.values);
  return { note: r.message, noteReason: r.reason };
}

/** A source with one more note after the ones it has. */
export function withNotes(s: Source, ...more: Message[]): Source {
  const had: Message | undefined = s.noteReason ?? (s.note ? { id: 'evidence.legacy', values: { detail: s.note } } : undefined);
  return { ...s, ...notes(had, ...more) };
}

/** The note of a finding read in the page's collapsed or hidden text. */
export const HIDDEN: Message = { id: 'evidence.signal.note.hidden' };

/** A source for a finding in a document. */
export function src(view: DocView, detail: { snippet?: string; selector?: string; note?: Message | (Message | undefined)[] }): Source {
  const s: Source = { url: view.url };
  if (detail.snippet) s.snippet = clip(detail.snippet, 160);
  if (detail.selector) s.selector = detail.selector;
  Object.assign(s, notes(
    view.inFrame ? { id: 'evidence.signal.note.inFrame', values: { url: view.page.finalUrl ?? view.page.url } } : undefined,
    view.asServed ? { id: 'evidence.signal.note.asServed' } : undefined,
    ...(Array.isArray(detail.note) ? detail.note : [detail.note]),
  ));
  return s;
}

/** Splits text into lines, trimmed, without empties. */
export function lines(text: string): string[] {
  return text.split(/\n+/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Host of a URL, lower-case, or '' when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

const TWO_LEVEL_SUFFIXES = new Set([
  'com.co', 'net.co', 'org.co', 'gov.co', 'edu.co', 'mil.co', 'nom.co',
  'com.mx', 'org.mx', 'gob.mx', 'edu.mx',
  'com.br', 'net.br', 'org.br', 'gov.br',
  'com.ar', 'gob.ar', 'org.ar', 'com.pe', 'gob.pe', 'org.pe', 'com.ec', 'gob.ec', 'com.uy', 'com.py', 'com.bo', 'com.ve',
  'com.pa', 'com.gt', 'com.sv', 'com.do', 'com.cl', 'co.cr', 'or.cr', 'go.cr',
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'com.es', 'org.es', 'com.pt',
]);

/** Registrable domain by a small public-suffix table; IPs and localhost stay whole. */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  const parts = h.split('.');
  const last2 = parts.slice(-2).join('.');
  if (TWO_LEVEL_SUFFIXES.has(last2) && parts.length >= 3) return parts.slice(-3).join('.');
  return last2;
}

export function sameSite(a: string, b: string): boolean {
  const ha = hostOf(a);
  const hb = hostOf(b);
  return !!ha && !!hb && siteOf(ha) === siteOf(hb);
}

/** Unique by key, first occurrence wins. */
export function uniqBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const it of items) {
    const k = key(it);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(it);
  }
  return out;
}

/**
 * A product's spec sheet or product-safety (GPSR) block gives the maker's service lines:
 * a value whose own cell or label names the supplier or manufacturer ("SAC do
 * Fornecedor\tatendimento@asus.com", "Fabricante: …"), or one under the EU product-safety
 * heading of the maker or responsible person ("Detalhes de segurança do produto",
 * "Fabricante/Pessoa responsável", "Operador económico : Fabricante" … "Telefone : +33 1 …")
 * is that other company's, not the shop's. So is a marketplace seller's block under a listing
 * ("Business seller information … Email: phenixempor@gmail.com" on eBay, "Información del
 * vendedor"): the seller's address, not the marketplace's.
 */
const MAKER_LABEL = /^(?:(?:sac|atendimento|contato|contacto|e-?mail|correo|telefone|telefono|phone|contact|servicio|service|customer service)\s+(?:do|da|del|de|of the|of)\s+)?(?:fornecedor|fabricante|manufacturer|supplier|proveedor)$/;
const PRODUCT_SAFETY_HEADING = /\b(?:pessoa responsavel|persona responsable|operador economico|economic operator|(?:detalhes|informac(?:oes|ao)) de seguranca do produto|(?:informacion|datos) de seguridad del producto|product safety (?:information|details)|gpsr|(?:business )?seller(?:'s)? (?:information|details|contact(?: details)?)|about (?:the|this) seller|(?:informacion|datos) del vendedor|(?:informacoes|dados) do vendedor|sobre (?:el|o) vendedor)\b/;

export function inMakersBlock(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const own = text.slice(lineStart, start);
  const cell = own.slice(own.lastIndexOf('\t', own.length - 2) + 1);
  // The label ends its cell (a tab) or is followed by a colon.
  const label = (t: string): boolean => /[:\t]\s*$/.test(t) && MAKER_LABEL.test(fold(t).replace(/[\s:]+$/, ''));
  if (label(cell) || label(own)) return true;
  // A table whose cells the page text gives one per line: the label cell ends the line above ("SAC do Fornecedor\t\natendimento@…").
  if (!own.trim()) {
    const prev = text.slice(0, lineStart).replace(/\n+$/, '');
    const prevLine = prev.slice(prev.lastIndexOf('\n') + 1);
    if (label(prevLine.slice(prevLine.lastIndexOf('\t', prevLine.length - 2) + 1))) return true;
  }
  // The product-safety block: its heading at most ten lines and 600 characters above.
  const above = text.slice(Math.max(0, lineStart - 600), lineStart).split('\n').filter((l) => l.trim()).slice(-10);
  return above.some((l) => l.length <= 80 && PRODUCT_SAFETY_HEADING.test(fold(l)));
}

/**
 * A contributor's tagline at the end of a column or an op-ed: the paragraph opens with a
 * person's name and what they are ("Candice Sealey is the Founder & Principal Consultant at
 * Ignite! … Follow us on FB & IG 784-432-2223. Email: …", "Lindsey Cook is a data reporter
 * for U.S. News & World Report … reach her at lcook@usnews.com"). The lines and addresses in
 * it are that person's or their own firm's. Only a name (two to four capitalised words) then
 * "is the/a/an" and a word of a person's trade within the first words: a company that
 * describes itself ("Acme Plumbing is a family business") names no trade of a person.
 */
const BIO_OPENING = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+is\s+(?:the|a|an)\s+([^\n]{0,80})/u;
const BIO_TRADE = /^(?:[a-z&,'’-]+\s+){0,5}?(?:co-?founder|founder|ceo|chief executive|managing director|director|consultant|columnist|writer|author|journalist|reporter|correspondent|contributor|editor|attorney|lawyer|professor|lecturer|coach|analyst|economist|partner|principal|specialist|strategist|freelance\w*)\b/;

export function inContributorsBio(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const m = BIO_OPENING.exec(text.slice(lineStart, Math.max(lineStart, start)));
  return !!m && BIO_TRADE.test(fold(m[1]!));
}
