/**
 * Telephone numbers from tel: links and visible text, normalised to E.164 with the
 * profile's country as the default region. Text candidates come from
 * libphonenumber-js's matcher (which already refuses most dates and long digit runs)
 * and then must pass a context filter: prices, tax ids (NIT), order/reference
 * numbers, account numbers, postcodes and dates are not phone numbers even when their
 * digits would be.
 */
import { type CountryCode, findNumbers, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type DocView, type Finding, fold, snippetAround, src } from './text.js';

export function asCountry(country: string | undefined): CountryCode {
  const c = (country ?? 'CO').toUpperCase();
  return (/^[A-Z]{2}$/.test(c) ? c : 'CO') as CountryCode;
}

/** Words right before a number that make it something other than a phone. */
const NOT_A_PHONE_BEFORE = /(?:\bnit|\brut|\bruc|\bcuit|\brfc|\bcnpj|\bcpf|\bc\.?\s?c|\bcedula|\bdni|\bid|\btax id|\bvat|\bi\.?v\.?a|\bpedido|\borden(?: de compra)?|\border|\bfactura|\binvoice|\bref(?:erencia)?|\bcodigo|\bcod|\bsku|\bplu|\bean|\bisbn|\bgu[ií]a|\btracking|\bradicado|\bexpediente|\bcaso|\bticket|\bresoluci[oó]n|\bres\.?|\bdecreto|\bley|\bregistro|\bmatr[ií]cula|\blicencia|\bpoliza|\bp[oó]liza|\bcontrato|\bcuenta(?: contrato| de ahorros| corriente)?|\bcta|\bconvenio|\bahorros|\bcorriente|\biban|\bswift|\bcontrase[nñ]a|\bserial|\bserie|\bmodelo|\bmodel|\bversion|\bno\.?\s*de\s*(?:pedido|orden|factura|documento|cuenta)|\bn[°ºo]\.?\s*de\s*(?:pedido|orden|factura)|\bzip|\bc[oó]digo postal|\bpostal|\bc\.?p\.?|\bapartado|\baa|\bbarcode|\bprecio|\bprice|\bvalor|\btotal|\bcop|\busd|\bmxn|\bpen|\bclp|\bars|\bbrl|\beur|\$|€|£|#)[\s:.\-–#°ºNnoO]*$/i;

/** Words right after a number that make it an amount. */
const NOT_A_PHONE_AFTER = /^\s*(?:cop|usd|mxn|pen|clp|ars|brl|eur|pesos|d[oó]lares|soles|reais|millones|mil\b|km|kg|m2|m²|unidades|units|puntos|points|%)/i;

/** Phone words that vouch for a number (used to rescue old-format Colombian landlines). */
const PHONE_WORDS = /(?:tel[eé]fono|tel\.?|tels\.?|telf\.?|pbx|fijo|celular|cel\.?|m[oó]vil|llamanos|ll[aá]manos|ll[aá]menos|l[ií]nea|phone|call|fax|whatsapp|contacto)[\s:.\-]*$/i;

/** Colombian landlines before 2021 ("(1) 555 0123", "+57 1 5550123") → the current 60X form. */
function legacyColombian(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  const m = /^(?:57|0?57)?([1-8])(\d{7})$/.exec(digits);
  if (!m) return null;
  const p = parsePhoneNumberFromString(`+5760${m[1]}${m[2]}`);
  return p && p.isValid() ? p.number : null;
}

const LEGACY_CO = /(?:\+?\(?\s*57\s*[-\s]?\s*\)?\s*)?\(\s*0?[1-8]\s*\)\s*\d{3}[\s.-]?\d{4}|\+\s?57\s*[-\s]?\(?\s*[1-8]\s*\)?\s*\d{3}[\s.-]?\d{4}|\(\s*57\s*[-\s]\s*[1-8]\s*\)\s*\d{3}[\s.-]?\d{4}|\(?\s*0?57[1-8]\s*\)?\s*\d{3}[\s.-]?\d{4}/g;

/** Thousands-grouped amounts ("1.299.900", "1,299,900") are never phone numbers. */
function looksLikeAmount(raw: string): boolean {
  const t = raw.trim();
  return /^\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d{1,2})?$/.test(t) || /^\d{1,3}(?:[.,]\d{3})+[.,]\d{2}$/.test(t);
}

