/**
 * JSON exports (an array of records, or an object holding one — `{ "tickets": [...] }`
 * as help-desk APIs return) streamed with @streamparser/json, and NDJSON one line at
 * a time. Nested objects are flattened with dots (`via.channel`), so a mapping names
 * them like any column. The columns are the keys of the first records.
 */
import { createReadStream, closeSync, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { JSONParser } from '@streamparser/json';
import type { Cell } from '../values.js';
import type { Message } from '../../i18n/index.js';
import type { ReadInfo, ReadOptions, RowPosition, RowSink } from './types.js';
import { ReadError } from './types.js';

const HEADER_SAMPLE = 200;

export function flatten(obj: Record<string, unknown>, prefix = '', out: Record<string, Cell> = {}): Record<string, Cell> {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v === null || v === undefined) out[key] = null;
    else if (Array.isArray(v)) out[key] = v.every((x) => x === null || typeof x !== 'object') ? v.join(', ') : JSON.stringify(v);
    else if (typeof v === 'object') flatten(v as Record<string, unknown>, key, out);
    else out[key] = v as Cell;
  }
  return out;
}

/** Buffers the first records to learn the columns, then passes rows on in column order. */
class RecordTable {
  private keys: string[] | undefined;
  private readonly pending: { rec: Record<string, Cell>; n: number }[] = [];
  private current = 0;
  readonly pos: RowPosition;

  constructor(private readonly sink: RowSink, unit: RowPosition['unit']) {
    this.pos = { unit, n: () => this.current };
  }

  add(rec: Record<string, Cell>, n: number): void {
    if (!this.keys) {
      this.pending.push({ rec, n });
      if (this.pending.length >= HEADER_SAMPLE) this.flush();
      return;
    }
    this.emit(rec, n);
  }

  malformed(n: number, detail: Message): void {
    this.flush();
    this.current = n;
    this.sink.malformed(this.pos, detail);
  }

  private emit(rec: Record<string, Cell>, n: number): void {
    this.current = n;
    const keys = this.keys!;
    const cells = new Array<Cell>(keys.length);
    for (let i = 0; i < keys.length; i++) cells[i] = rec[keys[i]];
    this.sink.row(cells, this.pos);
  }

  flush(): void {
    if (this.keys || this.pending.length === 0) return;
    const seen = new Set<string>();
    for (const p of this.pending) for (const k of Object.keys(p.rec)) seen.add(k);
    this.keys = [...seen];
    this.sink.header(this.keys);
    for (const p of this.pending.splice(0)) this.emit(p.rec, p.n);
  }

  get started(): boolean {
    return this.keys !== undefined || this.pending.length > 0;
  }
}

function firstByte(file: string): number {
  const buf = Buffer.alloc(4096);
  const fd = openSync(file, 'r');
  try {
    const n = readSync(fd, buf, 0, buf.length, 0);
    for (let i = 0; i < n; i++) {
      const c = buf[i];
      if (c === 0xef && buf[i + 1] === 0xbb && buf[i + 2] === 0xbf) {
        i += 2;
        continue;
      }
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
    }
    return -1;
  } finally {
    closeSync(fd);
  }
}

export async function readJson(file: string, opts: ReadOptions, sink: RowSink): Promise<ReadInfo> {
  let first: number;
  try {
    first = firstByte(file);
  } catch (err) {
    throw new ReadError({ id: 'data.read.unreadable', values: { reason: (err as Error).message } });
  }
  if (first === -1) throw new ReadError({ id: 'data.read.empty' });
  const table = new RecordTable(sink, 'record');
  const paths = opts.records ? [`$.${opts.records}.*`] : first === 0x5b /* [ */ ? ['$.*'] : ['$.*.*'];
  const parser = new JSONParser({ paths, keepStack: false });
  let count = 0;
  let failure: unknown;
  parser.onValue = ({ value, key }) => {
    if (failure) return;
    if (typeof key !== 'number' || value === null || typeof value !== 'object' || Array.isArray(value)) return;
    count++;
    try {
      table.add(flatten(value as Record<string, unknown>), count);
    } catch (err) {
      failure = err;
    }
  };
  let parseError: Error | undefined;
  parser.onError = (err) => {
    parseError ??= err;
  };
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of input) {
      let text = chunk as string;
      if (count === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      try {
        parser.write(text);
      } catch (err) {
        parseError ??= err as Error;
      }
      if (failure || parseError) break;
    }
    if (!parseError && !failure && !parser.isEnded) {
      try {
        parser.end();
      } catch (err) {
        parseError = err as Error;
      }
    }
  } finally {
    input.destroy();
  }
  if (failure) throw failure;
  if (parseError) {
    if (!table.started) throw new ReadError({ id: 'data.read.badJson', values: { record: count, reason: parseError.message } });
    table.malformed(count + 1, { id: 'data.read.badJson', values: { record: count, reason: parseError.message } });
  }
  table.flush();
  if (!table.started) throw new ReadError({ id: 'data.read.noRecords' });
  return { format: 'json', notes: [] };
}

export async function readNdjson(file: string, _opts: ReadOptions, sink: RowSink): Promise<ReadInfo> {
  const table = new RecordTable(sink, 'line');
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        table.malformed(n, { id: 'data.bad.malformed' });
        continue;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        table.malformed(n, { id: 'data.bad.malformed' });
        continue;
      }
      table.add(flatten(value as Record<string, unknown>), n);
    }
  } catch (err) {
    if (err instanceof ReadError) throw err;
    if ((err as NodeJS.ErrnoException).code) throw new ReadError({ id: 'data.read.unreadable', values: { reason: (err as Error).message } });
    throw err;
  } finally {
    input.destroy();
  }
  table.flush();
  if (!table.started) throw new ReadError({ id: n === 0 ? 'data.read.empty' : 'data.read.noRecords' });
  return { format: 'ndjson', notes: [] };
}
