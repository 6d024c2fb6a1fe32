/**
 * The tool's only HTTP code outside the browser: one bounded HTTP(S) GET/HEAD with
 * redirects, one request that stops at the first answer (is the site there at all,
 * does plain HTTP redirect to HTTPS), and one TLS handshake that reports the
 * certificate. The crawl, the sitemap reader, availability sampling and configured
 * freshness sources all use it. Every call has a deadline covering connection,
 * redirects and body; bodies are capped (after decompression, so a gzip bomb stops at
 * the cap); nothing throws — failures come back as `error: {code, message}`.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import tls from 'node:tls';
import zlib from 'node:zlib';
import { reason, type Message } from '../i18n/index.js';

const DAY_MS = 86_400_000;

export type TlsCa = string | Buffer | (string | Buffer)[];

/** Rewrites a URL before it is fetched (production URLs onto a served copy). */
export type UrlMapper = (url: string) => string;

export interface FetchOptions {
  method?: 'GET' | 'HEAD';
  /** Deadline for the whole call: every redirect hop and the body. Default 10 s. */
  timeoutMs?: number;
  /** Body cap in bytes after decompression. Default 2 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  headers?: Record<string, string>;
  /** Trusted CA certificates (replaces the system roots; tests pass their own CA). */
  ca?: TlsCa;
  /** Applied to the first URL and to every redirect target (production → served origin). */
  mapUrl?: UrlMapper;
  /** false: stop at the first answer and report a redirect as it is (status and Location). */
  followRedirects?: boolean;
  /** false: do not read the body (the status and headers are the answer). */
  readBody?: boolean;
}

export interface Redirect {
  url: string;
  status: number;
  location: string;
}

export interface FetchError {
  code: string;
  /** The reason in English, for logs and saved files. */
  message: string;
  /** The reason as a catalogue message, worded in the reader's language. */
  reason?: Message;
}

/**
 * The reason of an error with a code and an English message, as a catalogue message:
 * its own, or (saved before errors carried one) the English text as it was.
 */
export function errorReason(e: { message: string; reason?: Message }): Message {
  return e.reason ?? { id: 'evidence.legacy', values: { detail: e.message } };
}

export interface FetchResult {
  url: string;
  finalUrl: string;
  status?: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The body was cut at maxBytes. */
  truncated: boolean;
  redirects: Redirect[];
  elapsedMs: number;
  error?: FetchError;
}

export const USER_AGENT = 'service-readiness/measure (+https://service-readiness.dev)';

/** Names a Node/OpenSSL error so evidence reads as a reason, not a stack. */
export function describeNetError(e: unknown): FetchError {
  const err = e as NodeJS.ErrnoException & { code?: string };
  const code = err?.code ?? '';
  const msg = err?.message ?? String(e);
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return { code: 'tls-expired', ...reason('evidence.net.tlsExpired', { code }) };
    case 'CERT_NOT_YET_VALID':
      return { code: 'tls-not-yet-valid', ...reason('evidence.net.tlsNotYetValid', { code }) };
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return { code: 'tls-self-signed', ...reason('evidence.net.tlsSelfSigned', { code }) };
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return { code: 'tls-wrong-host', ...reason('evidence.net.tlsWrongHost', { detail: msg }) };
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'CERT_UNTRUSTED':
    case 'CERT_SIGNATURE_FAILURE':
      return { code: 'tls-untrusted', ...reason('evidence.net.tlsUntrusted', { code }) };
    case 'ECONNREFUSED':
      return { code: 'connection-refused', ...reason('evidence.net.refused', { code }) };
    case 'ECONNRESET':
    case 'EPIPE':
      return { code: 'connection-reset', ...reason('evidence.net.reset', { code }) };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { code: 'dns', ...reason('evidence.net.dns', { code }) };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { code: 'unreachable', ...reason('evidence.net.unreachable', { code }) };
    case 'HPE_INVALID_CONSTANT':
    case 'HPE_INVALID_STATUS':
    case 'HPE_HEADER_OVERFLOW':
      return { code: 'bad-response', ...reason('evidence.net.badResponse', { code }) };
    default:
      if (code.startsWith('ERR_SSL') || /ssl|tls/i.test(msg)) return { code: 'tls-handshake', ...reason('evidence.net.tlsHandshake', { detail: msg }) };
      // Node's own words for an error it has no code for: kept, inside a sentence of ours.
      return { code: code ? code.toLowerCase() : 'network', ...(msg ? reason('evidence.net.other', { detail: msg }) : reason('evidence.net.network')) };
  }
}

