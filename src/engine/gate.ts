/**
 * Gate policy lives apart from scores (like Lighthouse CI assertions): the same
 * report can pass one pipeline's policy and fail another's.
 */
import { localized } from '../i18n/index.js';
import type { CheckResult, GateReason, GateResult, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';

export interface GatePolicy {
  minScore?: number;
  minAreaScore?: Record<string, number>;
  maxFailures?: Partial<Record<Severity, number>>;
  requiredChecks?: string[];
  minCoverage?: number;
  /** Points the overall score may drop against the baseline. */
  maxRegression?: number;
}

export interface GateInput {
  score: number | null;
  coverage: number;
  areas: { id: string; score: number | null }[];
  checks: Pick<CheckResult, 'id' | 'status' | 'severity'>[];
  baselineScore?: number | null;
}

const num = (n: number | null): number | string => (n === null ? '—' : n);

export function evaluateGate(policy: GatePolicy | undefined, input: GateInput): GateResult {
  const reasons: GateReason[] = [];
  const evaluated: string[] = [];
  const p = policy ?? {};

  if (p.minScore !== undefined) {
    evaluated.push('minScore');
    if (input.score === null || input.score < p.minScore) {
      reasons.push({
        rule: 'minScore',
        message: localized('gate.minScore', { score: num(input.score), min: p.minScore }),
      });
    }
  }

  if (p.minAreaScore) {
    evaluated.push('minAreaScore');
    for (const area of input.areas) {
      const min = p.minAreaScore[area.id] ?? p.minAreaScore['*'];
      if (min === undefined) continue;
      if (area.score === null || area.score < min) {
        reasons.push({
          rule: 'minAreaScore',
          message: localized('gate.minAreaScore', { area: area.id, score: num(area.score), min }),
        });
      }
    }
  }

  if (p.maxFailures) {
    evaluated.push('maxFailures');
    for (const sev of SEVERITIES) {
      const max = p.maxFailures[sev];
      if (max === undefined) continue;
      const failed = input.checks.filter((c) => c.severity === sev && c.status === 'fail');
      if (failed.length > max) {
        reasons.push({
          rule: 'maxFailures',
          message: localized('gate.maxFailures', { n: failed.length, severity: { msg: { id: `severity.${sev}` } }, max }),
          checks: failed.map((c) => c.id),
        });
      }
    }
  }

  if (p.requiredChecks && p.requiredChecks.length > 0) {
    evaluated.push('requiredChecks');
    const byId = new Map(input.checks.map((c) => [c.id, c]));
    for (const id of p.requiredChecks) {
      const c = byId.get(id);
      // A waived required check is an accepted, owned risk: it does not block.
      if (c && (c.status === 'pass' || c.status === 'waived')) continue;
      reasons.push({
        rule: 'requiredChecks',
        message: localized('gate.requiredChecks', { id, status: c ? c.status : { msg: { id: 'gate.requiredChecks.missing' } } }),
        checks: [id],
      });
    }
  }

  if (p.minCoverage !== undefined) {
    evaluated.push('minCoverage');
    if (input.coverage < p.minCoverage) {
      reasons.push({
        rule: 'minCoverage',
        message: localized('gate.minCoverage', { coverage: { percent: input.coverage, digits: 0 }, min: { percent: p.minCoverage, digits: 0 } }),
      });
    }
  }

  if (p.maxRegression !== undefined && input.baselineScore !== undefined && input.baselineScore !== null) {
    evaluated.push('maxRegression');
    const drop = input.score === null ? Infinity : Math.round((input.baselineScore - input.score) * 10) / 10;
    if (drop > p.maxRegression) {
      reasons.push({
        rule: 'maxRegression',
        message: localized('gate.maxRegression', { drop: Number.isFinite(drop) ? drop : '∞', baseline: input.baselineScore, max: p.maxRegression }),
      });
    }
  }

  return { passed: reasons.length === 0, reasons, evaluated };
}

