/**
 * Channel availability (SS-5, SS-6, OS-4): every declared web or API endpoint (profile
 * channels with an http(s) URL) and the site itself, sampled N times over a short
 * window. A sample succeeds when the final answer, after at most `maxRedirects`
 * redirects, is 2xx/3xx (API endpoints also count 401/403/405: they answered). Latency
 * is that of the whole chain, over samples that got an answer. TLS is checked once per
 * HTTPS host: expired, not yet valid, self-signed, wrong host, untrusted — and days
 * to expiry.
 */
import type { DeclaredChannel, Evidence, EvidenceItem, Profile, Source } from '../types.js';
import { percentile, round } from './durations.js';
import { fetchUrl, inspectTls, type FetchOptions, type TlsCa, type TlsReport } from '../net/fetch.js';
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
  reason?: string;
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
  /** Latency of every sample that got an answer, in order. */
  latenciesMs: number[];
  tls?: TlsReport | { error: { code: string; message: string } };
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
      skipped.push({ note: `declared ${c.type} channel "${c.value ?? c.note ?? ''}" has no http(s) URL to sample` });
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
    results.push({
      ok,
      status: r.status,
      latencyMs: r.status !== undefined && r.error?.code !== 'timeout' ? r.elapsedMs : undefined,
      redirects: r.redirects.length,
      finalUrl: r.finalUrl,
      reason: ok ? undefined : r.error ? `${r.error.code}: ${r.error.message}` : `HTTP ${r.status}`,
    });
  }
  const failures: Record<string, number> = {};
  for (const r of results) if (!r.ok && r.reason) failures[r.reason] = (failures[r.reason] ?? 0) + 1;
  const latencies = results.map((r) => r.latencyMs).filter((x): x is number => x !== undefined);
  const successes = results.filter((r) => r.ok).length;
  const out: EndpointResult = {
    url: ep.url, sampled, channel: ep.channel, label: ep.label, samples: results.length, successes,
    successRate: results.length ? round(successes / results.length) : 0,
    latencyP50: percentile(latencies, 0.5), latencyP95: percentile(latencies, 0.95),
    redirects: Math.max(0, ...results.map((r) => r.redirects)), failures, latenciesMs: latencies,
  };
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
    const reason = 'no web or API endpoint to sample (the target is not an http(s) URL and no channel declares one)';
    for (const k of ['site.availability.successRate', 'site.availability.latencyP95', 'site.availability.latencyP50', 'site.availability.endpoints']) ev[k] = { sources: skipped, origin: 'probe', missing: reason, collectedAt: now.toISOString() };
    return ev;
  }
  const results = await Promise.all(endpoints.map((e) => sampleEndpoint(e, { samples, intervalMs, timeoutMs, maxRedirects, ca: ctx.ca, mapUrl: ctx.mapUrl, now })));
  const sources: Source[] = results.map((r) => ({
    url: r.sampled,
    snippet: `${r.channel}: ${r.successes}/${r.samples} ok${r.latencyP95 !== undefined ? `, p95 ${r.latencyP95} ms` : ''}`,
    note: Object.keys(r.failures).length ? Object.entries(r.failures).map(([k, v]) => `${v}× ${k}`).join('; ').slice(0, 400) : undefined,
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
    const reason = `no endpoint answered: ${results.map((r) => `${r.sampled}: ${Object.keys(r.failures)[0] ?? 'no answer'}`).join('; ')}`;
    ev['site.availability.latencyP95'] = { sources, origin: 'probe', error: { code: 'no-answer', message: reason }, collectedAt: now.toISOString() };
    ev['site.availability.latencyP50'] = { sources, origin: 'probe', error: { code: 'no-answer', message: reason }, collectedAt: now.toISOString() };
  }
  ev['site.availability.endpoints'] = item(results, sources, now);

  // TLS of the site (the target, else the first HTTPS endpoint).
  const site = results.find((r) => r.channel === 'site');
  const tlsFrom = site && /^https:/i.test(site.sampled) ? site : results.find((r) => /^https:/i.test(r.sampled));
  if (!tlsFrom || !tlsFrom.tls) {
    const reason = `the site is not served over HTTPS (${site?.sampled ?? ctx.target}); no certificate to check`;
    ev['site.tls.valid'] = { sources: [{ url: site?.sampled ?? ctx.target }], origin: 'probe', missing: reason, collectedAt: now.toISOString() };
    ev['site.tls.daysToExpiry'] = { sources: [{ url: site?.sampled ?? ctx.target }], origin: 'probe', missing: reason, collectedAt: now.toISOString() };
    ev['site.tls.certificate'] = { sources: [{ url: site?.sampled ?? ctx.target }], origin: 'probe', missing: reason, collectedAt: now.toISOString() };
  } else if ('error' in tlsFrom.tls) {
    const src = [{ url: tlsFrom.sampled, note: tlsFrom.tls.error.message }];
    ev['site.tls.valid'] = { sources: src, origin: 'probe', error: tlsFrom.tls.error, collectedAt: now.toISOString() };
    ev['site.tls.daysToExpiry'] = { sources: src, origin: 'probe', error: tlsFrom.tls.error, collectedAt: now.toISOString() };
    ev['site.tls.certificate'] = { sources: src, origin: 'probe', error: tlsFrom.tls.error, collectedAt: now.toISOString() };
  } else {
    const t = tlsFrom.tls;
    const src: Source[] = [{
      url: tlsFrom.sampled,
      snippet: `${t.subject ?? ''} issued by ${t.issuer ?? '?'}; valid ${t.validFrom} → ${t.validTo}`.slice(0, 200),
      note: t.valid ? undefined : `${t.problems.join(', ')}${t.authorizationError ? ` (${t.authorizationError})` : ''}`,
    }];
    ev['site.tls.valid'] = item(t.valid, src, now);
    if (t.daysToExpiry !== undefined) ev['site.tls.daysToExpiry'] = item(t.daysToExpiry, src, now);
    else ev['site.tls.daysToExpiry'] = { sources: src, origin: 'probe', error: { code: 'unreadable-certificate-date', message: `cannot read the certificate's expiry (${t.validTo})` }, collectedAt: now.toISOString() };
    ev['site.tls.certificate'] = item(t, src, now);
  }
  return ev;
}
