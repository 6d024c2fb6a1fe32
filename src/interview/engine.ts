/**
 * One interview, whatever front end asks it. The engine owns the order (flow.ts), the
 * store and what the probes found; a front end asks it for the step to show, shows
 * that step's view however it likes (a terminal prompt, a web page), and hands back
 * what the person did. The terminal (session.ts) and the web server (web/server.ts)
 * drive this same engine, so planning, applicability, pre-filling, saving and
 * resuming exist once.
 *
 * The engine keeps no per-person state: where a person has been ("back", facts left
 * open) is a SessionState the front end keeps per terminal or per browser tab.
 */
import type { Checklist, Evidence, Lang, Localized, Profile } from '../types.js';
import { normaliseAnswer } from '../engine/profile-evidence.js';
import { scoreAnswer } from '../engine/questions.js';
import type { ProfileStore } from './store.js';
import { factSpec, questionSpec, type AskSpec, type Given } from './spec.js';
import {
  ORGANISATION, firstStep, isAnswered, nextStep, planInterview, previousStep, progressOf, summarise,
  type AreaSummary, type Mode, type Progress, type SessionState, type Step,
} from './flow.js';
import { channelsOnSite, findingsFor, prefillFact } from './findings.js';
import { formatNumber, t } from '../i18n/index.js';

export interface CurrentAnswer {
  value?: unknown;
  status?: 'dont-know' | 'skipped';
  /** When a recorded answer says it was given (records only). */
  answeredAt?: string;
}

/** Why a step is asked: the check's (or fact's) reason and the statements it rests on. */
export interface Why {
  text: string;
  basis: string[];
  check?: { id: string; title: string };
}

/** Everything a front end needs to show one step, in one language. */
export interface StepView {
  step: Step;
  /** How to ask it; the current or pre-filled answer is its default. */
  spec: AskSpec;
  progress: Progress;
  /** What the site probes found that bears on it, one line each. */
  findings: string[];
  /** The profile already holds something for it (an answer, don't know or skipped). */
  answered: boolean;
  current: CurrentAnswer;
  /** The answer offered comes from what the site shows, not from the profile. */
  prefilled: boolean;
  /** The recorded answer as a person reads it (undefined for don't know, skipped and unanswered). */
  shown?: string;
  help?: string;
  why: Why;
  /** There is no step before it. */
  first: boolean;
}

/** Progress of one area of the plan, for an index. */
export interface AreaProgress {
  id: string;
  title: Localized;
  /** Steps planned in this area. */
  total: number;
  /** Steps the profile holds something for (answers, don't know, skipped). */
  done: number;
  dontKnow: number;
  skipped: number;
}

export interface Recorded {
  /** The step to show next; undefined when the interview is through. */
  next?: Step;
  /** A fact was passed over: nothing written, asked again next time. */
  leftOpen: boolean;
}

export interface EngineOptions {
  checklists: Checklist[];
  store: ProfileStore;
  /** Only this area's questions (facts are still asked while unknown). */
  area?: string;
  /** Walk through the given answers instead of asking the open ones. */
  review?: boolean;
  /** What the site probes found (--url). */
  evidence?: Evidence;
  now?: () => Date;
}

