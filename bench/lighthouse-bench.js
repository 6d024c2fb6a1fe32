#!/usr/bin/env node
/**
 * Lighthouse benchmark (issue 4): our probe beside the `lighthouse` command-line tool
 * from node_modules, on the same local pages, in one run.
 *
 *   one page   a fresh `node` running runLighthouse (browser launch and Lighthouse import
 *              included, both started together) vs one `lighthouse <url>`  → target ≤ 1.0×
 *   five pages one `node` auditing five pages in one browser vs five `lighthouse`
 *              invocations (five Chrome launches)                          → clearly below 1×
 *
 * Both sides run the same Lighthouse configuration: mobile, Lighthouse's default
 * simulated throttling, the four categories, no full-page screenshot, the same waits,
 * the DESIGN.md Chromium flags, CHROME_PATH=/usr/bin/chromium (or findChrome()), and
 * each writes its JSON result to disk. Each side is a separate process timed from spawn
 * to exit, and the sides alternate within each round so machine load hits both alike.
 *
 *   npm run build && node bench/lighthouse-bench.js [--pairs 3] [--five-pairs 1] [--json] [--desktop]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_FLAGS, findChrome } from '../dist/probes/browser.js';
import { serveDir } from '../dist/probes/serve.js';
import { lighthouseFlags, DEFAULT_TIMEOUT_MS } from '../dist/lighthouse/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const ONE_PAIRS = Number(arg('--pairs', 3));
const FIVE_PAIRS = Number(arg('--five-pairs', 1));
const JSON_OUT = args.includes('--json');
const FORM_FACTOR = args.includes('--desktop') ? 'desktop' : 'mobile';
const CHROME = process.env.CHROME_PATH || (findChrome()?.path ?? '/usr/bin/chromium');

// ---------------------------------------------------------------- the site

const PAGES = [
  ['/', 'Inicio', 'home'],
  ['/contacto/', 'Contacto', 'contact'],
  ['/mi-cuenta/', 'Mi cuenta', 'account'],
  ['/rastrear-pedido/', 'Rastrear mi pedido', 'orderTracking'],
  ['/pqrs/', 'Peticiones, quejas y reclamos', 'complaints'],
];

function buildSite(dir) {
  const nav = PAGES.map(([u, t]) => `<li><a href="${u}">${t}</a></li>`).join('');
  for (const [u, title] of PAGES) {
    const d = path.join(dir, u);
    mkdirSync(d, { recursive: true });
    const paras = Array.from({ length: 8 }, (_, k) => `<p>Párrafo ${k + 1}: información sobre pedidos, envíos, garantías y canales de atención para que la página tenga un tamaño realista.</p>`).join('');
    writeFileSync(path.join(d, 'index.html'), `<!doctype html><html lang="es-CO"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | Tienda Bench</title>
<meta name="description" content="${title}: atención al cliente de Tienda Bench en línea."><link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css"><script src="/site.js" defer></script></head>
<body><header><nav aria-label="Principal"><ul>${nav}</ul></nav></header><main><h1>${title}</h1>
<img src="/banner.svg" width="320" height="120" alt="Tienda Bench">${paras}</main>
<footer><p>Línea de atención <a href="tel:+576015550123">601 555 0123</a></p></footer></body></html>`);
  }
  writeFileSync(path.join(dir, 'site.css'), 'body{font:18px/1.5 sans-serif;max-width:40rem;margin:auto;padding:1rem;color:#1a1a1a}nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}nav a{display:inline-block;padding:12px 8px}');
  writeFileSync(path.join(dir, 'site.js'), 'document.documentElement.classList.add("js");');
  writeFileSync(path.join(dir, 'banner.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120"><rect width="320" height="120" fill="#e8f0fb"/></svg>');
  writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
}

// ---------------------------------------------------------------- the two sides

/**
 * Runs a process and times it from spawn to exit, and to "done": the moment the result
 * is on disk (a DONE line from our side; the CLI's output file appearing).
 */
/**
 * @param {string} cmd
 * @param {string[]} argv
 * @param {{ env?: Record<string, string>, doneFile?: string }} [opts]
 */
