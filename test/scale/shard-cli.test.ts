/**
 * A split audit through the real CLI, with real Chromium and Lighthouse against a
 * fixture site served locally: three shards merged give the report the unsplit run gives
 * (reportContent: the same checks, states, scores, pages and evidence, less the run's
 * times and the measured times — Lighthouse's performance figures and the verdicts drawn
 * from them, which one slow run on this busy machine can move, as it can between two
 * unsplit runs; test/scale/merge.test.ts shows those equal too given the same
 * measurements); merge refuses shards that do not belong together (exit 2);
 * a missing shard and a shard stopped by its time limit become errors naming them.
 * Behind the login (fixture portal): two journeys split across two shards, each shard
 * signing in for its own, merge into the unsplit run's report, with no credential in
 * any file written.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteProfile, startSite, type FixtureSite } from '../../bench/portfolio-sites.js';
import { contentDifferences } from '../../src/scale/content.js';
import type { Report } from '../../src/types.js';
import { BIN, scratch, type CliResult } from '../helpers/cli.js';
import { CREDENTIALS, leaks, run as runSignedIn } from '../account/run.js';
import { startPortal, type Portal } from '../account/portal.js';

/** The CLI as a child process, awaited (the fixture server lives in this process and must keep answering). */
function run(args: string[], timeoutMs = 240_000): Promise<CliResult & { ms: number }> {
  const t = Date.now();
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
    for (const k of ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'GITHUB_STEP_SUMMARY']) delete env[k];
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t });
    });
  });
}

const readReport = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Report;

