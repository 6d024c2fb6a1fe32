/**
 * The profile as the interview's store: edits keep the person's text (comments,
 * order, alignment, folded notes), every write is atomic, and nothing invalid is
 * ever written over a good profile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { atomicWrite, answerEntry, inlineValue, ProfileStore, sameData, setInYaml, type AnswerOutcome } from '../../src/interview/store.js';
import { scratch } from '../helpers/cli.js';

const PROFILE = `# Demo profile — this comment must survive
organisation:
  name: Demo S.A.S.        # trading name
  country: CO
  businessModel: b2c
channels:
  - type: phone
    value: "+57 601 555 0000"   # main line
    note: >-
      A long note folded over two lines that a rewrite of the whole file would
      unfold into one.
  - type: email
answers: {}   # filled in by the interview
# closing comment
`;

const WITH_ANSWERS = `organisation: { name: Demo, country: CO, businessModel: b2c }
answers:
  # Channels
  mini.phone-people: yes-ish      # aligned comment
  mini.chat-model:
    value: advisor
    note: "asked the manager"
    answeredBy: Ana
    answeredAt: "2026-09-08"
  mini.indicators: [ces]
waivers: []
`;

interface EditCase {
  name: string;
  text: string;
  path: (string | number)[];
  value: unknown;
  /** The exact lines expected to change: removed and added, in order. */
  removed: string[];
  added: string[];
}

/** Lines removed and added between two texts (they differ in one region). */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return { removed: x.slice(i, x.length - j), added: y.slice(i, y.length - j) };
}

const AT = '2026-10-01T10:00:00.000Z';

const cases: EditCase[] = [
  {
    name: 'the first answer turns `answers: {}` into a block map; its comment stays on the key line',
    text: PROFILE, path: ['answers', 'mini.phone-people'], value: true,
    removed: ['answers: {}   # filled in by the interview'],
    added: ['answers: # filled in by the interview', '  mini.phone-people: true'],
  },
  {
    name: 'a new answer goes after the last one, nothing else moves',
    text: WITH_ANSWERS, path: ['answers', 'mini.email-time'], value: '45m',
    removed: [], added: ['  mini.email-time: 45m'],
  },
  {
    name: 'changing a plain answer keeps its aligned comment',
    text: WITH_ANSWERS, path: ['answers', 'mini.phone-people'], value: false,
    removed: ['  mini.phone-people: yes-ish      # aligned comment'], added: ['  mini.phone-people: false      # aligned comment'],
  },
  {
    name: 'a list answer is written on one line',
    text: WITH_ANSWERS, path: ['answers', 'mini.indicators'], value: ['ces', 'nps'],
    removed: ['  mini.indicators: [ces]'], added: ['  mini.indicators: [ces, nps]'],
  },
  {
    name: 'a record keeps its note and author; only value and time change',
    text: WITH_ANSWERS, path: ['answers', 'mini.chat-model'], value: { value: 'bot-only', note: 'asked the manager', answeredBy: 'Ana', answeredAt: AT },
    removed: ['    value: advisor', '    note: "asked the manager"', '    answeredBy: Ana', '    answeredAt: "2026-09-08"'],
    added: ['    value: bot-only', '    note: "asked the manager"', '    answeredBy: Ana', `    answeredAt: "${AT}"`],
  },
  {
    name: "don't know replaces a plain answer with a one-line record",
    text: WITH_ANSWERS, path: ['answers', 'mini.phone-people'], value: { status: 'dont-know', answeredAt: AT },
    removed: ['  mini.phone-people: yes-ish      # aligned comment'],
    added: [`  mini.phone-people: { status: dont-know, answeredAt: "${AT}" }      # aligned comment`],
  },
  {
    name: 'no answers key yet: one is added at the end of the file',
    text: 'organisation:\n  name: Demo\n  country: CO\n  businessModel: b2c\n', path: ['answers', 'mini.chat-model'], value: 'advisor',
    removed: [], added: ['answers:', '  mini.chat-model: advisor'],
  },
  {
    name: 'a new channel is appended to the list, the others untouched',
    text: PROFILE, path: ['channels'], value: [
      { type: 'phone', value: '+57 601 555 0000', note: 'A long note folded over two lines that a rewrite of the whole file would unfold into one.' },
      { type: 'email' }, { type: 'whatsapp' }],
    removed: [], added: ['  - type: whatsapp'],
  },
  {
    name: 'an unchosen channel is removed, the others untouched',
    text: PROFILE, path: ['channels'], value: [{ type: 'email' }],
    removed: ['  - type: phone', '    value: "+57 601 555 0000"   # main line', '    note: >-',
      '      A long note folded over two lines that a rewrite of the whole file would', '      unfold into one.'],
    added: [],
  },
  {
    name: 'a fact is set inside the organisation map',
    text: PROFILE, path: ['organisation', 'serviceModel'], value: 'MOD-2',
    removed: [], added: ['  serviceModel: MOD-2'],
  },
];

