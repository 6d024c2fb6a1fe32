/**
 * `readiness data inspect FILE`: what a consultant needs to fix a mapping in a
 * minute — which ready-made mapping fits, the columns found and missing (and what
 * each missing one costs), five parsed rows, the period covered, the bad rows with
 * their lines, and the figures the file gives. The result is data; `renderInspect`
 * words it for the reader's language.
 */
import path from 'node:path';
import type { Lang, Profile } from '../types.js';
import { FIELDS, KINDS, type DataKind } from './fields.js';
import { DEFAULT_MAPPING, MAPPINGS, mappingById, type Mapping } from './mappings.js';
import { formatDate, formatDuration, formatNumber, formatPercent, LOCALES, t, type Message, type MessageId, type MessageValues } from '../i18n/index.js';
import { readTable, ReadError, type ReadInfo, type ReadOptions } from './read/index.js';
import { alternateTime, loadSource, missingRequired, resolveColumns, type SourceResult } from './load.js';
import { setupData, type DataConfig, type DataSourceConfig, expandGlob } from './config.js';
import { EVIDENCE_KEYS } from '../evidence/keys.js';

export interface MappingFit {
  mapping: string;
  kind: DataKind;
  found: number;
  total: number;
  requiredMissing: string[];
}

export interface InspectResult {
  file: string;
  info?: ReadInfo;
  header: string[];
  fits: MappingFit[];
  kind?: DataKind;
  mapping?: string;
  /** The config source this file belongs to, when one names it. */
  configSource?: string;
  columns: Record<string, string>;
  missing: { field: string; required: boolean; uses: string[] }[];
  unmapped: string[];
  samples: Record<string, unknown>[];
  source?: SourceResult;
  error?: Message;
}

class HeaderOnly extends Error {}

async function readHeader(file: string, opts: ReadOptions): Promise<string[]> {
  let header: string[] = [];
  try {
    await readTable(file, opts, {
      header: (h) => {
        header = h;
        throw new HeaderOnly();
      },
      row: () => {},
      malformed: () => {},
    });
  } catch (err) {
    if (!(err instanceof HeaderOnly)) throw err;
  }
  return header;
}

/** Every mapping scored against a header: all required fields present first, then most fields found. */
export function rankMappings(header: string[], kind?: DataKind): MappingFit[] {
  const fits = MAPPINGS.filter((m) => !kind || m.kind === kind).map((m) => {
    const { columns } = resolveColumns(header, m);
    return { mapping: m.id, kind: m.kind, found: Object.keys(columns).length, total: Object.keys(m.columns).length, requiredMissing: missingRequired(m.kind, columns) };
  });
  // Generic mappings match loosely ("id", "fecha"): on a tie, the named export wins.
  const generic = (id: string) => (id.startsWith('generic') || id === 'cdr' ? 1 : 0);
  return fits.filter((f) => f.found > 0).sort((a, b) => a.requiredMissing.length - b.requiredMissing.length || b.found - a.found || generic(a.mapping) - generic(b.mapping));
}

function sourceFor(file: string, data: DataConfig | undefined): DataSourceConfig | undefined {
  if (!data) return undefined;
  const abs = path.resolve(file);
  return data.sources.find((s) => (s.files ?? (s.file ? [s.file] : [])).some((p) => expandGlob(p).some((f) => path.resolve(f) === abs)));
}

export interface InspectOptions {
  kind?: DataKind;
  mapping?: string;
  sheet?: string | number;
  encoding?: string;
  delimiter?: string;
  data?: DataConfig;
  profile?: Profile;
  lang?: Lang;
}

