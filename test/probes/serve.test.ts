/** serveDir: the static server behind --serve and the fixture sites. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type ServeHandle } from '../../src/probes/serve.js';

let root: string;
let outside: string;
let server: ServeHandle;

/** A raw GET (fetch would normalise "/../" away before sending it). */
function get(pathname: string, method = 'GET'): Promise<{ status: number; type: string; location: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: pathname, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), location: String(res.headers.location ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'readiness-serve-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'readiness-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(root, 'about.html'), '<h1>about</h1>');
  writeFileSync(path.join(root, 'style.css'), 'h1{}');
  writeFileSync(path.join(root, 'app.js'), 'void 0');
  writeFileSync(path.join(root, 'data.json'), '{}');
  writeFileSync(path.join(root, 'sitemap.xml'), '<urlset/>');
  writeFileSync(path.join(root, 'logo.svg'), '<svg/>');
  writeFileSync(path.join(root, '404.html'), '<h1>not here</h1>');
  mkdirSync(path.join(root, 'contacto'));
  writeFileSync(path.join(root, 'contacto', 'index.html'), '<h1>contacto</h1>');
  mkdirSync(path.join(root, 'empty'));
  writeFileSync(path.join(root, 'espacio y ñ.html'), '<h1>ñ</h1>');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link-out.txt'));
  server = await serveDir(root);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('serveDir', () => {
  it('listens on 127.0.0.1 on an ephemeral port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it.each([
    ['/', 200, 'text/html', 'home'],
    ['/index.html', 200, 'text/html', 'home'],
    ['/about', 200, 'text/html', 'about'],
    ['/contacto/', 200, 'text/html', 'contacto'],
    ['/style.css', 200, 'text/css', 'h1'],
    ['/app.js', 200, 'text/javascript', 'void'],
    ['/data.json', 200, 'application/json', '{}'],
    ['/sitemap.xml', 200, 'application/xml', 'urlset'],
    ['/logo.svg', 200, 'image/svg+xml', 'svg'],
    ['/espacio%20y%20%C3%B1.html', 200, 'text/html', 'ñ'],
  ])('GET %s → %i %s', async (p, status, type, text) => {
    const r = await get(p);
    expect(r.status).toBe(status);
    expect(r.type).toContain(type);
    expect(r.body).toContain(text);
  });

  it('redirects a directory without its trailing slash', async () => {
    const r = await get('/contacto?x=1');
    expect(r.status).toBe(301);
    expect(r.location).toBe('/contacto/?x=1');
  });

  it('answers 404 with the site\'s own 404.html for missing files and folders without an index', async () => {
    for (const p of ['/missing', '/missing.css', '/empty/']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).toContain('not here');
    }
  });

  it.each(['/../secret.txt', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/contacto/../../etc/passwd', '/link-out.txt', '/%00index.html', '/..\\..\\etc\\passwd'])('never serves anything outside the folder: %s', async (p) => {
    const r = await get(p);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.body).not.toContain('secret');
    expect(r.body).not.toContain('root:');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('refuses a path that is not a directory', async () => {
    await expect(serveDir(path.join(root, 'index.html'))).rejects.toThrow(/not a directory/);
    await expect(serveDir(path.join(root, 'nope'))).rejects.toThrow(/not a directory/);
  });
});
