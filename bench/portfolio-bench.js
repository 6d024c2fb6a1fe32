// Portfolio and split-run bench (issue 14, parts 5 and 6), on local fixture sites
// (bench/portfolio-sites.js: small static shops, one port each):
//
//   portfolio  20 sites: 20 sequential `readiness audit` processes against one
//              `readiness audit --sites` (one browser, a few sites at once). Target: wall
//              time ≤ 0.4×, and the --sites process tree's peak memory (node and Chromium,
//              proportional set sizes summed) < 700 MB.
//   shards     one site, Lighthouse on: the unsplit audit against 4 shards (run one after
//              another here; each shard's time is what a CI machine would take) merged
//              with `readiness merge`; the merged report compared with the unsplit one
//              (reportContent: exact but for measured times, and with the verdicts those
//              times decide left out, the same on a busy machine).
//
// node bench/portfolio-bench.js [portfolio] [shards] [--sites 20] [--lighthouse] [--site-concurrency 4] [--shards 4]
// Lighthouse is off for the portfolio by default: its runs are one at a time in both
// modes (two at once would measure each other), so they add the same time to both
// sides; --lighthouse includes them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteProfile, startSite, startSites, writePortfolio } from './portfolio-sites.js';
import { contentDifferences } from '../dist/scale/content.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'readiness.js');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const num = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const parts = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
const want = (p) => parts.length === 0 || parts.includes(p);
const SITES = num('sites', 20);
const SITE_CONCURRENCY = num('site-concurrency', 4);
const SHARDS = num('shards', 4);
const lighthouse = flag('lighthouse');

/**
 * Memory of a process and all its descendants, in bytes: the sum of their proportional
 * set sizes (/proc/<pid>/smaps_rollup), so pages Chromium's processes share are counted
 * once, not once per process as resident sizes would.
 */
function treeMemory(pid) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* gone */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs the CLI; resolves with its exit code, wall time and the peak RSS of its process tree. */
function readiness(args) {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    const env = { ...process.env, NO_COLOR: '1' };
    for (const k of ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'GITHUB_STEP_SUMMARY']) delete env[k];
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, treeMemory(child.pid))), 250);
    child.on('exit', (code) => {
      clearInterval(sample);
      resolve({ code, ms: Number(process.hrtime.bigint() - t) / 1e6, peak, stderr });
    });
  });
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b) => `${Math.round(b / 1048576)} MB`;
const results = [];
function report(name, value, target, unit = '×') {
  const ok = value <= target;
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'MISS'} ${name.padEnd(60)} ${value.toFixed(2)}${unit}  (target ≤ ${target}${unit})`);
}

if (want('portfolio')) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-portfolio-bench-'));
  const shops = await startSites(SITES);
  try {
    const file = writePortfolio(dir, shops.urls, `concurrency: ${SITE_CONCURRENCY}`);
    const extra = lighthouse ? [] : ['--no-lighthouse'];
    console.log(`portfolio: ${SITES} fixture sites, Lighthouse ${lighthouse ? 'on' : 'off'}, ${SITE_CONCURRENCY} sites at once`);
    // Warm the file cache once so neither side pays for the first read of the tool.
    await readiness(['--version']);

    let sequential = 0;
    let seqPeak = 0;
    for (let i = 0; i < SITES; i++) {
      const r = await readiness(['audit', shops.urls[i], '-p', path.join(dir, 'profiles', `tienda-${i + 1}.yaml`), '--format', 'json', '--out', path.join(dir, 'seq', `tienda-${i + 1}.json`), ...extra]);
      if (r.code !== 0 && r.code !== 1) throw new Error(`sequential audit ${i + 1} exited ${r.code}: ${r.stderr}`);
      sequential += r.ms;
      seqPeak = Math.max(seqPeak, r.peak);
    }
    const p = await readiness(['audit', '--sites', file, '--out', path.join(dir, 'out'), '--format', 'json', ...extra]);
    if (p.code !== 0 && p.code !== 1) throw new Error(`--sites exited ${p.code}: ${p.stderr}`);
    const state = JSON.parse(readFileSync(path.join(dir, 'out', 'portfolio.json'), 'utf8'));
    const audited = state.sites.filter((x) => x.status === 'audited').length;
    console.log(`  ${SITES} sequential audits: ${s(sequential)} (${s(sequential / SITES)} each; peak ${mb(seqPeak)} for one)`);
    console.log(`  --sites:                ${s(p.ms)} (${audited}/${SITES} audited; peak ${mb(p.peak)} PSS, node and Chromium together)`);
    report(`--sites wall time / ${SITES} sequential audits`, p.ms / sequential, 0.4);
    report('--sites peak memory (MB, PSS of node and Chromium)', p.peak / 1048576, 700, ' MB');
  } finally {
    await shops.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (want('shards')) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-shard-bench-'));
  const site = await startSite(0);
  try {
    const { writeFileSync } = await import('node:fs');
    const profile = path.join(dir, 'profile.yaml');
    writeFileSync(profile, siteProfile(0));
    const common = [site.url, '-p', profile, '--concurrency', '1'];
    console.log(`shards: one fixture site (5 pages for Lighthouse), ${SHARDS} shards against the unsplit audit`);
    const full = await readiness(['audit', ...common, '--format', 'json', '--out', path.join(dir, 'full', 'report.json')]);
    if (full.code !== 0 && full.code !== 1) throw new Error(`unsplit audit exited ${full.code}: ${full.stderr}`);
    const times = [];
    for (let i = 1; i <= SHARDS; i++) {
      const r = await readiness(['audit', ...common, '--shard', `${i}/${SHARDS}`, '--out', path.join(dir, `shard-${i}`)]);
      if (r.code !== 0) throw new Error(`shard ${i} exited ${r.code}: ${r.stderr}`);
      times.push(r.ms);
      console.log(`  shard ${i}/${SHARDS}: ${s(r.ms)} — ${(/shard \d+\/\d+: (.*) in /.exec(r.stderr) ?? [])[1] ?? ''}`);
    }
    const merged = await readiness(['merge', ...Array.from({ length: SHARDS }, (_, i) => path.join(dir, `shard-${i + 1}`)), '--format', 'json', '--out', path.join(dir, 'merged', 'report.json')]);
    if (merged.code !== 0 && merged.code !== 1) throw new Error(`merge exited ${merged.code}: ${merged.stderr}`);
    const a = JSON.parse(readFileSync(path.join(dir, 'full', 'report.json'), 'utf8'));
    const b = JSON.parse(readFileSync(path.join(dir, 'merged', 'report.json'), 'utf8'));
    const strict = contentDifferences(a, b, { max: 1000 });
    const live = contentDifferences(a, b, { max: 1000, measured: 'verdicts' });
    console.log(`  unsplit: ${s(full.ms)}; slowest shard ${s(Math.max(...times))} + merge ${s(merged.ms)} (on ${SHARDS} machines at once: ${s(Math.max(...times) + merged.ms)})`);
    console.log(`  content: ${live.length} differences with the measured-time verdicts left out; ${strict.length} when they are compared too${strict.length ? ` (${[...new Set(strict.map((d) => d.split(':')[0].replace(/\.\d+/g, '.N')))].slice(0, 6).join(', ')})` : ''}`);
    report('merged report: content differences from the unsplit run', live.length, 0, '');
    report(`slowest of ${SHARDS} shards + merge / unsplit audit`, (Math.max(...times) + merged.ms) / full.ms, 1);
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (results.some((r) => !r.ok)) console.log(`${results.filter((r) => !r.ok).length} target(s) missed`);
