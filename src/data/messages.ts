/**
 * Every sentence the data loaders, metrics and `readiness data inspect` show a person,
 * keyed by message id, in English and Spanish. Code emits ids and parameters; the
 * text is made here, once, for the reader's locale — the shape the project's coming
 * single ICU catalogue takes, so these move over as they are.
 *
 * Placeholders follow ICU MessageFormat (the subset used here):
 *   {name}                      the parameter as text (numbers through Intl)
 *   {name, number}              a number, grouped for the locale (es-CO: 14.212)
 *   {name, number, percent}     a ratio as a percentage (es-CO: 47,5 %)
 *   {name, duration}            milliseconds as "3 h 10 min" (units through Intl)
 *   {name, date}                an instant or day as a date (es-CO: 1 jul 2026)
 *   {name, plural, one {…} other {…}}   with # for the number
 */
import type { Lang, Localized } from '../types.js';

export type MessageParams = Record<string, string | number | boolean | null | undefined>;

/** A message to show later, in whatever language the reader wants. */
export interface MessageRef {
  id: MessageId;
  params?: MessageParams;
}

const M = {
  // ---- reading files
  'read.empty': { en: 'the file is empty', es: 'el archivo está vacío' },
  'read.noHeader': { en: 'no header row: the first line holds no column names', es: 'no hay fila de encabezado: la primera línea no tiene nombres de columna' },
  'read.noRows': { en: 'no data rows after the header', es: 'no hay filas de datos después del encabezado' },
  'read.notFound': { en: 'file not found', es: 'no se encontró el archivo' },
  'read.unreadable': { en: 'cannot read the file: {reason}', es: 'no se puede leer el archivo: {reason}' },
  'read.notXlsx': { en: 'not an Excel workbook (.xlsx): {reason}', es: 'no es un libro de Excel (.xlsx): {reason}' },
  'read.noSheet': { en: 'the workbook has no sheet named "{sheet}"; sheets: {sheets}', es: 'el libro no tiene una hoja llamada "{sheet}"; hojas: {sheets}' },
  'read.badJson': { en: 'invalid JSON after record {record, number}: {reason}', es: 'JSON inválido después del registro {record, number}: {reason}' },
  'read.noRecords': { en: 'no records: expected an array of objects, or an object holding one', es: 'no hay registros: se esperaba un arreglo de objetos, o un objeto que lo contenga' },
  'read.unknownFormat': { en: 'unknown file type "{ext}": use .csv, .txt, .tsv, .xlsx, .json or .ndjson, or set format', es: 'tipo de archivo desconocido "{ext}": use .csv, .txt, .tsv, .xlsx, .json o .ndjson, o indique format' },
  'read.nothingUsable': { en: 'nothing usable: {read, plural, one {# row} other {# rows}} read, all excluded ({reasons})', es: 'nada utilizable: {read, plural, one {# fila leída} other {# filas leídas}}, todas excluidas ({reasons})' },
  'read.encodingReplaced': { en: 'bytes that are not valid {encoding} were replaced (first at line {line, number}); set encoding: windows-1252 if the file came from Excel', es: 'se reemplazaron bytes que no son {encoding} válido (el primero en la línea {line, number}); indique encoding: windows-1252 si el archivo viene de Excel' },

  // ---- mapping (config errors)
  'map.unknownMapping': { en: 'unknown mapping "{mapping}" for {kind}; available: {available}', es: 'mapeo "{mapping}" desconocido para {kind}; disponibles: {available}' },
  'map.unknownField': { en: '"{field}" is not a field of {kind}; fields: {fields}', es: '"{field}" no es un campo de {kind}; campos: {fields}' },
  'map.columnMissing': { en: 'column "{column}" (for {field}) is not in {file}; columns: {columns}', es: 'la columna "{column}" (para {field}) no está en {file}; columnas: {columns}' },
  'map.requiredMissing': { en: '{file} has no column for {fields} with mapping {mapping}; name it under columns: (columns found: {columns})', es: '{file} no tiene columna para {fields} con el mapeo {mapping}; indíquela en columns: (columnas encontradas: {columns})' },
  'map.noFiles': { en: 'no file matches "{pattern}"', es: 'ningún archivo coincide con "{pattern}"' },
  'map.kindUnknown': { en: 'cannot tell what {file} holds: no ready-made mapping fits its columns; pass --kind', es: 'no se sabe qué contiene {file}: ningún mapeo disponible encaja con sus columnas; use --kind' },

  // ---- bad rows (kinds)
  'bad.malformed': { en: 'malformed row', es: 'fila mal formada' },
  'bad.badDate': { en: 'unparseable date', es: 'fecha ilegible' },
  'bad.badDuration': { en: 'unparseable duration', es: 'duración ilegible' },
  'bad.badNumber': { en: 'unparseable number', es: 'número ilegible' },
  'bad.negativeDuration': { en: 'negative duration (ends before it starts)', es: 'duración negativa (termina antes de empezar)' },
  'bad.outOfScale': { en: 'answer outside the scale', es: 'respuesta fuera de la escala' },
  'bad.missingValue': { en: 'required value missing', es: 'falta un valor obligatorio' },
  'bad.outsidePeriod': { en: 'outside the period', es: 'fuera del periodo' },
  'bad.notInbound': { en: 'outbound call (not counted)', es: 'llamada saliente (no se cuenta)' },
  'bad.cancelled': { en: 'cancelled order (not counted)', es: 'pedido cancelado (no se cuenta)' },
  'bad.detail': { en: '{field}: "{value}"', es: '{field}: "{value}"' },
  'bad.columns': { en: '{found} fields, header has {expected}', es: '{found} campos, el encabezado tiene {expected}' },
  'bad.quotes': { en: 'unbalanced quotes', es: 'comillas sin cerrar' },

  // ---- provenance (evidence notes)
  'prov.figure': {
    en: '{files} · {from, select, none {no dates} other {{from, date} – {to, date}}} · {rows, plural, one {# row} other {# rows}}, {excluded, number} excluded · n = {n, number}{approx, select, true { (percentiles within ±0.5 %)} other {}}',
    es: '{files} · {from, select, none {sin fechas} other {{from, date} – {to, date}}} · {rows, plural, one {# fila} other {# filas}}, {excluded, number} excluidas · n = {n, number}{approx, select, true { (percentiles con ±0,5 %)} other {}}',
  },
  'prov.profileToo': {
    en: 'the profile also states {kind, select, duration {{value, duration}} percent {{value, number, percent}} other {{value}}}{note, select, none {} other { ({note})}}; the figure computed from the export is used',
    es: 'el perfil también indica {kind, select, duration {{value, duration}} percent {{value, number, percent}} other {{value}}}{note, select, none {} other { ({note})}}; se usa la cifra calculada de la exportación',
  },
  'prov.tooFew': { en: 'too few records (n = {n, number}; at least {min, number} needed)', es: 'muy pocos registros (n = {n, number}; se necesitan al menos {min, number})' },

  'eval.target': {
    en: '{subject} is {value, duration}; the organisation\'s target ≤ {target, duration} (targets.{name})',
    es: '{subject} es {value, duration}; la meta de la organización ≤ {target, duration} (targets.{name})',
  },
  'eval.targetFallback': {
    en: '{subject} is {value, duration}; target ≤ {target, duration} (the profile sets no targets.{name})',
    es: '{subject} es {value, duration}; meta ≤ {target, duration} (el perfil no fija targets.{name})',
  },
  'eval.noTarget': { en: 'no target to compare with: set targets.{name} in the profile', es: 'no hay meta con qué comparar: fije targets.{name} en el perfil' },

  // ---- report chart
  'chart.title': { en: 'Response and resolution times by channel (p50 and p90)', es: 'Tiempos de respuesta y de solución por canal (p50 y p90)' },
  'chart.desc': { en: 'For each channel, a dark bar to the median (p50) and a light bar to the 90th percentile (p90), on a logarithmic time scale.', es: 'Para cada canal, una barra oscura hasta la mediana (p50) y una clara hasta el percentil 90 (p90), en una escala de tiempo logarítmica.' },
  'chart.firstResponse': { en: 'First response', es: 'Primera respuesta' },
  'chart.resolution': { en: 'Resolution', es: 'Solución' },
  'chart.bar': { en: '{channel}: p50 {p50, duration} · p90 {p90, duration} (n = {n, number})', es: '{channel}: p50 {p50, duration} · p90 {p90, duration} (n = {n, number})' },
  'chart.caption': { en: 'Calendar time, from the exports; the tables below give the business-hours figures.', es: 'Tiempo calendario, de las exportaciones; las tablas de abajo dan las cifras en horas hábiles.' },

  // ---- inspect
  'inspect.file': { en: 'File', es: 'Archivo' },
  'inspect.format': { en: 'Format', es: 'Formato' },
  'inspect.csvFormat': { en: 'CSV, {encoding}, delimiter {delimiter}', es: 'CSV, {encoding}, separador {delimiter}' },
  'inspect.xlsxFormat': { en: 'Excel workbook, sheet "{sheet}" (of {sheets})', es: 'Libro de Excel, hoja "{sheet}" (de {sheets})' },
  'inspect.jsonFormat': { en: 'JSON', es: 'JSON' },
  'inspect.ndjsonFormat': { en: 'NDJSON (one JSON object per line)', es: 'NDJSON (un objeto JSON por línea)' },
  'inspect.kind': { en: 'Holds', es: 'Contiene' },
  'inspect.mapping': { en: 'Mapping', es: 'Mapeo' },
  'inspect.fits': { en: 'Mappings that fit', es: 'Mapeos que encajan' },
  'inspect.fitLine': { en: '{mapping} ({kind}): {found} of {total} fields, required {required}', es: '{mapping} ({kind}): {found} de {total} campos, obligatorios {required}' },
  'inspect.requiredOk': { en: 'all present', es: 'todos presentes' },
  'inspect.requiredMissing': { en: 'missing {fields}', es: 'faltan {fields}' },
  'inspect.columns': { en: 'Columns found', es: 'Columnas encontradas' },
  'inspect.missing': { en: 'Fields without a column', es: 'Campos sin columna' },
  'inspect.missingLine': { en: '{field}{required} — needed for {uses}', es: '{field}{required} — se necesita para {uses}' },
  'inspect.requiredMark': { en: ' (required)', es: ' (obligatorio)' },
  'inspect.unmapped': { en: 'Columns not used', es: 'Columnas no usadas' },
  'inspect.rows': { en: 'First parsed rows', es: 'Primeras filas leídas' },
  'inspect.period': { en: 'Period covered', es: 'Periodo cubierto' },
  'inspect.counts': { en: 'Rows', es: 'Filas' },
  'inspect.countsLine': { en: '{read, number} read, {used, number} used, {excluded, number} excluded', es: '{read, number} leídas, {used, number} usadas, {excluded, number} excluidas' },
  'inspect.bad': { en: 'Bad rows', es: 'Filas con problemas' },
  'inspect.badLine': { en: '{reason}: {count, number} (at {where})', es: '{reason}: {count, number} (en {where})' },
  'inspect.noBad': { en: 'none', es: 'ninguna' },
  'inspect.dateOrder': { en: 'Dates read as', es: 'Fechas leídas como' },
  'inspect.metrics': { en: 'Figures this file gives', es: 'Cifras que aporta este archivo' },
  'inspect.notes': { en: 'Notes', es: 'Notas' },
  'inspect.none': { en: 'none', es: 'ninguno' },
  'inspect.more': { en: 'and {n, number} more', es: 'y {n, number} más' },
  'inspect.line': { en: 'line {n, number}', es: 'línea {n, number}' },
  'inspect.rowRef': { en: 'row {n, number}', es: 'fila {n, number}' },
  'inspect.recordRef': { en: 'record {n, number}', es: 'registro {n, number}' },
  'inspect.hint': { en: 'Fix a mapping with columns: in the data source of readiness.config.yaml, e.g. columns: { {field}: "Your column" }', es: 'Corrija un mapeo con columns: en la fuente de datos de readiness.config.yaml, p. ej. columns: { {field}: "Su columna" }' },
  'order.dmy': { en: 'day/month/year', es: 'día/mes/año' },
  'order.mdy': { en: 'month/day/year', es: 'mes/día/año' },
  'order.ymd': { en: 'year-month-day', es: 'año-mes-día' },

  // ---- kinds
  'kind.tickets': { en: 'tickets', es: 'tickets' },
  'kind.calls': { en: 'calls', es: 'llamadas' },
  'kind.pqrs': { en: 'PQRS', es: 'PQRS' },
  'kind.surveys': { en: 'survey answers', es: 'respuestas de encuesta' },
  'kind.customers': { en: 'customers', es: 'clientes' },
  'kind.orders': { en: 'orders', es: 'pedidos' },
  'kind.payments': { en: 'payments', es: 'pagos' },

  // ---- progress (stderr)
  'progress.loaded': { en: 'data: {name} ({kind}) — {files}: {used, number} of {read, plural, one {# row} other {# rows}} used, {excluded, number} excluded', es: 'datos: {name} ({kind}) — {files}: {used, number} de {read, plural, one {# fila} other {# filas}} usadas, {excluded, number} excluidas' },
  'progress.bad': { en: '  {reason}: {count, number} (first at {where})', es: '  {reason}: {count, number} (primera en {where})' },
} as const satisfies Record<string, Localized>;

