/**
 * A large source is read on two cores: a worker thread runs the whole Loader (reading,
 * decoding, parsing, the per-row conversion and every bad-row decision) and posts the
 * used records to the main thread, which feeds them to the kind's metrics, unchanged.
 *
 * Records cross in batches encoded by column in typed arrays whose buffers are moved,
 * not copied: structured-cloning a million row objects costs more than it saves. Numbers,
 * timestamps, durations, scores and booleans go in one Float64Array (NaN for a missing
 * value: a used record never holds NaN, the converter rejects it as a bad value); text
 * goes as Int32 ids into a small dictionary per field (channel, type, status) that the main
 * thread rebuilds from the entries each batch adds. A field with more distinct values than
 * that (customers) goes plain from then on: its values joined into one string
 * per batch with their end offsets, sliced apart here. A large dictionary would grow with
 * the file, and hashing every fresh cell for a Map costs more than the join and the slices
 * (a 65,536-entry Map cost more than Papa Parse); a short list is searched by `===`.
 * A field no metric reads (fields.ts UNREAD, such as a ticket's id) does not travel at all.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.js';
import type { Problem } from '../util/yaml-source.js';
import type { Lang } from '../types.js';
import { t } from '../i18n/index.js';
import { FIELDS, UNREAD, type DataKind } from './fields.js';
import type { LoadState, RecordSink, SourceSpec } from './loader.js';

/** Records per batch: large enough that a message costs nothing per record, small enough to stay in cache. */
export const BATCH = 8192;
/** Batches posted and not yet read: what bounds the memory between the threads. */
const IN_FLIGHT = 4;
/** Distinct values a text field's dictionary holds before the field goes plain. */
const DICT_MAX = 32;

export interface Batch {
  n: number;
  /** Column-major, `stride` rows per column: numbers, then text ids, in FIELDS order. */
  stride: number;
  num: Float64Array<ArrayBuffer>;
  txt: Int32Array<ArrayBuffer>;
  /** New dictionary entries, per text field, in id order. */
  fresh: string[][];
  /** Text of fields gone plain, joined: id -2 - k is plain.slice(ends[k - 1] ?? 0, ends[k]). */
  plain: string;
  ends: Int32Array<ArrayBuffer>;
  /** The row count to report through onProgress once this batch is added. */
  progress?: number;
}

type WorkerMessage =
  | { type: 'rows'; batch: Batch }
  | { type: 'file'; file: string }
  | { type: 'done'; state: LoadState }
  | { type: 'error'; message: string; problems?: Problem[]; stack?: string };

/**
 * The kind's fields that travel, split by how; names come from FIELDS, never from a file.
 * A field no metric reads (UNREAD) stays behind: on the main thread it is always undefined.
 */
function layout(kind: DataKind): { num: { name: string; bool: boolean }[]; txt: string[] } {
  const num: { name: string; bool: boolean }[] = [];
  const txt: string[] = [];
  const unread = UNREAD[kind] ?? [];
  for (const [name, def] of Object.entries(FIELDS[kind])) {
    if (!/^[A-Za-z]+$/.test(name)) throw new Error(`bad field name ${name}`);
    if (unread.includes(name)) continue;
    if (def.type === 'text') txt.push(name);
    else num.push({ name, bool: def.type === 'boolean' });
  }
  return { num, txt };
}

type Encode = (o: Record<string, unknown>, num: Float64Array, txt: Int32Array, i: number, n: number, id: (k: number, s: string) => number) => void;
type Decode = (b: Batch, o: Record<string, unknown>, sink: RecordSink, dicts: string[][]) => void;

