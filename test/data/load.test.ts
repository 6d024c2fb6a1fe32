/**
 * Loading real files through a mapping: each ready-made mapping on a realistic
 * sample of its tool's export, every kind of bad row counted with its line, and the
 * errors that stop an audit (a column the config names that the file lacks, a file
 * with nothing usable).
 */
import { describe, expect, it } from 'vitest';
import { loadSource, type SourceSpec } from '../../src/data/load.js';
import { mappingById } from '../../src/data/mappings.js';
import { rankMappings } from '../../src/data/inspect.js';
import { BusinessCalendar, parseWeeklyHours } from '../../src/data/calendar.js';
import { TimestampReader, Zone, readDuration } from '../../src/data/values.js';
import { text } from '../../src/i18n/index.js';
import { InputError } from '../../src/util/errors.js';
import { cp1252, tmp, write, xlsx } from './helpers.js';

const zone = new Zone('America/Bogota');
const ctx = { calendar: new BusinessCalendar({ zone, hours: parseWeeklyHours('Mo-Fr 08:00-18:00')!, country: 'CO' }), country: 'CO', ringTargetMs: 12_000, lang: 'en' as const };
const spec = (kind: SourceSpec['kind'], file: string, mapping: string, extra: Partial<SourceSpec> = {}): SourceSpec => ({ name: mapping, kind, files: [file], mapping: mappingById(mapping)!, zone, ...extra });

