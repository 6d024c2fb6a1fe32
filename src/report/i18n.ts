import type { CheckStatus, Lang, Localized, Severity } from '../types.js';

/** The words of the report's own frame, in both languages. */
const WORDS = {
  title: { en: 'Service readiness audit', es: 'Auditoría de preparación del servicio' },
  overall: { en: 'Overall', es: 'Global' },
  score: { en: 'Score', es: 'Puntaje' },
  maturity: { en: 'Maturity', es: 'Madurez' },
  coverage: { en: 'Coverage', es: 'Cobertura' },
  area: { en: 'Area', es: 'Área' },
  areas: { en: 'Areas', es: 'Áreas' },
  checks: { en: 'Checks', es: 'Verificaciones' },
  failing: { en: 'Failing and partial checks, most important first', es: 'Verificaciones fallidas y parciales, de mayor a menor importancia' },
  unknown: { en: 'Unknown: evidence missing', es: 'Desconocidas: falta evidencia' },
  errors: { en: 'Errors: evidence could not be gathered', es: 'Errores: no se pudo obtener la evidencia' },
  waived: { en: 'Waived', es: 'Dispensadas' },
  expiredWaivers: { en: 'Expired waivers (no longer applied)', es: 'Dispensas vencidas (ya no se aplican)' },
  gate: { en: 'Gate', es: 'Compuerta' },
  passed: { en: 'PASSED', es: 'APROBADA' },
  failed: { en: 'FAILED', es: 'NO APROBADA' },
  noGate: { en: 'no gate rules configured', es: 'no hay reglas de compuerta configuradas' },
  remediation: { en: 'Fix', es: 'Acción' },
  evidence: { en: 'Evidence', es: 'Evidencia' },
  expectation: { en: 'Result', es: 'Resultado' },
  organisation: { en: 'Organisation', es: 'Organización' },
  generated: { en: 'Generated', es: 'Generado' },
  target: { en: 'Site', es: 'Sitio' },
  andMore: { en: 'and {n} more', es: 'y {n} más' },
  basis: { en: 'Basis', es: 'Fundamento' },
  weight: { en: 'Weight', es: 'Peso' },
  severity: { en: 'Severity', es: 'Severidad' },
  status: { en: 'Status', es: 'Estado' },
} satisfies Record<string, Localized>;

export type Word = keyof typeof WORDS;

export function t(word: Word, lang: Lang, vars: Record<string, string | number> = {}): string {
  return WORDS[word][lang].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

export const STATUS_LABEL: Record<CheckStatus, Localized> = {
  pass: { en: 'pass', es: 'cumple' },
  partial: { en: 'partial', es: 'parcial' },
  fail: { en: 'fail', es: 'no cumple' },
  'not-applicable': { en: 'not applicable', es: 'no aplica' },
  unknown: { en: 'unknown', es: 'desconocida' },
  error: { en: 'error', es: 'error' },
  waived: { en: 'waived', es: 'dispensada' },
};

export const SEVERITY_LABEL: Record<Severity, Localized> = {
  critical: { en: 'critical', es: 'crítica' },
  high: { en: 'high', es: 'alta' },
  medium: { en: 'medium', es: 'media' },
  low: { en: 'low', es: 'baja' },
};

export const SEVERITY_FACTOR: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };
