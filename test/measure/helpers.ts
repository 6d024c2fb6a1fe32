/**
 * Fixture servers for the measure tests: a static server for the example sites, a
 * scriptable HTTP(S) server, and certificates made with openssl at test time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function listen(server: http.Server | https.Server): Promise<Served> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const scheme = server instanceof https.Server ? 'https' : 'http';
      resolve({
        url: `${scheme}://127.0.0.1:${port}/`,
        port,
        close: () => new Promise<void>((r) => {
          server.closeAllConnections?.();
          server.close(() => r());
        }),
      });
    });
  });
}

export function serveHandler(handler: Handler): Promise<Served> {
  return listen(http.createServer(handler));
}

export function serveHttps(handler: Handler, cert: { key: string; cert: string }): Promise<Served> {
  return listen(https.createServer({ key: cert.key, cert: cert.cert }, handler));
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.xml': 'application/xml', '.txt': 'text/plain', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A static server for a folder: index.html for directories, optional fixed Last-Modified. */
export function serveDir(dir: string, opts: { lastModified?: string } = {}): Promise<Served> {
  return serveHandler((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dir, p);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
      if (opts.lastModified) headers['last-modified'] = opts.lastModified;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
}

export interface TestCerts {
  dir: string;
  ca: string;
  valid: { key: string; cert: string };
  expired: { key: string; cert: string };
  selfSigned: { key: string; cert: string };
  wrongHost: { key: string; cert: string };
  cleanup(): void;
}

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A test CA and leaf certificates: valid for 127.0.0.1, expired, self-signed, and for another host. */
export function makeCerts(): TestCerts {
  const dir = mkdtempSync(path.join(tmpdir(), 'measure-certs-'));
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '30', '-subj', '/CN=Measure Test CA');
  const leaf = (name: string, cn: string, san: string, days: string, selfSigned = false) => {
    writeFileSync(path.join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
    if (selfSigned) {
      run('req', '-x509', ...ec, '-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', days, '-subj', `/CN=${cn}`, '-addext', `subjectAltName=${san}`);
    } else {
      run('req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
      run('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', days, '-extfile', `${name}.ext`);
    }
    return { key: readFileSync(path.join(dir, `${name}.key`), 'utf8'), cert: readFileSync(path.join(dir, `${name}.crt`), 'utf8') };
  };
  return {
    dir,
    ca: readFileSync(path.join(dir, 'ca.crt'), 'utf8'),
    valid: leaf('valid', '127.0.0.1', 'IP:127.0.0.1,DNS:localhost', '20'),
    expired: leaf('expired', '127.0.0.1', 'IP:127.0.0.1,DNS:localhost', '-1'),
    selfSigned: leaf('self', '127.0.0.1', 'IP:127.0.0.1,DNS:localhost', '20', true),
    wrongHost: leaf('wrong', 'other.example', 'DNS:other.example', '20'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
