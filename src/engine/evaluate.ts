/**
 * Evaluation is pure: checklists × profile × gathered evidence × time → Report.
 * It does no I/O, and a missing or failed piece of evidence becomes a result
 * state (unknown, error), never an exception.
 */
import type {
  AreaResult, CheckDef, CheckResult, CheckStatus, Checklist, Evidence, EvidenceItem, Lang, Localized,
  Profile, Report, Waiver, BusinessModel,
} from '../types.js';
import { LANGS } from '../types.js';
import { evidenceKeyDef } from '../evidence/keys.js';
import { localized, type MessageId, type MessageValue } from '../i18n/index.js';
import { operators } from './operators.js';
import { evaluators, type Evaluator, type EvaluatorName } from './evaluators.js';
import { scoreAnswer } from './questions.js';
import { maturityOf, scoreAreas, scoreChecks } from './scoring.js';
import { evaluateGate, type GatePolicy } from './gate.js';
import type { ValueFormat } from './format.js';
import { profileEvidence } from './profile-evidence.js';

export interface EvaluateOptions {
  checklists: Checklist[];
  profile: Profile;
  /** Evidence gathered by probes and data loaders; it wins over the profile's own figures. */
  evidence?: Evidence;
  now: Date;
  lang?: Lang;
  gate?: GatePolicy;
  /** Area weight overrides by area id. */
  areaWeights?: Record<string, number>;
  /** Below this coverage an area claims no maturity level. */
  coverageThreshold?: number;
  waivers?: Waiver[];
  target?: string;
  tool?: { name: string; version: string };
  baselineScore?: number | null;
  profilePath?: string;
  /**
   * Fewest records a figure computed from an export needs before a check judges it
   * (config `data.minSample`): a number, or by check id with `default`. A check's own
   * `test.minSample` comes next; 30 otherwise.
   */
  minSample?: number | Record<string, number>;
}

export const DEFAULT_MIN_SAMPLE = 30;

function minSampleFor(def: CheckDef, setting: EvaluateOptions['minSample']): number {
  if (typeof setting === 'object' && setting[def.id] !== undefined) return setting[def.id];
  if (typeof def.test?.minSample === 'number') return def.test.minSample;
  if (typeof setting === 'number') return setting;
  if (typeof setting === 'object' && setting.default !== undefined) return setting.default;
  return DEFAULT_MIN_SAMPLE;
}

export const DEFAULT_COVERAGE_THRESHOLD = 0.6;

