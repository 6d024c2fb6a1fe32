/**
 * Telephone numbers from tel: links and visible text, normalised to E.164 with the
 * profile's country as the default region. Text candidates come from
 * libphonenumber-js's matcher (which already refuses most dates and long digit runs)
 * and then must pass a context filter: prices, tax ids (NIT), order/reference
 * numbers, account numbers, postcodes and dates are not phone numbers even when their
 * digits would be.
 */
import { type CountryCode, findNumbers, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { domainOf } from '../identity.js';
import type { LinkInfo } from '../types.js';
import { type DocView, type Finding, fold, HIDDEN, hostOf, inContributorsBio, inMakersBlock, isPlaceholderHref, snippetAround, src } from './text.js';

/**
 * The default region for national numbers. A code that names no numbering plan ("XX", a
 * profile's placeholder) counts as none given: the default, Colombia's, rather than an
 * error from deep inside the formatter.
 */
export function asCountry(country: string | undefined): CountryCode {
  const c = (country ?? 'CO').toUpperCase();
  return /^[A-Z]{2}$/.test(c) && isSupportedCountry(c) ? c : 'CO';
}

/** Words right before a number that make it something other than a phone. */
const NOT_A_PHONE_BEFORE = /(?:\bnit|\bn\.\s?i\.\s?t|\brut|\br\.\s?u\.\s?t|\bruc|\br\.\s?u\.\s?c|\bcuit|\bc\.\s?u\.\s?i\.\s?t|\brfc|\br\.\s?f\.\s?c|\bcnpj|\bcpf|\bcif|\bnif|\bp\.?\s?iva|\bp\.\s?i\.|\bpartita iva|\bc\.\s?f\.|\bcodice fiscale|\bcod(?:ice)?\.?\s?fisc(?:ale)?\.?|\bsiret|\bsiren|\btva(?: intracommunautaire)?|\bi[čc]o|\bi[čc] dph|\bdi[čc]|\bust-?id|инн|огрн|кпп|đkkd|\bdkkd|\bgpkd|\bmst ?:|\bma so (?:thue|doanh nghiep)|\bcvr(?:[\s-]?nr)?|\borg(?:anisa(?:tion|sjon)s)?\.?\s?n(?:umme)?r|\bkvk(?:-?nummer)?|\bnip|\bregon|\bkrs|\bhr[ab]|\buid(?:-?nr)?|\by-tunnus|\bcompany (?:registration )?(?:no|number)|\bregistered (?:in england(?: and wales)?|number|no)|\bgstin|\bgst|\babn|\bacn|icp备|icp証|icp证|公网安备|公網安備|许可证|許可證|证书编号|證書編號|备案号|備案號|\bcep|\bprotocolo|\bchamado|\bocorrencia|\bsolicitud|\bsolicitacao|\bnumero de (?:seguimiento|rastreo|rastreio|envio|guia|orden|pedido|cliente|contrato|suministro|servicio|protocolo)|\bc\.?\s?c|\bcedula|\bdni|\bid|\btax id|\bvat|\bi\.?v\.?a|\bpedido|\borden(?: de compra)?|\border|\bfactura|\binvoice|\bref(?:erencia)?|\bcodigo|\bcod|\bsku|\bplu|\bean|\b(?:article|item|product|part|style|catalog(?:ue)?)\s+(?:number|code|id)|\bisbn|\bgu[ií]a|\btracking|\bradicado|\bexpediente|\bcaso|\bticket|\bresoluci[oó]n|\bres\.?|\bdecreto|\bley|\bregistro|\bmatr[ií]cula|\blicencia|\bpoliza|\bp[oó]liza|\bcontrato|\bcuenta(?: contrato| de ahorros| corriente)?|\bcta|\bconvenio|\bahorros|\bcorriente|\biban|\bswift|\bcontrase[nñ]a|\bserial|\bserie|\bmodelo|\bmodel|\bversion|\bno\.?\s*de\s*(?:pedido|orden|factura|documento|cuenta)|\bn[°ºo]\.?\s*de\s*(?:pedido|orden|factura)|\bzip|\bc[oó]digo postal|\bpostal|\bc\.?p\.?|\bapartado|\baa|\bbarcode|\bprecio|\bprice|\bvalor|\btotal|\bcop|\busd|\bmxn|\bpen|\bclp|\bars|\bbrl|\beur|\$|€|£|#)[\s:.\-–#°ºNnoO]*$/i;

/**
 * Words right after a number that make it an amount. Whole words only: a footer's line
 * followed by 'Copyright® 2022' on the next line is not an amount in Colombian pesos (COP),
 * nor is one before 'Pensión' (PEN) or 'Europa' (EUR).
 */
const NOT_A_PHONE_AFTER = /^\s*(?:(?:cop|usd|mxn|pen|clp|ars|brl|eur|pesos|d[oó]lares|soles|reais|millones|mil|km|kg|m2|m²|unidades|units|puntos|points)(?![\p{L}\d])|%)/iu;

/** Phone words that vouch for a number (used to rescue old-format Colombian landlines). */
const PHONE_WORDS = /(?:tel[eé]fono|tel\.?|tels\.?|telf\.?|pa?bx|fijo|celular|cel\.?|m[oó]vil|llamanos|ll[aá]manos|ll[aá]menos|l[ií]nea|phone|call|fax|whatsapp|contacto|(?:ll[aá]mando|ll[aá]ma|ll[aá]me|comunic[aá]ndo(?:te|se)|comunicate|comun[ií]quese) al)[\s:.-]*$/i;

/** Colombian landlines before 2021 ("(1) 555 0123", "+57 1 5550123") → the current 60X form. */
function legacyColombian(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  // "(031) 364 9734", "tel:0313649734": Bogotá with the "03" that long-distance calls were dialled with (Alkosto's header).
  const m = /^(?:57|0?57|03)?([1-8])(\d{7})$/.exec(digits);
  if (!m) return null;
  const p = parsePhoneNumberFromString(`+5760${m[1]}${m[2]}`);
  return p && p.isValid() ? p.number : null;
}

const LEGACY_CO = /(?:\+?\(?\s*57\s*[-\s]?\s*\)?\s*)?\(\s*(?:03|0)?[1-8]\s*\)\s*\d{3}[\s.-]?\d{2}[\s.-]?\d{2}|\+\s?57\s*[-\s]?\(?\s*[1-8]\s*\)?\s*\d{3}[\s.-]?\d{2}[\s.-]?\d{2}|\(\s*\+?57\s*[-\s]\s*[1-8]\s*\)\s*\d{3}[\s.-]?\d{2}[\s.-]?\d{2}|\(\s*\+?57\s*\)\s*[1-8]\s+\d{3}[\s.-]?\d{2}[\s.-]?\d{2}|\(?\s*0?57[1-8]\s*\)?\s*\d{3}[\s.-]?\d{2}[\s.-]?\d{2}/g;

/**
 * A Brazilian mobile in the eight-digit form of before the ninth digit, its area code in parentheses:
 * "(98) 9116-3011", "+55 (11) 8765-4321". Mobiles began with 6 to 9; landlines with 2 to 5.
 */
const LEGACY_BR_MOBILE = /(?:\+\s?55\s?)?\(\s*0?([1-9]\d)\s*\)\s*([6-9]\d{3})[\s.-]?(\d{4})(?!\d)/g;

/** Thousands-grouped amounts ("1.299.900", "1,299,900") are never phone numbers. */
function looksLikeAmount(raw: string): boolean {
  const t = raw.trim();
  // A figure with its change beside it in parentheses ("20 (-10) 25.04", a daily series of
  // nra.lv's Covid-19 chart): no number is dialled with a minus sign.
  if (/\(\s*[-−–]\s*\d/.test(t)) return true;
  return /^\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d{1,2})?$/.test(t) || /^\d{1,3}(?:[.,]\d{3})+[.,]\d{2}$/.test(t);
}

/**
 * A count written with spaces between its thousands ("330 000", "6 500 000") after a word
 * of quantity ("Se realizaron más 330 000 intervenciones", "more than 250 000 people")
 * is a figure in a sentence, though its digits may dial as a short national number.
 */
function looksLikeCount(raw: string, before: string): boolean {
  return /^\d{1,3}(?: \d{3})+$/.test(raw.trim()) && /\b(?:mas(?: de)?|menos de|unos|unas|cerca de|alrededor de|casi|hasta|mais de|quase|more than|over|about|around|nearly|almost|some|up to)\s*$/.test(before);
}

/** A date written with separators ("2024-05-12", "12/05/2024", "12.05.2024"). */
function looksLikeDate(raw: string): boolean {
  // A copyright's span of years ("© 2008-2015 Design Connected EOOD") is a date too.
  // So is a span of two days of the year ("Vaga 23.9.-22.10.", a horoscope's sign on Krstarica's home page).
  return /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.?\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.?)$/.test(raw.trim());
}

/** A placeholder: the digits counted up ("12345678", a shop's hidden sample) or one digit repeated. */
function looksLikePlaceholder(raw: string): boolean {
  const d = raw.replace(/\D/g, '');
  return d.length >= 7 && ('12345678901234567890'.includes(d) || /^(\d)\1+$/.test(d));
}

/**
 * Two or more figures of the same width joined by slashes ("6780/6850" buying/selling
 * rates, "2014/2015" seasons, "220/222/244" shop units) are values, not one number: a
 * phone's parts (area code and number) are not written as equal slices.
 */
function looksLikePair(raw: string): boolean {
  const t = raw.trim();
  if (!/^\d{2,5}(?:\s?\/\s?\d{2,5})+$/.test(t)) return false;
  // Three or more such figures are a list of the same ("L.C-218B /220/222/244": a shopping centre's unit numbers).
  const parts = t.split(/\s?\/\s?/);
  return parts.every((x) => x.length === parts[0]!.length);
}

/**
 * A phone label ("Tel:", "Teléfonos") before `start`, with only other numbers between
 * them: "Tel:\n1 (876) 926-3590-4\n1 (876) 926-3740-6" labels both lines.
 */
function phoneLabelled(text: string, start: number): boolean {
  const before = fold(text.slice(Math.max(0, start - 120), start)).replace(/[\d\s()+.\-–/]*$/, '');
  return PHONE_WORDS.test(before) || /\b(?:tel[eé]fonos?|telefones?|fones?|phone|tel|tels|telf|pa?bx)[\s:.-]*$/i.test(before);
}

export interface PhoneHit extends Finding<string> {
  type?: string;
}

/**
 * Numbers written with a prefix libphonenumber does not strip for the profile's country:
 * "00" international access ("0049 (0)30 …" on a Colombian page), the Mexican long-
 * distance "01" that numbers kept on sites after 2019 ("01 800 201 0145"), and Colombian
 * landlines written "+607 …" (the 60X area code taken for a country code).
 */
function rescued(raw: string, region: CountryCode): string | null {
  const digits = raw.replace(/[^\d+]/g, '');
  const tryParse = (n: string, r?: CountryCode): string | null => {
    const p = parsePhoneNumberFromString(n, r);
    return p && p.isValid() ? p.number : null;
  };
  if (/^00[1-9]/.test(digits)) return tryParse('+' + digits.slice(2));
  if (region === 'MX' && /^01\d{10}$/.test(digits)) return tryParse(digits.slice(2), 'MX');
  if (region === 'CO' && /^\+60[1-8]\d{7}$/.test(digits)) return tryParse('+57' + digits.slice(1));
  // Peru's landlines are dialled within their area without its code: seven digits are a Lima
  // line (area code 1), six a province's. A link or schema.org telephone written "+51-711-6000"
  // (La República's ContactPoint) is Lima's 711 6000.
  if (region === 'PE' && /^(?:\+51)?[2-8]\d{6}$/.test(digits)) return tryParse('+511' + digits.slice(-7));
  // Argentina's national numbers are ten digits and Buenos Aires's area code, 11, is the only one
  // of two: eight digits written alone are a Buenos Aires line dialled within the city ('Ventas:
  // 6380-0000', tel:6380-0000, TeleCentro's footer) — +54 11 6380 0000.
  if (region === 'AR' && /^(?:\+54)?[2-7]\d{7}$/.test(digits)) return tryParse('+5411' + digits.slice(-8));
  // Cuba's national numbers are eight digits: Havana's area code 7 and seven digits, a province's
  // two-digit code and six. Seven digits written alone are a Havana line dialled within the city
  // ("Teléfono: 881-3333", Granma's footer) — +53 7 881 3333.
  if (region === 'CU' && /^(?:\+53)?[2-9]\d{6}$/.test(digits)) return tryParse('+537' + digits.slice(-7));
  // A number in North America's own way of writing, "(347) 247-3198", on a page of a country outside
  // the North American plan, where it is not a valid number: it is a US, Canadian or Caribbean line
  // (Kaieteur News's New York representatives, under 'USA' on a Guyanese page).
  if (NANP_WRITTEN_WHOLE.test(raw.trim()) && getCountryCallingCode(region) !== '1') return tryParse('+1' + digits.replace(/^\+?1?(?=\d{10}$)/, ''));
  return null;
}

/**
 * Whether the figures at start..end sit inside a web address written out in the text: the
 * run of characters around them, up to a space, a quote or a bracket, is a URL ("https:…",
 * "//host/…", "www.…") or carries a query ("?q=…&spm=…").
 */
export function insideWebAddress(text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - 300), start);
  const right = text.slice(end, end + 300);
  const stop = /[\s"'<>()[\]{}]/;
  let i = left.length;
  while (i > 0 && !stop.test(left[i - 1]!)) i--;
  let j = 0;
  while (j < right.length && !stop.test(right[j]!)) j++;
  const token = left.slice(i) + text.slice(start, end) + right.slice(0, j);
  return /^(?:https?:|\/\/|www\.)|[?&][\w.%-]+=/i.test(token);
}

