/**
 * The web interview at its edges, through the real, built CLI: shared on the network
 * behind a key (requests without it refused), another site trying to answer from a
 * real page in Chromium, a DNS-rebinding Host, nothing requested from anywhere else,
 * what the site probes found beside the questions (--url on a served fixture site),
 * everything a person or a site typed shown as text, --open, and bad input as a
 * clear message with exit 2.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Page } from 'puppeteer-core';
import { launchBrowser, type BrowserHandle } from '../../src/probes/browser.js';
import { serveDir, type ServeHandle } from '../../src/probes/serve.js';
import { loadChecklists } from '../../src/checklists/load.js';
import { ProfileStore } from '../../src/interview/store.js';
import { InterviewEngine } from '../../src/interview/engine.js';
import { serveInterview, type WebServer } from '../../src/interview/web/server.js';
import { cli } from '../helpers/cli.js';
import { ARGS, MINI_CHECKLIST, PROFILE, workspace } from './terminal.js';
import { WebCli, pick, press, raw, shown, textOf, waitText } from './web.js';

const SITE = fileURLToPath(new URL('./fixtures/site/', import.meta.url));

let browser: BrowserHandle;
const running: WebCli[] = [];
const servers: { close(): Promise<void> }[] = [];
const dirs: string[] = [];
const pages: Page[] = [];

function ws(profile?: string | null): string {
  const d = workspace(profile);
  dirs.push(d);
  return d;
}
function web(dir: string, args: string[] = [], env: Record<string, string> = {}): WebCli {
  const w = new WebCli(dir, [...ARGS, ...args], env);
  running.push(w);
  return w;
}
async function open(url: string): Promise<Page> {
  const page = await browser.browser.newPage();
  pages.push(page);
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}
const profileText = (dir: string) => readFileSync(path.join(dir, 'profile.yaml'), 'utf8');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => undefined);
  for (const w of running.splice(0)) {
    w.kill('SIGKILL');
    await w.exited;
  }
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('sharing the page on a network', { timeout: 60_000 }, () => {
  it('--host 0.0.0.0 prints a key once, refuses every request without it, and works with it; SIGTERM stops it', async () => {
    const dir = ws();
    const cli = web(dir, ['--area', 'mini', '--host', '0.0.0.0']);
    const urls = await cli.urls();
    const m = /^http:\/\/127\.0\.0\.1:(\d+)\/([\w-]{24})\/$/.exec(urls[0]);
    expect(m, urls[0]).not.toBeNull();
    const [, port, key] = m!;
    for (const u of urls) expect(u).toMatch(new RegExp(`^http://[\\d.]+:${port}/${key}/$`));
    expect(cli.stdout.split(key).length - 1).toBe(urls.length);
    expect(cli.stdout).toContain('Shared on the network: anyone with this address, key included, can answer. The key is printed only this once.');
    expect(cli.stderr).not.toContain(key);

    const origin = `http://127.0.0.1:${port}`;
    const refused = [
      await raw(`${origin}/`),
      await raw(`${origin}/app.js`),
      await raw(`${origin}/api/state`),
      await raw(`${origin}/${key.slice(0, -1)}x/`),
      await raw(`${origin}/${key.slice(0, 12)}/api/state`),
      await raw(`${origin}/api/answer`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: '{"id":"mini.phone-people","outcome":{"kind":"answer","choice":0}}' }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(refused[0].body).toBe('This interview is shared with a key: open the full address the facilitator gave you.\n');
    expect(refused.some((r) => r.body.includes(key))).toBe(false);
    expect((await raw(`${origin}/${key}`)).headers.location).toBe(`/${key}/`);
    expect((await raw(`${origin}/${key}/`)).status).toBe(200);
    // With the key but from another site: still refused.
    const csrf = await raw(`${origin}/${key}/api/answer`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }, body: '{"id":"mini.phone-people","outcome":{"kind":"answer","choice":0}}' });
    expect(csrf.status).toBe(403);
    expect(parse(profileText(dir)).answers).toEqual({});

    const page = await open(urls[0]);
    await shown(page, 'Are phone calls answered by people?');
    await pick(page, 'No');
    await press(page, 'Save and continue');
    await shown(page, 'Who answers the chat first?');
    expect(parse(profileText(dir)).answers).toEqual({ 'mini.phone-people': false });

    expect(await cli.stop('SIGTERM')).toEqual({ code: 143, signal: null });
    expect(cli.stdout).toContain('Resume with:  readiness interview -p profile.yaml -c cfg.yaml --area mini --web --host 0.0.0.0');
    expect(cli.stdout.split(key).length - 1).toBe(urls.length);
  });

  it('on 127.0.0.1, a page on another site cannot answer, read the API or frame the page; another Host name is refused', async () => {
    const dir = ws();
    const url = await web(dir, ['--area', 'mini']).url();
    const origin = url.replace(/\/$/, '');

    // The other site: a real page on another origin that tries what a malicious page could.
    const hits: string[] = [];
    const evil = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/report') {
        let body = '';
        req.on('data', (c) => (body += c)).on('end', () => {
          hits.push(`report ${body}`);
          res.end();
        });
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><title>evil</title><iframe id="f" src="${url}"></iframe><script>
        const target = ${JSON.stringify(url)};
        const body = JSON.stringify({ id: 'mini.phone-people', outcome: { kind: 'answer', choice: 1 } });
        (async () => {
          const out = [];
          try { await fetch(target + 'api/answer', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }); } catch (e) { /* the request is made either way; the browser may hide the answer (CORP) */ } out.push('no-cors tried');
          try { await fetch(target + 'api/answer', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }); out.push('cors read'); } catch (e) { out.push('cors blocked'); }
          try { const r = await fetch(target + 'api/state'); out.push('state read ' + (await r.text()).slice(0, 20)); } catch (e) { out.push('state blocked'); }
          const f = document.createElement('form');
          f.method = 'POST'; f.action = target + 'api/answer'; f.enctype = 'text/plain';
          const i = document.createElement('input'); i.name = body; i.value = ''; f.append(i);
          document.body.append(f);
          await fetch('/report', { method: 'POST', body: out.join('; ') });
          f.submit();
        })();
      </script>`);
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    servers.push({
      close: () => new Promise<void>((r) => {
        evil.close(() => r());
        evil.closeAllConnections();
      }),
    });
    const evilUrl = `http://127.0.0.1:${(evil.address() as net.AddressInfo).port}/`;

    const page = await browser.browser.newPage();
    pages.push(page);
    const framed: number[] = [];
    page.on('response', (r) => {
      if (r.url() === url) framed.push(r.status());
    });
    await page.goto(evilUrl, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => location.href.includes('api/answer'), { timeout: 10_000, polling: 50 });
    expect(hits.find((h) => h.startsWith('report '))).toBe('report no-cors tried; cors blocked; state blocked');
    // The form post landed on the interview server and was refused there.
    expect((await page.evaluate(() => document.body.innerText)).trim()).toBe('Refused: requests from other sites are not accepted.');
    expect(framed).toEqual([403]);
    expect(parse(profileText(dir)).answers).toEqual({});

    const rebinding = await raw(`${origin}/api/state`, { headers: { Host: `evil.example:${new URL(url).port}` } });
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).toBe('Refused: this server answers only on its own address.\n');
  });

  it('requests nothing from anywhere else, and sends a strict content security policy', async () => {
    const dir = ws();
    const url = await web(dir, ['--area', 'mini']).url();
    const page = await browser.browser.newPage();
    pages.push(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
    expect(res!.headers()['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    await shown(page, 'Are phone calls answered by people?');
    await pick(page, 'Yes');
    await press(page, 'Save and continue');
    await shown(page, 'Who answers the chat first?');
    expect(requested.length).toBeGreaterThanOrEqual(5);
    for (const r of requested) expect(r.startsWith(url) || r.startsWith('data:'), r).toBe(true);
  });
});

describe('what the site shows, and what people type', { timeout: 60_000 }, () => {
  let site: ServeHandle;
  beforeAll(async () => {
    site = await serveDir(SITE);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('--url probes the site first and shows its findings beside the questions; the channels it saw are pre-ticked', async () => {
    const dir = ws(PROFILE.replace(/channels:\n(.*\n){2}/, ''));
    const cli = web(dir, ['--area', 'mini', '--url', site.url]);
    const url = await cli.urls(45_000).then((u) => u[0]);
    expect(cli.stderr).toContain(`Probing ${site.url} first …`);
    expect(cli.stderr).toMatch(/Site probed: \d+ pages? read\./);

    const page = await open(url);
    await shown(page, 'Which service channels does the organisation offer customers?');
    expect(await page.$$eval('.findings li', (li) => li.map((l) => l.textContent))).toEqual([
      // The number offered under "Escríbanos por WhatsApp:" is the WhatsApp channel, not a line to call.
      'Telephone +576015550000 found on /',
      'E-mail servicio@demo.example found on /',
      'WhatsApp +573001234567 found on /',
      'Live chat: not found on the site',
      'Social profiles: not found on the site',
      'App store links: not found on the site',
      'Contact form: not found on the site',
    ]);
    expect(await textOf(page, '.prefilled')).toBe('Pre-filled from what the site shows; confirm or correct.');
    expect(await page.$$eval('input:checked', (i) => i.map((x) => (x as HTMLInputElement).labels![0].textContent))).toEqual(['Website (information, forms)', 'E-mail', 'Telephone line', 'WhatsApp']);
    await press(page, 'Save and continue');
    await shown(page, 'Are phone calls answered by people?');
    expect(parse(profileText(dir)).channels).toEqual([
      { type: 'web' }, { type: 'email', value: 'servicio@demo.example' }, { type: 'phone', value: '+576015550000' }, { type: 'whatsapp', value: '+573001234567' },
    ]);
  });

  it('shows typed answers, file names and probe findings as text: nothing is run', async () => {
    const dir = ws(null);
    const file = path.join(dir, '<b>bold</b>.yaml');
    const store = ProfileStore.open(file);
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const short = '<img src=x onerror=__pwned=1>';
    const engine = new InterviewEngine({
      checklists: loadChecklists([MINI_CHECKLIST]),
      store,
      evidence: {
        'site.contact.whatsapp': { value: [short], sources: [{ url: 'https://shop.example/<script>window.__pwned=2</script>' }] },
        'site.contact.phones': { value: ['</script><script>__pwned=3'], sources: [] },
      },
    });
    const server: WebServer = await serveInterview({ engine, lang: 'en', profileLabel: '<b>bold</b>.yaml', auditCommand: 'readiness audit -p "<b>bold</b>.yaml"' });
    servers.push(server);

    const page = await open(server.urls[0]);
    await shown(page, 'What is the organisation called?');
    expect(await page.title()).toBe('Interview — <b>bold</b>.yaml');
    expect(await textOf(page, '.file')).toBe('Profile: <b>bold</b>.yaml');
    await page.type('#answer', hostile);
    await page.keyboard.press('Enter');
    await shown(page, 'Whom does the organisation serve?');
    await waitText(page, '#status', /Kept here until the profile can be created/);
    await press(page, 'Back');
    await shown(page, 'What is the organisation called?');
    expect(await textOf(page, '#current')).toBe(`Current answer: ${hostile}`);
    expect(await page.$eval('#answer', (i) => (i as HTMLInputElement).value)).toBe(hostile);

    await page.goto(`${server.urls[0]}#q=channels`, { waitUntil: 'domcontentloaded' });
    await shown(page, 'Which service channels does the organisation offer customers?');
    const findings = await page.$$eval('.findings li', (li) => li.map((l) => l.textContent));
    expect(findings).toContain(`WhatsApp ${short} found on /%3Cscript%3Ewindow.__pwned=2%3C/script%3E`);
    expect(findings).toContain('Telephone </script><script>__pwned=3 found');
    expect(await page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: number }).__pwned, imgs: document.images.length, bold: document.querySelectorAll('b').length }))).toEqual({ pwned: undefined, imgs: 0, bold: 0 });
    expect(existsSync(file)).toBe(false);
  });
});

