/**
 * Excel workbooks (.xlsx), streamed: the zip is opened with yauzl (random access
 * through the central directory, so the shared strings and styles are read first
 * whatever order the writer put them in) and the worksheet XML is tokenised with
 * htmlparser2's tokenizer as it inflates, its plain rows (and the plain items of the
 * shared strings) read by a fast path between the library's turns. Memory holds the
 * shared-string table and a few kilobytes of the sheet, never the sheet itself.
 *
 * Why not exceljs's streaming WorkbookReader: on a 200,000-row export it read about
 * 14,000 rows per CPU-second here (the target is 50,000 rows/s), and when the shared
 * strings follow the sheet in the zip — as exceljs's own writer puts them — it has to
 * hold the sheet back until they arrive, peaking near 300 MB.
 */
import yauzl from 'yauzl';
import { Parser, Tokenizer } from 'htmlparser2';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { Cell } from '../values.js';
import { excelSerialToWall } from '../values.js';
import type { ReadInfo, ReadOptions, RowPosition, RowSink } from './types.js';
import { ReadError } from './types.js';

type ZipFile = yauzl.ZipFile;
type Entry = yauzl.Entry;

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => (err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip)));
  });
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const map = new Map<string, Entry>();
    zip.on('entry', (e: Entry) => {
      map.set(e.fileName.replace(/^\//, ''), e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(map));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s))));
}

/** Streams an entry through an htmlparser2 Parser (small XML parts: workbook, rels, styles, shared strings). */
async function parseEntry(zip: ZipFile, entry: Entry, handler: Partial<ConstructorParameters<typeof Parser>[0]>): Promise<void> {
  const s = await openEntry(zip, entry);
  s.setEncoding('utf8');
  const p = new Parser(handler ?? {}, { xmlMode: true, decodeEntities: true });
  for await (const chunk of s) p.write(chunk as string);
  p.end();
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format is a date when it has d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

export async function readXlsx(file: string, opts: ReadOptions, sink: RowSink): Promise<ReadInfo> {
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    throw new ReadError({ id: 'data.read.notXlsx', values: { reason: (err as Error).message } });
  }
  try {
    const entries = await listEntries(zip);
    const wbEntry = entries.get('xl/workbook.xml');
    if (!wbEntry) throw new ReadError({ id: 'data.read.notXlsx', values: { reason: { msg: { id: 'data.read.xlsx.noWorkbook' } } } });

    // Sheets in workbook order, and the 1904 date system flag.
    const sheets: { name: string; rid: string }[] = [];
    let date1904 = false;
    await parseEntry(zip, wbEntry, {
      onopentag(name, attrs) {
        const n = local(name);
        if (n === 'sheet') {
          const rid = Object.entries(attrs).find(([k]) => local(k) === 'id' && k !== 'sheetId')?.[1] ?? '';
          sheets.push({ name: attrs.name ?? `Sheet${sheets.length + 1}`, rid });
        } else if (n === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      },
    });
    const targets = new Map<string, string>();
    const rels = entries.get('xl/_rels/workbook.xml.rels');
    if (rels) {
      await parseEntry(zip, rels, {
        onopentag(name, attrs) {
          if (local(name) === 'Relationship' && attrs.Id && attrs.Target) {
            const t = attrs.Target.startsWith('/') ? attrs.Target.slice(1) : `xl/${attrs.Target.replace(/^\.\//, '')}`;
            targets.set(attrs.Id, t);
          }
        },
      });
    }
    if (sheets.length === 0) throw new ReadError({ id: 'data.read.notXlsx', values: { reason: { msg: { id: 'data.read.xlsx.noSheets' } } } });
    let chosen = sheets[0];
    if (opts.sheet !== undefined) {
      const want = opts.sheet;
      const found = typeof want === 'number' ? sheets[want - 1] : sheets.find(({ name }) => name === want) ?? sheets.find(({ name }) => name.toLowerCase() === String(want).toLowerCase());
      if (!found) throw new ReadError({ id: 'data.read.noSheet', values: { sheet: String(want), sheets: sheets.map((s) => s.name).join(', ') } });
      chosen = found;
    }
    const sheetPath = targets.get(chosen.rid) ?? `xl/worksheets/sheet${sheets.indexOf(chosen) + 1}.xml`;
    const sheetEntry = entries.get(sheetPath);
    if (!sheetEntry) throw new ReadError({ id: 'data.read.notXlsx', values: { reason: { msg: { id: 'data.read.xlsx.missingPart', values: { part: sheetPath } } } } });

    // Styles: which cell formats (xf index) show dates.
    const dateStyle: boolean[] = [];
    const styles = entries.get('xl/styles.xml');
    if (styles) {
      const custom = new Map<number, string>();
      let inCellXfs = false;
      await parseEntry(zip, styles, {
        onopentag(name, attrs) {
          const n = local(name);
          if (n === 'numFmt') custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
          else if (n === 'cellXfs') inCellXfs = true;
          else if (n === 'xf' && inCellXfs) {
            const id = Number(attrs.numFmtId ?? 0);
            dateStyle.push(BUILTIN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!)));
          }
        },
        onclosetag(name) {
          if (local(name) === 'cellXfs') inCellXfs = false;
        },
      });
    }

    // Shared strings, streamed: rich-text runs joined, phonetic runs skipped.
    const ss = entries.get('xl/sharedStrings.xml');
    const shared = ss ? await readSharedStrings(zip, ss) : [];

    await streamSheet(zip, sheetEntry, sink, { shared, dateStyle, date1904 });
    return { format: 'xlsx', sheet: chosen.name, sheets: sheets.map((s) => s.name), notes: [] };
  } finally {
    zip.close();
  }
}

/**
 * The shared-string table. htmlparser2's Parser reads it; plain items — `<si><t>text</t></si>`
 * (or `<t xml:space="preserve">`), text without markup or entities — are read by a fast
 * path between its turns, with the same result. The Parser stops (pause) after an item's
 * end tag when only the root is open, and is restarted (reset, the root reopened without
 * its callbacks) at the first item that is not plain.
 */
async function readSharedStrings(zip: ZipFile, entry: Entry): Promise<string[]> {
  const shared: string[] = [];
  let current = '';
  let inT = false;
  let inPh = 0;
  // What the parser has open: how many, and the outermost's name (to reopen it after a reset).
  let depth = 0;
  let root = '';
  let replaying = false;
  let cur = { start: 0, text: '' };
  let pausedAt = -1;
  let tries = plainRows.enabled ? 16 : 0;
  const parser: Parser = new Parser({
    // onopentagname, not onopentag: the parser then builds no attribute object per tag.
    onopentagname(name) {
      if (depth++ === 0) root = name;
      if (replaying) return;
      const n = local(name);
      if (n === 'si') current = '';
      else if (n === 't' && !inPh) inT = true;
      else if (n === 'rPh') inPh++;
    },
    ontext(text) {
      if (inT) current += text;
    },
    onclosetag(name, implied) {
      depth--;
      const n = local(name);
      if (n === 't') inT = false;
      else if (n === 'rPh') inPh--;
      else if (n === 'si') {
        shared.push(current);
        // After </si> with only the root open, the parser is back in text: the fast path's turn.
        if (!implied && depth === 1 && tries > 0 && n === name && parser.endIndex >= cur.start && cur.text.charCodeAt(parser.endIndex - cur.start) === 62) {
          pausedAt = parser.endIndex;
          parser.pause();
        }
      }
    },
  }, { xmlMode: true, decodeEntities: true });
  let offset = 0;
  let fast = false;
  let pending = '';
  const write = (s: string) => {
    cur = { start: offset, text: s };
    pausedAt = -1;
    parser.write(s);
    offset += s.length;
    if (pausedAt >= 0) {
      fast = true;
      pending = s.slice(pausedAt + 1 - cur.start);
    }
  };
  /** Plain items of s; returns the text from the first that is not plain, or keeps an unfinished one as pending. */
  const readPlain = (s: string, final: boolean): string | undefined => {
    let p = 0;
    let read = 0;
    let amp = -1;
    for (;;) {
      while (p < s.length && !inT && isSpace(s.charCodeAt(p))) p++;
      if (p >= s.length) break;
      let q = NOT_PLAIN;
      if (inPh === 0) {
        let i = p + 4;
        if (i + 3 > s.length) q = MORE;
        else if (s.startsWith('<si>', p)) {
          if (s.startsWith('<t>', i)) i += 3;
          else if (i + 24 > s.length) i = MORE;
          else if (s.startsWith('<t xml:space="preserve">', i)) i += 24;
          else i = NOT_PLAIN;
          if (i < 0) q = i;
          else {
            const b = s.indexOf('<', i);
            if (amp < i && amp !== -2) {
              amp = s.indexOf('&', i);
              if (amp < 0) amp = -2;
            }
            if (b < 0 || b + 9 > s.length) q = MORE;
            else if (amp >= 0 && amp < b) q = NOT_PLAIN;
            else if (s.startsWith('</t></si>', b)) {
              current = s.slice(i, b);
              inT = false;
              shared.push(current);
              q = b + 9;
            }
          }
        }
      }
      if (q >= 0) {
        p = q;
        read++;
        continue;
      }
      if (q === MORE && !final) break;
      if (read === 0) tries--;
      else tries = 16;
      return p === 0 ? s : s.slice(p);
    }
    if (read > 0) tries = 16;
    pending = p === 0 ? s : s.slice(p);
    return undefined;
  };
  const feed = (s: string, final: boolean) => {
    let text = s;
    for (;;) {
      if (!fast) {
        write(text);
        if (!fast) return;
        text = pending;
      } else if (pending !== '') text = pending + text;
      pending = '';
      const rest = readPlain(text, final);
      if (rest === undefined) return;
      reopen();
      text = rest;
    }
  };
  /** The parser's turn again: from its initial state, with the root open as it was (reopened without its callbacks). */
  const reopen = () => {
    fast = false;
    const name = root;
    parser.reset();
    depth = 0;
    replaying = true;
    parser.write(`<${name}>`);
    replaying = false;
    offset = name.length + 2;
  };
  const s = await openEntry(zip, entry);
  s.setEncoding('utf8');
  for await (const chunk of s) feed(chunk as string, false);
  if (fast) feed('', true);
  // The parser closes what is still open, as it would have.
  if (fast) reopen();
  parser.end();
  return shared;
}

interface SheetContext {
  shared: string[];
  dateStyle: boolean[];
  date1904: boolean;
}

const enum Tag {
  Other,
  Row,
  Cell,
  Value,
  InlineText,
  Inline,
  SheetData,
}

/** The value of 1–15 ASCII digits at [a, b) of s, else -1 (what Number() gives for them). */
function digitsIn(s: string, a: number, b: number): number {
  if (b <= a || b - a > 15) return -1;
  let v = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Column of a cell reference at [a, b) of s (A = 0), as columnIndex reads it. */
function columnIn(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** A cell's t attribute at [a, b) of s: the usual ones as constants, no string made for them. */
function cellTypeIn(s: string, a: number, b: number): string {
  const len = b - a;
  if (len === 1) {
    const c = s.charCodeAt(a);
    if (c === 115) return 's';
    if (c === 110) return 'n';
    if (c === 98) return 'b';
    if (c === 100) return 'd';
    if (c === 101) return 'e';
  } else if (len === 3 && s.startsWith('str', a)) return 'str';
  else if (len === 9 && s.startsWith('inlineStr', a)) return 'inlineStr';
  return s.slice(a, b);
}

/** Whitespace as the tokenizer sees it between attributes. */
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/** Whether plain rows take the fast path (the tests turn it off to compare with the tokenizer alone). */
export const plainRows = { enabled: true };

/** Result of the plain-row reader: the text ends inside the row (wait for more), or the row is not plain (the tokenizer reads it). */
const MORE = -2;
const NOT_PLAIN = -1;

/**
 * The worksheet's rows. htmlparser2's tokenizer and a small state machine over <row>, <c>,
 * <v>, <is><t> read the sheet; rows in the form every spreadsheet writer uses for plain
 * values — `<row r="2" …><c r="A2" s="1" t="s"><v>17</v></c>…</row>`, double-quoted
 * attributes without entities, a <v> of text without markup or entities, nothing else
 * inside — are read by a fast path between the tokenizer's turns, with the same
 * results (see `plainRow`). Anything else (inline strings, formulas, entities, CDATA,
 * comments, namespaced tags, whitespace inside a row, the parts before and after the
 * rows) is the tokenizer's: it is handed the text from the start of the row that is not
 * plain, in its initial state, and hands back after a row's end tag.
 */
async function streamSheet(zip: ZipFile, entry: Entry, sink: RowSink, ctx: SheetContext): Promise<void> {
  // Inflated in large chunks: fewer hand-offs between the zlib thread and the tokenizer.
  let stream: Readable;
  if (entry.compressionMethod === 8) {
    const raw = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, { decompress: false } as never, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s))));
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    raw.on('error', (e) => inflate.destroy(e));
    stream = raw.pipe(inflate);
  } else {
    stream = await openEntry(zip, entry);
  }
  stream.setEncoding('utf8');
  // Positions below are the tokenizer's (from its last reset). Tokens may start in an
  // earlier chunk than they end: keep the last few. Most lie inside the current chunk,
  // which is checked first.
  let chunks: { start: number; text: string }[] = [];
  let cur = { start: 0, text: '' };
  const slice = (start: number, end: number): string => {
    if (start >= cur.start) return cur.text.slice(start - cur.start, end - cur.start);
    let out = '';
    for (const c of chunks) {
      const cEnd = c.start + c.text.length;
      if (end <= c.start || start >= cEnd) continue;
      out += c.text.slice(Math.max(0, start - c.start), Math.min(c.text.length, end - c.start));
    }
    return out;
  };
  const firstChar = (start: number): number => {
    if (start >= cur.start) return cur.text.charCodeAt(start - cur.start);
    for (let k = chunks.length - 1; k >= 0; k--) if (start >= chunks[k].start) return chunks[k].text.charCodeAt(start - chunks[k].start);
    return 0;
  };

  const { shared, dateStyle, date1904 } = ctx;
  let header: string[] | undefined;
  let cells: Cell[] = [];
  let rowNumber = 0;
  let tag: Tag = Tag.Other;
  let attr = 0;
  let attrValue = '';
  // An attribute value or a cell's text that came in one piece is kept as its position in
  // the text (mode 1, always inside the current chunk) and read from there; pieces,
  // entities or CDATA make it a string (mode 2).
  let attrMode = 0;
  let attrStart = 0;
  let attrEnd = 0;
  let hasRef = false;
  let refCol = 0;
  let cellType = '';
  let cellStyle = 0;
  let text = '';
  let textMode = 0;
  let textStart = 0;
  let textEnd = 0;
  /** Before a new chunk may push out the one a position points into. */
  const materialise = () => {
    if (textMode === 1) {
      text = slice(textStart, textEnd);
      textMode = 2;
    }
    if (attrMode === 1) {
      attrValue = slice(attrStart, attrEnd);
      attrMode = 2;
    }
  };
  let inValue = false;
  let inInline = false;
  let nextCol = 0;
  let failure: unknown;
  const pos: RowPosition = { unit: 'row', n: () => rowNumber };

  /** A cell's value from its type, style and text ([a, b) of s). */
  const cellValue = (type: string, style: number, s: string, a: number, b: number): Cell => {
    switch (type) {
      case 's': {
        if (b <= a) return null;
        const i = digitsIn(s, a, b);
        return shared[i >= 0 ? i : Number(s.slice(a, b))] ?? null;
      }
      case 'inlineStr':
      case 'str':
        return s.slice(a, b);
      case 'b': {
        const len = b - a;
        return (len === 1 && s.charCodeAt(a) === 49) || (len === 4 && s.startsWith('true', a));
      }
      case 'e':
        return null;
      case 'd':
        return b <= a ? null : s.slice(a, b);
      default: {
        if (b <= a) return null;
        // A whole number is read where it lies (what Number() gives); others through Number().
        const d = digitsIn(s, a, b);
        const n = d >= 0 ? d : Number(s.slice(a, b));
        return dateStyle[style] && Number.isFinite(n) ? { wall: excelSerialToWall(n, date1904) } : n;
      }
    }
  };

  const endCell = () => {
    const col = hasRef ? refCol : nextCol;
    nextCol = col + 1;
    let v: Cell;
    if (textMode === 1) v = cellValue(cellType, cellStyle, cur.text, textStart - cur.start, textEnd - cur.start);
    else v = cellValue(cellType, cellStyle, text, 0, text.length);
    if (v !== null) {
      while (cells.length < col) cells.push(null);
      cells[col] = v;
    }
  };

  const endRow = () => {
    if (failure) return;
    try {
      if (!header) {
        if (cells.length === 0) return;
        header = cells.map((c) => (c === null || c === undefined ? '' : typeof c === 'object' ? new Date(c.wall).toISOString() : String(c).trim()));
        sink.header(header);
      } else if (cells.length) {
        sink.row(cells, pos);
      }
    } catch (err) {
      failure = err;
    }
  };

  // ---- the fast path for plain rows
  /** Where the tokenizer stopped to hand back (the '>' of a row's end tag, of <sheetData>), or -1. */
  let pausedAt = -1;
  /** The fast path is tried after the tokenizer's rows while it reads some; not after 16 rows it could not read at once (e.g. a namespaced sheet). */
  let fastTries = plainRows.enabled ? 16 : 0;
  /** The last cell the fast path read, for the state the tokenizer's turn starts from. */
  let lastSrc = '';
  let lastA = 0;
  let lastB = -1;

  /**
   * Reads the plain row that starts at p in s: returns the position after it, having
   * done what the tokenizer's callbacks do for it, or NOT_PLAIN / MORE having changed nothing.
   */
  const plainRow = (s: string, p: number): number => {
    const n = s.length;
    let i = p + 4;
    if (i >= n) return MORE;
    let c = s.charCodeAt(i);
    if (!s.startsWith('<row', p) || !(isSpace(c) || c === 62 || c === 47)) return NOT_PLAIN;
    let number = rowNumber + 1;
    let closed = false;
    // Attributes: name="value" after whitespace; a value without '&' or '<'. The same loop
    // reads a <c>'s attributes below: one scanner with a callback per tag kind was tried
    // and cost about 7% of the XLSX bench's CPU time (3.85 → 4.13 CPU-s, median of seven
    // alternating runs), so the two stay written out.
    let spaced = false;
    for (;;) {
      if (i >= n) return MORE;
      c = s.charCodeAt(i);
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (i + 1 >= n) return MORE;
        if (s.charCodeAt(i + 1) !== 62) return NOT_PLAIN;
        i += 2;
        closed = true;
        break;
      }
      if (isSpace(c)) {
        i++;
        spaced = true;
        continue;
      }
      if (!spaced) return NOT_PLAIN;
      spaced = false;
      const nameStart = i;
      for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c === 61 || isSpace(c) || c === 62 || c === 47 || c === 34 || c === 39 || c === 60 || c === 38) break;
      }
      if (i + 1 >= n) return MORE;
      if (c !== 61 || s.charCodeAt(i + 1) !== 34) return NOT_PLAIN;
      const vs = i + 2;
      const ve = s.indexOf('"', vs);
      if (ve < 0) return MORE;
      for (let k = vs; k < ve; k++) {
        const x = s.charCodeAt(k);
        if (x === 38 || x === 60) return NOT_PLAIN;
      }
      i = ve + 1;
      if (vs - nameStart === 3 && s.charCodeAt(nameStart) === 114) {
        // r="…": the row's number, when it is one above 0.
        const d = digitsIn(s, vs, ve);
        const v = d >= 0 ? d : Number(s.slice(vs, ve));
        if (v > 0) number = v;
      }
    }
    const row: Cell[] = [];
    let col0 = 0;
    let cHasRef = false;
    let cRef = 0;
    let cType = '';
    let cStyle = 0;
    let tA = 0;
    let tB = 0;
    let anyCell = false;
    let anyValue = false;
    while (!closed) {
      if (i + 1 >= n) return MORE;
      if (s.charCodeAt(i) !== 60) return NOT_PLAIN;
      c = s.charCodeAt(i + 1);
      if (c === 47) {
        if (i + 6 > n) return MORE;
        if (!s.startsWith('</row>', i)) return NOT_PLAIN;
        i += 6;
        break;
      }
      if (c !== 99) return NOT_PLAIN;
      if (i + 2 >= n) return MORE;
      c = s.charCodeAt(i + 2);
      if (!(isSpace(c) || c === 62 || c === 47)) return NOT_PLAIN;
      i += 2;
      cHasRef = false;
      cType = '';
      cStyle = 0;
      let selfClosing = false;
      let spaced = false;
      for (;;) {
        if (i >= n) return MORE;
        c = s.charCodeAt(i);
        if (c === 62) {
          i++;
          break;
        }
        if (c === 47) {
          if (i + 1 >= n) return MORE;
          if (s.charCodeAt(i + 1) !== 62) return NOT_PLAIN;
          i += 2;
          selfClosing = true;
          break;
        }
        if (isSpace(c)) {
          i++;
          spaced = true;
          continue;
        }
        if (!spaced) return NOT_PLAIN;
        spaced = false;
        const nameStart = i;
        for (; i < n; i++) {
          c = s.charCodeAt(i);
          if (c === 61 || isSpace(c) || c === 62 || c === 47 || c === 34 || c === 39 || c === 60 || c === 38) break;
        }
        if (i + 1 >= n) return MORE;
        if (c !== 61 || s.charCodeAt(i + 1) !== 34) return NOT_PLAIN;
        const vs = i + 2;
        const ve = s.indexOf('"', vs);
        if (ve < 0) return MORE;
        for (let k = vs; k < ve; k++) {
          const x = s.charCodeAt(k);
          if (x === 38 || x === 60) return NOT_PLAIN;
        }
        i = ve + 1;
        if (vs - nameStart === 3) {
          // One-letter names: r, t and s are the ones that matter.
          const a = s.charCodeAt(nameStart);
          if (a === 114) {
            cHasRef = ve > vs;
            cRef = columnIn(s, vs, ve);
          } else if (a === 116) cType = cellTypeIn(s, vs, ve);
          else if (a === 115) {
            const d = digitsIn(s, vs, ve);
            cStyle = d >= 0 ? d : Number(s.slice(vs, ve)) || 0;
          }
        }
      }
      tA = 0;
      tB = 0;
      if (!selfClosing) {
        if (i + 4 > n) return MORE;
        if (s.startsWith('<v>', i)) {
          const a = i + 3;
          const b = s.indexOf('<', a);
          if (b < 0) return MORE;
          for (let k = a; k < b; k++) if (s.charCodeAt(k) === 38) return NOT_PLAIN;
          if (b + 8 > n) return MORE;
          if (!s.startsWith('</v></c>', b)) return NOT_PLAIN;
          tA = a;
          tB = b;
          anyValue = true;
          i = b + 8;
        } else if (s.startsWith('</c>', i)) {
          i += 4;
        } else return NOT_PLAIN;
      }
      anyCell = true;
      const col = cHasRef ? cRef : col0;
      col0 = col + 1;
      const v = cellValue(cType, cStyle, s, tA, tB);
      if (v !== null) {
        while (row.length < col) row.push(null);
        row[col] = v;
      }
    }
    // The row is plain: what the tokenizer's callbacks would have left.
    rowNumber = number;
    cells = row;
    nextCol = col0;
    tag = Tag.Other;
    if (anyCell) {
      hasRef = cHasRef;
      refCol = cRef;
      cellType = cType;
      cellStyle = cStyle;
      lastSrc = s;
      lastA = tA;
      lastB = tB;
    }
    if (anyValue) inValue = false;
    endRow();
    return i;
  };

  /** Before the tokenizer's turn: the last plain cell's text as the tokenizer would have kept it. */
  const settle = () => {
    if (lastB >= 0) {
      text = lastSrc.slice(lastA, lastB);
      textMode = text === '' ? 0 : 2;
      lastSrc = '';
      lastB = -1;
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      onopentagname(start, end) {
        const len = end - start;
        const c0 = firstChar(start);
        // Names are compared by length and first letter: the sheet XML uses only a handful.
        if (len === 3 && c0 === 114 /* r */ && slice(start, end) === 'row') {
          tag = Tag.Row;
          cells = [];
          nextCol = 0;
          rowNumber++;
        } else if (len === 1 && c0 === 99 /* c */) {
          tag = Tag.Cell;
          hasRef = false;
          cellType = '';
          cellStyle = 0;
          text = '';
          textMode = 0;
        } else if (len === 1 && c0 === 118 /* v */) {
          tag = Tag.Value;
          inValue = true;
          text = '';
          textMode = 0;
        } else if (len === 2 && c0 === 105 /* is */) {
          tag = Tag.Inline;
          inInline = true;
          text = '';
          textMode = 0;
        } else if (len === 1 && c0 === 116 /* t */ && inInline) {
          tag = Tag.InlineText;
          inValue = true;
        } else {
          const name = slice(start, end);
          tag = name === 'sheetData' ? Tag.SheetData : Tag.Other;
          if (name.endsWith(':row') || name.endsWith(':c') || name.endsWith(':v')) {
            // Namespaced sheets (x:row, x:c): rare, handled the slow way.
            const n = local(name);
            if (n === 'row') {
              tag = Tag.Row;
              cells = [];
              nextCol = 0;
              rowNumber++;
            } else if (n === 'c') {
              tag = Tag.Cell;
              hasRef = false;
              cellType = '';
              cellStyle = 0;
              text = '';
              textMode = 0;
            } else {
              tag = Tag.Value;
              inValue = true;
              text = '';
              textMode = 0;
            }
          }
        }
      },
      onattribname(start, end) {
        // Only r, t and s matter, all one letter: kept as their char code, no string made.
        attr = 0;
        if ((tag === Tag.Cell || tag === Tag.Row) && end - start === 1) {
          const c = firstChar(start);
          if (c === 114 /* r */ || c === 116 /* t */ || c === 115 /* s */) attr = c;
        }
        attrValue = '';
        attrMode = 0;
      },
      onattribdata(start, end) {
        if (!attr) return;
        if (attrMode === 0) {
          attrMode = 1;
          attrStart = start;
          attrEnd = end;
        } else {
          if (attrMode === 1) attrValue = slice(attrStart, attrEnd);
          attrMode = 2;
          attrValue += slice(start, end);
        }
      },
      onattribentity(cp) {
        if (!attr) return;
        if (attrMode === 1) attrValue = slice(attrStart, attrEnd);
        attrMode = 2;
        attrValue += String.fromCodePoint(cp);
      },
      onattribend() {
        if (!attr) return;
        // The value as a string and a range of it: in place (mode 1), else the string made of its pieces.
        const s = attrMode === 1 ? cur.text : attrValue;
        const a = attrMode === 1 ? attrStart - cur.start : 0;
        const b = attrMode === 1 ? attrEnd - cur.start : attrValue.length;
        if (tag === Tag.Cell) {
          if (attr === 114) {
            // A reference is used when it is not empty, as the string's truthiness decided.
            hasRef = b > a;
            refCol = columnIn(s, a, b);
          } else if (attr === 116) cellType = cellTypeIn(s, a, b);
          else {
            const d = digitsIn(s, a, b);
            cellStyle = d >= 0 ? d : Number(s.slice(a, b)) || 0;
          }
        } else if (tag === Tag.Row && attr === 114) {
          const d = digitsIn(s, a, b);
          const n = d >= 0 ? d : Number(s.slice(a, b));
          if (n > 0) rowNumber = n;
        }
        attr = 0;
      },
      onopentagend(end) {
        // After <sheetData>, the rows: the fast path's turn.
        if (tag === Tag.SheetData && fastTries > 0) {
          pausedAt = end;
          tokenizer.pause();
        }
      },
      onselfclosingtag(end) {
        if (tag === Tag.Cell) {
          text = '';
          textMode = 0;
          endCell();
        } else if (tag === Tag.Row) {
          endRow();
          if (fastTries > 0) {
            pausedAt = end;
            tokenizer.pause();
          }
        }
        tag = Tag.Other;
      },
      ontext(start, end) {
        if (!inValue) return;
        if (textMode === 0) {
          textMode = 1;
          textStart = start;
          textEnd = end;
        } else {
          if (textMode === 1) text = slice(textStart, textEnd);
          textMode = 2;
          text += slice(start, end);
        }
      },
      ontextentity(cp) {
        if (!inValue) return;
        if (textMode === 1) text = slice(textStart, textEnd);
        textMode = 2;
        text += String.fromCodePoint(cp);
      },
      onclosetag(start, end) {
        // By length and letters, as for opening tags: no string per closing tag.
        const len = end - start;
        const c0 = firstChar(start);
        if (len === 1) {
          if (c0 === 118 /* v */ || c0 === 116 /* t */) inValue = false;
          else if (c0 === 99 /* c */) endCell();
        } else if (len === 2) {
          if (c0 === 105 /* i */ && firstChar(start + 1) === 115 /* s */) inInline = false;
        } else if (len === 3) {
          if (c0 === 114 /* r */ && firstChar(start + 1) === 111 /* o */) {
            endRow();
            // Right after a row's end tag the tokenizer is back in text: the fast path may take over.
            if (fastTries > 0 && firstChar(end) === 62) {
              pausedAt = end;
              tokenizer.pause();
            }
          }
        } else {
          const name = local(slice(start, end));
          if (name === 'v' || name === 't') inValue = false;
          else if (name === 'is') inInline = false;
          else if (name === 'c') endCell();
          else if (name === 'row') endRow();
        }
        tag = Tag.Other;
      },
      oncdata(start, end) {
        if (!inValue) return;
        if (textMode === 1) text = slice(textStart, textEnd);
        textMode = 2;
        text += slice(start, end);
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );

  // Whose turn it is: the tokenizer's (from the start, and from a row the fast path could not
  // read) or the fast path's (after <sheetData> and after the tokenizer's rows).
  let fast = false;
  let offset = 0;
  /** The fast path's text not yet read (an unfinished row at the end of a chunk). */
  let pending = '';

  /** The tokenizer reads s from where it stopped; when it hands back, the rest of s is pending. */
  const tokenize = (s: string) => {
    materialise();
    cur = { start: offset, text: s };
    chunks.push(cur);
    if (chunks.length > 3) chunks.shift();
    pausedAt = -1;
    tokenizer.write(s);
    offset += s.length;
    if (pausedAt >= 0) {
      // It stopped right after a '>' and is back in text: the rest of s is the fast path's.
      fast = true;
      pending = s.slice(pausedAt + 1 - cur.start);
    }
  };

  /**
   * Reads the plain rows of s: keeps what follows them as pending (an unfinished row, unless
   * final) and returns undefined, or returns the text from the first row that is not plain.
   */
  const readPlain = (s: string, final: boolean): string | undefined => {
    let p = 0;
    let read = 0;
    for (;;) {
      // Whitespace between rows is text the tokenizer would drop (outside a value).
      while (p < s.length && !inValue && isSpace(s.charCodeAt(p))) p++;
      if (p >= s.length) break;
      const q = plainRow(s, p);
      if (q >= 0) {
        p = q;
        read++;
        if (failure) return undefined;
        continue;
      }
      if (q === MORE && !final) break;
      if (read === 0) fastTries--;
      else fastTries = 16;
      return p === 0 ? s : s.slice(p);
    }
    if (read > 0) fastTries = 16;
    pending = p === 0 ? s : s.slice(p);
    return undefined;
  };

  /** Reads the next inflated text (or, final, what is left), in turns. */
  const feed = (s: string, final: boolean) => {
    let text = s;
    for (;;) {
      if (!fast) {
        tokenize(text);
        if (!fast) return;
        text = pending;
      } else if (pending !== '') text = pending + text;
      pending = '';
      const rest = readPlain(text, final);
      if (rest === undefined) return;
      // The tokenizer reads from the start of that row, in its initial state.
      settle();
      materialise();
      fast = false;
      tokenizer.reset();
      chunks = [];
      cur = { start: 0, text: '' };
      offset = 0;
      text = rest;
    }
  };

  for await (const chunk of stream) {
    feed(chunk as string, false);
    if (failure) break;
  }
  stream.destroy();
  if (!failure) {
    if (fast && pending !== '') feed('', true);
    if (!fast) tokenizer.end();
  }
  if (failure) throw failure;
  if (!header) throw new ReadError({ id: 'data.read.empty' });
}