function timeProcess(cmd, argv, { env = {}, doneFile } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let doneMs;
    const child = spawn(cmd, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const poll = doneFile
      ? setInterval(() => {
          try {
            if (statSync(doneFile).size > 0) {
              doneMs ??= performance.now() - t0;
              clearInterval(poll);
            }
          } catch {
            /* not yet */
          }
        }, 20)
      : undefined;
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (doneMs === undefined && out.includes('\nDONE')) doneMs = performance.now() - t0;
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      clearInterval(poll);
      if (code !== 0) reject(new Error(`${path.basename(cmd)} ${argv.slice(0, 2).join(' ')} exited ${code}: ${err.slice(-800)}`));
      else resolve({ ms, doneMs: doneMs ?? ms, out: out.split('\nDONE')[0] });
    });
  });
}

const flags = lighthouseFlags(DEFAULT_TIMEOUT_MS);

/** Ours, in a fresh process: launch + import together, audit the pages, close. */
const OURS = `
const [{ launchBrowser }, { preloadLighthouse, runLighthouse }] = await Promise.all([
  import(${JSON.stringify(path.join(root, 'dist/probes/browser.js'))}),
  import(${JSON.stringify(path.join(root, 'dist/lighthouse/index.js'))}),
]);
const [urls, outDir, formFactor] = JSON.parse(process.argv[1]);
const [handle] = await Promise.all([launchBrowser(), preloadLighthouse()]);
try {
  const r = await runLighthouse(handle, { pages: urls.map((url) => ({ url })), maxPages: urls.length, runs: 1, formFactor, retryOnFail: false, outDir });
  process.stdout.write(JSON.stringify(r.pages.map((p) => ({ url: p.url, scores: p.scores, error: p.error }))));
} finally {
  await handle.close();
}
// The results are saved and the browser is gone. Node may still wait for a timer
// Lighthouse leaves behind (up to 5 s): "exit" includes that wait, "done" does not.
process.stdout.write('\\nDONE');`;

function ours(urls, outDir) {
  return timeProcess(process.execPath, ['--input-type=module', '-e', OURS, JSON.stringify([urls, outDir, FORM_FACTOR])], { env: { CHROME_PATH: CHROME } });
}

const CLI = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');

function cliArgs(url, outFile) {
  const a = [
    CLI, url,
    '--quiet',
    '--output=json', `--output-path=${outFile}`,
    `--only-categories=${/** @type {string[]} */ (flags.onlyCategories).join(',')}`,
    '--disable-full-page-screenshot',
    `--max-wait-for-fcp=${flags.maxWaitForFcp}`,
    `--max-wait-for-load=${flags.maxWaitForLoad}`,
    `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`,
  ];
  if (FORM_FACTOR === 'desktop') a.push('--preset=desktop');
  return a;
}

async function cli(urls, outDir) {
  let ms = 0;
  let doneMs = 0;
  const scores = [];
  mkdirSync(outDir, { recursive: true });
  for (const [i, url] of urls.entries()) {
    const file = path.join(outDir, `cli-${i}.json`);
    rmSync(file, { force: true });
    const r = await timeProcess(process.execPath, cliArgs(url, file), { env: { CHROME_PATH: CHROME }, doneFile: file });
    ms += r.ms;
    // Five invocations run one after another: each but the last is "done" at its exit.
    doneMs += i === urls.length - 1 ? r.doneMs : r.ms;
    const lhr = JSON.parse(readFileSync(file, 'utf8'));
    scores.push({ url, perf: Math.round(lhr.categories.performance.score * 100), a11y: Math.round(lhr.categories.accessibility.score * 100), formFactor: lhr.configSettings.formFactor, throttling: lhr.configSettings.throttlingMethod });
  }
  return { ms, doneMs, scores };
}

// ---------------------------------------------------------------- run

