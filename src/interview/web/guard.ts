/**
 * Who may talk to the interview server. Pure functions of a request's method, path
 * and headers, so every rule has a table test:
 *
 *  - On a loopback address (the default) the Host header must name that loopback
 *    address and port: a page elsewhere cannot reach the server through a DNS name
 *    it points at 127.0.0.1 (DNS rebinding).
 *  - Anywhere else (`--host 0.0.0.0`) every path starts with a random key printed once;
 *    a request without it is refused.
 *  - Requests from other sites are refused: an Origin header must be this server's
 *    origin, and Sec-Fetch-Site must say same-origin or none (typed, bookmarked). The
 *    one exception is opening the page itself from a link (a top-level navigation,
 *    which changes nothing). Answers are JSON POSTs with this server's Origin, which
 *    no form on another site can send.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export interface GuardContext {
  /** The address the server listens on. */
  host: string;
  port: number;
  /** The key every path must start with; undefined on loopback. */
  token?: string;
}

export interface RequestFacts {
  method: string;
  /** The request target: path and query. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export type Verdict =
  | { ok: true; /** The path after the key, without a leading slash ("" is the page). */ route: string; query: URLSearchParams }
  | { ok: false; status: 400 | 403 | 404 | 405 | 415; reason: 'no-key' | 'host' | 'cross-site' | 'method' | 'content-type' | 'bad-request' }
  | { ok: false; status: 308; reason: 'slash'; location: string };

/** A new key: 144 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/** A --host value: an IP address or a host name; the reason otherwise. */
export function hostProblem(host: string): string | undefined {
  const h = host.replace(/^\[|\]$/g, '');
  if (isIP(h)) return undefined;
  if (/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(h)) return undefined;
  return 'not an IP address or host name';
}

/** host:port as written in a URL (IPv6 in brackets). */
export function hostPort(host: string, port: number): string {
  const h = host.replace(/^\[|\]$/g, '');
  return `${isIP(h) === 6 ? `[${h}]` : h}:${port}`;
}

function header(h: RequestFacts['headers'], name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Host names that reach a loopback server from this machine. */
function loopbackHosts(ctx: GuardContext): Set<string> {
  const names = new Set([hostPort(ctx.host, ctx.port), hostPort('127.0.0.1', ctx.port), hostPort('localhost', ctx.port), hostPort('::1', ctx.port)]);
  return new Set([...names].map((n) => n.toLowerCase()));
}

export function judge(req: RequestFacts, ctx: GuardContext): Verdict {
  const hostHeader = header(req.headers, 'host')?.toLowerCase();
  if (!hostHeader) return { ok: false, status: 400, reason: 'bad-request' };
  if (isLoopback(ctx.host) && !loopbackHosts(ctx).has(hostHeader)) return { ok: false, status: 403, reason: 'host' };

  let url: URL;
  try {
    url = new URL(req.url, 'http://x');
  } catch {
    return { ok: false, status: 400, reason: 'bad-request' };
  }
  let route = url.pathname;
  if (ctx.token) {
    const m = /^\/([^/]*)(\/.*)?$/.exec(route);
    if (!m || !sameKey(m[1], ctx.token)) return { ok: false, status: 403, reason: 'no-key' };
    if (m[2] === undefined) return { ok: false, status: 308, reason: 'slash', location: `/${ctx.token}/${url.search}` };
    route = m[2];
  }
  route = route.replace(/^\//, '');

  const method = req.method.toUpperCase();
  const site = header(req.headers, 'sec-fetch-site');
  const origin = header(req.headers, 'origin');
  const navigation = method === 'GET' && route === '' && header(req.headers, 'sec-fetch-mode') === 'navigate' && header(req.headers, 'sec-fetch-dest') === 'document';
  if (origin !== undefined && origin.toLowerCase() !== `http://${hostHeader}`) return { ok: false, status: 403, reason: 'cross-site' };
  if (site !== undefined && site !== 'same-origin' && site !== 'none' && !navigation) return { ok: false, status: 403, reason: 'cross-site' };

  if (method === 'POST') {
    // Browsers send Origin with every POST; without it the request did not come from this page.
    if (origin === undefined) return { ok: false, status: 403, reason: 'cross-site' };
    if (!/^application\/json\s*(;|$)/i.test(header(req.headers, 'content-type') ?? '')) return { ok: false, status: 415, reason: 'content-type' };
  } else if (method !== 'GET' && method !== 'HEAD') {
    return { ok: false, status: 405, reason: 'method' };
  }
  return { ok: true, route, query: url.searchParams };
}
