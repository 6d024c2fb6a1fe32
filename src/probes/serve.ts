/**
 * A small static file server for `--serve DIR` and the fixture sites: 127.0.0.1 on an
 * ephemeral port, directory index.html, clean URLs (/contacto → contacto.html), a
 * site's own 404.html, and no way out of the served directory.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface ServeHandle {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  host?: string;
  port?: number;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Resolves a URL path inside root, or null when it would leave root (.., symlinks, NUL). */
export async function resolveInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rel = path.relative(root, full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  // A symlink inside the folder must not lead outside it.
  try {
    const real = await realpath(full);
    const relReal = path.relative(root, real);
    if (relReal.startsWith('..') || path.isAbsolute(relReal)) return null;
    return real;
  } catch {
    return full; // does not exist (yet): the caller answers 404
  }
}

/** Serves `dir` on 127.0.0.1 (ephemeral port unless told otherwise). */
export async function serveDir(dir: string, opts: ServeOptions = {}): Promise<ServeHandle> {
  const root = await realpath(path.resolve(dir)).catch(() => null);
  if (!root || !(await isDir(root))) throw new Error(`Cannot serve ${dir}: not a directory`);
  const notFoundPage = path.join(root, '404.html');

  const send = (res: http.ServerResponse, method: string, status: number, file: string | null, body?: string): void => {
    const headers: http.OutgoingHttpHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (file) {
      headers['content-type'] = contentTypeFor(file);
      res.writeHead(status, headers);
      if (method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      return;
    }
    headers['content-type'] = 'text/plain; charset=utf-8';
    res.writeHead(status, headers);
    res.end(method === 'HEAD' ? undefined : body ?? http.STATUS_CODES[status]);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        send(res, method, 405, null);
        return;
      }
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        send(res, method, 400, null);
        return;
      }
      const target = await resolveInside(root, url.pathname);
      if (!target) {
        send(res, method, 404, null);
        return;
      }
      if (await isDir(target)) {
        if (!url.pathname.endsWith('/') && (await isFile(target + '.html'))) {
          // /blogs/news with both blogs/news.html and blogs/news/…: the page wins.
          send(res, method, 200, target + '.html');
          return;
        }
        if (!url.pathname.endsWith('/')) {
          // Relative links in index.html need the trailing slash.
          res.writeHead(301, { location: url.pathname + '/' + url.search, 'cache-control': 'no-store' });
          res.end();
          return;
        }
        const index = path.join(target, 'index.html');
        if (await isFile(index)) send(res, method, 200, index);
        else if (await isFile(notFoundPage)) send(res, method, 404, notFoundPage);
        else send(res, method, 404, null);
        return;
      }
      if (await isFile(target)) {
        send(res, method, 200, target);
        return;
      }
      if (!path.extname(target) && (await isFile(target + '.html'))) {
        send(res, method, 200, target + '.html');
        return;
      }
      if (await isFile(notFoundPage)) send(res, method, 404, notFoundPage);
      else send(res, method, 404, null);
    })().catch(() => {
      if (!res.headersSent) send(res, req.method ?? 'GET', 500, null);
      else res.destroy();
    });
  });

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; do not wait for them.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