const TIMEOUT_CODE = 'MEASURE_TIMEOUT';

function flattenHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

/** Decompresses with an output cap; a cut or damaged stream keeps what was read. */
export function inflateBounded(data: Buffer, encoding: 'gzip' | 'deflate' | 'br', maxBytes: number): Promise<{ body: Buffer; truncated: boolean; error?: FetchError }> {
  return new Promise((resolve) => {
    const z = encoding === 'br' ? zlib.createBrotliDecompress() : encoding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: { body: Buffer; truncated: boolean; error?: FetchError }) => {
      if (done) return;
      done = true;
      z.removeAllListeners('data');
      z.destroy();
      resolve(r);
    };
    z.on('data', (c: Buffer) => {
      const room = maxBytes - size;
      if (c.length >= room) {
        chunks.push(c.subarray(0, room));
        size += room;
        finish({ body: Buffer.concat(chunks), truncated: true });
        return;
      }
      chunks.push(c);
      size += c.length;
    });
    z.on('end', () => finish({ body: Buffer.concat(chunks), truncated: false }));
    z.on('error', (e: NodeJS.ErrnoException) => {
      const body = Buffer.concat(chunks);
      // An input cut at the byte cap ends early: keep the prefix.
      if (e.code === 'Z_BUF_ERROR' && body.length) finish({ body, truncated: true });
      else finish({ body, truncated: false, error: { code: 'decode', ...reason('evidence.net.decode', { encoding, detail: e.message }) } });
    });
    z.end(data);
  });
}

export function isGzip(buf: Buffer): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

interface HopResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  truncated: boolean;
  error?: FetchError;
}

