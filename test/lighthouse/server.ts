/**
 * The Lighthouse fixture server: a plain node:http server on 127.0.0.1 serving
 * test/fixtures/lighthouse/<site>/ by path prefix, plus generated and faulty routes:
 *
 *   /good/…, /poor/…   the fixture sites (files; "/" means index.html)
 *   /poor/big.png      an oversized, incompressible PNG (generated once, ~3 MB)
 *   /fault/500         a server error
 *   /fault/blank       200 with an empty body: the page never paints (NO_FCP)
 *   /fault/hang        never answers
 *
 * robots.txt is answered from the good site for every host, so both sites are judged
 * on their pages and not on a missing robots.txt.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, crc32 } from 'node:zlib';
import { randomBytes } from 'node:crypto';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/lighthouse');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** An RGB PNG of random pixels: big on the wire whatever the encoder does. */
export function noisePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const row = width * 3 + 1;
  const raw = randomBytes(row * height);
  for (let y = 0; y < height; y++) raw[y * row] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface FixtureServer {
  origin: string;
  port: number;
  /** Requests seen, for assertions. */
  hits: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  let big: Buffer | undefined;
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push(url.pathname);
    const send = (status: number, type: string, body: Buffer | string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/fault/hang') return; // never answers
    if (url.pathname === '/fault/500') return send(500, TYPES['.html']!, '<!doctype html><title>Error</title><h1>Internal Server Error</h1>');
    if (url.pathname === '/fault/blank') return send(200, TYPES['.html']!, '<!doctype html><html><head><title></title></head><body></body></html>');
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === '/poor/big.png') return send(200, TYPES['.png']!, (big ??= noisePng(1200, 900)));
    const rel = url.pathname === '/robots.txt' ? 'good/robots.txt' : url.pathname.replace(/^\/+/, '').replace(/\/$/, '/index.html');
    const file = path.resolve(FIXTURES, rel);
    if (!file.startsWith(FIXTURES + path.sep)) return send(403, 'text/plain', 'forbidden');
    try {
      send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, TYPES['.html']!, '<!doctype html><title>Not found</title><h1>Not found</h1>');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
