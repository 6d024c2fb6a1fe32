/**
 * The roadmap: what a consultant presents as "the plan". A pure function of the
 * Report, so every renderer computes the same plan from the same report and a saved
 * report re-renders to the same roadmap.
 *
 * Each failing or partial check becomes an action whose impact is
 * weight × missing score × severity factor and whose priority is that impact per
 * unit of effort. Unknown and error checks become "gather evidence" actions: they
 * keep areas from claiming a maturity level, so they are a phase of their own.
 * Then, phase by phase, each area takes the cheapest actions that lift its score to
 * the floor of its next maturity level (levelFloor), until no action is left.
 */
import { localized, type MessageValue } from '../i18n/index.js';
import type { AreaResult, CheckResult, CheckStatus, Effort, Localized, Report, Severity } from '../types.js';
import { levelFloor, maturityOf, MATURITY_LABELS } from '../engine/scoring.js';
import { SEVERITY_FACTOR } from './i18n.js';

/** Relative cost of an effort estimate: priority = impact / cost. */
export const EFFORT_COST: Record<Effort, number> = { low: 1, medium: 2, high: 4 };

export type ActionKind = 'fix' | 'evidence';

export interface RoadmapAction {
  kind: ActionKind;
  check: string;
  area: string;
  areaTitle: Localized;
  status: CheckStatus;
  severity: Severity;
  effort: Effort;
  weight: number;
  score: number | null;
  required: boolean;
  /** failureTitle for a failing check, title for one that lacks evidence. */
  title: Localized;
  /** The remediation, or how to obtain the missing evidence. */
  todo: Localized;
  /** weight × missing score × severity factor (for evidence: weight × severity factor). */
  impact: number;
  /** impact / effort cost: the ranking. */
  priority: number;
  /** Points the area score gains when the check passes (0 for evidence actions). */
  gain: number;
  basis: string[];
}

export interface AreaStep {
  area: string;
  title: Localized;
  from: number | null;
  to: number | null;
  fromLevel: number | null;
  toLevel: number | null;
  /** The score the phase aims for (the floor of the next level). */
  target?: number;
}

export type PhaseKind = 'quick-wins' | 'evidence' | 'maturity' | 'further';

export interface RoadmapPhase {
  /** Stable id: quick-wins, evidence, maturity-1, maturity-2, …, further. */
  id: string;
  kind: PhaseKind;
  number: number;
  title: Localized;
  goal: Localized;
  actions: RoadmapAction[];
  areas: AreaStep[];
}

export interface Roadmap {
  phases: RoadmapPhase[];
  /** Every action, highest priority first. */
  ranked: RoadmapAction[];
}

const FAILING: ReadonlySet<CheckStatus> = new Set(['fail', 'partial']);
const MISSING: ReadonlySet<CheckStatus> = new Set(['unknown', 'error']);
const SCORED: ReadonlySet<CheckStatus> = new Set(['pass', 'partial', 'fail']);

/** Impact of closing a check's gap: weight × missing score × severity factor. */
export function impact(c: Pick<CheckResult, 'weight' | 'score' | 'severity'>): number {
  return c.weight * (1 - (c.score ?? 0)) * SEVERITY_FACTOR[c.severity];
}