function requestOnce(u: URL, opts: FetchOptions, deadline: number, wantBody: boolean): Promise<HopResult | { error: FetchError }> {
  return new Promise((resolve) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      resolve({ error: { code: 'timeout', ...reason('evidence.net.timeout', { duration: { duration: opts.timeoutMs ?? 10_000 } }) } });
      return;
    }
    const maxBytes = opts.maxBytes ?? 2 * 1024 * 1024;
    const lib = u.protocol === 'https:' ? https : http;
    let settled = false;
    const settle = (r: HopResult | { error: FetchError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const reqOpts: https.RequestOptions = {
      method: opts.method ?? 'GET',
      agent: false,
      headers: {
        'user-agent': USER_AGENT,
        accept: '*/*',
        'accept-encoding': 'gzip, deflate, br',
        ...opts.headers,
      },
    };
    if (u.protocol === 'https:') {
      if (opts.ca) reqOpts.ca = opts.ca;
      if (isIP(u.hostname.replace(/^\[|\]$/g, ''))) reqOpts.servername = '';
    }
    let req: http.ClientRequest;
    try {
      req = lib.request(u, reqOpts, (res) => {
        const status = res.statusCode ?? 0;
        const headers = flattenHeaders(res.headers);
        if (!wantBody || (status >= 300 && status < 400 && headers.location) || opts.method === 'HEAD') {
          res.destroy();
          settle({ status, headers, body: Buffer.alloc(0), truncated: false });
          return;
        }
        const enc = (headers['content-encoding'] ?? '').toLowerCase().trim();
        const compressed = enc === 'gzip' || enc === 'x-gzip' || enc === 'deflate' || enc === 'br';
        // Compressed input is capped too: a stream that will not fit is cut and inflated as a prefix.
        const rawCap = maxBytes;
        const chunks: Buffer[] = [];
        let size = 0;
        let cut = false;
        const done = async () => {
          const raw = Buffer.concat(chunks);
          if (compressed) {
            const encoding = enc === 'br' ? 'br' : enc === 'deflate' ? 'deflate' : 'gzip';
            const r = await inflateBounded(raw, encoding, maxBytes);
            settle({ status, headers, body: r.body, truncated: r.truncated || cut, error: r.error });
          } else {
            settle({ status, headers, body: raw, truncated: cut });
          }
        };
        res.on('data', (c: Buffer) => {
          if (cut) return;
          const room = rawCap - size;
          if (c.length >= room) {
            chunks.push(c.subarray(0, room));
            size += room;
            cut = true;
            res.destroy();
            void done();
            return;
          }
          chunks.push(c);
          size += c.length;
        });
        res.on('end', () => void done());
        res.on('error', (e) => {
          if (cut) return;
          // A connection dropped mid-body: keep what arrived, say why.
          if (chunks.length) {
            const raw = Buffer.concat(chunks);
            settle({ status, headers, body: raw, truncated: true, error: describeNetError(e) });
          } else settle({ error: describeNetError(e) });
        });
        res.on('close', () => {
          if (cut || res.complete) return;
          const reset = { code: 'connection-reset', ...reason('evidence.net.closedMidResponse') };
          if (chunks.length) settle({ status, headers, body: Buffer.concat(chunks), truncated: true, error: reset });
          else settle({ error: reset });
        });
      });
    } catch (e) {
      settle({ error: { code: 'invalid-url', ...reason('evidence.net.other', { detail: (e as Error).message }) } });
      return;
    }
    const timer = setTimeout(() => {
      const err = Object.assign(new Error('timeout'), { code: TIMEOUT_CODE });
      req.destroy(err);
      settle({ error: { code: 'timeout', ...reason('evidence.net.timeoutComplete', { duration: { duration: opts.timeoutMs ?? 10_000 } }) } });
    }, remaining);
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === TIMEOUT_CODE) return;
      settle({ error: describeNetError(e) });
    });
    req.end();
  });
}