/** Whether "-4" or "-46" after a number ends a range of lines from it ("926-3590-4": 3590 to 3594). */
function huntingRange(raw: string, after: string): boolean {
  const m = /^-(\d{1,2})(?!\d)/.exec(after);
  if (!m) return false;
  const digits = raw.replace(/\D/g, '');
  const last = digits.slice(-m[1]!.length);
  return Number(m[1]) > Number(last);
}

/**
 * A number written with its area code in parentheses ("(65) 3613-0928", "+55 (61) 3030-7153", or with the
 * country code inside, as Vietnamese pages write it: "(+84 24) 38252441"): its shape says it is a line.
 */
const AREA_CODE_IN_PARENTHESES = /^(?:\+\d{1,3}\s?)?\(\s?(?:\+\d{1,3}\s)?0?\d{1,4}\s?\)/;
/** …or set apart by a space before the local number ("062 3920 4142", with the trunk 0; "+55 62 3920-4010"). */
const AREA_CODE_SPACED = /^(?:\+\d{1,3}\s)?0?\d{2,3}\s(?=\d{3,5}[\s.-]?\d{4}$)/;

/**
 * Further lines written as other last digits after slashes ("+54 9 11 4556-9147/48" is
 * …9147 and …9148). One or two digits always; a whole last group ("3030-7153/7085/7084",
 * the TSE's press lines; OAB/MT's "(65) 3613-0928/0929") only under a phone label or after
 * an area code in parentheses, since "6780/6850" may be two figures.
 */
function alternateEndings(e164: string, raw: string, after: string, labelled: boolean): { e164: string; type?: string; suffixLength: number }[] {
  const out: { e164: string; type?: string; suffixLength: number }[] = [];
  const lastGroup = /[\s.\-–](\d{3,4})$/.exec(raw.trim())?.[1]?.length ?? 0;
  labelled ||= AREA_CODE_IN_PARENTHESES.test(raw.trim());
  let used = 0;
  for (;;) {
    // Not an hour or a count after the slash ("/ 24h", "/ 7 días").
    // Nor the first group of a whole number ("(51) 3210-9400 / 8404-4502": that is another line, read below).
    const m = /^\s?\/\s?(\d{1,4})(?![\w]|[\s.-]?\d|\s*(?:h|hs|hrs|horas?|hours?|dias?|días|days?|am|pm|min|x)\b)/i.exec(after.slice(used));
    if (!m) break;
    const n = m[1]!.length;
    if (n > 2 && (!labelled || n !== lastGroup)) break;
    // "…9147/12/2019" ends with a date, not with lines.
    if (n <= 2 && /^\s?\/\s?\d/.test(after.slice(used + m[0].length)) && !/^\s?\/\s?\d{1,2}(?!\d)/.test(after.slice(used + m[0].length))) break;
    const candidate = e164.slice(0, e164.length - n) + m[1];
    used += m[0].length;
    if (candidate === e164) continue;
    const p = parsePhoneNumberFromString(candidate);
    if (!p || !p.isValid()) break;
    out.push({ e164: p.number, type: p.getType(), suffixLength: used });
  }
  return out;
}

