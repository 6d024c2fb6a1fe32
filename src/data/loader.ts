/**
 * The loader proper: a source's files read as they stream, their columns found through
 * the mapping, each row parsed into a typed record, every row that cannot be used counted
 * with its line, the rest handed to a RecordSink. It imports no metric code, so that the
 * worker of pipeline.ts, which runs it, does not load what only the main thread uses.
 */
import type { Lang } from '../types.js';
import type { Problem } from '../util/yaml-source.js';
import { InputError } from '../util/errors.js';
import { FIELDS, PERIOD_FIELD, REQUIRED_ANY, type DataKind, type FieldDef } from './fields.js';
import { normaliseHeader, type DateOrder, type DurationUnit, type Mapping } from './mappings.js';
import { t, type Message, type MessageId, type MessageValues } from '../i18n/index.js';
import { readTable, ReadError, type ReadInfo, type ReadOptions, type RowPosition } from './read/index.js';
import { TimestampReader, readBoolean, readDuration, readNumber, readScore, readText, type Cell, type Zone } from './values.js';
import { detach } from './metrics/common.js';
import type { Promise_ } from './metrics/tickets.js';
import { outOfScale, DEFAULT_SCALES, type SurveyScales } from './metrics/surveys.js';

export interface Location {
  file: string;
  line: number;
  column: number;
}

/** Where a data source was written in the config, so that a wrong column name points at itself. */
export interface SourceLocations {
  source?: Location;
  mapping?: Location;
  file?: Location;
  columns?: Record<string, Location>;
}

export interface SourceSpec {
  name: string;
  kind: DataKind;
  files: string[];
  mapping: Mapping;
  /** Per-field column overrides (the config's `columns:`). */
  columns?: Record<string, string>;
  read?: ReadOptions;
  zone: Zone;
  dateOrder?: DateOrder;
  /** Default slash-date order when neither the values nor the config tell (from the locale). */
  defaultDateOrder?: DateOrder;
  units?: Record<string, DurationUnit>;
  /** Keep rows whose period field lies in [from, to] (UTC ms). */
  from?: number;
  to?: number;
  /** Channel of every row when the file has no channel column. */
  channel?: string;
  scales?: SurveyScales;
  promises?: Record<string, Promise_>;
  terms?: Record<string, number>;
  asOf?: number;
  at?: SourceLocations;
}

/** Where the used records go: the kind's accumulator here, or the batches a worker posts to the main thread. */
export interface RecordSink {
  add(rec: Record<string, unknown>): void;
}

/** What reading a source's files leaves behind, apart from the figures (all structured-cloneable). */
export interface LoadState {
  rows: number;
  used: number;
  bad: BadSummary[];
  periodFrom: number;
  periodTo: number;
  files: FileResult[];
  notes: Message[];
  /** The fields that have a column in some file (the customer metrics report completeness by them). */
  present: string[];
}

export interface BadSample {
  file: string;
  unit: RowPosition['unit'];
  n: number;
  detail?: Message;
}

export interface BadSummary {
  reason: MessageId;
  count: number;
  samples: BadSample[];
}

export interface FileResult {
  file: string;
  info?: ReadInfo;
  header: string[];
  columns: Record<string, string>;
  missing: string[];
  unmapped: string[];
  rows: number;
  used: number;
  samples: Record<string, unknown>[];
  dateOrder?: DateOrder;
  dateEvidence?: { dayFirst: number; monthFirst: number };
}

const SAMPLES_PER_REASON = 5;
const SAMPLE_ROWS = 5;
const WARMUP = 200;

