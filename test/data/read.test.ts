/**
 * The readers on real files: CSV in the encodings and delimiters Excel and help
 * desks write, XLSX (shared strings, inline strings, dates, named sheets), JSON
 * (array, wrapped object, nested fields) and NDJSON; malformed rows keep their line.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { text } from '../../src/i18n/index.js';
import { readAll, tmp, write, cp1252, xlsx, rng } from './helpers.js';
import { ReadError, readTable } from '../../src/data/read/index.js';
import { plainRows } from '../../src/data/read/csv.js';

describe('CSV', () => {
  it.each([
    ['UTF-8 with BOM, comma', '\ufeffRadicado,Tipo,Peticionario\n1,Queja,José Núñez\n', undefined, 'utf-8', ','],
    ['UTF-8, semicolon', 'Radicado;Tipo;Peticionario\n1;Queja;José Núñez\n', undefined, 'utf-8', ';'],
    ['Windows-1252 (Excel in Spanish), semicolon', cp1252('Radicado;Tipo;Peticionario\n1;Queja;José Núñez\n'), undefined, 'windows-1252', ';'],
    ['tab separated', 'Radicado\tTipo\tPeticionario\n1\tQueja\tJosé Núñez\n', undefined, 'utf-8', '\t'],
    ['Excel "sep=" line', 'sep=|\nRadicado|Tipo|Peticionario\n1|Queja|José Núñez\n', undefined, 'utf-8', '|'],
  ])('%s', async (_n, body, opts, encoding, delimiter) => {
    const dir = tmp();
    const f = write(dir, 'a.csv', body as string);
    const r = await readAll(f, opts ?? {});
    expect(r.info.encoding).toBe(encoding);
    expect(r.info.delimiter).toBe(delimiter);
    expect(r.header).toEqual(['Radicado', 'Tipo', 'Peticionario']);
    expect(r.rows).toEqual([{ cells: ['1', 'Queja', 'José Núñez'], at: expect.stringMatching(/^line [23]$/) }]);
  });

  it('keeps quoted delimiters and newlines inside a field, and counts lines across them', async () => {
    const f = write(tmp(), 'q.csv', 'id,subject,channel\n1,"Pedido 12, sin entregar",email\n2,"dos\nlíneas",chat\n3,tres,web\n');
    const r = await readAll(f);
    expect(r.rows.map((x) => x.cells)).toEqual([['1', 'Pedido 12, sin entregar', 'email'], ['2', 'dos\nlíneas', 'chat'], ['3', 'tres', 'web']]);
    expect(r.rows.map((x) => x.at)).toEqual(['line 2', 'line 3', 'line 5']);
  });

  it('reports rows with the wrong number of fields and broken quotes, with their lines', async () => {
    const f = write(tmp(), 'b.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,\n"x"y,1,2\n13,14,15\n');
    const r = await readAll(f);
    // An unbalanced quote runs on to the next line break it can close on: the parser cannot know where the row ended.
    expect(r.rows.map((x) => x.cells[0])).toEqual(['1', '10']);
    expect(r.malformed).toEqual([
      { at: 'line 3', detail: '2 fields, header has 3' },
      { at: 'line 4', detail: '4 fields, header has 3' },
      { at: 'line 6', detail: 'unbalanced quotes' },
    ]);
  });

  it('notes bytes that are not valid in the forced encoding', async () => {
    const f = write(tmp(), 'e.csv', Buffer.concat([Buffer.from('a,b\n1,ok\n'), cp1252('2,Bogotá\n')]));
    const r = await readAll(f, { encoding: 'utf-8' });
    expect(r.info.notes.map((n) => n.id)).toEqual(['data.read.encodingReplaced']);
    expect(r.info.notes[0].values).toMatchObject({ line: 3 });
  });

  it('reads a file of many chunks the same as one decoded whole: characters split between chunks, an invalid byte after the first 64 KB', async () => {
    const lines = ['id,name,note'];
    for (let i = 1; lines.join('\n').length < 300_000; i++) lines.push(`${i},Ñandú ${'é'.repeat(i % 7)},"a, €𝄞 ${i}"`);
    const bad = 2000;
    const bytes = Buffer.concat([Buffer.from(lines.slice(0, bad).join('\n') + '\n'), Buffer.from([0xff]), Buffer.from(lines.slice(bad).join('\n') + '\n')]);
    const r = await readAll(write(tmp(), 'long.csv', bytes));
    const whole = new TextDecoder().decode(bytes).split('\n').slice(1, -1);
    expect(r.rows.length).toBe(whole.length);
    expect(r.rows.map((x) => x.cells.join('|'))).toEqual(whole.map((l) => l.replace(/,"(.*)"$/, '|$1').replace(',', '|')));
    expect(r.rows[bad - 1].cells[0]).toBe('\ufffd2000');
    expect(r.rows[whole.length - 1].at).toBe(`line ${whole.length + 1}`);
    expect(r.info.notes.map((n) => n.id)).toEqual(['data.read.encodingReplaced']);
  });

  it('gives bad rows their lines in a file of many chunks with blank lines, quoted line breaks and CRLF', async () => {
    const lines = ['id,name,note'];
    const want: string[] = [];
    let line = 1;
    for (let i = 1; i <= 6000; i++) {
      const kind = i % 89 === 0 ? 'columns' : i % 31 === 0 ? 'multi' : i % 13 === 0 ? 'blank' : 'ok';
      if (kind === 'blank') {
        lines.push('', `${i},después de una línea vacía,x`);
        line += 2;
        continue;
      }
      line++;
      if (kind === 'columns') want.push(`line ${line}: 2 fields, header has 3`);
      lines.push(kind === 'columns' ? `${i},corta` : kind === 'multi' ? `${i},"dos\r\nlíneas, ñ",y` : `${i},Nombre ${'é'.repeat(i % 9)},"a, b"`);
      if (kind === 'multi') line++;
    }
    const r = await readAll(write(tmp(), 'lines.csv', lines.join('\r\n') + '\r\n'));
    expect(r.malformed.map((m) => `${m.at}: ${m.detail}`)).toEqual(want);
    expect(r.rows.at(-1)).toEqual({ cells: ['6000', `Nombre ${'é'.repeat(6000 % 9)}`, 'a, b'], at: `line ${line}` });
  });

  // Fields of every shape the two parsers might read apart: plainRows must take the lines
  // Papa Parse would read the same and hand it the rest at a row's start.
  const SHAPES: ((d: string, nl: string) => string)[] = [
    () => 'plain',
    () => '',
    () => '""',
    (d) => `"with${d} delimiter"`,
    () => '"an ""escaped"" quote"',
    (_d, nl) => `"a line${nl}break"`,
    () => '"spaces after"  ',
    () => '"text"after',
    () => 'mid"quote',
    () => '"unterminated',
    () => ' "space before"',
    () => 'lone\r',
  ];

  it.each([[',', '\n'], [';', '\r\n'], ['\t', '\r'], ['|', '\n']])('plain lines (delimiter %j, line end %j) are read as Papa Parse reads them, and the rest by it', (d, nl) => {
    const r = rng(d.charCodeAt(0));
    let plainLines = 0;
    let allPlain = 0;
    for (let n = 0; n < 3000; n++) {
      const odd = r() < 0.3;
      const lines = Array.from({ length: 1 + Math.floor(r() * 6) }, () => Array.from({ length: 1 + Math.floor(r() * 4) }, () => (odd || r() < 0.05 ? SHAPES[Math.floor(r() * SHAPES.length)] : SHAPES[Math.floor(r() * 4)])(d, nl).replace('\\r', '\r')).join(d));
      const text = lines.join(nl) + (r() < 0.5 ? nl : '');
      // As the reader parses every chunk but the end of the file: the unfinished last line waits.
      const whole = new Papa.Parser({ delimiter: d, newline: nl as Papa.ParseConfig['newline'] }).parse(text, 100, true) as Papa.ParseResult<string[]>;
      const rows: string[][] = [];
      // Columns 1 and 3 not read: their cells are empty in the lines read here.
      const skip = [false, n % 2 === 0, false, n % 2 === 0];
      const at = plainRows(text, d, nl, rows, skip);
      const rest = new Papa.Parser({ delimiter: d, newline: nl as Papa.ParseConfig['newline'] }).parse(text.substring(at), 100 + at, true) as Papa.ParseResult<string[]>;
      const split = { data: [...rows, ...rest.data], errors: rest.errors.map((e) => ({ ...e, row: rows.length + e.row! })), cursor: rest.meta.cursor };
      // What the reader assumes when it does not hand Papa Parse a rest without a line break.
      if (!text.substring(at).includes(nl)) expect([rest.data, rest.meta.cursor]).toEqual([[], 100 + at]);
      const expected = whole.data.map((cells, k) => (k < rows.length ? cells.map((c, i) => (skip[i] ? '' : c)) : cells));
      expect(split, JSON.stringify(text)).toStrictEqual({ data: expected, errors: whole.errors.map((e) => ({ ...e, index: e.index! - at })), cursor: whole.meta.cursor });
      if (!odd) plainLines++;
      if (!odd && at === text.lastIndexOf(nl) + nl.length) allPlain++;
    }
    // Most texts of plain shapes only are read here to their last line end, not handed on.
    expect(allPlain / plainLines).toBeGreaterThan(0.5);
  });

  // The rows after 20,000 of filler (past the first chunk, which is read before the header is known).
  it.each<[string, string, string, number[], string[][], string[]]>([
    ['unread columns are left empty, cells past the header kept', 'a,b,c', '1,"x, y",2\n3,z,4,5\n6,w,7,\n', [0, 2], [['1', '', '2'], ['6', '', '7', '']], ['line 20003: 4 fields, header has 3']],
    ['the first column is always cut: an empty line stays the only row skipped', 'a,b', ',1\n\n2,\n', [1], [['', '1'], ['2', '']], []],
    ['a row of one unread column is not taken for an empty line', 'a', 'x\n\ny\n', [], [['x'], ['y']], []],
    ['a line Papa Parse reads keeps every cell', 'a,b', '1,"x""y"\n2,z\n', [0], [['1', 'x"y'], ['2', 'z']], []],
  ])('%s', async (_name, header, tail, reads, rows, malformed) => {
    const got: string[][] = [];
    const bad: string[] = [];
    const filler = header.replace(/[a-z]/g, '9');
    await readTable(write(tmp(), 'r.csv', `${header}\n${`${filler}\n`.repeat(20_000)}${tail}`), {}, {
      header: () => new Set(reads),
      row: (cells) => got.push(cells as string[]),
      malformed: (at, detail) => bad.push(`line ${at.n()}: ${text('en', detail)}`),
    });
    expect(got.slice(20_000)).toEqual(rows);
    expect(got[19_999]).toEqual(filler.split(',').map((c, i) => (reads.includes(i) || i === 0 ? c : '')));
    expect(bad).toEqual(malformed);
  });

  it('refuses an empty file and a missing one', async () => {
    const dir = tmp();
    await expect(readAll(write(dir, 'empty.csv', ''))).rejects.toMatchObject({ ref: { id: 'data.read.empty' } });
    await expect(readAll(`${dir}/nope.csv`)).rejects.toBeInstanceOf(ReadError);
  });
});

describe('XLSX', () => {
  it.each([true, false])('reads the first sheet with shared strings = %s, dates as wall-clock times', async (shared) => {
    const f = await xlsx(`${tmp()}/t.xlsx`, [
      { name: 'Tickets', rows: [['Id', 'Created at', 'Via', 'Reopens'], [1, new Date(Date.UTC(2026, 6, 3, 9, 15)), 'Email', 0], [2, new Date(Date.UTC(2026, 6, 4, 18, 0)), 'Chat & web <b>', 2]], dateColumns: [1] },
      { name: 'Other', rows: [['x'], ['y']] },
    ], shared);
    const r = await readAll(f);
    expect(r.info).toMatchObject({ format: 'xlsx', sheet: 'Tickets', sheets: ['Tickets', 'Other'] });
    expect(r.header).toEqual(['Id', 'Created at', 'Via', 'Reopens']);
    expect(r.rows[0].cells).toEqual([1, { wall: Date.UTC(2026, 6, 3, 9, 15) }, 'Email', 0]);
    expect(r.rows[1].cells[2]).toBe('Chat & web <b>');
    expect(r.rows.map((x) => x.at)).toEqual(['row 2', 'row 3']);
  });

  it('reads a named sheet and says which sheets exist when the name is wrong', async () => {
    const f = await xlsx(`${tmp()}/n.xlsx`, [{ name: 'Resumen', rows: [['a'], [1]] }, { name: 'Radicados', rows: [['Radicado'], ['2026-0001']] }]);
    expect((await readAll(f, { sheet: 'Radicados' })).rows[0].cells).toEqual(['2026-0001']);
    await expect(readAll(f, { sheet: 'PQRS' })).rejects.toMatchObject({ ref: { id: 'data.read.noSheet', values: { sheets: 'Resumen, Radicados' } } });
  });

  it('refuses a file that is not a workbook', async () => {
    const f = write(tmp(), 'fake.xlsx', 'PK this is not a zip');
    await expect(readAll(f)).rejects.toMatchObject({ ref: { id: 'data.read.notXlsx' } });
  });
});

describe('JSON and NDJSON', () => {
  it('reads an array, and an object holding the records, flattening nested fields', async () => {
    const dir = tmp();
    const a = await readAll(write(dir, 'a.json', JSON.stringify([{ id: 1, via: { channel: 'email' } }, { id: 2, via: { channel: 'web' }, tags: ['a', 'b'] }])));
    expect(a.header).toEqual(['id', 'via.channel', 'tags']);
    expect(a.rows.map((r) => r.cells)).toEqual([[1, 'email', undefined], [2, 'web', 'a, b']]);
    expect(a.rows.map((r) => r.at)).toEqual(['record 1', 'record 2']);
    const b = await readAll(write(dir, 'b.json', JSON.stringify({ tickets: [{ id: 7 }], count: 1, next_page: null })));
    expect(b.rows.map((r) => r.cells)).toEqual([[7]]);
  });

  it('keeps the records before a syntax error and reports where it stopped', async () => {
    const r = await readAll(write(tmp(), 'c.json', '[{"id":1},{"id":2},{"id":'));
    expect(r.rows.map((x) => x.cells)).toEqual([[1], [2]]);
    expect(r.malformed).toHaveLength(1);
  });

  it('reads NDJSON line by line; a broken line is malformed with its number', async () => {
    const r = await readAll(write(tmp(), 'd.ndjson', '{"id":1,"status":"solved"}\n\n{"id":2,\n{"id":3,"status":"open"}\n'));
    expect(r.rows.map((x) => [x.cells, x.at])).toEqual([[[1, 'solved'], 'line 1'], [[3, 'open'], 'line 4']]);
    expect(r.malformed).toEqual([{ at: 'line 3', detail: 'malformed row' }]);
  });
});
