/**
 * `readiness audit` end to end on the bundled examples, through the real CLI:
 * both languages, a report that validates against its schema, exit codes by gate.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch, ROOT } from '../helpers/cli.js';
import { getValidator } from '../../src/util/schema.js';
import type { Report } from '../../src/types.js';

const EXAMPLES = ['tienda-andina', 'distribuidora-del-valle', 'alcaldia-san-isidro'];
const profileOf = (id: string) => path.join(ROOT, 'examples', id, 'profile.yaml');

describe('readiness audit on the examples', () => {
  it.each(EXAMPLES.flatMap((id) => [[id, 'en'], [id, 'es']]))('audits %s in %s', (id, lang) => {
    const r = cli(['audit', '-p', profileOf(id), '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    const org = readFileSync(profileOf(id), 'utf8').match(/^\s+name:\s*"?([^"\n]+)"?/m)![1];
    expect(r.stdout).toContain(org.trim());
    if (lang === 'es') {
      expect(r.stdout).toContain('Auditoría de preparación del servicio');
      expect(r.stdout).toContain('Disponibilidad de canales');
    } else {
      expect(r.stdout).toContain('Service readiness audit');
      expect(r.stdout).toContain('Channel availability');
    }
    // Not a terminal and NO_COLOR: plain text for logs.
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it.each(EXAMPLES)('writes a JSON report for %s that validates against schemas/report.schema.json', (id) => {
    const dir = scratch();
    const out = path.join(dir, 'report.json');
    const r = cli(['audit', '-p', profileOf(id), '--format', 'json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const validate = getValidator('report');
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.organisation.country).toBe('CO');
    expect(report.areas.length).toBeGreaterThanOrEqual(9);
    expect(report.checks.length).toBeGreaterThan(100);
    for (const c of report.checks) expect(['pass', 'partial', 'fail', 'not-applicable', 'unknown', 'error', 'waived']).toContain(c.status);
  });

  it('gives the three organisations different results', () => {
    const scores = EXAMPLES.map((id) => {
      const r = cli(['audit', '-p', profileOf(id), '--format', 'json']);
      return (JSON.parse(r.stdout) as Report).score;
    });
    expect(new Set(scores).size).toBe(3);
  });

  it.each<[string, string[], number, RegExp]>([
    ['a score under --fail-under fails the gate', ['--fail-under', '100'], 1, /Gate: FAILED\n\s+• overall score [\d.]+ is below the minimum 100/],
    ['a score at or above --fail-under passes', ['--fail-under', '0'], 0, /Gate: PASSED/],
    ['no gate rule passes and says so', [], 0, /Gate: no gate rules configured/],
  ])('%s', (_n, extra, code, text) => {
    const r = cli(['audit', '-p', profileOf('tienda-andina'), ...extra]);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stdout).toMatch(text);
  });

  it('applies the gate of a config found in the current folder', () => {
    const dir = scratch({
      'readiness.config.yaml': `profile: ${profileOf('distribuidora-del-valle')}\ngate:\n  maxFailures: { critical: 0 }\n  requiredChecks: [channels.phone-published]\n`,
    });
    const r = cli(['audit'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/required check channels.phone-published is unknown/);
  });

  it.each<[string, string, string[]]>([
    ['no switch: Colombia\'s legal duties are an area', '', ['legal-co']],
    ['the whole legal pack off', 'areas: { legal: { enabled: false } }', []],
    ['one country off', 'areas: { legal-co: { enabled: false } }', []],
    ['the pack off but one country kept: the narrower key wins', 'areas: { legal: { enabled: false }, legal-co: { enabled: true } }', ['legal-co']],
  ])('switches the legal pack from the config: %s', (_n, areas, want) => {
    const dir = scratch({ 'readiness.config.yaml': `profile: ${profileOf('tienda-andina')}\n${areas}\n` });
    const r = cli(['audit', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.areas.map((a) => a.id).filter((id) => id.startsWith('legal-'))).toEqual(want);
    expect(report.checks.some((c) => c.area === 'legal-co')).toBe(want.length > 0);
    expect(report.areas.map((a) => a.id)).toContain('channels');
  });

  it('weighs every area of a pack by the pack\'s weight, unless the area has its own', () => {
    const weights = (areas: string) => {
      const r = cli(['audit', '--format', 'json'], { cwd: scratch({ 'readiness.config.yaml': `profile: ${profileOf('tienda-andina')}\nareas: ${areas}\n` }) });
      expect(r.code, r.stderr).toBe(0);
      return Object.fromEntries((JSON.parse(r.stdout) as Report).areas.map((a) => [a.id, a.weight]));
    };
    expect(weights('{ legal: { weight: 3 } }')).toMatchObject({ 'legal-co': 3, channels: 1.5 });
    expect(weights('{ legal: { weight: 3 }, legal-co: { weight: 0.5 } }')).toMatchObject({ 'legal-co': 0.5 });
  });

  it('carries how a figure is counted into the report (JSON and HTML)', () => {
    const dir = path.join(scratch(), 'out');
    const r = cli(['audit', '-c', path.join(ROOT, 'examples', 'tienda-andina', 'readiness.config.yaml'), '--format', 'json,html', '--lang', 'es', '--out', dir]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
    expect(report.checks.find((c) => c.id === 'measurement.repeat-contact')?.definition?.es).toMatch(/^Contactos de un cliente que ya había contactado .+ 7 días calendario/);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/<p class="definition"><strong>Cómo se cuenta:<\/strong> Contactos de un cliente/);
    // A legal duty's card names its instrument and, when advisory, says it is not scored.
    const card = html.slice(html.indexOf('id="check-legal-co.whatsapp-consent"'));
    expect(card.slice(0, card.indexOf('</article>'))).toMatch(/Fundamento legal Ley 1581 de 2012, [^<]+ · <span class="advisory">orientativa: se muestra, no se califica<\/span>/);
  });

  it('writes several formats into a folder', () => {
    const dir = path.join(scratch(), 'out');
    const r = cli(['audit', '-p', profileOf('tienda-andina'), '--format', 'terminal,json,github', '--out', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'report.json'))).toBe(true);
    // Each format its own file: the annotations do not overwrite the terminal report.
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain('Service readiness audit');
    expect(readFileSync(path.join(dir, 'annotations.txt'), 'utf8')).toMatch(/^::(error|warning|notice)[ :]/m);
  });

  it('re-scores saved evidence without a browser (--from-evidence)', () => {
    const dir = scratch({
      'evidence/evidence.json': JSON.stringify({
        target: 'https://www.tiendaandina.example/',
        evidence: {
          'site.contact.phones': { value: ['+576015550123'], sources: [{ url: 'https://www.tiendaandina.example/contacto/', snippet: '+57 (601) 555 0123' }], origin: 'probe' },
          'site.https': { error: { code: 'TLS', message: 'certificate expired' }, sources: [] },
        },
      }),
    });
    const out = path.join(dir, 'r.json');
    const r = cli(['audit', '-p', profileOf('tienda-andina'), '--from-evidence', path.join(dir, 'evidence'), '--format', 'json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.target).toBe('https://www.tiendaandina.example/');
    const phones = report.checks.find((c) => c.evidence.key === 'site.contact.phones')!;
    expect(phones.status).toBe('pass');
    expect(phones.evidence.sources[0].url).toBe('https://www.tiendaandina.example/contacto/');
    const https = report.checks.find((c) => c.evidence.key === 'site.https')!;
    expect(https.status).toBe('error');
    expect(https.reason?.en).toBe('TLS: certificate expired');
  });
});

describe('readiness init, validate and checklists', () => {
  it('init scaffolds a config and a profile that validate and audit', () => {
    const dir = scratch();
    expect(cli(['init'], { cwd: dir }).code).toBe(0);
    const v = cli(['validate'], { cwd: dir });
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/✓ .*readiness\.config\.yaml \(config\)/);
    expect(v.stdout).toMatch(/✓ .*profile\.yaml \(profile\)/);
    // The starter gate asks for 60 with nothing answered: it fails, honestly, with exit 1.
    const a = cli(['audit'], { cwd: dir });
    expect(a.code, a.stderr).toBe(1);
    expect(cli(['init'], { cwd: dir }).stderr).toMatch(/already exist; use --force/);
  });

  it('validates every example profile against the built-in checklists', () => {
    const r = cli(['validate', ...EXAMPLES.map(profileOf)]);
    expect(r.code, r.stderr).toBe(0);
  });

  it.each<[string[], RegExp]>([
    [['checklists'], /\d+ areas, \d+ checks/],
    [['checklists', 'channels'], /channels\.phone-published/],
    [['checklists', 'channels.phone-published', '--lang', 'es'], /Fundamento: .*HT-1/],
    [['checklists', 'legal-co.seller-identity'], /Applies when: organisations in CO; business model B2C \(consumers\)\n[^]*Passes when: seller identity shown on the site: expected all of legal name \(razón social\), NIT, address, phone, e-mail/],
    [['checklists', 'measurement.first-contact-resolution', '--lang', 'es'], /\nCómo se cuenta: Método: sin más contactos en el caso\./],
    [['checklists', 'legal', '--lang', 'es'], /^legal-ar +Deberes legales \(AR\) +2 verificaciones, 1 calificada {2}organizaciones de AR\n[^]*legal-co +Deberes legales \(CO\) +14 verificaciones, 6 calificadas {2}organizaciones de CO\n/],
    [['checklists', '--keys'], /\| `site\.contact\.phones` \| string\[\] \| probe \|/],
  ])('checklists %j explains', (args, text) => {
    const r = cli(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(text);
  });

  it('--help and --version exit 0', () => {
    expect(cli(['--help']).code).toBe(0);
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
