/**
 * The words of a written schedule as tokens — days and groups of days, times in 12- and
 * 24-hour forms ("12 m." is noon, "12 a.m." midnight), ranges, lists, separators,
 * "24 horas", "24/7", closed and holidays — for the grammar in text.ts. Text is folded
 * (no accents, lower case) first; words that are neither a day nor filler are kept as
 * `word` tokens and listed as unknown.
 */
import { ALL_DAYS } from './intervals.js';

export type Tok =
  | { t: 'day'; days: number[] }
  | { t: 'holiday' }
  | { t: 'time'; h: number; m: number; mer?: 'am' | 'pm' | 'noon'; explicit24: boolean; bare: boolean }
  | { t: 'range' }
  | { t: 'list' }
  | { t: 'sep' }
  | { t: 'allday' }
  | { t: 'always' }
  | { t: 'closed' }
  | { t: 'word' };

const DAY_WORDS: [RegExp, number][] = [
  [/^(?:lunes|lun|mondays?|mon)$/, 0],
  [/^(?:martes|mar|tuesdays?|tues?)$/, 1],
  [/^(?:miercoles|mier|mie|mi|wednesdays?|wed)$/, 2],
  [/^(?:jueves|jue|thursdays?|thurs?|thu)$/, 3],
  [/^(?:viernes|vie|fridays?|fri)$/, 4],
  [/^(?:sabados?|sab|saturdays?|sat)$/, 5],
  [/^(?:domingos?|dom|sundays?|sun)$/, 6],
];
const OSM_DAYS: Record<string, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
const LETTER_DAYS: Record<string, number> = { l: 0, m: 1, x: 2, j: 3, v: 4, s: 5, d: 6 };

export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Groups of words that name several days at once. */
const DAY_GROUPS: [RegExp, number[]][] = [
  [/^(?:todos los dias|todos los dias de la semana|diariamente|diario|daily|every day|everyday|all week|7 days a week|los 7 dias|7 dias a la semana|los siete dias|de lunes a domingo)/, ALL_DAYS],
  [/^(?:entre semana|dias habiles|dias de semana|weekdays|business days|working days)/, [0, 1, 2, 3, 4]],
  [/^(?:fines? de semana|weekends?)/, [5, 6]],
];

export function looksOsm(s: string): boolean {
  return /\b(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)\b/.test(s) && !/[a-z]{4,}/i.test(s.replace(/\b(?:off|closed|open)\b/gi, ''));
}

