/**
 * A real Chromium for the report tests: the same browser lookup as the probes
 * (findChrome), a throw-away profile, and a page that records every request it
 * tries to make and every dialog it opens.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../src/probes/browser.js';

export const chrome = findChrome()?.path ?? null;

export async function startBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const { default: puppeteer } = await import('puppeteer-core');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'readiness-report-test-'));
  const browser = await puppeteer.launch({ executablePath: chrome!, headless: true, pipe: true, userDataDir, args: [...CHROME_FLAGS] });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface Opened {
  page: Page;
  /** Every request the page tried to make (all were refused). */
  requests: string[];
  dialogs: string[];
  errors: string[];
}

/** A phone: 390 CSS pixels wide, as an iPhone 12–15 in portrait. */
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true } as const;

/** Opens HTML with JavaScript enabled, refusing and recording every request; on a phone-sized screen when `viewport` is given. */
export async function openHtml(browser: Browser, html: string, viewport?: { width: number; height: number; deviceScaleFactor?: number; isMobile?: boolean; hasTouch?: boolean }): Promise<Opened> {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    requests.push(req.url());
    void req.abort('blockedbyclient');
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests, dialogs, errors };
}