/**
 * A second line after "e", "y", "and", "ou", a slash or a spaced dash that leaves out the area code
 * the first one wrote in parentheses: TRT15's "PABX: (19) 3731.1600 e 3236.2100" is +55 19 3236-2100
 * too, and Lao Động's "(+84 24) 38252441 - 35330305" is +84 24 3533 0305. Only a local number of the
 * same length as the first's, which is no line on its own.
 */
function sameAreaCodeLine(e164: string, raw: string, after: string): { e164: string; type?: string; suffixLength: number } | null {
  const area = AREA_CODE_IN_PARENTHESES.exec(raw.trim()) ?? AREA_CODE_SPACED.exec(raw.trim());
  if (!area) return null;
  const local = raw.trim().slice(area[0].length).replace(/\D/g, '');
  // The dash needs a space after it: "926-3590-4" is a hunting range, read elsewhere.
  const m = /^\s*(?:(?:e|y|and|ou|o|&)\s+|\/\s?|[-–]\s+)(\d{3,5}[\s.-]?\d{4})(?![\d\w-]|[.,]\d)/.exec(after);
  if (!m) return null;
  const digits = m[1]!.replace(/\D/g, '');
  if (digits.length !== local.length || !e164.endsWith(local)) return null;
  const p = parsePhoneNumberFromString(e164.slice(0, e164.length - local.length) + digits);
  return p && p.isValid() ? { e164: p.number, type: p.getType(), suffixLength: m[0].length } : null;
}

/**
 * Brazil's shared-cost lines (3003, 3004, 4003, 4004, 4020 … -XXXX) are one number
 * nationwide, dialled without an area code; but the same eight digits under an area code
 * can be an ordinary local line (OAB/RN's "(84) 4008-9400", Natal). So a number is read
 * as written, and one written with an area code is the nationwide line only where the
 * page writes those eight digits without one too: Pontofrio's legal footer "(11)
 * 4003-8388" beside its tel:4003-8388.
 */
export function sameNationalLines<T extends { value: string }>(hits: T[]): T[] {
  const bare = new Set(hits.map((h) => h.value).filter((v) => /^\+55[34]\d{7}$/.test(v)));
  if (!bare.size) return hits;
  return hits.map((h) => {
    const m = /^\+55\d{2}([34]\d{7})$/.exec(h.value);
    if (!m || !bare.has(`+55${m[1]}`)) return h;
    const q = parsePhoneNumberFromString(`+55${m[1]}`);
    return q && q.isValid() && q.getType() === 'SHARED_COST' ? { ...h, value: q.number as string } : h;
  });
}

/** Validates one written number ("tel:+57…", "01 8000 …") → E.164, or null. */
export function normalisePhone(raw: string, country: string): string | null {
  const cleaned = raw.replace(/^(?:tel|callto|sms):/i, '').replace(/%20/g, ' ').split(/[;,?]/)[0]!.trim();
  let decoded = cleaned;
  try {
    decoded = decodeURIComponent(cleaned);
  } catch {
    /* keep */
  }
  const region = asCountry(country);
  const p = parsePhoneNumberFromString(decoded, region);
  if (p && p.isValid()) return p.number;
  const r = rescued(decoded, region);
  if (r) return r;
  // A link or schema.org telephone written with its country code but without the "+"
  // ("tel:1-888-672-24-38", Green Card Organization's toll-free line, on a page of no
  // known country): the figures are the whole international number.
  const digits = decoded.replace(/\D/g, '');
  if (/^[1-9]\d{10,13}$/.test(digits) && /^[\s(]*[1-9]/.test(decoded)) {
    const intl = parsePhoneNumberFromString('+' + digits);
    if (intl && intl.isValid()) return intl.number;
  }
  if (region === 'CO') return legacyColombian(decoded);
  // A tel: link whose editor pasted the label in with the number ("tel:+Llámanos: 91 177 33 37",
  // Openbank's hidden modal): the number is the figures after the words.
  const tail = /\p{L}[^\p{L}\d]*(\+?\d[\d\s().-]{5,})$/u.exec(decoded);
  if (tail) return normalisePhone(tail[1]!, country);
  return null;
}

/**
 * Labels that name a line: a phone word or a fax word, the last one before a number wins.
 * Address cards also abbreviate them to one letter and a colon ("P: (310) 260.8900 –
 * F: (310) 260.8917", "T: … F: …"): "F:" is the fax, "P:"/"T:" the phone; or to one letter and a
 * dot before the number (Start Romagna's footer: "T. 0543 413911 | F. 0543 787280").
 */
const LINE_LABEL = /(?:팩스|传真|傳真|ファックス|ファクス|전화|电话|電話)|(?<![а-яё])(?:факс|телефон|тел)(?![а-яё])\.?|\b(?:telefax|fax|facsimil|facsimile|tel[eé]fonos?|telefone|tel|tels|telf|tlf|fone|phone|ph|pa?bx|conmutador|fijo|celular|cel|m[oó]vil|mobile|whatsapp|l[ií]nea|sac|call|ll[aá]m\w*)\b\.?|\b[ptf](?=\s*:)|\b[ptf]\.(?=\s*(?:[+(\d]|$))/gi;
// Korean, Chinese, Russian and Japanese pages write the fax in their own letters (Avast Korea's footer: "팩스 : 02-3486-9331").
const FAX_WORD = /^(?:telefax|fax|facsimil|facsimile|f|팩스|传真|傳真|факс|ファックス|ファクス)$/i;
/** "Tel/Fax", "PBX / Fax", "Teléfono y fax", "Fax/Tel" in a link's own text: one line for both. */
const PHONE_AND_FAX = /\b(?:tel[eé]fonos?|telefone|tel|telf|fone|phone|pa?bx|conmutador)\.?\s*(?:\/|\||&|\+|-|y|e|and|o)\s*fax\b|\bfax\s*(?:\/|\||&|\+|-|y|e|and|o)\s*(?:tel[eé]fonos?|telefone|tel|telf|fone|phone|pbx)\b/i;

/**
 * Whether the number at `start` is labelled as a fax line only: the nearest label before
 * it on its line (or on the line above, when the number opens its line) is Fax or
 * Telefax and not "Tel/Fax"; or "(fax)" follows it.
 */
export function isFaxLabelled(text: string, start: number, end: number): boolean {
  if (/^\s*\(\s*(?:tele)?fax\s*\)/i.test(text.slice(end, end + 14))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let before = text.slice(lineStart, start);
  if (!/[A-Za-z]/.test(before) && lineStart > 0) {
    // The line before, past blank lines: a heading and the paragraph under it ("Via Fax\n\n716-706-0319").
    const prevEnd = text.slice(0, lineStart).replace(/\s+$/, '').length;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    before = text.slice(prevStart, start);
  }
  before = before.slice(-60);
  const labels = [...before.matchAll(LINE_LABEL)];
  const last = labels[labels.length - 1];
  if (!last || !FAX_WORD.test(last[0].replace(/\.$/, ''))) return false;
  // A sentence ends between the label and the number: "Fax: (809) 544-4003. Para colocación de
  // publicidad: (809) 683-8374" labels the fax only; the next sentence names its own lines.
  const afterLabel = before.slice(last.index! + last[0].length);
  if (/[.!?]\s+\p{Lu}/u.test(afterLabel)) return false;
  // Another number stands between, then a name of this one: "Fax PROTOCOLO: (51) 3214-9797 -
  // Ouvidoria 0800-541 98 00" labels the fax only; the ombudsman's line has its own name.
  if (/\d[\d\s().-]{5,}\d\D*?(?<!\p{L})(?!(?:and|or|ou|und|et)\b)\p{L}{3,}\D*$/u.test(afterLabel)) return false;
  // "Tel/Fax:", "PBX / Fax": a phone label joined to the fax label names one line for both.
  const prev = labels[labels.length - 2];
  if (prev && !FAX_WORD.test(prev[0].replace(/\.$/, ''))) {
    const between = before.slice(prev.index! + prev[0].length, last.index);
    if (/^\s*:?\s*(?:\/|\||&|\+|-|y|e|and|o|ou)\s*$/i.test(between)) return false;
  }
  return true;
}

/**
 * Brazil's insurance regulator makes every shop that sells insurance or an extended
 * warranty print its disclosure ("A comercialização de seguro é fiscalizada pela SUSEP
 * … atendimento exclusivo ao consumidor: 0800-021-8484", "Acesse www.susep.gov.br ou
 * ligue para 0800 021 8484"), with the insurer's registration ("Processo Susep
 * 15414.902123/2013-15"). A number in a sentence that names SUSEP is the regulator's line
 * or the insurer's, never the shop's.
 */
function inRegulatorsSentence(text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - 300), start);
  const breaks = [...head.matchAll(/[.!?]\s|\n/g)];
  const from = breaks.length ? breaks[breaks.length - 1]!.index! + breaks[breaks.length - 1]![0].length : 0;
  const tail = text.slice(end, end + 300);
  const to = tail.search(/[.!?](?:\s|$)|\n/);
  return /\bsusep\b/i.test(head.slice(from) + ' ' + tail.slice(0, to < 0 ? undefined : to));
}

/**
 * News and public notices give the lines of the police and the emergency services ("is
 * asked to call police at 502-9991 or Crime Stoppers at 328-TIPS (8477)", "llamar a
 * la Policía al 123", "ligue para os Bombeiros 193"): a number whose own label, the
 * words after the figure before it in its sentence, names such a body is that body's
 * line, not the publisher's.
 */
const EMERGENCY_BODY = /\b(?:police|polic[ií]a|crime ?stoppers|fire (?:department|service|brigade)|bomberos|bombeiros|ambulance|ambulancia|ambul[aâ]ncia|samu|defensa civil|defesa civil|cruz roja|cruz vermelha|red cross|coast ?guard)\b/i;
function emergencyBodysLine(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 60), start);
  const from = Math.max(head.lastIndexOf('\n'), ...[...head.matchAll(/[.!?]\s|\d/g)].map((m) => m.index! + m[0].length - 1));
  return EMERGENCY_BODY.test(head.slice(from + 1));
}

