/**
 * Reading what the checks need out of one Lighthouse result (LHR). Pure: the LHR is
 * plain JSON, so tests feed saved or hand-made results. Only the fields read here are
 * typed, which keeps this module independent of Lighthouse's own type tree.
 */
import { reason } from '../i18n/index.js';
import { CATEGORY_KEYS, LH_CATEGORY, type AuditVerdict, type CategoryScores, type LighthouseError, type Metrics, type PageAudits } from './types.js';

export interface LhrAudit {
  id?: string;
  score: number | null;
  scoreDisplayMode?: string;
  numericValue?: number;
  errorMessage?: string;
  details?: { type?: string; items?: unknown[] };
}

export interface LhrLike {
  lighthouseVersion?: string;
  requestedUrl?: string;
  mainDocumentUrl?: string;
  finalDisplayedUrl?: string;
  finalUrl?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, LhrAudit | undefined>;
  configSettings?: { formFactor?: string };
}

/** Lighthouse's own threshold for a passing audit (shared/util.js PASS_THRESHOLD). */
const PASS_THRESHOLD = 0.9;

/** 0–100 as Lighthouse displays it, or null. */
export function toScore(score: number | null | undefined): number | null {
  return typeof score === 'number' && Number.isFinite(score) ? Math.round(score * 100) : null;
}

export function categoryScores(lhr: LhrLike): CategoryScores {
  const out = {} as CategoryScores;
  for (const key of CATEGORY_KEYS) out[key] = toScore(lhr.categories[LH_CATEGORY[key]]?.score);
  return out;
}

function numeric(lhr: LhrLike, id: string): number | undefined {
  const v = lhr.audits[id]?.numericValue;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function metricsOf(lhr: LhrLike): Metrics {
  const m: Metrics = {};
  const set = (key: keyof Metrics, id: string, digits = 0): void => {
    const v = numeric(lhr, id);
    if (v === undefined) return;
    const f = 10 ** digits;
    m[key] = Math.round(v * f) / f;
  };
  set('fcp', 'first-contentful-paint');
  set('lcp', 'largest-contentful-paint');
  set('tbt', 'total-blocking-time');
  set('cls', 'cumulative-layout-shift', 3);
  set('tti', 'interactive');
  set('si', 'speed-index');
  return m;
}

/** pass / fail of one audit; not-applicable passes; errors, manual and missing are null. */
export function verdict(audit: LhrAudit | undefined): AuditVerdict {
  if (!audit) return null;
  switch (audit.scoreDisplayMode) {
    case 'notApplicable':
      return true;
    case 'error':
    case 'manual':
      return null;
  }
  return typeof audit.score === 'number' ? audit.score >= PASS_THRESHOLD : null;
}

function both(a: AuditVerdict, b: AuditVerdict): AuditVerdict {
  if (a === false || b === false) return false;
  if (a === null && b === null) return null;
  return true;
}

/** A page without lang makes html-lang-valid "not applicable": html-has-lang decides first. */
function langVerdict(has: AuditVerdict, valid: AuditVerdict): AuditVerdict {
  if (has === null) return null;
  return has && valid !== false;
}

function describe(id: string, audit: LhrAudit | undefined): string {
  if (!audit) return `${id} (not run)`;
  if (audit.scoreDisplayMode === 'notApplicable') return `${id} (not applicable)`;
  if (audit.scoreDisplayMode === 'error') return `${id} (error)`;
  return id;
}

export function auditsOf(lhr: LhrLike): PageAudits {
  const a = lhr.audits;
  const targetSize = verdict(a['target-size']);
  const fontSize = verdict(a['font-size']);
  const console = a['errors-in-console'];
  const consoleErrors = console && console.scoreDisplayMode !== 'error'
    ? Array.isArray(console.details?.items) ? console.details!.items!.length : console.score === 1 ? 0 : null
    : null;
  return {
    colorContrast: verdict(a['color-contrast']),
    targetSize,
    fontSize,
    documentLang: langVerdict(verdict(a['html-has-lang']), verdict(a['html-lang-valid'])),
    viewport: verdict(a['viewport']),
    https: verdict(a['is-on-https']),
    consoleErrors,
    tapTargetAudits: [describe('target-size', a['target-size']), describe('font-size', a['font-size'])],
  };
}

export function tapTargetsOf(audits: PageAudits): AuditVerdict {
  return both(audits.targetSize, audits.fontSize);
}

/**
 * The fault Lighthouse reported inside the result: `runtimeError` (page not loading,
 * NO_FCP, a 4xx/5xx document…), or a result with no category scored at all.
 */
export function runtimeErrorOf(lhr: LhrLike): LighthouseError | undefined {
  // Lighthouse's own words (in its locale, English here) inside a sentence of ours.
  if (lhr.runtimeError?.code) return { code: lhr.runtimeError.code, ...reason('evidence.lighthouse.runtime', { detail: lhr.runtimeError.message }) };
  const scores = categoryScores(lhr);
  if (CATEGORY_KEYS.every((k) => scores[k] === null)) {
    const warning = lhr.runWarnings?.[0];
    return { code: 'no-scores', ...(warning ? reason('evidence.lighthouse.runtime', { detail: warning }) : reason('evidence.lighthouse.noScores')) };
  }
  return undefined;
}

export function finalUrlOf(lhr: LhrLike): string | undefined {
  return lhr.finalDisplayedUrl ?? lhr.mainDocumentUrl ?? lhr.finalUrl;
}
