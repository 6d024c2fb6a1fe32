/**
 * Helpers for the web interview tests: the real, built CLI as a child process
 * (`readiness interview --web`), raw HTTP requests with any headers, and a few
 * waits on the page in Chromium. Every wait has a deadline and fails with what it saw.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { Page } from 'puppeteer-core';
import { BIN } from '../helpers/cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `readiness interview … --web` running in `dir`, with its output collected. */
export class WebCli {
  stdout = '';
  stderr = '';
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;

  constructor(readonly dir: string, args: string[], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [BIN, 'interview', ...args, '--web'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8').on('data', (s: string) => (this.stdout += s));
    this.child.stderr!.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** The addresses printed once the server listens. */
  async urls(timeout = 20_000): Promise<string[]> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      const found = this.stdout.match(/^ {2}http:\/\/\S+$/gm);
      if (found && /Ctrl-C/.test(this.stdout)) return found.map((u) => u.trim());
      if (this.child.exitCode !== null) break;
      await sleep(30);
    }
    throw new Error(`the web interview did not print its address; stdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
  }

  async url(): Promise<string> {
    return (await this.urls())[0];
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }

  async stop(signal: NodeJS.Signals = 'SIGINT', timeout = 10_000): Promise<Exit> {
    this.kill(signal);
    const t = sleep(timeout).then(() => {
      throw new Error(`the web interview did not stop on ${signal}; stdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
    });
    return Promise.race([this.exited, t]);
  }
}

export interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with exactly these headers (Host included), as a browser elsewhere might send it. */
export function raw(url: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method: o.method ?? 'GET', headers: o.headers, setHost: !o.headers?.Host }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (s: string) => (body += s)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

/** Waits until the question (or summary heading) shown is `text`. */
export async function shown(page: Page, text: string, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction((t) => document.getElementById('prompt')?.textContent === t, { timeout, polling: 50 }, text);
  } catch {
    const now = await page.evaluate(() => ({
      prompt: document.getElementById('prompt')?.textContent ?? '(no prompt)',
      error: document.getElementById('error')?.textContent ?? '',
      status: [...document.querySelectorAll('#status p')].map((p) => p.textContent),
      checked: [...document.querySelectorAll<HTMLInputElement>('input[name=answer]:checked')].map((i) => i.labels?.[0]?.textContent),
    }));
    throw new Error(`waiting for "${text}", the page shows ${JSON.stringify(now)}`);
  }
}

/** The text of an element, '' when it is missing or hidden. */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => {
    const e = document.querySelector<HTMLElement>(s);
    return e && !e.hidden ? (e.textContent ?? '') : '';
  }, selector);
}

/** Waits until an element's text matches. */
export async function waitText(page: Page, selector: string, pattern: RegExp, timeout = 10_000): Promise<string> {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    last = await textOf(page, selector);
    if (pattern.test(last)) return last;
    await sleep(40);
  }
  throw new Error(`waiting for ${selector} to match ${pattern}; it says "${last}"`);
}

/** Clicks the option whose label is `label`. */
export async function pick(page: Page, label: string): Promise<void> {
  // A tab in the background does not paint, and a real click needs a painted page.
  await page.bringToFront();
  const id = await page.evaluate((l) => [...document.querySelectorAll('label')].find((x) => x.textContent === l)?.htmlFor, label);
  if (!id) throw new Error(`no option "${label}"`);
  await page.click(`#${id}`);
}

/** Clicks the button whose text is `text`. */
export async function press(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  const handle = await page.evaluateHandle((t) => [...document.querySelectorAll('button')].find((b) => b.textContent === t && !b.closest('[hidden]')), text);
  const el = handle.asElement();
  if (!el) throw new Error(`no button "${text}"`);
  await (el as import('puppeteer-core').ElementHandle<HTMLButtonElement>).click();
}