describe('audit --shard i/n and readiness merge', () => {
  let site: FixtureSite;
  let dir: string;
  let profile: string;
  // One tab: the crawl then reads the pages in the same order every time.
  const common = () => [site.url, '-p', profile, '--concurrency', '1'];

  beforeAll(async () => {
    // Site 6 of the fixtures: home, contact and complaints pages for Lighthouse, one per shard.
    site = await startSite(5);
    dir = scratch({ 'profile.yaml': siteProfile(5), 'other-profile.yaml': siteProfile(5).replace('Tienda Fixture 6', 'Tienda Fixture Seis') });
    profile = path.join(dir, 'profile.yaml');
  });
  afterAll(async () => site?.close());

  it('merges three shards into the report the unsplit audit gives', async () => {
    const full = await run(['audit', ...common(), '--format', 'json,html', '--out', path.join(dir, 'full')]);
    expect(full.code, full.stderr).toBe(0);
    const times: number[] = [];
    for (const i of [1, 2, 3]) {
      const r = await run(['audit', ...common(), '--shard', `${i}/3`, '--out', path.join(dir, `shard-${i}`)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`shard ${i}/3: .* in .*; wrote .*shard-${i}-of-3\\.json`));
      times.push(r.ms);
    }
    const merged = await run(['merge', path.join(dir, 'shard-1'), path.join(dir, 'shard-2'), path.join(dir, 'shard-3'), '--format', 'json,html', '--out', path.join(dir, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toMatch(/shard 1\/3: .*\(site, lighthouse:\/pqrs\/\)/);
    expect(merged.stderr).toMatch(/shard 2\/3: .*\(lighthouse:\/\)/);
    expect(merged.stderr).toMatch(/shard 3\/3: .*\(lighthouse:\/contacto\/\)/);

    const a = readReport(path.join(dir, 'full', 'report.json'));
    const b = readReport(path.join(dir, 'merged', 'report.json'));
    expect(contentDifferences(a, b, { measured: 'verdicts' })).toEqual([]);
    // Not vacuous: three pages went through Lighthouse, one in each shard.
    const pages = b.checks.find((c) => c.evidence.key === 'lighthouse.performance')!.evidence.sources.map((s) => new URL(s.url!).pathname).sort();
    expect(pages).toEqual(['/', '/contacto/', '/pqrs/']);
    expect(b.areas.filter((x) => x.id !== 'web-quality').map((x) => [x.id, x.score, x.coverage])).toEqual(a.areas.filter((x) => x.id !== 'web-quality').map((x) => [x.id, x.score, x.coverage]));
    // Each shard's Lighthouse results were copied beside the merged report, where its links point.
    for (const f of ['home', 'contacto', 'pqrs']) expect(existsSync(path.join(dir, 'merged', 'lighthouse', `${f}-mobile.json`)), f).toBe(true);
    expect(readFileSync(path.join(dir, 'merged', 'report.html'), 'utf8')).toContain('Tienda Fixture 6');
  }, 600_000);

  it('refuses shards of another version or a shard given twice (exit 2, saying which)', async () => {
    const other = path.join(dir, 'other-version');
    mkdirSync(other, { recursive: true });
    const s3 = JSON.parse(readFileSync(path.join(dir, 'shard-3', 'shard-3-of-3.json'), 'utf8'));
    s3.tool.version = '9.9.9';
    writeFileSync(path.join(other, 'shard-3-of-3.json'), JSON.stringify(s3));
    const r = await run(['merge', path.join(dir, 'shard-1'), path.join(dir, 'shard-2'), other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/merge refused: the shards come from different versions of readiness: .*\(1, 2\), 9\.9\.9 \(3\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const twice = path.join(dir, 'twice');
    mkdirSync(twice, { recursive: true });
    copyFileSync(path.join(dir, 'shard-2', 'shard-2-of-3.json'), path.join(twice, 'shard-2-of-3.json'));
    const t2 = await run(['merge', path.join(dir, 'shard-1'), path.join(dir, 'shard-2'), twice, path.join(dir, 'shard-3')]);
    expect(t2.code).toBe(2);
    expect(t2.stderr).toMatch(/shard 2\/3 was given twice/);

    const none = await run(['merge', path.join(dir, 'full')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no shard-i-of-n\.json in/);
  }, 120_000);

  it('refuses a shard run with another profile (exit 2, naming the shard and the profile)', async () => {
    const r = await run(['audit', site.url, '-p', path.join(dir, 'other-profile.yaml'), '--concurrency', '1', '--shard', '3/3', '--out', path.join(dir, 'other-profile')]);
    expect(r.code, r.stderr).toBe(0);
    const m = await run(['merge', path.join(dir, 'shard-1'), path.join(dir, 'shard-2'), path.join(dir, 'other-profile'), '--lang', 'es']);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/unión rechazada: el fragmento 3\/3 difiere del fragmento 1\/3 en el perfil/);
  }, 240_000);

  it('reports the pages of a missing shard as errors naming it, and still applies the gate', async () => {
    const r = await run(['merge', path.join(dir, 'shard-1'), path.join(dir, 'shard-2'), '--format', 'json', '--out', path.join(dir, 'partial.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/shard 3\/3: no output; its units \(lighthouse:\/contacto\/\) are reported as errors/);
    const report = readReport(path.join(dir, 'partial.json'));
    const perf = report.checks.find((c) => c.evidence.key === 'lighthouse.performance')!;
    expect(perf.evidence.sources.filter((s) => /shard 3\/3, which was to run this, produced no output/.test(s.note ?? '')).map((s) => new URL(s.url!).pathname).sort()).toEqual(['/contacto/']);
  }, 120_000);

  it('ends a shard at its time limit with its file saying the step, and merge reports it', async () => {
    const r = await run(['audit', ...common(), '--shard', '2/3', '--time-limit', '4s', '--out', path.join(dir, 'late')]);
    expect(r.code).toBe(3);
    expect(r.ms).toBeLessThan(30_000);
    expect(r.stderr).toMatch(/shard 2\/3 stopped at its time limit of 4(\.0)? s, during (the crawl|Lighthouse|start-up)/);
    const saved = JSON.parse(readFileSync(path.join(dir, 'late', 'shard-2-of-3.json'), 'utf8'));
    expect(saved.failure).toMatchObject({ code: 'time-limit' });
    const m = await run(['merge', path.join(dir, 'shard-1'), path.join(dir, 'late'), path.join(dir, 'shard-3'), '--format', 'json', '--out', path.join(dir, 'late.json')]);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stderr).toMatch(/shard 2\/3 failed during .*: time limit of 4 s reached/);
  }, 120_000);
});

describe('journeys split across shards, behind the login', () => {
  // "update my details" stops at its third step (a button that is not there) and leaves a
  // screenshot; it types the user name into a field, which the screenshot must blank.
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
  - name: update my details
    steps:
      - { click: "a[href$='/cuenta/datos']" }
      - { fill: "input[name=email]", value: "\${env.PORTAL_USER}" }
      - { click: "#guardar-que-no-existe", timeout: 2s }
  - name: track my order
    steps:
      - { click: "a[href$='/cuenta/pedidos']" }
      - { click: "a.ver-pedido" }
      - { waitFor: "#estado-pedido" }
`;
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => portal?.close());
  const filesIn = (d: string): string[] => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const signIns = () => portal.hits.get('POST /ingresar') ?? 0;

  it('runs each journey in its own shard, signed in there, and merges into the unsplit report', async () => {
    const d = scratch({ 'readiness.config.yaml': CONFIG });
    const profile = path.join(process.cwd(), 'examples/tienda-andina/profile.yaml');
    const common = [portal.url, '-p', profile, '-c', path.join(d, 'readiness.config.yaml'), '--no-lighthouse', '--max-pages', '4', '--concurrency', '1'];
    const ms: Record<string, number> = {};
    const timed = async (name: string, args: string[]) => {
      const t = Date.now();
      const r = await runSignedIn(args, CREDENTIALS);
      ms[name] = Date.now() - t;
      return r;
    };

    const full = await timed('unsplit', ['audit', ...common, '--format', 'json,html', '--out', path.join(d, 'full')]);
    expect([0, 1], full.stderr).toContain(full.code);
    expect(signIns()).toBe(1);
    // The plan: site, then the journeys in the config's order, dealt round-robin.
    const one = await timed('shard 1/2', ['audit', ...common, '--shard', '1/2', '--out', path.join(d, 'shard-1')]);
    expect(one.code, one.stderr).toBe(0);
    expect(signIns()).toBe(2);
    expect(one.stderr).toMatch(/shard 1\/2: .*site.*journey:track my order/);
    const two = await timed('shard 2/2', ['audit', ...common, '--shard', '2/2', '--out', path.join(d, 'shard-2')]);
    expect(two.code, two.stderr).toBe(0);
    // Shard 2 owns only a journey behind the login: it signs in for it, and reads no account area.
    expect(signIns()).toBe(3);
    expect(two.stderr).toMatch(/signed in \(.*\) for the journeys/);
    const s1 = JSON.parse(readFileSync(path.join(d, 'shard-1', 'shard-1-of-2.json'), 'utf8'));
    const s2 = JSON.parse(readFileSync(path.join(d, 'shard-2', 'shard-2-of-2.json'), 'utf8'));
    expect(s1.plan.units.map((u: { id: string }) => u.id)).toEqual(['site', 'journey:update my details', 'journey:track my order']);
    expect(s1.journeys.map((r: { name: string }) => r.name)).toEqual(['track my order']);
    expect(s2.journeys.map((r: { name: string }) => r.name)).toEqual(['update my details']);
    expect(s2.site).toBeUndefined();
    expect(Object.keys(s1.site.evidence).filter((k) => k.startsWith('site.journeys.'))).toEqual([]);
    expect(s1.site.evidence['site.account.signedIn'].value).toBe(true);
    expect(existsSync(path.join(d, 'shard-2', 'journeys', 'update-my-details-step-3.png'))).toBe(true);

    const merged = await timed('merge', ['merge', path.join(d, 'shard-1'), path.join(d, 'shard-2'), '--format', 'json,html', '--out', path.join(d, 'merged')]);
    expect([0, 1], merged.stderr).toContain(merged.code);
    expect(merged.stderr).toMatch(/shard 1\/2: .*\(site, journey:track my order\)/);
    expect(merged.stderr).toMatch(/shard 2\/2: .*\(journey:update my details\)/);

    const a = readReport(path.join(d, 'full', 'report.json'));
    const b = readReport(path.join(d, 'merged', 'report.json'));
    expect(contentDifferences(a, b)).toEqual([]);
    // Not vacuous: both journeys are there, in the config's order, one completed and one stopped.
    const effort = b.checks.find((c) => c.id === 'measurement.journey-effort')!;
    const runs = effort.details!.find((x) => x.key === 'site.journeys.runs')!.value as { name: string; success: boolean; actions: number }[];
    expect(runs.map((r) => [r.name, r.success, r.actions])).toEqual([['update my details', false, 2], ['track my order', true, 2]]);
    expect(effort.status).toBe('error');
    expect(JSON.stringify(effort)).toContain('update my details');
    const html = readFileSync(path.join(d, 'merged', 'report.html'), 'utf8');
    expect(html.indexOf('>update my details<')).toBeGreaterThan(-1);
    expect(html.indexOf('>update my details<')).toBeLessThan(html.indexOf('>track my order<'));
    // The stopped journey's screenshot, taken by shard 2, is beside the merged report where its link points.
    expect(html).toContain('href="journeys/update-my-details-step-3.png"');
    expect(existsSync(path.join(d, 'merged', 'journeys', 'update-my-details-step-3.png'))).toBe(true);

    for (const f of filesIn(d)) expect(leaks(readFileSync(f, 'latin1')), f).toEqual([]);
    expect(leaks([full, one, two, merged].map((r) => r.stdout + r.stderr).join('\n'))).toEqual([]);
    console.log(`journeys split in 2 shards: ${Object.entries(ms).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  }, 600_000);

  it('runs journeys signed out in the shard that owns them when no sign-in is configured', async () => {
    const d = scratch({ 'readiness.config.yaml': `
journeys:
  - name: read the FAQ
    steps:
      - { click: "a[href$='/ayuda']" }
      - { waitFor: "h1" }
  - name: find the phone
    steps:
      - { click: "a[href$='/contacto']" }
      - { waitFor: "h1" }
` });
    const profile = path.join(process.cwd(), 'examples/tienda-andina/profile.yaml');
    const common = [portal.url, '-p', profile, '-c', path.join(d, 'readiness.config.yaml'), '--no-lighthouse', '--max-pages', '4', '--concurrency', '1'];
    const before = signIns();
    const full = await runSignedIn(['audit', ...common, '--format', 'json,html', '--out', path.join(d, 'full')], {});
    expect([0, 1], full.stderr).toContain(full.code);
    for (const i of [1, 2]) {
      const r = await runSignedIn(['audit', ...common, '--shard', `${i}/2`, '--out', path.join(d, `shard-${i}`)], {});
      expect(r.code, r.stderr).toBe(0);
    }
    expect(signIns()).toBe(before);
    const s2 = JSON.parse(readFileSync(path.join(d, 'shard-2', 'shard-2-of-2.json'), 'utf8'));
    expect(s2.journeys.map((r: { name: string; signedIn: boolean; success: boolean }) => [r.name, r.signedIn, r.success])).toEqual([['read the FAQ', false, true]]);
    const merged = await runSignedIn(['merge', path.join(d, 'shard-1'), path.join(d, 'shard-2'), '--format', 'json', '--out', path.join(d, 'merged.json')], {});
    expect([0, 1], merged.stderr).toContain(merged.code);
    expect(contentDifferences(readReport(path.join(d, 'full', 'report.json')), readReport(path.join(d, 'merged.json')))).toEqual([]);
  }, 300_000);
});
