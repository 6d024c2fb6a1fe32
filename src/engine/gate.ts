/**
 * Gate policy lives apart from scores (like Lighthouse CI assertions): the same
 * report can pass one pipeline's policy and fail another's.
 */
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

const pct = (n: number) => `${Math.round(n * 100)} %`;
const num = (n: number | null) => (n === null ? '—' : String(n));

export function evaluateGate(policy: GatePolicy | undefined, input: GateInput): GateResult {
  const reasons: GateReason[] = [];
  const evaluated: string[] = [];
  const p = policy ?? {};

  if (p.minScore !== undefined) {
    evaluated.push('minScore');
    if (input.score === null || input.score < p.minScore) {
      reasons.push({
        rule: 'minScore',
        message: {
          en: `overall score ${num(input.score)} is below the minimum ${p.minScore}`,
          es: `el puntaje global ${num(input.score)} está por debajo del mínimo ${p.minScore}`,
        },
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
          message: {
            en: `area ${area.id} scores ${num(area.score)}, below the minimum ${min}`,
            es: `el área ${area.id} obtiene ${num(area.score)}, por debajo del mínimo ${min}`,
          },
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
          message: {
            en: `${failed.length} ${sev}-severity checks fail; at most ${max} allowed`,
            es: `${failed.length} verificaciones de severidad ${SEV_ES[sev]} fallan; se permiten como máximo ${max}`,
          },
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
        message: {
          en: `required check ${id} is ${c ? c.status : 'missing'}`,
          es: `la verificación obligatoria ${id} está en estado ${c ? c.status : 'ausente'}`,
        },
        checks: [id],
      });
    }
  }

  if (p.minCoverage !== undefined) {
    evaluated.push('minCoverage');
    if (input.coverage < p.minCoverage) {
      reasons.push({
        rule: 'minCoverage',
        message: {
          en: `evidence coverage ${pct(input.coverage)} is below the minimum ${pct(p.minCoverage)}`,
          es: `la cobertura de evidencia ${pct(input.coverage)} está por debajo del mínimo ${pct(p.minCoverage)}`,
        },
      });
    }
  }

  if (p.maxRegression !== undefined && input.baselineScore !== undefined && input.baselineScore !== null) {
    evaluated.push('maxRegression');
    const drop = input.score === null ? Infinity : Math.round((input.baselineScore - input.score) * 10) / 10;
    if (drop > p.maxRegression) {
      reasons.push({
        rule: 'maxRegression',
        message: {
          en: `overall score fell ${drop} points against the baseline (${input.baselineScore}); at most ${p.maxRegression} allowed`,
          es: `el puntaje global cayó ${drop} puntos frente a la línea base (${input.baselineScore}); se permiten como máximo ${p.maxRegression}`,
        },
      });
    }
  }

  return { passed: reasons.length === 0, reasons, evaluated };
}

const SEV_ES: Record<Severity, string> = { critical: 'crítica', high: 'alta', medium: 'media', low: 'baja' };
