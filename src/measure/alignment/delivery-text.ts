/**
 * Delivery promises as written on a site — "Recíbelo en 2 a 3 días hábiles",
 * "Entrega en 24 a 48 horas", "entrega en máximo 2 días hábiles", "delivery in 4 to 6
 * weeks", "llega mañana" — read into a number of days (the upper bound of a range: a
 * promise is kept when the order arrives by its latest day). Hours become days
 * (rounded up), weeks seven days; business days are kept as days and flagged, as the
 * profiles count them.
 */
import { foldText } from '../address.js';

export interface DeliveryPromise {
  text: string;
  minDays: number;
  maxDays: number;
  unit: 'hours' | 'days' | 'weeks';
  businessDays: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1, una: 1, uno: 1, one: 1, a: 1, dos: 2, two: 2, tres: 3, three: 3, cuatro: 4, four: 4, cinco: 5, five: 5,
  seis: 6, six: 6, siete: 7, seven: 7, ocho: 8, eight: 8, nueve: 9, nine: 9, diez: 10, ten: 10,
  doce: 12, twelve: 12, quince: 15, fifteen: 15, veinte: 20, twenty: 20, treinta: 30, thirty: 30,
};
const NUM = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).filter((w) => w !== 'a').join('|')})`;

/** Words that make a duration a delivery promise when they come shortly before it. */
const CUE = /(?:entrega|entregas|entregamos|entregado|recibelo|recibe|recibiras|reciba|recibir|envio|envios|enviamos|despacho|despachos|despachamos|llega|llegan|llegara|delivery|delivered|deliver|deliveries|ships?|shipping|shipped|arrives?|arrival)\b/;
/** A duration right after a cue is not a promise when it is about something else. */
const NOT_PROMISE = /(?:retracto|devolucion|devoluciones|garantia|reclamo|respuesta|respondemos|return|refund|warranty|contra entrega|siguientes a la entrega|after delivery|despues de (?:la )?entrega|a partir de)/;

const UNIT = String.raw`(horas?|hrs?|hours?|dias?(?:\s+(?:habiles|calendario|laborales))?|business days?|working days?|days?|semanas?|weeks?)`;

const RANGE = new RegExp(String.raw`(?:(?:de|entre|en|in|within|dentro de(?: los)?|maximo|max\.?|hasta|up to|en maximo|en un maximo de|en menos de|less than|no mas de)\s+)*${NUM}(?:\s*(?:a|-|–|y|to|or|o)\s*${NUM})?\s+${UNIT}`, 'g');

function num(s: string): number {
  return /^\d/.test(s) ? Number(s) : NUMBER_WORDS[s] ?? NaN;
}

function toDays(n: number, unit: string): number {
  if (/^(?:hora|hr|hour)/.test(unit)) return Math.max(1, Math.ceil(n / 24));
  if (/^(?:semana|week)/.test(unit)) return n * 7;
  return n;
}

/** Every delivery promise in a text. */
export function parseDeliveryPromises(text: string): DeliveryPromise[] {
  const f = foldText(text);
  const out: DeliveryPromise[] = [];
  const sameDay = /(?:entrega|envio|delivery|recibelo|recibe)[^.;\n]{0,30}\b(?:el mismo dia|same[- ]day|hoy mismo)\b/.exec(f);
  if (sameDay) out.push({ text: text.slice(sameDay.index, sameDay.index + sameDay[0].length).trim(), minDays: 0, maxDays: 1, unit: 'days', businessDays: false });
  const tomorrow = /(?:entrega|envio|delivery|recibelo|recibe|llega)[^.;\n]{0,30}\b(?:manana|next[- ]day|tomorrow)\b/.exec(f);
  if (tomorrow) out.push({ text: text.slice(tomorrow.index, tomorrow.index + tomorrow[0].length).trim(), minDays: 1, maxDays: 1, unit: 'days', businessDays: false });
  RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANGE.exec(f))) {
    const before = f.slice(Math.max(0, m.index - 60), m.index);
    const cueAt = before.search(new RegExp(CUE.source + String.raw`(?![\s\S]*` + CUE.source + ')'));
    if (cueAt === -1) continue;
    const between = before.slice(cueAt);
    // The cue must be in the same clause: no sentence break between it and the number.
    if (/[.;!?\n]/.test(between.replace(/\b(?:max|aprox|p\.?\s?m|a\.?\s?m)\./g, ''))) continue;
    const after = f.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (NOT_PROMISE.test(between) || NOT_PROMISE.test(after.slice(0, 30))) continue;
    const a = num(m[1]!);
    const b = m[2] !== undefined ? num(m[2]) : a;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    const unit = m[3]!;
    const lo = toDays(Math.min(a, b), unit);
    const hi = toDays(Math.max(a, b), unit);
    if (hi > 365) continue;
    const start = Math.max(0, m.index - (before.length - cueAt));
    out.push({
      text: text.slice(start, m.index + m[0].length).trim(),
      minDays: lo,
      maxDays: hi,
      unit: /^(?:hora|hr|hour)/.test(unit) ? 'hours' : /^(?:semana|week)/.test(unit) ? 'weeks' : 'days',
      businessDays: /habiles|laborales|business|working/.test(unit),
    });
  }
  return out;
}

/** True when a line of text states a delivery promise. */
export function looksLikeDeliveryPromise(line: string): boolean {
  return parseDeliveryPromises(line).length > 0;
}