/**
 * Fetches a URL, following up to `maxRedirects` redirects; a redirect back to a URL
 * already visited is a loop. Never throws.
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const started = Date.now();
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const deadline = started + timeoutMs;
  const maxRedirects = opts.maxRedirects ?? 5;
  const redirects: Redirect[] = [];
  const seen = new Set<string>();
  const base: FetchResult = { url, finalUrl: url, headers: {}, body: Buffer.alloc(0), truncated: false, redirects, elapsedMs: 0 };
  let current = opts.mapUrl ? opts.mapUrl(url) : url;
  for (;;) {
    let u: URL;
    try {
      u = new URL(current);
    } catch {
      return { ...base, finalUrl: current, elapsedMs: Date.now() - started, error: { code: 'invalid-url', ...reason('evidence.net.invalidUrl', { url: current }) } };
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      return { ...base, finalUrl: current, elapsedMs: Date.now() - started, error: { code: 'unsupported-protocol', ...reason('evidence.net.unsupportedProtocol', { protocol: u.protocol }) } };
    }
    u.hash = '';
    seen.add(u.href);
    const r = await requestOnce(u, opts, deadline, opts.readBody !== false);
    if ('error' in r && !('status' in r)) {
      return { ...base, finalUrl: u.href, elapsedMs: Date.now() - started, error: r.error };
    }
    const hop = r as HopResult;
    if (hop.status >= 300 && hop.status < 400 && hop.headers.location && opts.followRedirects !== false) {
      let next: string;
      try {
        next = new URL(hop.headers.location, u).href;
      } catch {
        return { ...base, finalUrl: u.href, status: hop.status, headers: hop.headers, elapsedMs: Date.now() - started, error: { code: 'bad-redirect', ...reason('evidence.net.badRedirect', { location: hop.headers.location }) } };
      }
      if (opts.mapUrl) next = opts.mapUrl(next);
      redirects.push({ url: u.href, status: hop.status, location: next });
      const nu = new URL(next);
      nu.hash = '';
      if (seen.has(nu.href)) {
        return {
          ...base, finalUrl: u.href, status: hop.status, headers: hop.headers, elapsedMs: Date.now() - started,
          error: { code: 'redirect-loop', ...reason('evidence.net.redirectLoop', { chain: [...redirects.map((x) => x.url), nu.href].join(' → ') }) },
        };
      }
      if (redirects.length > maxRedirects) {
        return {
          ...base, finalUrl: u.href, status: hop.status, headers: hop.headers, elapsedMs: Date.now() - started,
          error: { code: 'too-many-redirects', ...reason('evidence.net.tooManyRedirects', { max: maxRedirects, from: u.href, to: next }) },
        };
      }
      current = next;
      continue;
    }
    return { ...base, finalUrl: u.href, status: hop.status, headers: hop.headers, body: hop.body, truncated: hop.truncated, elapsedMs: Date.now() - started, error: hop.error };
  }
}

export type TlsProblem = 'expired' | 'not-yet-valid' | 'self-signed' | 'wrong-host' | 'untrusted';

export interface TlsReport {
  host: string;
  port: number;
  valid: boolean;
  problems: TlsProblem[];
  /** OpenSSL's verdict, e.g. CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT. */
  authorizationError?: string;
  subject?: string;
  issuer?: string;
  altNames?: string;
  validFrom?: string;
  validTo?: string;
  daysToExpiry?: number;
  protocol?: string;
}

/** Whole days left; any time past expiry counts as at least one day expired. */
export function daysLeft(ms: number): number {
  const d = ms / DAY_MS;
  return d >= 0 ? Math.floor(d) : Math.min(-1, Math.ceil(d));
}

