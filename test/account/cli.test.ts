/**
 * The real, built CLI signed in to the fixture portal: every output format, the saved
 * evidence and the Lighthouse results searched for the test credentials (none may be
 * there, in any encoding), the journeys' row in the reports and the failing step's
 * screenshot beside them; an unset credential variable is exit 2 before any probing.
 *
 * The portal runs in this process, so the CLI runs asynchronously (spawnSync would
 * block the server it probes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scratch, type CliResult } from '../helpers/cli.js';
import { CREDENTIALS, leaks, run } from './run.js';
import { PORTAL_USER, startPortal, type Portal } from './portal.js';

const PROFILE = path.join(ROOT, 'examples/tienda-andina/profile.yaml');
const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

const CONFIG = `
login:
  url: /ingresar
  steps:
    - { fill: "#usuario", value: "\${env.PORTAL_USER}" }
    - { fill: "#clave", value: "\${env.PORTAL_PASSWORD}" }
    - { click: "#entrar" }
  success: "#mi-cuenta"
account: { maxPages: 8 }
journeys:
  - name: track my order
    steps:
      - { click: "a[href$='/cuenta/pedidos']" }
      - { click: "a.ver-pedido" }
      - { waitFor: "#estado-pedido" }
  - name: update my details
    steps:
      - { click: "a[href$='/cuenta/datos']" }
      # The form does not name the user: typing the user name shows it in a field, which the screenshot blanks.
      - { fill: "input[name=email]", value: "\${env.PORTAL_USER}" }
      - { click: "#guardar-que-no-existe", timeout: 2s }
`;

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

describe('readiness audit signed in, every output searched for the credentials', () => {
  let dir: string;
  let out: string;
  let r: CliResult;

  beforeAll(async () => {
    dir = scratch({ 'readiness.config.yaml': CONFIG });
    out = path.join(dir, 'report');
    r = await run(['audit', portal.url, '-p', PROFILE, '-c', path.join(dir, 'readiness.config.yaml'), '--format', 'json,html,md,junit,terminal', '--out', out, '--no-lighthouse', '--max-pages', '4'], CREDENTIALS);
  }, 300_000);

  it('runs the audit to a gate decision, signed in', () => {
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stderr).toContain('signed in');
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const check = (id: string) => report.checks.find((c: { id: string }) => c.id === id);
    expect(check('self-service.account-functions').status).toBe('pass');
    expect(check('self-service.account-functions-reach').status).toBe('pass');
    // One journey stopped: the effort check is an error naming it and its step.
    expect(check('measurement.journey-effort').status).toBe('error');
    expect(JSON.stringify(check('measurement.journey-effort'))).toContain('update my details');
  });

  it('shows a row per journey in the reports, with the failing step and its screenshot', () => {
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('Customer journeys');
    expect(html).toMatch(/<th scope="row">track my order<\/th><td><span class="badge st-pass">completed/);
    expect(html).toContain('href="journeys/update-my-details-step-3.png"');
    const shot = path.join(out, 'journeys', 'update-my-details-step-3.png');
    expect(existsSync(shot)).toBe(true);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    // Taken although the step's field held the user name: it was blanked first (a credential still shown withholds the screenshot).
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(JSON.stringify(report)).not.toContain('no screenshot');
    const terminal = readFileSync(path.join(out, 'report.txt'), 'utf8');
    expect(terminal).toMatch(/update my details: stopped — 2 actions/);
    expect(terminal).toContain('step 3 (click "#guardar-que-no-existe")');
  });

  it('writes no credential, in any form, in any file, on stdout or on stderr', () => {
    const files = filesIn(out);
    expect(files.map((f) => path.relative(out, f)).sort()).toEqual(expect.arrayContaining(['report.json', 'report.html', 'report.md', 'report.xml', 'report.txt', 'journeys/update-my-details-step-3.png']));
    for (const f of files) expect(leaks(readFileSync(f, 'latin1')), f).toEqual([]);
    expect(leaks(r.stdout)).toEqual([]);
    expect(leaks(r.stderr)).toEqual([]);
  });
});

describe('saved evidence and Lighthouse results, signed in', () => {
  it('--gather-only with Lighthouse: evidence.json and every artifact hold no credential', async () => {
    const dir = scratch({ 'readiness.config.yaml': CONFIG.replace(/journeys:[\s\S]*$/, '') });
    const out = path.join(dir, 'evidence');
    const r = await run(['audit', portal.url, '-c', path.join(dir, 'readiness.config.yaml'), '--gather-only', out, '--max-pages', '1'], CREDENTIALS, 420_000);
    expect(r.code, r.stderr).toBe(0);
    const saved = JSON.parse(readFileSync(path.join(out, 'evidence.json'), 'utf8'));
    expect(saved.evidence['site.account.signedIn'].value).toBe(true);
    // Lighthouse audited the account page signed in: its result is the account page, not the sign-in form.
    const artifacts = filesIn(out).filter((f) => f.includes(`${path.sep}lighthouse${path.sep}`));
    expect(artifacts.length).toBeGreaterThanOrEqual(2);
    const account = artifacts.map((f) => JSON.parse(readFileSync(f, 'utf8'))).find((lhr) => /\/cuenta\//.test(lhr.finalDisplayedUrl ?? lhr.finalUrl ?? ''));
    expect(account, artifacts.join(', ')).toBeDefined();
    expect(account.audits['final-screenshot']?.details).toBeUndefined();
    for (const f of filesIn(out)) expect(leaks(readFileSync(f, 'latin1')), f).toEqual([]);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  }, 450_000);
});

describe('an unset credential variable', () => {
  it('is exit 2 naming the file, line and column, before any probing', async () => {
    const dir = scratch({ 'readiness.config.yaml': CONFIG });
    const config = path.join(dir, 'readiness.config.yaml');
    const before = portal.hits.get('/') ?? 0;
    const r = await run(['audit', portal.url, '-p', PROFILE, '-c', config, '--no-lighthouse'], { PORTAL_USER, PORTAL_PASSWORD: undefined }, 60_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${config}:6:32: error: the environment variable PORTAL_PASSWORD is not set (or is empty)`);
    expect(portal.hits.get('/') ?? 0).toBe(before);
    expect(leaks(r.stderr)).toEqual([]);
  });

  it('a login value written in the file is exit 2 at its place', async () => {
    const dir = scratch({ 'readiness.config.yaml': CONFIG.replace('"${env.PORTAL_PASSWORD}"', 'hunter2') });
    const config = path.join(dir, 'readiness.config.yaml');
    const r = await run(['validate', config], {}, 60_000);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(new RegExp(`readiness.config.yaml:6:32: error: a login value comes only from an environment variable`));
  });
});
