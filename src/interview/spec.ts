/**
 * How one step is asked, whatever the front end: a list to pick from, a list to tick,
 * or a typed answer, each with its options, the answer recorded now, and the
 * validation and parsing of typed text. The terminal (ask.ts) and the web page
 * (web/) both ask from an AskSpec, so a question's rules live here once.
 */
import type { Lang, Question } from '../types.js';
import { NOT_OFFERED, toBoolean, validateAnswer } from '../engine/questions.js';
import { formatNumber, t } from '../i18n/index.js';
import type { FactDef } from './facts.js';

/** What a person did with a step. */
export type Outcome =
  | { kind: 'answer'; value: unknown }
  | { kind: 'dont-know' }
  | { kind: 'skip' }
  | { kind: 'back' }
  | { kind: 'help' };

/** The outcomes that are recorded (back and why only move or explain). */
export type Given = Extract<Outcome, { kind: 'answer' | 'dont-know' | 'skip' }>;

export interface AskOption {
  value: unknown;
  label: string;
  description?: string;
  /** Picking it answers "none of these": an empty list. */
  none?: boolean;
}

export interface AskSpec {
  message: string;
  type: 'choice' | 'multiChoice' | 'input';
  options?: AskOption[];
  /** Typed answers: the reason the text is wrong, or undefined. */
  validate?: (text: string) => string | undefined;
  /** Typed answers: the text as the value to store. */
  parse?: (text: string) => unknown;
  /** The answer recorded (or pre-filled) now, offered as the default. */
  current?: unknown;
  currentStatus?: 'dont-know' | 'skipped';
  /** Offer "don't know" and "skip". */
  allowUnknown: boolean;
  lang: Lang;
}

/** How a typed answer to a checklist question is stored: numbers as numbers, durations as written. */
export function parseTyped(q: Question, text: string): unknown {
  const s = text.trim();
  if ((q.type === 'number' || q.type === 'scale') && s !== '' && Number.isFinite(Number(s))) return Number(s);
  return s;
}

export function typedHint(q: Question, lang: Lang): string | undefined {
  if (q.type === 'scale') {
    const min = q.scale?.min ?? 1;
    const max = q.scale?.max ?? 5;
    const lo = q.scale?.minLabel ? ` = ${q.scale.minLabel[lang]}` : '';
    const hi = q.scale?.maxLabel ? ` = ${q.scale.maxLabel[lang]}` : '';
    return `${formatNumber(min, lang)}${lo} … ${formatNumber(max, lang)}${hi}`;
  }
  if (q.type === 'duration') return t(lang, 'interview.durationHint');
  if (q.type === 'number' && q.unit) return q.unit[lang];
  return undefined;
}

/** The two choices of a yes/no step. */
function yesNo(lang: Lang): AskOption[] {
  return [{ value: true, label: t(lang, 'interview.yes') }, { value: false, label: t(lang, 'interview.no') }];
}

export function questionSpec(q: Question, lang: Lang, current: unknown, currentStatus?: 'dont-know' | 'skipped'): AskSpec {
  const base = { message: q.prompt[lang], current, currentStatus, allowUnknown: true, lang };
  switch (q.type) {
    case 'yesNo':
      // A hand-written "sí" or "no" is offered as the matching choice.
      return { ...base, current: toBoolean(current), type: 'choice', options: yesNo(lang) };
    case 'choice':
      return { ...base, type: 'choice', options: (q.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] })) };
    case 'multiChoice': {
      const options: AskOption[] = (q.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }));
      // Items the organisation does not provide are said so, not left unticked (which would count as missing).
      if (q.notOffered) {
        for (const o of q.options ?? []) if (o.score) options.push({ value: `${NOT_OFFERED}${o.value}`, label: t(lang, 'interview.notOffered', { item: o.label[lang] }) });
      }
      if (!options.some((o) => o.value === 'none')) options.push({ value: null, label: t(lang, 'interview.noneOfThese'), none: true });
      return { ...base, type: 'multiChoice', options };
    }
    default: {
      const hint = typedHint(q, lang);
      return {
        ...base,
        message: hint ? `${q.prompt[lang]} (${hint})` : q.prompt[lang],
        type: 'input',
        parse: (text) => parseTyped(q, text),
        validate: (text) => validateAnswer(q, parseTyped(q, text))?.[lang],
      };
    }
  }
}

export function factSpec(f: FactDef, lang: Lang, current: unknown): AskSpec {
  const base = { message: f.prompt[lang], current, allowUnknown: !f.required, lang };
  const options = (f.options ?? []).map((o) => ({ value: o.value, label: o.label[lang], description: o.description?.[lang] }));
  switch (f.type) {
    case 'yesNo':
      return { ...base, type: 'choice', options: yesNo(lang) };
    case 'choice':
      return { ...base, type: 'choice', options };
    case 'multiChoice':
      return { ...base, type: 'multiChoice', options };
    case 'text':
      return { ...base, type: 'input', parse: f.parse, validate: (text) => f.validate?.(text)?.[lang] };
  }
}

/** Whether two stored values are the same answer (options are compared as data). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