export function tokenize(input: string, osm: boolean): { toks: Tok[]; unknown: string[] } {
  const s = fold(input);
  const toks: Tok[] = [];
  const unknown: string[] = [];
  let i = 0;
  const rest = () => s.slice(i);
  while (i < s.length) {
    const r = rest();
    let m: RegExpExecArray | null;
    if ((m = /^\s+/.exec(r))) {
      if (/\n/.test(m[0])) toks.push({ t: 'sep' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:24\s*\/\s*7|24\s*x\s*7|24\s*por\s*7|24 hours a day,? 7 days a week|24 horas(?: al dia)?,? (?:los )?7 dias(?: a la semana)?|around the clock|nonstop|non-stop)/.exec(r))) {
      toks.push({ t: 'always' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:(?:las |the )?24\s*(?:horas|hours|hrs?|h)\b|all day|todo el dia|open 24 hours)/.exec(r))) {
      toks.push({ t: 'allday' });
      i += m[0].length;
      continue;
    }
    let grouped = false;
    for (const [re, days] of DAY_GROUPS) {
      if ((m = re.exec(r))) {
        toks.push({ t: 'day', days });
        i += m[0].length;
        grouped = true;
        break;
      }
    }
    if (grouped) continue;
    // Letter ranges "L-V", "L a S", "L-D" (single letters only ever appear as ranges).
    if ((m = /^([lmxjvsd])\s*(?:-|–|a|al)\s*([lmxjvsd])\b/.exec(r)) && (i === 0 || !/[a-z]/.test(s[i - 1]!))) {
      toks.push({ t: 'day', days: [LETTER_DAYS[m[1]!]!] }, { t: 'range' }, { t: 'day', days: [LETTER_DAYS[m[2]!]!] });
      i += m[0].length;
      continue;
    }
    // Times: 8, 8:00, 08.30, 8h00, 8 a.m., 12 m., 17:00 h, 17 hrs
    if ((m = /^\d{3,}/.exec(r))) {
      // Years, plates, prices: never a time.
      i += m[0].length;
      continue;
    }
    if ((m = /^(\d{1,2})(?!\d)(?:\s*[:.h]\s*(\d{2})(?!\d))?(?::\d{2})?(\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|m\.(?!\w)|m\b|hrs?\b\.?|horas\b|h\b))?/.exec(r))) {
      const h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      const suffix = (m[3] ?? '').replace(/[\s.]/g, '');
      let mer: 'am' | 'pm' | 'noon' | undefined;
      if (suffix === 'am') mer = 'am';
      else if (suffix === 'pm') mer = 'pm';
      else if (suffix === 'm') mer = h === 12 ? 'noon' : undefined;
      const explicit24 = /^(?:h|hr|hrs|horas)$/.test(suffix) || h > 12 || (m[2] !== undefined && m[1]!.length === 2 && m[1]![0] === '0');
      if (h <= 24 && min < 60) {
        toks.push({ t: 'time', h, m: min, mer, explicit24, bare: !m[2] && !suffix });
        i += m[0].length;
        continue;
      }
    }
    if ((m = /^(?:mediodia|del mediodia|noon)\b/.exec(r))) {
      toks.push({ t: 'time', h: 12, m: 0, mer: 'noon', explicit24: true, bare: false });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:medianoche|midnight)\b/.exec(r))) {
      toks.push({ t: 'time', h: 24, m: 0, explicit24: true, bare: false });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:-|–|—|‒|−|~|\bal?\b|\bhasta\b|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)/.exec(r))) {
      toks.push({ t: 'range' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:;|·|\||•|\.(?=\s|$)|\n)/.exec(r))) {
      toks.push({ t: 'sep' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:,|&|\+|\by\b|\be\b|\band\b|\/)/.exec(r))) {
      toks.push({ t: 'list' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:cerrados?|closed|off|no (?:hay )?atencion|sin atencion|no abrimos)\b/.exec(r))) {
      toks.push({ t: 'closed' });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:festivos?|feriados?|dias festivos|public ?holidays?|holidays?|ph)\b/.exec(r))) {
      toks.push({ t: 'holiday' });
      i += m[0].length;
      continue;
    }
    if ((m = /^[a-z]+/.exec(r))) {
      const w = m[0];
      if (osm && w in OSM_DAYS) {
        toks.push({ t: 'day', days: [OSM_DAYS[w]!] });
      } else {
        const hit = DAY_WORDS.find(([re]) => re.test(w));
        // "mar" and "mi" are also ordinary words; take them only next to a range or list.
        if (hit && !(/^(?:mar|mi|sun|sat|wed)$/.test(w) && !/^\s*(?:-|–|a\b|al\b|y\b|,|\.|to\b|\d)/.test(s.slice(i + w.length)) && !/(?:-|–|\ba|\bal|\by|,)\s*$/.test(s.slice(Math.max(0, i - 4), i)))) {
          toks.push({ t: 'day', days: [hit[1]] });
        } else if (/^(?:de|del|desde|from|los|las|el|la|horario|horarios|atencion|hours|open|abierto|abiertos|y|hrs|am|pm|and|on|the|a|at|en|por|of|tambien|also|only|solo|jornada|continua|continuo|lunch|almuerzo|on|sede|tienda|store|servicio|service|linea|line|telefonica|de|la|semana|week)$/.test(w)) {
          // Filler words: nothing to do.
        } else {
          unknown.push(w);
          toks.push({ t: 'word' });
        }
      }
      i += w.length;
      continue;
    }
    i++;
  }
  return { toks, unknown };
}
