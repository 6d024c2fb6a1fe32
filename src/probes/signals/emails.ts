/**
 * E-mail addresses from mailto: links, text, obfuscated forms ("ayuda [at] tienda
 * [dot] co", "ventas (arroba) tienda (punto) com") and Cloudflare's e-mail protection.
 * Placeholders (usuario@dominio.com), image names (logo@2x.png), monitoring addresses
 * (…@sentry.io) and addresses inside URLs written in the text (a share link's query
 * string) are not published contact addresses.
 */
import { type DocView, type Finding, fold, HIDDEN, inContributorsBio, inMakersBlock, snippetAround, src, withoutInvisibles } from './text.js';

const EMAIL = /[a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9_])?@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}/gi;

const AT = String.raw`\s*(?:\[\s*(?:at|arroba)\s*\]|\(\s*(?:at|arroba)\s*\)|\{\s*(?:at|arroba)\s*\}|<\s*(?:at|arroba)\s*>|\s(?:at|arroba)\s|\[@\]|\(@\))\s*`;
const DOT = String.raw`\s*(?:\[\s*(?:dot|punto|ponto)\s*\]|\(\s*(?:dot|punto|ponto)\s*\)|\{\s*(?:dot|punto|ponto)\s*\}|<\s*(?:dot|punto|ponto)\s*>|\s(?:dot|punto|ponto)\s|\[\.\]|\(\.\)|\.)\s*`;
const OBFUSCATED = new RegExp(String.raw`\b([a-z0-9][a-z0-9._%+-]{0,63})${AT}((?:[a-z0-9-]{1,63}${DOT}){1,4}[a-z]{2,24})\b`, 'gi');

const PLACEHOLDER_DOMAINS = /^(?:example\.(?:com|org|net)|ejemplo\.com|(?:my|your|tu|mi|su|seu|meu)?(?:domain|dominio)\.(?:com|net|org|co|[a-z]{2}|(?:com|co|org|net)\.[a-z]{2})|email\.com|correo\.com|mail\.com|tucorreo\.com|sucorreo\.com|company\.com|empresa\.com|test\.com|sentry\.io|[a-z0-9.-]*\.sentry\.io|sentry-next\.wixpress\.com|[a-z0-9.-]*wixpress\.com)$/;
const PLACEHOLDER_LOCALS = /^(?:usuario|user|username|nombre|name|tu(?:nombre|correo|email)|your(?:name|email)|email|correo|ejemplo|example|test|john\.?doe|jane\.?doe|juan\.?perez|xxx+|abc)$/;
const FILE_TLDS = /\.(?:png|jpe?g|gif|webp|svg|avif|ico|css|js|json|pdf|mp4|webm|woff2?|ttf|php|html?)$/;

/** Lower-case, valid-looking, not a placeholder or file name; else null. */
export function cleanEmail(raw: string): string | null {
  // "mailto:mailto: web@…": an href that repeats the scheme, with a space after it, still names its address.
  const e = raw.trim().replace(/^(?:mailto:\s*)+/i, '').replace(/^\/\//, '').toLowerCase();
  if (!/^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,24}$/.test(e)) return null;
  const [local, domain] = e.split('@') as [string, string];
  if (FILE_TLDS.test(e) || /@\d+x\./.test(e)) return null;
  // A placeholder word on both sides ("email@usuario.com.br" in a logged-out account menu) is a template, not a mailbox.
  if (PLACEHOLDER_DOMAINS.test(domain) || PLACEHOLDER_LOCALS.test(local) && /^(?:dominio|domain|example|ejemplo|correo|email|mail|usuario|user|seudominio|seuemail|tudominio|suempresa|tuempresa|empresa)\./.test(domain)) return null;
  if (/^[0-9a-f]{20,}$/.test(local)) return null; // hashes (tracking ids), not mailboxes
  if (domain.includes('..') || local.startsWith('.') || local.endsWith('.')) return null;
  return e;
}

/** Cloudflare e-mail protection: hex string whose first byte XORs the rest. */
export function decodeCfEmail(hex: string): string | null {
  if (!/^[0-9a-f]{4,}$/i.test(hex) || hex.length % 2) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return cleanEmail(out);
}

