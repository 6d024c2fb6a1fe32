/** The interview's own words, in every language the product ships. */
import type { Lang, Localized } from '../types.js';

const STRINGS = {
  dontKnow: { en: "Don't know", es: 'No sé' },
  skip: { en: 'Skip this question', es: 'Omitir esta pregunta' },
  back: { en: '← Back to the previous question', es: '← Volver a la pregunta anterior' },
  help: { en: '? Why is this asked?', es: '? ¿Por qué se pregunta esto?' },
  yes: { en: 'Yes', es: 'Sí' },
  no: { en: 'No', es: 'No' },
  noneOfThese: { en: 'None of these', es: 'Ninguna de estas' },
  pickOne: { en: 'Choose at least one (space to mark, enter to confirm).', es: 'Elija al menos una (espacio para marcar, enter para confirmar).' },
  typedHint: {
    en: 'Type the answer · ? why · < back · dk don\'t know · skip',
    es: 'Escriba la respuesta · ? por qué · < atrás · ns no sé · omitir',
  },
  typedHintRequired: { en: 'Type the answer · ? why · < back', es: 'Escriba la respuesta · ? por qué · < atrás' },
  emptyAnswer: { en: 'type an answer, or dk / skip', es: 'escriba una respuesta, o ns / omitir' },
  emptyRequired: { en: 'an answer is needed here', es: 'aquí se necesita una respuesta' },
  question: { en: 'question', es: 'pregunta' },
  of: { en: 'of', es: 'de' },
  overall: { en: 'overall', es: 'en total' },
  current: { en: 'current answer', es: 'respuesta actual' },
  currentDontKnow: { en: "current answer: don't know", es: 'respuesta actual: no sé' },
  currentSkipped: { en: 'current answer: skipped', es: 'respuesta actual: omitida' },
  why: { en: 'Why', es: 'Por qué' },
  basis: { en: 'Basis', es: 'Fundamento' },
  check: { en: 'Check', es: 'Verificación' },
  more: { en: 'more', es: 'más' },
  firstQuestion: { en: 'This is the first question; there is nothing before it.', es: 'Esta es la primera pregunta; no hay nada antes.' },
  factLeftOpen: { en: 'Left open; it will be asked again next time.', es: 'Queda abierta; se preguntará de nuevo la próxima vez.' },
  foundOnSite: { en: 'The site shows', es: 'El sitio muestra' },
  prefilled: { en: 'Pre-filled from what the site shows; confirm or correct.', es: 'Prellenado con lo que muestra el sitio; confirme o corrija.' },
  notFound: { en: 'not found on the site', es: 'no se halló en el sitio' },
  found: { en: 'found', es: 'hallado' },
  on: { en: 'on', es: 'en' },
  probeFailed: { en: 'the probe failed', es: 'la sonda falló' },
  newProfile: {
    en: 'No profile at {file} yet: it will be created from the first answers (name, business model, country).',
    es: 'Aún no hay perfil en {file}: se creará con las primeras respuestas (nombre, modelo de negocio, país).',
  },
  intro: {
    en: 'Interview for {file}: every answer is saved at once. Ctrl-C stops; running the same command again resumes.',
    es: 'Entrevista para {file}: cada respuesta se guarda al instante. Ctrl-C detiene; al repetir el comando se retoma.',
  },
  probing: { en: 'Probing {url} first …', es: 'Sondeando {url} primero …' },
  probesDone: { en: 'Site probed: {n} pages read.', es: 'Sitio sondeado: {n} páginas leídas.' },
  probesUnavailable: {
    en: 'The site probes could not run ({reason}); continuing without them.',
    es: 'No se pudieron ejecutar las sondas del sitio ({reason}); se continúa sin ellas.',
  },
  nothingToReview: {
    en: 'Nothing answered yet to review; run the interview without --review.',
    es: 'Aún no hay respuestas para revisar; ejecute la entrevista sin --review.',
  },
  allAnswered: { en: 'Every applicable question is answered.', es: 'Todas las preguntas que aplican tienen respuesta.' },
  interrupted: {
    en: 'Interrupted. Every answer given so far is saved in {file}.',
    es: 'Interrumpido. Todas las respuestas dadas hasta ahora están guardadas en {file}.',
  },
  interruptedUnsaved: {
    en: 'Interrupted before the profile could be created (it needs the name, business model and country); nothing was saved.',
    es: 'Interrumpido antes de poder crear el perfil (necesita nombre, modelo de negocio y país); no se guardó nada.',
  },
  resumeWith: { en: 'Resume with:', es: 'Para retomar:' },
  summary: { en: 'Summary', es: 'Resumen' },
  colArea: { en: 'area', es: 'área' },
  colAnswered: { en: 'answered', es: 'respondidas' },
  colDontKnow: { en: "don't know", es: 'no sabe' },
  colSkipped: { en: 'skipped', es: 'omitidas' },
  colOpen: { en: 'open', es: 'abiertas' },
  notApplicableOne: { en: '1 question does not apply to this organisation.', es: '1 pregunta no aplica a esta organización.' },
  notApplicableNote: { en: '{n} questions do not apply to this organisation.', es: '{n} preguntas no aplican a esta organización.' },
  continueWith: { en: 'Open questions remain; continue with:', es: 'Quedan preguntas abiertas; continúe con:' },
  nextAudit: { en: 'Next, score the profile:', es: 'Después, califique el perfil:' },
  saved: { en: 'saved', es: 'guardado' },
  durationHint: { en: 'e.g. 30m, 4h, 2d', es: 'p. ej. 30m, 4h, 2d' },
  probesNotInstalled: { en: 'the probes module is not installed yet', es: 'el módulo de sondas aún no está instalado' },
} satisfies Record<string, Localized>;

export type MessageId = keyof typeof STRINGS;

/** A message in `lang`, with `{name}` placeholders filled in. */
export function msg(lang: Lang, id: MessageId, vars: Record<string, string | number> = {}): string {
  return STRINGS[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
