/**
 * `readiness doctor` — is this machine ready to probe sites? Reports the Node
 * version, the browser found (path and how), and whether a page opens: a tiny page is
 * served on 127.0.0.1 and loaded in the browser. Exit 0 when everything works, 3 when
 * no browser is usable.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXIT } from '../exit.js';

export interface DoctorIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const SOURCE_TEXT: Record<string, string> = {
  CHROME_PATH: 'from the CHROME_PATH variable',
  system: 'in a usual install location',
  PATH: 'on the PATH',
  'puppeteer-cache': 'in the Puppeteer browser cache',
};

export async function run(_opts: Record<string, unknown>, io: DoctorIO): Promise<number> {
  const out = (s: string): void => {
    io.stdout.write(s + '\n');
  };
  let ok = true;
  const major = Number(process.versions.node.split('.')[0]);
  out(`${major >= 20 ? '✓' : '✗'} Node.js ${process.versions.node}${major >= 20 ? '' : ' — version 20 or later is required'}`);
  if (major < 20) ok = false;

  const probes = await import('../../probes/index.js');
  if (process.env.CHROME_PATH) {
    const direct = probes.findChrome({ CHROME_PATH: process.env.CHROME_PATH }, { platform: process.platform });
    if (!direct || direct.source !== 'CHROME_PATH') out(`! CHROME_PATH=${process.env.CHROME_PATH} is not an executable file; looking elsewhere`);
  }
  const found = probes.findChrome();
  if (!found) {
    out('✗ No Chrome or Chromium browser found');
    io.stderr.write(new probes.BrowserNotFoundError().message + '\n');
    return EXIT.unreachable;
  }
  out(`✓ Browser: ${found.path} (${SOURCE_TEXT[found.source] ?? found.source})`);

  let handle: Awaited<ReturnType<typeof probes.launchBrowser>> | undefined;
  let server: Awaited<ReturnType<typeof probes.serveDir>> | undefined;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'readiness-doctor-'));
  try {
    const t0 = Date.now();
    handle = await probes.launchBrowser({ executablePath: found.path, timeoutMs: 30_000 });
    out(`✓ Browser starts headless (${await handle.browser.version()}, ${Date.now() - t0} ms)`);
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><head><title>readiness doctor</title></head><body><h1>It works</h1></body></html>');
    server = await probes.serveDir(dir);
    const page = await handle.browser.newPage();
    const t1 = Date.now();
    await page.goto(server.url, { waitUntil: 'load', timeout: 15_000 });
    const title = await page.title();
    if (title === 'readiness doctor') out(`✓ A page opens (${server.url}, ${Date.now() - t1} ms)`);
    else {
      ok = false;
      out(`✗ The test page loaded but reads "${title}"`);
    }
  } catch (err) {
    ok = false;
    out(`✗ The browser could not open a page: ${(err as Error).message.split('\n')[0]}`);
  } finally {
    await handle?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }
  out(ok ? 'Ready to probe sites.' : 'Not ready: see above.');
  return ok ? EXIT.ok : EXIT.unreachable;
}
