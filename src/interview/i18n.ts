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

  // ---------------------------------------------------------------- the web page (--web)
  webLanguageName: { en: 'English', es: 'Español' },
  webTitle: { en: 'Interview — {file}', es: 'Entrevista — {file}' },
  webHeading: { en: 'Service readiness interview', es: 'Entrevista de preparación del servicio' },
  webProfile: { en: 'Profile: {file}', es: 'Perfil: {file}' },
  webSkipLink: { en: 'Skip to the question', es: 'Ir a la pregunta' },
  webLanguage: { en: 'Language', es: 'Idioma' },
  webAreas: { en: 'Areas', es: 'Áreas' },
  webAreaCount: { en: '{done} of {total} answered', es: '{done} de {total} respondidas' },
  webAreaDone: { en: 'complete', es: 'completa' },
  webNoScript: {
    en: 'This page needs JavaScript (served by the tool itself; nothing is loaded from elsewhere). Or run the interview in the terminal without --web.',
    es: 'Esta página necesita JavaScript (lo sirve la propia herramienta; nada se carga de otro sitio). O ejecute la entrevista en la terminal sin --web.',
  },
  webLoading: { en: 'Loading the interview…', es: 'Cargando la entrevista…' },
  webProgress: { en: '{area} — question {n} of {total}; {overall} of {all} overall', es: '{area} — pregunta {n} de {total}; {overall} de {all} en total' },
  webSave: { en: 'Save and continue', es: 'Guardar y seguir' },
  webDontKnow: { en: "Don't know", es: 'No sé' },
  webSkip: { en: 'Skip', es: 'Omitir' },
  webBack: { en: 'Back', es: 'Atrás' },
  webWhy: { en: 'Why is this asked?', es: '¿Por qué se pregunta?' },
  webWhyHeading: { en: 'Why this is asked', es: 'Por qué se pregunta' },
  webCheck: { en: 'Check {id}: {title}', es: 'Verificación {id}: {title}' },
  webBasis: { en: 'Basis: {ids}', es: 'Fundamento: {ids}' },
  webFindings: { en: 'What the site shows', es: 'Lo que muestra el sitio' },
  webYourAnswer: { en: 'Your answer', es: 'Su respuesta' },
  webCurrent: { en: 'Current answer: {answer}', es: 'Respuesta actual: {answer}' },
  webCurrentDontKnow: { en: "Current answer: don't know", es: 'Respuesta actual: no sé' },
  webCurrentSkipped: { en: 'Current answer: skipped', es: 'Respuesta actual: omitida' },
  webAnsweredAt: { en: '(given {date})', es: '(dada el {date})' },
  webDontKnowShown: { en: "don't know", es: 'no sé' },
  webSkippedShown: { en: 'skipped', es: 'omitida' },
  webChooseOne: { en: 'Choose an answer, or "Don\'t know" or "Skip".', es: 'Elija una respuesta, o «No sé» u «Omitir».' },
  webChooseOneRequired: { en: 'Choose an answer: this one is needed.', es: 'Elija una respuesta: esta es necesaria.' },
  webPickOne: { en: 'Tick at least one, or choose "Don\'t know" or "Skip".', es: 'Marque al menos una, o elija «No sé» u «Omitir».' },
  webPickOneRequired: { en: 'Tick at least one: this one is needed.', es: 'Marque al menos una: esta es necesaria.' },
  webNoneAlone: { en: '"None of these" cannot be ticked with other answers.', es: '«Ninguna de estas» no se puede marcar junto con otras respuestas.' },
  webEmptyAnswer: { en: 'Type an answer, or choose "Don\'t know" or "Skip".', es: 'Escriba una respuesta, o elija «No sé» u «Omitir».' },
  webEmptyRequired: { en: 'An answer is needed here.', es: 'Aquí se necesita una respuesta.' },
  webAnswerNeeded: { en: 'This one cannot be left unknown: the profile needs it.', es: 'Esta no puede quedar sin respuesta: el perfil la necesita.' },
  webBadRequest: { en: 'The request was not understood.', es: 'No se entendió la solicitud.' },
  webNotFound: { en: 'Not found.', es: 'No encontrado.' },
  webSaved: { en: 'Saved in {file} at {time}.', es: 'Guardado en {file} a las {time}.' },
  webHeld: {
    en: 'Kept here until the profile can be created: it needs the name, whom the organisation serves and the country.',
    es: 'Se conserva aquí hasta poder crear el perfil: necesita el nombre, a quién atiende la organización y el país.',
  },
  webOffline: {
    en: 'Not saved yet: the interview server cannot be reached. Your answer stays on this page and is sent again every few seconds.',
    es: 'Aún no se guardó: no se alcanza el servidor de la entrevista. Su respuesta sigue en esta página y se reenvía cada pocos segundos.',
  },
  webUnreachable: {
    en: 'The interview server cannot be reached; trying again every few seconds.',
    es: 'No se alcanza el servidor de la entrevista; se reintenta cada pocos segundos.',
  },
  webSaveFailed: { en: 'The answer was not saved: {reason}', es: 'La respuesta no se guardó: {reason}' },
  webNoLongerApplies: {
    en: 'That question no longer applies to this organisation (an answer changed); this is where to go on.',
    es: 'Esa pregunta ya no aplica a esta organización (cambió una respuesta); aquí se continúa.',
  },
  webOtherTab: { en: 'Another tab answered “{question}”: {answer}.', es: 'Otra pestaña respondió «{question}»: {answer}.' },
  webOtherTabHere: {
    en: 'Another tab just answered this question: {answer}. An answer you give here replaces it.',
    es: 'Otra pestaña acaba de responder esta pregunta: {answer}. Una respuesta suya aquí la reemplaza.',
  },
  webReplaced: { en: 'Your answer replaced the one given in another tab ({answer}).', es: 'Su respuesta reemplazó la dada en otra pestaña ({answer}).' },
  webChangedHere: {
    en: 'The answer to this question was changed outside this page: {answer}. An answer you give here replaces it.',
    es: 'La respuesta a esta pregunta cambió fuera de esta página: {answer}. Una respuesta suya aquí la reemplaza.',
  },
  webChangedOutside: { en: 'The profile was changed outside this page; progress is up to date.', es: 'El perfil cambió fuera de esta página; el avance está al día.' },
  webDone: { en: 'Every applicable question is answered.', es: 'Todas las preguntas que aplican tienen respuesta.' },
  webOpenLeft: {
    en: '{n} questions are still open: choose an area to answer them.',
    es: '{n} preguntas siguen abiertas: elija un área para responderlas.',
  },
  webOpenLeftOne: { en: '1 question is still open: choose its area to answer it.', es: '1 pregunta sigue abierta: elija su área para responderla.' },
  webReview: { en: 'Review the answers from the start', es: 'Revisar las respuestas desde el inicio' },
  webNextAudit: { en: 'Next, score the profile:', es: 'Después, califique el perfil:' },
  webNeedsKey: {
    en: 'This interview is shared with a key: open the full address the facilitator gave you.',
    es: 'Esta entrevista se comparte con una clave: abra la dirección completa que le dio quien facilita.',
  },
  webWrongHost: { en: 'Refused: this server answers only on its own address.', es: 'Rechazado: este servidor solo responde en su propia dirección.' },
  webCrossSite: { en: 'Refused: requests from other sites are not accepted.', es: 'Rechazado: no se aceptan solicitudes de otros sitios.' },
  // The terminal, while the page is served.
  webServing: { en: 'Interview for {file} served at:', es: 'Entrevista para {file} servida en:' },
  webServingHint: {
    en: 'Open it in a browser. Every answer is saved in {file} at once. Ctrl-C stops the server; running the same command again resumes.',
    es: 'Ábrala en un navegador. Cada respuesta se guarda al instante en {file}. Ctrl-C detiene el servidor; al repetir el comando se retoma.',
  },
  webShared: {
    en: 'Shared on the network: anyone with this address, key included, can answer. The key is printed only this once.',
    es: 'Compartida en la red: quien tenga esta dirección, clave incluida, puede responder. La clave se muestra solo esta vez.',
  },
  webOpenFailed: { en: 'Could not open a browser ({reason}); open the address above.', es: 'No se pudo abrir un navegador ({reason}); abra la dirección de arriba.' },
  webStopped: { en: 'Server stopped. Every answer given is saved in {file}.', es: 'Servidor detenido. Todas las respuestas dadas están guardadas en {file}.' },
  webStoppedUnsaved: {
    en: 'Server stopped before the profile could be created (it needs the name, business model and country); nothing was saved.',
    es: 'Servidor detenido antes de poder crear el perfil (necesita nombre, modelo de negocio y país); no se guardó nada.',
  },
  webPortInUse: {
    en: 'port {port} on {host} is in use; choose another with --port, or leave --port out for a free one',
    es: 'el puerto {port} en {host} está en uso; elija otro con --port, u omita --port para usar uno libre',
  },
  webPortDenied: { en: 'not allowed to listen on port {port} (ports below 1024 need privileges); choose another with --port', es: 'no se permite escuchar en el puerto {port} (los puertos por debajo de 1024 requieren privilegios); elija otro con --port' },
  webNoSuchAddress: { en: '--host {host} is not an address of this machine; use 127.0.0.1 (default) or 0.0.0.0 to share on the network', es: '--host {host} no es una dirección de esta máquina; use 127.0.0.1 (predeterminado) o 0.0.0.0 para compartir en la red' },
  webHostUnknown: { en: '--host {host} does not resolve to an address; use 127.0.0.1 (default) or 0.0.0.0 to share on the network', es: '--host {host} no corresponde a ninguna dirección; use 127.0.0.1 (predeterminado) o 0.0.0.0 para compartir en la red' },
  webBadHost: { en: '--host expects an IP address or a host name such as 127.0.0.1 or 0.0.0.0, got "{host}"', es: '--host espera una dirección IP o un nombre de host como 127.0.0.1 o 0.0.0.0, se recibió "{host}"' },
  webBadPort: { en: '--port expects a whole number from 0 to 65535, got "{port}"', es: '--port espera un número entero de 0 a 65535, se recibió "{port}"' },
  webOptionsNeedWeb: { en: 'only with --web: {options}', es: 'solo con --web: {options}' },
  webCannotListen: { en: 'cannot listen on {where}: {reason}', es: 'no se puede escuchar en {where}: {reason}' },
} satisfies Record<string, Localized>;

export type MessageId = keyof typeof STRINGS;

/** Every message in one language, for a page that formats its own (the web interview). */
export function messages(lang: Lang): Record<MessageId, string> {
  return Object.fromEntries(Object.entries(STRINGS).map(([id, m]) => [id, m[lang]])) as Record<MessageId, string>;
}

/** A message in `lang`, with `{name}` placeholders filled in. */
export function msg(lang: Lang, id: MessageId, vars: Record<string, string | number> = {}): string {
  return STRINGS[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
