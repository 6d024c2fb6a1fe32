/**
 * A local site whose pages misbehave on purpose: one hangs, one never finishes
 * loading, one streams half a page, one answers 404 or 500, one redirects in a loop,
 * one opens alerts, one is crashed by the test, one redirects off-site to WhatsApp.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="es-CO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${body}</body></html>`;

export interface FaultServer {
  url: string;
  close(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const html = (status: number, body: string): void => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    switch (path) {
      case '/':
        return html(200, page('Inicio', `
          <nav>
            <a href="/contacto">Contacto</a>
            <a href="/preguntas-frecuentes">Preguntas frecuentes</a>
            <a href="/rastrea-tu-pedido">Rastrea tu pedido</a>
            <a href="/pqrs">PQRS</a>
            <a href="/politica-de-privacidad">Política de privacidad</a>
            <a href="/promociones">Promociones</a>
            <a href="/sedes">Sedes</a>
            <a href="/catalogo">Catálogo</a>
            <a href="/blog">Blog</a>
            <a href="/whatsapp">WhatsApp</a>
            <a href="/terminos">Términos y condiciones</a>
          </nav>
          <footer>Línea de atención (601) 555 0123</footer>`));
      case '/contacto':
        // Opens alerts, a confirm and a prompt, and refuses to be left: the crawl must go on.
        return html(200, page('Contacto', `
          <script>alert('¡Bienvenido!'); confirm('¿Aceptas cookies?'); prompt('¿Tu nombre?');
          window.onbeforeunload = function (e) { e.preventDefault(); e.returnValue = ''; return ''; };</script>
          <h1>Contáctanos</h1><p>Escríbenos a <a href="mailto:ayuda@fallas.co">ayuda@fallas.co</a> o llama al 300 123 4567.</p>`));
      case '/preguntas-frecuentes':
        return html(500, page('Error', '<h1>Internal Server Error</h1>'));
      case '/rastrea-tu-pedido':
        // Hangs: headers never come.
        hanging.add(res);
        return;
      case '/pqrs':
        return html(404, page('No encontrado', '<h1>404</h1>'));
      case '/politica-de-privacidad':
        res.writeHead(302, { location: '/politica-de-privacidad-2' });
        return void res.end();
      case '/politica-de-privacidad-2':
        res.writeHead(302, { location: '/politica-de-privacidad' });
        return void res.end();
      case '/promociones':
        // Never finishes loading: an async script that never arrives holds the load event.
        return html(200, page('Promociones', '<h1>Promociones</h1><p>Llámanos al 604 444 5566.</p><script async src="/never.js"></script>'));
      case '/never.js':
        hanging.add(res);
        return;
      case '/sedes':
        // Streams half a page and never ends it.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html><head><title>Sedes</title></head><body><h1>Sedes</h1><p>Calle 93 # 11-26, Bogotá</p>');
        hanging.add(res);
        return;
      case '/catalogo':
        // The test crashes this page's renderer as soon as it starts loading.
        return html(200, page('Catálogo', '<h1>Catálogo</h1><script>setTimeout(function(){}, 3000)</script>'));
      case '/blog':
        return html(200, page('Blog', '<h1>Blog</h1><p>Publicado el 3 de marzo de 2026.</p>'));
      case '/whatsapp':
        res.writeHead(302, { location: 'https://wa.me/573001234567' });
        return void res.end();
      case '/terminos':
        return html(200, page('Términos y condiciones', '<h1>Términos y condiciones</h1>'));
      default:
        return html(404, page('No encontrado', '<h1>404</h1>'));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A server that accepts connections and never answers. */
export async function startSilentServer(): Promise<FaultServer> {
  const held = new Set<http.ServerResponse>();
  const server = http.createServer((_req, res) => {
    held.add(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      for (const r of held) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
