/**
 * The session store is the profile YAML itself. Every change is written at once and
 * atomically (temporary file in the same folder, fsync, rename), so a crash or a kill
 * at any moment leaves either the previous or the next complete profile on disk.
 *
 * Edits keep the person's file as they wrote it: comments, key order, aligned
 * end-of-line comments and folded notes. A change is spliced into the text where
 * that is safe, and the result is checked against what the `yaml` Document API
 * (`doc.setIn`) would produce; when a splice is not possible or does not match, the
 * Document API's own rendering is written instead (comments and order still kept).
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { AnswerRecord, Profile } from '../types.js';
import { parseYamlText } from '../util/yaml-source.js';
import { validateAgainst } from '../util/schema.js';
import { normaliseAnswer } from '../engine/profile-evidence.js';
import { reason, type Message, type MessageId, type MessageValues } from '../i18n/index.js';

export type YamlPath = (string | number)[];

/** What the interview records for one question. */
export type AnswerOutcome =
  | { kind: 'answer'; value: unknown }
  | { kind: 'dont-know' }
  | { kind: 'skip' };

// ------------------------------------------------------------------ atomic write

/**
 * Writes `text` to `file` so that readers only ever see the old or the new content:
 * a temporary file beside it (same file system, so rename is atomic), flushed to
 * disk, then renamed over the original. The original's permissions are kept.
 */
export function atomicWrite(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let mode = 0o644;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    /* a new file */
  }
  const fd = openSync(tmp, 'w', mode);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw err;
  }
  // Make the rename itself durable; not every platform can open a directory.
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    /* best effort */
  }
}

// ------------------------------------------------------------------ text edits

const RENDER = { lineWidth: 0, flowCollectionPadding: false } as const;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScalarValue(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

/** A scalar as YAML writes it on one line, or undefined when it needs more. */
function inlineScalar(v: unknown): string | undefined {
  // Dates and yes/no words stay quoted: YAML 1.1 readers would turn them into timestamps and booleans.
  if (typeof v === 'string' && (/^\d{4}-\d{2}-\d{2}/.test(v) || /^(y|n|yes|no|on|off)$/i.test(v))) return JSON.stringify(v);
  const s = stringify(v, RENDER).replace(/\n$/, '');
  return s.includes('\n') ? undefined : s;
}

/** A value on one line: a scalar, `[a, b]` or `{ k: v }`; undefined when it does not fit. */
export function inlineValue(v: unknown): string | undefined {
  if (isScalarValue(v)) return inlineScalar(v);
  if (Array.isArray(v)) {
    const parts = v.map((x) => (isScalarValue(x) ? inlineScalar(x) : undefined));
    return parts.every((p) => p !== undefined) ? `[${parts.join(', ')}]` : undefined;
  }
  if (isPlainObject(v)) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    const parts = entries.map(([k, x]) => {
      const key = inlineScalar(k);
      const val = isScalarValue(x) || Array.isArray(x) ? inlineValue(x) : undefined;
      return key !== undefined && val !== undefined ? `${key}: ${val}` : undefined;
    });
    if (!parts.every((p) => p !== undefined)) return undefined;
    return parts.length ? `{ ${parts.join(', ')} }` : '{}';
  }
  return undefined;
}

/**
 * `key: value` lines for a new map entry at the given indentation; `below` are the
 * keys of maps still to be created under it (written as block maps).
 */
function entryLines(key: string | number, below: YamlPath, value: unknown, indent: number): string | undefined {
  const k = inlineScalar(key);
  if (k === undefined) return undefined;
  const pad = ' '.repeat(indent);
  if (below.length) {
    const inner = entryLines(below[0], below.slice(1), value, indent + 2);
    return inner === undefined ? undefined : `${pad}${k}:\n${inner}`;
  }
  const inline = inlineValue(value);
  if (inline !== undefined) return `${pad}${k}: ${inline}\n`;
  if (!Array.isArray(value) && !isPlainObject(value)) return undefined;
  const body = stringify(value, RENDER).replace(/\n$/, '').split('\n').map((l) => `${pad}  ${l}`).join('\n');
  return `${pad}${k}:\n${body}\n`;
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The offset just past the end of the line that holds offset `pos - 1`. */
function afterLine(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as { range?: [number, number, number] } | null | undefined)?.range ?? undefined;
}

