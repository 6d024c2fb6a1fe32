#!/usr/bin/env node
/**
 * Regenerates docs/interview-web.png: the example retailer's interview served by
 * `readiness interview --web --url …` (its site served on 127.0.0.1 and probed
 * first), in English, on the telephone-hours question with the reason shown and the
 * site's findings beside it. The profile is a copy with that area's last answers
 * taken out, so the index shows an interview in progress.
 *
 *   npm run build && node test/interview/web-screenshot.js
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { launchBrowser } = await import(path.join(root, 'dist/probes/browser.js'));
const { serveDir } = await import(path.join(root, 'dist/probes/serve.js'));

const dir = mkdtempSync(path.join(tmpdir(), 'readiness-web-screenshot-'));
const site = await serveDir(path.join(root, 'examples/tienda-andina/site'));
let child;
let browser;
try {
  const example = readFileSync(path.join(root, 'examples/tienda-andina/profile.yaml'), 'utf8');
  const open = ['channels.phone-staffed-24x7', 'channels.email-service-standard', 'channels.call-centre-resolves'];
  const lines = example.split('\n');
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const id = open.find((q) => lines[i].startsWith(`  ${q}:`));
    if (!id) {
      kept.push(lines[i]);
      continue;
    }
    while (i + 1 < lines.length && lines[i + 1].startsWith('    ')) i++;
  }
  writeFileSync(path.join(dir, 'profile.yaml'), kept.join('\n'));
  for (const f of ['readiness.config.yaml']) copyFileSync(path.join(root, 'examples/tienda-andina', f), path.join(dir, f));

  child = spawn(process.execPath, [path.join(root, 'bin/readiness.js'), 'interview', '-p', 'profile.yaml', '--url', site.url, '--lang', 'en', '--web'], {
    cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: '1' },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s) => (out += s));
  const url = await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /^ {2}(http:\/\/\S+)$/m.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]);
      }
    }, 50);
    child.once('exit', (code) => reject(new Error(`the interview exited (${code}):\n${out}`)));
  });

  browser = await launchBrowser();
  const page = await browser.browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${url}#q=channels.phone-staffed-24x7`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.getElementById('prompt')?.textContent?.startsWith('When do people'), { polling: 50, timeout: 15_000 });
  await page.click('#why-button');
  await page.click('#opt-1');
  await page.focus('button.primary');
  await page.keyboard.press('Shift');
  const height = await page.evaluate(() => Math.max(document.querySelector('.layout').getBoundingClientRect().bottom, 600) + 16);
  const out_ = path.join(root, 'docs/interview-web.png');
  await page.screenshot({ path: out_, clip: { x: 0, y: 0, width: 1280, height: Math.ceil(height) } });
  process.stderr.write(`wrote ${path.relative(root, out_)} (1280 × ${Math.ceil(height)} CSS px)\n`);
} finally {
  await browser?.close();
  child?.kill('SIGINT');
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
