import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { readTable, type RowPosition } from '../../src/data/read/index.js';
import type { Cell } from '../../src/data/values.js';
import { text, type Message } from '../../src/i18n/index.js';

/** A seeded generator (numbers in [0, 1)), so generated tables are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'readiness-data-'));
}

export function write(dir: string, name: string, body: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, body);
  return p;
}

export function cp1252(text: string): Buffer {
  return iconv.encode(text, 'win1252');
}

/** A workbook written by exceljs's streaming writer (shared strings after the sheet, as it orders them). */
export async function xlsx(file: string, sheets: { name: string; rows: unknown[][]; dateColumns?: number[] }[], sharedStrings = true): Promise<string> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: sharedStrings, useStyles: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) {
      const row = ws.addRow(r);
      for (const c of s.dateColumns ?? []) row.getCell(c + 1).numFmt = 'dd/mm/yyyy hh:mm';
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  return file;
}

export interface ReadOut {
  header: string[];
  rows: { cells: Cell[]; at: string }[];
  malformed: { at: string; detail: string }[];
}

/** Everything a reader emits, with positions rendered as "line 3" / "row 3" / "record 3". */
export async function readAll(file: string, opts = {}): Promise<ReadOut & { info: Awaited<ReturnType<typeof readTable>> }> {
  const out: ReadOut = { header: [], rows: [], malformed: [] };
  const where = (p: RowPosition) => `${p.unit} ${p.n()}`;
  const info = await readTable(file, opts, {
    header: (h) => {
      out.header = h;
    },
    row: (cells, at) => out.rows.push({ cells: [...cells], at: where(at) }),
    malformed: (at, detail: Message) => out.malformed.push({ at: where(at), detail: text('en', detail) }),
  });
  return { ...out, info };
}
