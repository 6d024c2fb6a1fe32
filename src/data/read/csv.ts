/**
 * CSV through Papa Parse's core parser, fed with text decoded as the file was
 * written: UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252 — what Excel
 * in Spanish saves — when the bytes are not valid UTF-8 (iconv-lite). The delimiter
 * is sniffed by Papa Parse (`,` `;` tab `|`), or taken from Excel's "sep=;" first line.
 *
 * Line numbers are worked out only for rows that need one: the decoder remembers the
 * newlines of the last chunks it passed on, and a row's line is found from the
 * parser's character cursor.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import Papa from 'papaparse';
import iconv from 'iconv-lite';
import type { ReadInfo, ReadOptions, RowPosition, RowSink } from './types.js';
import { ReadError } from './types.js';

const SAMPLE = 1 << 16;
/** Read size: the first chunk is what the delimiter and line ending are guessed from. */
const CHUNK = 1 << 16;
const YIELD_EVERY = 16;
const DELIMITERS = [',', ';', '\t', '|'];

/** Encoding of a file from its first bytes: BOM, else valid UTF-8, else Windows-1252. */
export function sniffEncoding(sample: Uint8Array): { encoding: string; bom: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

function normaliseEncoding(e: string): string {
  const x = e.toLowerCase().replace(/[_\s]/g, '-');
  if (x === 'utf8') return 'utf-8';
  if (x === 'cp1252' || x === 'win1252' || x === 'windows1252') return 'windows-1252';
  if (x === 'latin-1' || x === 'iso-8859-1' || x === 'iso8859-1') return 'latin1';
  return x;
}

interface Chunk {
  start: number;
  text: string;
  linesBefore: number;
}

/** Bytes → text, remembering the last chunks' positions so that a cursor maps to a line. */
class Decoder {
  private readonly utf8: TextDecoder | undefined;
  private readonly other: { write(b: Buffer): string; end(): string | undefined } | undefined;
  private skip: number;
  private offset = 0;
  private lines = 0;
  readonly recent: Chunk[] = [];
  replacedAtChar = -1;
  /** Lines removed before the text reached the parser (Excel's "sep=" line). */
  lineShift = 0;
  private first = true;
  sepDelimiter: string | undefined;

  constructor(readonly encoding: string, bom: number) {
    this.skip = bom;
    if (encoding === 'utf-8') this.utf8 = new TextDecoder('utf-8');
    else this.other = iconv.getDecoder(encoding === 'windows-1252' ? 'win1252' : encoding);
  }

  /** The text of a chunk, as the parser is to see it ('' when there is none yet). */
  private take(text: string): string {
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const m = /^sep=(.)\r?\n/i.exec(text);
      if (m) {
        this.sepDelimiter = m[1];
        text = text.slice(m[0].length);
        this.lineShift = 1;
      }
    }
    if (text.length === 0) return '';
    if (this.replacedAtChar < 0 && this.utf8) {
      const r = text.indexOf('\ufffd');
      if (r >= 0) this.replacedAtChar = this.offset + r;
    }
    this.recent.push({ start: this.offset, text, linesBefore: this.lines });
    if (this.recent.length > 4) this.recent.shift();
    let n = 0;
    let i = text.indexOf('\n');
    while (i !== -1) {
      n++;
      i = text.indexOf('\n', i + 1);
    }
    this.lines += n;
    this.offset += text.length;
    return text;
  }

  write(chunk: Buffer): string {
    let buf = chunk;
    if (this.skip) {
      const cut = Math.min(this.skip, buf.length);
      buf = buf.subarray(cut);
      this.skip -= cut;
    }
    return this.take(this.utf8 ? this.decodeUtf8(buf, false) : this.other!.write(buf));
  }

  end(): string {
    const rest = this.utf8 ? this.decodeUtf8(Buffer.alloc(0), true) : this.other!.end();
    return rest ? this.take(rest) : '';
  }

  /** Bytes held back because they end in the middle of a character. */
  private pending: Buffer | undefined;
  private started = false;
  private slow: TextDecoder | undefined;

  /**
   * UTF-8 as the streaming TextDecoder decodes it, faster: while the bytes are valid
   * (`isUtf8`, simdutf) a chunk up to its last whole character is `toString`'d; the first
   * chunk that is not valid, and all after it, go to a TextDecoder, which then sees exactly
   * the bytes it would have been left with, so replacement characters are the same.
   */
  private decodeUtf8(buf: Buffer, final: boolean): string {
    if (this.slow) return final ? this.slow.decode() : this.slow.decode(buf, { stream: true });
    const whole = this.pending ? Buffer.concat([this.pending, buf]) : buf;
    this.pending = undefined;
    if (!this.started && whole.length < 3 && !final) {
      // Too little to tell a byte-order mark from text: hold it.
      this.pending = Buffer.from(whole);
      return '';
    }
    let cut = whole.length;
    if (!final) {
      for (let k = 1; k <= 3 && k <= whole.length; k++) {
        const c = whole[whole.length - k];
        if ((c & 0xc0) === 0x80) continue;
        if (c >= 0xc0 && (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) > k) cut = whole.length - k;
        break;
      }
    }
    let head = whole.subarray(0, cut);
    if (!isUtf8(head)) {
      // TextDecoder drops a byte-order mark only at the start of its stream.
      this.slow = new TextDecoder('utf-8', { ignoreBOM: this.started });
      this.started = true;
      return final ? this.slow.decode(whole) : this.slow.decode(whole, { stream: true });
    }
    if (!this.started) {
      this.started = true;
      if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
    }
    if (cut < whole.length) this.pending = Buffer.from(whole.subarray(cut));
    return head.toString('utf8');
  }

/** 1-based line of a character offset, when it is still among the recent chunks. */
  lineAt(char: number): number {
    const chunks = this.recent;
    for (let k = chunks.length - 1; k >= 0; k--) {
      const c = chunks[k];
      if (char >= c.start) {
        let n = c.linesBefore;
        const end = Math.min(char - c.start, c.text.length);
        let i = c.text.indexOf('\n');
        while (i !== -1 && i < end) {
          n++;
          i = c.text.indexOf('\n', i + 1);
        }
        return n + 1 + this.lineShift;
      }
    }
    return (chunks[0]?.linesBefore ?? 0) + 1 + this.lineShift;
  }

  /** Line of the first replaced byte (U+FFFD), or -1. */
  replacedLine(): number {
    if (this.replacedAtChar < 0) return -1;
    // The chunk may be gone; count through what is left, else report its chunk's first line.
    return this.lineAt(this.replacedAtChar);
  }
}

