/**
 * Channel availability (SS-5, SS-6, OS-4): every declared web or API endpoint (profile
 * channels with an http(s) URL) and the site itself, sampled N times over a short
 * window. A sample succeeds when the final answer, after at most `maxRedirects`
 * redirects, is 2xx/3xx (API endpoints also count 401/403/405: they answered). Latency
 * is that of the whole chain, over samples that got an answer. TLS is checked once per
 * HTTPS host: expired, not yet valid, self-signed, wrong host, untrusted — and days
 * to expiry.
 */
import { reason, type Message, type MessageValue } from '../i18n/index.js';
import type { DeclaredChannel, Evidence, EvidenceItem, Profile, Source } from '../types.js';
import { percentile, round } from './durations.js';
import { errorReason, fetchUrl, inspectTls, type FetchError, type FetchOptions, type TlsCa, type TlsReport } from '../net/fetch.js';
import { channelLabel } from './channels.js';
import { missing, noted } from './reasons.js';
import type { UrlMapper } from '../net/fetch.js';

export interface AvailabilityConfig {
  samples?: number;
  intervalMs?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Extra endpoints to sample besides the site and the declared channels. */
  endpoints?: string[];
}

export interface Endpoint {
  url: string;
  /** What the URL is: "site", or the declared channel type ("web", "api"). */
  channel: string;
  label?: string;
}

export interface SampleResult {
  ok: boolean;
  status?: number;
  latencyMs?: number;
  redirects: number;
  finalUrl: string;
  /** Why the sample failed, in English ("timeout: no complete answer within 5 s", "HTTP 503"). */
  reason?: string;
  /** `reason` as a catalogue message. */
  why?: Message;
}

export interface EndpointResult {
  url: string;
  /** The URL sampled after origin mapping. */
  sampled: string;
  channel: string;
  label?: string;
  samples: number;
  successes: number;
  successRate: number;
  latencyP50?: number;
  latencyP95?: number;
  redirects: number;
  failures: Record<string, number>;
  /** Each failure's reason as a catalogue message, by its English text (the key of `failures`). */
  failureReasons?: Record<string, Message>;
  /** Latency of every sample that got an answer, in order. */
  latenciesMs: number[];
  tls?: TlsReport | { error: FetchError };
}

const API_UP = new Set([401, 403, 405]);

export function isSuccess(status: number | undefined, channel: string): boolean {
  if (status === undefined) return false;
  if (status >= 200 && status < 400) return true;
  return channel === 'api' && API_UP.has(status);
}