function dn(x: unknown): string | undefined {
  if (!x || typeof x !== 'object') return undefined;
  return Object.entries(x as Record<string, unknown>).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`).join(', ');
}

/**
 * Opens a TLS connection without trusting it and reports what a browser would say:
 * expired, not yet valid, self-signed, wrong host or untrusted, and days to expiry
 * (negative when expired). `error` when no handshake happened at all.
 */
export function inspectTls(url: string, opts: { timeoutMs?: number; ca?: TlsCa; now?: Date; mapUrl?: (u: string) => string } = {}): Promise<TlsReport | { error: FetchError }> {
  return new Promise((resolve) => {
    let u: URL;
    try {
      u = new URL(opts.mapUrl ? opts.mapUrl(url) : url);
    } catch {
      resolve({ error: { code: 'invalid-url', ...reason('evidence.net.invalidUrl', { url }) } });
      return;
    }
    if (u.protocol !== 'https:') {
      resolve({ error: { code: 'not-https', ...reason('evidence.net.notHttps', { origin: u.origin }) } });
      return;
    }
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const port = Number(u.port || 443);
    const timeoutMs = opts.timeoutMs ?? 10_000;
    let settled = false;
    const settle = (r: TlsReport | { error: FetchError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(r);
    };
    const socket = tls.connect({
      host,
      port,
      servername: isIP(host) ? undefined : host,
      ca: opts.ca,
      rejectUnauthorized: false,
    });
    const timer = setTimeout(() => settle({ error: { code: 'timeout', ...reason('evidence.net.tlsTimeout', { duration: { duration: timeoutMs } }) } }), timeoutMs);
    socket.on('error', (e) => settle({ error: describeNetError(e) }));
    socket.on('secureConnect', () => {
      const cert = socket.getPeerCertificate(true);
      if (!cert || !cert.valid_to) {
        settle({ error: { code: 'tls-no-certificate', ...reason('evidence.net.noCertificate') } });
        return;
      }
      const now = (opts.now ?? new Date()).getTime();
      const from = Date.parse(cert.valid_from);
      const to = Date.parse(cert.valid_to);
      const authErr = socket.authorizationError ? String(socket.authorizationError) : undefined;
      const identity = tls.checkServerIdentity(host, cert);
      const issuerIsSelf = !!cert.issuerCertificate && cert.issuerCertificate.fingerprint256 === cert.fingerprint256;
      const problems: TlsProblem[] = [];
      if (to < now || authErr === 'CERT_HAS_EXPIRED') problems.push('expired');
      if (from > now || authErr === 'CERT_NOT_YET_VALID') problems.push('not-yet-valid');
      if (issuerIsSelf || authErr === 'DEPTH_ZERO_SELF_SIGNED_CERT' || authErr === 'SELF_SIGNED_CERT_IN_CHAIN') problems.push('self-signed');
      if (identity !== undefined) problems.push('wrong-host');
      if (authErr && !['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'ERR_TLS_CERT_ALTNAME_INVALID'].includes(authErr)) problems.push('untrusted');
      settle({
        host,
        port,
        valid: problems.length === 0 && socket.authorized,
        problems,
        authorizationError: authErr,
        subject: dn(cert.subject),
        issuer: dn(cert.issuer),
        altNames: cert.subjectaltname,
        validFrom: Number.isNaN(from) ? cert.valid_from : new Date(from).toISOString(),
        validTo: Number.isNaN(to) ? cert.valid_to : new Date(to).toISOString(),
        daysToExpiry: Number.isNaN(to) ? undefined : daysLeft(to - now),
        protocol: socket.getProtocol() ?? undefined,
      });
    });
  });
}

/** Failures that say nothing answers at the URL (as opposed to an answer with a bad certificate). */
const UNREACHABLE_CODES = new Set(['connection-refused', 'connection-reset', 'dns', 'unreachable', 'timeout', 'invalid-url', 'unsupported-protocol']);

export type FirstAnswer =
  | { ok: true; status: number; headers: Record<string, string>; location?: string }
  | { ok: false; unreachable: boolean; error: FetchError };

/**
 * One request that stops at the first answer: the status and headers (a redirect is
 * reported, not followed), or why there was none. Cheap enough to run before a
 * browser starts; an invalid certificate is an answer of its own (`unreachable: false`).
 */
export async function firstAnswer(url: string, opts: { timeoutMs: number; ca?: TlsCa }): Promise<FirstAnswer> {
  const r = await fetchUrl(url, { timeoutMs: opts.timeoutMs, ca: opts.ca, followRedirects: false, readBody: false, headers: { accept: 'text/html,*/*' } });
  if (r.status === undefined) {
    const error = r.error ?? { code: 'network', ...reason('evidence.net.noAnswer') };
    return { ok: false, unreachable: UNREACHABLE_CODES.has(error.code), error };
  }
  return { ok: true, status: r.status, headers: r.headers, ...(r.headers.location ? { location: r.headers.location } : {}) };
}

/** Does http://host/ answer with a redirect to https://host…? */
export async function httpRedirectsToHttps(httpsUrl: string, timeoutMs: number): Promise<{ redirects: boolean | null; detail: string }> {
  const u = new URL(httpsUrl);
  const plain = `http://${u.hostname}/`;
  const res = await firstAnswer(plain, { timeoutMs });
  if (!res.ok) return { redirects: null, detail: `${plain} did not answer (${res.error.message})` };
  if (res.status >= 300 && res.status < 400 && res.location) {
    let to = '';
    try {
      to = new URL(res.location, plain).href;
    } catch {
      /* bad location */
    }
    return { redirects: to.startsWith('https://'), detail: `${plain} → ${res.status} ${to || res.location}` };
  }
  return { redirects: false, detail: `${plain} answers ${res.status} without redirecting to HTTPS` };
}
