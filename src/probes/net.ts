/**
 * The few requests made from Node rather than the browser: is the start URL there at
 * all (answering fast when it is not), robots.txt and sitemaps, and whether plain HTTP
 * redirects to HTTPS. Responses are read as bounded text and
 * never executed.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { SitemapEntry } from './types.js';

export interface ProbeResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  location?: string;
}

export type NetFailure =
  | { kind: 'unreachable'; code: string; message: string }
  | { kind: 'cert'; code: string; message: string };

const CERT_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|DEPTH_ZERO|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH|ALTNAME/;

function describe(code: string, fallback: string): string {
  const map: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'host name lookup failed (DNS)',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connection timed out',
    TIMEOUT: 'no response in time',
  };
  return map[code] ?? fallback;
}

/**
 * One request without following redirects; resolves with the status and headers as
 * soon as they arrive (the body is discarded), or with a classified failure.
 */
export function headOnce(url: string, timeoutMs: number, method: 'GET' | 'HEAD' = 'GET'): Promise<ProbeResponse | NetFailure> {
  return new Promise((resolve) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      resolve({ kind: 'unreachable', code: 'EINVALIDURL', message: `not a valid URL: ${url}` });
      return;
    }
    const mod = u.protocol === 'https:' ? https : http;
    let settled = false;
    const done = (v: ProbeResponse | NetFailure): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    const req = mod.request(u, { method, headers: { 'user-agent': 'readiness-probe', accept: 'text/html,*/*' }, timeout: timeoutMs }, (res) => {
      done({ status: res.statusCode ?? 0, headers: res.headers, location: typeof res.headers.location === 'string' ? res.headers.location : undefined });
      res.destroy();
    });
    const timer = setTimeout(() => {
      req.destroy();
      done({ kind: 'unreachable', code: 'TIMEOUT', message: `no response within ${timeoutMs} ms` });
    }, timeoutMs);
    req.on('timeout', () => {
      req.destroy();
      done({ kind: 'unreachable', code: 'TIMEOUT', message: `no response within ${timeoutMs} ms` });
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? 'ERROR';
      if (CERT_CODES.test(code)) done({ kind: 'cert', code, message: err.message });
      else done({ kind: 'unreachable', code, message: describe(code, err.message) });
    });
    req.end();
  });
}

export function isFailure(x: ProbeResponse | NetFailure): x is NetFailure {
  return 'kind' in x;
}

/** A text resource (robots.txt, sitemap) through at most 5 redirects; null when absent or not text. */
export async function fetchText(url: string, timeoutMs: number, maxBytes = 5_000_000): Promise<{ url: string; text: string } | null> {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    const res = await new Promise<{ status: number; location?: string; body: Buffer; type: string } | null>((resolve) => {
      let u: URL;
      try {
        u = new URL(current);
      } catch {
        resolve(null);
        return;
      }
      const mod = u.protocol === 'https:' ? https : http;
      const chunks: Buffer[] = [];
      let size = 0;
      const req = mod.get(u, { headers: { 'user-agent': 'readiness-probe' }, timeout: timeoutMs }, (r) => {
        const status = r.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          r.destroy();
          resolve({ status, location: r.headers.location, body: Buffer.alloc(0), type: '' });
          return;
        }
        r.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            r.destroy();
            return;
          }
          chunks.push(c);
        });
        r.on('end', () => resolve({ status, body: Buffer.concat(chunks), type: String(r.headers['content-type'] ?? '') }));
        r.on('close', () => resolve({ status, body: Buffer.concat(chunks), type: String(r.headers['content-type'] ?? '') }));
        r.on('error', () => resolve(null));
      });
      const timer = setTimeout(() => {
        req.destroy();
        resolve(null);
      }, timeoutMs);
      req.on('close', () => clearTimeout(timer));
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(null));
    });
    if (!res) return null;
    if (res.location) {
      try {
        current = new URL(res.location, current).href;
      } catch {
        return null;
      }
      continue;
    }
    if (res.status !== 200) return null;
    let body = res.body;
    if (body[0] === 0x1f && body[1] === 0x8b) {
      try {
        body = zlib.gunzipSync(body, { maxOutputLength: maxBytes * 4 });
      } catch {
        return null;
      }
    }
    if (/text\/html/i.test(res.type) && !/<(?:urlset|sitemapindex)\b/i.test(body.subarray(0, 2000).toString('utf8'))) {
      // A soft 404 (the home page served for any path) is not a sitemap or robots file.
      if (!/robots\.txt$/i.test(current) || /<html/i.test(body.subarray(0, 500).toString('utf8'))) return null;
    }
    return { url: current, text: body.toString('utf8') };
  }
  return null;
}

