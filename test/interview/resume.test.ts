/**
 * An interview never loses an answer: Ctrl-C and SIGKILL between answers leave
 * every given answer on disk and the same command resumes at the first unanswered
 * question; a bad profile is reported before anything is asked and never
 * overwritten; a missing one is started from the organisation facts; without a
 * terminal the command refuses and says how to answer in the file instead.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readProfile } from '../../src/profile/load.js';
import { loadChecklists } from '../../src/checklists/load.js';
import { cli } from '../helpers/cli.js';
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
const profileText = (dir: string) => readFileSync(path.join(dir, 'profile.yaml'), 'utf8');

afterEach(() => {
  for (const t of open.splice(0)) t.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(closeAll);

describe('resuming an interview', { timeout: 20_000 }, () => {
  it('Ctrl-C keeps every answer, prints the command to resume, exits 130; that command resumes', async () => {
    const dir = ws();
    const first = terminal(dir).start([...ARGS, '--area', 'mini']);
    await first.asked('Are phone calls answered by people?');
    first.keys('Enter');
    await first.asked('Who answers the chat first?');
    first.keys('Down', 'Down', 'Enter');
    await first.asked('Which indicators are measured?');
    first.keys('C-c');
    await first.waitFor(/Interrupted\. Every answer given so far is saved in profile\.yaml\.\nResume with:\s+readiness interview -p profile\.yaml -c cfg\.yaml --area mini\n/);
    expect(await first.exitCode()).toBe(130);
    expect(parse(profileText(dir)).answers).toEqual({ 'mini.phone-people': true, 'mini.chat-model': 'bot-only' });

    const again = terminal(dir).start([...ARGS, '--area', 'mini']);
    const screen = await again.asked('Which indicators are measured?');
    expect(screen).toContain('Mini area — question 3 of 4');
    expect(screen).not.toContain('Are phone calls answered by people?');
    again.keys('Space', 'Enter');
    await again.asked('How long does a first e-mail reply usually take?');
    again.type('30m').keys('Enter');
    await again.waitFor(/Next, score the profile:/);
    expect(await again.exitCode()).toBe(0);
    expect(parse(profileText(dir)).answers).toEqual({
      'mini.phone-people': true, 'mini.chat-model': 'bot-only', 'mini.indicators': ['ces'], 'mini.email-time': '30m',
    });
  });

  it('after SIGKILL between answers, every answer given is on disk, the file is whole, and the next run resumes', async () => {
    const dir = ws();
    const t = terminal(dir).start([...ARGS, '--area', 'mini']);
    await t.asked('Are phone calls answered by people?');
    t.keys('Down', 'Enter');
    await t.asked('Who answers the chat first?');
    t.keys('Enter');
    await t.asked('Which indicators are measured?');
    process.kill(t.cliPid(), 'SIGKILL');
    expect(await t.exitCode()).toBe(137);

    const file = path.join(dir, 'profile.yaml');
    const r = readProfile(file, loadChecklists([MINI_CHECKLIST]));
    expect(r.problems).toEqual([]);
    expect(r.profile!.answers).toEqual({ 'mini.phone-people': false, 'mini.chat-model': 'advisor' });
    expect(profileText(dir)).toContain('# Demo profile — this comment must survive');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = terminal(dir).start([...ARGS, '--area', 'mini']);
    const screen = await again.asked('Which indicators are measured?');
    expect(screen).toContain('Mini area — question 3 of 4');
  });

  it('reports an invalid profile with file, line and column before any question, and leaves it as it was', async () => {
    const bad = PROFILE.replace('answers: {}   # filled in by the interview', 'answers:\n  mini.chat-model: maybe');
    const dir = ws(bad);
    const line = bad.split('\n').findIndex((l) => l.includes('maybe')) + 1;
    const column = bad.split('\n')[line - 1].indexOf('maybe') + 1;
    const t = terminal(dir).start([...ARGS]);
    expect(await t.exitCode()).toBe(2);
    const screen = t.screen();
    expect(screen).toContain(`profile.yaml:${line}:${column}: error: answer to \`mini.chat-model\`: expected one of advisor, bot-handover, bot-only, got "maybe"`);
    expect(screen).toMatch(/invalid profile profile\.yaml; it was not changed/);
    expect(screen).not.toMatch(/^\? /m);
    expect(profileText(dir)).toBe(bad);
  });

  it('starts a missing profile from the organisation facts; a declared channel brings its question in', async () => {
    const dir = ws(null);
    const t = terminal(dir).start([...ARGS]);
    let screen = await t.asked('What is the organisation called?');
    expect(screen).toContain('No profile at profile.yaml yet');
    t.type('Acme Ltda').keys('Enter');
    await t.asked('Whom does the organisation serve?');
    t.keys('Down', 'Space', 'Enter'); // Consumers (B2C)
    await t.asked('Which online customer-service model does it follow?');
    t.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // Skip: left open
    await t.waitFor(/Left open; it will be asked again next time\./);
    await t.asked('Country (ISO code, e.g. CO, MX, ES)?');
    expect(existsSync(path.join(dir, 'profile.yaml'))).toBe(false); // not valid yet: nothing written
    t.type('co').keys('Enter');
    await t.asked('Which service channels does the organisation offer customers?');
    expect(parse(profileText(dir)).organisation).toEqual({ name: 'Acme Ltda', businessModel: 'b2c', country: 'CO' });
    t.keys('Space', 'Down', 'Down', 'Down', 'Down', 'Down', 'Space', 'Enter'); // Website and WhatsApp
    await t.asked('Does it serve customers at physical locations (shops, branches, counters)?');
    t.keys('Down', 'Enter'); // No
    await t.asked('Target time to a first answer on e-mail and web requests');
    t.type('soon').keys('Enter');
    await t.waitFor(/expected a duration such as 4h or 2d, got "soon"/);
    t.keys('C-u');
    t.type('4h').keys('Enter');
    await t.asked('Target time to resolve a request or claim');
    t.type('5d').keys('Enter');
    screen = await t.asked('Are phone calls answered by people?');
    // WhatsApp was declared, so its question applies: five in the area.
    expect(screen).toContain('Mini area — question 1 of 5');
    t.keys('C-c');
    expect(await t.exitCode()).toBe(130);

    const data = parse(profileText(dir));
    expect(data).toEqual({
      organisation: { name: 'Acme Ltda', businessModel: 'b2c', country: 'CO' },
      channels: [{ type: 'web' }, { type: 'whatsapp' }],
      locations: [],
      targets: { firstResponse: '4h', resolution: '5d' },
    });
    expect(readProfile(path.join(dir, 'profile.yaml'), loadChecklists([MINI_CHECKLIST])).problems).toEqual([]);
  });

  it('without a terminal, refuses with exit 2 and says how to answer in the file instead', () => {
    const dir = ws();
    const r = cli(['interview', ...ARGS], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the interview needs an interactive terminal');
    expect(r.stderr).toContain('`readiness checklists <area>`');
    expect(r.stderr).toContain('`readiness validate profile.yaml`');
    expect(r.stdout).toBe('');
    expect(profileText(dir)).toBe(PROFILE);
  });
});
