/**
 * The shared vocabulary of the engine. Everything here is plain, serialisable data:
 * checklists and profiles are loaded into these shapes, evidence is gathered into
 * them, and the report is built from them.
 */
import type { ReportDiff } from './report/diff.js';
import type { Roadmap } from './report/roadmap.js';
import type { ReportHistory } from './history/types.js';
import type { Message } from './i18n/index.js';

/** A kind of contact channel an organisation declares. */
export type ChannelType = 'web' | 'email' | 'phone' | 'chat' | 'whatsapp' | 'callcentre' | 'app' | 'social' | 'physical' | 'api' | 'sms';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** Text in every language the product ships. */
export interface Localized {
  en: string;
  es: string;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export type Effort = 'low' | 'medium' | 'high';

export type BusinessModel = 'b2b' | 'b2c' | 'public';
export type ServiceModel = 'MOD-1' | 'MOD-2' | 'MOD-3' | 'MOD-4';

/** Where a finding was seen: a page (URL + snippet/selector) or a file (+ line). */
export interface Source {
  url?: string;
  snippet?: string;
  selector?: string;
  file?: string;
  line?: number;
  note?: string;
  /** `note` as a catalogue message (probes, measures, Lighthouse), worded in the reader's language. */
  noteReason?: Message;
  /** The note as a catalogue message (src/data/messages.ts), so a renderer can word it in the reader's language. */
  message?: { id: string; params?: Record<string, string | number | boolean | null> };
}

export type EvidenceOrigin = 'answer' | 'probe' | 'data' | 'profile';

/**
 * One named piece of evidence. A probe that failed writes `error` instead of a
 * value so that the checks reading it report `error` with the reason.
 */
export interface EvidenceItem {
  value?: unknown;
  sources: Source[];
  origin?: EvidenceOrigin;
  /**
   * Why the evidence could not be gathered: a code, the reason as a catalogue message
   * (shown in the reader's language), and the same reason in English for logs.
   */
  error?: { code: string; message: string; reason?: Message };
  /** Why the value is missing though nothing failed, e.g. "answered don't know". */
  missing?: string;
  /** `missing` as a catalogue message, shown in the reader's language. */
  missingReason?: Message;
  collectedAt?: string;
  /** Links to artifacts (saved Lighthouse results, …) relative to the report. */
  artifacts?: string[];
  /** Records a computed figure rests on; below a check's minimum sample the check is unknown. */
  sample?: number;
}

export type Evidence = Record<string, EvidenceItem>;


// ---------------------------------------------------------------- checklists

export type QuestionType = 'yesNo' | 'scale' | 'choice' | 'multiChoice' | 'number' | 'duration' | 'text';

export interface QuestionOption {
  value: string;
  label: Localized;
  /** 0..1; null means "this makes the check not applicable". */
  score: number | null;
}

export interface Question {
  id: string;
  prompt: Localized;
  help?: Localized;
  type: QuestionType;
  options?: QuestionOption[];
  /** yesNo: the score of "yes" (1 by default) — set 0 when "yes" is the bad answer. */
  yesScore?: number;
  /**
   * multiChoice: an item may be answered `not-offered:<value>` (a municipality that does
   * not provide a service, a cash-only shop and online payments): it leaves the
   * denominator instead of counting as missing.
   */
  notOffered?: boolean;
  /** scale: lowest and highest values (1..5 by default) and their meanings. */
  scale?: { min: number; max: number; minLabel?: Localized; maxLabel?: Localized };
  unit?: Localized;
}

export type OperatorName =
  | 'eq' | 'ne' | 'gte' | 'gt' | 'lte' | 'lt' | 'between'
  | 'nonEmpty' | 'empty' | 'isTrue' | 'isFalse'
  | 'includes' | 'includesAll' | 'includesAny' | 'countAtLeast'
  | 'matches' | 'maxAge';

/** A test from the fixed operator table, or a named TypeScript evaluator. */
export interface TestSpec {
  op?: OperatorName;
  evaluator?: string;
  value?: unknown;
  min?: unknown;
  max?: unknown;
  /** A linear partial score between the target and this bound (gte/lte/maxAge). */
  partialAt?: unknown;
  pattern?: string;
  flags?: string;
  /** What the measured thing is called in expectation sentences. */
  subject?: Localized;
  /** How values print: duration (ms), percent (0..1), score (0..100), number. */
  format?: 'duration' | 'percent' | 'number' | 'score' | 'text';
  /** How the items of a list (found, expected, missing) read in a sentence, by id: `taxId: { en: tax id (NIT), es: NIT }`. */
  labels?: Record<string, Localized>;
  [extra: string]: unknown;
}

export type EvidenceRef = string | { anyOf: string[] };

export interface Applicability {
  businessModel?: BusinessModel[];
  serviceModel?: ServiceModel[];
  sector?: string[];
  /** true: only for organisations that declare physical locations. */
  physicalLocations?: boolean;
  /** Only when the organisation declares one of these channel types. */
  channels?: string[];
  /** Only for organisations in these countries (ISO 3166-1 alpha-2, the profile's organisation.country). */
  country?: string[];
}

/** The legal instrument and article a check puts into practice (the legal-duties pack). */
export interface LegalRef {
  /** The instrument as cited in the country: "Ley 1480 de 2011", "Resolución 424/2020 (Secretaría de Comercio Interior)". */
  instrument: string;
  /** The article, literal or annex: "art. 50, lit. a". */
  article: string;
  /** The text that was read to verify the rule (an official portal's URL), when it was verified. */
  source?: string;
}

/** Another check that reads the same evidence, and why both exist. */
export interface RelatedRef {
  check: string;
  reason: Localized;
}

export interface CheckDef {
  id: string;
  title: Localized;
  failureTitle: Localized;
  why: Localized;
  remediation: Localized;
  basis: string[];
  weight: number;
  severity: Severity;
  effort?: Effort;
  appliesWhen?: Applicability;
  question?: Question;
  evidence?: EvidenceRef;
  test?: TestSpec;
  /** Evidence shown beside the result, not tested: the differences behind a score. */
  details?: string[];
  /**
   * Shown with its state but never scored nor counted by the gate: a legal rule that
   * could not be verified in an official text, or a diagnostic part of another check.
   */
  advisory?: boolean;
  /** The instrument and article, for checks of the legal-duties pack. */
  legal?: LegalRef;
  /** Checks that read the same evidence, each with the reason both exist. */
  related?: RelatedRef[];
  /**
   * How the figure is counted, where a reader could count it otherwise: calendar or
   * business days, a rate's numerator and denominator, what "third ring" means in
   * seconds. Shown by `readiness checklists <id>`, the interview's why and the report.
   */
  definition?: Localized;
  /** Where in which file this check was declared (for messages). */
  location?: { file: string; line: number; column: number };
}

export interface Checklist {
  id: string;
  version: string;
  title: Localized;
  description?: Localized;
  weight: number;
  references?: string[];
  /** Every check of the area applies only when this holds (e.g. the country of a legal pack); otherwise the area is left out of the report. */
  appliesWhen?: Applicability;
  /** A named group of areas a config may switch off together (`legal`). */
  pack?: string;
  checks: CheckDef[];
  file?: string;
}

// ---------------------------------------------------------------- profiles

export interface DeclaredChannel {
  type: ChannelType;
  value?: string;
  url?: string;
  hours?: string;
  staffedBy?: 'people' | 'automated' | 'mixed';
  languages?: string[];
  note?: string;
}

export interface Location {
  name: string;
  address: string;
  city?: string;
  region?: string;
  phone?: string;
  hours?: string;
  email?: string;
}

export interface AnswerRecord {
  value?: unknown;
  status?: 'answered' | 'dont-know' | 'skipped';
  note?: string;
  answeredBy?: string;
  answeredAt?: string;
}

export interface Waiver {
  check: string;
  owner: string;
  justification: string;
  expires: string;
}

export interface Profile {
  organisation: {
    name: string;
    legalName?: string;
    country: string;
    sector?: string;
    businessModel: BusinessModel | BusinessModel[];
    serviceModel?: ServiceModel;
    website?: string;
    timezone?: string;
    locale?: string;
    languages?: string[];
    size?: string;
  };
  channels?: DeclaredChannel[];
  locations?: Location[];
  targets?: Record<string, unknown>;
  delivery?: Record<string, unknown>;
  /** Measured values the organisation exported, by data evidence key. */
  metrics?: Record<string, { value: unknown; source?: string; period?: string } | unknown>;
  answers?: Record<string, AnswerRecord | unknown>;
  waivers?: Waiver[];
  file?: string;
}

// ---------------------------------------------------------------- results

export type CheckStatus = 'pass' | 'partial' | 'fail' | 'not-applicable' | 'unknown' | 'error' | 'waived';
export const STATUSES: readonly CheckStatus[] = ['pass', 'partial', 'fail', 'not-applicable', 'unknown', 'error', 'waived'];

export interface OperatorResult {
  /** 0..1, or null when the operator cannot judge the value (wrong type). */
  score: number | null;
  expectation: Localized;
}

export interface CheckResult {
  id: string;
  area: string;
  title: Localized;
  failureTitle: Localized;
  why: Localized;
  remediation: Localized;
  basis: string[];
  status: CheckStatus;
  score: number | null;
  weight: number;
  severity: Severity;
  effort: Effort;
  required: boolean;
  evidence: {
    keys: string[];
    key?: string;
    value?: unknown;
    sources: Source[];
    origin?: EvidenceOrigin;
    artifacts?: string[];
  };
  expectation: Localized;
  /** Related evidence shown beside the result (the checklist's `details`). */
  details?: { key: string; value: unknown; sources: Source[] }[];
  /** Why the check is unknown, error or not-applicable. */
  reason?: Localized;
  waiver?: Waiver & { expired: boolean };
  question?: { id: string; prompt: Localized; answer?: unknown };
  /** Shown, not scored (see CheckDef.advisory). */
  advisory?: boolean;
  /** The legal instrument and article (legal-duties pack). */
  legal?: LegalRef;
  /** How the figure is counted (CheckDef.definition). */
  definition?: Localized;
}

export interface Maturity {
  level: number | null;
  label: Localized;
  insufficientEvidence: boolean;
}

export interface AreaResult {
  id: string;
  title: Localized;
  weight: number;
  score: number | null;
  coverage: number;
  maturity: Maturity;
  counts: Record<CheckStatus, number>;
}

export interface GateReason {
  rule: string;
  message: Localized;
  checks?: string[];
}

export interface GateResult {
  passed: boolean;
  reasons: GateReason[];
  evaluated: string[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  generatedAt: string;
  lang: Lang;
  organisation: {
    name: string;
    country: string;
    sector?: string;
    businessModel: BusinessModel[];
    serviceModel?: ServiceModel;
    website?: string;
  };
  target?: string;
  profile?: string;
  checklists: { id: string; version: string; title: Localized }[];
  score: number | null;
  coverage: number;
  maturity: Maturity;
  gate: GateResult;
  areas: AreaResult[];
  checks: CheckResult[];
  targets?: Record<string, unknown>;
  expiredWaivers: (Waiver & { expired: true })[];
  /** The comparison with a baseline report (`audit --baseline`). */
  diff?: ReportDiff;
  /** Next actions ranked by impact against effort, in phases. */
  roadmap?: Roadmap;
  /** The organisation's earlier audits (`--history DIR`): the trend, and what changed since the last one. */
  history?: ReportHistory;
  meta?: Record<string, unknown>;
}