/** Columns for each field: the config's override, else the mapping's first candidate present. */
export function resolveColumns(header: string[], mapping: Mapping, overrides: Record<string, string> = {}): {
  columns: Record<string, number>;
  notFound: { field: string; column: string }[];
} {
  const norm = header.map(normaliseHeader);
  const columns: Record<string, number> = {};
  const notFound: { field: string; column: string }[] = [];
  const used = new Set<number>();
  for (const [field, column] of Object.entries(overrides)) {
    const want = normaliseHeader(column);
    let i = header.indexOf(column);
    if (i < 0) i = norm.indexOf(want);
    if (i < 0) notFound.push({ field, column });
    else {
      columns[field] = i;
      used.add(i);
    }
  }
  for (const [field, candidates] of Object.entries(mapping.columns)) {
    if (field in overrides) continue;
    for (const c of candidates) {
      let i: number;
      if (c.startsWith('~')) {
        const re = new RegExp(c.slice(1));
        i = norm.findIndex((h, k) => !used.has(k) && re.test(h));
      } else {
        const want = normaliseHeader(c);
        i = norm.findIndex((h, k) => !used.has(k) && h === want);
      }
      if (i >= 0) {
        columns[field] = i;
        used.add(i);
        break;
      }
    }
  }
  return { columns, notFound };
}

/** Required fields with no column, as lists to show (a `x or y` group counts as one). */
export function missingRequired(kind: DataKind, columns: Record<string, number>): string[] {
  const fields = FIELDS[kind];
  const missing = Object.entries(fields).filter(([f, d]) => d.required && !(f in columns) && !alternateTime(kind, f, columns)).map(([f]) => f);
  for (const group of REQUIRED_ANY[kind] ?? []) if (!group.some((f) => f in columns)) missing.push(group.join(' | '));
  return missing;
}

/** A timestamp field is also served by its duration twin (first response time instead of its date). */
export function alternateTime(kind: DataKind, field: string, columns: Record<string, number>): boolean {
  if (kind === 'tickets' && field === 'firstResponseAt') return 'firstResponseTime' in columns;
  if (kind === 'tickets' && field === 'solvedAt') return 'resolutionTime' in columns;
  return false;
}

/**
 * A function that turns the parsed values of a row into a record with the kind's fields
 * as one literal, so every record of a source has the same hidden class and the metric
 * code's property reads stay monomorphic (a generic keyed store per cell was the
 * loader's largest cost). The field names come from FIELDS, never from a file.
 */
export function recordBuilder(names: string[]): (v: unknown[]) => Record<string, unknown> {
  for (const n of names) if (!/^[A-Za-z]+$/.test(n)) throw new Error(`bad field name ${n}`);
  return new Function('v', `return { ${names.map((n, i) => `${n}: v[${i}]`).join(', ')} };`) as (v: unknown[]) => Record<string, unknown>;
}

type Plan = { name: string; index: number; def: FieldDef; unit: DurationUnit; code: number; slot: number };

/** Reads a row's cells into the record; false when a value is bad (counted through `bad`). */
type Convert = (cells: Cell[], o: Record<string, unknown>, at: RowPosition) => boolean;
type BadValue = (reason: MessageId, at: RowPosition, field: string, value: Cell) => void;

/**
 * The per-row conversion as one function made for the file's columns: each mapped cell
 * read by its type's reader in plan order (the first bad value stops the row, as the
 * loop over plans did), then every field of the kind stored in one fixed order — no
 * switch per cell, no array of boxed values between the readers and the record.
 * Field names come from FIELDS, indices are numbers; nothing from the file is compiled.
 */
function converter(plans: Plan[], fieldNames: string[], ts: TimestampReader, bad: BadValue): Convert {
  for (const n of fieldNames) if (!/^[A-Za-z]+$/.test(n)) throw new Error(`bad field name ${n}`);
  const lines: string[] = ['let c, x;'];
  const valueOf = new Map<string, string>();
  plans.forEach((p, k) => {
    const fail = (reason: MessageId) => `{ bad(${JSON.stringify(reason)}, at, N[${k}], c); return false; }`;
    lines.push(`c = cells[${Number(p.index) | 0}];`);
    switch (p.code) {
      case 0:
        lines.push(`x = ts.read(c); if (x !== x) ${fail('data.bad.badDate')}`);
        break;
      case 1:
        lines.push(`x = readDuration(c, U[${k}]); if (x !== undefined && x !== x) ${fail('data.bad.badDuration')} if (x !== undefined && x < 0) ${fail('data.bad.negativeDuration')}`);
        break;
      case 2:
        lines.push(`x = readNumber(c); if (x !== undefined && x !== x) ${fail('data.bad.badNumber')}`);
        break;
      case 3:
        lines.push(`x = readScore(c); if (x !== undefined && x !== x) ${fail('data.bad.outOfScale')}`);
        break;
      case 4:
        lines.push('x = readBoolean(c);');
        break;
      default:
        lines.push('x = readText(c);');
    }
    lines.push(`const v${k} = x;`);
    valueOf.set(p.name, `v${k}`);
  });
  for (const n of fieldNames) lines.push(`o.${n} = ${valueOf.get(n) ?? 'undefined'};`);
  lines.push('return true;');
  const make = new Function('ts', 'readDuration', 'readNumber', 'readScore', 'readBoolean', 'readText', 'bad', 'N', 'U', `return function convert(cells, o, at) {\n${lines.join('\n')}\n};`) as (...a: unknown[]) => Convert;
  return make(ts, readDuration, readNumber, readScore, readBoolean, readText, bad, plans.map((p) => p.name), plans.map((p) => p.unit));
}