/** A delimiter and line ending plainRows reads as Papa Parse does: one character, not the quote. */
function plainDelimiter(delimiter: string, newline: string): boolean {
  return delimiter.length === 1 && delimiter !== '"' && delimiter !== '\r' && delimiter !== '\n' && (newline === '\n' || newline === '\r\n' || newline === '\r');
}

/**
 * The rows of `text` from its start, into `rows`, for as long as each line is plain: every
 * field either unquoted, or quoted with no quote inside and its closing quote right before
 * the delimiter or the line's end. Such a line is the row Papa Parse makes of it, field
 * for field, and cutting it here took 40% less time than Papa Parse on the bench's Zendesk
 * export (no regular expression per quoted field, no look for spaces after its quote, no
 * closure per row). At the first line that is not plain (an escaped
 * quote, a line break inside quotes, text after a closing quote) or not finished, it stops
 * and returns where that line starts: Papa Parse reads from there, so a row with broken
 * quotes is reported exactly as before. Papa Parse's state does not carry from one row to
 * the next, so its reading of the rest is its reading of the whole.
 *
 * A column marked in `skip` is read past but not cut out: its cell is ''. Of the bench
 * export's 17 columns the Zendesk mapping reads 11; not cutting the other six took another
 * ~40% off (no string per cell, less for the collector).
 */
