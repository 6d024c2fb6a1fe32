/**
 * Excel workbooks (.xlsx), streamed: the zip is opened with yauzl (random access
 * through the central directory, so the shared strings and styles are read first
 * whatever order the writer put them in) and the worksheet XML is tokenised with
 * htmlparser2's tokenizer as it inflates. Memory holds the shared-string table and
 * a few kilobytes of the sheet, never the sheet itself.
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

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
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
    const shared: string[] = [];
    const ss = entries.get('xl/sharedStrings.xml');
    if (ss) {
      let current = '';
      let inT = false;
      let inPh = 0;
      await parseEntry(zip, ss, {
        onopentag(name) {
          const n = local(name);
          if (n === 'si') current = '';
          else if (n === 't' && !inPh) inT = true;
          else if (n === 'rPh') inPh++;
        },
        ontext(text) {
          if (inT) current += text;
        },
        onclosetag(name) {
          const n = local(name);
          if (n === 't') inT = false;
          else if (n === 'rPh') inPh--;
          else if (n === 'si') shared.push(current);
        },
      });
    }

    await streamSheet(zip, sheetEntry, sink, { shared, dateStyle, date1904 });
    return { format: 'xlsx', sheet: chosen.name, sheets: sheets.map((s) => s.name), notes: [] };
  } finally {
    zip.close();
  }
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
}

/** The worksheet's rows, through htmlparser2's tokenizer and a small state machine over <row>, <c>, <v>, <is><t>. */
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
  // Tokens may start in an earlier chunk than they end: keep the last few. Most lie
  // inside the current chunk, which is checked first.
  const chunks: { start: number; text: string }[] = [];
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

  /** The value of 1–15 ASCII digits at [start, end) of the text, else -1: no string for a style or string index. */
  const digitsAt = (start: number, end: number): number => {
    if (end <= start || end - start > 15) return -1;
    let v = 0;
    for (let i = start; i < end; i++) {
      const c = firstChar(i) - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  };
  /** Column of a cell reference at [start, end) (A = 0), as columnIndex reads it. */
  const columnAt = (start: number, end: number): number => {
    let n = 0;
    for (let i = start; i < end; i++) {
      const c = firstChar(i);
      if (c < 65 || c > 90) break;
      n = n * 26 + (c - 64);
    }
    return n - 1;
  };

  let header: string[] | undefined;
  let cells: Cell[] = [];
  let rowNumber = 0;
  let tag: Tag = Tag.Other;
  let attr = 0;
  let attrValue = '';
  // An attribute value or a cell's text that came in one piece is kept as its position in
  // the text (mode 1) and read from there; pieces, entities or CDATA make it a string (mode 2).
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
  const textValue = (): string => (textMode === 1 ? slice(textStart, textEnd) : text);
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

  const endCell = () => {
    const col = hasRef ? refCol : nextCol;
    nextCol = col + 1;
    let v: Cell = null;
    switch (cellType) {
      case 's':
        if (textMode === 1) {
          const i = digitsAt(textStart, textEnd);
          v = i >= 0 ? ctx.shared[i] ?? null : ctx.shared[Number(textValue())] ?? null;
        } else {
          v = text === '' ? null : ctx.shared[Number(text)] ?? null;
        }
        break;
      case 'inlineStr':
      case 'str':
        v = textValue();
        break;
      case 'b':
        v = textValue() === '1' || textValue() === 'true';
        break;
      case 'e':
        v = null;
        break;
      case 'd':
        v = textValue() === '' ? null : textValue();
        break;
      default:
        if (textMode === 1 || text !== '') {
          // A whole number in one piece is read where it lies (what Number() gives); others as before.
          const d = textMode === 1 ? digitsAt(textStart, textEnd) : -1;
          const n = d >= 0 ? d : Number(textValue());
          v = ctx.dateStyle[cellStyle] && Number.isFinite(n) ? { wall: excelSerialToWall(n, ctx.date1904) } : n;
        }
    }
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
          tag = Tag.Other;
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
          textMode = 0;
            } else {
              tag = Tag.Value;
              inValue = true;
              text = '';
              textMode = 0;
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
        if (tag === Tag.Cell) {
          if (attr === 114) {
            // A reference is used when it is not empty, as the string's truthiness decided.
            if (attrMode === 1) {
              hasRef = attrEnd > attrStart;
              refCol = columnAt(attrStart, attrEnd);
            } else {
              hasRef = attrValue !== '';
              refCol = columnIndex(attrValue);
            }
          } else if (attr === 116) cellType = attrMode === 1 ? slice(attrStart, attrEnd) : attrValue;
          else {
            const d = attrMode === 1 ? digitsAt(attrStart, attrEnd) : -1;
            cellStyle = d >= 0 ? d : Number(attrMode === 1 ? slice(attrStart, attrEnd) : attrValue) || 0;
          }
        } else if (tag === Tag.Row && attr === 114) {
          const d = attrMode === 1 ? digitsAt(attrStart, attrEnd) : -1;
          const n = d >= 0 ? d : Number(attrMode === 1 ? slice(attrStart, attrEnd) : attrValue);
          if (n > 0) rowNumber = n;
        }
        attr = 0;
      },
      onopentagend() {},
      onselfclosingtag() {
        if (tag === Tag.Cell) {
          text = '';
          textMode = 0;
          endCell();
        } else if (tag === Tag.Row) {
          endRow();
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
          if (c0 === 114 /* r */ && firstChar(start + 1) === 111 /* o */) endRow();
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
  let offset = 0;
  for await (const chunk of stream) {
    const s = chunk as string;
    materialise();
    cur = { start: offset, text: s };
    chunks.push(cur);
    if (chunks.length > 3) chunks.shift();
    tokenizer.write(s);
    offset += s.length;
    if (failure) break;
  }
  stream.destroy();
  if (!failure) tokenizer.end();
  if (failure) throw failure;
  if (!header) throw new ReadError({ id: 'data.read.empty' });
}
