/**
 * The XLSX reader's fast path for plain rows gives what htmlparser2's tokenizer alone
 * gives: sheets that mix plain rows with every form it leaves to the tokenizer (inline
 * strings, formulas, entities, CDATA, comments, namespaced tags, whitespace, bad
 * references, stray tags, a truncated sheet), large enough for rows to straddle the
 * inflated chunks, compressed and stored.
 */
import { describe, expect, it } from 'vitest';
import { crc32, deflateRawSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { readTable, type RowPosition } from '../../src/data/read/index.js';
import { plainRows } from '../../src/data/read/xlsx.js';
import { rng, tmp } from './helpers.js';

/** A minimal zip (local headers, central directory), each part deflated or stored. */
function zip(files: Record<string, string>, store: boolean): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text, 'utf8');
    const body = store ? raw : deflateRawSync(raw);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(store ? 0 : 8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(raw.length, 24);
    cd.writeUInt16LE(nameBuf.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    central.push(cd, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

const FORMS = ['plain', 'norref', 'badr', 'selfrow', 'spacegt', 'pretty', 'nocref', 'badcref', 'inline', 'formula', 'entity', 'cdata', 'comment', 'squote', 'stray', 'vattr', 'vself', 'unclosedv', 'attrent', 'between', 'closespace'] as const;

function sheetXml(seed: number, rows: number, forms: readonly string[]): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const ns = forms.includes('ns') ? 'x:' : '';
  const col = (i: number) => String.fromCharCode(65 + (i % 26));
  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${ns}worksheet xmlns${ns ? ':x' : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${ns}sheetData>`;
  for (let i = 1; i <= rows; i++) {
    const form = pick(forms);
    const rAttr = form === 'norref' ? '' : ` r="${form === 'badr' ? pick(['', 'x', '0', '-3', ' 7', '1e2']) : i}"`;
    const sp = form === 'pretty' ? '\n  ' : '';
    if (form === 'selfrow') {
      out += `${sp}<${ns}row${rAttr}/>`;
      continue;
    }
    out += `${sp}<${ns}row${rAttr} spans="1:6" x14ac:dyDescent="0.25"${form === 'spacegt' ? ' ' : ''}>`;
    const n = 1 + Math.floor(r() * 6);
    for (let k = 0; k < n; k++) {
      if (r() < 0.1 && form !== 'plain') continue;
      const ref = form === 'nocref' ? '' : ` r="${form === 'badcref' ? pick(['', 'a1', '1A', `AA${i}`, 'ZZ9']) : `${col(k)}${i}`}"`;
      const kind = r();
      let cell: string;
      if (kind < 0.3) cell = `<${ns}c${ref} t="s"><${ns}v>${Math.floor(r() * 40)}</${ns}v></${ns}c>`;
      else if (kind < 0.45) cell = `<${ns}c${ref} s="${pick(['1', '0', '2', '', 'x', '01'])}"><${ns}v>${pick(['45839.5', '12', '', '007', '1e3', '-4', 'abc', '1234567890123456'])}</${ns}v></${ns}c>`;
      else if (kind < 0.5) cell = `<${ns}c${ref}/>`;
      else if (kind < 0.55) cell = `<${ns}c${ref} t="${pick(['b', 'e', 'd', 'str', 'n', 'inlineStr', 'zz', 's'])}"><${ns}v>${pick(['1', 'true', '0', '2026-01-02', '', 'x'])}</${ns}v></${ns}c>`;
      else if (kind < 0.6) cell = `<${ns}c${ref}></${ns}c>`;
      else if (kind < 0.65) cell = `<${ns}c${ref} t="s"/>`;
      else cell = `<${ns}c${ref}><${ns}v>${Math.floor(r() * 1e6)}</${ns}v></${ns}c>`;
      const odd = r() < 0.3;
      if (form === 'inline' && odd) cell = `<c${ref} t="inlineStr"><is><t>a &amp; b ${i}</t></is></c>`;
      if (form === 'formula' && odd) cell = `<c${ref}><f>A1+1</f><v>${i}</v></c>`;
      if (form === 'entity' && odd) cell = `<c${ref} t="str"><v>x&lt;${i}&#65;</v></c>`;
      if (form === 'cdata' && odd) cell = `<c${ref} t="str"><v><![CDATA[<a>${i}]]></v></c>`;
      if (form === 'comment' && odd) cell = `<!-- <row r="999"> </row> --><c${ref}><v>${i}</v></c>`;
      if (form === 'squote' && odd) cell = `<c r='${col(k)}${i}' t='s'><v>3</v></c>`;
      if (form === 'stray' && odd) cell = '</c>';
      if (form === 'vattr' && odd) cell = `<c${ref}><v xml:space="preserve"> 12 </v></c>`;
      if (form === 'vself' && odd) cell = `<c${ref}><v/></c>`;
      if (form === 'unclosedv' && r() < 0.1) cell = `<c${ref}><v>5</c>`;
      if (form === 'attrent' && odd) cell = `<c r="${col(k)}&#${48 + (i % 10)};" t="&#115;"><v>2</v></c>`;
      out += (form === 'pretty' ? '\n    ' : '') + cell;
    }
    out += `${sp}</${ns}row${form === 'closespace' ? ' ' : ''}>`;
    if (form === 'between' && r() < 0.5) out += pick([' ', '\n', 'junk', '&amp;', '<!-- c -->']);
  }
  out += `</${ns}sheetData><mergeCells count="0"/>${forms.includes('trunc') ? '<row r="9"><c r="A9"><v>9' : `</${ns}worksheet>`}`;
  return out;
}

const SHARED_FORMS = ['plain', 'preserve', 'entity', 'rich', 'phonetic', 'space', 'ns', 'empty', 'emptyT', 'cdata', 'comment', 'attr', 'stray', 'unclosed'] as const;

/** A shared-string table of plain items mixed with one other form (all of them when form is 'all'). */
function sharedXml(seed: number, form: string, truncated: boolean): string {
  const r = rng(seed);
  let out = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3000">';
  for (let i = 0; i < 3000; i++) {
    const f = r() < 0.6 ? 'plain' : form === 'all' ? SHARED_FORMS[Math.floor(r() * SHARED_FORMS.length)] : form;
    const t = `s${i} ${'x'.repeat(i % 50)}`;
    if (f === 'plain') out += `<si><t>${t}</t></si>`;
    else if (f === 'preserve') out += `<si><t xml:space="preserve"> ${t} </t></si>`;
    else if (f === 'entity') out += `<si><t>${t} &amp; &#241;</t></si>`;
    else if (f === 'rich') out += `<si><r><rPr><b/></rPr><t>${t}</t></r><r><t xml:space="preserve"> more</t></r></si>`;
    else if (f === 'phonetic') out += `<si><t>${t}</t><rPh sb="0" eb="1"><t>ph</t></rPh></si>`;
    else if (f === 'space') out += `\n  <si>\n    <t>${t}</t>\n  </si>`;
    else if (f === 'ns') out += `<x:si><x:t>${t}</x:t></x:si>`;
    else if (f === 'empty') out += '<si/>';
    else if (f === 'emptyT') out += '<si><t/></si><si><t></t></si>';
    else if (f === 'cdata') out += `<si><t><![CDATA[${t} <b>]]></t></si>`;
    else if (f === 'comment') out += `<!-- <si><t>no</t></si> --><si><t>${t}</t></si>`;
    else if (f === 'attr') out += `<si><t foo="1">${t}</t></si>`;
    else if (f === 'stray') out += `</t></si><si><t>${t}</t></si>`;
    else out += `<si><t>${t}`;
  }
  return out + (truncated ? '<si><t>last' : '</sst>');
}

function workbook(sheet: string, store: boolean, shared = sharedXml(1, 'plain', false)): string {
  const file = `${tmp()}/w.xlsx`;
  writeFileSync(file, zip({
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/styles.xml': '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    'xl/sharedStrings.xml': shared,
    'xl/worksheets/sheet1.xml': sheet,
  }, store));
  return file;
}

/** Everything the reader emits, keys of sparse rows included. */
async function emitted(file: string, fast: boolean): Promise<string[]> {
  const out: string[] = [];
  plainRows.enabled = fast;
  try {
    const info = await readTable(file, {}, {
      header: (h) => {
        out.push(`H ${JSON.stringify(h)}`);
      },
      row: (cells, at: RowPosition) => out.push(`${at.unit} ${at.n()} ${JSON.stringify(cells)} ${Object.keys(cells).join(',')}`),
      malformed: (at, d) => out.push(`M ${at.n()} ${JSON.stringify(d)}`),
    });
    out.push(JSON.stringify(info));
  } catch (err) {
    out.push(`error ${JSON.stringify((err as { ref?: unknown }).ref ?? String(err))}`);
  } finally {
    plainRows.enabled = true;
  }
  return out;
}

describe('XLSX plain rows', () => {
  const sets: string[][] = [['plain'], ['ns'], ['ns', 'plain'], ['plain', 'trunc'], [...FORMS], ...FORMS.filter((f) => f !== 'plain').map((f) => ['plain', 'plain', 'plain', f])];
  it('reads every sheet as the tokenizer alone does', async () => {
    for (const [k, forms] of sets.entries()) {
      for (const [rows, store] of [[40, false], [4000, false], [4000, true]] as const) {
        const file = workbook(sheetXml(k * 7 + rows, rows, forms), store);
        const fast = await emitted(file, true);
        const slow = await emitted(file, false);
        expect({ forms, rows, store, out: fast }).toEqual({ forms, rows, store, out: slow });
      }
    }
  }, 120_000);

  it('reads every shared-string table as the parser alone does', async () => {
    for (const [k, form] of [...SHARED_FORMS, 'all'].entries()) {
      for (const truncated of [false, true]) {
        // One row per item, so that every item is seen.
        let sheet = '<worksheet><sheetData>';
        for (let i = 0; i < 3100; i++) sheet += `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`;
        const file = workbook(`${sheet}</sheetData></worksheet>`, k % 2 === 0, sharedXml(k + 100, form, truncated));
        expect({ form, truncated, out: await emitted(file, true) }).toEqual({ form, truncated, out: await emitted(file, false) });
      }
    }
  });
});
