#!/usr/bin/env node
/**
 * Accuracy of the probe's signals on real pages that real organisations published
 * (bench/real-pages: saved captures from public repositories, labelled by reading the
 * HTML — see its README). Each page is served on 127.0.0.1 at its original path and
 * probed as a one-page crawl told the page's production origin (`--origin`), in one
 * shared Chromium, exactly as an audit reads a page. The page's port speaks both plain
 * HTTP and HTTPS (the first byte of each connection tells a TLS handshake from a
 * request): the page is fetched over http://, and a page whose own script upgrades it
 * to https:// on the same host and port (`if (location.protocol != "https:") …`, as on
 * br-news-opapel-artigo and pe-news-larazon-nota) reloads as it would on the real site
 * instead of failing to load at all. The HTTPS side uses a throw-away self-signed
 * certificate for 127.0.0.1 (bench/tls/), which this bench's Chromium alone is told to
 * accept (`acceptInsecureCerts`, off by default in the product). Precision and recall per signal
 * are printed for the `dev` pages (the only ones rules may be tuned on) and for the
 * `holdout` pages apart; only the holdout figures say how the tool does on pages it
 * has not seen.
 *
 *   npm run build && node bench/real-pages-bench.js [--set dev|holdout] [--page ID] [--misses] [--json]
 *
 * Targets (issue 10): ≥ 0.95 precision and ≥ 0.95 recall for every signal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gatherSiteDetail, launchBrowser } from '../dist/probes/index.js';
import { precision, recall, score, table } from './score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = path.join(root, 'bench', 'real-pages');
const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const onlySet = arg('--set');
const onlyPage = arg('--page');
const SHOW_MISSES = args.includes('--misses');
const JSON_OUT = args.includes('--json');
const TARGET = 0.95;

const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')))
  .filter((p) => (!onlySet || p.set === onlySet) && (!onlyPage || p.id === onlyPage))
  .sort((a, b) => a.id.localeCompare(b.id));

/**
 * The throw-away self-signed certificate for 127.0.0.1 that the bench's HTTPS side
 * presents; a test certificate for this local server only, trusted by nothing.
 */
const tlsDir = path.join(root, 'bench', 'tls');
const TLS = { key: readFileSync(path.join(tlsDir, 'bench-127.0.0.1.key')), cert: readFileSync(path.join(tlsDir, 'bench-127.0.0.1.crt')) };

/** A path decoded for comparison; a malformed escape (a page's own asset URL with a stray '%') stays as written. */
function safeDecode(p) {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/**
 * The charset a page's server would declare: UTF-8 for bytes that are UTF-8 (most captures,
 * whatever their meta says: their repositories re-encoded them), else the one the page's own
 * meta declares (a windows-1251 or ISO-8859-1 capture kept as it was served), else
 * windows-1252, the web's default for a Latin page that declares none.
 * @param {Buffer} html
 */
function charsetOf(html) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(html);
    return 'utf-8';
  } catch {
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(html.subarray(0, 4096).toString('latin1'));
    // A page that declares UTF-8 and has a stray byte (a '©' saved in Latin-1) is still served as UTF-8.
    return declared?.[1] ? (/^utf-?8$/i.test(declared[1]) ? 'utf-8' : declared[1]) : 'windows-1252';
  }
}

/**
 * Serves one captured page at its original path; every other path is a 404 (a one-page
 * crawl never asks). One port answers both HTTP and HTTPS: each connection's first byte
 * is read, and a TLS handshake (0x16) goes to an `https` server, anything else to an
 * `http` server, both with the same handler.
 */
function servePage(page) {
  const html = readFileSync(path.join(dir, `${page.id}.html`));
  const type = `text/html; charset=${charsetOf(html)}`;
  const want = new URL(page.url).pathname;
  /** @type {import('node:http').RequestListener} */
  const handler = (req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    if (p === want || safeDecode(p) === safeDecode(want)) res.writeHead(200, { 'content-type': type }).end(html);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };
  const plain = http.createServer(handler);
  const secure = https.createServer(TLS, handler);
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const u = new URL(page.url);
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    resolve({
      url: `http://127.0.0.1:${port}${u.pathname}${u.search}`,
      // Chromium keeps its connections alive: they are cut, or the server would never close.
      close: () => new Promise((r) => {
        server.close(() => r(undefined));
        for (const s of sockets) s.destroy();
      }),
    });
  }));
}

// Only this bench's browser accepts the self-signed certificate above (LaunchOptions.acceptInsecureCerts,
// i.e. CDP Security.setIgnoreCertificateErrors for the whole browser); the product's default stays off.
const handle = await launchBrowser({ acceptInsecureCerts: true });
const tallies = { dev: new Map(), holdout: new Map() };
const perPage = [];
try {
  for (const page of pages) {
    const served = await servePage(page);
    try {
      const r = await gatherSiteDetail(handle, { urls: [served.url], origin: page.url, country: page.country, maxPages: 1, concurrency: 1, pageTimeoutMs: 20_000 });
      score(tallies[page.set], page.id, page.labels, r.evidence);
      perPage.push({ id: page.id, set: page.set, evidence: Object.fromEntries(Object.keys(page.labels).map((k) => [k, r.evidence[k]?.error ? { error: r.evidence[k].error.code } : r.evidence[k]?.value])) });
    } catch (err) {
      // A page the probe could not read at all counts against every signal it has.
      score(tallies[page.set], page.id, page.labels, {});
      perPage.push({ id: page.id, set: page.set, error: err instanceof Error ? err.message : String(err) });
    } finally {
      await served.close();
    }
  }
} finally {
  await handle.close();
}

const summary = (set) => Object.fromEntries([...tallies[set].entries()].map(([k, t]) => [k, { tp: t.tp, fp: t.fp, fn: t.fn, tn: t.tn, precision: precision(t), recall: recall(t) }]));
if (JSON_OUT) {
  console.log(JSON.stringify({ pages: pages.length, dev: summary('dev'), holdout: summary('holdout'), perPage }, null, 2));
} else {
  for (const set of ['holdout', 'dev']) {
    const n = pages.filter((p) => p.set === set).length;
    if (!n) continue;
    console.log(`\nReal pages, ${set} (${n} pages${set === 'holdout' ? ', never tuned on' : ', rules may be tuned on these'}):\n${table(tallies[set])}`);
    if (SHOW_MISSES) for (const [k, t] of tallies[set]) for (const m of t.misses) console.log(`  ${k}: ${m}`);
  }
  console.log('');
  // Every holdout is read after its one measurement and retired to dev; until a new batch comes in there is no unseen-page figure.
  if (!onlyPage && (!onlySet || onlySet === 'holdout') && !pages.some((p) => p.set === 'holdout')) {
    console.log('No holdout pages: every batch has been read and retired to dev, so there is no figure on unseen pages until a new batch, labelled outside the repository, is added (bench/real-pages/README.md).');
  }
  for (const [k, t] of [...tallies.holdout.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const p = precision(t);
    const r = recall(t);
    const ok = p >= TARGET && r >= TARGET;
    console.log(`${ok ? 'ok  ' : 'MISS'} real pages (holdout) ${k.padEnd(34)} P ${p.toFixed(2)} R ${r.toFixed(2)}  (target ≥ ${TARGET} each)`);
  }
}
