/**
 * Behind the login, end to end in real Chromium against the fixture portal (a real HTTP
 * server with cookie sessions): signing in once, the account functions found by their
 * clicks from the landing page, a journey that completes and one that stops at a known
 * step with its screenshot, and a failed sign-in as `error` evidence while the public
 * probes go on.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gather } from '../../src/gather.js';
import { readConfig, type Config } from '../../src/config/load.js';
import { launchBrowser, type BrowserHandle } from '../../src/probes/index.js';
import type { FunctionFinding } from '../../src/probes/account/functions.js';
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

const LOGIN = (url = '/ingresar', success = '#mi-cuenta', submit = '#entrar') => `
login:
  url: ${url}
  steps:
    - { fill: "#usuario", value: "\${env.PORTAL_USER}" }
    - { fill: "#clave", value: "\${env.PORTAL_PASSWORD}" }
    - { click: "${submit}" }
  success: "${success}"
  timeout: 20s
`;

const JOURNEYS = `
journeys:
  - name: track my order
    steps:
      - { click: "a[href$='/cuenta/pedidos']", name: open my orders }
      - { click: "a.ver-pedido" }
      - { waitFor: "#estado-pedido" }
  - name: download my invoice
    steps:
      - { click: "a[href$='/cuenta/facturas']" }
      - { download: "a.descargar-factura" }
  - name: file a complaint
    timeout: 20s
    steps:
      - { click: "a[href$='/cuenta/reclamos']" }
      - { click: "#radicar" }
      - { fill: "#detalle", value: "Mi pedido llegó incompleto" }
      - { click: "#boton-que-no-existe", name: send the complaint, timeout: 2s }
`;

function configOf(yaml: string): Config {
  const dir = scratch({ 'readiness.config.yaml': yaml });
  const { config, problems } = readConfig(path.join(dir, 'readiness.config.yaml'));
  expect(problems).toEqual([]);
  return config!;
}

const all = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

describe('signed in to the fixture portal', () => {
  let result: Awaited<ReturnType<typeof gather>>;
  let outDir: string;
  const lines: string[] = [];

  beforeAll(async () => {
    outDir = scratch();
    result = await gather({ urls: [portal.url], config: configOf(LOGIN() + JOURNEYS), lighthouse: false, browser, maxPages: 6, outDir, log: (l) => lines.push(l) });
  }, 120_000);

  it('signs in once, with a session the account crawl reuses', () => {
    expect(result.evidence['site.account.signedIn']?.value).toBe(true);
    expect(portal.hits.get('POST /ingresar')).toBe(1);
    expect(result.evidence['site.account.pages']?.value).toBeGreaterThanOrEqual(5);
    // The signed-in crawl never followed "Cerrar sesión".
    expect(portal.hits.get('/salir') ?? 0).toBe(0);
  });

  it('finds every account function, with its clicks from the landing page', () => {
    const found = result.evidence['site.account.functions']?.value as FunctionFinding[];
    const by = Object.fromEntries(found.map((f) => [f.function, f]));
    expect(found.filter((f) => !f.found).map((f) => f.function)).toEqual([]);
    // A page about it beats the link to it at equal clicks.
    expect(by.statement).toMatchObject({ clicks: 1, via: 'page', url: `${portal.url}cuenta/estado-de-cuenta` });
    expect(by.invoices).toMatchObject({ clicks: 1 });
    expect(by['orders-in-progress']).toMatchObject({ clicks: 1, via: 'section' });
    expect(by['invoice-download']).toMatchObject({ clicks: 2, via: 'download' });
    expect(by['repeat-order']).toMatchObject({ clicks: 2, via: 'button' });
    expect(by['payments-applied']).toMatchObject({ clicks: 1 });
    expect(result.evidence['site.account.clicksMax']?.value).toBe(2);
    expect((result.evidence['site.account.functionsFound']?.value as string[]).length).toBe(9);
  });

  it('keeps the public probes: the crawl of the site as a visitor sees it', () => {
    expect(result.pages.some((p) => p.url.endsWith('/contacto'))).toBe(true);
    expect(result.evidence['site.contact.phones']?.value).toBeTruthy();
  });

  it('runs a journey that completes, with its actions, pages and time', () => {
    const runs = result.evidence['site.journeys.runs']?.value as JourneyRun[];
    expect(runs.map((r) => [r.name, r.success])).toEqual([['track my order', true], ['download my invoice', true], ['file a complaint', false]]);
    const track = runs[0]!;
    expect(track).toMatchObject({ signedIn: true, steps: 3, stepsDone: 3, actions: 2, pages: 3 });
    expect(track.timeMs).toBeGreaterThan(0);
    expect(runs[1]).toMatchObject({ actions: 2, stepsDone: 2 });
  });

  it('stops a journey at the known step, naming it, with a screenshot of that step', () => {
    const runs = result.evidence['site.journeys.runs']?.value as JourneyRun[];
    const complaint = runs[2]!;
    expect(complaint.failedAt).toMatchObject({ step: 4, label: 'send the complaint', action: 'click', target: '#boton-que-no-existe', code: 'selector-timeout' });
    expect(complaint.stepsDone).toBe(3);
    expect(complaint.actions).toBe(3);
    expect(complaint.screenshot).toBe('journeys/file-a-complaint-step-4.png');
    const png = readFileSync(path.join(outDir, complaint.screenshot!));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The effort evidence is an error naming the journey and step; completion is a share.
    expect(result.evidence['site.journeys.effortMax']?.error?.code).toBe('selector-timeout');
    expect(result.evidence['site.journeys.effortMax']?.error?.message).toContain('"file a complaint" stopped at step 4 (send the complaint)');
    expect(result.evidence['site.journeys.completed']?.value).toBeCloseTo(2 / 3);
  });

  it('writes no credential anywhere: evidence, log lines, files', () => {
    const text = JSON.stringify(result) + lines.join('\n');
    expect(lines.join('\n')).toContain('signed in');
    for (const secret of [PORTAL_USER, PORTAL_PASSWORD, encodeURIComponent(PORTAL_USER)]) {
      expect(text).not.toContain(secret);
      for (const f of all(outDir)) expect(readFileSync(f).includes(secret), f).toBe(false);
    }
    // The landing URL held the user name (?bienvenida=…): it is masked.
    expect(result.evidence['site.account.signedIn']?.sources[0]?.url).toContain('bienvenida=••••');
  });
});

describe('a failed sign-in is error evidence with the reason; the public probes go on', () => {
  const cases: { name: string; login: string; code: string; says: RegExp; env?: Record<string, string> }[] = [
    { name: 'wrong selector', login: LOGIN('/ingresar', '#mi-cuenta', '#boton-inexistente'), code: 'login-selector', says: /step 3 \(click "#boton-inexistente"\).*not on the page/ },
    { name: 'credentials refused', login: LOGIN(), env: { PORTAL_PASSWORD: 'otra-clave' }, code: 'login-rejected', says: /refused the credentials: "Usuario o clave incorrectos para ••••\."/ },
    { name: 'a sign-in page that never settles', login: LOGIN('/ingresar-lento'), code: 'login-timeout', says: /step 0 \(open the sign-in page\).*never finished loading/ },
    { name: 'credentials refused without a word: the form again', login: LOGIN('/ingresar-mudo'), code: 'login-rejected', says: /showed the sign-in form again/ },
    { name: 'a signed-in marker that never shows', login: LOGIN('/ingresar', '#no-such-marker'), code: 'login-no-success', says: /step 4 \(success "#no-such-marker"\).*did not appear within/ },
    { name: 'CAPTCHA', login: LOGIN('/ingresar-captcha'), code: 'login-captcha', says: /CAPTCHA/ },
    { name: 'a site that rate-limits for an hour', login: LOGIN('/ingresar-muy-limitado'), code: 'rate-limited', says: /step 0 .*rate-limits \(HTTP 429\) and asks to wait 1 h/ },
  ];
  it.each(cases)('$name', async (c) => {
    const saved = { ...process.env };
    Object.assign(process.env, c.env ?? {});
    try {
      const started = Date.now();
      const r = await gather({ urls: [portal.url], config: configOf(c.login + JOURNEYS), lighthouse: false, browser, maxPages: 3 });
      expect(Date.now() - started).toBeLessThan(60_000);
      const signed = r.evidence['site.account.signedIn']!;
      expect(signed.error?.code).toBe(c.code);
      expect(signed.error?.message).toMatch(c.says);
      expect(r.evidence['site.account.functions']?.error?.code).toBe(c.code);
      // The public probes went on.
      expect(r.evidence['site.contact.phones']?.value).toBeTruthy();
      // Journeys that need the session say why they did not run.
      const runs = r.evidence['site.journeys.runs']?.value as JourneyRun[];
      expect(runs.every((j) => !j.success && j.failedAt?.code === 'not-signed-in')).toBe(true);
      const text = JSON.stringify(r);
      expect(text).not.toContain(PORTAL_PASSWORD);
      expect(text).not.toContain(PORTAL_USER);
      if (c.env?.PORTAL_PASSWORD) expect(text).not.toContain(c.env.PORTAL_PASSWORD);
    } finally {
      process.env = saved;
    }
  }, 90_000);
});

describe('config', () => {
  it('is not configured: account and journey keys are missing, not errors', async () => {
    const r = await gather({ urls: [portal.url], lighthouse: false, browser, maxPages: 2 });
    expect(r.evidence['site.account.signedIn']?.missing).toMatch(/no sign-in is configured/);
    expect(r.evidence['site.journeys.runs']?.missing).toMatch(/no journey is configured/);
    expect(existsSync('journeys')).toBe(false);
  });
});
