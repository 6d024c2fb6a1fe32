import type { CheckStatus, Effort, EvidenceOrigin, Lang, Localized, Severity } from '../types.js';

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
  // The consultant deliverables (HTML, PDF, Markdown) and the diff.
  reportFor: { en: 'Service readiness report', es: 'Informe de preparación del servicio' },
  date: { en: 'Date', es: 'Fecha' },
  profile: { en: 'Profile', es: 'Perfil' },
  country: { en: 'Country', es: 'País' },
  sector: { en: 'Sector', es: 'Sector' },
  businessModel: { en: 'Business model', es: 'Modelo de negocio' },
  serviceModel: { en: 'Online service model', es: 'Modelo de servicio en línea' },
  targets: { en: 'Declared service targets', es: 'Metas de servicio declaradas' },
  tool: { en: 'Tool', es: 'Herramienta' },
  checklists: { en: 'Checklists', es: 'Listas de verificación' },
  version: { en: 'Version', es: 'Versión' },
  contents: { en: 'Contents', es: 'Contenido' },
  summary: { en: 'Executive summary', es: 'Resumen ejecutivo' },
  overallScore: { en: 'Overall score', es: 'Puntaje global' },
  gateVerdict: { en: 'Release gate', es: 'Compuerta de publicación' },
  gateRules: { en: 'Rules evaluated', es: 'Reglas evaluadas' },
  topGaps: { en: 'The five most important gaps', es: 'Las cinco brechas más importantes' },
  noGaps: { en: 'No failing or partial checks.', es: 'No hay verificaciones fallidas ni parciales.' },
  chart: { en: 'Score by area', es: 'Puntaje por área' },
  chartAlt: { en: 'Bar chart of the score of each area, 0 to 100, with the maturity bands', es: 'Gráfico de barras del puntaje de cada área, de 0 a 100, con las bandas de madurez' },
  insufficient: { en: 'insufficient evidence', es: 'evidencia insuficiente' },
  notScored: { en: 'not scored', es: 'sin puntaje' },
  checksOf: { en: '{n} checks', es: '{n} verificaciones' },
  level: { en: 'Level {n}', es: 'Nivel {n}' },
  findings: { en: 'Findings by area', es: 'Hallazgos por área' },
  why: { en: 'Why it matters', es: 'Por qué importa' },
  whatToDo: { en: 'What to do', es: 'Qué hacer' },
  seenAt: { en: 'Where it was seen', es: 'Dónde se observó' },
  value: { en: 'Value', es: 'Valor' },
  origin: { en: 'Origin', es: 'Origen' },
  snippet: { en: 'Snippet', es: 'Fragmento' },
  selector: { en: 'Selector', es: 'Selector' },
  file: { en: 'File', es: 'Archivo' },
  note: { en: 'Note', es: 'Nota' },
  question: { en: 'Question', es: 'Pregunta' },
  answer: { en: 'Answer', es: 'Respuesta' },
  noEvidence: { en: 'No evidence recorded.', es: 'No se registró evidencia.' },
  reason: { en: 'Reason', es: 'Motivo' },
  waiver: { en: 'Waiver', es: 'Dispensa' },
  owner: { en: 'Owner', es: 'Responsable' },
  justification: { en: 'Justification', es: 'Justificación' },
  expires: { en: 'Expires', es: 'Vence' },
  expiredWaiver: { en: 'expired: no longer applied', es: 'vencida: ya no se aplica' },
  noExpiredWaivers: { en: 'No waiver has expired.', es: 'Ninguna dispensa ha vencido.' },
  effort: { en: 'Effort', es: 'Esfuerzo' },
  impact: { en: 'Impact', es: 'Impacto' },
  required: { en: 'required by the gate', es: 'exigida por la compuerta' },
  check: { en: 'Check', es: 'Verificación' },
  action: { en: 'Action', es: 'Acción' },
  roadmap: { en: 'Roadmap', es: 'Hoja de ruta' },
  roadmapIntro: {
    en: 'Next actions ranked by impact (weight × missing score × severity) against effort, grouped into phases that each take the areas to their next maturity level.',
    es: 'Próximas acciones ordenadas por impacto (peso × puntaje faltante × severidad) frente al esfuerzo, agrupadas en fases que llevan cada área a su siguiente nivel de madurez.',
  },
  noActions: { en: 'Nothing to do: every applicable check passes or is waived.', es: 'Nada por hacer: toda verificación aplicable cumple o está dispensada.' },
  areaSteps: { en: 'Where the areas get to', es: 'A dónde llegan las áreas' },
  legend: { en: 'How to read this report', es: 'Cómo leer este informe' },
  states: { en: 'States', es: 'Estados' },
  baseline: { en: 'Compared with the baseline', es: 'Comparación con la línea base' },
  base: { en: 'Baseline', es: 'Línea base' },
  head: { en: 'This audit', es: 'Esta auditoría' },
  delta: { en: 'Change', es: 'Cambio' },
  startedFailing: { en: 'Started failing', es: 'Empezaron a fallar' },
  stoppedFailing: { en: 'Stopped failing', es: 'Dejaron de fallar' },
  changedState: { en: 'Changed state', es: 'Cambiaron de estado' },
  newChecks: { en: 'New checks', es: 'Verificaciones nuevas' },
  removedChecks: { en: 'Removed checks', es: 'Verificaciones eliminadas' },
  noChanges: { en: 'No check changed state.', es: 'Ninguna verificación cambió de estado.' },
  from: { en: 'From', es: 'Antes' },
  to: { en: 'To', es: 'Ahora' },
  page: { en: 'Page', es: 'Página' },
  of: { en: 'of', es: 'de' },
  none: { en: 'none', es: 'ninguna' },
  phase: { en: 'Phase', es: 'Fase' },
  // The executive edition (pdf-summary).
  executiveEdition: { en: 'Executive edition', es: 'Edición ejecutiva' },
  executiveNote: {
    en: 'The summary, the areas, the most important findings and the roadmap. Every check, with its evidence and where it was seen, is in the full report.',
    es: 'El resumen, las áreas, los hallazgos más importantes y la hoja de ruta. Cada verificación, con su evidencia y dónde se observó, está en el informe completo.',
  },
  topFindings: { en: 'Top findings', es: 'Hallazgos principales' },
  topFindingsIntro: {
    en: 'The {n} most important of the {total} failing or partial checks, by impact (weight × missing score × severity), with what to do.',
    es: 'Las {n} más importantes de las {total} verificaciones fallidas o parciales, por impacto (peso × puntaje faltante × severidad), con qué hacer.',
  },
  moreActions: { en: '… and {n} more in the full report.', es: '… y {n} más en el informe completo.' },
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

