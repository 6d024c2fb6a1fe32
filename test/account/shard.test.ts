/**
 * A split run behind the login, through the real CLI: the shard that owns the site unit
 * signs in and reads the account area (the merge keeps that shard's site evidence), the
 * shard that owns the journey (plan: site, then the journeys) signs in for it, every
 * shard crawls the same public pages so their plans agree, and the merged report has the
 * account area and the journeys, with no credential in any shard's file or the merge's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