export async function inspectFile(file: string, opts: InspectOptions = {}): Promise<InspectResult> {
  const lang = opts.lang ?? 'en';
  const configured = sourceFor(file, opts.data);
  const read: ReadOptions = {
    format: configured?.format,
    encoding: opts.encoding ?? configured?.encoding,
    delimiter: opts.delimiter ?? configured?.delimiter,
    sheet: opts.sheet ?? configured?.sheet,
    records: configured?.records,
  };
  const result: InspectResult = { file, header: [], fits: [], columns: {}, missing: [], unmapped: [], samples: [] };
  let header: string[];
  try {
    header = await readHeader(file, read);
  } catch (err) {
    if (err instanceof ReadError) {
      result.error = err.ref;
      return result;
    }
    throw err;
  }
  result.header = header;
  const kind = opts.kind ?? configured?.kind;
  result.fits = rankMappings(header, kind);
  let mapping: Mapping | undefined = opts.mapping ? mappingById(opts.mapping) : configured?.mapping ? mappingById(configured.mapping) : undefined;
  if (!mapping) {
    const best = result.fits[0];
    mapping = best ? mappingById(best.mapping) : kind ? mappingById(DEFAULT_MAPPING[kind]) : undefined;
  }
  if (!mapping) {
    result.error = { id: 'data.map.kindUnknown', values: { file } };
    return result;
  }
  result.kind = mapping.kind;
  result.mapping = mapping.id;
  result.configSource = configured?.name ?? (configured ? configured.kind : undefined);
  const data: DataConfig = {
    ...(opts.data ?? {}),
    sources: [{ ...(configured ?? {}), kind: mapping.kind, file, mapping: mapping.id, columns: configured?.columns, sheet: read.sheet, encoding: read.encoding, delimiter: read.delimiter, at: undefined }],
  };
  const { setup } = setupData(data, opts.profile, lang);
  const spec = setup.specs[0];
  const source = await loadSource(spec, { calendar: setup.calendar, country: setup.country, ringTargetMs: setup.ringTargetMs, lang }, { strict: false });
  const fr = source.files[0];
  result.info = fr.info;
  result.source = source;
  result.columns = fr.columns;
  const fields = FIELDS[mapping.kind];
  const req = new Set(missingRequired(mapping.kind, Object.fromEntries(Object.keys(fr.columns).map((f) => [f, 0]))));
  const mapped = Object.fromEntries(Object.keys(fr.columns).map((f) => [f, 0]));
  const twin: Record<string, string> = { firstResponseTime: 'firstResponseAt', resolutionTime: 'solvedAt' };
  result.missing = fr.missing
    .filter((f) => !alternateTime(mapping!.kind, f, mapped) && !(mapping!.kind === 'tickets' && twin[f] && twin[f] in mapped))
    .map((f) => ({ field: f, required: req.has(f), uses: fields[f].uses }));
  result.unmapped = fr.unmapped;
  result.samples = fr.samples;
  return result;
}

// ---------------------------------------------------------------- rendering

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as the reader writes it, in the source's time zone: "06/07/2026, 09:15".
 * The catalogue formats days only; this is its locale with a time and a zone.
 */
function formatDateTime(ms: number, lang: Lang, zone: string): string {
  const key = `${lang}\u0000${zone}`;
  let f = dateTimeFormats.get(key);
  if (!f) dateTimeFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: zone, dateStyle: 'short', timeStyle: 'short' })));
  return f.format(new Date(ms));
}

function show(v: unknown, field: string, kind: DataKind, lang: Lang, zone: string): string {
  if (v === undefined || v === null) return '—';
  const type = FIELDS[kind][field]?.type;
  if (typeof v === 'number' && type === 'timestamp') return formatDateTime(v, lang, zone);
  if (typeof v === 'number' && type === 'duration') return formatDuration(v, lang);
  if (typeof v === 'number') return formatNumber(v, lang);
  return String(v);
}

function figureText(key: string, value: unknown, lang: Lang): string {
  const type = (EVIDENCE_KEYS as Record<string, { type: string } | undefined>)[key]?.type;
  if (Array.isArray(value)) return `${value.length} ×`;
  if (typeof value !== 'number') return String(value);
  if (type === 'duration') return formatDuration(value, lang);
  if (type === 'ratio') return formatPercent(value, lang);
  return formatNumber(value, lang);
}

