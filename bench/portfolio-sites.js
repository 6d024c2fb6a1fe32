// Local fixture sites for the portfolio and sharding bench and tests (test/scale): small
// static shops on 127.0.0.1, one port each, told apart by what they publish (channels,
// self-service pages), and no script at all, so a crawl or a Lighthouse run reads the
// same thing every time. Each has a profile to audit it with.
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const page = (title, body, nav) => `<!doctype html>
<html lang="es-CO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta name="description" content="${title}: atención al cliente en línea"></head>
<body><header><nav aria-label="Principal">${nav}</nav></header><main><h1>${title}</h1>${body}</main>
<footer><p>Línea de atención <a href="tel:+576015550100">(601) 555 0100</a> · Bogotá, Colombia</p></footer></body></html>`;

/** The pages of fixture site `i` (0-based), by path. */
export function sitePages(i) {
  const name = `Tienda Fixture ${i + 1}`;
  const has = {
    whatsapp: i % 2 === 0,
    faq: i % 3 !== 0,
    tracking: i % 4 !== 1,
    pqrs: i % 5 !== 2,
    account: i % 3 !== 2,
    email: i % 2 === 1,
  };
  const links = [
    ['/contacto/', 'Contacto'],
    has.faq && ['/preguntas-frecuentes/', 'Preguntas frecuentes'],
    has.account && ['/mi-cuenta/', 'Mi cuenta'],
    has.tracking && ['/rastrear-pedido/', 'Rastrear pedido'],
    has.pqrs && ['/pqrs/', 'PQRS'],
    ['/politica-de-privacidad/', 'Política de privacidad'],
    ['/terminos-y-condiciones/', 'Términos y condiciones'],
  ].filter(Boolean);
  const nav = links.map(([href, text]) => `<a href="${href}">${text}</a>`).join(' · ');
  const p = (title, body) => page(`${title} — ${name}`, body, nav);
  const pages = {
    '/': p(name, `<p>Bienvenido a ${name}. Compre en línea y consulte sus pedidos.</p>
      <ul>${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`),
    '/contacto/': p('Contacto', `<p>Llámenos al <a href="tel:+576015550100">(601) 555 0100</a>, lunes a sábado de 8:00 a 18:00.</p>
      ${has.whatsapp ? '<p>Escríbanos por <a href="https://wa.me/573001234567">WhatsApp +57 300 123 4567</a>.</p>' : ''}
      ${has.email ? `<p>Correo: <a href="mailto:servicio@tienda${i + 1}.example">servicio@tienda${i + 1}.example</a></p>` : ''}
      <form action="/contacto/enviar" method="post"><label>Nombre <input name="nombre" autocomplete="name"></label>
      <label>Correo <input type="email" name="correo" autocomplete="email"></label>
      <label>Mensaje <textarea name="mensaje"></textarea></label><button type="submit">Enviar mensaje</button></form>`),
    '/politica-de-privacidad/': p('Política de privacidad', '<p>Tratamiento de datos personales conforme a la Ley 1581 de 2012 (habeas data).</p>'),
    '/terminos-y-condiciones/': p('Términos y condiciones', '<p>Condiciones de compra, cambios y devoluciones.</p>'),
  };
  if (has.faq) pages['/preguntas-frecuentes/'] = p('Preguntas frecuentes', '<h2>¿Cuánto tarda mi pedido?</h2><p>De 2 a 5 días hábiles.</p><h2>¿Cómo cambio un producto?</h2><p>Desde Mi cuenta, en 30 días.</p>');
  if (has.account) pages['/mi-cuenta/'] = p('Mi cuenta', '<form action="/mi-cuenta/ingresar" method="post"><label>Correo <input type="email" name="usuario" autocomplete="username"></label><label>Contraseña <input type="password" name="clave" autocomplete="current-password"></label><button type="submit">Iniciar sesión</button></form><p>Consulte sus pedidos, facturas y devoluciones.</p>');
  if (has.tracking) pages['/rastrear-pedido/'] = p('Rastrear pedido', '<form action="/rastrear-pedido/buscar" method="get"><label>Número de pedido <input name="pedido"></label><button type="submit">Rastrear</button></form>');
  if (has.pqrs) pages['/pqrs/'] = p('PQRS', '<p>Peticiones, quejas, reclamos y sugerencias.</p><form action="/pqrs/radicar" method="post"><label>Tipo <select name="tipo"><option>Petición</option><option>Queja</option><option>Reclamo</option></select></label><label>Descripción <textarea name="descripcion"></textarea></label><button type="submit">Radicar PQRS</button></form>');
  return { name, pages };
}

/** The profile of fixture site `i`, as YAML. */
export function siteProfile(i) {
  return `organisation:\n  name: Tienda Fixture ${i + 1}\n  country: CO\n  businessModel: b2c\n  timezone: America/Bogota\n`;
}

/**
 * Serves fixture site `i` on a port of its own. `delayMs` holds every answer back that
 * long (a network's round trip); `limit` answers 429 with `Retry-After` once `after`
 * requests have been served (0: from the first one).
 */
export function startSite(i, opts = {}) {
  const { pages } = sitePages(i);
  let served = 0;
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const answer = () => {
      if (opts.limit && served >= (opts.limit.after ?? 0)) {
        res.writeHead(429, { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(opts.limit.retryAfter ?? 3600) });
        res.end('<!doctype html><title>Too Many Requests</title><h1>429 Too Many Requests</h1>');
        return;
      }
      served++;
      if (url.pathname === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('User-agent: *\nAllow: /\n');
      }
      const pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
      const body = pages[pathname];
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return res.end('<!doctype html><html lang="es-CO"><title>No encontrado</title><h1>404</h1></html>');
      }
      if (pathname !== url.pathname) {
        res.writeHead(301, { location: pathname });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    if (opts.delayMs) setTimeout(answer, opts.delayMs);
    else answer();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        requests: () => served,
        close: () => new Promise((r) => {
          for (const s of sockets) s.destroy();
          server.close(() => r());
        }),
      });
    });
  });
}

export async function startSites(n, opts = {}) {
  const sites = await Promise.all(Array.from({ length: n }, (_, i) => startSite(i, opts)));
  return { sites, urls: sites.map((s) => s.url), close: () => Promise.all(sites.map((s) => s.close())) };
}

/**
 * Writes a profile per site and a sites.yaml listing them into `dir`; returns its path.
 * `extra` is YAML added at the top (concurrency, timeLimit, defaults).
 */
export function writePortfolio(dir, urls, extra = '') {
  mkdirSync(path.join(dir, 'profiles'), { recursive: true });
  const lines = [extra.trim(), 'sites:'].filter(Boolean);
  urls.forEach((url, i) => {
    writeFileSync(path.join(dir, 'profiles', `tienda-${i + 1}.yaml`), siteProfile(i));
    lines.push(`  - { id: tienda-${i + 1}, url: "${url}", profile: profiles/tienda-${i + 1}.yaml }`);
  });
  const file = path.join(dir, 'sites.yaml');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
