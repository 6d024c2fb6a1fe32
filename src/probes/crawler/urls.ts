/**
 * URLs as the crawl sees them: one normal form per page, the host key that treats
 * www. and the bare host as one site, what is not a page at all, and the URL pattern
 * a page counts against in the crawl budget. Pure.
 */

/** Files no signal is read from: the crawl never queues them. */
export const NOT_PAGES = /\.(?:pdf|jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|zip|rar|7z|gz|tgz|tar|docx?|xlsx?|pptx?|odt|ods|csv|mp4|m4v|mp3|wav|ogg|avi|mov|wmv|webm|exe|msi|dmg|apk|ipa|ics|vcf|xml|json|txt|woff2?|ttf|otf|eot|css|js|mjs|map|rss|atom)$/i;
/** Paths that are actions or traps (admin, logout, add-to-cart, sort orders, deep pagination), never pages to read. */
export const SKIP_PATHS = /\/(?:wp-admin|wp-login\.php|wp-json|xmlrpc\.php|cdn-cgi|feed|comments\/feed|trackback|logout|log-out|salir|cerrar-sesion|signout|sign-out|cart\/(?:add|change|clear)|checkout\/(?:process|confirm))(?:\/|$|\?)|[?&](?:add-to-cart|replytocom|share|action=logout|orderby|filter_|min_price|max_price|sort|order=|page=\d{2,}|utm_)/i;

/** URL without fragment, tracking parameters or default port; null for non-http(s). */
export function normaliseUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  // /index.html and / are one page on nearly every server.
  u.pathname = u.pathname.replace(/\/index\.(?:html?|php|asp|aspx|jsp)$/i, '/');
  for (const k of [...u.searchParams.keys()]) if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|_ga|srsltid)$/i.test(k)) u.searchParams.delete(k);
  return u.href;
}

/**
 * The address to request for a page whose normal form is `normal`, found as `raw`: the
 * normal form, with the index file the link named put back. '/cro/' and
 * '/cro/index.htm' are one page to the crawl, but a server need not answer the first
 * (a saved copy served as files does not), so the page is asked for as it was linked.
 */
export function requestUrl(normal: string, raw: string): string {
  let file: RegExpExecArray | null;
  try {
    file = /\/(index\.(?:html?|php|asp|aspx|jsp))$/i.exec(new URL(raw).pathname);
  } catch {
    return normal;
  }
  if (!file) return normal;
  const u = new URL(normal);
  if (!u.pathname.endsWith('/')) return normal;
  u.pathname += file[1];
  return u.href;
}

/** Host without a leading www., with the port: pages of www.x.co and x.co are one site. */
export function hostKey(u: string): string {
  try {
    const x = new URL(u);
    return x.hostname.replace(/^www\./, '') + (x.port ? `:${x.port}` : '');
  } catch {
    return '';
  }
}

/**
 * The URL pattern a page belongs to for the crawl budget: the folder it is in, with
 * numbers generalised (`/catalogo/pagina/3/` → `/catalogo/pagina/*`, `/producto/camisa`
 * → `/producto/*`, `/blog/2024/05/nota` → `/blog/#/#/*`), or the path itself for a
 * top-level page (`/contacto/`). Pagination and product pages share a pattern; a
 * section beside them (`/catalogo/ofertas/`) does not.
 */
export function urlPattern(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return url;
  }
  const segs = path.split('/').filter(Boolean);
  if (segs.length <= 1) return path;
  return `/${segs.slice(0, -1).map((x) => x.replace(/\d+/g, '#')).join('/')}/*`;
}
