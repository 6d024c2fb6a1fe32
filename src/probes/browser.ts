/**
 * Finding and launching the one headless Chromium a run shares.
 *
 * The browser is the only long-lived child process the tool starts, so this module
 * owns its whole life: a fresh temporary profile per launch, the DESIGN.md flags, and
 * a close() that always kills the process group and removes the profile — on success,
 * error, timeout, SIGINT/SIGTERM and plain process exit. The DevTools connection is a
 * pipe, so even if Node is killed with SIGKILL Chromium sees the pipe close and exits.
 */
import { BrowserLaunchError, BrowserNotFoundError } from '../util/errors.js';
import { accessSync, constants as fsConstants, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { holdYoungGeneration } from './crawler/young-generation.js';

export type ChromeSource = 'CHROME_PATH' | 'system' | 'PATH' | 'puppeteer-cache';

export interface ChromeLocation {
  path: string;
  /** How it was found: the CHROME_PATH variable, a usual install location, the PATH, or a Puppeteer cache. */
  source: ChromeSource;
}

/** Seams for tests: which platform to pretend to be and how to tell that a file is executable. */
export interface FindChromeDeps {
  platform?: NodeJS.Platform;
  homedir?: string;
  isExecutable?: (file: string) => boolean;
  listDir?: (dir: string) => string[];
}

/** The flags DESIGN.md requires; the temporary --user-data-dir is added per launch. */
export const CHROME_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Not required, but they keep a headless audit quiet and light.
  '--disable-crash-reporter',
  '--disable-breakpad',
  '--mute-audio',
  '--no-default-browser-check',
  // Memory: tabs are reused and never go back, so the back-forward cache only holds
  // dead pages; GPU and network services run in the browser process (measured in
  // bench/probe-bench.js). Renderers are not capped: a shared renderer would let one
  // crashing page take the other tabs down with it. Headless Chromium ≥ 149 keeps two
  // omnibox-popup WebUI pages per window, each in its own renderer (~50 MB per browser
  // context, never shown without an address bar), and a spare renderer warm for the
  // next tab (~17 MB): all three are switched off. The crash handlers (two processes
  // outside the browser's process group) are not started.
  '--disable-features=BackForwardCache,WebUIOmniboxPopup,WebUIOmniboxAimPopup,SpareRendererForSitePerProcess',
  '--disable-crashpad-for-testing',
  // Utility processes and renderers fork from the one zygote; with the GPU and network
  // services in the browser process the second, unsandboxed zygote would sit idle (~20 MB).
  '--no-unsandboxed-zygote',
  '--enable-features=NetworkServiceInProcess2',
  '--in-process-gpu',
  // With the GPU off, the GPU thread still starts SwiftShader (a CPU Vulkan/GL) at launch,
  // ~10 MB in the browser process, for WebGL alone: nothing a probe reads, nor Lighthouse
  // on a page without WebGL. Pages that use WebGL (a 3D viewer, a vector map) see it
  // unavailable and take their fallback, as on a machine without a GPU. Canvas 2D,
  // screenshots and PDF printing are unchanged (software already).
  '--disable-software-rasterizer',
  '--aggressive-cache-discard',
];

function defaultIsExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === 'win32' ? fsConstants.F_OK : fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function defaultListDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return [...apps.map((a) => `/Applications/${a}`), ...apps.map((a) => path.join(home, 'Applications', a))];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const rel = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return roots.flatMap((r) => rel.map((x) => path.win32.join(r, x)));
  }
  return [
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/lib/chromium/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

const PATH_NAMES: Record<string, string[]> = {
  win32: ['chrome.exe', 'msedge.exe'],
  default: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
};

function compareVersionsDesc(a: string, b: string): number {
  const va = (a.split('-').pop() ?? '').split('.').map((n) => Number(n) || 0);
  const vb = (b.split('-').pop() ?? '').split('.').map((n) => Number(n) || 0);
  for (let i = 0; i < Math.max(va.length, vb.length); i++) {
    const d = (vb[i] ?? 0) - (va[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Browsers a `npx puppeteer browsers install chrome` may have left in its cache. */
function puppeteerCacheCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string, listDir: (d: string) => string[]): string[] {
  const cache = env.PUPPETEER_CACHE_DIR || path.join(home, '.cache', 'puppeteer');
  const out: string[] = [];
  const layouts: { product: string; files: string[] }[] = platform === 'darwin'
    ? [
        { product: 'chrome', files: ['chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'] },
        { product: 'chrome-headless-shell', files: ['chrome-headless-shell-mac-arm64/chrome-headless-shell', 'chrome-headless-shell-mac-x64/chrome-headless-shell'] },
      ]
    : platform === 'win32'
      ? [
          { product: 'chrome', files: ['chrome-win64/chrome.exe', 'chrome-win32/chrome.exe'] },
          { product: 'chrome-headless-shell', files: ['chrome-headless-shell-win64/chrome-headless-shell.exe'] },
        ]
      : [
          { product: 'chrome', files: ['chrome-linux64/chrome'] },
          { product: 'chrome-headless-shell', files: ['chrome-headless-shell-linux64/chrome-headless-shell'] },
        ];
  for (const { product, files } of layouts) {
    const dir = path.join(cache, product);
    for (const version of listDir(dir).sort(compareVersionsDesc)) {
      for (const f of files) out.push(path.join(dir, version, f));
    }
  }
  return out;
}

/**
 * Finds an installed Chrome or Chromium: CHROME_PATH, then the usual install
 * locations for the platform, then `chromium`/`google-chrome` on the PATH, then a
 * browser cached by a Puppeteer install (~/.cache/puppeteer). Returns null when none.
 */
export function findChrome(env: NodeJS.ProcessEnv = process.env, deps: FindChromeDeps = {}): ChromeLocation | null {
  const platform = deps.platform ?? process.platform;
  const home = deps.homedir ?? os.homedir();
  const isExec = deps.isExecutable ?? defaultIsExecutable;
  const listDir = deps.listDir ?? defaultListDir;

  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv && isExec(fromEnv)) return { path: fromEnv, source: 'CHROME_PATH' };

  for (const p of systemCandidates(platform, env, home)) {
    if (isExec(p)) return { path: p, source: 'system' };
  }

  const sep = platform === 'win32' ? ';' : ':';
  const dirs = (env.PATH ?? env.Path ?? '').split(sep).filter(Boolean);
  const names = PATH_NAMES[platform] ?? PATH_NAMES.default!;
  for (const name of names) {
    for (const d of dirs) {
      const p = platform === 'win32' ? path.win32.join(d, name) : path.join(d, name);
      if (isExec(p)) return { path: p, source: 'PATH' };
    }
  }

  for (const p of puppeteerCacheCandidates(platform, env, home, listDir)) {
    if (isExec(p)) return { path: p, source: 'puppeteer-cache' };
  }
  return null;
}

export interface LaunchOptions {
  /** Use this executable instead of searching (findChrome). */
  executablePath?: string;
  env?: NodeJS.ProcessEnv;
  /** How long the browser may take to start (default 30 s). */
  timeoutMs?: number;
  /** Upper bound for any single DevTools call (default 30 s) — no call can hang a run. */
  protocolTimeoutMs?: number;
  extraArgs?: string[];
  /** Accept invalid TLS certificates (off by default: an invalid certificate is evidence). */
  acceptInsecureCerts?: boolean;
}

export interface BrowserHandle {
  browser: Browser;
  executablePath: string;
  source: ChromeSource | 'option';
  pid: number | undefined;
  userDataDir: string;
  /** Kills the browser and removes its temporary profile; safe to call more than once. */
  close(): Promise<void>;
  readonly closed: boolean;
}

interface Live {
  pid: number | undefined;
  userDataDir: string;
}

const live = new Set<Live>();
let hooksInstalled = false;

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  // Puppeteer starts Chromium detached, so it leads its own process group: killing the
  // group takes the zygote, renderers and utility processes with it.
  if (process.platform !== 'win32') {
    try {
      process.kill(-pid, 'SIGKILL');
      return;
    } catch {
      /* not a group leader, or already gone */
    }
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

function cleanupSync(entry: Live): void {
  killGroup(entry.pid);
  // SIGKILL is delivered asynchronously: a dying renderer can still write into the
  // profile just after a first removal. Remove, let the group die, remove again.
  for (let pass = 0; pass < 2; pass++) {
    if (pass > 0) sleepSync(150);
    try {
      rmSync(entry.userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    } catch {
      /* best effort while exiting */
    }
  }
  live.delete(entry);
}

/** A short synchronous pause, usable in exit and signal handlers. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const entry of [...live]) cleanupSync(entry);
  });
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) {
    const handler = (): void => {
      for (const entry of [...live]) cleanupSync(entry);
      // Adding a listener removes Node's default "exit on signal"; restore it unless
      // someone else (the CLI) also listens and decides how to end.
      if (process.listenerCount(signal) <= 1) process.exit(SIGNAL_EXIT[signal]);
    };
    process.on(signal, handler);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
      timer.unref?.();
    }),
  ]);
}

/** How many browsers this process has launched and not yet closed (for tests and doctor). */
export function liveBrowserCount(): number {
  return live.size;
}

/**
 * Launches headless Chromium with the DESIGN.md flags and a fresh temporary profile.
 * Throws BrowserNotFoundError when there is no browser and BrowserLaunchError when it
 * does not start; either way nothing is left behind.
 */
export async function launchBrowser(opts: LaunchOptions = {}): Promise<BrowserHandle> {
  let executablePath = opts.executablePath;
  let source: ChromeSource | 'option' = 'option';
  if (!executablePath) {
    const found = findChrome(opts.env ?? process.env);
    if (!found) {
      const env = opts.env ?? process.env;
      throw new BrowserNotFoundError(env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} is not an executable file` : undefined);
    }
    executablePath = found.path;
    source = found.source;
  }

  installExitHooks();
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'readiness-chrome-'));
  const entry: Live = { pid: undefined, userDataDir };
  live.add(entry);
  const timeoutMs = opts.timeoutMs ?? 30_000;

  let browser: Browser;
  // Loading Puppeteer would double Node's young generation for the rest of the run
  // (crawler/young-generation.ts): nothing in it is worth the room.
  const release = holdYoungGeneration();
  try {
    const { default: puppeteer } = await import('puppeteer-core');
    const launching = puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir,
      args: [...CHROME_FLAGS, ...(opts.extraArgs ?? [])],
      timeout: timeoutMs,
      protocolTimeout: opts.protocolTimeoutMs ?? 30_000,
      acceptInsecureCerts: opts.acceptInsecureCerts ?? false,
      defaultViewport: { width: 1366, height: 900 },
      // Our own handlers kill the whole group and remove the profile.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    // If our guard fires first, a browser that starts late must still be closed.
    launching.then((b) => {
      entry.pid = b.process()?.pid;
      if (!live.has(entry)) {
        killGroup(entry.pid);
      }
    }, () => undefined);
    browser = await withTimeout(launching, timeoutMs + 2000, `no DevTools connection within ${timeoutMs} ms`);
  } catch (err) {
    cleanupSync(entry);
    const reason = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    if (/ENOENT|EACCES|no such file|was not found|not found at/i.test(reason)) throw new BrowserNotFoundError(`${executablePath}: ${reason}`);
    throw new BrowserLaunchError(executablePath, reason);
  } finally {
    release();
  }

  const proc = browser.process();
  entry.pid = proc?.pid;
  // Puppeteer opens an about:blank tab at launch that nothing uses; its renderer would
  // stay for the whole run (~25 MB). Headless Chromium outlives its last tab.
  await withTimeout(browser.pages().then((ps) => Promise.all(ps.map((p) => p.close()))), 5000, 'closing the first tab').catch(() => undefined);
  let closing: Promise<void> | undefined;
  const handle: BrowserHandle = {
    browser,
    executablePath,
    source,
    pid: entry.pid,
    userDataDir,
    get closed() {
      return closing !== undefined;
    },
    close() {
      closing ??= (async () => {
        try {
          await withTimeout(browser.close(), 5000, 'browser.close() timed out');
        } catch {
          /* killed below */
        }
        if (proc && proc.exitCode === null && proc.signalCode === null) {
          const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
          killGroup(entry.pid);
          await withTimeout(exited, 3000, 'browser did not exit').catch(() => undefined);
        } else {
          // The main process is gone; make sure no helper of its group lingers.
          killGroup(entry.pid);
        }
        live.delete(entry);
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
      })();
      return closing;
    },
  };
  // Chromium dying on its own (OOM, killed) must not leave the profile behind either.
  browser.once('disconnected', () => {
    void handle.close();
  });
  return handle;
}

export { BrowserLaunchError, BrowserNotFoundError };
