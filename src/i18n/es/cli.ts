import type en from '../en/cli.js';

export default {
  'cli.expectsNumber': '{option} espera un número; recibió "{value}"',
  'cli.expectsLang': '--lang espera en o es; recibió "{value}"',
  'cli.problems': '{n, plural, one {# problema} other {# problemas}}',
  'cli.internalError': 'error interno: {message}',
  'cli.fromEvidence': '--from-evidence: {message}',
  'cli.configNotFound': 'no se encontró el archivo de configuración: {file}',
  'cli.unknownFormat': 'formato desconocido "{format}"; disponibles: {available}',
  'cli.noProfile': 'sin perfil: pase -p profile.yaml o fije `profile:` en readiness.config.yaml (`readiness init` escribe ambos)',
  'cli.gatherAndFrom': '--gather-only y --from-evidence no se pueden usar juntos',
  'cli.evidenceSaved': 'evidencia guardada en {file}; califíquela con --from-evidence {dir}',
  'cli.gatherNeedsTarget': '--gather-only necesita una URL o --serve DIR para sondear',
  'cli.noSuchCheck': 'no hay área ni verificación llamada "{id}"; áreas: {areas}',
  'cli.diffFormat': 'diff: formato desconocido "{format}"; disponibles: {available}',
  'cli.initExists': '{files} ya {n, plural, one {existe} other {existen}}; use --force para sobrescribir',
  'cli.expectsWholeNumber': '{option} espera un número entero de 1 a {max}; recibió "{value}"',
  'cli.probeNeedsTarget': 'probe necesita una URL o --serve DIR (p. ej. `readiness probe https://example.com`)',
  'cli.expectsCountry': '--country espera un código de país de dos letras (p. ej. CO, MX, US); recibió "{value}"',
  'cli.serveFailed': '--serve: {message}',
  'cli.validateSummary': '{errors, plural, one {# error} other {# errores}} en {files, plural, one {# archivo} other {# archivos}}',
} satisfies Record<keyof typeof en, string>;
