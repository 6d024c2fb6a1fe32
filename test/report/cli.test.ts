/**
 * `readiness report`, `readiness diff` and `audit --baseline` through the real,
 * built CLI (a child process without a terminal, like CI).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli.js';
import { renderJson } from '../../src/report/json.js';
import { check, makeReport, syntheticReport } from './fixtures.js';
import { parseXml } from './xml.js';
import { chrome } from './browser.js';

const PROFILE = (answer: 'true' | 'false') => `organisation:
  name: Demo S.A.S.
  country: CO
  businessModel: b2c
  serviceModel: MOD-2
answers:
  freshness.data-date-shown: ${answer}
`;

// Child processes are slow on a busy machine: generous time per test.
describe('readiness report', { timeout: 60_000 }, () => {
  it('re-renders a saved report in several formats into a folder', () => {
    const dir = scratch({ 'report.json': renderJson(syntheticReport()) });
    const out = path.join(dir, 'out');
    const r = cli(['report', path.join(dir, 'report.json'), '--format', 'md,junit', '--format', 'html', '--out', out, '--lang', 'es']);
    expect(r.stderr).toContain('wrote');
    expect(r.code).toBe(0);
    for (const f of ['report.md', 'report.xml', 'report.html']) expect(existsSync(path.join(out, f))).toBe(true);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('<html lang="es">');
    parseXml(readFileSync(path.join(out, 'report.xml'), 'utf8'));
    // The verdict still shows in the log.
    expect(r.stdout).toContain('Compuerta');
  });

  it('prints one format to stdout', () => {
    const dir = scratch({ 'report.json': renderJson(syntheticReport()) });
    const r = cli(['report', path.join(dir, 'report.json'), '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!-- service-readiness-report -->\n## Service readiness audit: Synthetic S\.A\.S\./);
  });

  it.each([
    ['a missing file', null, /missing\.json:1:1: error: cannot read: file not found/],
    ['invalid JSON', '{"schemaVersion": 1,,}', /bad\.json:1:\d+: error: invalid JSON/],
    ['JSON that is not a report', '{\n  "schemaVersion": 1,\n  "lang": "fr"\n}\n', /bad\.json:3:11: error: `lang` must be one of "en", "es"; got "fr"/],
  ])('exits 2 on %s, naming file, line and column', (_, body, message) => {
    const dir = scratch(body === null ? {} : { 'bad.json': body });
    const file = path.join(dir, body === null ? 'missing.json' : 'bad.json');
    const r = cli(['report', file, '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('exits 2 on an unknown format', () => {
    const dir = scratch({ 'report.json': renderJson(syntheticReport()) });
    const r = cli(['report', path.join(dir, 'report.json'), '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "docx"; available: terminal, json, md, html, pdf, pdf-summary, junit, github');
  });
});

describe.skipIf(!chrome)('the PDFs through the CLI', { timeout: 120_000 }, () => {
  const isPdf = (file: string) => readFileSync(file).subarray(0, 5).toString('latin1') === '%PDF-';

  it('report --format pdf,pdf-summary writes the annex and the executive edition side by side', () => {
    const dir = scratch({ 'report.json': renderJson(syntheticReport()) });
    const out = path.join(dir, 'out');
    const r = cli(['report', path.join(dir, 'report.json'), '--format', 'pdf,pdf-summary', '--out', out], { timeout: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`wrote ${path.join(out, 'report.pdf')}, ${path.join(out, 'report-summary.pdf')}`);
    expect(isPdf(path.join(out, 'report.pdf'))).toBe(true);
    expect(isPdf(path.join(out, 'report-summary.pdf'))).toBe(true);
  });

  it('audit --format pdf-summary writes one file, and the config may ask for it', () => {
    const dir = scratch({ 'p.yaml': PROFILE('true'), 'readiness.config.yaml': 'output: { formats: [pdf-summary], lang: es }\n' });
    const r = cli(['audit', '-p', 'p.yaml', '--format', 'pdf-summary', '--out', 'exec.pdf'], { cwd: dir, timeout: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(isPdf(path.join(dir, 'exec.pdf'))).toBe(true);
    const viaConfig = cli(['audit', '-p', 'p.yaml', '--out', 'out/'], { cwd: dir, timeout: 120_000 });
    expect(viaConfig.code, viaConfig.stderr).toBe(0);
    expect(isPdf(path.join(dir, 'out', 'report-summary.pdf'))).toBe(true);
  });
});

describe('readiness diff', { timeout: 60_000 }, () => {
  const base = makeReport([check('channels.phone'), check('channels.email', { status: 'fail' })], { generatedAt: '2026-08-01T00:00:00.000Z' });
  const head = makeReport([check('channels.phone', { status: 'fail' }), check('channels.email')]);

  it.each([
    ['terminal', /Overall: 50 → 50 \(±0\)[\s\S]*Started failing \(1\)\n {2}✗ channels\.phone {2}pass → fail[\s\S]*Stopped failing \(1\)/],
    ['md', /## Compared with the baseline[\s\S]*### 🔴 Started failing \(1\)/],
    ['json', /"startedFailing": \[\n\s+\{\n\s+"id": "channels.phone"/],
  ])('--format %s shows the changes and exits 0', (format, expected) => {
    const dir = scratch({ 'base.json': renderJson(base), 'head.json': renderJson(head) });
    const r = cli(['diff', path.join(dir, 'base.json'), path.join(dir, 'head.json'), '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(expected);
  });

  it('exits 2 when a report is unreadable or not a report', () => {
    const dir = scratch({ 'base.json': renderJson(base), 'head.json': '[1, 2]' });
    const r = cli(['diff', path.join(dir, 'base.json'), path.join(dir, 'head.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/head\.json:1:1: error: the document must be object/);
    expect(cli(['diff', path.join(dir, 'base.json'), path.join(dir, 'nope.json')]).code).toBe(2);
    expect(cli(['diff', path.join(dir, 'base.json'), path.join(dir, 'base.json'), '--format', 'html']).stderr).toContain('diff: unknown format "html"; available: terminal, md, json');
  });
});

describe('readiness audit --baseline', { timeout: 60_000 }, () => {
  it('adds the diff to the report and fails a release that got worse (maxRegression)', () => {
    const dir = scratch({
      'good.yaml': PROFILE('true'),
      'bad.yaml': PROFILE('false'),
      'readiness.config.yaml': 'gate:\n  maxRegression: 5\n  requiredChecks: [freshness.data-date-shown]\n',
    });
    const first = cli(['audit', '-p', 'good.yaml', '--format', 'json', '--out', 'base.json'], { cwd: dir });
    expect(first.stderr).toContain('wrote');
    expect(first.code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'base.json'), 'utf8'));
    expect(baseline.score).toBe(100);

    const second = cli(['audit', '-p', 'bad.yaml', '--baseline', 'base.json', '--format', 'json,md', '--out', 'out'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(second.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.gate.evaluated).toContain('maxRegression');
    expect(report.gate.reasons.map((r: { rule: string }) => r.rule)).toEqual(['requiredChecks', 'maxRegression']);
    expect(report.diff.score).toEqual({ base: 100, head: 0, delta: -100 });
    expect(report.diff.startedFailing.map((c: { id: string }) => c.id)).toEqual(['freshness.data-date-shown']);
    expect(readFileSync(path.join(dir, 'out', 'report.md'), 'utf8')).toContain('### Compared with the baseline');
    // Under GitHub Actions the failed required check is annotated.
    expect(second.stderr).toMatch(/^::error title=freshness\.data-date-shown%3A [^\n]*::/m);
    expect(second.stdout).toMatch(/Compared with the baseline/);
  });

  it('exits 2 on a baseline that is not a report, before auditing', () => {
    const dir = scratch({ 'p.yaml': PROFILE('true'), 'base.json': '{}' });
    writeFileSync(path.join(dir, 'readiness.config.yaml'), 'gate:\n  maxRegression: 5\n');
    const r = cli(['audit', '-p', 'p.yaml', '--baseline', 'base.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('base.json is not a readiness report');
  });
});