export function evaluate(opts: EvaluateOptions): Report {
  const { checklists, profile, now } = opts;
  // Gathered evidence wins over the profile's own figures.
  const evidence: Evidence = profileEvidence(profile);
  if (opts.evidence) Object.assign(evidence, opts.evidence);
  const waivers = [...(profile.waivers ?? []), ...(opts.waivers ?? [])];
  const threshold = opts.coverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD;
  const required = new Set(opts.gate?.requiredChecks ?? []);
  const expiredWaivers: Report['expiredWaivers'] = [];

  const checks: CheckResult[] = [];
  const areas: AreaResult[] = [];
  const areaScores: Parameters<typeof scoreAreas>[0] = [];

  for (const list of checklists) {
    // An area whose own condition fails (another country's legal pack) is left out of the report.
    if (list.appliesWhen && notApplicableReason({ appliesWhen: list.appliesWhen } as CheckDef, profile)) continue;
    const results = list.checks.map((def) => {
      const r = evaluateCheck(def, list.id, profile, evidence, now, waivers, minSampleFor(def, opts.minSample));
      r.required = required.has(def.id);
      if (r.waiver?.expired) expiredWaivers.push({ ...r.waiver, expired: true });
      return r;
    });
    checks.push(...results);
    const weight = opts.areaWeights?.[list.id] ?? list.weight;
    // Advisory checks are shown with their state but weigh nothing.
    const s = scoreChecks(results.filter((r) => !r.advisory));
    const counts: Record<CheckStatus, number> = { pass: 0, partial: 0, fail: 0, 'not-applicable': 0, unknown: 0, error: 0, waived: 0 };
    for (const r of results) counts[r.status]++;
    areas.push({ id: list.id, title: list.title, weight, score: s.score, coverage: s.coverage, maturity: maturityOf(s.score, s.coverage, threshold), counts });
    areaScores.push({ score: s.score, coverage: s.coverage, weight, applicableWeight: s.applicableWeight });
  }

  const overall = scoreAreas(areaScores);
  const gate = evaluateGate(opts.gate, {
    score: overall.score,
    coverage: overall.coverage,
    areas,
    checks: checks.filter((c) => !c.advisory || required.has(c.id)),
    baselineScore: opts.baselineScore,
  });
  const org = profile.organisation;
  return {
    schemaVersion: 1,
    tool: opts.tool ?? { name: 'service-readiness', version: '0.0.0' },
    generatedAt: now.toISOString(),
    lang: opts.lang ?? 'en',
    organisation: {
      name: org.name,
      country: org.country,
      sector: org.sector,
      businessModel: businessModels(profile),
      serviceModel: org.serviceModel,
      website: org.website,
    },
    target: opts.target,
    profile: opts.profilePath,
    checklists: checklists.map((c) => ({ id: c.id, version: c.version, title: c.title })),
    score: overall.score,
    coverage: overall.coverage,
    maturity: maturityOf(overall.score, overall.coverage, threshold),
    gate,
    areas,
    checks,
    targets: profile.targets,
    expiredWaivers,
  };
}

export function businessModels(profile: Profile): BusinessModel[] {
  const bm = profile.organisation.businessModel;
  return Array.isArray(bm) ? bm : [bm];
}

