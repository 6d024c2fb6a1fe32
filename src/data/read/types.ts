import type { Message } from '../../i18n/index.js';
import type { Cell } from '../values.js';

export type FileFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

/** Where a row is: a physical line (CSV, NDJSON), a sheet row (XLSX) or a record (JSON). */
export interface RowPosition {
  unit: 'line' | 'row' | 'record';
  /** Computed on demand: only bad rows and sample rows need it. Valid during the `row` call only. */
  n(): number;
}

/** Receives a table as it streams; every call is synchronous. */
export interface RowSink {
  /**
   * The header row. A sink may answer with the columns it reads: a reader may then leave the
   * cells of the others empty ('') instead of cutting them out of the text (the CSV reader
   * does, for all but the first column, so that a row never looks like an empty line).
   */
  header(names: string[]): ReadonlySet<number> | void;
  row(cells: Cell[], at: RowPosition): void;
  /** A row the reader could not split into fields (bad quotes, broken JSON line). */
  malformed(at: RowPosition, detail: Message): void;
}

export interface ReadOptions {
  format?: FileFormat;
  /** CSV: forced encoding (utf-8, windows-1252, latin1, utf-16le); sniffed when absent. */
  encoding?: string;
  /** CSV: forced delimiter; sniffed when absent. */
  delimiter?: string;
  /** XLSX: sheet name or 1-based index; the first sheet when absent. */
  sheet?: string | number;
  /** JSON: the key holding the records when the file is an object. */
  records?: string;
}

export interface ReadInfo {
  format: FileFormat;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  sheets?: string[];
  /** Remarks a person should see (bytes replaced by the decoder, …). */
  notes: Message[];
}

/** Raised by a reader for a file it cannot use at all; the message is a catalogue id. */
export class ReadError extends Error {
  constructor(readonly ref: Message, readonly line = 1) {
    super(ref.id);
    this.name = 'ReadError';
  }
}
