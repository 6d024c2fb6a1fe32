/**
 * The interview through the real, built CLI in a real pseudo-terminal (tmux): every
 * kind of question, going back, asking why, "don't know" and "skip", a typed answer
 * of the wrong shape, and walking through given answers with --review.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readProfile } from '../../src/profile/load.js';
import { loadChecklists } from '../../src/checklists/load.js';
import { ARGS, MINI_CHECKLIST, PROFILE, Terminal, closeAll, workspace } from './terminal.js';

const open: Terminal[] = [];
const dirs: string[] = [];
function terminal(dir: string): Terminal {
  const t = new Terminal(dir);
  open.push(t);
  return t;
}
function ws(profile?: string | null): string {
  const d = workspace(profile);
  dirs.push(d);
  return d;
}
const answersIn = (dir: string) => parse(readFileSync(path.join(dir, 'profile.yaml'), 'utf8')).answers;

afterEach(() => {
  for (const t of open.splice(0)) t.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(closeAll);

describe('readiness interview in a terminal', { timeout: 20_000 }, () => {
  it('asks a small checklist through, re-asks a typed answer of the wrong shape, and keeps the comments', async () => {
    const dir = ws();
    const t = terminal(dir).start([...ARGS, '--area', 'mini']);

    let screen = await t.asked('Are phone calls answered by people?');
    expect(screen).toContain('Mini area — question 1 of 4; 9 of 12 overall');
    t.keys('Enter');
    await t.asked('Who answers the chat first?');
    t.keys('Down', 'Enter');
    await t.asked('Which indicators are measured?');
    t.keys('Space', 'Down', 'Space', 'Enter');
    screen = await t.asked('How long does a first e-mail reply usually take?');
    expect(screen).toContain('Mini area — question 4 of 4; 12 of 12 overall');
    t.type('2 hours').keys('Enter');
    await t.waitFor(/expected a duration such as 30m, 4h or 2d, got "2 hours"/);
    // Nothing is written for a refused answer.
    expect(answersIn(dir)['mini.email-time']).toBeUndefined();
    t.keys('C-u').type('45m').keys('Enter');

    screen = await t.waitFor(/Next, score the profile:\s+readiness audit -p profile\.yaml -c cfg\.yaml/);
    expect(screen).toMatch(/Mini area\s+4\s+0\s+0\s+0/);
    expect(screen).toContain('1 question does not apply to this organisation.');
    expect(await t.exitCode()).toBe(0);

    const text = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    expect(parse(text).answers).toEqual({
      'mini.phone-people': true,
      'mini.chat-model': 'bot-handover',
      'mini.indicators': ['ces', 'nps'],
      'mini.email-time': '45m',
    });
    // Only the answers changed: every other line of the file is as it was.
    const before = PROFILE.split('\n').filter((l) => !l.startsWith('answers:'));
    expect(before.every((l) => text.split('\n').includes(l))).toBe(true);
    expect(text).toContain('answers: # filled in by the interview');
    expect(readProfile(path.join(dir, 'profile.yaml'), loadChecklists([MINI_CHECKLIST])).problems).toEqual([]);
  });

  it('goes back, explains why, and records "don\'t know" and "skip" as such, never as "no"', async () => {
    const dir = ws();
    const t = terminal(dir).start([...ARGS, '--area', 'mini']);

    await t.asked('Are phone calls answered by people?');
    t.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // ? Why is this asked?
    await t.waitFor(/Why: Customers want a person when something goes wrong\.\n\s+Basis: HT-3/);
    await t.asked('Are phone calls answered by people?');
    t.keys('Enter'); // Yes
    await t.asked('Who answers the chat first?');
    t.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // ← Back
    await t.waitFor(/\(current answer: yes\)\n\? Are phone calls answered by people\?/);
    t.keys('Down', 'Enter'); // change to No
    await t.asked('Who answers the chat first?');
    t.keys('Down', 'Down', 'Down', 'Enter'); // Don't know
    await t.asked('Which indicators are measured?');
    t.keys('Down', 'Down', 'Down', 'Down', 'Space', 'Enter'); // tick "Skip this question"
    await t.asked('How long does a first e-mail reply usually take?');
    t.type('dk').keys('Enter');

    const screen = await t.waitFor(/Next, score the profile:/);
    expect(screen).toMatch(/Mini area\s+1\s+2\s+1\s+0/);
    expect(await t.exitCode()).toBe(0);
    const answers = answersIn(dir);
    expect(answers['mini.phone-people']).toBe(false);
    expect(answers['mini.chat-model']).toMatchObject({ status: 'dont-know' });
    expect(answers['mini.indicators']).toMatchObject({ status: 'skipped' });
    expect(answers['mini.email-time']).toMatchObject({ status: 'dont-know' });
    for (const id of ['mini.chat-model', 'mini.indicators', 'mini.email-time']) {
      expect(answers[id].value).toBeUndefined();
      expect(Number.isNaN(Date.parse(answers[id].answeredAt))).toBe(false);
    }
  });

  it('--review walks through the given answers with each one as the default', async () => {
    const done = PROFILE.replace('answers: {}   # filled in by the interview', [
      'answers:',
      '  mini.phone-people: true',
      '  mini.chat-model: advisor     # asked the manager',
      '  mini.indicators: [ces]',
      '  mini.email-time: 2h',
    ].join('\n'));
    const dir = ws(done);
    const t = terminal(dir).start([...ARGS, '--area', 'mini', '--review']);

    let screen = await t.asked('Are phone calls answered by people?');
    expect(screen).toContain('(current answer: yes)');
    expect(screen).toContain('Mini area — question 1 of 4; 1 of 4 overall');
    t.keys('Enter'); // keep
    screen = await t.asked('Who answers the chat first?');
    expect(screen).toContain('(current answer: An advisor)');
    t.keys('Down', 'Down', 'Enter'); // the cursor starts on the current answer: two down is "Only a bot"
    await t.asked('Which indicators are measured?');
    t.keys('C-c');
    await t.waitFor(/Resume with:\s+readiness interview -p profile\.yaml -c cfg\.yaml --area mini --review/);
    expect(await t.exitCode()).toBe(130);

    const text = readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
    expect(parse(text).answers).toEqual({ 'mini.phone-people': true, 'mini.chat-model': 'bot-only', 'mini.indicators': ['ces'], 'mini.email-time': '2h' });
    expect(text).toContain('  mini.chat-model: bot-only     # asked the manager');
  });
});