/** A date written with separators ("2024-05-12", "12/05/2024", "12.05.2024"). */
function looksLikeDate(raw: string): boolean {
  return /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/.test(raw.trim());
}

export interface PhoneHit extends Finding<string> {
  type?: string;
}

/** Validates one written number ("tel:+57…", "01 8000 …") → E.164, or null. */
export function normalisePhone(raw: string, country: string): string | null {
  const cleaned = raw.replace(/^(?:tel|callto):/i, '').replace(/%20/g, ' ').split(/[;,?]/)[0]!.trim();
  let decoded = cleaned;
  try {
    decoded = decodeURIComponent(cleaned);
  } catch {
    /* keep */
  }
  const region = asCountry(country);
  const p = parsePhoneNumberFromString(decoded, region);
  if (p && p.isValid()) return p.number;
  if (region === 'CO') return legacyColombian(decoded);
  return null;
}

/** Phone numbers in a text (visible or hidden) with context filters. */
export function phonesInText(text: string, country: string): { e164: string; start: number; end: number; raw: string; type?: string }[] {
  const region = asCountry(country);
  const out: { e164: string; start: number; end: number; raw: string; type?: string }[] = [];
  if (!text) return out;
  const taken: [number, number][] = [];
  for (const m of findNumbers(text, { defaultCountry: region, v2: true })) {
    const raw = text.slice(m.startsAt, m.endsAt);
    if (!m.number.isValid()) continue;
    if (looksLikeAmount(raw) || looksLikeDate(raw)) continue;
    const before = fold(text.slice(Math.max(0, m.startsAt - 28), m.startsAt));
    if (NOT_A_PHONE_BEFORE.test(before) && !PHONE_WORDS.test(before)) continue;
    const after = text.slice(m.endsAt, m.endsAt + 14);
    if (NOT_A_PHONE_AFTER.test(after)) continue;
    // A number glued to letters or more digits ("AB3001234567", "3001234567-2") is a code.
    const prev = text[m.startsAt - 1] ?? ' ';
    const next = text[m.endsAt] ?? ' ';
    if (/[A-Za-z0-9]/.test(prev) || /[A-Za-z]/.test(next) || /^-\d/.test(text.slice(m.endsAt, m.endsAt + 2))) continue;
    taken.push([m.startsAt, m.endsAt]);
    out.push({ e164: m.number.number, start: m.startsAt, end: m.endsAt, raw, type: m.number.getType() });
  }
  if (region === 'CO') {
    for (const m of text.matchAll(LEGACY_CO)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const before = fold(text.slice(Math.max(0, start - 28), start));
      if (NOT_A_PHONE_BEFORE.test(before) && !PHONE_WORDS.test(before)) continue;
      // The old short form is ambiguous without "+57", parentheses or a phone word nearby.
      if (!/\+|\(/.test(m[0]) && !PHONE_WORDS.test(before)) continue;
      const e164 = legacyColombian(m[0]);
      if (e164) out.push({ e164, start, end, raw: m[0], type: 'FIXED_LINE' });
    }
  }
  return out;
}

/** Phone numbers of one document: tel: links, then visible text, then hidden text. */
export function extractPhones(view: DocView, country: string): PhoneHit[] {
  const hits: PhoneHit[] = [];
  for (const l of view.doc.links) {
    if (!/^(?:tel|callto):/i.test(l.href)) continue;
    const e164 = normalisePhone(l.href, country);
    if (e164) hits.push({ value: e164, source: src(view, { snippet: `${l.text || l.label} (${l.href})`, selector: l.selector }) });
  }
  for (const [text, note] of [[view.doc.text, undefined], [view.doc.hiddenText, 'in a collapsed or hidden part of the page']] as const) {
    for (const m of phonesInText(text, country)) {
      hits.push({ value: m.e164, type: m.type, source: src(view, { snippet: snippetAround(text, m.start, m.end), note }) });
    }
  }
  return hits;
}
