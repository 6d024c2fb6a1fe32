/**
 * The interview as a web page, through the real, built CLI (`readiness interview
 * --web` as a child process) and a real Chromium: a whole interview by keyboard
 * alone, back, why, "don't know" and "skip"; the server killed between answers with
 * every answer on disk and the page resuming; an answer given while the server is
 * down sent once it is back; two tabs on one profile; Spanish; and Lighthouse's
 * accessibility audit of the page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'puppeteer-core';
import { launchBrowser, type BrowserHandle } from '../../src/probes/browser.js';
import { readProfile } from '../../src/profile/load.js';
import { loadChecklists } from '../../src/checklists/load.js';
import { LOCALES } from '../../src/i18n/index.js';
import { ARGS, MINI_CHECKLIST, PROFILE, Terminal, closeAll, workspace } from './terminal.js';
import { WebCli, pick, press, shown, textOf, waitText } from './web.js';

let browser: BrowserHandle;
const running: WebCli[] = [];
const dirs: string[] = [];
const pages: Page[] = [];

function ws(profile?: string | null): string {
  const d = workspace(profile);
  dirs.push(d);
  return d;
}
function web(dir: string, args: string[] = []): WebCli {
  const w = new WebCli(dir, [...ARGS, ...args]);
  running.push(w);
  return w;
}
async function open(url: string): Promise<Page> {
  const page = await browser.browser.newPage();
  pages.push(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}
const profileText = (dir: string) => readFileSync(path.join(dir, 'profile.yaml'), 'utf8');
const answersIn = (dir: string) => parse(profileText(dir)).answers ?? {};

/** Waits until the profile on disk holds `id` (answers are written before the page moves on; this is belt and braces). */
async function onDisk(dir: string, id: string, timeout = 5000): Promise<unknown> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const a = answersIn(dir);
    if (a[id] !== undefined) return a[id];
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`${id} never reached the profile:\n${profileText(dir)}`);
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => undefined);
  for (const w of running.splice(0)) {
    w.kill('SIGKILL');
    await w.exited;
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(async () => {
  await browser?.close();
  closeAll();
});

describe('readiness interview --web', { timeout: 60_000 }, () => {
  it('runs a whole area by keyboard alone: visible focus, a typed answer refused with the reason, the summary; comments kept', async () => {
    const dir = ws();
    const cli = web(dir, ['--area', 'mini']);
    const url = await cli.url();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await open(url);

    await shown(page, 'Are phone calls answered by people?');
    expect(await textOf(page, '#progress')).toBe('Mini area — question 1 of 4; 9 of 12 overall');
    expect(await page.$$eval('#areas button', (b) => b.map((x) => x.textContent))).toEqual([
      'Organisation8 of 8 answered · complete', 'Mini area0 of 4 answered',
    ]);
    expect(await page.$eval('#areas button[aria-current="step"] .name', (e) => e.textContent)).toBe('Mini area');

    // The skip link, then into the question: Tab reaches the options, Space picks, Tab to the button, Enter saves.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the question');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Yes');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement;
      const s = getComputedStyle(e);
      return { text: e.textContent, outline: `${s.outlineStyle} ${s.outlineWidth}` };
    });
    expect(focus).toEqual({ text: 'Save and continue', outline: 'solid 3px' });
    await page.keyboard.press('Enter');

    await shown(page, 'Who answers the chat first?');
    expect(await onDisk(dir, 'mini.phone-people')).toBe(true);
    await waitText(page, '#status', /Saved in profile\.yaml at /);
    // Focus moved to the new question: the next Tab is its first option; arrows move the choice.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('prompt');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await shown(page, 'Which indicators are measured?');
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Tab'); // None of these
    await page.keyboard.press('Tab'); // Save and continue
    await page.keyboard.press('Enter');

    await shown(page, 'How long does a first e-mail reply usually take? (e.g. 30m, 4h, 2d)');
    expect(await textOf(page, '#progress')).toBe('Mini area — question 4 of 4; 12 of 12 overall');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    await page.keyboard.type('2 hours');
    await page.keyboard.press('Enter');
    expect(await waitText(page, '#error', /./)).toBe('expected a duration such as 30m, 4h or 2d, got "2 hours"');
    expect(await page.evaluate(() => [document.activeElement?.id, document.activeElement?.getAttribute('aria-invalid')])).toEqual(['answer', 'true']);
    expect(answersIn(dir)['mini.email-time']).toBeUndefined();
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('45m');
    await page.keyboard.press('Enter');

    await shown(page, 'Every applicable question is answered.');
    expect(await page.$$eval('table.summary tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)))).toEqual([['Mini area', '4', '0', '0', '0']]);
    expect(await textOf(page, 'pre')).toBe('readiness audit -p profile.yaml -c cfg.yaml');
    expect(await textOf(page, 'main')).toContain('1 question does not apply to this organisation.');

    const text = profileText(dir);
    expect(parse(text).answers).toEqual({ 'mini.phone-people': true, 'mini.chat-model': 'bot-handover', 'mini.indicators': ['ces', 'nps'], 'mini.email-time': '45m' });
    const before = PROFILE.split('\n').filter((l) => !l.startsWith('answers:'));
    expect(before.every((l) => text.split('\n').includes(l))).toBe(true);
    expect(text).toContain('answers: # filled in by the interview');
    expect(readProfile(path.join(dir, 'profile.yaml'), loadChecklists([MINI_CHECKLIST])).problems).toEqual([]);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('explains why, goes back to change an answer, and records "don\'t know" and "skip" as such', async () => {
    const dir = ws();
    const page = await open(await web(dir, ['--area', 'mini']).url());

    await shown(page, 'Are phone calls answered by people?');
    expect(await textOf(page, '#why')).toBe('');
    await press(page, 'Why is this asked?');
    expect(await textOf(page, '#why')).toBe('Why this is askedCustomers want a person when something goes wrong.Basis: HT-3Check mini.phone-people: People answer the phone');
    expect(await page.$eval('#why-button', (b) => b.getAttribute('aria-expanded'))).toBe('true');
    await pick(page, 'Yes');
    await press(page, 'Save and continue');

    await shown(page, 'Who answers the chat first?');
    await press(page, 'Back');
    await shown(page, 'Are phone calls answered by people?');
    expect(await textOf(page, '#current')).toBe('Current answer: yes');
    expect(await page.$eval('#opt-0', (i) => (i as HTMLInputElement).checked)).toBe(true);
    await pick(page, 'No');
    await press(page, 'Save and continue');

    await shown(page, 'Who answers the chat first?');
    await press(page, "Don't know");
    await shown(page, 'Which indicators are measured?');
    await press(page, 'Skip');
    await shown(page, 'How long does a first e-mail reply usually take? (e.g. 30m, 4h, 2d)');
    await press(page, "Don't know");

    await shown(page, 'Every applicable question is answered.');
    expect(await page.$$eval('table.summary tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)))).toEqual([['Mini area', '1', '2', '1', '0']]);
    const answers = answersIn(dir);
    expect(answers['mini.phone-people']).toBe(false);
    expect(answers['mini.chat-model']).toMatchObject({ status: 'dont-know' });
    expect(answers['mini.indicators']).toMatchObject({ status: 'skipped' });
    expect(answers['mini.email-time']).toMatchObject({ status: 'dont-know' });
    for (const id of ['mini.chat-model', 'mini.indicators', 'mini.email-time']) {
      expect(answers[id].value).toBeUndefined();
      expect(Number.isNaN(Date.parse(answers[id].answeredAt))).toBe(false);
    }

    // Reviewing from the index: a recorded "don't know" shows with its date, in the page's locale.
    await page.click('#areas button[data-area="mini"]');
    await shown(page, 'Are phone calls answered by people?');
    await press(page, 'Save and continue');
    await shown(page, 'Who answers the chat first?');
    const line = await textOf(page, '#current');
    const date = await page.evaluate((at, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)), answers['mini.chat-model'].answeredAt, LOCALES.en);
    expect(line).toBe(`Current answer: don't know (given ${date})`);
  });

  it('loses nothing when the server is killed between answers; an answer given while it is down is sent once it is back; a new tab resumes', async () => {
    const dir = ws();
    const first = web(dir, ['--area', 'mini']);
    const url = await first.url();
    const port = new URL(url).port;
    const page = await open(url);
    await shown(page, 'Are phone calls answered by people?');
    await pick(page, 'No');
    await press(page, 'Save and continue');
    await shown(page, 'Who answers the chat first?');
    await pick(page, 'An advisor');
    await press(page, 'Save and continue');
    await shown(page, 'Which indicators are measured?');

    first.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const r = readProfile(path.join(dir, 'profile.yaml'), loadChecklists([MINI_CHECKLIST]));
    expect(r.problems).toEqual([]);
    expect(r.profile!.answers).toEqual({ 'mini.phone-people': false, 'mini.chat-model': 'advisor' });
    expect(profileText(dir)).toContain('# Demo profile — this comment must survive');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // The server is gone: the answer stays on the page and is sent again…
    await pick(page, 'Customer effort (CES)');
    await press(page, 'Save and continue');
    await waitText(page, '#status', /Not saved yet: the interview server cannot be reached/);
    expect(await textOf(page, '#prompt')).toBe('Which indicators are measured?');
    expect(answersIn(dir)['mini.indicators']).toBeUndefined();

    // …and saved once the same command is back on the same port.
    const again = web(dir, ['--area', 'mini', '--port', port]);
    expect(await again.url()).toBe(url);
    await shown(page, 'How long does a first e-mail reply usually take? (e.g. 30m, 4h, 2d)', 20_000);
    expect(await onDisk(dir, 'mini.indicators')).toEqual(['ces']);

    // A new tab starts at the first unanswered question.
    const fresh = await open(url);
    await shown(fresh, 'How long does a first e-mail reply usually take? (e.g. 30m, 4h, 2d)');
    expect(await textOf(fresh, '#progress')).toBe('Mini area — question 4 of 4; 12 of 12 overall');

    // Ctrl-C stops the server the way the terminal interview stops: 130 and how to resume.
    expect(await again.stop('SIGINT')).toEqual({ code: 130, signal: null });
    expect(again.stdout).toContain('Server stopped. Every answer given is saved in profile.yaml.');
    expect(again.stdout).toContain(`Resume with:  readiness interview -p profile.yaml -c cfg.yaml --area mini --web --port ${port}`);
  });

  it('two tabs on one profile: the later answer to a question wins, and the other tab is told', async () => {
    const dir = ws();
    const url = await web(dir, ['--area', 'mini']).url();
    const a = await open(url);
    const b = await open(url);
    await shown(a, 'Are phone calls answered by people?');
    await shown(b, 'Are phone calls answered by people?');

    await pick(a, 'Yes');
    await press(a, 'Save and continue');
    await shown(a, 'Who answers the chat first?');
    // B, still on that question, is told and sees the answer now recorded.
    expect(await waitText(b, '#elsewhere', /./)).toBe('Another tab just answered this question: yes. An answer you give here replaces it.');
    expect(await textOf(b, '#current')).toBe('Current answer: yes');

    await pick(b, 'No');
    await press(b, 'Save and continue');
    await shown(b, 'Who answers the chat first?');
    await waitText(b, '#status', /Your answer replaced the one given in another tab \(yes\)\./);
    await waitText(a, '#status', /Another tab answered “Are phone calls answered by people\?”: no\./);
    expect(answersIn(dir)['mini.phone-people']).toBe(false);

    // Different questions answered at the same moment from the two tabs: both are kept.
    await b.goto(`${url}#q=mini.email-time`, { waitUntil: 'domcontentloaded' });
    await shown(b, 'How long does a first e-mail reply usually take? (e.g. 30m, 4h, 2d)');
    await pick(a, 'An advisor');
    await b.bringToFront();
    await b.type('#answer', '2h');
    // Both posted before either is answered: the two saves reach the one store in turn.
    await Promise.all([
      a.evaluate(() => document.querySelector<HTMLFormElement>('#question')!.requestSubmit()),
      b.evaluate(() => document.querySelector<HTMLFormElement>('#question')!.requestSubmit()),
    ]);
    await shown(a, 'Which indicators are measured?');
    // B answered the last question of the plan: the first one still open when its
    // answer was saved comes next (the chat question, if A's answer came second).
    await b.waitForFunction(() => /^(Which indicators are measured\?|Who answers the chat first\?)$/.test(document.getElementById('prompt')?.textContent ?? ''), { polling: 50, timeout: 10_000 });
    expect(answersIn(dir)).toEqual({ 'mini.phone-people': false, 'mini.chat-model': 'advisor', 'mini.email-time': '2h' });
  });

  it('shares one store with the terminal interview: an answer typed in the terminal reaches the open page', async () => {
    const dir = ws();
    const page = await open(await web(dir, ['--area', 'mini']).url());
    await shown(page, 'Are phone calls answered by people?');

    const term = new Terminal(dir).start([...ARGS, '--area', 'mini']);
    try {
      await term.asked('Are phone calls answered by people?');
      term.keys('Down', 'Enter'); // No
      await term.asked('Who answers the chat first?');
      expect(await waitText(page, '#elsewhere', /./)).toBe('The answer to this question was changed outside this page: no. An answer you give here replaces it.');
      await waitText(page, '#status', /The profile was changed outside this page; progress is up to date\./);
      expect(await textOf(page, '#current')).toBe('Current answer: no');
      expect(await page.$eval('#areas button[data-area="mini"] .count', (e) => e.textContent)).toBe('1 of 4 answered');

      // The page answers the next question; the terminal, asked next, keeps it.
      await page.click('#areas button[data-area="mini"]');
      await shown(page, 'Who answers the chat first?');
      await pick(page, 'An advisor');
      await press(page, 'Save and continue');
      await shown(page, 'Which indicators are measured?');
      term.keys('Down', 'Down', 'Enter'); // the terminal's own answer to the same question, given later: Only a bot
      await term.asked('Which indicators are measured?');
      term.keys('C-c');
      expect(await term.exitCode()).toBe(130);
    } finally {
      term.close();
    }
    expect(answersIn(dir)).toEqual({ 'mini.phone-people': false, 'mini.chat-model': 'bot-only' });
  });

  it('starts a missing profile from the organisation facts, first; it is written once it can be, and a fact can be left open', async () => {
    const dir = ws(null);
    const cli = web(dir);
    const page = await open(await cli.url());
    expect(cli.stdout).toContain('No profile at profile.yaml yet');
    await shown(page, 'What is the organisation called?');
    expect(await textOf(page, '#progress')).toBe('Organisation — question 1 of 8; 1 of 12 overall');
    expect(await page.$$eval('.actions button', (b) => b.map((x) => x.textContent))).toEqual(['Save and continue', 'Why is this asked?']);
    await press(page, 'Save and continue');
    expect(await waitText(page, '#error', /./)).toBe('An answer is needed here.');
    await page.type('#answer', 'Acme Ltda');
    await page.keyboard.press('Enter');
    await shown(page, 'Whom does the organisation serve?');
    await waitText(page, '#status', /Kept here until the profile can be created/);
    await pick(page, 'Consumers (B2C)');
    await press(page, 'Save and continue');
    await shown(page, 'Which online customer-service model does it follow?');
    expect(await page.$eval('#opt-0-desc', (e) => e.textContent)).toMatch(/^Customers find products by search or item code/);
    await press(page, 'Skip');
    await waitText(page, '#status', /Left open; it will be asked again next time\./);
    await shown(page, 'Country (ISO code, e.g. CO, MX, ES)?');
    expect(existsSync(path.join(dir, 'profile.yaml'))).toBe(false);
    await page.type('#answer', 'co');
    await page.keyboard.press('Enter');
    await shown(page, 'Which service channels does the organisation offer customers?');
    expect(parse(profileText(dir)).organisation).toEqual({ name: 'Acme Ltda', businessModel: 'b2c', country: 'CO' });
    await waitText(page, '#status', /Saved in profile\.yaml at /);
    await pick(page, 'WhatsApp');
    await press(page, 'Save and continue');
    await shown(page, 'Does it serve customers at physical locations (shops, branches, counters)?');
    // WhatsApp declared: its question joined the plan, and the index counts it.
    expect(await page.$eval('#areas button[data-area="mini"] .count', (e) => e.textContent)).toBe('0 of 5 answered');
    expect(parse(profileText(dir)).channels).toEqual([{ type: 'whatsapp' }]);
  });

  it('--review walks through the given answers, each shown as the current one', async () => {
    const done = PROFILE.replace('answers: {}   # filled in by the interview', [
      'answers:',
      '  mini.phone-people: true',
      '  mini.chat-model: advisor     # asked the manager',
      '  mini.indicators: [ces]',
      '  mini.email-time: 2h',
    ].join('\n'));
    const dir = ws(done);
    const page = await open(await web(dir, ['--area', 'mini', '--review']).url());
    await shown(page, 'Are phone calls answered by people?');
    expect(await textOf(page, '#progress')).toBe('Mini area — question 1 of 4; 1 of 4 overall');
    expect(await textOf(page, '#current')).toBe('Current answer: yes');
    await press(page, 'Save and continue');
    await shown(page, 'Who answers the chat first?');
    expect(await textOf(page, '#current')).toBe('Current answer: An advisor');
    await pick(page, 'Only a bot');
    await press(page, 'Save and continue');
    await shown(page, 'Which indicators are measured?');
    expect(await page.$$eval('input:checked', (i) => i.map((x) => (x as HTMLInputElement).labels![0].textContent))).toEqual(['Customer effort (CES)']);
    await press(page, 'Save and continue');
    await shown(page, 'How long does a first e-mail reply usually take? (e.g. 30m, 4h, 2d)');
    expect(await page.$eval('#answer', (i) => (i as HTMLInputElement).value)).toBe('2h');
    await press(page, 'Save and continue');
    await shown(page, 'Every applicable question is answered.');
    const text = profileText(dir);
    expect(parse(text).answers).toEqual({ 'mini.phone-people': true, 'mini.chat-model': 'bot-only', 'mini.indicators': ['ces'], 'mini.email-time': '2h' });
    expect(text).toContain('  mini.chat-model: bot-only     # asked the manager');
  });

  it('speaks Spanish: the page, the questions and the dates; switching language keeps the question', async () => {
    const dir = ws(PROFILE.replace('answers: {}   # filled in by the interview', 'answers:\n  mini.phone-people: { status: dont-know, answeredAt: "2026-03-05T15:04:00Z" }'));
    const url = await web(dir, ['--area', 'mini', '--lang', 'es']).url();
    const page = await open(`${url}#q=mini.phone-people`);
    await shown(page, '¿Las llamadas las atienden personas?');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await textOf(page, '#progress')).toBe('Área mínima — pregunta 1 de 4; 9 de 12 en total');
    const date = await page.evaluate((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-03-05T15:04:00Z')), LOCALES.es);
    expect(await textOf(page, '#current')).toBe(`Respuesta actual: no sé (dada el ${date})`);
    expect(await page.$$eval('.actions button', (b) => b.map((x) => x.textContent))).toEqual(['Guardar y seguir', 'No sé', 'Omitir', '¿Por qué se pregunta?', 'Atrás']);
    await press(page, '¿Por qué se pregunta?');
    expect(await textOf(page, '#why')).toContain('Los clientes quieren una persona cuando algo sale mal.');

    await page.click('.langs a[hreflang="en"]');
    await shown(page, 'Are phone calls answered by people?');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await textOf(page, '#current')).toMatch(/^Current answer: don't know \(given /);
  });

  it('scores at least 95 in Lighthouse\'s accessibility audit, on a question and on the summary', async () => {
    const dir = ws(PROFILE.replace('answers: {}   # filled in by the interview', 'answers:\n  mini.phone-people: true\n  mini.chat-model: advisor\n  mini.indicators: [ces]'));
    const url = await web(dir, ['--area', 'mini']).url();
    const { preloadLighthouse } = await import('../../src/lighthouse/index.js');
    const lighthouse = (await preloadLighthouse()).default;
    const scores: Record<string, number> = {};
    const failing: string[] = [];
    for (const [name, at] of [['question', ''], ['summary', '#done']] as const) {
      if (name === 'summary') {
        const page = await open(url);
        await shown(page, 'How long does a first e-mail reply usually take? (e.g. 30m, 4h, 2d)');
        await page.type('#answer', '1h');
        await page.keyboard.press('Enter');
        await shown(page, 'Every applicable question is answered.');
      }
      const tab = await browser.browser.newPage();
      pages.push(tab);
      const r = await lighthouse(`${url}${at}`, { onlyCategories: ['accessibility'], output: 'json', logLevel: 'error', disableFullPageScreenshot: true }, undefined, tab);
      const lhr = r!.lhr as unknown as { categories: { accessibility: { score: number } }; audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }> };
      scores[name] = Math.round(lhr.categories.accessibility.score * 100);
      for (const [id, audit] of Object.entries(lhr.audits)) {
        if (audit.scoreDisplayMode === 'binary' && audit.score === 0) failing.push(`${name}: ${id} (${audit.title})`);
      }
    }
    expect(failing).toEqual([]);
    expect(scores.question).toBeGreaterThanOrEqual(95);
    expect(scores.summary).toBeGreaterThanOrEqual(95);
  }, 120_000);
});