/** The maturity level a score would have with full evidence. */
function levelOfScore(score: number | null): number | null {
  return maturityOf(score, 1, 0).level;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

const byPriority = (a: RoadmapAction, b: RoadmapAction) =>
  b.priority - a.priority || b.impact - a.impact || Number(b.required) - Number(a.required) || a.check.localeCompare(b.check);

function evidenceTodo(c: CheckResult): Localized {
  if (c.status === 'error') {
    return localized('roadmap.todo.error', { why: c.reason ?? { msg: { id: 'roadmap.todo.probeFailed' } } });
  }
  if (c.question) {
    return localized('roadmap.todo.answer', { prompt: c.question.prompt });
  }
  return localized('roadmap.todo.evidence', { why: c.reason ?? { msg: { id: 'missing.other', values: { key: c.evidence.keys.join(', ') } } } });
}

export function buildRoadmap(report: Report): Roadmap {
  const areaById = new Map<string, AreaResult>(report.areas.map((a) => [a.id, a]));
  // The weight behind each area's score: what a check's gain is divided by.
  const scoredWeight = new Map<string, number>();
  for (const c of report.checks) {
    if (c.advisory) continue;
    if (SCORED.has(c.status) && c.score !== null) scoredWeight.set(c.area, (scoredWeight.get(c.area) ?? 0) + c.weight);
  }

  const actions: RoadmapAction[] = [];
  for (const c of report.checks) {
    // Advisory checks weigh nothing in the score: fixing them moves no level, so they are no roadmap action.
    if (c.advisory) continue;
    const fix = FAILING.has(c.status);
    if (!fix && !MISSING.has(c.status)) continue;
    const area = areaById.get(c.area);
    const effort: Effort = fix ? c.effort ?? 'medium' : c.question ? 'low' : 'medium';
    const imp = fix ? impact(c) : c.weight * SEVERITY_FACTOR[c.severity];
    const sw = scoredWeight.get(c.area) ?? 0;
    actions.push({
      kind: fix ? 'fix' : 'evidence',
      check: c.id,
      area: c.area,
      areaTitle: area?.title ?? { en: c.area, es: c.area },
      status: c.status,
      severity: c.severity,
      effort,
      weight: c.weight,
      score: c.score,
      required: c.required === true,
      title: fix ? c.failureTitle : c.title,
      todo: fix ? c.remediation : evidenceTodo(c),
      impact: Math.round(imp * 100) / 100,
      priority: Math.round((imp / EFFORT_COST[effort]) * 1000) / 1000,
      gain: fix && sw > 0 ? (100 * c.weight * (1 - (c.score ?? 0))) / sw : 0,
      basis: c.basis,
    });
  }
  actions.sort(byPriority);

  const fixes = actions.filter((a) => a.kind === 'fix');
  const evidence = actions.filter((a) => a.kind === 'evidence');
  const sim = new Map<string, number | null>(report.areas.map((a) => [a.id, a.score]));
  const phases: RoadmapPhase[] = [];
  const stepOf = (areaId: string, before: number | null, after: number | null, target?: number): AreaStep => ({
    area: areaId,
    title: areaById.get(areaId)?.title ?? { en: areaId, es: areaId },
    from: before === null ? null : round1(before),
    to: after === null ? null : round1(after),
    fromLevel: levelOfScore(before === null ? null : round1(before)),
    toLevel: levelOfScore(after === null ? null : round1(after)),
    ...(target !== undefined ? { target } : {}),
  });
  /** Applies a set of fixes to the simulated scores and returns the areas' steps. */
  const apply = (picked: RoadmapAction[], targets: Map<string, number> = new Map()): AreaStep[] => {
    const touched = [...new Set(picked.map((a) => a.area))];
    return touched
      .sort((a, b) => report.areas.findIndex((x) => x.id === a) - report.areas.findIndex((x) => x.id === b))
      .map((id) => {
        const before = sim.get(id) ?? null;
        const gain = picked.filter((a) => a.area === id).reduce((s, a) => s + a.gain, 0);
        const after = before === null ? null : Math.min(100, before + gain);
        sim.set(id, after);
        return stepOf(id, before, after, targets.get(id));
      });
  };

  const quick = fixes.filter((a) => a.effort === 'low');
  if (quick.length) {
    phases.push({
      id: 'quick-wins',
      kind: 'quick-wins',
      number: 0,
      title: localized('roadmap.quick.title'),
      goal: localized('roadmap.quick.goal'),
      actions: quick,
      areas: apply(quick),
    });
  }

  if (evidence.length) {
    const blocked = report.areas.filter((a) => a.maturity.insufficientEvidence).length;
    phases.push({
      id: 'evidence',
      kind: 'evidence',
      number: 0,
      title: localized('roadmap.evidence.title'),
      goal: localized('roadmap.evidence.goal', { blocked, areas: report.areas.length }),
      actions: evidence,
      areas: [],
    });
  }

  let remaining = fixes.filter((a) => a.effort !== 'low');
  for (let round = 1; remaining.length > 0 && round <= 5; round++) {
    const picked: RoadmapAction[] = [];
    const targets = new Map<string, number>();
    for (const area of report.areas) {
      const pool = remaining.filter((a) => a.area === area.id);
      const current = sim.get(area.id) ?? null;
      if (pool.length === 0 || current === null) continue;
      let reach = current;
      const take = (a: RoadmapAction) => {
        pool.splice(pool.indexOf(a), 1);
        picked.push(a);
        reach += a.gain;
      };
      // Failing checks the gate requires block the release: they go in the first phase.
      if (round === 1) for (const a of pool.filter((x) => x.required)) take(a);
      const level = levelOfScore(current);
      if (level === null || level >= 5) continue;
      const target = levelFloor(level + 1);
      while (reach < target - 1e-9 && pool.length) take(nextPick(pool, target - reach));
      // Fixing every failing check of an area scores 100, so the target is always within reach.
      targets.set(area.id, target);
    }
    if (picked.length === 0) break;
    picked.sort(byPriority);
    const steps = apply(picked, targets);
    const labels: MessageValue[] = steps.map((s) => ({
      msg: s.toLevel
        ? { id: 'roadmap.stepLevel', values: { area: s.title, from: fmt(s.from), to: fmt(s.to), level: MATURITY_LABELS[s.toLevel]! } }
        : { id: 'roadmap.step', values: { area: s.title, from: fmt(s.from), to: fmt(s.to) } },
    }));
    phases.push({
      id: `maturity-${round}`,
      kind: 'maturity',
      number: 0,
      title: round === 1 ? localized('roadmap.maturity.first') : localized('roadmap.maturity.round', { round }),
      goal: localized('roadmap.maturity.goal', { steps: { list: labels, max: labels.length, separator: '; ' } }),
      actions: picked,
      areas: steps,
    });
    const done = new Set(picked);
    remaining = remaining.filter((a) => !done.has(a));
  }
  if (remaining.length) {
    phases.push({
      id: 'further',
      kind: 'further',
      number: 0,
      title: localized('roadmap.further.title'),
      goal: localized('roadmap.further.goal'),
      actions: remaining,
      areas: apply(remaining),
    });
  }
  phases.forEach((p, i) => (p.number = i + 1));

  return { phases, ranked: actions };
}

/**
 * The next fix of an area on its way to a target: among the fixes that reach the
 * target alone, the cheapest (the most impact breaking ties); when none does, the
 * best gain per unit of effort.
 */
function nextPick(pool: RoadmapAction[], need: number): RoadmapAction {
  const enough = pool.filter((a) => a.gain >= need - 1e-9);
  if (enough.length) return [...enough].sort((a, b) => EFFORT_COST[a.effort] - EFFORT_COST[b.effort] || byPriority(a, b))[0]!;
  return [...pool].sort((a, b) => b.gain / EFFORT_COST[b.effort] - a.gain / EFFORT_COST[a.effort] || byPriority(a, b))[0]!;
}

function fmt(n: number | null): string {
  return n === null ? '—' : String(Math.round(n));
}
