/**
 * A split run behind the login, through the real CLI: the shard that owns the site unit
 * signs in and reads the account area (the merge keeps that shard's site evidence), the
 * shard that owns the journey (plan: site, then the journeys) signs in for it, every
 * shard crawls the same public pages so their plans agree, and the merged report has the
 * account area and the journeys, with no credential in any shard's file or the merge's.
 * With Lighthouse on, every shard signs in (for Lighthouse only, outside the site's
 * shard) and lists the page the sign-in landed on, as the unsplit run does: the pages
 * Lighthouse audits are the unsplit run's, each audited once, signed in, and the merge
 * gives the unsplit report's content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDifferences } from '../../src/scale/content.js';
import type { Report } from '../../src/types.js';
import { scratch } from '../helpers/cli.js';
import { leaks, run } from './run.js';
import { PORTAL_PASSWORD, PORTAL_USER, startPortal, type Portal } from './portal.js';

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
`;

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

describe('a split run signed in', () => {
  it('signs in in the shard owning the site and in the one owning the journey, and the merge has the account area and the journeys', async () => {
    const dir = scratch({ 'readiness.config.yaml': CONFIG });
    const config = path.join(dir, 'readiness.config.yaml');
    const profile = path.join(process.cwd(), 'examples/tienda-andina/profile.yaml');
    const env = { PORTAL_USER, PORTAL_PASSWORD };
    const args = (i: number) => ['audit', portal.url, '-p', profile, '-c', config, '--no-lighthouse', '--max-pages', '4', '--shard', `${i}/2`, '--out', path.join(dir, `shard-${i}`)];
    const one = await run(args(1), env);
    expect(one.code, one.stderr).toBe(0);
    expect(portal.hits.get('POST /ingresar')).toBe(1);
    const two = await run(args(2), env);
    expect(two.code, two.stderr).toBe(0);
    expect(portal.hits.get('POST /ingresar')).toBe(2);
    const merged = await run(['merge', path.join(dir, 'shard-1'), path.join(dir, 'shard-2'), '--format', 'json,md', '--out', path.join(dir, 'merged')], {});
    expect([0, 1], merged.stderr).toContain(merged.code);
    const report = JSON.parse(readFileSync(path.join(dir, 'merged', 'report.json'), 'utf8'));
    const check = (id: string) => report.checks.find((c: { id: string }) => c.id === id);
    expect(check('self-service.account-functions').status).toBe('pass');
    expect(check('measurement.journey-effort').status).toBe('pass');
    expect(readFileSync(path.join(dir, 'merged', 'report.md'), 'utf8')).toMatch(/\| track my order \| completed \| 2 \| 3 \|/);
    for (const f of filesIn(dir)) expect(leaks(readFileSync(f, 'latin1')), f).toEqual([]);
    expect(leaks(one.stderr + two.stderr + merged.stderr + merged.stdout)).toEqual([]);
  }, 300_000);

  it('with Lighthouse on, audits the unsplit run\'s pages signed in, the landing page once, and merges to the unsplit report', async () => {
    // No journey: the plan is site, /, /contacto, the landing page, so the landing page
    // is shard 2's, which owns no site unit and signs in for Lighthouse alone.
    const dir = scratch({ 'readiness.config.yaml': CONFIG.slice(0, CONFIG.indexOf('journeys:')) });
    const config = path.join(dir, 'readiness.config.yaml');
    const profile = path.join(process.cwd(), 'examples/tienda-andina/profile.yaml');
    const env = { PORTAL_USER, PORTAL_PASSWORD };
    const common = ['audit', portal.url, '-p', profile, '-c', config, '--max-pages', '4', '--concurrency', '1'];
    const ms: Record<string, number> = {};
    const timed = async (name: string, args: string[]) => {
      const t = Date.now();
      const r = await run(args, env);
      ms[name] = Date.now() - t;
      return r;
    };
    const posts = () => portal.hits.get('POST /ingresar') ?? 0;
    const before = posts();
    const full = await timed('unsplit', [...common, '--format', 'json,md', '--out', path.join(dir, 'full')]);
    expect([0, 1], full.stderr).toContain(full.code);
    expect(posts() - before).toBe(1);
    const one = await timed('shard 1/2', [...common, '--shard', '1/2', '--out', path.join(dir, 'shard-1')]);
    expect(one.code, one.stderr).toBe(0);
    const two = await timed('shard 2/2', [...common, '--shard', '2/2', '--out', path.join(dir, 'shard-2')]);
    expect(two.code, two.stderr).toBe(0);
    // One sign-in per shard; shard 2 reads no account area.
    expect(posts() - before).toBe(3);
    expect(two.stderr).toMatch(/signed in \(.*\) for Lighthouse/);
    expect(two.stderr).not.toMatch(/reading the account area/);
    const merged = await timed('merge', ['merge', path.join(dir, 'shard-1'), path.join(dir, 'shard-2'), '--format', 'json,md', '--out', path.join(dir, 'merged')]);
    expect([0, 1], merged.stderr).toContain(merged.code);
    expect(merged.stderr).not.toMatch(/plan/i);

    const shard = (i: number) => JSON.parse(readFileSync(path.join(dir, `shard-${i}`, `shard-${i}-of-2.json`), 'utf8'));
    const [s1, s2] = [shard(1), shard(2)];
    // The plan is the unsplit run's pages: the landing page takes the account slot, the login form does not.
    expect(s1.plan.units.map((u: { id: string }) => u.id.replace(/\?.*/, ''))).toEqual(['site', 'lighthouse:/', 'lighthouse:/contacto', 'lighthouse:/cuenta/']);
    expect(s2.plan).toEqual(s1.plan);
    const paths = (s: { lighthouse?: { url: string; finalUrl?: string }[] }) => (s.lighthouse ?? []).map((p) => [new URL(p.url).pathname, new URL(p.finalUrl ?? p.url).pathname]);
    expect(paths(s1)).toEqual([['/contacto', '/contacto']]);
    // Signed in: the landing page is audited where it is, not sent back to the login form.
    expect(paths(s2)).toEqual([['/', '/'], ['/cuenta/', '/cuenta/']]);

    const a = JSON.parse(readFileSync(path.join(dir, 'full', 'report.json'), 'utf8')) as Report;
    const b = JSON.parse(readFileSync(path.join(dir, 'merged', 'report.json'), 'utf8')) as Report;
    expect(contentDifferences(a, b, { measured: 'verdicts' })).toEqual([]);
    const audited = (r: Report) => r.checks.find((c) => c.evidence.key === 'lighthouse.performance')!.evidence.sources.map((x) => new URL(x.url!).pathname);
    // Sources come worst first (a measured order): compared as sets here, in full above.
    expect(audited(b).sort()).toEqual(['/', '/contacto', '/cuenta/']);
    expect(audited(a).sort()).toEqual(audited(b).sort());
    for (const f of readdirSync(path.join(dir, 'full', 'lighthouse'))) expect(existsSync(path.join(dir, 'merged', 'lighthouse', f)), f).toBe(true);
    for (const f of filesIn(dir)) expect(leaks(readFileSync(f, 'latin1')), f).toEqual([]);
    expect(leaks([full, one, two, merged].map((r) => r.stdout + r.stderr).join('\n'))).toEqual([]);
    console.log(`Lighthouse signed in, split in 2 shards: ${Object.entries(ms).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  }, 600_000);
});
