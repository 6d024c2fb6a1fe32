/**
 * Finding and launching Chromium, and never leaving it behind: close() after
 * success, launch failures, launch timeouts, SIGINT/SIGTERM and even SIGKILL of
 * the Node process leave no Chromium and (except SIGKILL) no profile directory.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BrowserLaunchError, BrowserNotFoundError, findChrome, launchBrowser } from '../../src/probes/browser.js';
import { chromiumProcessesFor, waitFor } from './helpers.js';
import { startFaultServer } from './fault-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A fake file system: these paths are executable, nothing else is. */
function fakeFs(files: string[], dirs: Record<string, string[]> = {}) {
  const set = new Set(files);
  return { isExecutable: (f: string) => set.has(f), listDir: (d: string) => dirs[d] ?? [], homedir: '/home/ana' };
}

describe('findChrome', () => {
  const cases: { name: string; platform: NodeJS.Platform; env: NodeJS.ProcessEnv; files: string[]; dirs?: Record<string, string[]>; expected: { path: string; source: string } | null }[] = [
    { name: 'prefers CHROME_PATH over everything', platform: 'linux', env: { CHROME_PATH: '/opt/my/chrome', PATH: '/usr/bin' }, files: ['/opt/my/chrome', '/usr/bin/google-chrome'], expected: { path: '/opt/my/chrome', source: 'CHROME_PATH' } },
    { name: 'ignores a CHROME_PATH that is not executable and keeps looking', platform: 'linux', env: { CHROME_PATH: '/nope' }, files: ['/usr/bin/chromium'], expected: { path: '/usr/bin/chromium', source: 'system' } },
    { name: 'finds Google Chrome before Chromium on Linux', platform: 'linux', env: {}, files: ['/usr/bin/chromium', '/usr/bin/google-chrome-stable'], expected: { path: '/usr/bin/google-chrome-stable', source: 'system' } },
    { name: 'finds the snap Chromium on Ubuntu', platform: 'linux', env: {}, files: ['/snap/bin/chromium'], expected: { path: '/snap/bin/chromium', source: 'system' } },
    { name: 'finds the macOS application bundle', platform: 'darwin', env: {}, files: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], expected: { path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', source: 'system' } },
    { name: 'finds Chrome under Program Files on Windows', platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' }, files: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], expected: { path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', source: 'system' } },
    { name: 'falls back to chromium on the PATH', platform: 'linux', env: { PATH: '/usr/local/bin:/opt/bin' }, files: ['/opt/bin/chromium'], expected: { path: '/opt/bin/chromium', source: 'PATH' } },
    {
      name: 'falls back to the newest browser in the Puppeteer cache',
      platform: 'linux', env: {},
      files: ['/home/ana/.cache/puppeteer/chrome/linux-120.0.6099.109/chrome-linux64/chrome', '/home/ana/.cache/puppeteer/chrome/linux-131.0.6778.85/chrome-linux64/chrome'],
      dirs: { '/home/ana/.cache/puppeteer/chrome': ['linux-120.0.6099.109', 'linux-131.0.6778.85'] },
      expected: { path: '/home/ana/.cache/puppeteer/chrome/linux-131.0.6778.85/chrome-linux64/chrome', source: 'puppeteer-cache' },
    },
    { name: 'returns null when there is no browser anywhere', platform: 'linux', env: { PATH: '/usr/bin' }, files: [], expected: null },
  ];
  it.each(cases)('$name', ({ platform, env, files, dirs, expected }) => {
    expect(findChrome(env, { platform, ...fakeFs(files, dirs) })).toEqual(expected);
  });

  it('finds the browser installed on this machine', () => {
    expect(findChrome()).not.toBeNull();
  });
});

