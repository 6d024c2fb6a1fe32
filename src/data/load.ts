/**
 * Loading a data source: the loader (loader.ts) reads each file as it streams, maps and
 * parses its rows and accounts for every row it cannot use; the rest feed the kind's
 * metric accumulator. A large source is read in a worker thread (pipeline.ts) while the
 * metrics run here. This is the gather phase's I/O; the metrics themselves are pure.
 */
import type { Lang } from '../types.js';
import { InputError } from '../util/errors.js';
import { FIELDS, type DataKind } from './fields.js';
import { t, type Message } from '../i18n/index.js';
import type { Zone } from './values.js';
import type { BusinessCalendar } from './calendar.js';
import type { Accumulator, Figures } from './metrics/common.js';
import { HOUR } from './metrics/common.js';
import { TicketMetrics } from './metrics/tickets.js';
import { CallMetrics } from './metrics/calls.js';
import { SurveyMetrics, DEFAULT_SCALES } from './metrics/surveys.js';
import { PqrsMetrics } from './metrics/pqrs.js';
import { OrderMetrics, PaymentMetrics } from './metrics/orders.js';
import { CustomerMetrics } from './metrics/customers.js';
import { Loader, readSource, recordBuilder, type FileResult, type BadSummary, type LoadState, type SourceSpec } from './loader.js';
import { loadInWorker } from './pipeline.js';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { formatOf, type ReadOptions } from './read/index.js';

export * from './loader.js';

export interface LoadContext {
  calendar: BusinessCalendar;
  country: string;
  ringTargetMs: number;
  lang: Lang;
  /** Called every 50,000 rows (for the bench's memory figures). */
  onProgress?: (rows: number) => void;
}

export interface SourceResult {
  name: string;
  kind: DataKind;
  mapping: string;
  files: FileResult[];
  rows: number;
  used: number;
  excluded: number;
  bad: BadSummary[];
  period?: { from: number; to: number };
  /** The period as local days (YYYY-MM-DD) in the source's time zone. */
  days?: { from: string; to: string };
  /** IANA zone of the source's times without an offset. */
  zone: string;
  figures: Figures;
  notes: Message[];
}

function makeAccumulator(spec: SourceSpec, ctx: LoadContext, present: string[]): Accumulator<Record<string, unknown>> {
  const base = { calendar: ctx.calendar, asOf: spec.asOf };
  switch (spec.kind) {
    case 'tickets': return new TicketMetrics({ ...base, promises: spec.promises }) as unknown as Accumulator<Record<string, unknown>>;
    case 'calls': return new CallMetrics({ ...base, ringTargetMs: ctx.ringTargetMs }) as unknown as Accumulator<Record<string, unknown>>;
    case 'surveys': return new SurveyMetrics(spec.scales ?? DEFAULT_SCALES) as unknown as Accumulator<Record<string, unknown>>;
    case 'pqrs': return new PqrsMetrics({ ...base, terms: spec.terms }) as unknown as Accumulator<Record<string, unknown>>;
    case 'orders': return new OrderMetrics(base) as unknown as Accumulator<Record<string, unknown>>;
    case 'payments': return new PaymentMetrics() as unknown as Accumulator<Record<string, unknown>>;
    case 'customers': return new CustomerMetrics({ country: ctx.country, present }) as unknown as Accumulator<Record<string, unknown>>;
  }
}

function sourceResult(spec: SourceSpec, s: LoadState, figures: Figures): SourceResult {
  const hasPeriod = s.periodFrom <= s.periodTo;
  return {
    name: spec.name,
    kind: spec.kind,
    mapping: spec.mapping.id,
    files: s.files,
    rows: s.rows,
    used: s.used,
    excluded: s.rows - s.used,
    bad: s.bad,
    period: hasPeriod ? { from: s.periodFrom, to: s.periodTo } : undefined,
    days: hasPeriod ? { from: localDay(s.periodFrom, spec.zone), to: localDay(s.periodTo, spec.zone) } : undefined,
    zone: spec.zone.name,
    figures,
    notes: s.notes,
  };
}

function localDay(utc: number, zone: Zone): string {
  return new Date(zone.toWall(utc)).toISOString().slice(0, 10);
}

export interface LoadOptions {
  /** Throw config errors (audit); record them instead (inspect). */
  strict?: boolean;
  /**
   * Sources whose files together hold at least this many bytes are read in a worker
   * thread (when absent: WORKER_ABOVE for text files on a machine of more than one core,
   * never for workbooks): 0 sends every source there (tests), Infinity none.
   */
  workerAbove?: number;
}

/**
 * Starting a worker costs tens of milliseconds; the in-thread loader reads about 50 MB/s,
 * so below a few megabytes the second core cannot pay for itself.
 */
export const WORKER_ABOVE = 8 << 20;

function isWorkbook(file: string, forced: ReadOptions['format']): boolean {
  try {
    return formatOf(file, forced) === 'xlsx';
  } catch {
    return false;
  }
}

function totalSize(files: string[]): number {
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(f).size;
    } catch {
      /* the reader reports it */
    }
  }
  return n;
}

/** Reads every file of a source and computes its figures. */
export async function loadSource(spec: SourceSpec, ctx: LoadContext, opts: LoadOptions = {}): Promise<SourceResult> {
  const strict = opts.strict ?? true;
  const present: string[] = [];
  const acc = makeAccumulator(spec, ctx, present);
  let state: LoadState;
  // On one core a worker only adds its own cost. A workbook is nearly all reader work
  // (unzip, XML), which the worker would do alone: it cost ~30% more CPU and ~50 MB more
  // peak RSS (once over 250 MB) for no wall time gained (bench/data-bench.js --compare).
  const above = opts.workerAbove ?? (availableParallelism() > 1 && !spec.files.some((f) => isWorkbook(f, spec.read?.format)) ? WORKER_ABOVE : Infinity);
  if (totalSize(spec.files) >= above) {
    // The same Loader runs in a worker; only the metrics stay here (see pipeline.ts).
    const names = Object.keys(FIELDS[spec.kind]);
    state = await loadInWorker(spec, ctx.lang, strict, acc, recordBuilder(names)(new Array(names.length).fill(undefined)), ctx.onProgress);
    present.push(...state.present);
  } else {
    state = await readSource(new Loader(spec, ctx.lang, strict, acc, ctx.onProgress, present));
  }
  const result = sourceResult(spec, state, acc.result());
  if (strict && result.used === 0) {
    const lang = ctx.lang;
    const reasons = result.bad.map((b) => t(lang, 'data.read.reasonCount', { reason: { msg: { id: b.reason } }, count: b.count })).join(', ') || t(lang, 'data.read.noRows');
    const first = result.bad[0]?.samples[0];
    throw new InputError(t(lang, 'data.error.nothingUsable', { files: spec.files.join(', ') }), [
      { file: first?.file ?? spec.files[0], line: first?.unit === 'record' ? 1 : first?.n ?? 1, column: 1, severity: 'error', message: result.rows ? t(lang, 'data.read.nothingUsable', { read: result.rows, reasons }) : t(lang, 'data.read.noRows') },
    ]);
  }
  return result;
}

export { HOUR };
