/**
 * The one message catalogue. Code emits a message id with values; text a person reads
 * is made here, once per language, from ICU messages (intl-messageformat) in
 * `src/i18n/<lang>/`. Numbers, percentages, durations, dates and lists in the values
 * are formatted for the reader's locale (es-CO writes 47,5 %), so a sentence and the
 * figure beside it never disagree.
 *
 * Adding a language is adding its folder (a translation of `en/`, checked complete by
 * the compiler and by test/i18n.test.ts), registering it below and in LANGS, and
 * giving the checklists their text in it.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang, Localized } from '../types.js';
import { LANGS } from '../types.js';
import en, { type Catalogue, type MessageId } from './en/index.js';
import es from './es/index.js';

export type { MessageId } from './en/index.js';

const CATALOGUES: Record<Lang, Catalogue> = { en, es };

/** The locale each language is formatted in. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-CO' };

/** A value inside a message, formatted for the reader when the message is rendered. */
export type MessageValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | Localized
  | { duration: number }
  | { percent: number; digits?: number }
  | { score: number }
  | { date: string | number }
  | { list: MessageValue[]; max?: number; separator?: string }
  | { msg: Message };

export type MessageValues = Record<string, MessageValue>;

/** A code with its values: what probes, measures, evaluators and the engine emit. */
export interface Message {
  id: MessageId;
  values?: MessageValues;
}

const compiled = new Map<string, { format: IntlMessageFormat; plurals: Set<string> }>();

function compile(lang: Lang, id: MessageId): { format: IntlMessageFormat; plurals: Set<string> } {
  const key = `${lang}\u0000${id}`;
  let c = compiled.get(key);
  if (!c) {
    const format = new IntlMessageFormat(CATALOGUES[lang][id], LOCALES[lang]);
    // Plural and select arguments need the raw value; every other number is formatted here.
    const plurals = new Set<string>();
    const walk = (els: unknown[]): void => {
      for (const el of els as { type: number; value: string; options?: Record<string, { value: unknown[] }> }[]) {
        if (el.type === 5 || el.type === 6) {
          plurals.add(el.value);
          for (const o of Object.values(el.options ?? {})) walk(o.value);
        }
      }
    };
    walk(format.getAst());
    c = { format, plurals };
    compiled.set(key, c);
  }
  return c;
}

function isLocalized(v: object): v is Localized {
  return 'en' in v && 'es' in v;
}

/** One value as the reader of `lang` reads it. */
export function formatValue(v: MessageValue, lang: Lang): string {
  if (v === undefined || v === null) return t(lang, 'common.noValue');
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v, lang);
  if (typeof v === 'boolean') return t(lang, v ? 'common.yes' : 'common.no');
  if ('msg' in v) return t(lang, v.msg.id, v.msg.values);
  if ('duration' in v) return formatDuration(v.duration, lang);
  if ('percent' in v) return formatPercent(v.percent, lang, v.digits);
  if ('score' in v) return t(lang, 'common.score', { n: formatNumber(v.score, lang, 0) });
  if ('date' in v) return formatDate(v.date, lang);
  if ('list' in v) return formatList(v.list.map((x) => formatValue(x, lang)), lang, v.max, v.separator);
  if (isLocalized(v)) return v[lang];
  return String(v);
}

/** The message `id` in `lang`, with its values formatted for that language's locale. */
export function t(lang: Lang, id: MessageId, values: MessageValues = {}): string {
  const { format, plurals } = compile(lang, id);
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) args[k] = plurals.has(k) && typeof v === 'number' ? v : formatValue(v, lang);
  return String(format.format(args));
}

/**
 * A message in every language, as the report keeps its sentences. The text of each
 * language is made when first read and then kept: the report is rendered in one
 * language, and an engine evaluating thousands of profiles never pays for sentences
 * nobody reads. It serialises as a plain { en, es } object.
 */
class LocalizedMessage {
  readonly #id: MessageId;
  readonly #values: MessageValues | undefined;
  #texts: Partial<Record<Lang, string>> | undefined;

  constructor(id: MessageId, values: MessageValues | undefined) {
    this.#id = id;
    this.#values = values;
  }