describe('ready-made mappings on realistic samples', () => {
  it.each<[string, SourceSpec['kind'], string, string | Buffer, Record<string, unknown>]>([
    ['zendesk', 'tickets', 'zendesk.csv',
      'Id,Requester,Requester email,Subject,Status,Ticket type,Via,Created at,Solved at,First reply time in minutes,Full resolution time in minutes,Reopens,Replies\n'
      + '101,Ana,ana@x.example,Pedido,Solved,question,Mail,2026-07-06 09:00:00,2026-07-06 12:00:00,30,180,0,1\n'
      + '102,Luis,luis@x.example,Factura,Solved,incident,Web Form,2026-07-06 10:00:00,2026-07-07 10:00:00,90,1440,1,3\n',
      { 'data.tickets.firstResponseP90': 90 * 60_000, 'data.tickets.resolutionP90': 24 * 3_600_000, 'data.email.answeredWithinHour': 1, 'data.tickets.reopenRate': 0.5 }],
    ['freshdesk', 'tickets', 'freshdesk.csv',
      'Ticket ID,Subject,Status,Priority,Source,Type,Created time,Initial response time,Resolved time,Agent interactions,Email\n'
      + '5001,Garantía,Closed,Low,Email,Question,2026-07-06 09:00:00,2026-07-06 09:45:00,2026-07-06 15:00:00,1,ana@x.example\n'
      + '5002,Cambio,Resolved,Medium,Portal,Incident,2026-07-06 11:00:00,2026-07-06 13:00:00,2026-07-08 11:00:00,2,ana@x.example\n',
      { 'data.tickets.firstResponseP90': 2 * 3_600_000, 'data.tickets.firstContactResolution': 0.5, 'data.tickets.repeatContactRate': 0.5 }],
    ['hubspot', 'tickets', 'hubspot.csv',
      'Ticket ID,Ticket name,Ticket status,Create date,Close date,Source,Time to first agent reply,Category\n'
      + '9001,Consulta,Closed,2026-07-06 09:00,2026-07-06 11:00,EMAIL,1800000,Billing\n'
      + '9002,Reclamo,Closed,2026-07-06 10:00,2026-07-09 10:00,CHAT,60000,Product\n',
      { 'data.tickets.firstResponseP90': 30 * 60_000, 'data.tickets.resolutionP90': 72 * 3_600_000 }],
    ['zoho-desk', 'tickets', 'zoho.csv',
      'Ticket Id,Subject,Status,Channel,Classification,Created Time,Closed Time,First Response Time,Email\n'
      + '77,Pago,Closed,Email,Problem,06/07/2026 09:00,06/07/2026 17:00,0.5,ana@x.example\n'
      + '78,Envío,Closed,Chat,Question,06/07/2026 10:00,07/07/2026 10:00,0.25,luis@x.example\n',
      { 'data.tickets.firstResponseP90': 30 * 60_000, 'data.tickets.resolutionP90': 24 * 3_600_000 }],
    ['cdr (Genesys columns)', 'calls', 'genesys.csv',
      'Conversation ID,Conversation Start,Direction,Queue,Total Queue,Abandoned,Users - Interacted,ANI\n'
      + 'c1,2026-07-06T14:00:00Z,inbound,Ventas,00:00:05,NO,Ana,+573001112233\n'
      + 'c2,2026-07-06T14:05:00Z,inbound,Ventas,00:00:40,YES,,+573001112244\n'
      + 'c3,2026-07-06T14:06:00Z,outbound,Ventas,,NO,Ana,+573001112255\n',
      { 'data.calls.offered': 2, 'data.calls.abandonRate': 0.5, 'data.calls.answeredByThirdRing': 0.5 }],
    ['cdr (Avaya CMS columns)', 'calls', 'avaya.csv',
      'CALLID,SEGSTART,DISPOSITION,QUEUETIME,DISPSPLIT,ANSLOGIN,CALLING_PTY\n1,2026-07-06 09:00:00,ANS,4,PBX,5011,6017654321\n2,2026-07-06 09:01:00,ABAN,80,PBX,,6017654322\n3,2026-07-06 09:02:00,ANS,20,PBX,5012,6017654323\n',
      { 'data.calls.abandonRate': 0.3333, 'data.calls.answeredByThirdRing': 0.3333, 'data.calls.waitP90': 20_000 }],
    ['cdr (Twilio columns)', 'calls', 'twilio.csv',
      'Call Sid,Date Created,From,To,Direction,Status,Queue Time\nCA1,2026-07-06 14:00:00,+573001,+576015,inbound,completed,3\nCA2,2026-07-06 14:01:00,+573002,+576015,inbound,no-answer,45\nCA3,2026-07-06 14:02:00,+573003,+576015,outbound-api,completed,0\n',
      { 'data.calls.offered': 2, 'data.calls.abandonRate': 0.5 }],
    ['google-forms (Windows-1252 CSV)', 'surveys', 'forms.csv',
      cp1252('Marca temporal;¿Qué tan fácil fue resolver su solicitud? (1 a 7);¿Recomendaría la tienda? (0 a 10);¿Qué tan satisfecho está? (1 a 5)\n6/07/2026 9:15:32;7;10;5\n13/07/2026 18:02:10;4;6;3\n'),
      { 'data.surveys.ces': 5.5, 'data.surveys.nps': 0, 'data.surveys.csat': 0.5 }],
    ['surveymonkey', 'surveys', 'monkey.csv',
      'Respondent ID,Start Date,End Date,How easy was it to get your issue resolved?,How likely are you to recommend us to a friend?\n1,07/06/2026 09:00:00 AM,07/06/2026 09:03:00 AM,6,9\n2,07/13/2026 02:00:00 PM,07/13/2026 02:04:00 PM,5,10\n',
      { 'data.surveys.ces': 5.5, 'data.surveys.nps': 100 }],
    ['typeform', 'surveys', 'typeform.csv',
      '#,How likely are you to recommend Tienda Andina?,How satisfied were you with our service?,Submitted At,Network ID\nx1,9,5,2026-07-06 14:00:00,n1\nx2,3,2,2026-07-06 15:00:00,n2\n',
      { 'data.surveys.nps': 0, 'data.surveys.csat': 0.5 }],
    ['pqrs', 'pqrs', 'pqrs.csv',
      'No. radicado;Tipo de solicitud;Fecha de radicación;Fecha de respuesta;Canal\n2026-0001;Petición;20/03/2026;25/03/2026;Web\n2026-0002;Queja;19/03/2026;16/04/2026;Ventanilla\n',
      { 'data.pqrs.records': 2, 'data.pqrs.answeredInTermRate': 0.5 }],
    ['generic-customers (HubSpot contacts)', 'customers', 'contacts.csv',
      'Record ID,First Name,Last Name,Email,Phone Number,Street Address,City\n1,Ana,Gómez,ana@x.example,3001234567,Cl 1,Bogotá\n2,Luis,,luis@,3001234567,,Cali\n',
      { 'data.customers.duplicateRate': 0.5, 'data.customers.invalidEmailRate': 0.5 }],
    ['generic-orders (JSON API)', 'orders', 'orders.json',
      JSON.stringify({ list: [{ orderId: 'A1', creationDate: '2026-07-06T10:00:00-05:00', estimatedDeliveryDate: '2026-07-08', deliveredAt: '2026-07-08T15:00:00-05:00' }, { orderId: 'A2', creationDate: '2026-07-06T11:00:00-05:00', estimatedDeliveryDate: '2026-07-08', deliveredAt: '2026-07-10T09:00:00-05:00' }] }),
      { 'data.orders.onTimeDeliveryRate': 0.5, 'data.orders.deliveryDaysP90': 4 }],
    ['generic-payments (NDJSON)', 'payments', 'payments.ndjson',
      '{"referencia":"P1","fechaConsignacion":"2026-07-06 09:00","fechaAplicacion":"2026-07-06 15:00","malAplicado":"No"}\n{"referencia":"P2","fechaConsignacion":"2026-07-06 10:00","fechaAplicacion":"2026-07-08 10:00","malAplicado":"Sí"}\n',
      { 'data.payments.postingLagP90': 48 * 3_600_000, 'data.payments.misappliedRate': 0.5 }],
  ])('%s', async (mapping, kind, name, body, expected) => {
    const file = write(tmp(), name, body);
    const id = mapping.split(' ')[0];
    // The inspector picks the same mapping from the header alone.
    const r = await loadSource(spec(kind, file, id), ctx);
    // Outbound calls are left out on purpose (and counted); nothing else may be.
    expect(r.bad.filter((b) => b.reason !== 'data.bad.notInbound')).toEqual([]);
    for (const [key, value] of Object.entries(expected)) expect(r.figures[key]?.value as number, key).toBeCloseTo(value as number, 3);
  });

  it('inspection ranks the named export first for its header', () => {
    const header = 'Id,Requester,Requester email,Subject,Status,Ticket type,Via,Created at,Solved at,First reply time in minutes,Full resolution time in minutes,Reopens,Replies'.split(',');
    expect(rankMappings(header)[0].mapping).toBe('zendesk');
    expect(rankMappings(['CALLID', 'SEGSTART', 'DISPOSITION', 'QUEUETIME'])[0].mapping).toBe('cdr');
    expect(rankMappings(['No. radicado', 'Tipo de solicitud', 'Fecha de radicación', 'Fecha de respuesta'])[0].mapping).toBe('pqrs');
  });
});