export type MessageId = keyof typeof M;
export const MESSAGES: Record<MessageId, Localized> = M;

export function isMessageId(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(M, id);
}

/** The reader's locale for a report language: es-CO writes 47,5 % and 14.212. */
export function localeOf(lang: Lang): string {
  return lang === 'es' ? 'es-CO' : 'en-GB';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, opts)));
  return f;
}

export function formatNumber(n: number, lang: Lang, maxDigits = 2): string {
  return nf(localeOf(lang), { maximumFractionDigits: maxDigits }).format(n);
}

export function formatPercent(ratio: number, lang: Lang): string {
  return nf(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

const UNITS: [number, string][] = [[86_400_000, 'day'], [3_600_000, 'hour'], [60_000, 'minute'], [1000, 'second']];

/** "3 h 10 min", "2 d 4 h", "45 s": the two largest units, each through Intl's unit formatting. */
export function formatDuration(ms: number, lang: Lang): string {
  const locale = localeOf(lang);
  if (!Number.isFinite(ms)) return String(ms);
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  if (rest < 60_000) return sign + nf(locale, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 }).format(rest / 1000);
  const parts: string[] = [];
  // Seconds only matter for short times: "47 min", not "47 min 11 s".
  const units = rest >= 10 * 60_000 ? UNITS.slice(0, 3) : UNITS;
  for (const [size, unit] of units) {
    if (rest >= size || parts.length) {
      const n = Math.floor(rest / size);
      rest -= n * size;
      if (n > 0) parts.push(nf(locale, { style: 'unit', unit, unitDisplay: lang === 'en' ? 'narrow' : 'short' }).format(n));
    }
    if (parts.length === 2) break;
  }
  if (parts.length === 2 && Math.abs(ms) >= 10 * 86_400_000) parts.pop();
  return sign + parts.join(' ');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A day as the reader writes it; ISO strings and epoch milliseconds accepted, shown in UTC (days are already local). */
export function formatDate(v: string | number, lang: Lang): string {
  const locale = localeOf(lang);
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  const d = typeof v === 'number' ? new Date(v) : new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  return Number.isNaN(d.getTime()) ? String(v) : f.format(d);
}

/** Renders one message for the reader's language. Unknown ids render as the id, so a gap shows rather than throws. */
export function t(id: MessageId, params: MessageParams = {}, lang: Lang = 'en'): string {
  const text = MESSAGES[id]?.[lang] ?? id;
  return formatMessage(text, params, lang);
}

/** Both languages at once, for report fields that carry `{ en, es }`. */
export function both(id: MessageId, params: MessageParams = {}): Localized {
  return { en: t(id, params, 'en'), es: t(id, params, 'es') };
}

export function render(m: MessageRef, lang: Lang): string {
  return t(m.id, m.params, lang);
}

/** The ICU subset described at the top of this file. */
export function formatMessage(text: string, params: MessageParams, lang: Lang): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, open);
    const close = matchingBrace(text, open);
    if (close === -1) {
      out += text.slice(open);
      break;
    }
    out += placeholder(text.slice(open + 1, close), params, lang);
    i = close + 1;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function placeholder(body: string, params: MessageParams, lang: Lang): string {
  const [name, type, ...rest] = splitTop(body);
  const key = name.trim();
  // A literal like "{ field: … }" in an example, not a placeholder.
  if (!/^[A-Za-z_][\w]*$/.test(key)) return `{${formatMessage(body, params, lang)}}`;
  const v = params[key];
  const style = rest.join(',').trim();
  switch (type?.trim()) {
    case 'number':
      if (typeof v !== 'number') return String(v ?? '');
      return style === 'percent' ? formatPercent(v, lang) : formatNumber(v, lang);
    case 'duration':
      return typeof v === 'number' ? formatDuration(v, lang) : String(v ?? '');
    case 'date':
      return typeof v === 'number' || typeof v === 'string' ? formatDate(v, lang) : '';
    case 'plural':
      return plural(style, typeof v === 'number' ? v : Number(v), params, lang);
    case 'select':
      return select(style, v === undefined || v === null ? 'other' : String(v), params, lang);
    default:
      if (v === undefined || v === null) return '';
      return typeof v === 'number' ? formatNumber(v, lang) : String(v);
  }
}

/** Splits "n, plural, one {…} other {…}" at top-level commas (the first two only). */
function splitTop(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length && parts.length < 2; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function branches(spec: string): Map<string, string> {
  const options = new Map<string, string>();
  const re = /(=\d+|[A-Za-z0-9_-]+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(spec))) {
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(spec, open);
    if (close === -1) break;
    options.set(m[1], spec.slice(open + 1, close));
    re.lastIndex = close + 1;
  }
  return options;
}

function select(spec: string, value: string, params: MessageParams, lang: Lang): string {
  const options = branches(spec);
  return formatMessage(options.get(value) ?? options.get('other') ?? '', params, lang);
}

const pluralRules = new Map<string, Intl.PluralRules>();
function plural(spec: string, n: number, params: MessageParams, lang: Lang): string {
  const options = new Map<string, string>();
  const re = /(=\d+|[a-z]+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(spec))) {
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(spec, open);
    if (close === -1) break;
    options.set(m[1], spec.slice(open + 1, close));
    re.lastIndex = close + 1;
  }
  const locale = localeOf(lang);
  let pr = pluralRules.get(locale);
  if (!pr) pluralRules.set(locale, (pr = new Intl.PluralRules(locale)));
  const chosen = options.get(`=${n}`) ?? options.get(pr.select(n)) ?? options.get('other') ?? '';
  return formatMessage(chosen.replace(/#/g, formatNumber(n, lang)), params, lang);
}