/**
 * A product's spec sheet gives its maker's service line under the maker's name ("Marca:
 * Electrolux\nTelefone: 0800 728 8778", "Fabricante\nElectrolux\nSAC:\t0800 728 8778"):
 * a number at most three lines under a line that is only a maker label ("Fabricante",
 * "Manufacturer", "Marca: Electrolux", "Brand: Philco") is the manufacturer's line, not
 * the shop's. Only a label line above the number, never the number's own line ("Marca:
 * 01 800…" is Spanish for "dial"), and not a company describing itself ("Fabricante de
 * colchones" has no colon).
 */
function underMakersLabel(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0) return false;
  const above = text.slice(Math.max(0, lineStart - 200), lineStart - 1).split('\n').slice(-3);
  return above.some((l) => /^\s*(?:fabricante|manufacturer)\s*(?::\s*\p{L}[^\d\n]*)?$/iu.test(l) || /^\s*(?:marca|brand)\s*:\s*\p{L}[^\d\n]*$/iu.test(l));
}

/**
 * North American vanity numbers: a toll-free line (800, 833 … 888) whose last digits are
 * spelt on the keypad's letters, in capitals ("877-430-BIKE (2453)", "1-800-FLOWERS").
 * The letters stand for their keys; letters past the seventh digit after the area code
 * are not dialled. Only toll-free codes: "Apt 212 PARKSIDE" is an address.
 */
const VANITY = /(?<![\w+])(?:1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]?(?:\d{3}[\s.-]?[A-Z]{4,}|[A-Z0-9]{3}[\s.-]?[A-Z]{4,}|[A-Z]{7,})(?![A-Za-z])/g;
const KEYPAD: Record<string, string> = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, String('22233344455566677778889999'[i])]));

export function vanityNumber(raw: string, region: CountryCode): string | null {
  if (region !== 'US' && region !== 'CA') return null;
  const keyed = raw.replace(/[A-Z]/g, (c) => KEYPAD[c] ?? '').replace(/\D/g, '');
  const national = (keyed.startsWith('1') && keyed.length > 10 ? keyed.slice(1) : keyed).slice(0, 10);
  const p = parsePhoneNumberFromString(national, region);
  return p && p.isValid() ? p.number : null;
}

/**
 * A line and, after a space, a short figure that is not part of it: the footer's year in the
 * next inline element ("Fone: (51) 3320.3500 2018 ASCOM", PUCRS's), which the matcher reads
 * as one over-long number and refuses.
 */
