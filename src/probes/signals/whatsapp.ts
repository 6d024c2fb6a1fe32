/**
 * WhatsApp: links to wa.me, api.whatsapp.com / web.whatsapp.com (?phone=), the
 * whatsapp:// scheme, floating-button plugins that keep the number in a data
 * attribute, redirects that leave the site for WhatsApp, and numbers written next to
 * the word "WhatsApp". Numbers in links are international without "+"; a local form
 * falls back to the profile's country.
 */
import type { CrawledPage } from '../types.js';
import { normalisePhone, numbersShownForWhatsapp, phonesInText, telOfferedOnWhatsapp } from './phones.js';
import { type DocView, type Finding, fold, HIDDEN, snippetAround, src } from './text.js';

const WA_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com|web\.whatsapp\.com|chat\.whatsapp\.com|wa\.link|whatsapp\.com)(?:\/|$)|^whatsapp:/i;

/** The E.164 number a WhatsApp link points at, '' for a link without one (wa.link, groups), null if not WhatsApp. */
export function whatsappNumber(href: string, country: string): string | null | '' {
  if (!WA_LINK.test(href)) return null;
  let digits = '';
  const wa = /wa\.me\/\+?([\d\s%-]{6,20})/i.exec(href);
  if (wa) digits = wa[1]!;
  else {
    const q = /[?&]phone=([^&#]+)/i.exec(href);
    if (q) {
      try {
        digits = decodeURIComponent(q[1]!);
      } catch {
        digits = q[1]!;
      }
    }
  }
  digits = digits.replace(/[^\d+]/g, '');
  // A share button (wa.me/?text=…, whatsapp://send?text=…) sends the page to a contact the visitor picks: not a channel.
  if (!digits && /[?&]text=/i.test(href)) return null;
  if (!digits) return '';
  const bare = digits.replace(/^\+/, '').replace(/^00/, '');
  // wa.me numbers carry the country code without "+"; try that first, then the local form.
  return normalisePhone('+' + bare, country) ?? normalisePhone(bare, country) ?? '';
}

/**
 * A number as WhatsApp dials it: Argentine mobiles carry a 9 after the country code
 * (+54 9 11 …), which a number written for calling ("11-5799-0114") leaves out.
 */
export function whatsappForm(e164: string): string {
  const m = /^\+54(?!9)(\d{10})$/.exec(e164);
  if (m) {
    const withNine = normalisePhone(`+549${m[1]}`, 'AR');
    if (withNine) return withNine;
  }
  return e164;
}

export interface WhatsappHit extends Finding<string> {
  /** true when the link carries no number (wa.link, group invitation). */
  numberless?: boolean;
}

export function extractWhatsapp(view: DocView, country: string): WhatsappHit[] {
  const hits: WhatsappHit[] = [];
  for (const l of view.doc.links) {
    // A tel: link the page offers for WhatsApp only ("agrega a tu WhatsApp el mío" above it).
    if (/^(?:tel|callto):/i.test(l.href) && telOfferedOnWhatsapp(view, l)) {
      const e164 = normalisePhone(l.href, country);
      if (e164) hits.push({ value: whatsappForm(e164), source: src(view, { snippet: `${l.text || l.label} (${l.href})`, selector: l.selector, note: { id: 'evidence.signal.note.whatsappTel' } }) });
      continue;
    }
    // A number a WhatsApp-titled button shows (AASP's hover box on a "javascript:" icon link).
    for (const m of numbersShownForWhatsapp(l, country)) {
      hits.push({ value: whatsappForm(m.e164), source: src(view, { snippet: `${l.label}: ${l.text}`, selector: l.selector, note: { id: 'evidence.signal.note.whatsappButton' } }) });
    }
    const n = whatsappNumber(l.href, country);
    if (n === null) continue;
    if (n) hits.push({ value: n, source: src(view, { snippet: `${l.text || l.label || 'WhatsApp'} (${l.href.slice(0, 120)})`, selector: l.selector }) });
    else hits.push({ value: '', numberless: true, source: src(view, { snippet: l.href.slice(0, 120), selector: l.selector, note: { id: 'evidence.signal.note.whatsappNoNumber' } }) });
  }
  for (const [text, note] of [[view.doc.text, undefined], [view.doc.hiddenText, HIDDEN]] as const) {
    if (!/whats\s?app|wpp|wsp/i.test(text)) continue;
    for (const m of phonesInText(text, country)) {
      // Only a number labelled WhatsApp on the same line, just before it ("WhatsApp: 300 …").
      const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
      const before = fold(text.slice(Math.max(lineStart, m.start - 45), m.start));
      if (!/(?:whats\s?app|wpp|wsp)\b[^0-9]*$/.test(before)) continue;
      hits.push({ value: whatsappForm(m.e164), source: src(view, { snippet: snippetAround(text, m.start, m.end), note: note ?? { id: 'evidence.signal.note.whatsappLabelled' } }) });
    }
  }
  // A number shown beside a WhatsApp icon, with no word to say so.
  for (const label of view.doc.iconLabels ?? []) {
    if (label.icon !== 'whatsapp') continue;
    for (const m of phonesInText(label.text, country)) {
      hits.push({ value: whatsappForm(m.e164), source: src(view, { snippet: label.text, note: { id: 'evidence.signal.note.whatsappIcon' } }) });
    }
  }
  return hits;
}

/** A page that redirects off-site to WhatsApp (/whatsapp → https://wa.me/57…). */
export function whatsappFromRedirect(page: CrawledPage, country: string): WhatsappHit[] {
  if (!page.offsiteRedirect) return [];
  const n = whatsappNumber(page.offsiteRedirect, country);
  if (!n) return [];
  return [{ value: n, source: { url: page.url, snippet: `redirects to ${page.offsiteRedirect.slice(0, 120)}` } }];
}

/** Plugins that keep the number in markup attributes ("joinchat" data-settings, "click to chat" data-number). */
export function whatsappFromWidgets(view: DocView, country: string): WhatsappHit[] {
  const hits: WhatsappHit[] = [];
  for (const attrs of view.doc.whatsappWidgets ?? []) {
    for (const m of attrs.matchAll(/(?:telephone|phone|number|whatsapp|wa)["'=:\s]+\+?(\d[\d\s-]{7,18}\d)/gi)) {
      const n = whatsappNumber(`https://wa.me/${(m[1] ?? '').replace(/\D/g, '')}`, country);
      if (n) hits.push({ value: n, source: src(view, { snippet: attrs.slice(0, 120), note: { id: 'evidence.signal.note.whatsappSettings' } }) });
    }
  }
  // A CRM's WhatsApp button in a frame, its number in the frame's address (DataCRM's
  // integraciones.datacrm.la/datacrm/whatsapp_button/index.html?mobile=573013483392 on Cineprox).
  for (const f of view.doc.iframes) {
    let u: URL;
    try {
      u = new URL(f.src);
    } catch {
      continue;
    }
    if (!/whats_?app/i.test(u.hostname + u.pathname)) continue;
    for (const [name, value] of u.searchParams) {
      if (!/^(?:mobile|phone|number|tel|telefono|celular|whatsapp|wa)$/i.test(name) || !/^\+?\d{8,15}$/.test(value.replace(/[\s-]/g, ''))) continue;
      const n = whatsappNumber(`https://wa.me/${value.replace(/\D/g, '')}`, country);
      if (n) hits.push({ value: n, source: src(view, { snippet: f.src.slice(0, 120), note: { id: 'evidence.signal.note.whatsappFrame' } }) });
    }
  }
  return hits;
}
