#!/usr/bin/env node
/**
 * Site-probe benchmark: a generated 50-page local site, crawled by gatherSite at its
 * default concurrency, beside a naive baseline in the same run (one page at a time, a
 * new tab per URL, waiting for network idle, reading each page with the same
 * collector). Reports wall time and peak RSS (Node + every Chromium process) and the
 * ratio. Targets (issue 10): ≤ 0.25× the baseline's wall time, peak memory < 450 MB.
 *
 *   npm run build && node bench/probe-bench.js [--pages 50] [--rounds 1] [--json] [--breakdown]
 *
 * --breakdown prints the peak sample's PSS by process kind (node, browser, renderer,
 * zygote, utility:<service>, gpu-process; Node's V8 heap and young generation beside
 * its figure), and the "alone" peak split into anonymous + shared memory and file pages,
 * with the files that add most to it.
 */
import { closeSync, mkdtempSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { launchBrowser, serveDir, gatherSite } from '../dist/probes/index.js';
import { collectExpression } from '../dist/probes/collect.js';
import { CHAT_GLOBALS, CHAT_MARKERS } from '../dist/probes/signals/chat.js';

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const PAGES = Number(arg('--pages', 50));
const ROUNDS = Number(arg('--rounds', 1));
const JSON_OUT = args.includes('--json');
const BREAKDOWN = args.includes('--breakdown');
// Memory work only: no naive loop, so no ratio (and a failing exit code).
const CRAWL_ONLY = args.includes('--crawl-only');
// Extra Chromium flags, to compare one flag against the defaults in the same minute.
const CHROME_ARGS = (arg('--chrome-args', '') ?? '').split(' ').filter(Boolean);

// ---------------------------------------------------------------- the site

function buildSite(dir, pages) {
  const sections = ['productos', 'servicios', 'blog', 'ayuda', 'empresa'];
  const urls = ['/'];
  const keyPages = ['/contacto/', '/preguntas-frecuentes/', '/rastrea-tu-pedido/', '/pqrs/', '/politica-de-privacidad/', '/mi-cuenta/'];
  urls.push(...keyPages);
  for (let i = 0; urls.length < pages; i++) urls.push(`/${sections[i % sections.length]}/articulo-${i + 1}/`);
  const nav = `<nav><ul>${keyPages.map((u) => `<li><a href="${u}">${u.replace(/\//g, '').replace(/-/g, ' ')}</a></li>`).join('')}</ul></nav>`;
  const page = (url, i) => {
    // Each page links to a few others so the crawl discovers the site breadth-first.
    const links = [1, 2, 3, 4].map((k) => urls[(i * 4 + k) % urls.length]).map((u) => `<li><a href="${u}">Ver ${u}</a></li>`).join('');
    const form = url === '/contacto/'
      ? '<form method="post"><label>Nombre <input name="nombre"></label><label>Correo <input type="email" name="correo"></label><label>Mensaje <textarea name="mensaje"></textarea></label><button>Enviar</button></form>'
      : '';
    const late = i % 7 === 0 ? '<script>setTimeout(function(){var d=document.createElement("div");d.className="promo";d.textContent="Oferta del día";document.body.appendChild(d)},600)</script>' : '';
    const para = Array.from({ length: 12 }, (_, k) => `<p>Párrafo ${k + 1} de la página ${i + 1}: texto de ejemplo sobre productos, envíos y garantías para que la página tenga un tamaño realista.</p>`).join('');
    return `<!doctype html><html lang="es-CO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Página ${i + 1} | Tienda Bench</title><link rel="stylesheet" href="/site.css"><script src="/site.js" defer></script></head>
<body><header><a href="/">Tienda Bench</a>${nav}</header><main><h1>Página ${i + 1}</h1>${para}${form}<ul>${links}</ul></main>
<footer><p>Línea de atención (601) 555 0123 · ayuda@tiendabench.co · Lunes a viernes de 8:00 a.m. a 6:00 p.m.</p><p>NIT 900.123.456-7 · Calle 93 # 11-26, Bogotá</p></footer>
${late}<script src="https://embed.tawk.to/bench/default" async></script></body></html>`;
  };
  urls.forEach((u, i) => {
    const d = path.join(dir, u);
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, 'index.html'), page(u, i));
  });
  writeFileSync(path.join(dir, 'site.css'), 'body{font-family:sans-serif;max-width:960px;margin:auto}nav ul{display:flex;gap:1em;list-style:none}.promo{position:fixed;bottom:0}');
  writeFileSync(path.join(dir, 'site.js'), 'document.documentElement.classList.add("js");');
  return urls;
}

// ---------------------------------------------------------------- measurement

/**
 * Memory of one process. Summing plain RSS over Chromium's processes counts every
 * shared library once per process (~1.5× too much), so the proportional set size
 * (PSS: shared pages split between their users) is used where Linux provides it.
 */
function rssOf(pid, detail) {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const m = /^Pss:\s+(\d+) kB/m.exec(text);
    if (m) {
      const kB = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
      if (detail) {
        detail.file = kB('Pss_File');
        detail.anonShmem = kB('Pss_Anon') + kB('Pss_Shmem');
      }
      return Number(m[1]) * 1024;
    }
  } catch {
    /* no smaps_rollup: fall back to RSS */
  }
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** What kind of Chromium process this is, from its command line. */
function kindOf(pid) {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/); // Chromium rewrites its argv into one string
    const type = cmd.find((a) => a.startsWith('--type='))?.slice(7);
    if (!type) return 'browser';
    if (type === 'utility') return `utility:${(cmd.find((a) => a.startsWith('--utility-sub-type='))?.slice(19) ?? '?').replace(/\.mojom\..*/, '')}`;
    if (type === 'renderer' && cmd.includes('--top-chrome-webui')) return 'renderer:webui';
    if (type === 'renderer' && cmd.includes('--extension-process')) return 'renderer:extension';
    return type;
  } catch {
    return '?';
  }
}