export const EFFORT_LABEL: Record<Effort, Localized> = {
  low: { en: 'low', es: 'bajo' },
  medium: { en: 'medium', es: 'medio' },
  high: { en: 'high', es: 'alto' },
};

export const ORIGIN_LABEL: Record<EvidenceOrigin, Localized> = {
  answer: { en: 'questionnaire answer', es: 'respuesta del cuestionario' },
  probe: { en: 'site probe', es: 'sondeo del sitio' },
  data: { en: 'exported data', es: 'datos exportados' },
  profile: { en: 'profile', es: 'perfil' },
};

/** What each state means, for the legend of the documents. */
export const STATUS_MEANING: Record<CheckStatus, Localized> = {
  pass: { en: 'evidence present and the target is met', es: 'hay evidencia y se cumple la meta' },
  partial: { en: 'evidence present; part of the target is met', es: 'hay evidencia; se cumple parte de la meta' },
  fail: { en: 'evidence present; the target is not met', es: 'hay evidencia; no se cumple la meta' },
  'not-applicable': { en: 'does not apply to this organisation; weighs nothing', es: 'no aplica a esta organización; no pesa' },
  unknown: { en: 'evidence missing: not in the score, lowers coverage', es: 'falta evidencia: no entra en el puntaje, reduce la cobertura' },
  error: { en: 'evidence could not be gathered: not in the score, lowers coverage', es: 'no se pudo obtener la evidencia: no entra en el puntaje, reduce la cobertura' },
  waived: { en: 'accepted risk with an owner and an expiry: not in the score', es: 'riesgo aceptado con responsable y vencimiento: no entra en el puntaje' },
};

/** Numbers in the reader's language: 47.5 / 47,5. */
export function formatNumber(n: number, lang: Lang, digits = 1): string {
  // Building an Intl formatter costs far more than using one: keep one per language and precision.
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'es' ? 'es-CO' : 'en-GB', { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f.format(n);
}
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A score 0..100 or a dash. */
export function formatScore(n: number | null | undefined, lang: Lang, digits = 0): string {
  return n === null || n === undefined ? '—' : formatNumber(n, lang, digits);
}

/** A ratio 0..1 as a percentage, with the space both languages' style guides use. */
export function formatPercent(n: number, lang: Lang): string {
  return `${formatNumber(Math.round(n * 100), lang, 0)} %`;
}

/** A signed change in points: +3.5 / −2 / ±0. */
export function formatDelta(n: number | null | undefined, lang: Lang): string {
  if (n === null || n === undefined) return '—';
  if (Math.abs(n) < 0.05) return '±0';
  return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n), lang, 1)}`;
}

/** An ISO timestamp as a calendar date in the reader's language (UTC). */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'es' ? 'es-CO' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f.format(d);
}
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