const TYPE_CODE: Record<FieldDef['type'], number> = { timestamp: 0, duration: 1, number: 2, score: 3, boolean: 4, text: 5 };

const OUTBOUND = /out|salient|saliente|outbound/i;

export class Loader {
  rows = 0;
  used = 0;
  readonly bad = new Map<MessageId, BadSummary>();
  periodFrom = Infinity;
  periodTo = -Infinity;
  file = '';
  private plans: Plan[] = [];
  private required: string[] = [];
  private ts!: TimestampReader;
  private warm: { cells: Cell[]; n: number; unit: RowPosition['unit'] }[] | undefined = [];
  private readonly periodField: string | undefined;
  private fileResult!: FileResult;
  private slots: unknown[] = [];
  private rec: Record<string, unknown> = {};
  private convert: Convert = () => false;

  constructor(readonly spec: SourceSpec, readonly lang: Lang, readonly strict: boolean, private readonly out: RecordSink, private readonly onProgress?: (rows: number) => void, readonly present: string[] = []) {
    this.periodField = PERIOD_FIELD[spec.kind];
  }

  startFile(file: string): FileResult {
    this.file = file;
    this.warm = [];
    this.fileResult = { file, header: [], columns: {}, missing: [], unmapped: [], rows: 0, used: 0, samples: [] };
    return this.fileResult;
  }

  /** Maps the file's columns; answers with the ones the conversion reads (the reader may leave the rest empty). */
  header(names: string[]): ReadonlySet<number> {
    const spec = this.spec;
    const fr = this.fileResult;
    fr.header = names;
    const { columns, notFound } = resolveColumns(names, spec.mapping, spec.columns);
    if (notFound.length && this.strict) {
      throw new InputError(t(this.lang, 'data.error.columnNotInFile', { file: this.file }), notFound.map(({ field, column }) => this.configProblem(spec.at?.columns?.[field] ?? spec.at?.source, 'data.map.columnMissing', { column, field, file: this.file, columns: names.join(', ') })));
    }
    const missing = missingRequired(spec.kind, columns);
    if (missing.length && this.strict) {
      throw new InputError(t(this.lang, 'data.error.lacksRequired', { file: this.file }), [this.configProblem(spec.at?.columns?.[missing[0]] ?? spec.at?.mapping ?? spec.at?.source, 'data.map.requiredMissing', { file: this.file, fields: missing.join(', '), mapping: spec.mapping.id, columns: names.join(', ') })]);
    }
    fr.columns = Object.fromEntries(Object.entries(columns).map(([f, i]) => [f, names[i]]));
    fr.missing = Object.keys(FIELDS[spec.kind]).filter((f) => !(f in columns));
    const usedIdx = new Set(Object.values(columns));
    fr.unmapped = names.filter((_, i) => !usedIdx.has(i));
    const fields = FIELDS[spec.kind];
    const fieldNames = Object.keys(fields);
    this.plans = Object.entries(columns).map(([name, index]) => ({ name, index, def: fields[name], unit: spec.units?.[name] ?? spec.mapping.units?.[name] ?? 's', code: TYPE_CODE[fields[name].type], slot: fieldNames.indexOf(name) }));
    this.slots = new Array(fieldNames.length).fill(undefined);
    this.rec = recordBuilder(fieldNames)(this.slots);
    for (const p of this.plans) if (!this.present.includes(p.name)) this.present.push(p.name);
    this.required = Object.entries(fields).filter(([f, d]) => d.required && f in columns).map(([f]) => f);
    this.ts = new TimestampReader(spec.zone, spec.dateOrder ?? spec.mapping.dateOrder);
    this.convert = converter(this.plans, fieldNames, this.ts, (reason, at, field, value) => this.badValue(reason, at, field, value));
    return usedIdx;
  }

