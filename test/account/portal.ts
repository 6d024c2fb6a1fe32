/**
 * A customer portal served locally: public pages, a sign-in form with cookie sessions,
 * and an account area behind it (statement, orders in progress and past, invoices with
 * a PDF to download and the payments applied, claims with their status and a form to
 * file one, contact data to update). It echoes the user name where real portals do —
 * the greeting, the address it lands on, the refusal of a wrong password — so that a
 * credential that slipped into an output would be there to find.
 *
 * Faults: a sign-in page that never finishes loading, one behind a CAPTCHA, one that
 * refuses without a word (the form again), one that rate-limits briefly (429 with
 * Retry-After: 1, once) and one that asks to wait an hour, an account page that
 * rate-limits briefly.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export const PORTAL_USER = 'ana.cliente@portal.test';
export const PORTAL_PASSWORD = 'Clave-Secreta-2026!';

const page = (title: string, body: string, head = ''): string =>
  `<!doctype html><html lang="es-CO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const loginForm = (action: string, extra = ''): string => `
  <h1>Ingresa a tu cuenta</h1>
  <form method="post" action="${action}">
    <label>Correo <input id="usuario" name="usuario" type="email" autocomplete="username"></label>
    <label>Clave <input id="clave" name="clave" type="password" autocomplete="current-password"></label>
    ${extra}
    <button id="entrar" type="submit">Ingresar</button>
  </form>`;

const accountNav = (user: string): string => `
  <header><p class="saludo">Hola, ${esc(user)}</p>
  <nav id="mi-cuenta">
    <a href="/cuenta/">Inicio de mi cuenta</a>
    <a href="/cuenta/estado-de-cuenta">Estado de cuenta</a>
    <a href="/cuenta/pedidos">Mis pedidos</a>
    <a href="/cuenta/facturas">Mis facturas</a>
    <a href="/cuenta/reclamos">Mis reclamos</a>
    <a href="/cuenta/datos">Mis datos</a>
    <a href="/salir">Cerrar sesión</a>
  </nav></header>`;

export interface Portal {
  url: string;
  /** Requests per path (with the method for POSTs). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startPortal(): Promise<Portal> {
  const hits = new Map<string, number>();
  const sessions = new Map<string, string>();
  const held = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const p = u.pathname;
    const key = req.method === 'POST' ? `POST ${p}` : p;
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    const html = (status: number, body: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    const sid = /(?:^|;\s*)sid=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    const user = sid ? sessions.get(sid) : undefined;

    if (req.method === 'POST' && (p === '/ingresar' || p === '/ingresar-captcha' || p === '/ingresar-mudo')) {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const who = form.get('usuario') ?? '';
        if (p === '/ingresar-captcha') {
          return html(200, page('Verificación', `<h1>Verifica que no eres un robot</h1><div class="g-recaptcha" data-sitekey="6Lc-prueba"></div>`, '<script src="https://www.google.com/recaptcha/api.js" async></script>'));
        }
        if (p === '/ingresar-mudo') {
          // Refuses without a word: the same form again, empty.
          return html(200, page('Ingresar | Portal Andino', loginForm('/ingresar-mudo')));
        }
        if (who === PORTAL_USER && form.get('clave') === PORTAL_PASSWORD) {
          const id = randomBytes(12).toString('hex');
          sessions.set(id, who);
          res.writeHead(302, { location: `/cuenta/?bienvenida=${encodeURIComponent(who)}`, 'set-cookie': `sid=${id}; Path=/; HttpOnly; SameSite=Lax` });
          return void res.end();
        }
        return html(200, page('Ingresar | Portal', `<p class="error">Usuario o clave incorrectos para ${esc(who)}.</p>${loginForm('/ingresar')}`));
      });
      return;
    }

    if (p.startsWith('/cuenta') && !user) {
      res.writeHead(302, { location: '/ingresar' });
      return void res.end();
    }

    switch (p) {
      case '/':
        return html(200, page('Portal Andino', `
          <nav><a href="/contacto">Contacto</a> <a href="/ayuda">Preguntas frecuentes</a> <a href="/ingresar">Mi cuenta</a></nav>
          <main><h1>Portal Andino</h1><p>Consulta tus pedidos, facturas y reclamos en línea.</p></main>
          <footer>Línea de atención (601) 555 0100 · servicio@portal.test</footer>`));
      case '/contacto':
        return html(200, page('Contacto | Portal Andino', '<h1>Contáctanos</h1><p>Llámanos al (601) 555 0100 o escribe a servicio@portal.test.</p>'));
      case '/ayuda':
        return html(200, page('Preguntas frecuentes | Portal Andino', '<h1>Preguntas frecuentes</h1><p>¿Cómo descargo mi factura? Desde Mis facturas.</p>'));
      case '/ingresar':
        return html(200, page('Ingresar | Portal Andino', loginForm('/ingresar')));
      case '/ingresar-captcha':
        return html(200, page('Ingresar | Portal Andino', loginForm('/ingresar-captcha', '<div class="g-recaptcha" data-sitekey="6Lc-prueba"></div>'), '<script src="https://www.google.com/recaptcha/api.js" async></script>'));
      case '/ingresar-mudo':
        return html(200, page('Ingresar | Portal Andino', loginForm('/ingresar-mudo')));
      case '/ingresar-lento':
        // Never finishes: half a page, and the rest never comes.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html><head><title>Ingresar</title></head><body><h1>Cargando…</h1>');
        held.add(res);
        return;
      case '/ingresar-limitado':
        if (n === 1) return html(429, page('Demasiadas solicitudes', '<h1>429</h1>'), { 'retry-after': '1' });
        return html(200, page('Ingresar | Portal Andino', loginForm('/ingresar')));
      case '/ingresar-muy-limitado':
        return html(429, page('Demasiadas solicitudes', '<h1>429</h1>'), { 'retry-after': '3600' });
      case '/salir':
        if (sid) sessions.delete(sid);
        res.writeHead(302, { location: '/', 'set-cookie': 'sid=; Path=/; Max-Age=0' });
        return void res.end();
      case '/cuenta/':
        return html(200, page('Mi cuenta | Portal Andino', `${accountNav(user!)}<main><h1>Mi cuenta</h1><p>Bienvenida de nuevo.</p></main>`));
      case '/cuenta/estado-de-cuenta':
        return html(200, page('Estado de cuenta | Portal Andino', `${accountNav(user!)}<main><h1>Estado de cuenta</h1><p>Saldo a pagar: $ 120.000</p></main>`));
      case '/cuenta/pedidos':
        return html(200, page('Mis pedidos | Portal Andino', `${accountNav(user!)}<main><h1>Mis pedidos</h1>
          <h2>Pedidos en curso</h2><table><tr><td>Pedido 1001</td><td>En camino</td><td><a class="ver-pedido" href="/cuenta/pedidos/1001">Ver pedido</a></td></tr></table>
          <h2>Historial de pedidos</h2><table><tr><td>Pedido 0998</td><td>Entregado</td><td><button class="repetir" type="button">Repetir pedido</button></td></tr></table></main>`));
      case '/cuenta/pedidos/1001':
        return html(200, page('Pedido 1001 | Portal Andino', `${accountNav(user!)}<main><h1>Pedido 1001</h1><p id="estado-pedido">En camino: llega el jueves.</p></main>`));
      case '/cuenta/facturas':
        return html(200, page('Mis facturas | Portal Andino', `${accountNav(user!)}<main><h1>Mis facturas</h1>
          <table><tr><td>F-1001</td><td>$ 120.000</td><td><a class="descargar-factura" href="/cuenta/facturas/F-1001.pdf">Descargar PDF</a></td></tr></table>
          <h2>Pagos aplicados</h2><table><tr><td>2026-05-02</td><td>$ 80.000</td><td>aplicado a F-0999</td></tr></table></main>`));
      case '/cuenta/facturas/F-1001.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="F-1001.pdf"' });
        return void res.end('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
      case '/cuenta/reclamos':
        return html(200, page('Mis reclamos | Portal Andino', `${accountNav(user!)}<main><h1>Mis reclamos</h1>
          <table><tr><td>Radicado 5501</td><td>En trámite</td></tr></table><a id="radicar" href="/cuenta/reclamos/nuevo">Radicar un reclamo</a></main>`));
      case '/cuenta/reclamos/nuevo':
        return html(200, page('Nuevo reclamo | Portal Andino', `${accountNav(user!)}<main><h1>Radicar un reclamo</h1>
          <form method="post" action="/cuenta/reclamos"><label>Detalle <textarea id="detalle" name="detalle"></textarea></label><button id="enviar" type="submit">Enviar</button></form></main>`));
      case '/cuenta/datos':
        return html(200, page('Mis datos | Portal Andino', `${accountNav(user!)}<main><h1>Mis datos</h1>
          <form method="post" action="/cuenta/datos"><h2>Actualiza tus datos de contacto</h2><label>Correo <input name="email" type="email" autocomplete="email"></label><label>Celular <input name="celular" type="tel" autocomplete="tel"></label><button type="submit">Guardar</button></form></main>`));
      case '/cuenta/limitado':
        if (n === 1) return html(429, page('Demasiadas solicitudes', '<h1>429</h1>'), { 'retry-after': '1' });
        return html(200, page('Mi cuenta | Portal Andino', `${accountNav(user!)}<main><h1 id="listo">Listo</h1></main>`));
      default:
        return html(404, page('No encontrado', '<h1>404</h1>'));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hits,
    async close() {
      for (const r of held) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
