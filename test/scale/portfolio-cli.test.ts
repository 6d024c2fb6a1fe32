/**
 * `readiness audit --sites` through the real CLI, with real Chromium against fixture
 * sites served locally (Lighthouse off: the split-run tests cover it): a report per
 * site and a summary; a site that rate-limits (429, Retry-After: 3600), one that does
 * not answer and one past its time limit end in bounded time with the reason; an
 * interrupted run resumes without redoing finished sites; a bad sites file is exit 2
 * with file:line:column.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, startSites, writePortfolio, type FixtureSite } from '../../bench/portfolio-sites.js';
import { BIN, scratch, type CliResult } from '../helpers/cli.js';
import { closedPort } from '../probes/fault-server.js';

interface Running {
  done: Promise<CliResult & { ms: number }>;
  kill(signal: NodeJS.Signals): void;
}

function start(args: string[], timeoutMs = 240_000): Running {
  const t = Date.now();
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const k of ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'GITHUB_STEP_SUMMARY']) delete env[k];
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<CliResult & { ms: number }>((resolve) => child.on('exit', (code) => {
    clearTimeout(timer);
    resolve({ code, stdout, stderr, ms: Date.now() - t });
  }));
  return { done, kill: (s) => child.kill(s) };
}
const run = (args: string[], timeoutMs?: number) => start(args, timeoutMs).done;

interface State { complete: boolean; sites: { id: string; status: string; resumed?: boolean; failure?: { code: string; step: string; message: string }; score?: number; reports?: string[] }[] }
const stateOf = (out: string) => JSON.parse(readFileSync(path.join(out, 'portfolio.json'), 'utf8')) as State;

describe('readiness audit --sites', () => {
  let shops: { sites: FixtureSite[]; urls: string[]; close(): Promise<unknown> };
  let limited: FixtureSite;
  let slow: FixtureSite;
  let limitedLater: FixtureSite;

  beforeAll(async () => {
    shops = await startSites(4);
    limited = await startSite(10, { limit: { after: 0, retryAfter: 3600 } });
    slow = await startSite(11, { delayMs: 2500 });
    // Answers the first request and the home page, then 429 to everything.
    limitedLater = await startSite(12, { limit: { after: 3, retryAfter: 3600 } });
  });
  afterAll(async () => {
    await shops?.close();
    await limited?.close();
    await slow?.close();
    await limitedLater?.close();
  });

  it('audits each site into its own report, sums them up, and ends the sites it cannot audit with the reason', async () => {
    const dir = scratch();
    const dead = `http://127.0.0.1:${await closedPort()}/`;
    const file = writePortfolio(dir, [...shops.urls.slice(0, 2), limited.url, dead, slow.url, limitedLater.url], 'concurrency: 3');
    // The slow site gets a short limit of its own.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(id: tienda-5, url: "[^"]+")/, '$1, timeLimit: 4s'));
    const out = path.join(dir, 'out');
    const r = await run(['audit', '--sites', file, '--out', out, '--no-lighthouse', '--lang', 'es']);
    expect(r.code, r.stderr).toBe(3);
    const state = stateOf(out);
    expect(state.complete).toBe(true);
    const byId = Object.fromEntries(state.sites.map((s) => [s.id, s]));
    for (const id of ['tienda-1', 'tienda-2']) {
      expect(byId[id]!.status).toBe('audited');
      expect(existsSync(path.join(out, id, 'report.json'))).toBe(true);
      expect(readFileSync(path.join(out, id, 'report.html'), 'utf8')).toContain(`Tienda Fixture ${id.slice(-1)}`);
    }
    expect(byId['tienda-3']!.failure).toMatchObject({ code: 'rate-limited', step: 'preflight' });
    expect(byId['tienda-3']!.failure!.message).toMatch(/answers 429 \(rate-limited\), Retry-After 3600 s/);
    expect(byId['tienda-4']!.failure).toMatchObject({ code: 'unreachable' });
    expect(byId['tienda-5']!.failure).toMatchObject({ code: 'time-limit' });
    expect(byId['tienda-5']!.failure!.message).toMatch(/time limit of 4 s/);
    // A site that starts refusing during the crawl is audited, with its refused pages counted.
    expect(byId['tienda-6']!.status).toBe('audited');
    expect(r.stderr).toMatch(/\[\d\/6\] tienda-3: no auditado \(rate-limited\)/);
    expect(r.stderr).toMatch(/portafolio: 3 de 6 sitios auditados, 3 no/);

    const csv = readFileSync(path.join(out, 'portfolio.csv'), 'utf8');
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows).toHaveLength(7);
    expect(rows[6]).toMatch(/^tienda-6;.*;auditado;.*\d+ de \d+ páginas respondieron 429/);
    expect(rows[0]).toMatch(/^id;Organización;Sitio;Estado;Puntaje;Nivel de madurez;Madurez;Cobertura \(%\);Umbral;/);
    expect(rows[1]).toMatch(/^tienda-1;Tienda Fixture 1;http:\/\/127\.0\.0\.1:\d+\/;auditado;\d+(,\d)?;/);
    expect(rows[3]).toMatch(/^tienda-3;Tienda Fixture 3;;no auditado;/);
    const html = readFileSync(path.join(out, 'portfolio.html'), 'utf8');
    expect(html).toContain('<a href="tienda-1/report.html">Tienda Fixture 1</a>');
    expect(html).toMatch(/no auditado \(rate-limited, durante la primera solicitud\)/);
    expect(html).toContain("content=\"default-src 'none'");
  }, 240_000);

  it('resumes an interrupted run without auditing its finished sites again', async () => {
    const dir = scratch();
    const file = writePortfolio(dir, shops.urls, 'concurrency: 1');
    const out = path.join(dir, 'out');
    const args = ['audit', '--sites', file, '--out', out, '--no-lighthouse', '--format', 'json'];
    const first = start(args);
    // Killed like a CI job that ran out of time, once two sites are done.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        try {
          if (existsSync(path.join(out, 'portfolio.json')) && stateOf(out).sites.filter((s) => s.status === 'audited').length >= 2) {
            clearInterval(poll);
            first.kill('SIGKILL');
            resolve();
          }
        } catch {
          /* being written */
        }
      }, 100);
      first.done.then(() => {
        clearInterval(poll);
        reject(new Error('the run ended before it could be interrupted'));
      });
    });
    await first.done;
    const before = stateOf(out);
    expect(before.complete).toBe(false);
    const finished = before.sites.filter((s) => s.status === 'audited').map((s) => s.id);
    expect(finished.length).toBeGreaterThanOrEqual(2);
    const mtimes = Object.fromEntries(finished.map((id) => [id, statSync(path.join(out, id, 'report.json')).mtimeMs]));

    const second = await run(args);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(new RegExp(`resuming an interrupted portfolio run: ${finished.length} of 4 sites already audited are kept`));
    const after = stateOf(out);
    expect(after.complete).toBe(true);
    expect(after.sites.every((s) => s.status === 'audited')).toBe(true);
    for (const id of finished) {
      expect(statSync(path.join(out, id, 'report.json')).mtimeMs, id).toBe(mtimes[id]);
      expect(after.sites.find((s) => s.id === id)!.resumed).toBe(true);
      expect(second.stderr).not.toMatch(new RegExp(`\\] ${id}: audited`));
    }

    // A completed run is not resumed: the next one audits every site again.
    const third = await run(args);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).not.toMatch(/resuming/);
    expect(stateOf(out).sites.some((s) => s.resumed)).toBe(false);
  }, 300_000);

  it('stops at Ctrl-C with the state saved, and says how to resume (exit 130)', async () => {
    const dir = scratch();
    const file = writePortfolio(dir, shops.urls.slice(0, 3), 'concurrency: 1');
    const out = path.join(dir, 'out');
    const r = start(['audit', '--sites', file, '--out', out, '--no-lighthouse']);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    r.kill('SIGINT');
    const done = await r.done;
    expect(done.code).toBe(130);
    expect(done.stderr).toMatch(/portfolio interrupted: \d of 3 sites audited and kept; run the same command again to resume/);
    expect(stateOf(out).complete).toBe(false);
  }, 120_000);

  it.each<[string, string, RegExp]>([
    ['an unknown key', 'sites:\n  - { url: "https://a.example", profile: p.yaml, colour: red }\n', /sites\.yaml:2:\d+: error: unknown key "colour"/],
    ['a site without a profile', 'sites:\n  - { url: "https://a.example" }\n', /sites\.yaml:2:\d+: error: this site needs `profile:`/],
    ['a URL that is not one', 'sites:\n  - { url: "htps://a.example", profile: p.yaml }\n', /sites\.yaml:2:\d+: error: "htps:\/\/a\.example" is not a full http\(s\) URL/],
    ['a bad time limit', 'timeLimit: soon\nsites:\n  - { url: "https://a.example", profile: p.yaml }\n', /sites\.yaml:1:\d+: error: expected a duration such as 90s, 10m or 1h, got "soon"/],
    ['no sites', 'sites: []\n', /sites\.yaml:1:\d+: error: `sites:` must list at least one site/],
  ])('refuses a sites file with %s (exit 2, located)', async (_n, yaml, message) => {
    const dir = scratch({ 'sites.yaml': yaml, 'p.yaml': 'organisation: { name: A, country: CO, businessModel: b2c }\n' });
    const r = await run(['audit', '--sites', path.join(dir, 'sites.yaml'), '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps a profile valid whose answers belong to an area its config switches off, as a single audit does', async () => {
    const dir = scratch({
      'sites.yaml': `sites:\n  - { id: a, url: "http://127.0.0.1:${await closedPort()}/", profile: p.yaml, config: c.yaml }\n`,
      'p.yaml': 'organisation: { name: A, country: CO, businessModel: b2c }\nanswers:\n  legal-co.utility-pqr-regime: not-a-utility\n',
      'c.yaml': 'areas: { legal: { enabled: false } }\n',
    });
    const out = path.join(dir, 'out');
    const r = await run(['audit', '--sites', path.join(dir, 'sites.yaml'), '--out', out]);
    // The site does not answer, so it is not audited; what matters is that the profile was not refused.
    expect(r.code, r.stderr).not.toBe(2);
    expect(stateOf(out).sites[0]).toMatchObject({ id: 'a', failure: { code: 'unreachable' } });
  });

  it('needs --out, and refuses options that belong to one site', async () => {
    const dir = scratch({ 'sites.yaml': 'sites:\n  - { url: "https://a.example", profile: p.yaml }\n' });
    expect((await run(['audit', '--sites', path.join(dir, 'sites.yaml')])).stderr).toMatch(/--sites needs --out DIR/);
    const r = await run(['audit', 'https://a.example', '--sites', path.join(dir, 'sites.yaml'), '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--sites cannot be used with a URL/);
  });
});
