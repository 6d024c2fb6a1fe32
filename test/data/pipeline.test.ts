/**
 * The worker path (pipeline.ts) against the in-thread loader: for every example export,
 * every kind of bad row and file oddity the readers handle, and a generated file of
 * several batches, both paths give deep-equal results, the same onProgress calls, and
 * the same InputError for a config or read problem. The worker runs the compiled dist/
 * copy of the loader (a Worker cannot load TypeScript), so this compares src with the
 * last build: npm test builds first.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSource, type LoadContext, type SourceResult, type SourceSpec } from '../../src/data/load.js';
import { mappingById } from '../../src/data/mappings.js';
import { setupData } from '../../src/data/config.js';
import { loadConfig } from '../../src/config/load.js';
import { loadProfile } from '../../src/profile/load.js';
import { BusinessCalendar, parseWeeklyHours } from '../../src/data/calendar.js';
import { Zone } from '../../src/data/values.js';
import { InputError } from '../../src/util/errors.js';
import { FIELDS, UNREAD, type DataKind } from '../../src/data/fields.js';
import { ticketMetrics } from '../../src/data/metrics/tickets.js';
import { cp1252, rng, tmp, write, xlsx } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const zone = new Zone('America/Bogota');
const ctx: LoadContext = { calendar: new BusinessCalendar({ zone, hours: parseWeeklyHours('Mo-Fr 08:00-18:00')!, country: 'CO' }), country: 'CO', ringTargetMs: 12_000, lang: 'en' };
const spec = (kind: SourceSpec['kind'], files: string | string[], mapping: string, extra: Partial<SourceSpec> = {}): SourceSpec => ({ name: mapping, kind, files: Array.isArray(files) ? files : [files], mapping: mappingById(mapping)!, zone, ...extra });

type Outcome = { result: SourceResult; progress: number[] } | { error: unknown };

async function load(s: SourceSpec, c: LoadContext, worker: boolean, strict = true): Promise<Outcome> {
  const progress: number[] = [];
  try {
    const result = await loadSource(s, { ...c, onProgress: (n) => progress.push(n) }, { strict, workerAbove: worker ? 0 : Infinity });
    return { result, progress };
  } catch (error) {
    return { error };
  }
}

/** Both paths, compared: results deep-equal (undefined properties included), or the same InputError. */
async function same(s: SourceSpec, c: LoadContext = ctx, strict = true): Promise<Outcome> {
  const here = await load(s, c, false, strict);
  const there = await load(s, c, true, strict);
  if ('error' in here) {
    expect(here.error).toBeInstanceOf(InputError);
    expect('error' in there && there.error).toBeInstanceOf(InputError);
    const [a, b] = [here.error as InputError, (there as { error: InputError }).error];
    expect({ message: b.message, problems: b.problems }).toStrictEqual({ message: a.message, problems: a.problems });
  } else {
    expect(there).toStrictEqual(here);
  }
  return here;
}

const EXAMPLES = ['tienda-andina', 'distribuidora-del-valle', 'alcaldia-san-isidro'];

