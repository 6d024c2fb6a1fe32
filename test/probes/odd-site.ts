/**
 * A local site built to misbehave the way real ones do: a home page whose script
 * sends the visitor to another origin once it has loaded (an SSO bounce), a help page
 * that does so before it has even finished parsing (a country selector), a meta
 * refresh that never ends, a page that replaces itself with about:blank, and a
 * catalogue with endless numbered pagination and faceted query strings, with the
 * order-tracking page three clicks deep behind it (home → catálogo → ofertas →
 * seguimiento), a copy of a page whose host check sends the visitor to the live site,
 * and a stores page whose script, before the body is parsed, sends the visitor to a
 * country page of the same site that does not exist (a 404), and a news page whose own
 * script empties it once it has been parsed (an ad-recovery script whose library was refused).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const page = (title: string, body: string, head = ''): string =>
  `<!doctype html><html lang="es-CO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;

export const ELSEWHERE = 'https://sso.otra-empresa.example/login?next=tienda';
export const COUNTRY_SELECTOR = 'https://www.otra-empresa.example/pais/';
/** The live address a served copy's host check sends the visitor to. */
export const LIVE_COPY = 'https://tiendarara.example/copia/';

export interface OddSite {
  url: string;
  /** Requests per path, to show what the crawl spent its budget on. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startOddSite(): Promise<OddSite> {
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const p = u.pathname;
    hits.set(p + u.search, (hits.get(p + u.search) ?? 0) + 1);
    const html = (status: number, body: string): void => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    const pagina = /^\/catalogo\/pagina\/(\d+)\/$/.exec(p);
    if (pagina) {
      // Each page links to the next two, and to itself sorted and filtered: an endless catalogue.
      const n = Number(pagina[1]);
      return html(200, page(`Catálogo — página ${n}`, `<h1>Catálogo, página ${n}</h1>
        <a href="/catalogo/pagina/${n + 1}/">Siguiente</a> <a href="/catalogo/pagina/${n + 2}/">${n + 2}</a>
        <a href="?orden=precio">Ordenar por precio</a> <a href="?color=rojo&talla=m">Rojo, M</a> <a href="?color=azul">Azul</a>`));
    }
    switch (p) {
      case '/':
        return html(200, page('Tienda Rara', `
          <nav><a href="/contacto/">Contacto</a> <a href="/ayuda/">Ayuda</a> <a href="/catalogo/">Catálogo</a>
          <a href="/refresh/">Novedades</a> <a href="/blanco/">Promociones</a> <a href="/mi-cuenta/">Mi cuenta</a>
          <a href="/legal/index.htm">Política de privacidad</a> <a href="/tiendas/">Nuestras tiendas</a> <a href="/noticias/">Noticias</a></nav>
          <main><h1>Bienvenido a Tienda Rara</h1></main>
          <footer>Línea de atención (601) 555 0199 · servicio@tiendarara.example</footer>
          <script>setTimeout(function () { location.href = ${JSON.stringify(ELSEWHERE)}; }, 50);</script>`));
      // (The redirect comes 50 ms after the script runs: at 300 ms a fully loaded test run once read the page before
      // the timer fired, and the test saw no redirect at all.)
      case '/ayuda/':
        // Redirects while still parsing: whatever the parser had shown is what there is.
        return html(200, page('Ayuda | Tienda Rara', `<h1>Preguntas frecuentes</h1><p>Escríbenos a ayuda@tiendarara.example</p>
          <script>location.replace(${JSON.stringify(COUNTRY_SELECTOR)});</script><p>Horario: lunes a viernes de 8:00 a.m. a 6:00 p.m.</p>`));
      case '/tiendas/':
        // A country redirect in the head: the country page is a 404 (a saved copy, a stale link).
        return html(200, page('Tiendas | Tienda Rara', `<h1>Nuestras tiendas</h1>
          <p>Escríbenos por <a href="https://wa.me/573001234567">WhatsApp</a></p>`, '<script>location.replace("/tiendas/co/");</script>'));
      case '/noticias/':
        // Thirty section links and the press office's address, then a script that throws it all away.
        return html(200, page('Noticias | Tienda Rara', `<h1>Noticias</h1>
          ${Array.from({ length: 30 }, (_, i) => `<a href="#seccion-${i + 1}">Sección ${i + 1}</a>`).join(' ')}
          <footer>Prensa: <a href="mailto:prensa@tiendarara.example">prensa@tiendarara.example</a></footer>
          <script>document.body.innerHTML = '<p>Cargando…</p>';</script>`));
      case '/contacto/':
        return html(200, page('Contacto | Tienda Rara', '<h1>Contáctanos</h1><p>Llámanos al (601) 555 0199.</p>'));
      case '/mi-cuenta/':
        return html(200, page('Mi cuenta | Tienda Rara', '<h1>Mi cuenta</h1><form><label>Correo <input type="email" name="email"></label><label>Clave <input type="password" name="clave"></label><button>Ingresar</button></form>'));
      case '/refresh/':
        return html(200, page('Novedades', '<h1>Novedades</h1><p>Cargando…</p>', '<meta http-equiv="refresh" content="0;url=/refresh/">'));
      case '/blanco/':
        return html(200, page('Promociones', '<h1>Promociones</h1><script>setTimeout(function () { location.href = "about:blank"; }, 100);</script>'));
      case '/catalogo/':
        return html(200, page('Catálogo', `<h1>Catálogo</h1>
          ${Array.from({ length: 30 }, (_, i) => `<a href="/catalogo/pagina/${i + 2}/">${i + 2}</a>`).join(' ')}
          <a href="?color=rojo">Rojo</a> <a href="?talla=m&color=azul">Azul, M</a> <a href="?orden=nuevo">Lo nuevo</a>
          <a href="/catalogo/ofertas/">Ofertas de la semana</a>`));
      case '/catalogo/ofertas/':
        return html(200, page('Ofertas', '<h1>Ofertas</h1><p>¿Ya compraste? <a href="/seguimiento/">Rastrea tu pedido</a></p>'));
      case '/legal/index.htm':
        // Answers only by its file name, as a saved copy served from disk does: '/legal/' is a 404.
        return html(200, page('Política de privacidad | Tienda Rara', '<h1>Política de privacidad y tratamiento de datos personales</h1>'));
      case '/copia/':
        // A copy of a live page whose host check sends the visitor to the live site (uCoz's
        // domain lock, as on easyen.ru): served here, it is not on its own domain. Not linked.
        return html(200, page('Preguntas frecuentes | Tienda Rara', `<script>if (['tiendarara.example', 'www.tiendarara.example'].indexOf(document.domain) < 0) document.write('<meta http-equiv="refresh" content="0; url=${LIVE_COPY}">');</script>
          <h1>Preguntas frecuentes</h1><p>Línea de atención (601) 555 0199</p>`));
      case '/seguimiento/':
        return html(200, page('Rastrea tu pedido | Tienda Rara', '<h1>Rastrea tu pedido</h1><form><label>Número de pedido <input name="pedido"></label><button>Consultar</button></form>'));
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
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
