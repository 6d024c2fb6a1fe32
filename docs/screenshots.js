#!/usr/bin/env node
/**
 * Regenerates docs/report-phone.png: the example retailer audited with its site (served
 * on 127.0.0.1 by the tool, without Lighthouse), its HTML report opened in Chromium at
 * 390 CSS pixels (a phone), from the top of the page through the score by area.
 *
 *   npm run build && node docs/screenshots.js
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { CHROME_FLAGS, findChrome } = await import(path.join(root, 'dist/probes/browser.js'));
const { default: puppeteer } = await import('puppeteer-core');

const dir = mkdtempSync(path.join(tmpdir(), 'readiness-screenshot-'));
try {
  const html = path.join(dir, 'report.html');
  execFileSync(process.execPath, [
    path.join(root, 'bin/readiness.js'), 'audit',
    '--serve', 'examples/tienda-andina/site', '-p', 'examples/tienda-andina/profile.yaml',
    '--no-lighthouse', '--format', 'html', '--out', html, '--lang', 'en',
  ], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

  const chrome = findChrome();
  if (!chrome) throw new Error('no Chrome or Chromium found; set CHROME_PATH');
  const browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, pipe: true, args: [...CHROME_FLAGS], userDataDir: path.join(dir, 'profile') });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await page.setJavaScriptEnabled(false);
    await page.setContent(readFileSync(html, 'utf8'), { waitUntil: 'load' });
    const { bottom, scrollWidth } = await page.evaluate(() => ({
      bottom: document.querySelector('table.areas').getBoundingClientRect().bottom + window.scrollY + 12,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    if (scrollWidth > 390) throw new Error(`the report is ${scrollWidth} px wide at 390 px`);
    const out = path.join(root, 'docs/report-phone.png');
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 390, height: Math.ceil(bottom) }, captureBeyondViewport: true });
    process.stderr.write(`wrote ${path.relative(root, out)} (390 × ${Math.ceil(bottom)} CSS px, at 2×)\n`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
