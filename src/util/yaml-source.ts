import { readFileSync } from 'node:fs';
import type { Document, LineCounter, Node } from 'yaml';
import { yamlLib } from './lazy.js';

/** A problem found in an input file, located so an editor can jump to it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

/** A parsed YAML (or JSON) file that remembers where every value came from. */
export interface SourceFile<T = unknown> {
  file: string;
  text: string;
  data: T;
  doc: Document.Parsed;
  lines: LineCounter;
  problems: Problem[];
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}

/** Reads and parses a file; unreadable files and syntax errors become problems, never throws. */
export function readYamlFile<T = unknown>(file: string): SourceFile<T | undefined> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const why = describeReadError(err);
    const { LineCounter, parseDocument } = yamlLib();
    const lines = new LineCounter();
    const doc = parseDocument('', { lineCounter: lines });
    return { file, text: '', data: undefined, doc, lines, problems: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read: ${why}` }] };
  }
  return parseYamlText<T>(file, text);
}

/** Why a file could not be read, in words a user can act on. */
export function describeReadError(err: unknown, expected = 'a file'): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'file not found';
  if (e.code === 'EISDIR') return `is a directory, expected ${expected}`;
  if (e.code === 'EACCES') return 'permission denied';
  return e.message;
}

export function parseYamlText<T = unknown>(file: string, text: string): SourceFile<T | undefined> {
  const { LineCounter, parseDocument } = yamlLib();
  const lines = new LineCounter();
  // uniqueKeys: a duplicated key is almost always a copy-paste slip that would silently drop data.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    problems.push({ file, line: pos.line, column: pos.col, severity: 'error', message: `invalid YAML: ${firstLine(e.message)}` });
  }
  let data: T | undefined;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 }) as T;
    } catch (err) {
      problems.push({ file, line: 1, column: 1, severity: 'error', message: `invalid YAML: ${(err as Error).message}` });
    }
  }
  return { file, text, data, doc, lines, problems };
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The line and column of the value at `path` (or of its key, when `key` is set).
 * Falls back to the nearest ancestor that exists, so a missing property points at
 * the object that should have held it.
 */
export function locate(src: SourceFile<unknown>, path: (string | number)[], key = false): { line: number; column: number } {
  const { isMap, isSeq, isPair, isScalar } = yamlLib();
  let node: unknown = src.doc.contents;
  let best: { line: number; column: number } = posOf(src, node as Node) ?? { line: 1, column: 1 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      if (last && key) return posOf(src, pair.key as Node) ?? best;
      node = pair.value;
      best = posOf(src, node as Node) ?? posOf(src, pair.key as Node) ?? best;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return best;
      node = item;
      best = posOf(src, node as Node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function posOf(src: SourceFile<unknown>, node: Node | null | undefined): { line: number; column: number } | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!range) return undefined;
  const p = src.lines.linePos(range[0]);
  return { line: p.line, column: p.col };
}

/** Splits a JSON pointer ("/checks/3/title") into path segments. */
export function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