/** Sitemap: lines of robots.txt. */
export function sitemapsFromRobots(robots: string): string[] {
  const out: string[] = [];
  for (const line of robots.split(/\r?\n/)) {
    const m = /^\s*sitemap\s*:\s*(\S+)/i.exec(line);
    if (m) out.push(m[1]!);
  }
  return out;
}

function decodeXml(s: string): string {
  return s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").trim();
}

/** <url> entries of a urlset and <sitemap> children of a sitemap index. */
export function parseSitemap(xml: string): { urls: SitemapEntry[]; children: string[] } {
  const urls: SitemapEntry[] = [];
  const children: string[] = [];
  for (const m of xml.matchAll(/<sitemap\b[^>]*>([\s\S]*?)<\/sitemap>/gi)) {
    const loc = /<loc>([\s\S]*?)<\/loc>/i.exec(m[1]!);
    if (loc) children.push(decodeXml(loc[1]!));
  }
  for (const m of xml.matchAll(/<url\b[^>]*>([\s\S]*?)<\/url>/gi)) {
    const loc = /<loc>([\s\S]*?)<\/loc>/i.exec(m[1]!);
    if (!loc) continue;
    const lastmod = /<lastmod>([\s\S]*?)<\/lastmod>/i.exec(m[1]!);
    urls.push({ loc: decodeXml(loc[1]!), ...(lastmod ? { lastmod: decodeXml(lastmod[1]!) } : {}) });
    if (urls.length >= 5000) break;
  }
  return { urls, children };
}

function resolve(u: string, base: string): string | null {
  try {
    return new URL(u, base).href;
  } catch {
    return null;
  }
}

/** robots.txt → sitemaps (or /sitemap.xml), one level of sitemap index, bounded. */
export async function readSitemaps(origin: string, timeoutMs: number, sameSite: (u: string) => boolean): Promise<{ urls: SitemapEntry[]; sources: string[]; error?: string }> {
  const sources: string[] = [];
  const urls: SitemapEntry[] = [];
  const robots = await fetchText(new URL('/robots.txt', origin).href, timeoutMs, 500_000);
  let candidates = robots ? sitemapsFromRobots(robots.text).map((u) => resolve(u, robots.url)).filter((u): u is string => !!u && sameSite(u)) : [];
  if (!candidates.length) candidates = [new URL('/sitemap.xml', origin).href];
  const queue = candidates.slice(0, 3);
  let fetched = 0;
  while (queue.length && fetched < 6) {
    const u = queue.shift()!;
    fetched++;
    const res = await fetchText(u, timeoutMs);
    if (!res || !/<(?:urlset|sitemapindex)\b/i.test(res.text)) continue;
    sources.push(res.url);
    const parsed = parseSitemap(res.text);
    for (const x of parsed.urls) {
      const loc = resolve(x.loc, res.url);
      if (loc && sameSite(loc)) urls.push({ ...x, loc });
    }
    // Page sitemaps first: WordPress page-sitemap.xml, Shopify sitemap_pages_1.xml.
    const kids = parsed.children.map((c) => resolve(c, res.url)).filter((c): c is string => !!c && sameSite(c)).sort((a, b) => Number(/page|pagina|institucional/i.test(b)) - Number(/page|pagina|institucional/i.test(a)));
    queue.push(...kids.slice(0, 4));
    if (urls.length >= 2000) break;
  }
  return { urls: urls.slice(0, 2000), sources };
}

/** Does http://host/ answer with a redirect to https://host…? */
export async function httpRedirectsToHttps(httpsUrl: string, timeoutMs: number): Promise<{ redirects: boolean | null; detail: string }> {
  const u = new URL(httpsUrl);
  const plain = `http://${u.hostname}/`;
  const res = await headOnce(plain, timeoutMs, 'GET');
  if (isFailure(res)) return { redirects: null, detail: `${plain} did not answer (${res.message})` };
  if (res.status >= 300 && res.status < 400 && res.location) {
    let to = '';
    try {
      to = new URL(res.location, plain).href;
    } catch {
      /* bad location */
    }
    const ok = to.startsWith('https://');
    return { redirects: ok, detail: `${plain} → ${res.status} ${to || res.location}` };
  }
  return { redirects: false, detail: `${plain} answers ${res.status} without redirecting to HTTPS` };
}