function findPair(map: YAMLMap, key: string | number): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key)) as Pair | undefined;
}

function insertAt(text: string, at: number, add: string): string {
  const before = text.slice(0, at);
  const glue = before.length && !before.endsWith('\n') ? '\n' : '';
  return before + glue + add + text.slice(at);
}

/**
 * Tries to write `value` at `path` by editing the text in place. Returns undefined
 * when the shape is not one it handles; the caller verifies the result.
 */
function spliceSet(text: string, doc: Document.Parsed, p: YamlPath, value: unknown): string | undefined {
  // Find the deepest existing map on the path; what is missing below it is created.
  let node: unknown = doc.contents;
  let depth = 0;
  for (; depth < p.length; depth++) {
    if (!isMap(node)) return undefined;
    const pair = findPair(node, p[depth]);
    if (!pair) break;
    if (depth === p.length - 1) {
      // The key exists: replace its value.
      const old = pair.value;
      const r = rangeOf(old);
      if (!r) return undefined;
      if (isSeq(old) && !old.flow && Array.isArray(value) && value.length) return spliceBlockSeq(text, old, value);
      const inline = inlineValue(value);
      if (inline === undefined) return undefined;
      if ((isMap(old) || isSeq(old)) && !old.flow) {
        // A block collection becomes one line (e.g. `locations: []`): rewrite from the colon on.
        const kr = rangeOf(pair.key);
        const colon = kr ? text.indexOf(':', kr[1]) : -1;
        if (colon === -1 || colon > r[0]) return undefined;
        return text.slice(0, colon + 1) + ` ${inline}\n` + text.slice(afterLine(text, r[1]));
      }
      return text.slice(0, r[0]) + inline + text.slice(r[1]);
    }
    node = pair.value;
  }
  if (!isMap(node)) {
    // The root of an empty document: no map to add to.
    if (depth === 0 && (node === null || node === undefined) && !text.trim().replace(/^#.*$/gm, '').trim()) {
      const add = entryLines(p[0], p.slice(1), value, 0);
      return add === undefined ? undefined : insertAt(text, text.length, add);
    }
    return undefined;
  }
  const key = p[depth];
  const below = p.slice(depth + 1);
  const map = node as YAMLMap;
  if (map.flow) {
    if (map.items.length) return undefined;
    // `answers: {}` becomes a block map with its first entry.
    const r = rangeOf(map);
    if (!r || depth === 0) return undefined;
    const parentIndent = keyIndent(text, doc, p.slice(0, depth));
    if (parentIndent === undefined) return undefined;
    const add = entryLines(key, below, value, parentIndent + 2);
    if (add === undefined) return undefined;
    // Drop the `{}` (and the space before it); a comment after it stays on the key's line.
    let start = r[0];
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const eol = afterLine(text, r[1]);
    let rest = text.slice(r[1], eol);
    if (rest.trim()) rest = ' ' + rest.replace(/^[ \t]+/, '');
    if (!rest.endsWith('\n')) rest += '\n';
    return text.slice(0, start) + rest + add + text.slice(eol);
  }
  if (map.items.length === 0) return undefined;
  const first = map.items[0] as Pair;
  const last = map.items[map.items.length - 1] as Pair;
  const fr = rangeOf(first.key);
  const lr = rangeOf(last.value) ?? rangeOf(last.key);
  if (!fr || !lr) return undefined;
  const indent = fr[0] - lineStart(text, fr[0]);
  const add = entryLines(key, below, value, indent);
  if (add === undefined) return undefined;
  // The root map's last entry may be followed by comments that belong to the end of
  // the file; a nested map's entry goes right after its last entry.
  const at = depth === 0 ? text.length : afterLine(text, lr[1]);
  return insertAt(text, at, add);
}

/** A block sequence set to `value`: new items appended, or the items rewritten in place. */
function spliceBlockSeq(text: string, seq: { items: unknown[] } & object, value: unknown[]): string | undefined {
  const old = (seq as unknown as { toJSON(): unknown[] }).toJSON();
  const items = seq.items;
  if (!items.length || !value.length) return undefined;
  const firstR = rangeOf(items[0]);
  const lastR = rangeOf(items[items.length - 1]);
  if (!firstR || !lastR) return undefined;
  // The dash sits before the first item's content on its line.
  const ls = lineStart(text, firstR[0]);
  const dash = text.slice(ls, firstR[0]).indexOf('-');
  if (dash === -1 || text.slice(ls, ls + dash).trim() !== '') return undefined;
  const pad = ' '.repeat(dash);
  const render = (list: unknown[]) => list.map((v) => {
    const lines = stringify([v], RENDER).replace(/\n$/, '').split('\n');
    return lines.map((l) => pad + l).join('\n') + '\n';
  }).join('');
  // Items kept in order (others removed) and new ones at the end: edit only those lines.
  const kept: number[] = [];
  let j = 0;
  for (let i = 0; i < old.length && j < value.length; i++) {
    if (sameData(old[i], value[j])) {
      kept.push(i);
      j++;
    }
  }
  if (kept.length === 0) return text.slice(0, ls) + render(value) + text.slice(afterLine(text, lastR[1]));
  let out = j < value.length ? insertAt(text, afterLine(text, lastR[1]), render(value.slice(j))) : text;
  // Remove dropped items from the last to the first so earlier offsets stay valid.
  for (let i = old.length - 1; i >= 0; i--) {
    if (kept.includes(i)) continue;
    const r = rangeOf(items[i]);
    if (!r) return undefined;
    const start = lineStart(out, r[0]);
    const next = i + 1 < items.length ? rangeOf(items[i + 1]) : undefined;
    const end = next ? lineStart(out, next[0]) : afterLine(out, r[1]);
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/** Removes a `key: value` entry of a block map, whole lines only. */
function spliceDelete(text: string, doc: Document.Parsed, p: YamlPath): string | undefined {
  const parent = p.length === 1 ? doc.contents : doc.getIn(p.slice(0, -1), true);
  if (!isMap(parent) || parent.flow) return undefined;
  const pair = findPair(parent, p[p.length - 1]);
  if (!pair) return text;
  if (parent.items.length === 1) return undefined;
  const kr = rangeOf(pair.key);
  if (!kr) return undefined;
  const ls = lineStart(text, kr[0]);
  if (text.slice(ls, kr[0]).trim() !== '') return undefined;
  const end = afterLine(text, (rangeOf(pair.value) ?? kr)[1]);
  return text.slice(0, ls) + text.slice(end);
}

/**
 * Edits the text so that `path` holds `value` (removed when undefined); undefined
 * when the change is not one that can be spliced. A block map set to an object is
 * edited key by key, so the notes and comments inside it stay.
 */
function trySplice(text: string, p: YamlPath, value: unknown): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  if (value === undefined) return spliceDelete(text, doc, p);
  const old = p.length ? doc.getIn(p, true) : doc.contents;
  if (old !== undefined && old !== null && sameData((old as { toJSON?: () => unknown }).toJSON?.() ?? doc.getIn(p), value)) return text;
  if (isMap(old) && !old.flow && isPlainObject(value)) {
    let t: string | undefined = text;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      t = trySplice(t, [...p, k], v);
      if (t === undefined) return undefined;
    }
    for (const item of old.items) {
      const k = isScalar(item.key) ? String(item.key.value) : undefined;
      if (k === undefined || Object.prototype.hasOwnProperty.call(value, k)) continue;
      t = trySplice(t, [...p, k], undefined);
      if (t === undefined) return undefined;
    }
    return t;
  }
  return spliceSet(text, doc, p, value);
}

function keyIndent(text: string, doc: Document.Parsed, p: YamlPath): number | undefined {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const seg of p) {
    if (!isMap(node)) return undefined;
    const pair = findPair(node, seg);
    if (!pair) return undefined;
    keyNode = pair.key;
    node = pair.value;
  }
  const r = rangeOf(keyNode);
  return r ? r[0] - lineStart(text, r[0]) : undefined;
}

