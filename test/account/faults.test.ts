/**
 * Faults behind the login, in real Chromium against the fixture portal: a site that
 * rate-limits briefly (429 with Retry-After: 1) is waited for, at the sign-in and in a
 * journey; a journey that stops on a page asking for a password gets no screenshot; a
 * journey run signed out; each ends in bounded time.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gather } from '../../src/gather.js';
import { readConfig, type Config } from '../../src/config/load.js';
import { launchBrowser, type BrowserHandle } from '../../src/probes/index.js';
import type { JourneyRun } from '../../src/probes/account/journeys.js';
import { scratch } from '../helpers/cli.js';
import { PORTAL_PASSWORD, PORTAL_USER, startPortal, type Portal } from './portal.js';

let portal: Portal;
let browser: BrowserHandle;

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
  process.env.PORTAL_USER = PORTAL_USER;
  process.env.PORTAL_PASSWORD = PORTAL_PASSWORD;
});

afterAll(async () => {
  delete process.env.PORTAL_USER;
  delete process.env.PORTAL_PASSWORD;
  await browser?.close();
  await portal?.close();
});

function configOf(yaml: string): Config {
  const dir = scratch({ 'readiness.config.yaml': yaml });
  const { config, problems } = readConfig(path.join(dir, 'readiness.config.yaml'));
  expect(problems).toEqual([]);
  return config!;
}

describe('a site that rate-limits briefly', () => {
  it('is waited for as its Retry-After asks, at the sign-in and in a journey', async () => {
    const lines: string[] = [];
    const started = Date.now();
    const r = await gather({
      urls: [portal.url], lighthouse: false, browser, maxPages: 2, log: (l) => lines.push(l),
      config: configOf(`
login:
  url: /ingresar-limitado
  steps:
    - { fill: "#usuario", value: "\${env.PORTAL_USER}" }
    - { fill: "#clave", value: "\${env.PORTAL_PASSWORD}" }
    - { click: "#entrar" }
  success: "#mi-cuenta"
account: { maxPages: 2 }
journeys:
  - name: a busy page
    steps:
      - { goto: /cuenta/limitado }
      - { waitFor: "#listo" }
`),
    });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.evidence['site.account.signedIn']?.value).toBe(true);
    expect(portal.hits.get('/ingresar-limitado')).toBe(2);
    const runs = r.evidence['site.journeys.runs']?.value as JourneyRun[];
    expect(runs[0]).toMatchObject({ name: 'a busy page', success: true, stepsDone: 2, actions: 0 });
    expect(portal.hits.get('/cuenta/limitado')).toBe(2);
    expect(lines.join('\n')).toMatch(/journey "a busy page": the site answers 429; waiting 1 s as its Retry-After asks/);
  }, 90_000);
});

describe('screenshots never show a page holding credentials', () => {
  it('a journey that stops on a page asking for a password gets none, and says why', async () => {
    const outDir = scratch();
    const r = await gather({
      urls: [portal.url], lighthouse: false, browser, maxPages: 2, outDir,
      config: configOf(`
journeys:
  - name: sign in by hand
    start: /ingresar
    steps:
      - { fill: "#usuario", value: "\${env.PORTAL_USER}" }
      - { fill: "#clave", value: "\${env.PORTAL_PASSWORD}" }
      - { click: "#no-existe", timeout: 1s }
  - name: browse the help
    steps:
      - { click: "a[href$='/ayuda']" }
      - { waitFor: "#no-existe-tampoco", timeout: 1s }
`),
    });
    expect(r.evidence['site.account.signedIn']?.missing).toMatch(/no sign-in is configured/);
    const [byHand, help] = r.evidence['site.journeys.runs']?.value as JourneyRun[];
    expect(byHand).toMatchObject({ success: false, signedIn: false, failedAt: { step: 3, code: 'selector-timeout' } });
    expect(byHand!.screenshot).toBeUndefined();
    expect(byHand!.screenshotNote).toBe('no screenshot: the page asks for a password');
    expect(existsSync(path.join(outDir, 'journeys', 'sign-in-by-hand-step-3.png'))).toBe(false);
    // A public page: its screenshot is taken.
    expect(help).toMatchObject({ success: false, signedIn: false, actions: 1, pages: 2, screenshot: 'journeys/browse-the-help-step-2.png' });
    expect(existsSync(path.join(outDir, 'journeys', 'browse-the-help-step-2.png'))).toBe(true);
    expect(JSON.stringify(r)).not.toContain(PORTAL_PASSWORD);
    expect(JSON.stringify(r)).not.toContain(PORTAL_USER);
  }, 90_000);
});