/** Why a check does not apply, or undefined when it does. */
export function notApplicableReason(def: CheckDef, profile: Profile): Localized | undefined {
  const w = def.appliesWhen;
  if (!w) return undefined;
  const org = profile.organisation;
  if (w.businessModel && !businessModels(profile).some((b) => w.businessModel!.includes(b))) {
    // Named as the report's header names them ("B2C (consumers)", "sector público"), not as enum values.
    const words = (ms: BusinessModel[]): MessageValue => ({ list: ms.map((m) => ({ msg: { id: `profile.businessModel.${m}` as MessageId } })), max: ms.length, separator: ' / ' });
    return localized('applies.businessModel', { want: words(w.businessModel), have: words(businessModels(profile)) });
  }
  if (w.serviceModel && (!org.serviceModel || !w.serviceModel.includes(org.serviceModel))) {
    return localized('applies.serviceModel', { want: w.serviceModel.join('/'), have: org.serviceModel ?? { msg: { id: 'applies.serviceModel.none' } } });
  }
  if (w.sector && (!org.sector || !w.sector.includes(org.sector))) {
    return localized('applies.sector', { want: w.sector.join('/') });
  }
  if (w.physicalLocations !== undefined) {
    const has = (profile.locations?.length ?? 0) > 0 || (profile.channels ?? []).some((c) => c.type === 'physical');
    if (has !== w.physicalLocations) return localized(w.physicalLocations ? 'applies.locations' : 'applies.noLocations');
  }
  if (w.channels) {
    const declared = new Set((profile.channels ?? []).map((c) => c.type));
    if (!w.channels.some((c) => declared.has(c as never))) {
      return localized('applies.channels', { want: w.channels.join('/') });
    }
  }
  if (w.country && !w.country.includes((org.country ?? '').toUpperCase())) {
    return localized('checklists.applies.country', { want: w.country.join('/'), have: org.country || '—' });
  }
  return undefined;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function activeWaiver(waivers: Waiver[], id: string, now: Date): (Waiver & { expired: boolean }) | undefined {
  const matching = waivers.filter((w) => w.check === id);
  if (matching.length === 0) return undefined;
  // Expiry is inclusive: a waiver that expires today still applies today.
  const today = isoDay(now);
  const valid = matching.find((w) => w.expires >= today);
  if (valid) return { ...valid, expired: false };
  return { ...matching[0], expired: true };
}

function resolveKey(def: CheckDef, evidence: Evidence): { keys: string[]; key?: string; item?: EvidenceItem } {
  const ref = def.evidence!;
  const keys = typeof ref === 'string' ? [ref] : ref.anyOf;
  // Prefer a key with a value; then one with an error (so the reason is kept); else missing.
  const withValue = keys.find((k) => evidence[k] && evidence[k].value !== undefined && !evidence[k].error);
  if (withValue) return { keys, key: withValue, item: evidence[withValue] };
  const withError = keys.find((k) => evidence[k]?.error);
  if (withError) return { keys, key: withError, item: evidence[withError] };
  const any = keys.find((k) => evidence[k]);
  return { keys, key: any, item: any ? evidence[any] : undefined };
}

function formatFor(def: CheckDef, key: string | undefined): ValueFormat | undefined {
  if (def.test?.format) return def.test.format;
  if (def.question?.type === 'duration') return 'duration';
  const type = key ? evidenceKeyDef(key)?.type : undefined;
  if (type === 'duration') return 'duration';
  if (type === 'ratio') return 'percent';
  if (type === 'score') return 'score';
  return undefined;
}

const missingCache = new Map<string, Localized>();

function missingReason(key: string | undefined, keys: string[]): Localized {
  const k = key ?? keys[0];
  let cached = missingCache.get(k);
  if (!cached) missingCache.set(k, (cached = describeMissing(k)));
  return cached;
}

function describeMissing(k: string): Localized {
  const source = evidenceKeyDef(k)?.source;
  return localized(source === 'probe' ? 'missing.probe' : source === 'lighthouse' ? 'missing.lighthouse' : source === 'data' ? 'missing.data' : 'missing.other', { key: k });
}

export function evaluateCheck(def: CheckDef, area: string, profile: Profile, evidence: Evidence, now: Date, waivers: Waiver[] = [], minSample = minSampleFor(def, undefined)): CheckResult {
  // One result object, filled in place: this runs for every check of every
  // profile, and copying a wide object per step dominated the engine's time.
  const r: CheckResult = {
    id: def.id,
    area,
    title: def.title,
    failureTitle: def.failureTitle,
    why: def.why,
    remediation: def.remediation,
    basis: def.basis,
    status: 'unknown',
    score: null,
    weight: def.weight,
    severity: def.severity,
    effort: def.effort ?? 'medium',
    required: false,
    evidence: { keys: [], sources: [] },
    expectation: EMPTY,
  };
  if (def.advisory) r.advisory = true;
  if (def.legal) r.legal = def.legal;
  if (def.definition) r.definition = def.definition;
  const waiver = waivers.length ? activeWaiver(waivers, def.id, now) : undefined;
  if (waiver) r.waiver = waiver;

  const na = notApplicableReason(def, profile);
  if (na) return settle(r, 'not-applicable', null, na, na);

  if (def.question) judgeQuestion(def, r, evidence, now);
  else judgeEvidence(def, r, evidence, profile, now, minSample);
  if (def.details) {
    const details = def.details.filter((k) => evidence[k]?.value !== undefined).map((k) => ({ key: k, value: evidence[k].value, sources: evidence[k].sources }));
    if (details.length) r.details = details;
  }
  if (waiver && !waiver.expired) {
    // Keep what was measured so the reader sees what the waiver is covering.
    r.status = 'waived';
    r.reason = localized('waived', { owner: waiver.owner, expires: waiver.expires, justification: waiver.justification });
  }
  return r;
}

/** No sentence yet: every check gets its own before it is returned. */
const EMPTY = Object.fromEntries(LANGS.map((l) => [l, ''])) as unknown as Localized;

function settle(r: CheckResult, status: CheckStatus, score: number | null, expectation: Localized, reason?: Localized): CheckResult {
  r.status = status;
  r.score = score;
  r.expectation = expectation;
  if (reason) r.reason = reason;
  return r;
}

function statusOf(score: number): CheckStatus {
  if (score >= 0.999) return 'pass';
  if (score <= 0.001) return 'fail';
  return 'partial';
}

const NOT_ANSWERED: Record<string, Localized> = {
  'dont-know': localized('answer.dontKnow'),
  skipped: localized('answer.skipped'),
  none: localized('answer.none'),
};

function judgeQuestion(def: CheckDef, r: CheckResult, evidence: Evidence, now: Date): void {
  const q = def.question!;
  const key = `answer.${q.id}`;
  const item = evidence[key];
  r.evidence = { keys: [key], key, value: item?.value, sources: item?.sources ?? [], origin: 'answer' };
  r.question = { id: q.id, prompt: q.prompt, answer: item?.value };
  if (!item || item.missing !== undefined || item.value === undefined) {
    const why = NOT_ANSWERED[item?.missing ?? 'none'] ?? NOT_ANSWERED.none;
    settle(r, 'unknown', null, why, why);
    return;
  }
  const scored = scoreAnswer(q, item.value);
  switch (scored.kind) {
    case 'invalid':
      settle(r, 'error', null, scored.reason, scored.reason);
      return;
    case 'not-applicable': {
      const said = localized('answer.said', { answer: scored.shown });
      settle(r, 'not-applicable', null, said, said);
      return;
    }
    case 'score':
      settle(r, statusOf(scored.score), scored.score, localized('answer.said', { answer: scored.shown }));
      return;
    case 'value':
      applyTest(def, r, scored.value, undefined, evidence, undefined, now);
  }
}

function judgeEvidence(def: CheckDef, r: CheckResult, evidence: Evidence, profile: Profile, now: Date, minSample: number): void {
  const { keys, key, item } = resolveKey(def, evidence);
  r.evidence = { keys, key, value: item?.value, sources: item?.sources ?? [], origin: item?.origin, artifacts: item?.artifacts };
  if (item?.error) {
    const why = item.error.reason ? localized(item.error.reason.id, item.error.reason.values) : localized('evidence.error', { code: item.error.code, message: item.error.message });
    settle(r, 'error', null, why, why);
    return;
  }
  if (!item || item.value === undefined) {
    const why = item?.missingReason ? localized(item.missingReason.id, item.missingReason.values)
      : item?.missing ? localized('evidence.missing', { reason: item.missing }) : missingReason(key, keys);
    settle(r, 'unknown', null, why, why);
    return;
  }
  if (item.sample !== undefined && item.sample < minSample) {
    // A figure computed from a handful of records is not evidence either way.
    const why = localized('data.prov.tooFew', { n: item.sample, min: minSample });
    settle(r, 'unknown', null, why, why);
    return;
  }
  applyTest(def, r, item.value, key, evidence, profile, now);
}

function applyTest(def: CheckDef, r: CheckResult, value: unknown, key: string | undefined, evidence: Evidence, profile: Profile | undefined, now: Date): void {
  const test = def.test ?? {};
  let score: number | null;
  let expectation: Localized;
  if (test.evaluator) {
    // The checklist schema checked this evaluator's options when the checklist was loaded.
    const evaluate = evaluators[test.evaluator as EvaluatorName] as Evaluator<unknown>;
    const out = evaluate({ value, evidence, profile: profile ?? ({ organisation: {} } as Profile), test, now });
    score = out.score;
    expectation = out.expectation;
    if (out.sources?.length) r.evidence.sources = [...r.evidence.sources, ...out.sources];
  } else {
    ({ score, expectation } = operators[test.op!](value, test, { now, format: formatFor(def, key) }));
  }
  if (score === null) settle(r, 'error', null, expectation, expectation);
  else settle(r, statusOf(score), Math.round(score * 1000) / 1000, expectation);
}