/** Worker side: collects used records into batches and posts them, waiting while too many are unread. */
export class BatchWriter implements RecordSink {
  private readonly encode: Encode;
  private readonly nNum: number;
  private readonly nTxt: number;
  /** Per text field, its dictionary's words in id order; undefined once the field has gone plain. */
  private readonly dicts: (string[] | undefined)[];
  private fresh: string[][];
  /** Plain text not yet joined, and what is: see `id`. */
  private parts: string[] = [];
  private joined: string[] = [];
  private count = 0;
  private length = 0;
  private num!: Float64Array<ArrayBuffer>;
  private txt!: Int32Array<ArrayBuffer>;
  private ends!: Int32Array<ArrayBuffer>;
  private n = 0;
  private readonly id = (k: number, s: string): number => {
    const d = this.dicts[k];
    if (d) {
      for (let i = 0; i < d.length; i++) if (d[i] === s) return i;
      if (d.length < DICT_MAX) {
        this.fresh[k].push(s);
        return d.push(s) - 1;
      }
      this.dicts[k] = undefined;
    }
    this.length += s.length;
    this.ends[this.count] = this.length;
    // A cell is a slice of the parser's 64 KB chunk and keeps it alive: joined every 256
    // values, the chunks die young instead of being copied and promoted by the collector.
    if (this.parts.push(s) === 256) {
      this.joined.push(this.parts.join(''));
      this.parts = [];
    }
    return -2 - this.count++;
  };

  /** `inFlight` is shared with the main thread, which lowers it as it reads a batch. */
  constructor(kind: DataKind, private readonly inFlight: Int32Array, private readonly post: (b: Batch) => void) {
    const { num, txt } = layout(kind);
    this.nNum = num.length;
    this.nTxt = txt.length;
    this.dicts = txt.map(() => []);
    this.fresh = txt.map(() => []);
    // One literal read per field, as the converter writes them (monomorphic, no keyed loads).
    const lines = ['let x;'];
    // A number field holds a number or undefined, a boolean one a boolean or undefined: `+x` is
    // the number, 1 or 0, and NaN for undefined, without a branch.
    num.forEach((f, k) => lines.push(`num[${k} * n + i] = +o.${f.name};`));
    txt.forEach((f, k) => lines.push(`x = o.${f}; txt[${k} * n + i] = x === undefined ? -1 : id(${k}, x);`));
    this.encode = new Function('o', 'num', 'txt', 'i', 'n', 'id', lines.join('\n')) as Encode;
    this.alloc();
  }

  private alloc(): void {
    this.num = new Float64Array(this.nNum * BATCH);
    this.txt = new Int32Array(this.nTxt * BATCH);
    this.ends = new Int32Array(this.nTxt * BATCH);
  }

  add(rec: Record<string, unknown>): void {
    this.encode(rec, this.num, this.txt, this.n, BATCH, this.id);
    if (++this.n === BATCH) this.flush();
  }

  /** Posts what is collected; `progress` (a row count for onProgress) goes even with no rows. */
  flush(progress?: number): void {
    if (this.n === 0 && progress === undefined) return;
    // Blocking is what a worker may do, and the reader calls us synchronously: wait for the
    // main thread to catch up (the timeout only lets a terminate() take effect).
    for (;;) {
      const k = Atomics.load(this.inFlight, 0);
      if (k < IN_FLIGHT) break;
      Atomics.wait(this.inFlight, 0, k, 200);
    }
    Atomics.add(this.inFlight, 0, 1);
    this.post({ n: this.n, stride: BATCH, num: this.num, txt: this.txt, fresh: this.fresh, plain: this.joined.join('') + this.parts.join(''), ends: this.ends, progress });
    this.fresh = this.fresh.map(() => []);
    this.parts = [];
    this.joined = [];
    this.count = 0;
    this.length = 0;
    this.n = 0;
    this.alloc();
  }
}

/** Main-thread side: rebuilds each record of a batch into the one reused record and adds it. */
export class BatchReader {
  private readonly decode: Decode;
  private readonly dicts: string[][];