  private configProblem(loc: Location | undefined, id: MessageId, values: MessageValues): Problem {
    return { file: loc?.file ?? this.file, line: loc?.line ?? 1, column: loc?.column ?? 1, severity: 'error', message: t(this.lang, id, values) };
  }

  row(cells: Cell[], at: RowPosition): void {
    if (this.warm) {
      this.warm.push({ cells, n: at.n(), unit: at.unit });
      if (this.warm.length >= WARMUP) this.flushWarm();
      return;
    }
    this.process(cells, at);
  }

  /** Decides how slash dates read (day or month first) from the first rows, then processes them. */
  flushWarm(): void {
    const warm = this.warm;
    if (!warm) return;
    this.warm = undefined;
    if (!this.spec.dateOrder && this.plans) {
      const probe = new TimestampReader(this.spec.zone, undefined);
      for (const w of warm) for (const p of this.plans) if (p.def.type === 'timestamp') {
        const c = w.cells[p.index];
        if (typeof c === 'string') probe.fromString(c);
      }
      const e = probe.evidence;
      this.ts.order = e.dayFirst > 0 && e.monthFirst === 0 ? 'dmy' : e.monthFirst > 0 && e.dayFirst === 0 ? 'mdy' : this.spec.mapping.dateOrder ?? this.spec.defaultDateOrder ?? 'dmy';
      this.fileResult.dateEvidence = { ...e };
    }
    this.fileResult.dateOrder = this.ts?.order;
    const pos = { unit: 'line' as RowPosition['unit'], n: () => 0 };
    for (const w of warm) {
      pos.unit = w.unit;
      pos.n = () => w.n;
      this.process(w.cells, pos);
    }
  }

  malformed(at: RowPosition, detail: Message): void {
    this.rows++;
    this.fileResult.rows++;
    this.count('data.bad.malformed', at, detail);
  }

  private count(reason: MessageId, at: RowPosition, detail?: Message): void {
    let b = this.bad.get(reason);
    if (!b) this.bad.set(reason, (b = { reason, count: 0, samples: [] }));
    b.count++;
    if (b.samples.length < SAMPLES_PER_REASON) b.samples.push({ file: this.file, unit: at.unit, n: at.n(), detail });
  }

  private badValue(reason: MessageId, at: RowPosition, field: string, value: Cell): void {
    const shown = value === null || value === undefined ? '' : typeof value === 'object' ? new Date(value.wall).toISOString() : String(value);
    this.count(reason, at, { id: 'data.bad.detail', values: { field, value: detach(shown.length > 60 ? `${shown.slice(0, 59)}…` : shown) } });
  }

  private process(cells: Cell[], at: RowPosition): void {
    this.rows++;
    this.fileResult.rows++;
    if ((this.rows % 50_000) === 0) this.onProgress?.(this.rows);
    const rec = this.rec;
    if (!this.convert(cells, rec, at)) return;
    for (const f of this.required) {
      if (rec[f] === undefined) return this.count('data.bad.missingValue', at, { id: 'data.bad.detail', values: { field: f, value: '' } });
    }
    const reason = this.finish(rec);
    if (reason) return this.count(reason.id, at, reason.detail);
    if (this.periodField) {
      const when = rec[this.periodField] as number | undefined;
      if (when !== undefined) {
        if ((this.spec.from !== undefined && when < this.spec.from) || (this.spec.to !== undefined && when > this.spec.to)) return this.count('data.bad.outsidePeriod', at);
        if (when < this.periodFrom) this.periodFrom = when;
        if (when > this.periodTo) this.periodTo = when;
      }
    }
    this.used++;
    this.fileResult.used++;
    if (this.fileResult.samples.length < SAMPLE_ROWS) this.fileResult.samples.push(JSON.parse(JSON.stringify(rec)) as Record<string, unknown>);
    this.out.add(rec);
  }

