/**
 * The web page's JSON, as pure functions of the engine's views: a step as the page
 * draws it, and what the page posts turned back into an answer (or the reason it is
 * refused). Options travel as their position in the list, never as values the page
 * could make up; typed text is validated by the same spec as in the terminal.
 */
import { createHash } from 'node:crypto';
import type { Lang, Localized } from '../../types.js';
import type { AreaSummary } from '../flow.js';
import type { AreaProgress, InterviewEngine, StepView } from '../engine.js';
import { sameValue, type AskSpec, type Given } from '../spec.js';
import { t } from '../../i18n/index.js';

export interface StepJson {
  id: string;
  kind: 'fact' | 'question';
  area: string;
  areaTitle: string;
  progress: { inArea: number; areaTotal: number; overall: number; total: number };
  prompt: string;
  type: AskSpec['type'];
  options: { label: string; description?: string; none?: boolean }[];
  /** Positions of the options chosen now (recorded or pre-filled). */
  selected: number[];
  /** A typed answer recorded now (or pre-filled). */
  text: string;
  answered: boolean;
  status?: 'dont-know' | 'skipped';
  /** The recorded answer as a person reads it. */
  shown?: string;
  answeredAt?: string;
  prefilled: boolean;
  allowUnknown: boolean;
  first: boolean;
  help?: string;
  findings: string[];
  why: { text: string; basis: string[]; check?: { id: string; title: string } };
  /** What the profile held when the step was drawn; an answer sent with an older stamp replaced someone else's. */
  stamp: string;
}

export interface AreaJson {
  id: string;
  title: string;
  total: number;
  done: number;
  dontKnow: number;
  skipped: number;
}

export interface SummaryJson {
  rows: { id: string; title: string; answered: number; dontKnow: number; skipped: number; open: number; notApplicable: number }[];
  open: number;
}

/** A short fingerprint of what the profile holds for a step. */
export function stampOf(engine: InterviewEngine, id: string): string {
  const step = engine.find(id);
  const held = step ? engine.recorded(step) : {};
  return createHash('sha256').update(JSON.stringify(held) ?? '').digest('base64url').slice(0, 16);
}

export function stepJson(view: StepView, engine: InterviewEngine): StepJson {
  const { spec, step } = view;
  const options = (spec.options ?? []).map((o) => ({ label: o.label, ...(o.description ? { description: o.description } : {}), ...(o.none ? { none: true } : {}) }));
  const selected: number[] = [];
  if (spec.type !== 'input' && spec.current !== undefined && spec.current !== null) {
    const current = spec.type === 'multiChoice' && Array.isArray(spec.current) ? spec.current : [spec.current];
    (spec.options ?? []).forEach((o, i) => {
      if (o.none ? Array.isArray(spec.current) && spec.current.length === 0 : current.some((c) => sameValue(c, o.value))) selected.push(i);
    });
  }
  const text = spec.type === 'input' && spec.current !== undefined && spec.current !== null && !Array.isArray(spec.current) ? String(spec.current) : '';
  return {
    id: step.id,
    kind: step.kind,
    area: step.area,
    areaTitle: view.progress.areaTitle[spec.lang],
    progress: { inArea: view.progress.inArea, areaTotal: view.progress.areaTotal, overall: view.progress.overall, total: view.progress.total },
    prompt: spec.message,
    type: spec.type,
    options,
    selected,
    text,
    answered: view.answered,
    ...(view.current.status ? { status: view.current.status } : {}),
    ...(view.shown !== undefined ? { shown: view.shown } : {}),
    ...(view.current.answeredAt ? { answeredAt: view.current.answeredAt } : {}),
    prefilled: view.prefilled,
    allowUnknown: spec.allowUnknown,
    first: view.first,
    ...(view.help ? { help: view.help } : {}),
    findings: view.findings,
    why: view.why,
    stamp: stampOf(engine, step.id),
  };
}

const title = (t: Localized, lang: Lang) => t[lang];

export function indexJson(rows: AreaProgress[], lang: Lang): AreaJson[] {
  return rows.map((r) => ({ id: r.id, title: title(r.title, lang), total: r.total, done: r.done, dontKnow: r.dontKnow, skipped: r.skipped }));
}

export function summaryJson(rows: AreaSummary[], lang: Lang): SummaryJson {
  return {
    rows: rows.map((r) => ({ id: r.id, title: title(r.title, lang), answered: r.answered, dontKnow: r.dontKnow, skipped: r.skipped, open: r.open, notApplicable: r.notApplicable })),
    open: rows.reduce((s, r) => s + r.open, 0),
  };
}

/** What the page posts for a step. */
export interface PostedOutcome {
  kind?: unknown;
  choice?: unknown;
  choices?: unknown;
  text?: unknown;
}

const MAX_TEXT = 2000;

function isIndex(n: unknown, length: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < length;
}

/** The answer a posted outcome gives, or the reason (in the page's language) it is refused. */
export function readOutcome(spec: AskSpec, posted: PostedOutcome): { given: Given } | { problem: string } {
  const lang = spec.lang;
  if (posted.kind === 'dont-know' || posted.kind === 'skip') {
    if (!spec.allowUnknown) return { problem: t(lang, 'interview.web.answerNeeded') };
    return { given: { kind: posted.kind } };
  }
  if (posted.kind !== 'answer') return { problem: t(lang, 'interview.web.badRequest') };
  const options = spec.options ?? [];
  if (spec.type === 'choice') {
    if (posted.choice === undefined || posted.choice === null) return { problem: t(lang, spec.allowUnknown ? 'interview.web.chooseOne' : 'interview.web.chooseOneRequired') };
    if (!isIndex(posted.choice, options.length)) return { problem: t(lang, 'interview.web.badRequest') };
    return { given: { kind: 'answer', value: options[posted.choice].value } };
  }
  if (spec.type === 'multiChoice') {
    const list = posted.choices;
    if (!Array.isArray(list) || list.length === 0) return { problem: t(lang, spec.allowUnknown ? 'interview.web.pickOne' : 'interview.web.pickOneRequired') };
    if (!list.every((i) => isIndex(i, options.length)) || new Set(list).size !== list.length) return { problem: t(lang, 'interview.web.badRequest') };
    const chosen = (list as number[]).slice().sort((a, b) => a - b).map((i) => options[i]);
    if (chosen.some((o) => o.none)) {
      if (chosen.length > 1) return { problem: t(lang, 'interview.web.noneAlone') };
      return { given: { kind: 'answer', value: [] } };
    }
    return { given: { kind: 'answer', value: chosen.map((o) => o.value) } };
  }
  if (typeof posted.text !== 'string' || posted.text.length > MAX_TEXT) return { problem: t(lang, 'interview.web.badRequest') };
  const text = posted.text;
  if (!text.trim()) return { problem: t(lang, spec.allowUnknown ? 'interview.web.emptyAnswer' : 'interview.web.emptyRequired') };
  const reason = spec.validate?.(text);
  if (reason) return { problem: reason };
  return { given: { kind: 'answer', value: spec.parse ? spec.parse(text) : text.trim() } };
}
