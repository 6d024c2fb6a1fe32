/**
 * Postal addresses written the Colombian / Latin American way ("Cra. 43A # 1 Sur-100",
 * "Carrera 43A No. 1 Sur - 100", "KR 43 A 1 SUR 100"): the street type, the street
 * numbers (with letters and "bis") and the cardinal words make the core; what follows
 * (piso, bodega, local, barrio, city) are extras. Two addresses are equivalent when
 * their cores are equal and their extras do not contradict each other (one may omit
 * "Parque Principal"; "Bodega 3" against "Bodega 4" is a mismatch).
 */
import { reason, type Message, type MessageId, type MessageValue, type MessageValues } from '../i18n/index.js';

export type Comparison = 'exact' | 'equivalent' | 'mismatch';

const VIA_MULTI: [RegExp, string][] = [
  [/^(?:avenida|av|avda)\s+(?:calle|cl|cll)\b/, 'AC'],
  [/^(?:avenida|av|avda)\s+(?:carrera|cra|kr|kra|cr)\b/, 'AK'],
];

const VIA: Record<string, string> = {
  calle: 'CL', cl: 'CL', cll: 'CL', clle: 'CL', call: 'CL', ac: 'AC', ak: 'AK',
  carrera: 'KR', cra: 'KR', cr: 'KR', kr: 'KR', kra: 'KR', crr: 'KR', carr: 'KR', cra_: 'KR', k: 'KR',
  avenida: 'AV', av: 'AV', avda: 'AV', ave: 'AV',
  diagonal: 'DG', dg: 'DG', diag: 'DG',
  transversal: 'TV', tv: 'TV', tr: 'TV', trans: 'TV', transv: 'TV', tranv: 'TV', trv: 'TV',
  circular: 'CQ', cq: 'CQ', circ: 'CQ',
  autopista: 'AU', au: 'AU', aut: 'AU',
};

const CARDINALS: Record<string, string> = { sur: 'S', este: 'E', oriente: 'E', norte: 'N', oeste: 'W', occidente: 'W' };

const EXTRA_WORDS: Record<string, string> = {
  piso: 'piso', p: 'piso', local: 'local', loc: 'local', lc: 'local', oficina: 'oficina', of: 'oficina', ofi: 'oficina', ofc: 'oficina',
  bodega: 'bodega', bod: 'bodega', bg: 'bodega', apartamento: 'apto', apto: 'apto', apt: 'apto', interior: 'interior', int: 'interior',
  torre: 'torre', edificio: 'edificio', ed: 'edificio', edif: 'edificio', barrio: 'barrio', br: 'barrio', bloque: 'bloque', bl: 'bloque',
  consultorio: 'consultorio', cons: 'consultorio', modulo: 'modulo', mod: 'modulo', casa: 'casa', lote: 'lote', manzana: 'manzana', mz: 'manzana',
  kilometro: 'km', km: 'km', via: 'via', cc: 'cc', vereda: 'vereda', vda: 'vereda',
};

const STOP = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'y', 'en', 'a', 'the', 'of', 'and', 'colombia', 'co']);

export function foldText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export interface ParsedAddress {
  /** CL, KR, AV, AC, AK, DG, TV, CQ, AU — undefined when the address has no street type. */
  via?: string;
  /** Street number, cross-street number, plate: "43A", "1", "100". */
  numbers: string[];
  cardinals: string[];
  /** Normalised words after the core: "bodega 3", "piso 2", "parque", "principal". */
  extras: string[];
  /** Every normalised token, for addresses without a core. */
  tokens: string[];
}