const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-lh-bench-'));
const site = path.join(dir, 'site');
buildSite(site);
const server = await serveDir(site);
const urls = PAGES.map(([u]) => new URL(u.slice(1), server.url).href);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const onePairs = [];
const fivePairs = [];
/** @type {{ ours: any[], cli: any[] }} */
let sample = { ours: [], cli: [] };
try {
  // Warm-up, not timed: the disk cache should favour neither side.
  await ours([urls[0]], path.join(dir, 'warm'));
  await cli([urls[0]], path.join(dir, 'warm'));
  // Load from other work drifts over minutes: the sides alternate which goes first
  // (ABBA), and each pair gives its own ratio.
  for (let r = 0; r < ONE_PAIRS; r++) {
    const out = path.join(dir, `one${r}`);
    const first = r % 2 === 0 ? 'ours' : 'cli';
    const a = first === 'ours' ? await ours([urls[0]], out) : await cli([urls[0]], out);
    const b = first === 'ours' ? await cli([urls[0]], out) : await ours([urls[0]], out);
    onePairs.push(first === 'ours' ? { o: a, c: b } : { o: b, c: a });
  }
  for (let r = 0; r < FIVE_PAIRS; r++) {
    const out = path.join(dir, `five${r}`);
    const first = r % 2 === 0 ? 'cli' : 'ours';
    const a = first === 'ours' ? await ours(urls, out) : await cli(urls, out);
    const b = first === 'ours' ? await cli(urls, out) : await ours(urls, out);
    const pair = first === 'ours' ? { o: a, c: b } : { o: b, c: a };
    fivePairs.push(pair);
    sample ??= { ours: JSON.parse(pair.o.out), cli: pair.c.scores };
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const cmp = (pairs, target) => ({
  ours: { doneMs: Math.round(median(pairs.map((p) => p.o.doneMs))), exitMs: Math.round(median(pairs.map((p) => p.o.ms))) },
  cli: { doneMs: Math.round(median(pairs.map((p) => p.c.doneMs))), exitMs: Math.round(median(pairs.map((p) => p.c.ms))) },
  pairRatiosExit: pairs.map((p) => Number((p.o.ms / p.c.ms).toFixed(2))),
  ratioDone: Number(median(pairs.map((p) => p.o.doneMs / p.c.doneMs)).toFixed(2)),
  ratioExit: Number(median(pairs.map((p) => p.o.ms / p.c.ms)).toFixed(2)),
  target,
});
const report = {
  formFactor: FORM_FACTOR,
  cpus: os.cpus().length,
  loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  onePage: cmp(onePairs, 1.0),
  fivePages: cmp(fivePairs, 'clearly below 1'),
  scores: sample,
};
if (JSON_OUT) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  const sc = (list) => list.map((s) => `${s.scores?.performance ?? s.perf ?? '—'}/${s.scores?.accessibility ?? s.a11y ?? '—'}`).join(' ');
  const row = (name, r, target) =>
    `  ${name.padEnd(11)} done: ours ${String(r.ours.doneMs).padStart(6)} ms  CLI ${String(r.cli.doneMs).padStart(6)} ms  ratio ${r.ratioDone.toFixed(2)}×   ` +
    `exit: ours ${String(r.ours.exitMs).padStart(6)} ms  CLI ${String(r.cli.exitMs).padStart(6)} ms  ratio ${r.ratioExit.toFixed(2)}× (pairs ${r.pairRatiosExit.join(', ')})   target ${target}`;
  process.stdout.write([
    `Lighthouse benchmark: ${FORM_FACTOR}, simulated throttling, ${report.cpus} CPUs (load ${report.loadAverage.join(' ')}), ${ONE_PAIRS} one-page pair(s), ${FIVE_PAIRS} five-page pair(s); each side a fresh process`,
    '  done = results on disk (ours: browser closed too); exit = process gone (both wait for a timer Lighthouse leaves running)',
    row('one page', report.onePage, '≤ 1.0×'),
    row('five pages', report.fivePages, 'clearly below 1×'),
    `  perf/a11y per page — ours: ${sc(sample.ours)}   CLI: ${sc(sample.cli)}`,
    '',
  ].join('\n'));
}
process.exitCode = report.onePage.ratioExit <= 1.0 && report.onePage.ratioDone <= 1.0 && report.fivePages.ratioExit < 0.8 ? 0 : 1;
