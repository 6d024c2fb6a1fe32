/**
 * The order of the interview, as pure functions of checklists and profile: the
 * organisation facts that decide applicability first, then area by area only the
 * questions that apply. The plan is recomputed after every answer (a fact can make
 * questions apply or stop applying), and resuming is simply "the first step still
 * wanted".
 */
import type { CheckDef, Checklist, Localized, Profile, Question } from '../types.js';
import { notApplicableReason } from '../engine/evaluate.js';
import { localized } from '../i18n/index.js';
import { normaliseAnswer } from '../engine/profile-evidence.js';
import { FACTS, type FactDef } from './facts.js';

interface BaseStep {
  /** The fact id or the question id. */
  id: string;
  area: string;
  areaTitle: Localized;
}

export interface FactStep extends BaseStep {
  kind: 'fact';
  fact: FactDef;
}

export interface QuestionStep extends BaseStep {
  kind: 'question';
  check: CheckDef;
  question: Question;
}

export type Step = FactStep | QuestionStep;

export const ORGANISATION = { id: 'organisation', title: localized('interview.area.organisation') };

export interface PlanOptions {
  /** Only this area's questions (facts are still asked while unknown). */
  area?: string;
  /** Walking through given answers: with `area`, the facts are left out. */
  review?: boolean;
}

/** A profile that may still be incomplete (a new one being started) made safe to read. */
function readable(profile: Profile): Profile {
  const org = profile.organisation ?? ({} as Profile['organisation']);
  return { ...profile, organisation: { ...org, businessModel: org.businessModel ?? [] } };
}

/** Every step that applies to this profile, in the order they are asked. */
export function planInterview(checklists: Checklist[], profile: Profile, opts: PlanOptions = {}): Step[] {
  const p = readable(profile);
  const steps: Step[] = [];
  if (!(opts.review && opts.area)) {
    for (const fact of FACTS) steps.push({ kind: 'fact', id: fact.id, area: ORGANISATION.id, areaTitle: ORGANISATION.title, fact });
  }
  for (const list of checklists) {
    if (opts.area && list.id !== opts.area) continue;
    for (const check of list.checks) {
      if (!check.question) continue;
      if (notApplicableReason(check, p)) continue;
      steps.push({ kind: 'question', id: check.question.id, area: list.id, areaTitle: list.title, check, question: check.question });
    }
  }
  return steps;
}

/** Whether the profile already holds something for this step (don't-know and skipped count). */
export function isAnswered(step: Step, profile: Profile): boolean {
  // Read as written: a missing business model must count as unanswered, not as an empty list.
  if (step.kind === 'fact') return step.fact.current({ ...profile, organisation: profile.organisation ?? ({} as Profile['organisation']) }) !== undefined;
  const answers = profile.answers ?? {};
  return Object.prototype.hasOwnProperty.call(answers, step.id) && answers[step.id] !== null && answers[step.id] !== undefined;
}

export type Mode = 'ask' | 'review';

/** What this session has seen: steps shown (replayed when walking forward after "back"), facts left open. */
export interface SessionState {
  visited: Set<string>;
  deferred: Set<string>;
}

export function newSession(): SessionState {
  return { visited: new Set(), deferred: new Set() };
}

function wanted(step: Step, profile: Profile, mode: Mode, s: SessionState): boolean {
  if (mode === 'review') return isAnswered(step, profile);
  return !isAnswered(step, profile) && !s.deferred.has(step.id);
}

/** Index of the first step to ask, or -1 when there is nothing to do. */
export function firstStep(plan: Step[], profile: Profile, mode: Mode, s: SessionState): number {
  return plan.findIndex((st) => wanted(st, profile, mode, s));
}

/** Index of the step after `fromId`: the next one wanted, or one shown earlier this session. */
export function nextStep(plan: Step[], fromId: string, profile: Profile, mode: Mode, s: SessionState): number {
  const at = plan.findIndex((st) => st.id === fromId);
  if (at === -1) return firstStep(plan, profile, mode, s);
  for (let j = at + 1; j < plan.length; j++) {
    if (wanted(plan[j], profile, mode, s) || s.visited.has(plan[j].id)) return j;
  }
  return -1;
}

/** Index of the step before `fromId` in the plan, or -1 at the start. */
export function previousStep(plan: Step[], fromId: string): number {
  const at = plan.findIndex((st) => st.id === fromId);
  return at <= 0 ? -1 : at - 1;
}

export interface Progress {
  area: string;
  areaTitle: Localized;
  inArea: number;
  areaTotal: number;
  overall: number;
  total: number;
}

export function progressOf(plan: Step[], id: string): Progress | undefined {
  const at = plan.findIndex((st) => st.id === id);
  if (at === -1) return undefined;
  const step = plan[at];
  const same = plan.filter((st) => st.area === step.area);
  return {
    area: step.area,
    areaTitle: step.areaTitle,
    inArea: same.findIndex((st) => st.id === id) + 1,
    areaTotal: same.length,
    overall: at + 1,
    total: plan.length,
  };
}

export interface AreaSummary {
  id: string;
  title: Localized;
  /** Questions that apply to this organisation. */
  applicable: number;
  answered: number;
  dontKnow: number;
  skipped: number;
  /** Applicable and not answered yet. */
  open: number;
  notApplicable: number;
}

export function summarise(checklists: Checklist[], profile: Profile, area?: string): AreaSummary[] {
  const p = readable(profile);
  const answers = profile.answers ?? {};
  const out: AreaSummary[] = [];
  for (const list of checklists) {
    if (area && list.id !== area) continue;
    const row: AreaSummary = { id: list.id, title: list.title, applicable: 0, answered: 0, dontKnow: 0, skipped: 0, open: 0, notApplicable: 0 };
    for (const check of list.checks) {
      if (!check.question) continue;
      if (notApplicableReason(check, p)) {
        row.notApplicable++;
        continue;
      }
      row.applicable++;
      const raw = answers[check.question.id];
      if (raw === undefined || raw === null) {
        row.open++;
        continue;
      }
      const status = normaliseAnswer(raw).status;
      if (status === 'dont-know') row.dontKnow++;
      else if (status === 'skipped') row.skipped++;
      else row.answered++;
    }
    if (row.applicable || row.notApplicable) out.push(row);
  }
  return out;
}