describe('the worker path gives what the in-thread loader gives', () => {
  it.each(EXAMPLES)('every export of the example %s', async (example) => {
    const config = loadConfig(path.join(ROOT, 'examples', example, 'readiness.config.yaml'));
    const profile = config.profile ? loadProfile(config.profile) : undefined;
    const { setup, problems } = setupData(config.data!, profile);
    expect(problems).toEqual([]);
    for (const s of setup.specs) {
      const r = await same(s, { calendar: setup.calendar, country: setup.country, ringTargetMs: setup.ringTargetMs, lang: 'es' });
      expect('result' in r && r.result.used).toBeGreaterThan(0);
    }
  });

  it.each<[string, SourceSpec['kind'], string, string | Buffer, Partial<SourceSpec>?]>([
    ['malformed rows', 'tickets', 'generic-tickets', 'id,created at,channel\n1,2026-07-06 09:00,email\n2,2026-07-06 10:00\n3,2026-07-06 11:00,chat,extra\n4,2026-07-06 12:00,web\n5,"2026-07-06 13:00,chat\n'],
    ['unparseable dates, more than five', 'tickets', 'generic-tickets', `id,created at\n0,2026-07-06 09:00\n${Array.from({ length: 12 }, (_, i) => `${i},nunca`).join('\n')}\n`],
    ['negative durations', 'tickets', 'zendesk', 'Id,Created at,Solved at,First reply time in minutes\n1,2026-07-06 09:00,2026-07-06 08:00,5\n2,2026-07-06 10:00,,-3\n3,2026-07-06 11:00,,4\n'],
    ['answers outside the scale', 'surveys', 'google-forms', 'Marca temporal,¿Qué tan fácil fue? (1 a 7),¿Nos recomendaría? (0 a 10)\n06/07/2026 09:00,8,9\n06/07/2026 10:00,5,11\n06/07/2026 11:00,5,10\n06/07/2026 12:00,muy fácil,10\n'],
    ['a required value missing', 'pqrs', 'pqrs', 'Radicado,Tipo,Fecha de radicación\n1,Petición,06/07/2026\n2,,07/07/2026\n3,Queja,\n'],
    ['unparseable durations and numbers', 'tickets', 'zendesk', 'Id,Created at,First reply time in minutes,Reopens\n1,2026-07-06 09:00,soon,0\n2,2026-07-06 10:00,5,twice\n3,2026-07-06 11:00,5,0\n'],
    ['Windows-1252 with a sep= line, outbound calls and a period', 'calls', 'cdr', cp1252('sep=;\nFecha;Hora;Origen;Destino;Duración;Espera;Estado;Dirección;Cola\n06/07/2026;09:00:00;3001;601;120;12;Contestada;Entrante;Ventas\n06/07/2026;09:05:00;3002;601;0;40;Abandonada;Entrante;Ventas\n06/07/2026;09:10:00;601;3003;60;0;Contestada;Saliente;Ventas\n30/06/2026;09:10:00;3004;601;60;5;Contestada;Entrante;Soporte\n'), { from: zone.toUtc(Date.UTC(2026, 6, 1)) }],
    ['a BOM and a default channel', 'tickets', 'generic-tickets', '\ufeffid,created at,solved at\n1,2026-07-06 09:00,2026-07-06 11:00\n2,2026-07-07 09:00,\n', { channel: 'email' }],
    ['month-first dates from the values', 'tickets', 'generic-tickets', 'id,created at\n1,07/13/2026 09:00\n2,07/14/2026 10:00\n'],
    ['customers: completeness by the columns present', 'customers', 'generic-customers', 'id,email,phone,city\n1,ana@example.com,3001234567,Cali\n2,no-es-correo,,Bogotá\n3,,,\n'],
  ])('%s', async (_name, kind, mapping, body, extra) => {
    await same(spec(kind, write(tmp(), 'x.csv', body), mapping, extra));
  });

  it('a workbook, JSON and NDJSON, and bad samples across the files of one source', async () => {
    const dir = tmp();
    const book = await xlsx(path.join(dir, 's.xlsx'), [{ name: 'Respuestas', rows: [['Marca temporal', '¿Qué tan satisfecho está? (1 a 5)'], [new Date(Date.UTC(2026, 6, 6, 9)), 5], [new Date(Date.UTC(2026, 6, 6, 10)), 9], ['ayer', 4]], dateColumns: [0] }]);
    await same(spec('surveys', book, 'google-forms'));
    const a = write(dir, 'a.json', JSON.stringify([{ id: 'p1', paidAt: '2026-07-06T09:00:00Z', postedAt: '2026-07-07T09:00:00Z' }, { id: 'p2', paidAt: 'nunca' }]));
    await same(spec('payments', a, 'generic-payments'));
    const b = write(dir, 'b.csv', `id,created at\n${Array.from({ length: 4 }, (_, i) => `${i},nunca`).join('\n')}\n9,2026-07-06 09:00\n`);
    const c = write(dir, 'c.csv', `id,created at\n${Array.from({ length: 4 }, (_, i) => `${i},jamás`).join('\n')}\n`);
    await same(spec('tickets', [b, c], 'generic-tickets'));
  });

  it('a file of many batches: text past the dictionary, accents, empty values, and onProgress at the same rows', async () => {
    const r = rng(7);
    const via = ['Mail', 'Web Form', 'Chat', 'WhatsApp', 'Atención telefónica'];
    const lines = ['Id,Requester email,Status,Ticket type,Via,Created at,Solved at,First reply time in minutes,Reopens,Replies'];
    for (let i = 1; i <= 120_000; i++) {
      const day = 1 + Math.floor(r() * 28);
      const created = `2026-07-${String(day).padStart(2, '0')} ${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
      const solved = r() < 0.2 ? '' : `2026-08-${String(day).padStart(2, '0')} 10:00`;
      const customer = r() < 0.1 ? '' : `José.Núñez${Math.floor(r() * 5000)}@correo.example`;
      lines.push([i, customer, i % 97 === 0 ? '' : 'Solved', ['question', 'incident', 'problem'][i % 3], via[i % 5], i % 5003 === 0 ? 'nunca' : created, solved, r() < 0.1 ? '' : Math.round(r() * 300), i % 13 === 0 ? 1 : 0, 1 + (i % 4)].join(','));
    }
    const out = await same(spec('tickets', write(tmp(), 't.csv', `${lines.join('\n')}\n`), 'zendesk'));
    expect('result' in out && out.progress).toEqual([50_000, 100_000]);
    expect('result' in out && out.result.bad[0].count).toBe(23);
  });

  it.each<[string, string, string, Partial<SourceSpec>?]>([
    ['a config column missing from the file', 'x.csv', 'id,created at\n1,2026-07-06 09:00\n', { columns: { channel: 'Canal' }, at: { columns: { channel: { file: '/cfg/readiness.config.yaml', line: 9, column: 25 } } } }],
    ['a required column missing', 'a.csv', 'id,channel\n1,email\n'],
    ['nothing usable', 'b.csv', 'id,created at\n1,ayer\n2,hoy\n'],
    ['an empty file', 'c.csv', ''],
    ['an unknown encoding', 'd.csv', 'id,created at\n1,2026-07-06 09:00\n', { read: { encoding: 'klingon' } }],
    ['a file that is not there', 'e.csv', ''],
  ])('%s: the same InputError', async (name, file, body, extra) => {
    const p = name.includes('not there') ? path.join(tmp(), file) : write(tmp(), file, body);
    await same(spec('tickets', p, 'generic-tickets', extra));
  });

  it('without strict mode the config problems are recorded the same way', async () => {
    await same(spec('tickets', write(tmp(), 'x.csv', 'id,channel\n1,email\n'), 'generic-tickets', { columns: { type: 'Tipo' } }), ctx, false);
  });

  it('a worker that fails names the file and does not hang', async () => {
    // A mapping pattern that is not a regular expression throws inside the worker's loader.
    const file = write(tmp(), 'broken.csv', 'id,created at\n1,2026-07-06 09:00\n');
    const bad = { ...mappingById('generic-tickets')!, columns: { createdAt: ['~('] } };
    const err = await loadSource(spec('tickets', file, 'generic-tickets', { mapping: bad }), ctx, { workerAbove: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(`cannot use ${file}`);
    expect((err as Error).message).toMatch(/: Invalid regular expression: .*$/);
    expect((err as Error).message).not.toMatch(/\n/);
    expect((err as Error).stack).toMatch(/\n\s+at /);
  });
});

/**
 * A worker does not send the fields in UNREAD: the main thread sees them undefined. Each
 * kind's metrics, fed records that hold every field (and a promise per type, so the type is
 * read), through a proxy that logs every property they touch, must touch none of them.
 */
describe('no metric reads a field the worker leaves behind', () => {
  const H = 3_600_000;
  const t0 = Date.UTC(2026, 6, 6, 9);
  it.each<[DataKind, (rows: Record<string, unknown>[]) => unknown, Record<string, unknown>[]]>([
    ['tickets', (rows) => ticketMetrics(rows as never, { calendar: ctx.calendar, promises: { default: { ms: 48 * H } } }), [
      { id: '1', createdAt: t0, firstResponseAt: t0 + H, firstResponseTime: H, solvedAt: t0 + 5 * H, resolutionTime: 5 * H, channel: 'Mail', type: 'question', status: 'Solved', customer: 'ana@example.com', reopens: 1, replies: 2 },
      { id: '2', createdAt: t0 + H, firstResponseAt: undefined, firstResponseTime: undefined, solvedAt: t0 + 50 * H, resolutionTime: 49 * H, channel: 'Chat', type: 'incident', status: 'Closed', customer: 'ana@example.com', reopens: 0, replies: 1 },
    ]],
  ])('%s', (kind, run, rows) => {
    const touched = new Set<string>();
    const watch = (r: Record<string, unknown>) => new Proxy(r, {
      get: (o, k) => (typeof k === 'string' && touched.add(k), o[k as string]),
      has: (o, k) => (typeof k === 'string' && touched.add(k), k in o),
    });
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(Object.keys(FIELDS[kind]).sort());
    run(rows.map(watch));
    expect(touched.size).toBeGreaterThan(0);
    expect([...touched].filter((k) => UNREAD[kind]?.includes(k))).toEqual([]);
  });

  it('every kind with fields left behind is in the table above', () => {
    expect(Object.keys(UNREAD)).toEqual(['tickets']);
  });
});