/** The inspect result as text for a terminal. */
export function renderInspect(r: InspectResult, lang: Lang): string {
  const L = (id: MessageId, values?: MessageValues) => t(lang, id, values);
  const out: string[] = [];
  const head = (id: MessageId) => out.push('', `${L(id)}:`);
  out.push(`${L('data.inspect.file')}: ${r.file}`);
  if (r.error) {
    out.push(`  ${L(r.error.id, r.error.values)}`);
    return out.join('\n') + '\n';
  }
  const info = r.info;
  if (info) {
    const fmt = info.format === 'csv'
      ? L('data.inspect.csvFormat', { encoding: info.encoding ?? '?', delimiter: info.delimiter === '\t' ? 'TAB' : `"${info.delimiter ?? ','}"` })
      : info.format === 'xlsx'
        ? L('data.inspect.xlsxFormat', { sheet: info.sheet ?? '', sheets: (info.sheets ?? []).join(', ') })
        : L(info.format === 'json' ? 'data.inspect.jsonFormat' : 'data.inspect.ndjsonFormat');
    out.push(`${L('data.inspect.format')}: ${fmt}`);
  }
  if (r.kind) out.push(`${L('data.inspect.kind')}: ${L(`data.kind.${r.kind}`)}`);
  if (r.mapping) out.push(`${L('data.inspect.mapping')}: ${r.mapping}${r.configSource ? ` (readiness.config.yaml: ${r.configSource})` : ''}`);
  head('data.inspect.fits');
  for (const f of r.fits.slice(0, 5)) {
    const required = f.requiredMissing.length ? L('data.inspect.requiredMissing', { fields: f.requiredMissing.join(', ') }) : L('data.inspect.requiredOk');
    out.push(`  ${L('data.inspect.fitLine', { mapping: f.mapping, kind: L(`data.kind.${f.kind}`), found: f.found, total: f.total, required })}`);
  }
  if (!r.fits.length) out.push(`  ${L('data.inspect.none')}`);
  head('data.inspect.columns');
  for (const [field, column] of Object.entries(r.columns)) out.push(`  ${field.padEnd(18)} ← "${column}"`);
  head('data.inspect.missing');
  if (!r.missing.length) out.push(`  ${L('data.inspect.none')}`);
  for (const m of r.missing) out.push(`  ${L('data.inspect.missingLine', { field: m.field, required: m.required ? L('data.inspect.requiredMark') : '', uses: m.uses.join(', ') || '—' })}`);
  head('data.inspect.unmapped');
  out.push(`  ${r.unmapped.length ? r.unmapped.map((c) => `"${c}"`).join(', ') : L('data.inspect.none')}`);
  const src = r.source;
  if (src && r.kind) {
    const fr = src.files[0];
    const slashDates = fr?.dateEvidence && fr.dateEvidence.dayFirst + fr.dateEvidence.monthFirst > 0;
    if (fr?.dateOrder && slashDates) out.push('', `${L('data.inspect.dateOrder')}: ${L(`data.order.${fr.dateOrder}`)}`);
    head('data.inspect.rows');
    const fields = Object.keys(r.columns);
    for (const s of r.samples) out.push(`  ${fields.map((f) => `${f}=${show(s[f], f, r.kind!, lang, src.zone)}`).join(' · ')}`);
    if (!r.samples.length) out.push(`  ${L('data.inspect.none')}`);
    out.push('', `${L('data.inspect.period')}: ${src.days ? `${formatDate(src.days.from, lang)} – ${formatDate(src.days.to, lang)}` : '—'}`);
    out.push(`${L('data.inspect.counts')}: ${L('data.inspect.countsLine', { read: src.rows, used: src.used, excluded: src.excluded })}`);
    head('data.inspect.bad');
    if (!src.bad.length) out.push(`  ${L('data.inspect.noBad')}`);
    for (const b of src.bad) {
      const where = b.samples.map((s) => `${L(s.unit === 'line' ? 'data.inspect.line' : s.unit === 'row' ? 'data.inspect.rowRef' : 'data.inspect.recordRef', { n: s.n })}${s.detail && s.detail.id !== b.reason ? ` (${L(s.detail.id, s.detail.values)})` : ''}`).join('; ');
      out.push(`  ${L('data.inspect.badLine', { reason: L(b.reason), count: b.count, where: where + (b.count > b.samples.length ? `; ${L('data.inspect.more', { n: b.count - b.samples.length })}` : '') })}`);
    }
    head('data.inspect.metrics');
    const figs = Object.entries(src.figures).filter(([, f]) => !Array.isArray(f.value));
    if (!figs.length) out.push(`  ${L('data.inspect.none')}`);
    for (const [key, f] of figs) out.push(`  ${key.padEnd(42)} ${figureText(key, f.value, lang).padEnd(14)} n = ${formatNumber(f.n, lang)}`);
    const notes = [...src.notes];
    if (notes.length) {
      head('data.inspect.notes');
      for (const n of notes) out.push(`  ${L(n.id, n.values)}`);
    }
  }
  const firstMissing = r.missing.find((m) => m.required) ?? r.missing[0];
  if (firstMissing) out.push('', L('data.inspect.hint', { field: firstMissing.field }));
  return out.join('\n') + '\n';
}

export { KINDS };
