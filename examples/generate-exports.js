#!/usr/bin/env node
// Writes the example organisations' data exports (examples/*/data/): the files a
// client hands a consultant — a Zendesk ticket export, call-detail records, survey
// answers, orders, a CRM extract, a PQRSD log, payments — with plausible
// distributions (business-hours patterns, night and weekend backlogs, long tails)
// and a few bad rows of each kind, as real exports have. Deterministic: the same
// seeds write the same rows (Excel files differ only in their zip timestamps), so the
// files are committed and `npm run demo` reads them.
//
//   node examples/generate-exports.js        (regenerate all three)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;
const BOGOTA = -5 * HOUR; // Colombia: UTC−5 all year

function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) if ((r -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
    /** Log-normal with the given median and p90. */
    lognormal: (median, p90) => median * Math.exp((Math.log(p90 / median) / 1.2816) * normal()),
    chance: (p) => next() < p,
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** Local (Bogotá) wall-clock parts of an instant. */
function local(t) {
  const d = new Date(t + BOGOTA);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), wd: (d.getUTCDay() + 6) % 7 };
}
const iso = (t) => { const l = local(t); return `${l.y}-${pad(l.mo)}-${pad(l.d)} ${pad(l.h)}:${pad(l.mi)}:${pad(l.s)}`; };
const dmy = (t) => { const l = local(t); return `${pad(l.d)}/${pad(l.mo)}/${l.y} ${pad(l.h)}:${pad(l.mi)}:${pad(l.s)}`; };
const dateOnly = (t) => { const l = local(t); return `${l.y}-${pad(l.mo)}-${pad(l.d)}`; };
/** An Excel cell date: exceljs writes a JS Date as the wall-clock time it holds in UTC. */
const cellDate = (t) => new Date(t + BOGOTA);
const utc = (y, mo, d, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) - BOGOTA;

/** Arrivals over a quarter, busier in business hours and on weekdays. */
function arrivals(r, from, to, n, open) {
  const out = [];
  while (out.length < n) {
    const t = from + r.next() * (to - from);
    const l = local(t);
    const w = open(l) ? 1 : 0.18;
    if (r.next() < w) out.push(Math.round(t / 1000) * 1000);
  }
  return out.sort((a, b) => a - b);
}

/** Next opening (07:00 Mon–Sat, 09:00 Sun) at or after t, for the retailer's service hours. */
function nextOpen(t, hours) {
  for (let k = 0; k < 8 * 24 * 4; k++) {
    const x = t + k * 15 * MIN;
    if (hours(local(x))) return x;
  }
  return t;
}

const csvCell = (v) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows, sep = ',') => rows.map((r) => r.map(csvCell).join(sep)).join('\r\n') + '\r\n';

async function xlsx(file, sheetName, rows, dateCols, extraSheets = []) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'readiness examples';
  wb.created = new Date(Date.UTC(2026, 9, 20));
  wb.modified = wb.created;
  for (const s of extraSheets) wb.addWorksheet(s.name).addRows(s.rows);
  const ws = wb.addWorksheet(sheetName);
  ws.addRows(rows);
  for (const c of dateCols) ws.getColumn(c + 1).numFmt = 'dd/mm/yyyy hh:mm';
  await wb.xlsx.writeFile(file);
}

const FIRST = ['María', 'José', 'Luis', 'Ana', 'Carlos', 'Juliana', 'Andrés', 'Camila', 'Jorge', 'Valentina', 'Diego', 'Paula', 'Sebastián', 'Laura', 'Felipe', 'Natalia', 'Óscar', 'Daniela', 'Julián', 'Sofía'];
const LAST = ['Gómez', 'Rodríguez', 'Martínez', 'López', 'García', 'Hernández', 'Ramírez', 'Muñoz', 'Rojas', 'Díaz', 'Vargas', 'Castro', 'Ortiz', 'Restrepo', 'Peña', 'Zapata', 'Londoño', 'Ospina', 'Cárdenas', 'Núñez'];
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

// ---------------------------------------------------------------- Tienda Andina (B2C retailer)

