/**
 * One request before a site's audit starts, for what a crawl cannot wait out: a site
 * that rate-limits (429, or 503 with Retry-After). A short Retry-After is waited once or
 * twice, within the site's time left; a long one ends the site's audit at once with the
 * reason, instead of a crawl of "Too Many Requests" pages. A site that does not answer
 * is UnreachableError, as for `audit`.
 */
import { firstAnswer } from '../net/fetch.js';
import { UnreachableError } from '../util/errors.js';

/** The longest Retry-After waited for (a portfolio has other sites to audit). */
export const MAX_RETRY_WAIT_MS = 30_000;

export class RateLimitedError extends Error {
  readonly code = 'rate-limited';
  constructor(public readonly url: string, public readonly status: number, public readonly retryAfterMs: number | undefined) {
    super(`${url} answers ${status} (rate-limited)${retryAfterMs !== undefined ? `, Retry-After ${Math.round(retryAfterMs / 1000)} s` : ''}`);
    this.name = 'RateLimitedError';
  }
}

/** Retry-After as milliseconds: seconds ("120") or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface PreflightOptions {
  timeoutMs?: number;
  /** Longest single wait (default MAX_RETRY_WAIT_MS). */
  maxWaitMs?: number;
  /** Milliseconds left for the site; no wait goes past it. */
  left?: () => number;
  signal?: AbortSignal;
  /** Told before each wait (to say it). */
  onWait?: (status: number, waitMs: number) => void;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => {
    clearTimeout(timer);
    resolve();
  }, { once: true });
});

export async function preflight(url: string, opts: PreflightOptions = {}): Promise<void> {
  const maxWait = opts.maxWaitMs ?? MAX_RETRY_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    const r = await firstAnswer(url, { timeoutMs: opts.timeoutMs ?? 10_000 });
    if (!r.ok) {
      if (r.unreachable) throw new UnreachableError(url, r.error.message);
      return; // an invalid certificate is an answer: the audit reports it
    }
    const limited = r.status === 429 || (r.status === 503 && r.headers['retry-after'] !== undefined);
    if (!limited) return;
    const wait = retryAfterMs(r.headers['retry-after']);
    const left = opts.left?.() ?? Infinity;
    if (attempt >= 2 || wait === undefined || wait > maxWait || wait + 5_000 > left || opts.signal?.aborted) {
      throw new RateLimitedError(url, r.status, wait);
    }
    opts.onWait?.(r.status, wait);
    await sleep(wait, opts.signal);
  }
}