/** A list on one line, shortened with an ellipsis. */
export function oneLine(s: string, max = 100): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export class InterviewEngine {
  readonly mode: Mode;
  readonly checklists: Checklist[];
  readonly store: ProfileStore;
  readonly evidence: Evidence | undefined;
  private readonly planOpts: { area?: string; review?: boolean };
  private readonly now: () => Date;

  constructor(o: EngineOptions) {
    this.checklists = o.checklists;
    this.store = o.store;
    this.evidence = o.evidence;
    this.mode = o.review ? 'review' : 'ask';
    this.planOpts = { area: o.area, review: o.review };
    this.now = o.now ?? (() => new Date());
  }

  get profile(): Profile {
    return this.store.profile;
  }

  /** Every step that applies now, in order (a fact answered may change it). */
  plan(): Step[] {
    return planInterview(this.checklists, this.store.profile, this.planOpts);
  }

  /** Where a session starts or resumes: the first step still wanted. */
  start(session: SessionState): Step | undefined {
    const plan = this.plan();
    const i = firstStep(plan, this.store.profile, this.mode, session);
    return i === -1 ? undefined : plan[i];
  }

  /** The planned step with this id (undefined when it does not apply, or no longer). */
  find(id: string): Step | undefined {
    return this.plan().find((s) => s.id === id);
  }

  /** The first open step of an area, or its first step when all are handled. */
  areaStart(area: string, session: SessionState): Step | undefined {
    const inArea = this.plan().filter((s) => s.area === area);
    const profile = this.store.profile;
    const wanted = this.mode === 'review'
      ? inArea.find((s) => isAnswered(s, profile))
      : inArea.find((s) => !isAnswered(s, profile) && !session.deferred.has(s.id));
    return wanted ?? inArea[0];
  }

  /** The step before this one in the plan. */
  previous(step: Step): Step | undefined {
    const plan = this.plan();
    const i = previousStep(plan, step.id);
    return i === -1 ? undefined : plan[i];
  }

  /** The step as shown now, in `lang`; showing it is remembered (forward replays it after "back"). */
  view(step: Step, lang: Lang, session: SessionState): StepView {
    session.visited.add(step.id);
    const plan = this.plan();
    const profile = this.store.profile;
    const prefill = step.kind === 'fact' ? prefillFact(step.id, this.evidence) : undefined;
    const recorded = this.recorded(step, profile);
    const answered = isAnswered(step, profile);
    const offered = step.kind === 'fact' && !answered ? prefill : recorded.value;
    const spec = step.kind === 'fact' ? factSpec(step.fact, lang, offered) : questionSpec(step.question, lang, offered, recorded.status);
    return {
      step,
      spec,
      progress: progressOf(plan, step.id)!,
      findings: findingsFor(step.id, this.evidence, lang),
      answered,
      current: recorded,
      prefilled: step.kind === 'fact' && !answered && prefill !== undefined,
      shown: answered && !recorded.status && recorded.value !== undefined ? this.shownAnswer(step, recorded.value, lang) : undefined,
      help: step.kind === 'question' ? step.question.help?.[lang] : undefined,
      why: this.why(step, lang),
      first: previousStep(plan, step.id) === -1,
    };
  }

  why(step: Step, lang: Lang): Why {
    const definition = step.kind === 'question' && step.check.definition ? ` ${t(lang, 'interview.definition', { text: step.check.definition[lang] })}` : '';
    const text = `${(step.kind === 'fact' ? step.fact.why : step.check.why)[lang]}${definition}`.replace(/\s+/g, ' ').trim();
    const basis = step.kind === 'fact' ? step.fact.basis : step.check.basis;
    return step.kind === 'question' ? { text, basis, check: { id: step.check.id, title: step.check.title[lang] } } : { text, basis };
  }

  /**
   * Records what the person did with a step and saves it at once (the store writes
   * atomically); returns the step to show next. "Don't know" and "skip" on a fact
   * write nothing: the fact is left open for this session.
   */
  record(step: Step, given: Given, session: SessionState): Recorded {
    let leftOpen = false;
    if (step.kind === 'fact') {
      if (given.kind === 'answer') {
        const ctx = { channelValues: channelsOnSite(this.evidence) };
        this.store.setMany(step.fact.changes(this.store.profile, given.value, ctx));
        session.deferred.delete(step.id);
      } else {
        session.deferred.add(step.id);
        leftOpen = true;
      }
    } else {
      this.store.answer(step.id, given, this.now());
    }
    const plan = this.plan();
    const i = nextStep(plan, step.id, this.store.profile, this.mode, session);
    return { next: i === -1 ? undefined : plan[i], leftOpen };
  }

  /** Per area of the checklists: answered, don't know, skipped, open, not applicable. */
  summary(): AreaSummary[] {
    return summarise(this.checklists, this.store.profile, this.planOpts.area);
  }

  /** Progress per area of the plan, the organisation facts first. */
  index(): AreaProgress[] {
    const profile = this.store.profile;
    const out: AreaProgress[] = [];
    const byArea = new Map<string, AreaProgress>();
    for (const step of this.plan()) {
      let row = byArea.get(step.area);
      if (!row) {
        row = { id: step.area, title: step.area === ORGANISATION.id ? ORGANISATION.title : step.areaTitle, total: 0, done: 0, dontKnow: 0, skipped: 0 };
        byArea.set(step.area, row);
        out.push(row);
      }
      row.total++;
      if (!isAnswered(step, profile)) continue;
      row.done++;
      const status = step.kind === 'question' ? this.recorded(step, profile).status : undefined;
      if (status === 'dont-know') row.dontKnow++;
      else if (status === 'skipped') row.skipped++;
    }
    return out;
  }

  /** What the profile holds for a step now. */
  recorded(step: Step, profile: Profile = this.store.profile): CurrentAnswer {
    if (step.kind === 'fact') return { value: step.fact.current(profile) };
    const raw = (profile.answers ?? {})[step.id];
    if (raw === undefined || raw === null) return {};
    const a = normaliseAnswer(raw);
    const at = typeof a.answeredAt === 'string' ? { answeredAt: a.answeredAt } : {};
    if (a.status === 'dont-know' || a.status === 'skipped') return { status: a.status, ...at };
    return { value: a.value, ...at };
  }

  /** A stored value as a person reads it: option labels, yes/no, lists joined. */
  shownAnswer(step: Step, value: unknown, lang: Lang): string {
    if (step.kind === 'question') {
      const s = scoreAnswer(step.question, value);
      if (s.kind === 'score' || s.kind === 'not-applicable') return s.shown[lang];
    } else if (step.fact.options) {
      const labels = (Array.isArray(value) ? value : [value]).map((v) => step.fact.options!.find((o) => o.value === v)?.label[lang] ?? String(v));
      return labels.join('; ');
    } else if (typeof value === 'boolean') {
      return t(lang, value ? 'interview.yes' : 'interview.no');
    }
    const one = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang) : String(v));
    return Array.isArray(value) ? value.map(one).join(', ') : one(value);
  }
}