/**
 * Memory of Node plus every process in Chromium's process group (Linux; Node only
 * elsewhere). `group.pids` and `group.anonShmem` (their anonymous and shared-memory PSS,
 * shared only among themselves) feed the "alone" figure below.
 */
function totalRss(browserPid, detail, group = { pids: /** @type {number[]} */ ([]), anonShmem: 0 }) {
  const own = {};
  let total = process.platform === 'linux' ? rssOf(process.pid, own) : process.memoryUsage().rss;
  group.pids.push(process.pid);
  group.anonShmem += own.anonShmem ?? 0;
  if (detail) detail.push({ kind: 'node', bytes: total, file: own.file ?? 0, heap: { ...process.memoryUsage(), young: v8.getHeapSpaceStatistics().find((sp) => sp.space_name === 'new_space')?.space_size ?? 0 } });
  if (process.platform !== 'linux' || !browserPid) return total;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[2] is the process group: Chromium is started detached and leads its own.
      if (Number(fields[2]) === browserPid) {
        const part = {};
        const bytes = rssOf(Number(d), part);
        total += bytes;
        group.pids.push(Number(d));
        group.anonShmem += part.anonShmem ?? 0;
        if (detail) detail.push({ kind: kindOf(Number(d)), bytes, file: part.file ?? 0 });
      }
    } catch {
      /* process ended */
    }
  }
  return total;
}

/**
 * PSS splits a shared page between every process that maps it, on the whole machine:
 * when another Chromium or Node runs beside the bench (other users, CI jobs, tests),
 * part of Chromium's and Node's code pages is charged to them and the figure drops by
 * up to ~70 MB. The "alone" figure charges those pages as if nothing else ran: the
 * anonymous and shared-memory PSS of the measured processes (shared only among
 * themselves) plus every file page any of them maps, counted once, found by its page
 * frame in /proc/<pid>/pagemap. Frame numbers are readable by root only; null otherwise.
 */
function fileUnion(pids, byFile) {
  const frames = new Set();
  const buf = Buffer.alloc(8 * 4096);
  let readable = false;
  for (const pid of pids) {
    let maps;
    let fd;
    try {
      maps = readFileSync(`/proc/${pid}/maps`, 'utf8');
      fd = openSync(`/proc/${pid}/pagemap`, 'r');
    } catch {
      continue;
    }
    try {
      for (const line of maps.split('\n')) {
        const m = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s+(\/.*)$/.exec(line);
        // Files only: memfd and /dev/shm regions are shared memory, counted by their PSS.
        if (!m || /^\/(memfd:|dev\/)/.test(m[3])) continue;
        const first = parseInt(m[1], 16) / 4096;
        const last = parseInt(m[2], 16) / 4096;
        for (let page = first; page < last; page += 4096) {
          const n = Math.min(4096, last - page);
          const got = readSync(fd, buf, 0, n * 8, page * 8);
          for (let i = 0; i < got / 8; i++) {
            const hi = buf.readUInt32LE(i * 8 + 4);
            // Bit 63: present; bit 61: a file page (or shared anonymous); bits 0-54: the frame.
            if (!(hi & 0x80000000) || !(hi & 0x20000000)) continue;
            const frame = (hi & 0x7fffff) * 2 ** 32 + buf.readUInt32LE(i * 8);
            if (frame) readable = true;
            if (byFile && !frames.has(frame)) byFile[m[3]] = (byFile[m[3]] ?? 0) + 4096;
            frames.add(frame);
          }
        }
      }
    } catch {
      /* process ended */
    } finally {
      closeSync(fd);
    }
  }
  return readable ? frames.size * 4096 : null;
}