async function tiendaAndina() {
  const dir = path.join(ROOT, 'tienda-andina', 'data');
  mkdirSync(dir, { recursive: true });
  const r = rng(20261020);
  const from = utc(2026, 7, 1);
  const to = utc(2026, 10, 1) - 1000;
  // Mo-Sa 07:00-21:00; Su 09:00-18:00
  const hours = (l) => (l.wd < 6 ? l.h >= 7 && l.h < 21 : l.h >= 9 && l.h < 18);
  const customers = Array.from({ length: 1400 }, (_, i) => {
    const f = r.pick(FIRST);
    const l = r.pick(LAST);
    return { name: `${f} ${l}`, email: `${slug(f)}.${slug(l)}${i}@correo.example` };
  });

  // Zendesk ticket export (UTF-8, comma, Zendesk's column names).
  const tickets = [['Id', 'Requester', 'Requester email', 'Subject', 'Status', 'Priority', 'Ticket type', 'Via', 'Created at', 'Solved at', 'First reply time in minutes', 'Full resolution time in minutes', 'Reopens', 'Replies', 'Group']];
  const subjects = { question: ['¿Cuándo llega mi pedido?', 'Consulta de garantía', 'Cambio de dirección de entrega'], incident: ['Pedido incompleto', 'Producto llegó dañado', 'Cobro duplicado'], problem: ['No puedo descargar la factura', 'Error al pagar con PSE'], task: ['Solicitud de devolución', 'Anulación de pedido'] };
  let id = 48210;
  const times = arrivals(r, from, to, 2600, hours);
  let lastCustomer = null;
  for (const created of times) {
    const via = r.weighted([['Mail', 46], ['Web Form', 22], ['Chat', 14], ['WhatsApp', 14], ['Voice', 4]]);
    const type = r.weighted([['question', 45], ['incident', 30], ['problem', 12], ['task', 13]]);
    // A customer writes again within days in about one case in six.
    const c = lastCustomer && r.chance(0.14) ? lastCustomer : r.pick(customers);
    lastCustomer = c;
    const fast = via === 'Chat' || via === 'WhatsApp';
    let reply = created + (fast ? r.lognormal(6, 45) : r.lognormal(55, 240)) * MIN;
    if (!hours(local(created))) reply = nextOpen(created, hours) + r.lognormal(40, 150) * MIN; // night and Sunday backlog
    const unanswered = r.chance(0.02);
    const resolutionMin = Math.max((reply - created) / MIN + 5, r.lognormal(type === 'question' ? 600 : 2200, type === 'question' ? 2800 : 7600));
    const solved = r.chance(0.94) ? created + resolutionMin * MIN : undefined;
    const reopens = solved && r.chance(0.07) ? r.int(1, 2) : 0;
    const replies = r.weighted([[1, 62], [2, 22], [3, 10], [4, 6]]);
    tickets.push([
      ++id, c.name, c.email, r.pick(subjects[type]), solved ? 'Solved' : 'Open', r.pick(['Normal', 'Normal', 'High', 'Low']), type, via,
      iso(created), solved ? iso(solved) : '', unanswered ? '' : Math.round((reply - created) / MIN), solved ? Math.round((solved - created) / MIN) : '',
      reopens, replies, fast ? 'Asesores chat' : 'Servicio al cliente',
    ]);
  }
  // Bad rows, as real exports have them: a date Excel mangled, a clock set wrong, a broken quote.
  tickets.splice(40, 0, [++id, 'Cliente sin nombre', 'sin-correo@correo.example', 'Consulta', 'Solved', 'Normal', 'question', 'Mail', '31/09/2026 10:15', '2026-10-01 09:00:00', 30, 1400, 0, 1, 'Servicio al cliente']);
  tickets.splice(900, 0, [++id, 'Pedro Ruiz', 'pedro.ruiz@correo.example', 'Pedido incompleto', 'Solved', 'High', 'incident', 'Mail', '2026-08-14 16:20:00', '2026-08-14 15:05:00', 25, -75, 0, 2, 'Servicio al cliente']);
  let body = csv(tickets);
  // A line cut short when someone edited the file by hand.
  const cut = body.split('\r\n');
  cut.splice(1500, 0, `${id + 1},Marta Gil,marta.gil@correo.example,Consulta de garantía,Solved`);
  body = cut.join('\r\n');
  writeFileSync(path.join(dir, 'zendesk-tickets-2026q3.csv'), body);

  // Call-detail records from the outsourced contact centre: Windows-1252, semicolons, Spanish columns.
  const calls = [['Id llamada', 'Fecha inicio', 'Dirección', 'Cola', 'Tiempo de espera', 'Estado', 'Agente', 'Número origen', 'Pidió asesor']];
  const callTimes = arrivals(r, from, to, 3200, (l) => hours(l) && l.h < 20);
  let cid = 900100;
  for (const t of callTimes) {
    const outbound = r.chance(0.04);
    const ivrOnly = !outbound && r.chance(0.12);
    const abandoned = !outbound && !ivrOnly && r.chance(0.1);
    const wait = Math.round(abandoned ? r.lognormal(45, 160) : r.lognormal(6, 26));
    const askedAgent = !ivrOnly && r.chance(0.35);
    const status = outbound ? 'Completada' : ivrOnly ? 'Resuelta en IVR' : abandoned ? 'Abandonada' : 'Contestada';
    calls.push([++cid, dmy(t), outbound ? 'Saliente' : 'Entrante', r.weighted([['Ventas', 30], ['Servicio', 55], ['Garantías', 15]]), ivrOnly ? '' : `00:${pad(Math.floor(wait / 60))}:${pad(wait % 60)}`, status, abandoned || ivrOnly ? '' : `Asesor ${r.int(1, 38)}`, `+57 3${r.int(0, 2)}${r.int(0, 9)} ${r.int(100, 999)} ${r.int(1000, 9999)}`, askedAgent ? 'Sí' : 'No']);
  }
  calls.splice(77, 0, [cid + 1, '13/07/2026 25:10:00', 'Entrante', 'Servicio', '00:00:12', 'Contestada', 'Asesor 4', '+57 300 555 0000', 'No']);
  writeFileSync(path.join(dir, 'llamadas-contact-center-2026q3.csv'), iconv.encode(csv(calls, ';'), 'win1252'));

  // Post-contact survey answers downloaded from Google Forms as Excel.
  const survey = [['Marca temporal', '¿Qué tan fácil fue resolver su solicitud? (1 = muy difícil, 7 = muy fácil)', '¿Qué tan probable es que recomiende Tienda Andina a un amigo? (0 a 10)', '¿Qué tan satisfecho quedó con la atención? (1 a 5)', 'Canal de contacto']];
  for (const t of arrivals(r, from, to, 860, hours)) {
    const ces = r.weighted([[7, 24], [6, 26], [5, 20], [4, 12], [3, 8], [2, 6], [1, 4]]);
    const nps = r.weighted([[10, 30], [9, 20], [8, 16], [7, 12], [6, 7], [5, 6], [4, 3], [3, 2], [2, 1], [1, 1], [0, 2]]);
    const csat = r.weighted([[5, 50], [4, 32], [3, 10], [2, 5], [1, 3]]);
    survey.push([cellDate(t), ces, nps, csat, r.pick(['Correo', 'WhatsApp', 'Chat', 'Teléfono'])]);
  }
  survey.splice(15, 0, [cellDate(utc(2026, 7, 6, 10)), 9, 8, 4, 'Correo']); // 9 on a 1–7 scale
  survey.splice(300, 0, [cellDate(utc(2026, 8, 21, 15)), 6, 11, 5, 'Chat']); // 11 on a 0–10 scale
  await xlsx(path.join(dir, 'encuesta-posterior-contacto.xlsx'), 'Respuestas de formulario 1', survey, [0]);

  // Orders from the e-commerce platform's API, one JSON object per line.
  const lines = [];
  let order = 1_250_300;
  const isBiz = (t) => local(t).wd < 5;
  const addBizDays = (t, n) => { let x = t; while (n > 0) { x += DAY; if (isBiz(x)) n--; } return x; };
  for (const t of arrivals(r, from, to - 10 * DAY, 2400, () => true)) {
    const city = r.weighted([['Bogotá', 50], ['Medellín', 28], ['Cali', 22]]);
    const promised = addBizDays(t, 3);
    const cancelled = r.chance(0.03);
    const slow = city === 'Bogotá' ? r.lognormal(2.8, 5) : r.lognormal(4.6, 8.8);
    const lost = !cancelled && r.chance(0.006);
    const shipped = t + r.lognormal(14, 30) * HOUR;
    const delivered = cancelled || lost ? undefined : t + slow * DAY;
    const refund = cancelled || r.chance(0.025);
    const requested = refund ? (delivered ?? t) + r.lognormal(1, 4) * DAY : undefined;
    lines.push(JSON.stringify({
      orderId: `TA-${++order}`,
      creationDate: new Date(t).toISOString(),
      estimatedDeliveryDate: dateOnly(promised),
      shippedAt: cancelled ? null : new Date(shipped).toISOString(),
      trackingUpdatedAt: cancelled ? null : new Date(shipped + r.lognormal(5, 18) * HOUR).toISOString(),
      deliveredAt: delivered ? new Date(delivered).toISOString() : null,
      status: cancelled ? 'canceled' : delivered ? 'invoiced' : 'handling',
      refundRequestedAt: requested ? new Date(requested).toISOString() : null,
      refundedAt: requested ? new Date(requested + r.lognormal(4, 14) * DAY).toISOString() : null,
      clientEmail: r.pick(customers).email,
      shippingData: { city, carrier: city === 'Bogotá' ? 'Flota propia' : city === 'Medellín' ? 'Envíos Cóndor' : 'TransAndes' },
    }));
  }
  lines.splice(500, 0, '{"orderId":"TA-1250799","creationDate":"2026-08-02T15:0');
  writeFileSync(path.join(dir, 'pedidos-vtex-2026q3.ndjson'), lines.join('\n') + '\n');

  // CRM extract: Windows-1252, semicolons; duplicates, bad e-mails and phones, blanks.
  const crm = [['Cédula', 'Nombre completo', 'Correo electrónico', 'Celular', 'Dirección', 'Ciudad']];
  const people = [];
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    const cedula = String(r.int(10_000_000, 1_199_999_999));
    let email = c.email;
    if (r.chance(0.03)) email = email.replace('@', ' @').replace('.example', '');
    if (r.chance(0.08)) email = '';
    let phone = `3${r.int(0, 2)}${r.int(0, 9)}${r.int(1_000_000, 9_999_999)}`;
    if (r.chance(0.04)) phone = String(r.int(1000, 99999));
    if (r.chance(0.07)) phone = '';
    const address = r.chance(0.14) ? '' : `${r.pick(['Cl.', 'Cra.', 'Av.', 'Calle', 'Carrera'])} ${r.int(1, 140)} # ${r.int(1, 99)}-${r.int(1, 99)}`;
    people.push([cedula, r.chance(0.02) ? '' : c.name, email, phone, address, r.pick(['Bogotá', 'Medellín', 'Cali', 'Barranquilla', ''])]);
  }
  for (let i = 0; i < 90; i++) {
    const p = [...r.pick(people)];
    p[0] = p[0].replace(/(\d)(?=(\d{3})+$)/g, '$1.'); // same cédula written with dots
    people.push(p);
  }
  writeFileSync(path.join(dir, 'clientes-crm-corte-2026-09-30.csv'), iconv.encode(csv([...crm, ...people], ';'), 'win1252'));
}