describe('bad rows: counted, located, never silently dropped', () => {
  it.each<[string, string, string, string | Buffer, [string, number, string[]][]]>([
    ['malformed rows', 'tickets', 'generic-tickets', 'id,created at,channel\n1,2026-07-06 09:00,email\n2,2026-07-06 10:00\n3,2026-07-06 11:00,chat,extra\n4,2026-07-06 12:00,web\n',
      [['data.bad.malformed', 2, ['line 3', 'line 4']]]],
    ['unparseable dates', 'tickets', 'generic-tickets', 'id,created at\n1,2026-07-06 09:00\n2,mañana\n3,31/02/2026\n4,2026-07-06 12:00\n',
      [['data.bad.badDate', 2, ['line 3', 'line 4']]]],
    ['negative durations', 'tickets', 'zendesk', 'Id,Created at,Solved at,First reply time in minutes\n1,2026-07-06 09:00,2026-07-06 08:00,5\n2,2026-07-06 10:00,,-3\n3,2026-07-06 11:00,,4\n',
      [['data.bad.negativeDuration', 2, ['line 2', 'line 3']]]],
    ['answers outside the scale', 'surveys', 'google-forms', 'Marca temporal,¿Qué tan fácil fue? (1 a 7),¿Nos recomendaría? (0 a 10)\n06/07/2026 09:00,8,9\n06/07/2026 10:00,5,11\n06/07/2026 11:00,5,10\n06/07/2026 12:00,muy fácil,10\n',
      [['data.bad.outOfScale', 3, ['line 2', 'line 3', 'line 5']]]],
    ['a required value missing', 'pqrs', 'pqrs', 'Radicado,Tipo,Fecha de radicación\n1,Petición,06/07/2026\n2,,07/07/2026\n3,Queja,\n',
      [['data.bad.missingValue', 2, ['line 3', 'line 4']]]],
    ['unparseable durations and numbers', 'tickets', 'zendesk', 'Id,Created at,First reply time in minutes,Reopens\n1,2026-07-06 09:00,soon,0\n2,2026-07-06 10:00,5,twice\n3,2026-07-06 11:00,5,0\n',
      [['data.bad.badDuration', 1, ['line 2']], ['data.bad.badNumber', 1, ['line 3']]]],
  ])('%s', async (_name, kind, mapping, body, expected) => {
    const file = write(tmp(), 'x.csv', body);
    const r = await loadSource(spec(kind as SourceSpec['kind'], file, mapping), ctx);
    expect(r.bad.map((b) => [b.reason, b.count, b.samples.map((s) => `${s.unit} ${s.n}`)])).toEqual(expected);
    expect(r.excluded).toBe(expected.reduce((s, [, n]) => s + n, 0));
    expect(r.used).toBe(r.rows - r.excluded);
  });

  it('keeps the first five lines of each kind and counts the rest', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i},nunca`).join('\n');
    const r = await loadSource(spec('tickets', write(tmp(), 'x.csv', `id,created at\n0,2026-07-06 09:00\n${rows}\n`), 'generic-tickets'), ctx);
    expect(r.bad[0].count).toBe(12);
    expect(r.bad[0].samples.map((s) => s.n)).toEqual([3, 4, 5, 6, 7]);
    expect(text('es', r.bad[0].samples[0].detail!)).toBe('createdAt: "nunca"');
  });

  it('an XLSX row number and a wrong-scale answer in a workbook', async () => {
    const f = await xlsx(`${tmp()}/s.xlsx`, [{ name: 'Respuestas', rows: [['Marca temporal', '¿Qué tan satisfecho está? (1 a 5)'], [new Date(Date.UTC(2026, 6, 6, 9)), 5], [new Date(Date.UTC(2026, 6, 6, 10)), 9]], dateColumns: [0] }]);
    const r = await loadSource(spec('surveys', f, 'google-forms'), ctx);
    expect(r.bad.map((b) => [b.reason, b.samples.map((s) => `${s.unit} ${s.n}`)])).toEqual([['data.bad.outOfScale', ['row 3']]]);
  });

  it('a config column missing from the file is a config error located in the config', async () => {
    const file = write(tmp(), 't.csv', 'id,created at\n1,2026-07-06 09:00\n');
    const at = { file: '/cfg/readiness.config.yaml', line: 9, column: 25 };
    const err = await loadSource(spec('tickets', file, 'generic-tickets', { columns: { channel: 'Canal' }, at: { columns: { channel: at } } }), ctx).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.problems[0]).toMatchObject({ ...at, message: expect.stringContaining('column "Canal" (for channel) is not in') });
  });

  it('a file missing a required column, and a file with nothing usable, stop the audit naming the file', async () => {
    const dir = tmp();
    const noDate = await loadSource(spec('tickets', write(dir, 'a.csv', 'id,channel\n1,email\n'), 'generic-tickets'), ctx).catch((e) => e);
    expect(noDate.problems[0].message).toMatch(/a\.csv has no column for createdAt/);
    const allBad = await loadSource(spec('tickets', write(dir, 'b.csv', 'id,created at\n1,ayer\n2,hoy\n'), 'generic-tickets'), ctx).catch((e) => e);
    expect(allBad).toBeInstanceOf(InputError);
    expect(allBad.problems[0]).toMatchObject({ file: expect.stringMatching(/b\.csv$/), line: 2, message: 'nothing usable: 2 rows read, all excluded (unparseable date 2)' });
    const empty = await loadSource(spec('tickets', write(dir, 'c.csv', ''), 'generic-tickets'), ctx).catch((e) => e);
    expect(empty.problems[0]).toMatchObject({ file: expect.stringMatching(/c\.csv$/), message: 'the file is empty' });
  });

  it('rows outside the period and outbound calls are excluded with their reason', async () => {
    const file = write(tmp(), 'c.csv', 'Call ID,Start time,Direction,Status,Wait time\n1,2026-06-30 23:00,inbound,answered,3\n2,2026-07-06 09:00,inbound,answered,3\n3,2026-07-06 09:05,outbound,answered,0\n');
    const r = await loadSource(spec('calls', file, 'cdr', { from: zone.toUtc(Date.UTC(2026, 6, 1)) }), ctx);
    expect(r.bad.map((b) => [b.reason, b.count])).toEqual([['data.bad.outsidePeriod', 1], ['data.bad.notInbound', 1]]);
    expect(r.days).toEqual({ from: '2026-07-06', to: '2026-07-06' });
  });
});

describe('values', () => {
  const utc = new Zone('UTC');
  it.each<[string, string, number]>([
    ['ISO with offset', '2026-07-06T09:15:00-05:00', Date.UTC(2026, 6, 6, 14, 15)],
    ['ISO in the zone', '2026-07-06 09:15', Date.UTC(2026, 6, 6, 14, 15)],
    ['Zendesk offset', '2026-07-06 09:15:00 -0500', Date.UTC(2026, 6, 6, 14, 15)],
    ['day first with seconds', '6/07/2026 9:15:32', Date.UTC(2026, 6, 6, 14, 15, 32)],
    ['Spanish a. m./p. m.', '06/07/2026 02:15 p. m.', Date.UTC(2026, 6, 6, 19, 15)],
    ['named month', '6 jul 2026', Date.UTC(2026, 6, 6, 5)],
    ['date only', '2026-07-06', Date.UTC(2026, 6, 6, 5)],
  ])('%s: %s', (_n, text, expected) => {
    expect(new TimestampReader(zone, 'dmy').read(text)).toBe(expected);
  });

  it('reads month-first when told, refuses impossible dates', () => {
    expect(new TimestampReader(utc, 'mdy').read('07/06/2026 09:00:00 AM')).toBe(Date.UTC(2026, 6, 6, 9));
    expect(new TimestampReader(utc, 'dmy').read('31/02/2026')).toBeNaN();
    expect(new TimestampReader(utc, 'dmy').read('2026-07-06 25:00')).toBeNaN();
  });

  it.each<[string | number, string, number]>([
    [42, 'min', 42 * 60_000], ['1,5', 'h', 5_400_000], ['00:02:35', 's', 155_000], ['02:35', 's', 155_000], ['1:30', 'h', 5_400_000],
    ['2 days 03:00:00', 's', 2 * 86_400_000 + 3 * 3_600_000], ['1h 20m', 's', 80 * 60_000], ['PT1H20M', 's', 80 * 60_000],
  ])('duration %s (%s)', (v, unit, ms) => {
    expect(readDuration(v, unit as never)).toBe(ms);
  });
});
