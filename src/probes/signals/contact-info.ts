/**
 * Published service hours and postal addresses, as written. Both are recognised
 * line by line in the rendered text: hours need days or a service word plus a time
 * range (or an explicit 24/7); addresses need street nomenclature with a number
 * (Colombian "Calle 93 # 11-26", Latin-American "Av. Javier Prado Este 4200",
 * English "123 Main Street") or a "Dirección:"/"Address:" label.
 */
import { type DocView, type Finding, clip, fold, lines, src } from './text.js';

const DAY = String.raw`(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|festivos|feriados|lun|mar|mie|jue|vie|sab|dom|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekdays|weekends|segunda|terca|quarta|quinta|sexta|sabado|domingo|dias habiles|dias festivos|holidays|l\s?-\s?v|l a v|l-s|lun-vie|lun a vie)`;
const TIME = String.raw`(?:\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|am|pm|hrs?\.?|h)?|mediodia|medianoche|noon|midnight)`;
const RANGE = new RegExp(String.raw`${TIME}\s*(?:-|–|—|a|to|until|till|hasta|as|ate|y las|al?)\s*${TIME}`);
const RANGE_G = new RegExp(RANGE.source, 'g');
const DAYS_RE = new RegExp(String.raw`\b${DAY}\b`);
const SERVICE_WORDS = /\b(?:horario|horarios|hours|hora de atencion|atencion|abierto|abiertos|open|opening|disponible|available|servicio|service|atendimento|funcionamiento)\b/;
const ALWAYS = /\b(?:24\s?\/\s?7|24x7|24 horas (?:al dia|del dia|todos los dias|los 7 dias|,? 7 dias)|las 24 horas|24 hours a day|24 hours,? 7 days|round the clock|24 horas por dia)\b|(?:atencion|servicio|linea|abierto|disponible|open|available|service|support|soporte|atendimento)[^.\d]{0,30}\b24 ?(?:horas|hours|h)\b/;
const TIME_WITH_COLON_OR_AMPM = /\d{1,2}:\d{2}|\d\s*(?:a\.?\s?m|p\.?\s?m|am|pm|hrs?|h)\b/;

/** Whether a (folded) line states service hours. */
export function isHoursLine(line: string): boolean {
  const t = fold(line);
  if (t.length > 220) return false;
  if (ALWAYS.test(t)) return true;
  // Several number ranges can sit on a line ("Cra. 4 No. 12-41 … 7:00 a.m. - 4:00 p.m."): any real time range will do.
  const timeRange = [...t.matchAll(RANGE_G)].some((m) => TIME_WITH_COLON_OR_AMPM.test(m[0]));
  if (!timeRange) return false;
  return DAYS_RE.test(t) || SERVICE_WORDS.test(t);
}

export function extractHours(view: DocView): Finding<string>[] {
  const hits: Finding<string>[] = [];
  const ls = lines(view.doc.text);
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i]!;
    if (!isHoursLine(line)) continue;
    // "Horario de atención:" on its own line, the days and times on the next: keep both.
    const prev = ls[i - 1] ?? '';
    const value = /^(?:horarios?|hours|opening hours|horario de atencion)[^a-z0-9]*$/i.test(fold(prev)) ? `${prev} ${line}` : line;
    hits.push({ value: clip(value, 140), source: src(view, { snippet: value }) });
  }
  return hits;
}

const CO_ADDRESS = /\b(?:calle|cl|cll|carrera|cra|kra|kr|cr|avenida|av|avda|ak|ac|diagonal|dg|diag|transversal|tv|tr|transv|circular|circ|autopista|variante)\.?\s*\d{1,3}\s?[a-z]?(?:\s?bis)?(?:\s?[a-z])?(?:\s(?:sur|este|norte|oeste))?\s*(?:#|no\.?|n°|nº|num\.?|numero)\s*\d{1,3}\s?[a-z]?\s*-\s*\d{1,3}/i;
const LATAM_ADDRESS = /\b(?:Av(?:enida)?\.?|Avda\.?|Calle|Jr\.?|Jir[oó]n|Rua|R\.|Alameda|Paseo|Pasaje|Blvd\.?|Boulevard|Camino|Carretera|Estrada|Travessa|Pra[cç]a)\s+(?:[A-ZÁÉÍÓÚÑ0-9][\wÁÉÍÓÚÑáéíóúñü.'-]*,?\s+){1,5}?(?:N[°º.o]?\s*)?\d{1,5}\b/;
const EN_ADDRESS = /\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Square|Sq)\b\.?/;
const LABELLED = /^(?:direccion|dir\.|address|our address|endereco|domicilio|ubicacion|sede principal|oficina principal)\s*:?\s*(.+)$/i;

/** The part of a line that is an address, or null. */
export function addressIn(line: string): string | null {
  if (line.length > 240) return null;
  const f = fold(line);
  const label = LABELLED.exec(f);
  if (label && /\d/.test(label[1]!) && !/@|https?:|\bwww\./.test(label[1]!)) return clip(line, 160);
  for (const re of [CO_ADDRESS, LATAM_ADDRESS, EN_ADDRESS]) {
    const m = re.exec(line);
    if (!m) continue;
    // Prices, dates and product sizes are not street numbers.
    if (/\$|€|£|\bcop\b|\busd\b/i.test(line.slice(Math.max(0, m.index - 3), m.index + m[0].length + 3))) continue;
    // "Paseo Familiar 2024": a year is not a street number.
    if (re === LATAM_ADDRESS && /\b(?:19|20)\d{2}$/.test(m[0])) continue;
    return clip(line, 160);
  }
  return null;
}

export function extractAddresses(view: DocView): Finding<string>[] {
  const hits: Finding<string>[] = [];
  for (const line of lines(view.doc.text)) {
    const a = addressIn(line);
    if (a) hits.push({ value: a, source: src(view, { snippet: line }) });
  }
  return hits;
}