// ---------------------------------------------------------------- Alcaldía de San Isidro (public)

async function alcaldia() {
  const dir = path.join(ROOT, 'alcaldia-san-isidro', 'data');
  mkdirSync(dir, { recursive: true });
  const r = rng(20261021);
  const from = utc(2026, 7, 1);
  const to = utc(2026, 10, 1) - 1000;
  const office = (l) => l.wd < 5 && l.h >= 8 && l.h < 17;
  // The municipality's own PQRSD log, kept in Excel by the document-management office.
  const rows = [['No. radicado', 'Fecha de radicación', 'Tipo de solicitud', 'Canal', 'Peticionario', 'Fecha de respuesta', 'Dependencia']];
  let n = 0;
  for (const t of arrivals(r, from, to, 620, office)) {
    const type = r.weighted([['Petición', 46], ['Queja', 14], ['Reclamo', 12], ['Solicitud de información', 12], ['Sugerencia', 5], ['Denuncia', 4], ['Consulta', 4], ['Felicitación', 3]]);
    const days = r.lognormal(9, 24);
    const answered = r.chance(0.92) ? t + days * DAY : undefined;
    rows.push([`2026-SI-${pad(++n, 5)}`, cellDate(t), type, r.weighted([['Ventanilla única', 45], ['Correo electrónico', 25], ['Formulario web', 22], ['Teléfono', 8]]), String(r.int(1_000_000, 1_099_999_999)), answered ? cellDate(answered) : null, r.pick(['Secretaría de Hacienda', 'Secretaría de Obras', 'Secretaría de Gobierno', 'Planeación', 'Tránsito'])]);
  }
  rows.splice(33, 0, ['2026-SI-09999', 'pendiente', 'Petición', 'Ventanilla única', '1012345678', null, 'Secretaría de Gobierno']);
  rows.splice(120, 0, ['2026-SI-09998', cellDate(utc(2026, 8, 19, 9)), 'Queja', 'Formulario web', '1098765432', cellDate(utc(2026, 8, 12, 9)), 'Tránsito']);
  await xlsx(path.join(dir, 'pqrsd-2026q3.xlsx'), 'Radicados', rows, [1, 5], [{ name: 'Instrucciones', rows: [['Registro de PQRSD — exportado del gestor documental'], ['Una fila por radicado']] }]);

  // Avaya CMS call records of the switchboard: one line, always busy.
  const calls = [['CALLID', 'SEGSTART', 'DISPOSITION', 'QUEUETIME', 'DISPSPLIT', 'ANSLOGIN', 'CALLING_PTY']];
  let id = 7_700_000;
  for (const t of arrivals(r, from, to, 1500, office)) {
    const aban = r.chance(0.4);
    const q = Math.round(aban ? r.lognormal(60, 200) : r.lognormal(38, 150));
    calls.push([++id, iso(t), aban ? 'ABAN' : 'ANS', q, r.pick(['PBX', 'PBX', 'Hacienda']), aban ? '' : `50${r.int(10, 19)}`, `60${r.int(1, 8)}${r.int(1_000_000, 9_999_999)}`]);
  }
  writeFileSync(path.join(dir, 'conmutador-avaya-2026q3.csv'), csv(calls));
}