/** Deep equality of parsed YAML data; the order of map keys does not matter, of list items it does. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData(a[k], b[k]));
  }
  return false;
}

function setWithDocument(text: string, p: YamlPath, value: unknown): Document.Parsed {
  const doc = parseDocument(text);
  if (value === undefined) {
    doc.deleteIn(p);
    return doc;
  }
  // Prefer changing a scalar in place: it keeps the comment written beside it.
  const old = doc.getIn(p, true) as Node | undefined;
  if (isScalar(old) && isScalarValue(value)) {
    old.value = value;
    return doc;
  }
  const fresh = doc.createNode(value, { flow: inlineValue(value) !== undefined && !isScalarValue(value) });
  if (old && typeof old === 'object') {
    fresh.comment = old.comment;
    fresh.commentBefore = old.commentBefore;
    fresh.spaceBefore = old.spaceBefore;
  }
  // A new entry in `answers: {}` should not stay on one flow line.
  if (p.length > 1) {
    const parent = doc.getIn(p.slice(0, -1), true);
    if (isMap(parent) && parent.flow && parent.items.length === 0) parent.flow = false;
  }
  doc.setIn(p, fresh);
  return doc;
}

/**
 * The profile text with `value` set at `path` (or the key removed when `value` is
 * undefined). Pure: text in, text out.
 */