const LINE_THEN_FIGURE = /(?<![\d+\w])(\+?\(?\d{1,4}\)?[\s.-]?\d{3,5}[\s.-]?\d{4})[ \t]+\d{1,4}(?![\d\w./-])/g;
const HUNTING_RANGE = /(?<![\d+\w])(\+?(?:\d[\s.]?)?\(?\d{1,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{3,4})-\d{1,2}(?![\d/-])/g;
const INTERNATIONAL_00 = /(?<![\d+])00\s?[1-9]\d{0,2}[\s.\-/]*(?:\(0\)\s*)?\(?\d{1,4}\)?(?:[\s.\-/]*\d{2,5}){1,4}/g;
const MX_01 = /(?<![\d+])01[\s.-]*\(?\d{2,3}\)?(?:[\s.-]*\d{2,4}){2,4}/g;
const CO_PLUS_60X = /\+\s?60[1-8][\s.-]*\d{3}[\s.-]?\d{4}\b/g;
/**
 * A prefix, a word and, in parentheses, the digits the word stands for ("0810 2 BANCOR (226267)";
 * "01800 - estafeta (3782338)", whose digits stop where the national number ends).
 */
const SPELT_WITH_DIGITS = /(?<![\d+\w])(\+?\d[\d\s.-]{1,10}?)\s*(?:[-–]\s*)?([A-Za-z]{3,12})\s*\((\d{3,10})\)/g;
/** "(347) 247-3198", "1 (347) 247-3198": the area code in parentheses, then three digits and four. */
const NANP_SHAPE = String.raw`(?:\+?1[\s.-]?)?\(\s?[2-9]\d{2}\s?\)\s?[2-9]\d{2}[\s.-]\d{4}`;
const NANP_WRITTEN = new RegExp(String.raw`(?<![\d+\w])${NANP_SHAPE}(?![\d\w-])`, 'g');
const NANP_WRITTEN_WHOLE = new RegExp(`^${NANP_SHAPE}$`);
/** An eight-digit Argentine number in two groups of four ("6380-9500"): a Buenos Aires line without its area code. */
const AR_BUENOS_AIRES_LOCAL = /(?<![\d+\w(-])[2-7]\d{3}[\s.-]\d{4}(?![\d\w-])/g;
/** A seven-digit Cuban number written in two groups ("881-3333", "881 3333"): a Havana line without its area code. */
const CU_HAVANA_LOCAL = /(?<![\d+\w(-])[2-9]\d{2}[\s.-]\d{4}(?![\d\w-])/g;

/**
 * The text as the matcher should read it, same length: a semicolon after a number and
 * before another figure, or a comma and a space there, separates two lines ("Contact:
 * 624-6456; 225-8452; 225-8458", "(876) 926-3590, 926-3740"). libphonenumber reads
 * ";225" and ", 926" as a dialling pause and an extension of the first number, and what
 * is left of the next ("-8452") then makes the whole a code. An extension it should
 * read keeps its word ("1234, ext. 245"), and a thousands comma has no space after it
 * ("1,299,900"), so neither is touched.
 */
function listsSplit(text: string): string {
  return text.replace(/(?<=\d\)?)(?:;|,(?=\s))(?=\s*\+?\(?\d)/g, '|').replace(AREA_CODE_IN_BARS, '($1)');
}

/** An area code between bars, as parentheses elsewhere (TCE/SC's footer: "|48| 3221-3602"). */
const AREA_CODE_IN_BARS = /(?<![\d|])\|(\d{2,3})\|(?=\s?\d{4,5}[\s.-]?\d{4}(?!\d))/g;

/**
 * Brazil's state capitals, as an address writes them with their state ("São Paulo - SP",
 * "Porto Alegre/RS"), and their area codes: a line printed without its area code in such an
 * address is the capital's.
 */
const BR_CAPITALS: [string, string, string][] = [
  ['sao paulo', 'sp', '11'], ['rio de janeiro', 'rj', '21'], ['belo horizonte', 'mg', '31'], ['vitoria', 'es', '27'],
  ['curitiba', 'pr', '41'], ['florianopolis', 'sc', '48'], ['porto alegre', 'rs', '51'], ['campo grande', 'ms', '67'],
  ['cuiaba', 'mt', '65'], ['goiania', 'go', '62'], ['brasilia', 'df', '61'], ['salvador', 'ba', '71'], ['aracaju', 'se', '79'],
  ['maceio', 'al', '82'], ['recife', 'pe', '81'], ['joao pessoa', 'pb', '83'], ['natal', 'rn', '84'], ['fortaleza', 'ce', '85'],
  ['teresina', 'pi', '86'], ['sao luis', 'ma', '98'], ['belem', 'pa', '91'], ['macapa', 'ap', '96'], ['manaus', 'am', '92'],
  ['boa vista', 'rr', '95'], ['porto velho', 'ro', '69'], ['rio branco', 'ac', '68'], ['palmas', 'to', '63'],
];
const BR_CAPITAL_IN_ADDRESS = new RegExp(String.raw`\b(${BR_CAPITALS.map(([c]) => c).join('|')})\s*(?:-|–|/|,|\()\s*(${BR_CAPITALS.map(([, uf]) => uf).join('|')})\b`);
/** A Brazilian landline's eight digits without an area code ("3886-6000"). */
const BR_LOCAL = /(?<![\d+\w(-])[2-5]\d{3}[\s.-]?\d{4}(?![\d\w-])/g;
/** A phone word right before such a number: the PABX, the switchboard, "Telefone:". */
const BR_LINE_WORD = /\b(?:pabx|tel(?:efones?|s)?|fones?|central telefonica)\.?\s*:?\s*$/;

/** The area code of the state capital an address on this line names, with its state. */
function capitalAreaCode(line: string): string | undefined {
  const m = BR_CAPITAL_IN_ADDRESS.exec(fold(line));
  return m ? BR_CAPITALS.find(([c, uf]) => c === m[1] && uf === m[2])?.[2] : undefined;
}

/**
 * Lines printed without their area code where the number's own length says which city it is:
 * Lima's landlines are the only seven-digit subscriber numbers in Peru ("Central Telefónica:
 * 511-5000", Serpost's footer), Buenos Aires's the only eight-digit ones in Argentina, and
 * before Mexico's ten-digit plan of 2019 only Mexico City, Guadalajara and Monterrey had
 * eight-digit ones ("marca al 9171 5050 en la Ciudad de México", Infonavit's). A Lima or Buenos
 * Aires number needs a phone word or the city's name before it; a Mexican one the city's name
 * beside it, since eight digits alone could be any of the three.
 */
const CITY_LOCAL: { region: CountryCode; local: RegExp; word?: RegExp; area?: string; cities?: [RegExp, string][] }[] = [
  {
    region: 'PE',
    local: /(?<![\d+\w(-])[2-7]\d{2}[\s.-]\d{4}(?![\d\w-])/g,
    word: /\b(?:central telefonica|tel[eé]fonos?|telf?s?|tlf|fonos?|pbx|lineas?|llamanos|llamenos|lima)\b\.?\s*:?\s*$/,
    area: '1',
  },
  // Buenos Aires's lines are the only eight-digit subscriber numbers in Argentina ("Tel: 4346-5000").
  {
    region: 'AR',
    local: /(?<![\d+\w(-])[4-6]\d{3}[\s.-]\d{4}(?![\d\w-])/g,
    word: /\b(?:tel[eé]fonos?|telf?s?|tlf|conmutador|central telefonica|lineas?|llamanos|llamenos|llame al|llama al|capital federal|caba|buenos aires)\b\.?\s*:?\s*$/,
    area: '11',
  },
  {
    region: 'MX',
    local: /(?<![\d+\w(-])[1-9]\d{3}[\s.-]\d{4}(?![\d\w-])/g,
    cities: [[/\b(?:ciudad de mexico|cdmx|d\.\s?f\b|distrito federal|(?:zona|area) metropolitana(?: del valle de mexico)?)(?![\w])/, '55'], [/\bguadalajara\b/, '33'], [/\bmonterrey\b/, '81']],
  },
];

/** The plan's one area code, or that of the city named beside the local number. */
function cityAreaCode(plan: (typeof CITY_LOCAL)[number], text: string, start: number, end: number): string | undefined {
  if (plan.area) return plan.area;
  // Only the number's own sentence: a city in the next one is another line's or an address's.
  const sentenceBreak = /[;\n]|\.\s/;
  const before = fold(text.slice(Math.max(0, start - 40), start)).split(sentenceBreak).pop() ?? '';
  const after = fold(text.slice(end, end + 40)).split(sentenceBreak)[0] ?? '';
  return plan.cities?.find(([re]) => re.test(`${before} ${after}`))?.[1];
}

/** A line that is a person's name and a dash before the number ("Raiana Barreto — (92) 98180-5483"). */
const PERSONS_LINE = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}'’.-]+){1,4}\s*[—–-]\s*$/u;
/** The credit that opens an article's sign-off: who wrote it, whose release it is. */
const CREDIT_LINE = /^\s*(?:texto|fonte|por|reportagem|redacao|text|by|source)\s*:/;

/**
 * An article's credits list people with their own lines under the text's credit (ALEAM's
 * news: "Texto: Assessoria da Deputada", then "Emanuel Mendes Siqueira — (92) 99122-3785" and
 * "Raiana Barreto — (92) 98180-5483", a deputy's press aides): each number is that person's,
 * not the organisation's. Only a line that is wholly a name and a dash before the number,
 * under the credit or under other such lines.
 */
function creditedPersonsLine(text: string, start: number): boolean {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!PERSONS_LINE.test(text.slice(lineStart, start))) return false;
  for (let up = 0; up < 12 && lineStart > 0; up++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(prevStart, lineStart - 1);
    if (CREDIT_LINE.test(fold(prev))) return true;
    // Paragraphs come apart with a blank line between them.
    if (!prev.trim()) {
      lineStart = prevStart;
      continue;
    }
    // Another credited person's line ("Name — number") keeps the block going.
    if (!/^\s*\p{Lu}[\p{L}'’.-]+(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}'’.-]+){1,4}\s*[—–-]\s*[+(\d][\d\s().-]{6,}$/u.test(prev)) return false;
    lineStart = prevStart;
  }
  return false;
}

/** Phone numbers in a text (visible or hidden) with context filters. */
export function phonesInText(text: string, country: string): { e164: string; start: number; end: number; raw: string; type?: string }[] {
  const region = asCountry(country);
  const out: { e164: string; start: number; end: number; raw: string; type?: string }[] = [];
  if (!text) return out;
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number): boolean => taken.some(([x, y]) => a < y && b > x);
  /** Context filters shared by every way of finding a number. */
  const rejected = (start: number, end: number, raw: string): boolean => {
    if (looksLikeAmount(raw) || looksLikeDate(raw) || looksLikePlaceholder(raw)) return true;
    const before = fold(text.slice(Math.max(0, start - 28), start));
    // …unless the number opens with its country code, which only a number to dial has (TRE-PI's footer
    // "Protocolo: (+55 86) 2107-9735", the filing desk's line, not a protocol number).
    if (NOT_A_PHONE_BEFORE.test(before) && !PHONE_WORDS.test(before) && !/^\(?\s?\+/.test(raw.trim())) return true;
    if (looksLikeCount(raw, before)) return true;
    if (NOT_A_PHONE_AFTER.test(text.slice(end, end + 14))) return true;
    // A number glued to letters or more digits ("AB3001234567", "3001234567-2") is a code.
    if (looksLikePair(raw)) return true;
    const prev = text[start - 1] ?? ' ';
    const next = text[end] ?? ' ';
    if (/[A-Za-z0-9]/.test(prev) || /[A-Za-z]/.test(next)) return true;
    // A figure inside a web address written out in the text is part of the address: a
    // tracking parameter ("…/search_product.htm?q=…&spm=875.7931836/B…", Tmall's category
    // data), a WhatsApp link ("https://wa.me/573001234567", the WhatsApp detector's).
    if (insideWebAddress(text, start, end)) return true;
    // More digits after a hyphen make it a code ("900123456-7") — unless a phone label
    // says it is a line and they are the end of a hunting range ("Tel: 926-3590-4" is
    // 926-3590 to 926-3594; the first line, as written, is the number).
    if (/^-\d/.test(text.slice(end, end + 2)) && !(huntingRange(raw, text.slice(end)) && phoneLabelled(text, start))) return true;
    // …and so do more digits after a dot: a court's case number ("5007357-73.2015.4.04.7112"), a version, an address.
    if (/^\.\d/.test(text.slice(end, end + 2))) return true;
    // Lines the page gives as another body's: the insurance regulator's, the maker's, the police's.
    if (inRegulatorsSentence(text, start, end) || underMakersLabel(text, start) || inMakersBlock(text, start)) return true;
    if (emergencyBodysLine(text, start)) return true;
    // A columnist's tagline gives her own or her firm's line, not the publisher's.
    if (inContributorsBio(text, start)) return true;
    // …and an article's credits give the credited people's own phones.
    if (creditedPersonsLine(text, start)) return true;
    // A fax line is not a line a customer can call.
    return isFaxLabelled(text, start, end);
  };
  /** Takes the place of a number found at `start`, and keeps it unless the context rules it out. */
  const claim = (start: number, raw: string, e164: string, type?: string): boolean => {
    const end = start + raw.length;
    taken.push([start, end]);
    if (rejected(start, end, raw)) return false;
    out.push({ e164, start, end, raw, ...(type ? { type } : {}) });
    return true;
  };
  for (const m of findNumbers(listsSplit(text), { defaultCountry: region, v2: true })) {
    const raw = text.slice(m.startsAt, m.endsAt);
    if (!m.number.isValid() || !claim(m.startsAt, raw, m.number.number, m.number.getType())) continue;
    // "4556-9147/48": the line ending …48 is offered too.
    for (const alt of alternateEndings(m.number.number, raw, text.slice(m.endsAt), phoneLabelled(text, m.startsAt))) {
      out.push({ ...alt, start: m.startsAt, end: m.endsAt + alt.suffixLength, raw: text.slice(m.startsAt, m.endsAt + alt.suffixLength) });
    }
    const next = sameAreaCodeLine(m.number.number, raw, text.slice(m.endsAt));
    if (next && !overlaps(m.endsAt, m.endsAt + next.suffixLength)) {
      taken.push([m.endsAt, m.endsAt + next.suffixLength]);
      out.push({ ...next, start: m.startsAt, end: m.endsAt + next.suffixLength, raw: text.slice(m.startsAt, m.endsAt + next.suffixLength) });
    }
  }
  // A labelled line written with the end of its hunting range ("Tel: 1 (876) 926-3590-4"),
  // which the matcher refuses as a whole: the number before the range is the line.
  for (const m of text.matchAll(HUNTING_RANGE)) {
    const start = m.index ?? 0;
    const raw = m[1]!;
    const end = start + raw.length;
    if (overlaps(start, end)) continue;
    if (!huntingRange(raw, text.slice(end)) || !phoneLabelled(text, start)) continue;
    const p = parsePhoneNumberFromString(raw, region);
    if (p && p.isValid()) claim(start, raw, p.number, p.getType());
  }
  // A labelled line with a figure glued after it by a space ("Fone: (51) 3320.3500 2018"): the
  // line is the run without that figure — only under a phone label, where the line is certain.
  for (const m of text.matchAll(LINE_THEN_FIGURE)) {
    const start = m.index ?? 0;
    const raw = m[1]!;
    if (overlaps(start, start + m[0].length) || !phoneLabelled(text, start)) continue;
    const p = parsePhoneNumberFromString(raw, region);
    if (p && p.isValid()) claim(start, raw, p.number, p.getType());
  }
  if (region === 'US' || region === 'CA') {
    for (const m of text.matchAll(VANITY)) {
      const raw = m[0];
      const start = m.index ?? 0;
      const end = start + raw.length;
      if (overlaps(start, end) || !/[A-Z]{3}/.test(raw)) continue;
      const e164 = vanityNumber(raw, region);
      if (e164) claim(start, raw, e164);
    }
  }
  // A number spelt with the organisation's name and its digits after it ("0810 2 BANCOR (226267)",
  // Banco de Córdoba's footer): the prefix and the digits the letters stand for.
  for (const m of text.matchAll(SPELT_WITH_DIGITS)) {
    const [whole, prefix, letters, digits] = m as unknown as [string, string, string, string];
    // The digits must be the keypad's for the word's letters (all of them, or the first ones
    // when the number is shorter than the word): a word and a figure that merely sit together
    // ("Bogotá 3 (120)") are not a spelt number.
    const keyed = [...letters.toUpperCase()].map((c) => KEYPAD[c] ?? '').join('');
    if (digits.length < 4 || !keyed.startsWith(digits)) continue;
    const start = m.index ?? 0;
    if (overlaps(start, start + whole.length)) continue;
    const e164 = normalisePhone(`${prefix}${digits}`, country);
    if (e164) claim(start, whole, e164);
  }
  const rescues = [INTERNATIONAL_00, ...(region === 'MX' ? [MX_01] : []), ...(region === 'CO' ? [CO_PLUS_60X] : []), ...(region === 'CU' ? [CU_HAVANA_LOCAL] : []), ...(region === 'AR' ? [AR_BUENOS_AIRES_LOCAL] : []), ...(getCountryCallingCode(region) !== '1' ? [NANP_WRITTEN] : [])];
  for (const re of rescues) {
    for (const m of text.matchAll(re)) {
      const raw = m[0].replace(/[\s.\-/]+$/, '');
      const start = m.index ?? 0;
      const end = start + raw.length;
      if (overlaps(start, end)) continue;
      // Two groups of four are also a span of years or a code: in running text, only a line its label names.
      if (re === AR_BUENOS_AIRES_LOCAL && (!phoneLabelled(text, start) || /^(?:19|20)\d{2}\D(?:19|20)\d{2}$/.test(raw))) continue;
      const e164 = rescued(raw, region);
      if (e164) claim(start, raw, e164);
    }
  }
  // An area code given once, alone at the end of a label's line, over the local numbers listed
  // under it, one a line (Slivki.by's header: 'Справка: (029)' above '608 22 22' and '508 22 22',
  // one number per mobile operator): each is a line in that area code.
  for (const m of text.matchAll(CODE_OVER_LINES)) {
    const [whole, code, list] = m as unknown as [string, string, string];
    const at = m.index ?? 0;
    const head = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
    if (/\d/.test(head)) continue;
    let offset = at + whole.length - list.length;
    for (const line of list.split('\n')) {
      const raw = line.trim();
      const start = offset + line.indexOf(raw);
      offset += line.length + 1;
      if (!raw || overlaps(start, start + raw.length)) continue;
      const p = parsePhoneNumberFromString(`${code} ${raw}`, region);
      if (p && p.isValid()) claim(start, raw, p.number, p.getType());
    }
  }
  // A line written in another country's plan under that country's name ("AUSTRALIA: 1-800-04-1997",
  // "UK: 08-00-031-4068", Whistler Blackcomb's reservation lines abroad): read in that country's plan.
  for (const m of text.matchAll(COUNTRY_LABELLED)) {
    const [, label, raw] = m as unknown as [string, string, string];
    const start = (m.index ?? 0) + m[0].length - raw.length;
    if (overlaps(start, start + raw.length)) continue;
    const named = countryNamed(label);
    if (!named || named === region) continue;
    const p = parsePhoneNumberFromString(raw, named);
    if (p && p.isValid()) claim(start, raw, p.number, p.getType());
  }
  if (region === 'CO') {
    for (const m of text.matchAll(LEGACY_CO)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const before = fold(text.slice(Math.max(0, start - 28), start));
      if (NOT_A_PHONE_BEFORE.test(before) && !PHONE_WORDS.test(before)) continue;
      // The old short form is ambiguous without "+57", parentheses or a phone word nearby.
      if (!/\+|\(/.test(m[0]) && !PHONE_WORDS.test(before)) continue;
      if (isFaxLabelled(text, start, end)) continue;
      const e164 = legacyColombian(m[0]);
      if (e164) out.push({ e164, start, end, raw: m[0], type: 'FIXED_LINE' });
    }
  }
  if (region === 'BR') {
    // A mobile written before its area gained the ninth digit (2012–2016: OAB/MA's hotlines "(98) 9116-3011" in
    // 2016) is the same mobile today, with the 9 every Brazilian mobile took in front of it.
    for (const m of text.matchAll(LEGACY_BR_MOBILE)) {
      const start = m.index ?? 0;
      const [raw, ddd, first, last] = m as unknown as [string, string, string, string];
      if (overlaps(start, start + raw.length)) continue;
      const p = parsePhoneNumberFromString(`+55${ddd}9${first}${last}`);
      if (p && p.isValid() && p.getType() === 'MOBILE') claim(start, raw, p.number, 'MOBILE');
    }
    // A labelled line without its area code in an address naming a state capital (ALESP's footer:
    // "São Paulo - SP - CEP 04097-900 - PABX: 3886-6000") is the capital's line.
    for (const m of text.matchAll(BR_LOCAL)) {
      const start = m.index ?? 0;
      const raw = m[0];
      if (overlaps(start, start + raw.length) || !BR_LINE_WORD.test(fold(text.slice(Math.max(0, start - 24), start)))) continue;
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const lineEnd = text.indexOf('\n', start);
      const ddd = capitalAreaCode(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
      const p = ddd ? parsePhoneNumberFromString(`+55${ddd}${raw.replace(/\D/g, '')}`) : undefined;
      if (p && p.isValid()) claim(start, raw, p.number, 'FIXED_LINE');
    }
  }
  for (const plan of CITY_LOCAL.filter((p) => p.region === region)) {
    for (const m of text.matchAll(plan.local)) {
      const start = m.index ?? 0;
      const raw = m[0];
      const end = start + raw.length;
      if (overlaps(start, end) || (plan.word && !plan.word.test(fold(text.slice(Math.max(0, start - 24), start))))) continue;
      const area = cityAreaCode(plan, text, start, end);
      const p = area ? parsePhoneNumberFromString(`+${getCountryCallingCode(region)}${area}${raw.replace(/\D/g, '')}`) : undefined;
      if (p && p.isValid()) claim(start, raw, p.number, 'FIXED_LINE');
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A country's name standing alone as a number's label at the start of a line or item
 * ("AUSTRALIA: 1-800-04-1997"), then the number.
 */
/** "(029)" closing a label's line, then one to four lines that hold only a local number. */
const CODE_OVER_LINES = /\((0?\d{2,4})\)[ \t\u00a0]*\n((?:[ \t\u00a0]*\d{2,4}(?:[ \u00a0.-]\d{2,4}){1,3}[ \t\u00a0]*(?:\n|$)){1,4})/g;

const COUNTRY_LABELLED = /(?:^|[\n|•·;(])[ \t]*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.]*(?: [A-Za-zÀ-ÿ.]+){0,2})[ \t]*:[ \t]*(\+?\(?\d[\d \t().-]{5,20}\d)/g;

/** Short names a page writes for a country, in capitals only ("UK", not the "us" of "Contact us"). */
const COUNTRY_ABBREVIATIONS: Record<string, CountryCode> = { UK: 'GB', 'U.K.': 'GB', US: 'US', 'U.S.': 'US', USA: 'US', 'U.S.A.': 'US', EEUU: 'US', 'EE.UU.': 'US', EUA: 'US' };

let countryNames: Map<string, CountryCode> | undefined;

/** The country a label names, in English, Spanish or Portuguese (ICU's names of regions), or by its usual abbreviation. */
function countryNamed(label: string): CountryCode | undefined {
  const abbreviation = COUNTRY_ABBREVIATIONS[label.trim()];
  if (abbreviation) return abbreviation;
  if (!countryNames) {
    countryNames = new Map();
    for (const lang of ['en', 'es', 'pt']) {
      const names = new Intl.DisplayNames([lang], { type: 'region' });
      for (const c of getCountries()) {
        const n = names.of(c);
        if (n && n !== c) countryNames.set(fold(n), c);
      }
    }
    for (const [n, c] of [['great britain', 'GB'], ['england', 'GB'], ['estados unidos', 'US'], ['united states', 'US']] as const) countryNames.set(n, c);
  }
  return countryNames.get(fold(label.trim()));
}

/** Where the text of a tel: link stands in the page text, to read the label written before it. */
function linkLabelledFax(text: string, linkText: string): boolean {
  const t = linkText.trim();
  if (!/\d{3}/.test(t)) return false;
  let found = false;
  for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + 1)) {
    if (!isFaxLabelled(text, i, i + t.length)) return false;
    found = true;
  }
  return found;
}

/** Hosts any entry of a listing may link to (maps, social profiles, messaging, app stores): they say nothing of whose entry it is. */
const SHARED_HOST = /(?:^|\.)(?:google\.[a-z.]+|goo\.gl|waze\.com|bing\.com|openstreetmap\.org|facebook\.com|instagram\.com|twitter\.com|x\.com|linkedin\.com|youtube\.com|tiktok\.com|pinterest\.[a-z.]+|wa\.me|whatsapp\.com|t\.me|apple\.com)$/;

/**
 * Lines a directory of other organisations lists (a newspaper's guide of local businesses:
 * one card per advertiser with its name, its tel: link and a link to its own web site). A
 * listing is one when three or more entries with a line name different organisations that
 * each link to a site not the organisation's (nor a map or a social profile); an entry that
 * names the organisation itself (its title or site name) is its own line.
 */
function directoryLines(view: DocView, country: string, isOwn: (url: string) => boolean): Set<string> {
  const listed = view.doc.links.filter((l) => /^tel:/i.test(l.href) && l.entry?.name
    && l.entry.sites.some((u) => !isOwn(u) && !SHARED_HOST.test(hostOf(u))));
  if (new Set(listed.map((l) => fold(l.entry!.name))).size < 3) return new Set();
  const ownName = fold(`${view.doc.title} | ${view.doc.meta['og:site_name'] ?? ''}`);
  const out = new Set<string>();
  for (const l of listed) {
    const name = fold(l.entry!.name);
    if (name.length >= 4 && ownName.includes(name)) continue;
    const e164 = normalisePhone(l.href, country);
    if (e164) out.add(e164);
  }
  return out;
}

/** Phone numbers of one document: tel: links, then visible text, then hidden text. */
export function extractPhones(view: DocView, country: string, isOwn: (url: string) => boolean = (u) => domainOf(u) === domainOf(view.url)): PhoneHit[] {
  const hits: PhoneHit[] = [];
  const others = directoryLines(view, country, isOwn);
  // Numbers whose tel: link names them a fax line in its own words ("202.419.4349 | Fax"):
  // written in the page text too, they are that fax, whatever label stands before them
  // (there, the label before is the previous link's: "202.419.4300 | Main 202.419.4349 | Fax").
  const faxLinks = new Set<string>();
  const whatsappTel = new Set<string>();
  for (const l of view.doc.links) {
    // An sms: link offers a line to text (Rothy's footer 'SMS' → sms:4152127404): the number is the
    // organisation's as surely as a tel: link's. One without a number ("sms:?body=…") shares a page.
    if (!/^(?:tel|callto|sms):/i.test(l.href)) continue;
    // "Fax: <a href="tel:…">": the label sits outside the link, in the page text.
    if (/\b(?:tele)?fax\b/i.test(`${l.text} ${l.label}`) && !PHONE_AND_FAX.test(`${l.text} ${l.label}`)) {
      for (const m of phonesInText(l.text, country)) faxLinks.add(m.raw.replace(/\D/g, ''));
      continue;
    }
    // A link that names its line in its own words ("202.419.4372 | Media Inquiries") is
    // labelled by them, not by the label of the text before it.
    const ownWords = /[A-Za-z]{3}/.test(l.text.replace(/\b(?:tel|tels|telf|phone|ph|fone|ext|extension|ramal)\b\.?/gi, ''));
    if (!ownWords && (linkLabelledFax(view.doc.text, l.text) || !view.doc.text.includes(l.text.trim()) && linkLabelledFax(view.doc.hiddenText, l.text))) continue;
    const e164 = normalisePhone(l.href, country);
    // A tel: link the page offers for WhatsApp only is the WhatsApp channel (the WhatsApp detector lists it).
    if (e164 && telOfferedOnWhatsapp(view, l)) {
      whatsappTel.add(e164);
      continue;
    }
    if (e164 && !others.has(e164)) hits.push({ value: e164, source: src(view, { snippet: `${l.text || l.label} (${l.href})`, selector: l.selector }) });
  }
  // Numbers an icon marks as WhatsApp only, or as a fax, are not lines to call; nor is the
  // number written as the text of a WhatsApp link ("<a href="https://wa.me/55…">(67) 99669-9563</a>").
  const iconOnly = new Set<string>();
  for (const l of view.doc.links) {
    if (/^(?:https?:\/\/)?(?:api\.|web\.)?(?:wa\.me|whatsapp\.com)\/|^whatsapp:/i.test(l.href)) {
      if (PHONE_LABEL_WORD.test(fold(`${l.text} ${l.label}`))) continue;
      for (const m of phonesInText(l.text, country)) iconOnly.add(m.raw.replace(/\D/g, ''));
    }
    const words = fold(`${l.label} ${l.text}`);
    if (PHONE_LABEL_WORD.test(words) || CALL_WORD.test(words)) continue;
    for (const m of numbersShownForWhatsapp(l, country)) iconOnly.add(m.raw.replace(/\D/g, ''));
  }
  for (const label of view.doc.iconLabels ?? []) {
    if (label.icon === 'whatsapp' && PHONE_LABEL_WORD.test(fold(label.text))) continue; // "Tel/WhatsApp" is both
    for (const m of phonesInText(label.text, country)) iconOnly.add(m.raw.replace(/\D/g, ''));
  }
  for (const [text, note] of [[view.doc.text, undefined], [view.doc.hiddenText, HIDDEN]] as const) {
    for (const m of phonesInText(text, country)) {
      if (faxLinks.has(m.raw.replace(/\D/g, '')) || others.has(m.e164)) continue;
      if (iconOnly.has(m.raw.replace(/\D/g, '')) && !PHONE_WORDS.test(fold(text.slice(Math.max(text.lastIndexOf('\n', m.start - 1) + 1, m.start - 30), m.start)))) continue;
      // A number offered only on WhatsApp, in plain text or as a WhatsApp link's text under a
      // WhatsApp label ("Whatsapp: <a href=api.whatsapp.com/send?phone=…>(11) 99844-0509</a>", Lojas
      // Rubi's footer): the WhatsApp channel, which the WhatsApp detector lists, not a line to call.
      if (offeredOnWhatsapp(text, m.start)) continue;
      // The text of a tel: link offered for WhatsApp only, where its box introduces it so.
      if (whatsappTel.has(m.e164) && introducedAsWhatsapp(text, m.start)) continue;
      hits.push({ value: m.e164, type: m.type, source: src(view, { snippet: snippetAround(text, m.start, m.end), note }) });
    }
  }
  return sameNationalLines(hits);
}

/**
 * Numbers a button that leads nowhere shows under a WhatsApp title: AASP's footer icon
 * <a href="javascript:;" title="WhatsApp da AASP"> reveals "(11) 99424-6731" on hover. The
 * title is the number's label: WhatsApp, and a line to call too when it has a phone word
 * ("Tel/WhatsApp").
 */
export function numbersShownForWhatsapp(l: LinkInfo, country: string): ReturnType<typeof phonesInText> {
  // An absolute address ending in "#" is the page's own: a button too.
  const href = l.href.trim();
  if (!isPlaceholderHref(href) && !href.endsWith('#')) return [];
  if (!WHATSAPP_WORD.test(fold(l.label))) return [];
  return phonesInText(l.text, country);
}

/** A phone word anywhere in a short label ("Tel/WhatsApp", "Celular y WhatsApp"). */
const PHONE_LABEL_WORD = /\b(?:tel|telf|telefono|telefone|fone|phone|pa?bx|celular|cel|movil|mobile|linea|llamanos|llamenos|call)\b/;

/**
 * A number the text offers on WhatsApp, and only there: "Send us a message on WhatsApp
 * at 1-876-499-0169", "Radio Whatsapp/SMS: +592-622-2222". The WhatsApp word stands
 * before it on its line (other numbers of the same list may sit between), and no phone
 * word does: "Tel/WhatsApp: 300 …" and "Llámanos o escríbenos al WhatsApp …" offer a
 * line to call as well. Such a number is the WhatsApp channel (the WhatsApp detector
 * lists it), not a line a customer can call.
 */
export function offeredOnWhatsapp(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const listed = fold(text.slice(Math.max(lineStart, start - 60), start)).replace(/[\d\s()+.\-–/|;,]*$/, '');
  // The label of this number: what follows the last figure before it ("… 601 555 1234 o escríbenos al WhatsApp").
  const before = listed.slice(listed.search(/[^\d]*$/));
  if (!/(?:whats\s?app|wpp|wsp)\b/.test(before)) return false;
  return !PHONE_LABEL_WORD.test(before) && !/\b(?:tel[eé]fonos?|telefones?|ligue|liga|llama|calls?|calling|dial|voice|voz|fijo|sac|pbx)\b/.test(before);
}

/** Words that offer a line to call ("Llámanos o escríbenos por WhatsApp", "call or WhatsApp"). */
const CALL_WORD = /\b(?:tel[eé]fonos?|telefones?|ligue|ligar|liga|llama|llame|llamar|llamada|calls?|calling|dial|voice|voz|fijo|sac|pbx)\b/;
const WHATSAPP_WORD = /(?:whats\s?app|wpp|wsp)\b/;
/**
 * The visitor's own number, which a WhatsApp sign-up box asks for ("Deja tu número de
 * teléfono y agrega a tu WhatsApp el mío", "Enter your phone number"): a phone word there
 * names the visitor's line, not one the page offers to call.
 */
const VISITORS_NUMBER = /\b(?:tu|su|seu|sua|teu|your)\s+(?:(?:numero|number)\s+(?:de\s+)?)?(?:telefono|telefone|celular|movil|mobile|phone|numero|number)(?:\s+number)?\b/g;

/**
 * A number that opens its line under the heading or sentence of its box, which offers it
 * on WhatsApp and not for calls: "¡Novedades de Juan Merodio en tu WhatsApp!\nDeja tu
 * número de teléfono y agrega a tu WhatsApp el mío …\n+34 645 754 453". The box is the
 * (at most three) lines right above the number, up to a line with another number, whose
 * lines those are. A phone word or a call verb there ("Llámanos o escríbenos por WhatsApp
 * al") offers a line to call as well.
 */
export function introducedAsWhatsapp(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A label on the number's own line is read by offeredOnWhatsapp.
  if (/\p{L}/u.test(text.slice(lineStart, start))) return false;
  const above = text.slice(Math.max(0, lineStart - 300), lineStart).split('\n').map((l) => l.trim()).filter(Boolean).slice(-3);
  const box: string[] = [];
  for (let i = above.length - 1; i >= 0 && !/\d{3}[\s.-]?\d{3}/.test(above[i]!); i--) box.unshift(above[i]!);
  const words = fold(box.join(' ')).replace(VISITORS_NUMBER, ' ');
  return WHATSAPP_WORD.test(words) && !PHONE_LABEL_WORD.test(words) && !CALL_WORD.test(words);
}

/**
 * Whether a tel: link offers its number for WhatsApp only: its own text or label says
 * WhatsApp and no phone word ("<a href="tel:…">WhatsApp</a>"), or every place its text
 * stands in the page is labelled WhatsApp only, on its line ("WhatsApp: <a href="tel:…">")
 * or by its box's heading or sentence (introducedAsWhatsapp). A tel: link beside a
 * separate WhatsApp mention ("Tel: … | WhatsApp: …") keeps its own label and stays a line.
 */
export function telOfferedOnWhatsapp(view: DocView, l: LinkInfo): boolean {
  const own = fold(`${l.text} ${l.label}`);
  if (WHATSAPP_WORD.test(own)) return !PHONE_LABEL_WORD.test(own) && !CALL_WORD.test(own);
  const t = l.text.trim();
  if (!/\d{3}/.test(t)) return false;
  const text = view.doc.text.includes(t) ? view.doc.text : view.doc.hiddenText;
  let found = false;
  for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + 1)) {
    if (!offeredOnWhatsapp(text, i) && !introducedAsWhatsapp(text, i)) return false;
    found = true;
  }
  return found;
}