/** The endpoints to sample: the site, declared web/API channels with an http(s) URL, extras. */
export function endpointsFor(target: string, profile: Profile | undefined, extra: string[] = []): { endpoints: Endpoint[]; skipped: Source[] } {
  const endpoints: Endpoint[] = [];
  const skipped: Source[] = [];
  if (/^https?:\/\//i.test(target)) endpoints.push({ url: target, channel: 'site' });
  for (const c of profile?.channels ?? []) {
    if (c.type !== 'web' && c.type !== 'api') continue;
    const url = c.url ?? (/^https?:\/\//i.test(c.value ?? '') ? c.value : undefined);
    if (!url || !/^https?:\/\//i.test(url)) {
      skipped.push(noted('evidence.availability.noUrl', { channel: channelLabel(c.type), label: c.value ?? c.note ?? '' }));
      continue;
    }
    endpoints.push({ url, channel: c.type, label: labelOf(c) });
  }
  for (const u of extra) if (/^https?:\/\//i.test(u)) endpoints.push({ url: u, channel: 'web', label: 'configured' });
  return { endpoints, skipped };
}

function labelOf(c: DeclaredChannel): string | undefined {
  return c.value ?? c.note?.slice(0, 60);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function sampleEndpoint(ep: Endpoint, opts: { samples: number; intervalMs: number; timeoutMs: number; maxRedirects: number; ca?: TlsCa; mapUrl: UrlMapper; now: Date }): Promise<EndpointResult> {
  const sampled = opts.mapUrl(ep.url);
  const results: SampleResult[] = [];
  const fetchOpts: FetchOptions = { timeoutMs: opts.timeoutMs, maxRedirects: opts.maxRedirects, maxBytes: 256 * 1024, ca: opts.ca, mapUrl: opts.mapUrl };
  for (let i = 0; i < opts.samples; i++) {
    if (i > 0 && opts.intervalMs > 0) await sleep(opts.intervalMs);
    const r = await fetchUrl(ep.url, fetchOpts);
    const ok = !r.error && isSuccess(r.status, ep.channel);
    const why = ok ? undefined : r.error ? reason('evidence.availability.sampleError', { code: r.error.code, error: { msg: errorReason(r.error) } }) : reason('evidence.availability.sampleHttp', { status: r.status ?? null });
    results.push({
      ok,
      status: r.status,
      latencyMs: r.status !== undefined && r.error?.code !== 'timeout' ? r.elapsedMs : undefined,
      redirects: r.redirects.length,
      finalUrl: r.finalUrl,
      ...(why ? { reason: why.message, why: why.reason } : {}),
    });
  }
  const failures: Record<string, number> = {};
  const failureReasons: Record<string, Message> = {};
  for (const r of results) {
    if (r.ok || !r.reason) continue;
    failures[r.reason] = (failures[r.reason] ?? 0) + 1;
    if (r.why) failureReasons[r.reason] = r.why;
  }
  const latencies = results.map((r) => r.latencyMs).filter((x): x is number => x !== undefined);
  const successes = results.filter((r) => r.ok).length;
  const out: EndpointResult = {
    url: ep.url, sampled, channel: ep.channel, label: ep.label, samples: results.length, successes,
    successRate: results.length ? round(successes / results.length) : 0,
    latencyP50: percentile(latencies, 0.5), latencyP95: percentile(latencies, 0.95),
    redirects: Math.max(0, ...results.map((r) => r.redirects)), failures, latenciesMs: latencies,
  };
  if (Object.keys(failureReasons).length) out.failureReasons = failureReasons;
  if (/^https:/i.test(sampled)) out.tls = await inspectTls(ep.url, { timeoutMs: opts.timeoutMs, ca: opts.ca, now: opts.now, mapUrl: opts.mapUrl });
  return out;
}

export interface AvailabilityContext {
  target: string;
  profile?: Profile;
  config?: AvailabilityConfig;
  ca?: TlsCa;
  mapUrl: UrlMapper;
  now: Date;
}

/** An endpoint's failures as a source note: "4× timeout: …; 1× HTTP 503". */
function failuresNote(r: EndpointResult): Pick<Source, 'note' | 'noteReason'> {
  const entries = Object.entries(r.failures);
  if (!entries.length) return {};
  const parts = entries.map(([k, n]): Message => ({ id: 'evidence.availability.failureCount', values: { n, failure: { msg: r.failureReasons?.[k] ?? { id: 'evidence.legacy', values: { detail: k } } } } }));
  const note = noted('evidence.availability.failures', { failures: semicolons(parts) });
  return { note: note.note!.slice(0, 400), noteReason: note.noteReason };
}

/** An endpoint and the first reason it failed, or "no answer". */
function firstFailure(r: EndpointResult): Message {
  const first = Object.keys(r.failures)[0];
  const failure: Message = first ? (r.failureReasons?.[first] ?? { id: 'evidence.legacy', values: { detail: first } }) : { id: 'evidence.net.noAnswer' };
  return { id: 'evidence.availability.endpointFailure', values: { url: r.sampled, failure: { msg: failure } } };
}

/** Messages joined with "; ", all of them, each worded in the reader's language. */
function semicolons(parts: Message[]): MessageValue {
  return { list: parts.map((msg) => ({ msg })), max: parts.length, separator: '; ' };
}

function item(value: unknown, sources: Source[], now: Date): EvidenceItem {
  return { value, sources, origin: 'probe', collectedAt: now.toISOString() };
}

export async function measureAvailability(ctx: AvailabilityContext): Promise<Evidence> {
  const { now } = ctx;
  const cfg = ctx.config ?? {};
  const samples = Math.max(1, Math.min(100, Math.floor(cfg.samples ?? 5)));
  const intervalMs = Math.max(0, Math.min(60_000, cfg.intervalMs ?? 200));
  const timeoutMs = Math.max(100, Math.min(120_000, cfg.timeoutMs ?? 5000));
  const maxRedirects = Math.max(0, Math.min(20, cfg.maxRedirects ?? 5));
  const { endpoints: all, skipped } = endpointsFor(ctx.target, ctx.profile, cfg.endpoints);
  // The same URL declared twice (site and web channel) is sampled once.
  const byUrl = new Map<string, Endpoint>();
  for (const e of all) {
    const k = ctx.mapUrl(e.url).replace(/\/$/, '');
    if (!byUrl.has(k)) byUrl.set(k, e);
  }
  const endpoints = [...byUrl.values()];
  const ev: Evidence = {};
  if (!endpoints.length) {
    for (const k of ['site.availability.successRate', 'site.availability.latencyP95', 'site.availability.latencyP50', 'site.availability.endpoints']) ev[k] = { sources: skipped, origin: 'probe', ...missing('evidence.availability.noEndpoint'), collectedAt: now.toISOString() };
    return ev;
  }
  const results = await Promise.all(endpoints.map((e) => sampleEndpoint(e, { samples, intervalMs, timeoutMs, maxRedirects, ca: ctx.ca, mapUrl: ctx.mapUrl, now })));
  const sources: Source[] = results.map((r) => ({
    url: r.sampled,
    snippet: `${r.channel}: ${r.successes}/${r.samples} ok${r.latencyP95 !== undefined ? `, p95 ${r.latencyP95} ms` : ''}`,
    ...failuresNote(r),
  }));
  sources.push(...skipped);
  const total = results.reduce((n, r) => n + r.samples, 0);
  const ok = results.reduce((n, r) => n + r.successes, 0);
  ev['site.availability.successRate'] = item(round(ok / total), sources, now);
  // Latency over every sample that got an answer, all endpoints pooled.
  const lat = results.flatMap((r) => r.latenciesMs);
  if (lat.length) {
    ev['site.availability.latencyP95'] = item(percentile(lat, 0.95), sources, now);
    ev['site.availability.latencyP50'] = item(percentile(lat, 0.5), sources, now);
  } else {
    const error = { code: 'no-answer', ...reason('evidence.availability.noAnswer', { endpoints: semicolons(results.map(firstFailure)) }) };
    ev['site.availability.latencyP95'] = { sources, origin: 'probe', error, collectedAt: now.toISOString() };
    ev['site.availability.latencyP50'] = { sources, origin: 'probe', error, collectedAt: now.toISOString() };
  }
  ev['site.availability.endpoints'] = item(results, sources, now);

  // TLS of the site (the target, else the first HTTPS endpoint).
  const site = results.find((r) => r.channel === 'site');
  const tlsFrom = site && /^https:/i.test(site.sampled) ? site : results.find((r) => /^https:/i.test(r.sampled));
  if (!tlsFrom || !tlsFrom.tls) {
    const why = missing('evidence.tls.notHttps', { url: site?.sampled ?? ctx.target });
    ev['site.tls.valid'] = { sources: [{ url: site?.sampled ?? ctx.target }], origin: 'probe', ...why, collectedAt: now.toISOString() };
    ev['site.tls.daysToExpiry'] = { sources: [{ url: site?.sampled ?? ctx.target }], origin: 'probe', ...why, collectedAt: now.toISOString() };
    ev['site.tls.certificate'] = { sources: [{ url: site?.sampled ?? ctx.target }], origin: 'probe', ...why, collectedAt: now.toISOString() };
  } else if ('error' in tlsFrom.tls) {
    const src = [{ url: tlsFrom.sampled, note: tlsFrom.tls.error.message, noteReason: errorReason(tlsFrom.tls.error) }];
    ev['site.tls.valid'] = { sources: src, origin: 'probe', error: tlsFrom.tls.error, collectedAt: now.toISOString() };
    ev['site.tls.daysToExpiry'] = { sources: src, origin: 'probe', error: tlsFrom.tls.error, collectedAt: now.toISOString() };
    ev['site.tls.certificate'] = { sources: src, origin: 'probe', error: tlsFrom.tls.error, collectedAt: now.toISOString() };
  } else {
    const t = tlsFrom.tls;
    const src: Source[] = [{
      url: tlsFrom.sampled,
      snippet: `${t.subject ?? ''} issued by ${t.issuer ?? '?'}; valid ${t.validFrom} → ${t.validTo}`.slice(0, 200),
      ...(t.valid ? {} : noted(t.authorizationError ? 'evidence.tls.problemsCode' : 'evidence.tls.problems', { problems: { list: t.problems.map((p) => ({ msg: { id: `evidence.tls.problem.${p}` } })), max: t.problems.length }, code: t.authorizationError })),
    }];
    ev['site.tls.valid'] = item(t.valid, src, now);
    if (t.daysToExpiry !== undefined) ev['site.tls.daysToExpiry'] = item(t.daysToExpiry, src, now);
    else ev['site.tls.daysToExpiry'] = { sources: src, origin: 'probe', error: { code: 'unreadable-certificate-date', ...reason('evidence.tls.unreadableExpiry', { validTo: t.validTo ?? null }) }, collectedAt: now.toISOString() };
    ev['site.tls.certificate'] = item(t, src, now);
  }
  return ev;
}