export function setInYaml(text: string, p: YamlPath, value: unknown): string {
  const reference = setWithDocument(text, p, value);
  const spliced = trySplice(text, p, value);
  if (spliced !== undefined) {
    const check = parseDocument(spliced);
    if (check.errors.length === 0 && sameData(check.toJS(), reference.toJS())) return spliced;
  }
  return reference.toString(RENDER);
}

// ------------------------------------------------------------------ answers

/**
 * What to write for an answer. A plain answer stays plain (as people write them by
 * hand); a record keeps its note and answeredBy; don't-know and skipped are records
 * with the time they were given.
 */
export function answerEntry(existing: unknown, outcome: AnswerOutcome, now: Date): unknown {
  const prev: AnswerRecord | undefined = existing === undefined ? undefined : normaliseAnswer(existing);
  const isRecord = isPlainObject(existing);
  const keep: AnswerRecord = {};
  if (isRecord && prev?.note !== undefined) keep.note = prev.note;
  if (isRecord && prev?.answeredBy !== undefined) keep.answeredBy = prev.answeredBy;
  const at = now.toISOString();
  if (outcome.kind === 'answer') {
    if (!isRecord) return outcome.value;
    return { value: outcome.value, ...keep, answeredAt: at };
  }
  return { status: outcome.kind === 'dont-know' ? 'dont-know' : 'skipped', ...keep, answeredAt: at };
}

// ------------------------------------------------------------------ the store

/** A save refused or failed: the message in English, and as a catalogue message for the reader's language. */
export class StoreError extends Error {
  readonly reason: Message;
  constructor(id: MessageId, values: MessageValues) {
    const r = reason(id, values);
    super(r.message);
    this.reason = r.reason;
    this.name = 'StoreError';
  }
}

const NEW_PROFILE_HEADER = `# yaml-language-server: $schema=./node_modules/service-readiness/schemas/profile.schema.json
#
# Organisation profile, started by \`readiness interview\`. Every answer is saved here
# as it is given; edit freely (comments and order are kept), then
# \`readiness validate\` and \`readiness audit -p\` this file.
`;

