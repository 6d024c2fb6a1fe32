/**
 * Faults, in real Chromium: a page that hangs, 404/500, a redirect loop, alerts, a
 * page that never finishes loading, half a page, a renderer crash, an invalid
 * certificate, an unreachable or silent start URL. The crawl goes on, the affected
 * evidence is `error` with the reason, and the run ends within its time bound.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherSiteDetail, launchBrowser, UnreachableError, type BrowserHandle, type GatherSiteDetail } from '../../src/probes/index.js';
import { closedPort, startFaultServer, startSilentServer, type FaultServer } from './fault-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let handle: BrowserHandle;
let faults: FaultServer;
let result: GatherSiteDetail;
let elapsed = 0;

beforeAll(async () => {
  handle = await launchBrowser();
  faults = await startFaultServer();
  // Crash the renderer of whichever tab starts loading /catalogo.
  handle.browser.on('targetchanged', (target) => {
    if (!target.url().endsWith('/catalogo')) return;
    void target.createCDPSession().then((s) => s.send('Page.crash')).catch(() => undefined);
  });
  const t0 = Date.now();
  result = await gatherSiteDetail(handle, { urls: [faults.url], pageTimeoutMs: 2500, concurrency: 4 });
  elapsed = Date.now() - t0;
}, 60_000);

afterAll(async () => {
  await faults?.close();
  await handle?.close();
});

const page = (p: string) => result.pages.find((x) => new URL(x.url).pathname === p);

describe('a crawl through misbehaving pages', () => {
  it('ends within its time bound', () => {
    expect(elapsed).toBeLessThan(20_000);
  });

  it('records each failure in pages[] with its reason', () => {
    expect(page('/preguntas-frecuentes')?.error?.code).toBe('http-500');
    expect(page('/pqrs')?.error?.code).toBe('http-404');
    expect(page('/rastrea-tu-pedido')?.error?.code).toBe('timeout');
    expect(page('/politica-de-privacidad')?.error?.code).toBe('redirect-loop');
    expect(page('/promociones')?.error?.code).toBe('load-timeout');
    expect(page('/sedes')?.error?.code).toBe('timeout');
    expect(page('/catalogo')?.error?.code).toBe('renderer-crashed');
  });

  it('dismisses alerts and reads the page behind them', () => {
    expect(page('/contacto')?.error).toBeUndefined();
    expect(result.evidence['site.contact.emails']!.value).toEqual(['ayuda@fallas.co']);
  });

  it('reads what rendered on a page that never finishes loading', () => {
    expect(result.evidence['site.contact.phones']!.value).toEqual(expect.arrayContaining(['+576015550123', '+573001234567', '+576044445566']));
  });

  it('keeps crawling after a crash: later pages are read', () => {
    expect(page('/blog')?.status).toBe(200);
    expect(page('/terminos')?.status).toBe(200);
    expect(result.evidence['site.policy.terms']!.value).toBe(true);
  });

  it('keeps a key page that is linked but unreadable, noting why, and lists the broken link', () => {
    const faq = result.evidence['site.help.faq']!;
    expect(faq.value).toBe(true);
    expect(faq.sources.map((s) => s.note).join(' ')).toMatch(/could not be read.*HTTP 500/);
    expect(result.evidence['site.selfservice.orderTracking']!.value).toBe(true);
    expect(result.evidence['site.policy.privacy']!.sources.map((s) => s.note).join(' ')).toMatch(/redirect loop/);
    const broken = result.evidence['site.links.broken']!.value as { kind: string; url: string; code: string }[];
    expect(broken.map((b) => `${b.kind} ${b.code}`)).toEqual(expect.arrayContaining(['help http-500', 'orderTracking timeout', 'privacy redirect-loop']));
  });

  it('turns evidence that lived on a failed page into an error with the reason', () => {
    // The complaint form would have been on the PQRS page: without it, nothing can be said.
    expect(result.evidence['site.forms.complaints']!.error?.code).toBe('http-404');
    expect(result.evidence['site.forms.complaints']!.error?.message).toMatch(/complaints.*HTTP 404/);
    expect(result.evidence['site.pages.errorRate']!.value).toBeGreaterThan(0.3);
  });

  it('follows a redirect that leaves the site for WhatsApp without loading it', () => {
    expect(page('/whatsapp')?.error).toBeUndefined();
    expect(result.evidence['site.contact.whatsapp']!.value).toEqual(['+573001234567']);
  });
});

describe('start URLs that cannot be probed', () => {
  it('throws UnreachableError at once when nothing listens', async () => {
    const port = await closedPort();
    const t0 = Date.now();
    await expect(gatherSiteDetail(handle, { urls: [`http://127.0.0.1:${port}/`] })).rejects.toThrow(UnreachableError);
    await expect(gatherSiteDetail(handle, { urls: [`http://127.0.0.1:${port}/`] })).rejects.toThrow(/127\.0\.0\.1.*unreachable: connection refused/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('throws UnreachableError within the page timeout when the server never answers', async () => {
    const silent = await startSilentServer();
    try {
      const t0 = Date.now();
      await expect(gatherSiteDetail(handle, { urls: [silent.url], pageTimeoutMs: 1500 })).rejects.toThrow(/no complete answer within 1.5 s/);
      expect(Date.now() - t0).toBeLessThan(4000);
    } finally {
      await silent.close();
    }
  });

  const haveOpenssl = spawnSync('openssl', ['version']).status === 0;
  it.skipIf(!haveOpenssl)('reports an invalid certificate as evidence, not as a crash', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-cert-'));
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    expect(made.status).toBe(0);
    const server = https.createServer({ key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Inicio</title><p>Línea (601) 555 0123</p>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const r = await gatherSiteDetail(handle, { urls: [`https://127.0.0.1:${port}/`], pageTimeoutMs: 3000 });
      expect(r.pages[0]!.error?.code).toBe('cert-invalid');
      expect(r.evidence['site.https']!.value).toBe(false);
      expect(r.evidence['site.contact.phones']!.error?.code).toBe('cert-invalid');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const cliBuilt = existsSync(path.join(ROOT, 'dist/cli/main.js')) && existsSync(path.join(ROOT, 'dist/probes/index.js'));
describe.skipIf(!cliBuilt)('readiness probe as a child process', () => {
  it('exits 3 quickly with the reason when the start URL is unreachable', async () => {
    const port = await closedPort();
    const t0 = Date.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [path.join(ROOT, 'bin/readiness.js'), 'probe', `http://127.0.0.1:${port}/`], { timeout: 20_000 }, (err, _out, errOut) => {
        resolve({ code: child.exitCode ?? (typeof err?.code === 'number' ? err.code : null), stderr: String(errOut) });
      });
    });
    expect(code).toBe(3);
    expect(stderr).toMatch(/unreachable: connection refused/);
    expect(Date.now() - t0).toBeLessThan(8000);
  });
});
