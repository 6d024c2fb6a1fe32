/**
 * `--history DIR` through the real CLI: each audit kept as one JSON file named by
 * organisation and date, the HTML report gaining the trend and the checks that changed
 * state since the last audit, the retention (`--history-keep`, `history.keep` in the
 * config) keeping the folder bounded; a bad setting is exit 2.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getValidator } from '../../src/util/schema.js';
import type { Report } from '../../src/types.js';
import { cli, ROOT, scratch } from '../helpers/cli.js';

const PROFILE = readFileSync(path.join(ROOT, 'examples/tienda-andina/profile.yaml'), 'utf8');

describe('audit --history', () => {
  it('keeps each audit, shows the trend and what changed, and keeps the folder bounded', () => {
    const dir = scratch({ 'profile.yaml': PROFILE });
    const hist = path.join(dir, 'history');
    const audit = (n: number) => cli(['audit', '-p', path.join(dir, 'profile.yaml'), '--history', hist, '--history-keep', '2', '--format', 'html,json', '--out', path.join(dir, `out${n}`)]);

    const first = audit(1);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/kept in the history as .*tienda-andina-\d{4}-\d{2}-\d{2}\.json \(1 audit of this organisation kept\)/);
    expect(readFileSync(path.join(dir, 'out1', 'report.html'), 'utf8')).toContain('This is the first audit in the history');

    // The organisation stops knowing whether its call centre resolves in the call.
    writeFileSync(path.join(dir, 'profile.yaml'), PROFILE.replace(/channels\.call-centre-resolves: resolves-in-call/, 'channels.call-centre-resolves: { status: dont-know }'));
    expect(audit(2).code).toBe(0);
    const third = audit(3);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).toMatch(/kept in the history as .*-3\.json \(2 audits of this organisation kept; 1 older one removed\)/);

    const files = readdirSync(hist).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^tienda-andina-\d{4}-\d{2}-\d{2}-2\.json$/);
    // Each kept file is a report of its own, without a nested history.
    const kept = JSON.parse(readFileSync(path.join(hist, files[0]!), 'utf8')) as Report;
    expect(getValidator('report')(kept)).toBe(true);
    expect(kept.history).toBeUndefined();

    const second = JSON.parse(readFileSync(path.join(dir, 'out2', 'report.json'), 'utf8')) as Report;
    expect(getValidator('report')(second), JSON.stringify(getValidator('report').errors)).toBe(true);
    expect(second.history!.entries).toHaveLength(2);
    const changed = [...second.history!.changes!.changed, ...second.history!.changes!.stoppedFailing, ...second.history!.changes!.startedFailing].map((c) => c.id);
    expect(changed).toContain('channels.call-centre-resolves');
    const html = readFileSync(path.join(dir, 'out2', 'report.html'), 'utf8');
    expect(html).toMatch(/<section id="trend"/);
    expect(html).toMatch(/Changes since the last audit[\s\S]*channels\.call-centre-resolves/);
  }, 120_000);

  it('reads the folder and the retention from the config, relative to it', () => {
    const dir = scratch({
      'profile.yaml': PROFILE,
      'readiness.config.yaml': 'profile: profile.yaml\nhistory: { dir: kept, keep: 1 }\n',
    });
    for (let i = 0; i < 2; i++) expect(cli(['audit', '--format', 'json'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(path.join(dir, 'kept'))).toHaveLength(1);
  }, 60_000);

  it.each<[string, string[], RegExp]>([
    ['--history-keep 0', ['--history', 'h', '--history-keep', '0'], /--history-keep expects a whole number of audits, at least 1, got "0"/],
  ])('refuses %s (exit 2)', (_n, args, message) => {
    const dir = scratch({ 'profile.yaml': PROFILE });
    const r = cli(['audit', '-p', path.join(dir, 'profile.yaml'), ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a history setting the config schema does not know (exit 2, located)', () => {
    const dir = scratch({ 'profile.yaml': PROFILE, 'readiness.config.yaml': 'profile: profile.yaml\nhistory: { dir: kept, kep: 3 }\n' });
    const r = cli(['audit'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/readiness\.config\.yaml:2:\d+: error: .*kep/);
  });
});