describe('setInYaml', () => {
  it.each(cases)('$name', ({ text, path: p, value, removed, added }) => {
    const out = setInYaml(text, p, value);
    expect(lineDiff(text, out)).toEqual({ removed, added });
    // Whatever the text, the data is what the Document API would make of it.
    const expected = parse(text) ?? {};
    let node = expected as Record<string, unknown>;
    for (const seg of p.slice(0, -1)) node = (node[seg as string] ??= {}) as Record<string, unknown>;
    node[p[p.length - 1] as string] = value;
    expect(sameData(parse(out), expected)).toBe(true);
  });

  it('falls back to the Document API when a splice does not fit, still keeping comments', () => {
    const text = 'organisation: { name: Demo, country: CO, businessModel: b2c }  # one line\nanswers: { a.b: 1 }\n';
    const out = setInYaml(text, ['answers', 'c.d'], 2);
    expect(parse(out)).toEqual({ organisation: { name: 'Demo', country: 'CO', businessModel: 'b2c' }, answers: { 'a.b': 1, 'c.d': 2 } });
    expect(out).toContain('# one line');
  });

  it('starts a new file below its header comment', () => {
    let text = '# header\n';
    text = setInYaml(text, ['organisation', 'name'], 'Acme');
    text = setInYaml(text, ['organisation', 'businessModel'], ['b2b', 'b2c']);
    expect(text).toBe('# header\n\norganisation:\n  name: Acme\n  businessModel: [b2b, b2c]\n');
  });

  it.each<[unknown, string | undefined]>([
    [true, 'true'], ['45m', '45m'], ['2026-09-08', '"2026-09-08"'], ['yes', '"yes"'], [['a', 'b'], '[a, b]'],
    [{ status: 'skipped' }, '{ status: skipped }'], ['two\nlines', undefined], [[{ type: 'web' }], undefined],
  ])('inlineValue(%j) → %s', (v, s) => {
    expect(inlineValue(v)).toBe(s);
  });
});

describe('answerEntry', () => {
  const now = new Date(AT);
  it.each<[string, unknown, AnswerOutcome, unknown]>([
    ['a plain answer stays plain', undefined, { kind: 'answer', value: 'advisor' }, 'advisor'],
    ['replacing a plain answer', 'bot-only', { kind: 'answer', value: ['ces'] }, ['ces']],
    ["don't know is a record with the time", undefined, { kind: 'dont-know' }, { status: 'dont-know', answeredAt: AT }],
    ['skip is a record with the time', 'advisor', { kind: 'skip' }, { status: 'skipped', answeredAt: AT }],
    ['a record keeps note and author', { value: 'a', note: 'n', answeredBy: 'Ana', answeredAt: 'x' }, { kind: 'answer', value: 'b' }, { value: 'b', note: 'n', answeredBy: 'Ana', answeredAt: AT }],
    ['answering after don\'t know drops the status', { status: 'dont-know', note: 'n' }, { kind: 'answer', value: true }, { value: true, note: 'n', answeredAt: AT }],
    ["don't know keeps the note, drops the value", { value: 'a', note: 'n' }, { kind: 'dont-know' }, { status: 'dont-know', note: 'n', answeredAt: AT }],
  ])('%s', (_name, existing, outcome, expected) => {
    expect(answerEntry(existing, outcome, now)).toEqual(expected);
  });
});

describe('atomicWrite', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tmpFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('replaces the file, keeps its permissions and leaves no temporary file', () => {
    const dir = scratch({ 'p.yaml': 'old\n' });
    dirs.push(dir);
    const file = path.join(dir, 'p.yaml');
    chmodSync(file, 0o600);
    atomicWrite(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('a failed write leaves the old file and no temporary file', () => {
    const dir = scratch({ 'p.yaml/inside': 'x' });
    dirs.push(dir);
    // The target is a non-empty folder: the rename fails after the temporary file was written.
    expect(() => atomicWrite(path.join(dir, 'p.yaml'), 'new\n')).toThrow();
    expect(readFileSync(path.join(dir, 'p.yaml', 'inside'), 'utf8')).toBe('x');
    expect(tmpFiles(dir)).toEqual([]);
  });
});

describe('ProfileStore', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('writes every answer at once, keeping the comments', () => {
    const dir = scratch({ 'p.yaml': PROFILE });
    dirs.push(dir);
    const file = path.join(dir, 'p.yaml');
    const store = ProfileStore.open(file);
    store.answer('mini.phone-people', { kind: 'answer', value: true });
    expect(parse(readFileSync(file, 'utf8')).answers).toEqual({ 'mini.phone-people': true });
    store.answer('mini.chat-model', { kind: 'dont-know' }, new Date(AT));
    const text = readFileSync(file, 'utf8');
    expect(parse(text).answers['mini.chat-model']).toEqual({ status: 'dont-know', answeredAt: AT });
    for (const comment of ['# Demo profile — this comment must survive', '# trading name', '# main line', '# closing comment']) expect(text).toContain(comment);
  });

  it('keeps an edit made by hand during the interview', () => {
    const dir = scratch({ 'p.yaml': PROFILE });
    dirs.push(dir);
    const file = path.join(dir, 'p.yaml');
    const store = ProfileStore.open(file);
    writeFileSync(file, PROFILE.replace('country: CO', 'country: MX'));
    store.answer('mini.phone-people', { kind: 'answer', value: true });
    expect(parse(readFileSync(file, 'utf8')).organisation.country).toBe('MX');
  });

  it('never writes an invalid profile over a valid one', () => {
    const dir = scratch({ 'p.yaml': PROFILE });
    dirs.push(dir);
    const file = path.join(dir, 'p.yaml');
    const store = ProfileStore.open(file);
    expect(() => store.set(['organisation', 'country'], 'Colombia')).toThrow(/refusing to write an invalid profile/);
    expect(readFileSync(file, 'utf8')).toBe(PROFILE);
  });

  it('holds a new profile in memory until its required facts are known', () => {
    const dir = scratch();
    dirs.push(dir);
    const file = path.join(dir, 'new.yaml');
    const store = ProfileStore.open(file);
    store.set(['organisation', 'name'], 'Acme');
    store.set(['organisation', 'businessModel'], 'b2b');
    expect(existsSync(file)).toBe(false);
    store.set(['organisation', 'country'], 'CO');
    expect(parse(readFileSync(file, 'utf8'))).toEqual({ organisation: { name: 'Acme', businessModel: 'b2b', country: 'CO' } });
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server/);
  });
});