  text(lang: Lang): string {
    const texts = (this.#texts ??= {});
    return (texts[lang] ??= t(lang, this.#id, this.#values));
  }

  toJSON(): Localized {
    return Object.fromEntries(LANGS.map((l) => [l, this.text(l)])) as unknown as Localized;
  }
}
// One getter per language, on the prototype (own accessors per object cost microseconds each).
for (const lang of LANGS) {
  Object.defineProperty(LocalizedMessage.prototype, lang, { enumerable: true, get(this: LocalizedMessage) { return this.text(lang); } });
}

/** A catalogue message as data carries it (a measure's note in a table of records, say): an id the catalogue knows. */
export function isMessage(x: unknown): x is Message {
  return !!x && typeof x === 'object' && !Array.isArray(x) && typeof (x as { id?: unknown }).id === 'string' && (x as { id: string }).id in CATALOGUES.en;
}

/** Messages joined with "; ", all of them, each worded in the reader's language. */
export function semicolons(parts: Message[]): MessageValue {
  return { list: parts.map((msg) => ({ msg })), max: parts.length, separator: '; ' };
}

/** Several source notes as one message ("…; …"); one note is itself. */
export function joinedNotes(parts: Message[]): Message {
  return parts.length === 1 ? parts[0]! : { id: 'evidence.notes', values: { notes: semicolons(parts) } };
}

export function localized(id: MessageId, values?: MessageValues): Localized {
  return new LocalizedMessage(id, values) as unknown as Localized;
}

/**
 * A reason for evidence, as probes and measures write it: the catalogue message, and
 * the same text in English for logs and saved files (`{ message, reason }`).
 */
export function reason(id: MessageId, values?: MessageValues): { message: string; reason: Message } {
  return { message: t('en', id, values), reason: values ? { id, values } : { id } };
}

/** Text of a message, a Localized pair or a plain string, in `lang`. */
export function text(lang: Lang, m: Message | Localized | string | undefined): string {
  if (m === undefined) return '';
  if (typeof m === 'string') return m;
  if ('id' in m) return t(lang, m.id, m.values);
  return m[lang];
}

// ---------------------------------------------------------------- formatters

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}${min}${max}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
}

/** A number with at most `digits` decimals: 1234.5 → "1,234.5" / "1.234,5". */
export function formatNumber(n: number, lang: Lang, digits = 2): string {
  return Number.isFinite(n) ? numberFormat(lang, 0, digits).format(n) : String(n);
}

/** A ratio as a percentage: 0.475 → "47.5 %" / "47,5 %". */
export function formatPercent(ratio: number, lang: Lang, digits = 1): string {
  return `${formatNumber(ratio * 100, lang, digits)} %`;
}

const UNITS: [number, string][] = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']];

/** A duration in milliseconds, its two largest units: "3 h 10 min", "2,5 s" (es), "12 d", "250 ms". */
export function formatDuration(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms)) return String(ms);
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  if (rest < 1000) return `${sign}${formatNumber(rest, lang, 0)} ms`;
  // Under a minute, tenths matter: an LCP target of 2.5 s must not print as 2 s.
  if (rest < 60_000) return `${sign}${formatNumber(Math.round(rest / 100) / 10, lang, 1)} s`;
  const parts: string[] = [];
  for (const [size, unit] of UNITS) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      rest -= n * size;
      parts.push(`${formatNumber(n, lang, 0)} ${unit}`);
    }
    if (parts.length === 2) break;
  }
  // Drop the second unit once the first is large: "12 d" reads better than "12 d 3 h".
  if (parts.length === 2 && Math.abs(ms) >= 10 * 86_400_000) parts.pop();
  return sign + parts.join(' ');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date (ISO or epoch ms) as the locale writes it, in UTC: "24 Nov 2026" / "24 nov 2026" (`long`: "24 November 2026"). */
export function formatDate(v: string | number, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return String(v);
  const key = `${lang}${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], style === 'long' ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f.format(d);
}

/** Items joined by commas, the rest counted: "a, b, c and 3 more" / "a, b, c y 3 más". */
export function formatList(items: string[], lang: Lang, max = 3, separator = ', '): string {
  if (!items.length) return t(lang, 'common.none');
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  return shown.join(separator) + (more > 0 ? ` ${t(lang, 'common.andMore', { n: more })}` : '');
}