describe('starting the server', { timeout: 60_000 }, () => {
  it.each<[string, (port: number) => string[], RegExp]>([
    ['a port in use', (port) => ['--web', '--port', String(port)], /^readiness: port (\d+) on 127\.0\.0\.1 is in use; choose another with --port, or leave --port out for a free one\n$/],
    ['a port out of range', () => ['--web', '--port', '70000'], /^readiness: --port expects a whole number from 0 to 65535, got "70000"\n$/],
    ['a port that is not a number', () => ['--web', '--port', '80a'], /^readiness: --port expects a whole number from 0 to 65535, got "80a"\n$/],
    ['a host that is not one', () => ['--web', '--host', 'bad host!'], /^readiness: --host expects an IP address or a host name such as 127\.0\.0\.1 or 0\.0\.0\.0, got "bad host!"\n$/],
    ['an address this machine does not have', () => ['--web', '--host', '203.0.113.7'], /^readiness: --host 203\.0\.113\.7 is not an address of this machine; use 127\.0\.0\.1 \(default\) or 0\.0\.0\.0 to share on the network\n$/],
    ['web options without --web', () => ['--port', '8080', '--open'], /^readiness: only with --web: --port, --open\n$/],
  ])('%s: a clear message and exit 2', async (_name, args, message) => {
    const dir = ws();
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const r = cli(['interview', ...ARGS, ...args(port)], { cwd: dir, timeout: 20_000 });
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(profileText(dir)).toBe(PROFILE);
    } finally {
      await new Promise<void>((r) => busy.close(() => r()));
    }
  });

  it('an invalid profile is reported with file, line and column, and nothing is served', () => {
    const bad = PROFILE.replace('answers: {}   # filled in by the interview', 'answers:\n  mini.chat-model: maybe');
    const dir = ws(bad);
    const r = cli(['interview', ...ARGS, '--web'], { cwd: dir, timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/profile\.yaml:\d+:\d+: error: answer to `mini\.chat-model`: expected one of advisor, bot-handover, bot-only, got "maybe"/);
    expect(r.stdout).not.toContain('http://');
  });

  it('--open hands the address to the system\'s opener, and says so when there is none', async () => {
    const dir = ws();
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const opener = path.join(bin, 'xdg-open');
    // Written beside the file and renamed into place: the shell creates a redirect's file before it writes to it,
    // so waiting for the file alone could read it empty.
    writeFileSync(opener, `#!/bin/sh\nprintf '%s' "$1" > "${path.join(dir, 'opened.tmp')}" && mv "${path.join(dir, 'opened.tmp')}" "${path.join(dir, 'opened.txt')}"\n`);
    chmodSync(opener, 0o755);
    const withOpener = web(dir, ['--open'], { PATH: `${bin}:/usr/bin:/bin` });
    const url = await withOpener.url();
    const end = Date.now() + 10_000;
    while (!existsSync(path.join(dir, 'opened.txt')) && Date.now() < end) await new Promise((r) => setTimeout(r, 30));
    expect(readFileSync(path.join(dir, 'opened.txt'), 'utf8')).toBe(url);
    await withOpener.stop();

    const without = web(dir, ['--open'], { PATH: path.join(dir, 'empty') });
    await without.url();
    await waitFor(() => without.stderr, /Could not open a browser \(spawn xdg-open ENOENT\); open the address above\./);
    expect(await without.stop()).toEqual({ code: 130, signal: null });
  });
});

async function waitFor(read: () => string, pattern: RegExp, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (pattern.test(read())) return;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`waiting for ${pattern}; got:\n${read()}`);
}