  constructor(kind: DataKind, private readonly rec: Record<string, unknown>) {
    const { num, txt } = layout(kind);
    this.dicts = txt.map(() => []);
    const lines = ['const n = b.n, s = b.stride, num = b.num, txt = b.txt, plain = b.plain, ends = b.ends;', ...txt.map((_, k) => `const d${k} = dicts[${k}];`), 'let x;', 'for (let i = 0; i < n; i++) {'];
    num.forEach((f, k) => lines.push(`x = num[${k} * s + i]; o.${f.name} = x !== x ? undefined : ${f.bool ? 'x === 1' : 'x'};`));
    txt.forEach((f, k) => lines.push(`x = txt[${k} * s + i]; o.${f} = x >= 0 ? d${k}[x] : x === -1 ? undefined : plain.slice(x === -2 ? 0 : ends[-3 - x], ends[-2 - x]);`));
    lines.push('sink.add(o);', '}');
    this.decode = new Function('b', 'o', 'sink', 'dicts', lines.join('\n')) as Decode;
  }

  read(b: Batch, sink: RecordSink): void {
    b.fresh.forEach((words, k) => {
      const d = this.dicts[k];
      for (const w of words) d.push(w);
    });
    this.decode(b, this.rec, sink, this.dicts);
  }
}

/**
 * The worker script. Tests run this module from its TypeScript source, which a Worker
 * cannot load under plain Node: from `src/` it is the compiled copy in `dist/` (npm test
 * builds first), from `dist/` the file beside this one.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/data/load-worker.js', here) : new URL('./load-worker.js', here);
}

/** What the worker is given: the spec with its zone by name (a Zone holds an Intl formatter, which cannot be cloned). */
export interface WorkerInput {
  spec: Omit<SourceSpec, 'zone'> & { zone: string };
  lang: Lang;
  strict: boolean;
  inFlight: Int32Array;
}

/**
 * Runs the Loader over a source's files in a worker and adds its used records to `sink`
 * here, in the order the in-thread path would, each rebuilt into `rec` (made by
 * recordBuilder, so its shape is the in-thread record's); onProgress fires here too.
 * Resolves with the loader's state. A config or read error arrives as the same InputError;
 * a worker that fails otherwise is an error naming the file (with the worker's stack). The
 * worker ends either way.
 */
export function loadInWorker(spec: SourceSpec, lang: Lang, strict: boolean, sink: RecordSink, rec: Record<string, unknown>, onProgress?: (rows: number) => void): Promise<LoadState> {
  const inFlight = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { spec: { ...spec, zone: spec.zone.name }, lang, strict, inFlight };
  const reader = new BatchReader(spec.kind, rec);
  let file = spec.files[0] ?? '';
  return new Promise<LoadState>((resolve, reject) => {
    const worker = new Worker(fileURLToPath(workerUrl()), { workerData: input });
    let settled = false;
    const end = (fn: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      fn();
    };
    const crash = (reason: string, stack?: string) => end(() => {
      const err = new Error(`${t(lang, 'data.error.cannotUse', { file })}: ${reason}`);
      if (stack) err.stack = `${err.message}\n${stack}`;
      reject(err);
    });
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      try {
        switch (m.type) {
          case 'rows':
            reader.read(m.batch, sink);
            Atomics.sub(inFlight, 0, 1);
            Atomics.notify(inFlight, 0);
            if (m.batch.progress !== undefined) onProgress?.(m.batch.progress);
            break;
          case 'file':
            file = m.file;
            break;
          case 'done':
            end(() => resolve(m.state));
            break;
          case 'error':
            if (m.problems) end(() => reject(new InputError(m.message, m.problems)));
            else crash(m.message, m.stack);
            break;
        }
      } catch (err) {
        // The metrics failed here: stop the worker and fail as the in-thread path would.
        end(() => reject(err));
      }
    });
    worker.on('error', (err) => crash(err.message, err.stack));
    worker.on('exit', (code) => crash(t(lang, 'data.read.workerExited', { code })));
  });
}
