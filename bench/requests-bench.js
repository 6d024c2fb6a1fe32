#!/usr/bin/env node
/**
 * HTTP requests an audit of the example retailer makes, counted at the site's own
 * server: by client (the browser's crawl, Node's requests) and by kind (HTML pages,
 * sitemaps and robots.txt, the rest), and how many HTML pages were read twice. The
 * measures read the crawl's snapshots, so no page should be fetched a second time by
 * Node; only availability sampling (the home page, a few times) goes back.
 *
 *   npm run build && node bench/requests-bench.js [--bin path/to/readiness.js] [--json]
 *
 * `--bin` runs another build (an older checkout, say) against the same counting server,
 * so two versions are compared in one run.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const bin = path.resolve(arg('--bin', path.join(root, 'bin', 'readiness.js')));
const JSON_OUT = args.includes('--json');
const siteDir = path.join(root, 'examples', 'tienda-andina', 'site');
const profile = path.join(root, 'examples', 'tienda-andina', 'profile.yaml');

const TYPES = { '.html': 'text/html; charset=utf-8', '.xml': 'application/xml', '.txt': 'text/plain', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** A static server that notes every request: path, method and which client asked. */
function countingServer() {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const ua = String(req.headers['user-agent'] ?? '');
    log.push({ path: url.pathname + url.search, method: req.method, client: /Chrome|Mozilla/.test(ua) ? 'browser' : 'node' });
    let file = path.join(siteDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(siteDir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, log, url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/` })));
}

function run(cmd, argv) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cmd, ...argv], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', CI: '' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, err }));
  });
}

const isPage = (p) => p.endsWith('/') || p.endsWith('.html');
const isSitemap = (p) => /robots\.txt$|sitemap[^/]*\.xml(?:\.gz)?$/i.test(p);

const { server, log, url } = await countingServer();
const out = mkdtempSync(path.join(os.tmpdir(), 'readiness-requests-'));
try {
  // The site is served by this bench (so every request is counted) and told its
  // production origin through the profile's website, as `--serve` would.
  const r = await run(bin, ['audit', url, '-p', profile, '--no-lighthouse', '--format', 'json', '--out', path.join(out, 'report.json')]);
  if (r.code !== 0 && r.code !== 1) throw new Error(`audit exited ${r.code}: ${r.err.slice(-500)}`);
} finally {
  server.close();
  rmSync(out, { recursive: true, force: true });
}

const by = (client, pred) => log.filter((x) => x.client === client && pred(x.path)).length;
const browserPages = new Set(log.filter((x) => x.client === 'browser' && isPage(x.path)).map((x) => x.path));
const nodePages = log.filter((x) => x.client === 'node' && isPage(x.path));
const readTwice = new Set(nodePages.filter((x) => browserPages.has(x.path)).map((x) => x.path));
const figures = {
  bin: path.relative(root, bin) || bin,
  total: log.length,
  browser: { pages: by('browser', isPage), sitemaps: by('browser', isSitemap), other: by('browser', (p) => !isPage(p) && !isSitemap(p)) },
  node: { pages: nodePages.length, sitemaps: by('node', isSitemap), other: by('node', (p) => !isPage(p) && !isSitemap(p)) },
  pagesReadTwice: readTwice.size,
};
if (JSON_OUT) console.log(JSON.stringify(figures));
else {
  console.log(`requests an audit of examples/tienda-andina makes (${figures.bin}, --no-lighthouse): ${figures.total}`);
  console.log(`  browser: ${figures.browser.pages} HTML pages, ${figures.browser.sitemaps} robots/sitemaps, ${figures.browser.other} other`);
  console.log(`  node:    ${figures.node.pages} HTML pages (availability samples and re-reads), ${figures.node.sitemaps} robots/sitemaps, ${figures.node.other} other`);
  console.log(`  ${readTwice.size} pages the crawl rendered were fetched again by Node${readTwice.size ? '' : ' — the measures read the crawl'}`);
  const ok = figures.pagesReadTwice <= 1; // the home page is sampled for availability
  console.log(`${ok ? 'ok  ' : 'MISS'} pages read twice (besides the sampled home page)${''.padEnd(12)} ${Math.max(0, readTwice.size - (readTwice.has('/') ? 1 : 0))}  (target 0)`);
}