export function plainRows(text: string, delimiter: string, newline: string, rows: string[][], skip: readonly boolean[] = []): number {
  const quote = 34;
  const d = delimiter.charCodeAt(0);
  let start = 0;
  for (;;) {
    const end = text.indexOf(newline, start);
    if (end < 0) return start;
    const row: string[] = [];
    let pos = start;
    for (let col = 0; ; col++) {
      if (pos < end && text.charCodeAt(pos) === quote) {
        const close = text.indexOf('"', pos + 1);
        if (close < 0 || close >= end) return start;
        row.push(skip[col] ? '' : text.substring(pos + 1, close));
        if (close + 1 === end) break;
        if (text.charCodeAt(close + 1) !== d) return start;
        pos = close + 2;
      } else {
        const next = text.indexOf(delimiter, pos);
        if (next < 0 || next >= end) {
          row.push(skip[col] ? '' : text.substring(pos, end));
          break;
        }
        row.push(skip[col] ? '' : text.substring(pos, next));
        pos = next + 1;
      }
    }
    rows.push(row);
    start = end + newline.length;
  }
}

export async function readCsv(file: string, opts: ReadOptions, sink: RowSink): Promise<ReadInfo> {
  const sample = Buffer.alloc(SAMPLE);
  let got: number;
  try {
    const fd = openSync(file, 'r');
    try {
      got = readSync(fd, sample, 0, SAMPLE, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new ReadError({ id: 'data.read.unreadable', values: { reason: (err as Error).message } });
  }
  if (got === 0) throw new ReadError({ id: 'data.read.empty' });
  const sniffed = sniffEncoding(sample.subarray(0, got));
  const encoding = opts.encoding ? normaliseEncoding(opts.encoding) : sniffed.encoding;
  if (encoding !== 'utf-8' && !iconv.encodingExists(encoding === 'windows-1252' ? 'win1252' : encoding)) {
    throw new ReadError({ id: 'data.read.unreadable', values: { reason: { msg: { id: 'data.read.unknownEncoding', values: { encoding: opts.encoding } } } } });
  }
  const decoder = new Decoder(encoding, encoding === sniffed.encoding ? sniffed.bom : encoding === 'utf-8' && sniffed.bom === 3 ? 3 : 0);
  const info: ReadInfo = { format: 'csv', encoding, notes: [] };
  let header: string[] | undefined;
  /** Columns the sink does not read (below the header's length: the cells past it tell a malformed row). */
  let skip: boolean[] = [];
  let rowStart = 0;
  const pos: RowPosition = { unit: 'line', n: () => decoder.lineAt(rowStart) };

  // Papa Parse's core parser driven chunk by chunk on the calling thread, as its stream
  // streamer would drive it (the unfinished last line of a chunk is carried into the next),
  // without the Node stream, the step wrapper and the per-row result filtering in between.
  // The delimiter and line ending are guessed by Papa's own ParserHandle on the first chunk.
  let parser: Papa.Parser | undefined;
  let delimiter = ',';
  let newline = '\n';
  let partial = '';
  let base = 0;
  // A row's line is counted from where it starts: the cursor past the last row that was not
  // empty. Within a chunk that row is known by its index, and the cursors of the chunk's rows
  // are worked out (a second parse of the chunk, with a step) only when a line is asked for:
  // for bad rows and the first rows, not for the million good ones.
  let startRow = -1;
  let chunk: { text: string; base: number; last: boolean; cursors?: number[] } = { text: '', base: 0, last: false };
  const cursorsOf = (): number[] => {
    if (!chunk.cursors) {
      const cursors: number[] = [];
      const step = (r: Papa.ParseResult<string[]>) => {
        cursors.push(r.meta.cursor);
      };
      new Papa.Parser({ delimiter, newline: newline as Papa.ParseConfig['newline'], step: step as never }).parse(chunk.text, chunk.base, !chunk.last);
      chunk.cursors = cursors;
    }
    return chunk.cursors;
  };
  pos.n = () => decoder.lineAt(startRow >= 0 ? cursorsOf()[startRow] : rowStart);

  const parse = (text: string, last: boolean) => {
    const aggregate = partial + text;
    partial = '';
    if (!parser) {
      if (aggregate.length === 0) return;
      const ParserHandle = (Papa as unknown as { ParserHandle: new (c: unknown) => { parse(i: string, b: number, l: boolean): Papa.ParseResult<string[]> } }).ParserHandle;
      const probe = new ParserHandle({ delimiter: opts.delimiter ?? '', delimitersToGuess: DELIMITERS, skipEmptyLines: true, preview: 1 }).parse(aggregate, 0, true);
      delimiter = probe.meta.delimiter;
      newline = probe.meta.linebreak;
      parser = new Papa.Parser({ delimiter, newline: newline as Papa.ParseConfig['newline'] });
    }
    // The chunk's complete rows at once (its unfinished last line waits for the next chunk),
    // with the parser's errors by row index: its plain lines here, the rest from the first
    // line that is not by Papa Parse. The end of the file is Papa Parse's alone: there it makes
    // a row of what follows the last line break, which plainRows would not.
    const rows: string[][] = [];
    const plain = !last && plainDelimiter(delimiter, newline) ? plainRows(aggregate, delimiter, newline, rows, skip) : 0;
    const rest = plain ? aggregate.substring(plain) : aggregate;
    // Papa Parse ends a row only at a line break: with the last row left for later, a rest
    // without one (the unfinished line of nearly every chunk) gives no row, and the cursor
    // stays where the rest starts. Any quote error it found there belongs to that row, which
    // is read again, whole, with the next chunk.
    const results = !last && plain && rest.indexOf(newline) < 0 ? { data: [], errors: [], meta: { cursor: base + plain } } : (parser.parse(rest, base + plain, !last) as Papa.ParseResult<string[]>);
    chunk = { text: aggregate, base, last };
    const fromPapa = rows.length;
    for (const r of results.data) rows.push(r);
    let quoteErrors: Set<number> | undefined;
    for (const e of results.errors as Papa.ParseError[]) if (typeof e.row === 'number') (quoteErrors ??= new Set()).add(fromPapa + e.row);
    startRow = -1;
    for (let k = 0; k < rows.length; k++) {
      const cells = rows[k];
      // skipEmptyLines: a line with nothing on it is no row (and leaves the row cursor where it was).
      if (cells.length === 1 && cells[0].length === 0) continue;
      if (!header) {
        if (!opts.delimiter) info.delimiter = decoder.sepDelimiter ?? delimiter;
        header = cells.map((c) => c.trim());
        const reads = sink.header(header);
        // Column 0 is always cut: a row of one empty cell is an empty line, which is skipped.
        if (reads) skip = header.map((_, i) => i > 0 && !reads.has(i));
      } else if (quoteErrors?.has(k)) {
        sink.malformed(pos, { id: 'data.bad.quotes' });
      } else if (cells.length !== header.length && !(cells.length > header.length && cells.slice(header.length).every((c) => c === ''))) {
        sink.malformed(pos, { id: 'data.bad.columns', values: { found: cells.length, expected: header.length } });
      } else {
        sink.row(cells, pos);
      }
      startRow = k;
    }
    // The cursor past the chunk's last complete row is the parser's; past an earlier one, from the step parse.
    if (startRow >= 0) rowStart = startRow === rows.length - 1 ? results.meta.cursor : cursorsOf()[startRow];
    startRow = -1;
    if (!last) {
      partial = aggregate.substring(results.meta.cursor - base);
      base = results.meta.cursor;
    }
  };

  const fd = openSync(file, 'r');
  try {
    // UTF-8 is decoded (or its unfinished character copied) before the next read, so one
    // buffer serves every read; iconv's decoders may hold on to a buffer: a new one each time.
    const reuse = encoding === 'utf-8' ? Buffer.allocUnsafe(CHUNK) : undefined;
    for (let k = 1; ; k++) {
      const buf = reuse ?? Buffer.allocUnsafe(CHUNK);
      const got = readSync(fd, buf, 0, CHUNK, null);
      if (got === 0) break;
      const text = decoder.write(got < CHUNK ? buf.subarray(0, got) : buf);
      if (text) parse(text, false);
      // Let timers and I/O run now and then: a large file is read on the calling thread.
      if (k % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const rest = decoder.end();
    if (rest) parse(rest, false);
    if (parser) parse('', true);
  } finally {
    closeSync(fd);
  }
  info.delimiter ??= opts.delimiter;
  if (!header) throw new ReadError({ id: 'data.read.empty' });
  const replaced = decoder.replacedLine();
  if (replaced > 0) info.notes.push({ id: 'data.read.encodingReplaced', values: { encoding, line: replaced } });
  return info;
}