// In a child process of its own: walking the page tables takes ~0.1 s, which would stall
// the crawl being measured on its event loop, and a worker thread would add its own heap
// to the Node figure. The child is outside the measured processes.
const fileUnionWorker = process.platform === 'linux'
  ? spawn(process.execPath, ['-e', [
      "const { closeSync, openSync, readFileSync, readSync } = require('node:fs');",
      fileUnion.toString(),
      // With a breakdown, the bytes each file adds to the union come back too (largest first).
      'process.on("message", ({ pids, detail }) => { const byFile = detail ? {} : undefined; const bytes = fileUnion(pids, byFile);'
        + ' process.send({ bytes, files: byFile && Object.entries(byFile).sort((a, b) => b[1] - a[1]).slice(0, 12) }); });',
    ].join('\n')], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  : null;
fileUnionWorker?.unref();
fileUnionWorker?.channel?.unref();

/** The per-process figures of the peak sample, summed by kind ("renderer ×4 212 MB"). */
function byKind(detail) {
  const out = {};
  for (const { kind, bytes, file, heap } of detail ?? []) {
    out[kind] ??= { n: 0, MB: 0, fileMB: 0 };
    if (heap) out[kind].heapMB = { total: heap.heapTotal, used: heap.heapUsed, young: heap.young, external: heap.external };
    out[kind].n++;
    out[kind].MB += bytes / 1024 / 1024;
    out[kind].fileMB += file / 1024 / 1024;
  }
  for (const v of Object.values(out)) {
    if (v.heapMB) for (const k of Object.keys(v.heapMB)) v.heapMB[k] = Math.round(v.heapMB[k] / 1048576);
    v.MB = Math.round(v.MB);
    v.fileMB = Math.round(v.fileMB);
  }
  return out;
}

async function measure(browserPid, fn) {
  let peak = 0;
  let peakDetail;
  // The file pages change slowly (code as it is first run): read every second.
  let files = null;
  let asking = false;
  let askedAt = 0;
  let peakAlone = 0;
  /** @type {[string, number][] | undefined} */
  let filesDetail;
  /** @type {{ anonShmem: number, files: number, top: [string, number][] | undefined } | undefined} */
  let peakFiles;
  const onFiles = ({ bytes, files: top }) => {
    files = bytes;
    filesDetail = top;
    asking = false;
  };
  fileUnionWorker?.on('message', onFiles);
  const sample = () => {
    const detail = BREAKDOWN ? [] : undefined;
    const group = { pids: /** @type {number[]} */ ([]), anonShmem: 0 };
    const t = totalRss(browserPid, detail, group);
    if (t > peak) {
      peak = t;
      peakDetail = detail;
    }
    if (fileUnionWorker && !asking && performance.now() - askedAt >= 1000) {
      asking = true;
      askedAt = performance.now();
      fileUnionWorker.send({ pids: group.pids, detail: BREAKDOWN });
    }
    if (files !== null && group.anonShmem + files > peakAlone) {
      peakAlone = group.anonShmem + files;
      peakFiles = { anonShmem: group.anonShmem, files, top: filesDetail };
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    sample();
    return { ms, nodeCpuMs: (cpu.user + cpu.system) / 1000, peakRss: peak, peakAlone: peakAlone || null, value, ...(BREAKDOWN ? { peakByKind: byKind(peakDetail), peakAloneParts: peakFiles } : {}) };
  } finally {
    clearInterval(timer);
    fileUnionWorker?.off('message', onFiles);
  }
}

async function naive(browser, base, urls) {
  const expr = collectExpression({ globals: CHAT_GLOBALS, markers: CHAT_MARKERS, maxText: 200_000, maxLinks: 1500 });
  let read = 0;
  for (const u of urls) {
    const page = await browser.newPage();
    try {
      await page.goto(new URL(u, base).href, { waitUntil: 'networkidle0', timeout: 30_000 });
      await page.evaluate(expr);
      read++;
    } catch {
      /* counted as not read */
    } finally {
      await page.close();
    }
  }
  return read;
}

// ---------------------------------------------------------------- run

const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-bench-'));
const urls = buildSite(dir, PAGES);
const server = await serveDir(dir);
const handle = await launchBrowser({ extraArgs: CHROME_ARGS });
const mb = (b) => Math.round(b / 1024 / 1024);
const rounds = [];
try {
  // Warm-up: first launch costs (fonts, caches) should not count for either side.
  await gatherSite(handle, { urls: [server.url], maxPages: 3 });
  for (let r = 0; r < ROUNDS; r++) {
    const crawl = await measure(handle.pid, () => gatherSite(handle, { urls: [server.url], maxPages: PAGES }));
    const base = CRAWL_ONLY ? { ms: NaN, nodeCpuMs: NaN, peakRss: NaN, peakAlone: null, value: NaN, peakByKind: undefined } : await measure(handle.pid, () => naive(handle.browser, server.url, urls));
    rounds.push({ crawl, base });
  }
} finally {
  await handle.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const crawlMs = median(rounds.map((r) => r.crawl.ms));
const baseMs = median(rounds.map((r) => r.base.ms));
const crawlRss = Math.max(...rounds.map((r) => r.crawl.peakRss));
const baseRss = Math.max(...rounds.map((r) => r.base.peakRss));
const alone = (side) => (rounds.every((r) => r[side].peakAlone) ? mb(Math.max(...rounds.map((r) => r[side].peakAlone))) : null);
// Where the "alone" figure can be read it is the one held to the target: it does not
// fall when something else on the machine happens to map Chromium's or Node's code.
const judged = alone('crawl') ?? mb(crawlRss);
const pagesRead = rounds[0].crawl.value.pages.filter((p) => !p.error).length;
const report = {
  pages: PAGES,
  cpus: os.cpus().length,
  gatherSite: { concurrency: 4, wallMs: Math.round(crawlMs), nodeCpuMs: Math.round(median(rounds.map((r) => r.crawl.nodeCpuMs))), peakRssMB: mb(crawlRss), peakAloneMB: alone('crawl'), pagesRead },
  naive: { wallMs: Math.round(baseMs), nodeCpuMs: Math.round(median(rounds.map((r) => r.base.nodeCpuMs))), peakRssMB: mb(baseRss), peakAloneMB: alone('base'), pagesRead: rounds[0].base.value },
  ratio: Number((crawlMs / baseMs).toFixed(2)),
  targets: { ratio: 0.25, peakRssMB: 450 },
  loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
  ...(BREAKDOWN ? { peakByKind: { gatherSite: rounds[0].crawl.peakByKind, naive: rounds[0].base.peakByKind }, peakAloneParts: rounds[0].crawl.peakAloneParts } : {}),
};
const kinds = (k) => Object.entries(k ?? {}).sort((a, b) => b[1].MB - a[1].MB).map(([kind, v]) => `${kind}${v.n > 1 ? ` ×${v.n}` : ''} ${v.MB} (file ${v.fileMB}${v.heapMB ? `; V8 heap ${v.heapMB.used} used of ${v.heapMB.total}, young generation ${v.heapMB.young}, external ${v.heapMB.external}` : ''})`).join(', ');
if (JSON_OUT) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  process.stdout.write([
    `Site probe benchmark: ${PAGES}-page local site, ${report.cpus} CPUs, ${ROUNDS} round(s)`,
    `  gatherSite (concurrency 4)  ${String(report.gatherSite.wallMs).padStart(7)} ms (Node CPU ${report.gatherSite.nodeCpuMs} ms)   peak memory ${report.gatherSite.peakRssMB} MB, alone ${report.gatherSite.peakAloneMB ?? '?'} MB   (${pagesRead} pages read)`,
    `  naive (1 at a time)         ${String(report.naive.wallMs).padStart(7)} ms (Node CPU ${report.naive.nodeCpuMs} ms)   peak memory ${report.naive.peakRssMB} MB, alone ${report.naive.peakAloneMB ?? '?'} MB   (${report.naive.pagesRead} pages read)`,
    `  ratio ${report.ratio}× (target ≤ ${report.targets.ratio}×)   peak memory ${judged} MB (target < ${report.targets.peakRssMB} MB; PSS of Node + all Chromium processes${report.gatherSite.peakAloneMB ? ', as if nothing else ran' : ''})`,
    `  load average ${report.loadavg.join(' ')}`,
    ...(report.peakByKind ? [`  peak by process (MB PSS), gatherSite: ${kinds(report.peakByKind.gatherSite)}`, `  peak by process (MB PSS), naive:      ${kinds(report.peakByKind.naive)}`] : []),
    ...(report.peakAloneParts?.top ? [
      `  alone peak, gatherSite: anonymous + shared memory ${mb(report.peakAloneParts.anonShmem)} MB, file pages ${mb(report.peakAloneParts.files)} MB; largest files (MB): ${report.peakAloneParts.top.map(([f, b]) => `${path.basename(f)} ${(b / 1048576).toFixed(1)}`).join(', ')}`,
    ] : []),
    '',
  ].join('\n'));
}
process.exitCode = report.ratio <= report.targets.ratio && judged < report.targets.peakRssMB ? 0 : 1;
