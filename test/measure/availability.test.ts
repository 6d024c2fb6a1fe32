import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type http from 'node:http';
import { loadChecklists } from '../../src/checklists/load.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import { measureAvailability, type EndpointResult } from '../../src/measure/availability.js';
import { daysLeft, fetchUrl, inspectTls, type TlsReport } from '../../src/net/fetch.js';
import type { Evidence, Profile } from '../../src/types.js';
import { hasOpenssl, makeCerts, serveHandler, serveHttps, type Served, type TestCerts } from './helpers.js';

const now = new Date();
const identity = (u: string): string => u;

let server: Served;
let flakyCount = 0;
const pending: http.ServerResponse[] = [];

beforeAll(async () => {
  server = await serveHandler((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    if (p === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    else if (p === '/flaky') {
      flakyCount++;
      if (flakyCount % 2 === 0) res.writeHead(503).end('busy');
      else res.writeHead(200).end('ok');
    } else if (p === '/slow') pending.push(res); // never answers
    else if (p === '/loop-a') res.writeHead(302, { location: '/loop-b' }).end();
    else if (p === '/loop-b') res.writeHead(302, { location: '/loop-a' }).end();
    else if (p.startsWith('/chain/')) {
      const n = Number(p.split('/')[2]);
      res.writeHead(302, { location: `/chain/${n + 1}` }).end();
    } else if (p === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (p === '/api') res.writeHead(401).end();
    else if (p === '/reset') req.socket.destroy();
    else res.writeHead(404).end();
  });
});

afterAll(async () => {
  for (const r of pending) r.destroy();
  await server.close();
});

describe('bounded fetch', () => {
  it.each([
    ['/ok', undefined, 200, 0],
    ['/moved', undefined, 200, 1],
    ['/loop-a', 'redirect-loop', 302, 2],
    ['/chain/0', 'too-many-redirects', 302, 4],
    ['/slow', 'timeout', undefined, 0],
    ['/reset', 'connection-reset', undefined, 0],
  ])('%s → %s', async (path, code, status, redirects) => {
    const r = await fetchUrl(server.url.replace(/\/$/, path), { timeoutMs: 400, maxRedirects: 3 });
    expect(r.error?.code).toBe(code);
    expect(r.status).toBe(status);
    expect(r.redirects.length).toBe(redirects);
  });

  it('names the loop it found', async () => {
    const r = await fetchUrl(server.url + 'loop-a', { timeoutMs: 1000 });
    expect(r.error?.message).toMatch(/loop-a → .*loop-b → .*loop-a/);
  });

  it('refuses what it cannot fetch without throwing', async () => {
    expect((await fetchUrl('ftp://x/')).error?.code).toBe('unsupported-protocol');
    expect((await fetchUrl('not a url')).error?.code).toBe('invalid-url');
    expect((await fetchUrl(`http://127.0.0.1:1/`, { timeoutMs: 1000 })).error?.code).toBe('connection-refused');
  });
});

describe('availability sampling', () => {
  let ev: Evidence;
  let endpoints: EndpointResult[];
  const profile: Profile = {
    organisation: { name: 'X', country: 'CO', businessModel: 'b2c' },
    channels: [
      { type: 'web', url: 'SERVER/flaky' },
      { type: 'web', url: 'SERVER/slow' },
      { type: 'web', url: 'SERVER/loop-a' },
      { type: 'web', url: 'SERVER/chain/0' },
      { type: 'web', url: 'SERVER/moved' },
      { type: 'api', url: 'SERVER/api' },
      { type: 'api', value: 'EDI con clientes grandes' },
      { type: 'phone', value: '+57 601 555 0123' },
    ],
  };

  beforeAll(async () => {
    flakyCount = 0;
    const base = server.url.replace(/\/$/, '');
    const p: Profile = { ...profile, channels: profile.channels!.map((c) => (c.url ? { ...c, url: c.url.replace('SERVER', base) } : c)) };
    ev = await measureAvailability({ target: base + '/ok', profile: p, config: { samples: 4, intervalMs: 20, timeoutMs: 300, maxRedirects: 3 }, mapUrl: identity, now });
    endpoints = ev['site.availability.endpoints']!.value as EndpointResult[];
  });
  const ep = (suffix: string) => endpoints.find((e) => e.url.endsWith(suffix))!;

  it.each([
    ['/ok', 1, {}],
    ['/flaky', 0.5, { 'HTTP 503': 2 }],
    ['/slow', 0, { 'timeout: no complete answer within 300 ms': 4 }],
    ['/moved', 1, {}],
    ['/api', 1, {}],
  ])('%s succeeds %d of the time', (suffix, rate, failures) => {
    expect(ep(suffix).successRate).toBe(rate);
    expect(ep(suffix).samples).toBe(4);
    expect(ep(suffix).failures).toEqual(failures);
  });

  it('reports a redirect loop and an endless chain as failures with the reason', () => {
    expect(Object.keys(ep('/loop-a').failures)[0]).toMatch(/^redirect-loop: redirect loop: /);
    expect(Object.keys(ep('/chain/0').failures)[0]).toMatch(/^too-many-redirects: more than 3 redirects/);
    expect(ep('/moved').redirects).toBe(1);
  });

  it('pools success rate and latency across endpoints', () => {
    // ok 4 + flaky 2 + moved 4 + api 4 = 14 of 28
    expect(ev['site.availability.successRate']!.value).toBe(0.5);
    expect(ev['site.availability.latencyP95']!.value).toEqual(expect.any(Number));
    expect(ev['site.availability.latencyP50']!.value as number).toBeLessThanOrEqual(ev['site.availability.latencyP95']!.value as number);
  });

  it('says which declared endpoints could not be sampled', () => {
    expect(ev['site.availability.successRate']!.sources.some((s) => /EDI con clientes grandes.*no http\(s\) URL/.test(s.note ?? ''))).toBe(true);
  });

  it('has no certificate to check on plain HTTP', () => {
    expect(ev['site.tls.valid']!.missing).toMatch(/not served over HTTPS/);
  });

  it('turns the evidence into check states', () => {
    const [channels] = loadChecklists(['checklists/channels.yaml']);
    const def = channels!.checks.find((c) => c.id === 'channels.site-available')!;
    const r = evaluateCheck(def, 'channels', { organisation: { name: 'X', country: 'CO', businessModel: 'b2c' } }, ev, now);
    expect(r.status).toBe('fail');
    expect(r.expectation.en).toContain('50');
  });
});

describe.skipIf(!hasOpenssl())('TLS certificates', () => {
  let certs: TestCerts;
  const servers: Record<string, Served> = {};

  beforeAll(async () => {
    certs = makeCerts();
    const ok = (_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(200).end('ok');
    servers.valid = await serveHttps(ok, certs.valid);
    servers.expired = await serveHttps(ok, certs.expired);
    servers.selfSigned = await serveHttps(ok, certs.selfSigned);
    servers.wrongHost = await serveHttps(ok, certs.wrongHost);
  }, 30_000);

  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.close()));
    certs?.cleanup();
  });

  it.each([
    ['valid', true, [], 19, 'tls-ok'],
    ['expired', false, ['expired'], -1, 'tls-expired'],
    ['selfSigned', false, ['self-signed'], 19, 'tls-self-signed'],
    ['wrongHost', false, ['wrong-host'], 19, 'tls-wrong-host'],
  ])('%s certificate → valid %s, problems %j, %d days', async (name, valid, problems, days, sampleCode) => {
    const target = servers[name]!.url;
    const ev = await measureAvailability({ target, config: { samples: 2, intervalMs: 0, timeoutMs: 2000 }, ca: certs.ca, mapUrl: identity, now: new Date() });
    expect(ev['site.tls.valid']!.value).toBe(valid);
    expect(ev['site.tls.daysToExpiry']!.value).toBe(days);
    const cert = ev['site.tls.certificate']!.value as TlsReport;
    expect(cert.problems).toEqual(problems);
    const [site] = ev['site.availability.endpoints']!.value as EndpointResult[];
    if (sampleCode === 'tls-ok') expect(site!.successRate).toBe(1);
    else expect(Object.keys(site!.failures)[0]).toMatch(new RegExp(`^${sampleCode}:`));
  });

  it('reports OpenSSL verdicts for each bad certificate', async () => {
    const verdict = async (name: string) => ((await inspectTls(servers[name]!.url, { ca: certs.ca })) as TlsReport).authorizationError;
    expect(await verdict('expired')).toBe('CERT_HAS_EXPIRED');
    expect(await verdict('selfSigned')).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(await verdict('wrongHost')).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(await verdict('valid')).toBeUndefined();
  });

  it('is an error, not a crash, when no handshake happens', async () => {
    const r = await inspectTls(server.url.replace('http:', 'https:'), { timeoutMs: 1000 });
    expect('error' in r && r.error.code).toMatch(/tls|reset|timeout/);
  });

  it('fails the TLS checks for an expired certificate', async () => {
    const ev = await measureAvailability({ target: servers.expired!.url, config: { samples: 1 }, ca: certs.ca, mapUrl: identity, now: new Date() });
    const [web] = loadChecklists(['checklists/web-quality.yaml']);
    const profile: Profile = { organisation: { name: 'X', country: 'CO', businessModel: 'b2c' } };
    const status = (id: string) => evaluateCheck(web!.checks.find((c) => c.id === id)!, 'web-quality', profile, ev, new Date()).status;
    expect(status('web-quality.tls-valid')).toBe('fail');
    expect(status('web-quality.tls-expiry')).toBe('fail');
  });

  it('counts days left the way people do', () => {
    expect(daysLeft(19.9 * 86_400_000)).toBe(19);
    expect(daysLeft(-0.2 * 86_400_000)).toBe(-1);
    expect(daysLeft(-1.0001 * 86_400_000)).toBe(-1);
  });
});