/**
 * The profile file as the interview's memory. Reads the file again before every
 * change, so an edit made by hand during the interview is not lost, and writes the
 * whole file atomically after every change.
 */
export class ProfileStore {
  private text: string;
  /** Whether the file exists on disk (a new profile is written once it is valid). */
  private onDisk: boolean;
  private parsed?: { text: string; data: Partial<Profile> };

  private constructor(readonly file: string, text: string, onDisk: boolean) {
    this.text = text;
    this.onDisk = onDisk;
  }

  /** Opens an existing profile (already validated by the caller), or starts a new one. */
  static open(file: string): ProfileStore {
    if (existsSync(file)) return new ProfileStore(file, readFileSync(file, 'utf8'), true);
    return new ProfileStore(file, NEW_PROFILE_HEADER, false);
  }

  get exists(): boolean {
    return this.onDisk;
  }

  /** The profile as data (possibly incomplete while a new one is being started). */
  get profile(): Profile {
    // Parsed once per text: a front end reads the profile several times per step. A
    // copy is handed out each time, so no caller can change the cached one.
    if (this.parsed?.text !== this.text) {
      const data = (parseDocument(this.text).toJS() ?? {}) as Partial<Profile>;
      this.parsed = { text: this.text, data };
    }
    const data = structuredClone(this.parsed.data);
    return { ...data, organisation: { ...(data.organisation ?? {}) } as Profile['organisation'], file: this.file } as Profile;
  }

  get raw(): string {
    return this.text;
  }

  /** Sets (or, with undefined, removes) the value at a path and saves. */
  set(p: YamlPath, value: unknown): void {
    this.refresh();
    this.commit(setInYaml(this.text, p, value));
  }

  /** Several changes saved together, in one write. */
  setMany(changes: { path: YamlPath; value: unknown }[]): void {
    this.refresh();
    let text = this.text;
    for (const c of changes) text = setInYaml(text, c.path, c.value);
    this.commit(text);
  }

  answer(id: string, outcome: AnswerOutcome, now = new Date()): void {
    this.refresh();
    const existing = (this.profile.answers ?? {})[id];
    this.commit(setInYaml(this.text, ['answers', id], answerEntry(existing, outcome, now)));
  }

  /**
   * Reads the file again when it changed on disk since this store last read or wrote
   * it (another process, an editor); true when it did. A file that is no longer valid
   * YAML is left alone here: the next save reports it.
   */
  reload(): boolean {
    if (!this.onDisk) return false;
    let current: string;
    try {
      current = readFileSync(this.file, 'utf8');
    } catch {
      return false;
    }
    if (current === this.text || parseDocument(current).errors.length) return false;
    this.text = current;
    return true;
  }

  private refresh(): void {
    if (!this.onDisk) return;
    let current: string;
    try {
      current = readFileSync(this.file, 'utf8');
    } catch (err) {
      throw new StoreError('interview.store.cannotRead', { file: this.file, reason: (err as Error).message });
    }
    if (current === this.text) return;
    if (parseDocument(current).errors.length) {
      throw new StoreError('interview.store.notYaml', { file: this.file });
    }
    this.text = current;
  }

  private commit(text: string): void {
    const src = parseYamlText(this.file, text);
    const problems = src.problems.length ? src.problems : validateAgainst('profile', src);
    if (problems.length) {
      if (!this.onDisk) {
        // A new profile is held in memory until its required facts are known.
        this.text = text;
        return;
      }
      throw new StoreError('interview.store.invalid', { file: this.file, reason: problems[0].message });
    }
    try {
      atomicWrite(this.file, text);
    } catch (err) {
      throw new StoreError('interview.store.cannotSave', { file: this.file, reason: (err as Error).message });
    }
    this.text = text;
    this.onDisk = true;
  }
}
