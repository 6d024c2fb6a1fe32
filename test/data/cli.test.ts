/**
 * The data commands through the built CLI as a child process: `data inspect` on the
 * example exports, an end-to-end audit of an example with its exports, and the input
 * errors that must exit 2 naming file, line and column.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch, ROOT } from '../helpers/cli.js';
import type { Report } from '../../src/types.js';
import { getValidator } from '../../src/util/schema.js';

const EX = (id: string, ...p: string[]) => path.join(ROOT, 'examples', id, ...p);

describe('readiness data inspect', () => {
  it('shows the mapping that fits, the columns, parsed rows, period and bad rows of a Zendesk export', () => {
    const r = cli(['data', 'inspect', EX('tienda-andina', 'data', 'zendesk-tickets-2026q3.csv'), '-p', EX('tienda-andina', 'profile.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Format: CSV, utf-8, delimiter ","');
    expect(r.stdout).toMatch(/Mapping: zendesk\n/);
    expect(r.stdout).toMatch(/zendesk \(tickets\): 11 of 11 fields, required all present/);
    expect(r.stdout).toContain('createdAt          ← "Created at"');
    expect(r.stdout).toContain('Columns not used:\n  "Requester", "Subject", "Priority", "Group"');
    expect(r.stdout.match(/^ {2}id=\d+ · createdAt=/gm)).toHaveLength(5);
    expect(r.stdout).toContain('Period covered: 1 Jul 2026 – 30 Sept 2026');
    expect(r.stdout).toMatch(/Rows: 2,603 read, 2,600 used, 3 excluded/);
    expect(r.stdout).toMatch(/malformed row: 1 \(at line 1,501 \(5 fields, header has 15\)\)/);
    expect(r.stdout).toMatch(/unparseable date: 1 \(at line 41 \(createdAt: "31\/09\/2026 10:15"\)\)/);
    expect(r.stdout).toMatch(/negative duration \(ends before it starts\): 1/);
    expect(r.stdout).toMatch(/data\.tickets\.firstResponseP90\s+\d h \d+ min\s+n = 2,55\d/);
  });

  it('reads a Windows-1252 semicolon CDR and says so, in Spanish', () => {
    const r = cli(['data', 'inspect', EX('tienda-andina', 'data', 'llamadas-contact-center-2026q3.csv'), '--lang', 'es']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Formato: CSV, windows-1252, separador ";"');
    expect(r.stdout).toContain('Contiene: llamadas');
    expect(r.stdout).toContain('queue              ← "Cola"');
    expect(r.stdout).toMatch(/llamada saliente \(no se cuenta\): \d+ \(en línea \d+/);
    expect(r.stdout).toMatch(/fecha ilegible: 1 \(en línea 78 \(startedAt: "13\/07\/2026 25:10:00"\)\)/);
    expect(r.stdout).toMatch(/data\.calls\.abandonRate\s+\d+(,\d)? ?%/);
  });

  it('picks a named sheet of a workbook, and --kind narrows the mappings', () => {
    const r = cli(['data', 'inspect', EX('alcaldia-san-isidro', 'data', 'pqrsd-2026q3.xlsx'), '--sheet', 'Radicados', '--kind', 'pqrs', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.info).toMatchObject({ format: 'xlsx', sheet: 'Radicados', sheets: ['Instrucciones', 'Radicados'] });
    expect(out.fits.every((f: { kind: string }) => f.kind === 'pqrs')).toBe(true);
    expect(out.columns).toMatchObject({ id: 'No. radicado', type: 'Tipo de solicitud', filedAt: 'Fecha de radicación', answeredAt: 'Fecha de respuesta' });
    expect(out.source.bad.map((b: { reason: string }) => b.reason).sort()).toEqual(['data.bad.badDate', 'data.bad.negativeDuration']);
    expect(out.source.figures['data.pqrs.answeredInTermRate'].n).toBeGreaterThan(400);
  });

  it('exits 2 when a file has no usable rows or no required column, and for unknown options', () => {
    const dir = scratch({ 'x.csv': 'foo,bar\n1,2\n', 'y.csv': '' });
    const a = cli(['data', 'inspect', path.join(dir, 'x.csv'), '--kind', 'tickets']);
    expect(a.code).toBe(2);
    expect(a.stdout).toMatch(/createdAt \(required\)/);
    const b = cli(['data', 'inspect', path.join(dir, 'y.csv')]);
    expect(b.code).toBe(2);
    expect(b.stdout).toContain('the file is empty');
    const c = cli(['data', 'inspect', path.join(dir, 'x.csv'), '--kind', 'letters']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/--kind expects one of tickets, calls/);
    expect(`${a.stderr}${b.stderr}${c.stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe('an audit with the exports', () => {
  it('scores the example retailer on its exports: figures, provenance, the profile figure said too', () => {
    const dir = scratch();
    const out = path.join(dir, 'report.json');
    const r = cli(['audit', '-c', EX('tienda-andina', 'readiness.config.yaml'), '--format', 'json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/data: Zendesk \(tickets\) — examples\/tienda-andina\/data\/zendesk-tickets-2026q3\.csv: 2,600 of 2,603 rows used, 3 excluded/);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const validate = getValidator('report');
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const check = (id: string) => report.checks.find((c) => c.id === id)!;
    const frt = check('measurement.first-response-p90');
    expect(frt.evidence.origin).toBe('data');
    expect(frt.evidence.sources[0]).toMatchObject({ file: 'examples/tienda-andina/data/zendesk-tickets-2026q3.csv', message: { id: 'data.prov.figure', params: { from: '2026-07-01', to: '2026-09-30', rows: 2603, excluded: 3 } } });
    expect(frt.evidence.sources[0].note).toMatch(/^zendesk-tickets-2026q3\.csv · 1 Jul 2026 – 30 Sept 2026 · 2,603 rows, 3 excluded · n = 2,5\d\d$/);
    expect(frt.evidence.sources[1].note).toMatch(/^the profile also states 5 h \(Zendesk export, Q3 2026.*\); the figure computed from the export is used$/);
    expect(frt.details?.[0].key).toBe('data.tickets.byChannel');
    expect(check('measurement.first-response-target').expectation.en).toMatch(/first response p90 in business hours is .*; the organisation's target ≤ 4 h \(targets\.firstResponse\)/);
    expect(check('measurement.customer-effort').evidence.sources[0].note).toContain('encuesta-posterior-contacto.xlsx');
    expect(check('customer-view.valid-emails').evidence).toMatchObject({ origin: 'data', key: 'data.customers.invalidEmailRate' });
    expect(check('customer-view.valid-emails').evidence.sources[0].note).toMatch(/^clientes-crm-corte-2026-09-30\.csv · no dates · 1,490 rows, 0 excluded/);
  });

  it('without a data section, the profile\'s typed figures are the evidence', () => {
    const r = cli(['audit', '-p', EX('tienda-andina', 'profile.yaml'), '--format', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.checks.find((c) => c.id === 'measurement.first-response-p90')!.evidence.sources[0].note).toMatch(/Zendesk export/);
  });

  it('a check on too few records is unknown and says how many', () => {
    const dir = scratch({
      'profile.yaml': readFileSync(EX('tienda-andina', 'profile.yaml'), 'utf8').replace(/^metrics:[\s\S]*?^answers:/m, 'answers:'),
      'few.csv': 'Marca temporal,¿Recomendaría la tienda? (0 a 10)\n' + Array.from({ length: 12 }, (_, i) => `0${(i % 9) + 1}/07/2026 10:00,${i % 11}`).join('\n') + '\n',
      'readiness.config.yaml': 'profile: profile.yaml\ndata:\n  sources:\n    - { kind: surveys, file: few.csv }\n',
    });
    const r = cli(['audit', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const c = (JSON.parse(r.stdout) as Report).checks.find((x) => x.id === 'measurement.recommendation')!;
    expect(c.status).toBe('unknown');
    // The NPS check asks for 100 answers of its own (test.minSample in checklists/measurement.yaml).
    expect(c.reason?.en).toBe('too few records (n = 12; at least 100 needed)');
    expect(c.reason?.es).toBe('muy pocos registros (n = 12; se necesitan al menos 100)');
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a column the config names that the file lacks', { 't.csv': 'id,created at\n1,2026-07-06 09:00\n', 'readiness.config.yaml': 'profile: p.yaml\ndata:\n  sources:\n    - kind: tickets\n      file: t.csv\n      columns:\n        channel: Canal\n' },
      /readiness\.config\.yaml:7:18: error: column "Canal" \(for channel\) is not in .*t\.csv; columns: id, created at/],
    ['an unknown mapping', { 'readiness.config.yaml': 'profile: p.yaml\ndata:\n  sources:\n    - { kind: tickets, file: t.csv, mapping: zendeks }\n' },
      /readiness\.config\.yaml:4:46: error: unknown mapping "zendeks" for tickets; available: zendesk, freshdesk, hubspot, zoho-desk, generic-tickets/],
    ['a field that is not one of the kind', { 'readiness.config.yaml': 'profile: p.yaml\ndata:\n  sources:\n    - kind: calls\n      file: c.csv\n      columns: { channel: Canal }\n' },
      /readiness\.config\.yaml:6:18: error: "channel" is not a field of calls/],
    ['a file that does not exist', { 'readiness.config.yaml': 'profile: p.yaml\ndata:\n  sources:\n    - kind: tickets\n      file: exports/*.csv\n' },
      /readiness\.config\.yaml:5:13: error: no file matches ".*exports\/\*\.csv"/],
    ['a file with nothing usable', { 't.csv': 'id,created at\n1,ayer\n', 'readiness.config.yaml': 'profile: p.yaml\ndata:\n  sources:\n    - { kind: tickets, file: t.csv }\n' },
      /t\.csv:2:1: error: nothing usable: 1 row read, all excluded \(unparseable date 1\)/],
    // Files of 8 MB and more are read in a worker thread (pipeline.ts): its errors must read and exit the same.
    ['a column the config names that a large file lacks', { 't.csv': `id,created at\n${'1,2026-07-06 09:00\n'.repeat(450_000)}`, 'readiness.config.yaml': 'profile: p.yaml\ndata:\n  sources:\n    - kind: tickets\n      file: t.csv\n      columns:\n        channel: Canal\n' },
      /readiness\.config\.yaml:7:18: error: column "Canal" \(for channel\) is not in .*t\.csv; columns: id, created at/],
    ['a large file with nothing usable', { 't.csv': `id,created at\n${'1,ayer\n'.repeat(1_300_000)}`, 'readiness.config.yaml': 'profile: p.yaml\ndata:\n  sources:\n    - { kind: tickets, file: t.csv }\n' },
      /t\.csv:2:1: error: nothing usable: 1,300,000 rows read, all excluded \(unparseable date 1,300,000\)/],
  ])('%s exits 2 with file:line:column', (_n, files, message) => {
    const dir = scratch({ 'p.yaml': readFileSync(EX('tienda-andina', 'profile.yaml'), 'utf8'), ...files });
    const r = cli(['audit'], { cwd: dir });
    expect(r.code, r.stdout).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