  /** Derives what the kind needs (a response time from its duration) and rejects what cannot be true. */
  private finish(r: Record<string, unknown>): { id: MessageId; detail?: Message } | undefined {
    switch (this.spec.kind) {
      case 'tickets': {
        const created = r.createdAt as number;
        if (r.firstResponseAt === undefined && typeof r.firstResponseTime === 'number') r.firstResponseAt = created + r.firstResponseTime;
        if (r.solvedAt === undefined && typeof r.resolutionTime === 'number') r.solvedAt = created + r.resolutionTime;
        if (r.channel === undefined && this.spec.channel) r.channel = this.spec.channel;
        return neg('firstResponseAt', created, r.firstResponseAt) ?? neg('solvedAt', created, r.solvedAt);
      }
      case 'calls':
        if (typeof r.direction === 'string' && OUTBOUND.test(r.direction)) return { id: 'data.bad.notInbound' };
        return neg('answeredAt', r.startedAt, r.answeredAt);
      case 'pqrs':
        return neg('answeredAt', r.filedAt, r.answeredAt);
      case 'orders':
        return neg('deliveredAt', r.orderedAt, r.deliveredAt) ?? neg('shownAt', r.dispatchedAt, r.shownAt) ?? neg('refundedAt', r.refundRequestedAt, r.refundedAt);
      case 'payments':
        return neg('postedAt', r.paidAt, r.postedAt);
      case 'surveys': {
        if (r.ces === undefined && r.nps === undefined && r.csat === undefined) return { id: 'data.bad.missingValue', detail: { id: 'data.bad.detail', values: { field: 'ces | nps | csat', value: '' } } };
        const off = outOfScale(r, this.spec.scales ?? DEFAULT_SCALES);
        return off ? { id: 'data.bad.outOfScale', detail: { id: 'data.bad.detail', values: { field: off, value: String(r[off]) } } } : undefined;
      }
      default:
        return undefined;
    }
  }

  state(files: FileResult[], notes: Message[]): LoadState {
    return { rows: this.rows, used: this.used, bad: [...this.bad.values()], periodFrom: this.periodFrom, periodTo: this.periodTo, files, notes, present: this.present };
  }
}

/** A later time before an earlier one (answered before filed): the reason, else undefined. */
function neg(field: string, a: unknown, b: unknown): { id: MessageId; detail?: Message } | undefined {
  return typeof a === 'number' && typeof b === 'number' && b < a ? { id: 'data.bad.negativeDuration' as MessageId, detail: { id: 'data.bad.detail' as MessageId, values: { field, value: `${new Date(a).toISOString()} → ${new Date(b).toISOString()}` } } } : undefined;
}

/** Reads every file of a source into the loader; a file that cannot be read is an InputError naming it. */
export async function readSource(loader: Loader, onFile?: (file: string) => void): Promise<LoadState> {
  const { spec, lang } = loader;
  const files: FileResult[] = [];
  const notes: Message[] = [];
  for (const file of spec.files) {
    onFile?.(file);
    const fr = loader.startFile(file);
    files.push(fr);
    try {
      fr.info = await readTable(file, spec.read ?? {}, {
        header: (names) => loader.header(names),
        row: (cells, at) => loader.row(cells, at),
        malformed: (at, detail) => loader.malformed(at, detail),
      });
      loader.flushWarm();
      notes.push(...fr.info.notes);
    } catch (err) {
      if (err instanceof ReadError) {
        const problem: Problem = { file, line: err.line, column: 1, severity: 'error', message: t(lang, err.ref.id, err.ref.values) };
        throw new InputError(t(lang, 'data.error.cannotUse', { file }), [problem]);
      }
      throw err;
    }
  }
  return loader.state(files, notes);
}