describe('BrowserNotFoundError', () => {
  it('says how to install a browser on each platform and about CHROME_PATH', () => {
    const m = new BrowserNotFoundError().message;
    for (const s of ['apt-get install chromium', 'brew install', 'winget install', 'CHROME_PATH']) expect(m).toContain(s);
  });

  it('is what launchBrowser throws when the executable does not exist', async () => {
    await expect(launchBrowser({ executablePath: '/nonexistent/chrome' })).rejects.toBeInstanceOf(BrowserNotFoundError);
  });
});

function profileDirs(root = os.tmpdir()): string[] {
  return readdirSync(root).filter((d) => d.startsWith('readiness-chrome-')).map((d) => path.join(root, d));
}

describe('launchBrowser and close', () => {
  it('starts headless Chromium with a fresh profile and removes everything on close', async () => {
    const handle = await launchBrowser();
    expect(existsSync(handle.userDataDir)).toBe(true);
    expect(chromiumProcessesFor(handle.userDataDir).length).toBeGreaterThan(0);
    const page = await handle.browser.newPage();
    await page.goto('about:blank');
    await handle.close();
    await handle.close(); // twice is fine
    expect(existsSync(handle.userDataDir)).toBe(false);
    expect(await waitFor(() => chromiumProcessesFor(handle.userDataDir).length === 0, 3000)).toBe(true);
  });

  it('gives up on a browser that never answers, kills it and removes its profile', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-fake-'));
    const fake = path.join(dir, 'chrome');
    writeFileSync(fake, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(fake, 0o755);
    // A private temp folder: other test files launch browsers in parallel, and their
    // profiles in the shared /tmp are not this test's business.
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'readiness-tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    const t0 = Date.now();
    try {
      await expect(launchBrowser({ executablePath: fake, timeoutMs: 1500 })).rejects.toBeInstanceOf(BrowserLaunchError);
      expect(Date.now() - t0).toBeLessThan(6000);
      expect(readdirSync(tmp).filter((d) => d.startsWith('readiness-chrome-'))).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(dir, { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

const cliBuilt = existsSync(path.join(ROOT, 'dist/cli/main.js')) && existsSync(path.join(ROOT, 'dist/probes/index.js'));
describe.skipIf(!cliBuilt)('no orphan Chromium when the process is stopped', () => {
  const stopMidCrawl = async (signal: NodeJS.Signals): Promise<{ code: number | null; profile: string }> => {
    const faults = await startFaultServer();
    // The child's own temp folder: browsers launched by test files running in parallel
    // must not be mistaken for this one.
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'readiness-tmp-'));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/readiness.js'), 'probe', faults.url, '--timeout', '20000'], { stdio: 'ignore', env: { ...process.env, TMPDIR: tmp } });
    try {
      let profile = '';
      // Wait until the browser is up and crawling (its profile directory exists and a renderer runs).
      await waitFor(() => {
        profile = profileDirs(tmp)[0] ?? '';
        return !!profile && chromiumProcessesFor(profile).length > 2;
      }, 15_000);
      expect(profile).not.toBe('');
      await new Promise((r) => setTimeout(r, 1000));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code, sig) => resolve(code ?? (sig ? -1 : null))));
      child.kill(signal);
      const code = await exited;
      return { code, profile };
    } finally {
      child.kill('SIGKILL');
      await faults.close();
    }
  };

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s ends the run, kills Chromium and removes the profile', async (signal, expected) => {
    const { code, profile } = await stopMidCrawl(signal);
    expect(code).toBe(expected);
    expect(await waitFor(() => chromiumProcessesFor(profile).length === 0, 3000)).toBe(true);
    expect(existsSync(profile)).toBe(false);
    rmSync(path.dirname(profile), { recursive: true, force: true });
  }, 30_000);

  it('SIGKILL of Node still takes Chromium down (the DevTools pipe closes)', async () => {
    const { profile } = await stopMidCrawl('SIGKILL');
    expect(await waitFor(() => chromiumProcessesFor(profile).length === 0, 5000)).toBe(true);
    rmSync(path.dirname(profile), { recursive: true, force: true }); // the one thing SIGKILL cannot clean
  }, 30_000);
});