function fromMailto(href: string): string[] {
  let body = href.replace(/^mailto:/i, '').split('?')[0] ?? '';
  try {
    body = decodeURIComponent(body);
  } catch {
    /* keep raw */
  }
  return body.split(/[,;]/).map((x) => cleanEmail(x)).filter((x): x is string => !!x);
}

/** Whether the match at `start` sits inside a URL written in the text (a share link's query, a path). */
function insideUrl(text: string, start: number): boolean {
  const tokenStart = Math.max(text.lastIndexOf(' ', start - 1), text.lastIndexOf('\n', start - 1), text.lastIndexOf('\t', start - 1)) + 1;
  const before = text.slice(tokenStart, start);
  return /:\/\/|^www\.|[?&][\w.-]*=|%40|\/[^/\s]*\/$/.test(before) || /[=%/]$/.test(before);
}

export function emailsInText(written: string): { email: string; start: number; end: number; obfuscated: boolean }[] {
  // Read without soft hyphens and zero-width characters ("pe\u00ADter.christo\u00ADpher@…" is peter.christopher@…);
  // positions are given back in the text as written.
  const { text, at } = withoutInvisibles(written);
  const out: { email: string; start: number; end: number; obfuscated: boolean }[] = [];
  for (const m of text.matchAll(EMAIL)) {
    // An address in a URL's query string (a share link shown as text) is not one the page publishes.
    if (insideUrl(text, m.index ?? 0)) continue;
    // Right after "@": a social handle run into the address by the page's layout
    // ("@elmoral_es" + "fmorales@elespectador.com" read as "@elmoral_esfmorales@…"), or a
    // fediverse handle ("@ayuda@mastodon.social"): either way not this address.
    if (text[(m.index ?? 0) - 1] === '@') continue;
    const e = cleanEmail(m[0]);
    if (e) out.push({ email: e, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, obfuscated: false });
  }
  for (const m of text.matchAll(OBFUSCATED)) {
    const whole = m[0];
    // Plain addresses were handled above; here at least the @ must have been spelled out.
    if (whole.includes('@') && !/\[@\]|\(@\)/.test(whole)) continue;
    const domain = (m[2] ?? '').replace(new RegExp(DOT, 'gi'), '.');
    // "at" and "dot" as plain words are ordinary English; require brackets for them.
    if (/\s(?:at|dot)\s/i.test(whole) && !/[[({<]/.test(whole)) continue;
    const e = cleanEmail(`${m[1]}@${domain}`);
    if (e) out.push({ email: e, start: m.index ?? 0, end: (m.index ?? 0) + whole.length, obfuscated: true });
  }
  return out.map((h) => ({ ...h, start: at(h.start), end: at(h.end - 1) + 1 }));
}

/**
 * A byline's cue and the name it gives: "By Alissa Wilkinson", "Autor: Alina Perera Robbio",
 * "Por Carla Chévez", "Written by …". Capitalised words (and the particles between them)
 * right after the cue, at the end of what precedes an address on its line, with at most a
 * handle or a separator between the name and the address.
 */
const BYLINE = /(?:^|[^\p{L}])(?:[Bb]y|BY|[Pp]or|POR|[Aa]utora?|AUTORA?|[Aa]uthor|AUTHOR|[Ee]scrito por|[Ww]ritten by|[Rr]eportagem de|[Tt]exto de)\s*:?\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:(?:de|da|del|dos|das|van|von)\s+\p{Lu}[\p{L}'’-]*\s*){0,2})(?:@[\w.]{1,30})?[\s|,·•–—:-]{0,6}$/u;

/**
 * Whether the address at `start` is a writer's own mailbox in a byline: "By Alissa
 * Wilkinson@alissamarie alissa@vox.com", "Autor: Alina Perera Robbio | perera@juventudrebelde.cu":
 * its local part is made of the named person's names or their initials (alissa, perera,
 * cchevez, alina.perera). A newsroom's address in the same place ("Autor: Yaima Puig
 * Meneses | internet@granma.cu") is not a writer's own.
 */
export function bylineWritersAddress(text: string, start: number, email: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const m = BYLINE.exec(text.slice(Math.max(lineStart, start - 120), start));
  if (!m) return false;
  const names = fold(m[1]!).split(/[\s'’.-]+/).filter((n) => n.length >= 2 && !/^(?:de|da|del|dos|das|van|von)$/.test(n));
  if (!names.length) return false;
  const initials = new Set(names.map((n) => n[0]!));
  const isInitials = (t: string): boolean => t.length <= 3 && [...t].every((c) => initials.has(c));
  const tokens = email.slice(0, email.lastIndexOf('@')).replace(/\d+$/, '').split(/[._-]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => names.includes(t) || isInitials(t) || names.some((n) => t.length > n.length && (t.endsWith(n) && isInitials(t.slice(0, -n.length)) || t.startsWith(n) && isInitials(t.slice(n.length)))));
}

/** An address found on a page; `writer` when a byline gives it as its writer's own (see bylineWritersAddress). */
export interface EmailHit extends Finding<string> {
  writer?: boolean;
}

/** A credit to whoever built, designs or hosts the site (not a product's maker), just before a name or address ("Desarrollado por", "Web design by"). */
const BUILDER_CREDIT = /\b(?:(?:web ?site |web )?(?:development|design|designed|developed|built|hosting|hosted)(?: and (?:development|design|hosting))? by|(?:sitio |site |pagina |portal )?(?:desarrollad[oa]|disenad[oa]|desenvolvid[oa]|criad[oa]|elaborad[oa]|hospedad[oa]) (?:por|pela|pelo))[\s:]*$/;

/** Whether a link's text follows a site builder's credit in the page text. */
function creditsSiteBuilder(text: string, linkText: string): boolean {
  const t = linkText.trim();
  if (!t) return false;
  for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
    if (BUILDER_CREDIT.test(fold(text.slice(Math.max(0, i - 40), i)))) return true;
  }
  return false;
}

export function extractEmails(view: DocView): EmailHit[] {
  const hits: EmailHit[] = [];
  const credited = new Set<string>();
  for (const l of view.doc.links) {
    if (!/^mailto:/i.test(l.href)) continue;
    // The web agency's address in the footer credit ("Website development by <a mailto>IronClad
    // Web Technologies</a>") is the agency's, wherever the page writes it.
    if (creditsSiteBuilder(view.doc.text, l.text)) {
      for (const e of fromMailto(l.href)) credited.add(e);
      continue;
    }
    // A link that shows one address and sends to another ("informes@riskanalyticsperu.com" →
    // mailto:informes@risknalyticsperu.com, a typo in the target) offers the address it shows, which
    // the page text gives; the target is a slip, not a second mailbox.
    const shown = emailsInText(l.text).map((m) => m.email.toLowerCase());
    for (const e of fromMailto(l.href)) {
      if (shown.length && !shown.includes(e)) continue;
      hits.push({ value: e, source: src(view, { snippet: l.text || l.href, selector: l.selector }) });
    }
  }
  for (const hex of view.doc.cfEmails) {
    const e = decodeCfEmail(hex);
    if (e) hits.push({ value: e, source: src(view, { snippet: '[email protected]', note: { id: 'evidence.signal.note.cloudflareEmail' } }) });
  }
  // An icon font's glyph run into the address that follows it ("2" + "ventas@…" → "2ventas@…"): the address is what follows the icon.
  const glyphed = new Map<string, string>();
  for (const r of view.doc.glyphRuns ?? []) {
    const first = emailsInText(r.after)[0];
    if (first && first.start === 0) glyphed.set(`${r.glyph}${first.email}`.toLowerCase(), first.email);
  }
  // A word run into a mailto link's text by markup without a space ("by emailing<a
  // href="mailto:customerservice@…">customerservice@…</a>" reads "emailingcustomerservice@…"):
  // the address is the link's. Only a word of letters before it, and never when the longer
  // address is linked too (posventas@ and ventas@ are two mailboxes).
  const linked = hits.map((h) => h.value);
  const runInto = (e: string): string | undefined =>
    linked.includes(e) ? undefined : linked.filter((a) => e.endsWith(a) && /^[a-z]+$/.test(e.slice(0, e.length - a.length))).sort((a, b) => b.length - a.length)[0];
  const writers = new Set<string>();
  for (const [text, note] of [[view.doc.text, undefined], [view.doc.hiddenText, HIDDEN]] as const) {
    for (const m of emailsInText(text)) {
      if (credited.has(m.email) || BUILDER_CREDIT.test(fold(text.slice(Math.max(0, m.start - 40), m.start)))) continue;
      // The maker's address in a spec sheet or product-safety block is that company's.
      if (inMakersBlock(text, m.start)) continue;
      // A writer's own address in a byline: marked, wherever else the page links it, for withoutPersonalWebmail to judge by its domain.
      // So is an address in a contributor's tagline ("Lindsey Cook is a data reporter for … reach her at lcook@usnews.com").
      if (bylineWritersAddress(text, m.start, m.email) || inContributorsBio(text, m.start)) writers.add(m.email);
      hits.push({ value: glyphed.get(m.email) ?? runInto(m.email) ?? m.email, source: src(view, { snippet: snippetAround(text, m.start, m.end), note: [m.obfuscated ? { id: 'evidence.signal.note.obfuscated' } : undefined, note] }) });
    }
  }
  return hits.map((h) => (writers.has(h.value) ? { ...h, writer: true } : h));
}

/** Free webmail providers: an address there is whoever opened it, not a domain's mailbox. */
const WEBMAIL = /^(?:(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|protonmail|uol|bol|terra)\.[a-z]{2,3}(?:\.[a-z]{2})?|me\.com|proton\.me)$/;

/**
 * A site that publishes addresses on a domain of its own writes its mailboxes there; a
 * webmail address beside them is a person's — a journalist's own Hotmail in a byline
 * next to the paper's address ("hectorj.cruz@listindiario.com hjcbeisbol@hotmail.com"),
 * a writer's Gmail in an author box, a seller's in a listing — unless its name is the
 * organisation's ("redaccion.noticierodigital@gmail.com" beside
 * ventas@noticierodigital.com is the newsroom's). `ownDomain` says whether an address's
 * domain is the organisation's; `siteNames` are its domains' names ("noticierodigital"),
 * and a domain that carries one is the organisation's too (an older or a parent domain).
 * A site with no address of its own keeps its webmail: that is its mailbox.
 */
export function withoutPersonalWebmail<T extends { value: string; writer?: boolean }>(emails: T[], ownDomain: (domain: string) => boolean, siteNames: string[]): T[] {
  const domain = (e: T): string => e.value.slice(e.value.lastIndexOf('@') + 1);
  const names = siteNames.map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((n) => n.length >= 4);
  // Its own: on its domain, or on a domain that carries its name (tribuna.cu's newsroom at redac@tribuna.cip.cu).
  const own = (d: string): boolean => ownDomain(d) || d.split('.').slice(0, -1).some((label) => names.includes(label.replace(/-/g, '')));
  // A byline's writer at another domain writes for another outlet or for herself (Granma's related story by a
  // Juventud Rebelde reporter, "Autor: Alina Perera Robbio | perera@juventudrebelde.cu"): not this organisation's
  // mailbox. A writer on the organisation's own domain is one of its staff, and stays.
  emails = emails.filter((e) => !e.writer || own(domain(e)));
  if (!emails.some((e) => !WEBMAIL.test(domain(e)) && own(domain(e)))) return emails;
  return emails.filter((e) => {
    if (!WEBMAIL.test(domain(e))) return true;
    const local = e.value.slice(0, e.value.lastIndexOf('@')).replace(/[^a-z0-9]/g, '');
    return names.some((n) => local.includes(n));
  });
}

/** Whether two strings differ by one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/**
 * Addresses declared in schema.org data, without those that are a slip for one the page shows:
 * the same mailbox on a domain one letter off ("prensa@guporpp.com.pe" in RPP's ContactPoint
 * beside the footer's mailto:prensa@gruporpp.com.pe). Search engines read the typo; visitors
 * write to the address they see, so the organisation's mailbox is that one.
 */
export function withoutMisspeltTwins<T extends { value: string }>(declared: T[], shown: string[]): T[] {
  const parts = (e: string): [string, string] => [e.slice(0, e.lastIndexOf('@')), e.slice(e.lastIndexOf('@') + 1)];
  return declared.filter((d) => {
    const [local, domain] = parts(d.value);
    return !shown.some((s) => {
      const [l, dom] = parts(s);
      return l === local && oneEditApart(dom, domain);
    });
  });
}