// ---------------------------------------------------------------- Distribuidora del Valle (B2B)

async function distribuidora() {
  const dir = path.join(ROOT, 'distribuidora-del-valle', 'data');
  mkdirSync(dir, { recursive: true });
  const r = rng(20261022);
  const from = utc(2026, 7, 1);
  const to = utc(2026, 9, 1) - 1000;
  const office = (l) => l.wd < 5 && l.h >= 7 && l.h < 17;
  const nits = Array.from({ length: 420 }, () => `${r.int(800_000_000, 901_999_999)}-${r.int(0, 9)}`);
  // Dispatch sheets (Excel), one row per order.
  const orders = [['Pedido', 'Fecha pedido', 'Fecha comprometida', 'Fecha despacho', 'Fecha entrega', 'Estado', 'Cliente', 'Zona']];
  let n = 30_100;
  for (const t of arrivals(r, from, to, 1500, office)) {
    const zone = r.weighted([['Cali metropolitana', 60], ['Valle (otros municipios)', 25], ['Cauca', 15]]);
    const promised = t + (zone === 'Cali metropolitana' ? 2 : 3) * DAY;
    const days = zone === 'Cali metropolitana' ? r.lognormal(1.4, 2.6) : r.lognormal(2.8, 6.2);
    const delivered = r.chance(0.985) ? t + days * DAY : undefined;
    orders.push([`PD-${++n}`, cellDate(t), cellDate(promised), cellDate(t + r.lognormal(6, 20) * HOUR), delivered ? cellDate(delivered) : null, delivered ? 'Entregado' : 'En ruta', r.pick(nits), zone]);
  }
  await xlsx(path.join(dir, 'despachos-jul-ago-2026.xlsx'), 'Despachos', orders, [1, 2, 3, 4]);

  // ERP customer master: Windows-1252, semicolons; the same NIT under several codes.
  const rows = [['Código cliente', 'NIT', 'Razón social', 'Correo', 'Teléfono', 'Dirección de despacho', 'Ciudad']];
  let code = 1000;
  for (const nit of nits) {
    const copies = r.chance(0.1) ? 2 : 1;
    for (let k = 0; k < copies; k++) {
      const name = `${r.pick(['Ferretería', 'Industrias', 'Distribuciones', 'Talleres', 'Construcciones'])} ${r.pick(LAST)} ${r.pick(['S.A.S.', 'Ltda.', 'S.A.'])}`;
      rows.push([++code, nit, name, r.chance(0.3) ? '' : `compras@${slug(name).slice(0, 14)}${code}.example`, r.chance(0.25) ? '' : `60${r.int(2, 2)} ${r.int(300, 899)} ${r.int(1000, 9999)}`, r.chance(0.22) ? '' : `Cra. ${r.int(1, 120)} # ${r.int(1, 80)}-${r.int(1, 99)}`, r.pick(['Cali', 'Palmira', 'Yumbo', 'Jamundí', 'Popayán'])]);
    }
  }
  writeFileSync(path.join(dir, 'maestro-clientes-erp.csv'), iconv.encode(csv(rows, ';'), 'win1252'));

  // Bank reconciliation: when each payment was made and when it was applied to the account.
  const pagos = [];
  let ref = 55_000;
  for (const t of arrivals(r, utc(2026, 4, 1), utc(2026, 7, 1) - 1000, 900, office)) {
    const lag = r.lognormal(0.8, 2.1) * DAY;
    pagos.push({ referencia: `CON-${++ref}`, nit: r.pick(nits), fechaConsignacion: iso(t), fechaAplicacion: iso(t + lag), valor: r.int(200, 40_000) * 1000, malAplicado: r.chance(0.03) ? 'Sí' : 'No' });
  }
  writeFileSync(path.join(dir, 'conciliacion-pagos-2026q2.json'), JSON.stringify({ generado: '2026-07-05', pagos }, null, 1) + '\n');
}

await tiendaAndina();
await alcaldia();
await distribuidora();
console.log('wrote examples/*/data/');