function tokens(s: string): string[] {
  let f = foldText(s)
    .replace(/\b(?:n[°º]|no\.|nro\.?|num\.|numero|n\.)\s*/g, ' # ')
    .replace(/\bno\s+(?=\d)/g, ' # ')
    .replace(/[°º]/g, ' ')
    .replace(/c\.\s?c\./g, ' cc ');
  f = f.replace(/[^a-z0-9#]+/g, ' ');
  return f.match(/\d+[a-z]?(?![a-z])|[a-z]+|#|\d+/g) ?? [];
}

export function parseAddress(s: string): ParsedAddress {
  const toks = tokens(s);
  const out: ParsedAddress = { numbers: [], cardinals: [], extras: [], tokens: [] };
  const joined = toks.join(' ');
  let i = 0;
  for (const [re, code] of VIA_MULTI) {
    const m = re.exec(joined);
    if (m) {
      out.via = code;
      i = m[0].split(' ').length;
      break;
    }
  }
  if (!out.via && toks[0] && VIA[toks[0]] && toks[1] && /^\d/.test(toks[1])) {
    out.via = VIA[toks[0]];
    i = 1;
  }
  const normTokens: string[] = [];
  const pushExtra = (t: string) => {
    if (STOP.has(t) || t === '#') return;
    out.extras.push(EXTRA_WORDS[t] ?? t);
  };
  if (out.via) {
    for (; i < toks.length; i++) {
      const t = toks[i]!;
      if (out.numbers.length >= 3) break;
      if (t === '#') continue;
      if (/^\d/.test(t)) {
        out.numbers.push(t.toUpperCase());
        continue;
      }
      const prev = out.numbers[out.numbers.length - 1];
      if (t === 'bis' && prev !== undefined) {
        out.numbers[out.numbers.length - 1] = prev + 'BIS';
        continue;
      }
      if (/^[a-h]$/.test(t) && prev !== undefined && /\d$|BIS$/.test(prev)) {
        out.numbers[out.numbers.length - 1] = prev + t.toUpperCase();
        continue;
      }
      if (CARDINALS[t]) {
        out.cardinals.push(CARDINALS[t]!);
        continue;
      }
      break;
    }
    // Cardinal words right after the plate ("… 1-100 Sur") belong to the core too.
    while (i < toks.length && CARDINALS[toks[i]!]) out.cardinals.push(CARDINALS[toks[i++]!]!);
    if (out.numbers.length < 2) {
      // "Calle 72" alone is a street, not an address: fall back to plain tokens.
      out.via = undefined;
      out.numbers = [];
      out.cardinals = [];
      i = 0;
    }
  }
  for (; i < toks.length; i++) pushExtra(toks[i]!);
  for (const t of toks) if (!STOP.has(t) && t !== '#') normTokens.push(VIA[t] ?? CARDINALS[t] ?? EXTRA_WORDS[t] ?? t);
  out.tokens = normTokens;
  out.cardinals = [...new Set(out.cardinals)].sort();
  return out;
}

/** "KR 43A 1 100 S" — the comparable core, or undefined without a street type. */
export function addressKey(s: string): string | undefined {
  const p = parseAddress(s);
  if (!p.via) return undefined;
  return [p.via, ...p.numbers, ...p.cardinals].join(' ');
}

/** Keyword → number pairs among extras ("bodega 3", "piso 2") that must agree when both sides state them. */
function numbered(extras: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i < extras.length - 1; i++) {
    const k = extras[i]!;
    const v = extras[i + 1]!;
    if (/^[a-z]+$/.test(k) && /^\d/.test(v) && Object.values(EXTRA_WORDS).includes(k)) m.set(k, v);
  }
  return m;
}

export interface AddressComparison {
  result: Comparison;
  /** Why the addresses differ, in English. */
  reason?: string;
  /** `reason` as a catalogue message. */
  why?: Message;
}

function mismatch(id: MessageId, values?: MessageValues): AddressComparison {
  const r = reason(id, values);
  return { result: 'mismatch', reason: r.message, why: r.reason };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function compareAddress(declared: string, found: string): AddressComparison {
  if (collapse(declared) === collapse(found)) return { result: 'exact' };
  const a = parseAddress(declared);
  const b = parseAddress(found);
  if (a.via && b.via) {
    const ka = [a.via, ...a.numbers].join(' ');
    const kb = [b.via, ...b.numbers].join(' ');
    if (ka !== kb) return mismatch('evidence.address.street', { declared: ka, found: kb });
    const none: MessageValue = { msg: { id: 'evidence.address.none' } };
    if (a.cardinals.join() !== b.cardinals.join()) return mismatch('evidence.address.cardinal', { declared: a.cardinals.join('/') || none, found: b.cardinals.join('/') || none });
    const na = numbered(a.extras);
    const nb = numbered(b.extras);
    for (const [k, v] of na) {
      const w = nb.get(k);
      if (w !== undefined && w !== v) return mismatch('evidence.address.part', { part: k, declared: v, found: w });
    }
    return { result: 'equivalent' };
  }
  if (a.via || b.via) return mismatch(a.via ? 'evidence.address.foundNoStreet' : 'evidence.address.declaredNoStreet');
  // No street grid (veredas, kilometres, named places): compare the words.
  const sa = new Set(a.tokens);
  const sb = new Set(b.tokens);
  if (!sa.size || !sb.size) return mismatch('evidence.address.empty');
  const aInB = [...sa].every((t) => sb.has(t));
  const bInA = [...sb].every((t) => sa.has(t));
  if (aInB || bInA) return { result: 'equivalent' };
  return mismatch('evidence.address.differentWords');
}

/** A line of text that starts like a street address ("Calle 72 # 10-34", "Cra. 1 No. 45-80"). */
export function looksLikeAddress(line: string): boolean {
  const p = parseAddress(line);
  return !!p.via && p.numbers.length >= 3;
}
