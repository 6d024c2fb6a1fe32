#!/usr/bin/env node
// The steps of the service-readiness GitHub Action (action.yml), one per argument:
//   install   npm ci and build, unless the action's folder is already built
//   browser   CHROME_PATH for the audit: the runner's Chrome ("system"), else Chrome for
//             Testing in ~/.cache/readiness-chrome (installed once, then restored by the cache)
//   base      the report this workflow last uploaded on the base branch, for the diff
//   audit     readiness audit → JSON, HTML, Markdown and JUnit; outputs exit-code, score, gate
//   comment   one pull-request comment with the Markdown report, updated on each push
//   gate      ends the job with readiness's exit code
// Everything comes in through the environment (inputs as INPUT_*, GitHub's own
// variables), so the same script runs on a runner and in the tests (test/scale/action.test.ts).
// GitHub's API is reached at GITHUB_API_URL with GITHUB_TOKEN; no step but `gate` fails the job.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'readiness.js');
const env = process.env;
const lang = env.INPUT_LANG === 'es' ? 'es' : 'en';
const MARKER = '<!-- service-readiness report -->';
// GitHub refuses comments over 65,536 characters.
const MAX_COMMENT = 60_000;

/** The catalogue's t(), once the tool is built. */
async function catalogue() {
  const { t } = await import(pathToFileURL(path.join(ROOT, 'dist', 'i18n', 'index.js')).href);
  return (id, values) => t(lang, id, values);
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${String(value).replace(/[\r\n]+/g, ' ')}\n`);
}

function exportEnv(name, value) {
  if (env.GITHUB_ENV) appendFileSync(env.GITHUB_ENV, `${name}=${value}\n`);
}

const notice = (line) => console.log(`::notice::${line}`);
const warning = (line) => console.log(`::warning::${line}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

// ------------------------------------------------------------------ install

function install() {
  const built = existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')) && existsSync(path.join(ROOT, 'node_modules', 'commander'));
  if (built) {
    console.log(`service-readiness is installed and built in ${ROOT}`);
    return 0;
  }
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) return 1;
  return run('npm', ['run', 'build']);
}

// ------------------------------------------------------------------ browser

function findIn(dir, name) {
  if (!existsSync(dir)) return undefined;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isFile() && e.name === name) return p;
    if (e.isDirectory()) {
      const f = findIn(p, name);
      if (f) return f;
    }
  }
  return undefined;
}

async function browser() {
  const t = await catalogue();
  const want = env.INPUT_CHROME || 'stable';
  let found;
  if (env.CHROME_PATH && existsSync(env.CHROME_PATH)) found = env.CHROME_PATH;
  else if (want === 'system') {
    const { findChrome } = await import(pathToFileURL(path.join(ROOT, 'dist', 'probes', 'browser.js')).href);
    found = findChrome(env)?.path;
  } else {
    const cache = path.join(os.homedir(), '.cache', 'readiness-chrome');
    found = findIn(cache, process.platform === 'win32' ? 'chrome.exe' : 'chrome');
    if (!found) {
      const cli = path.join(ROOT, 'node_modules', '@puppeteer', 'browsers', 'lib', 'cjs', 'main-cli.js');
      if (run(process.execPath, [cli, 'install', `chrome@${want}`, '--path', cache]) === 0) found = findIn(cache, process.platform === 'win32' ? 'chrome.exe' : 'chrome');
    }
  }
  if (!found) {
    warning(t('scale.ci.noBrowser'));
    return 0;
  }
  console.log(t('scale.ci.browser', { path: found }));
  exportEnv('CHROME_PATH', found);
  output('chrome-path', found);
  return 0;
}

// ------------------------------------------------------------------ GitHub API

async function api(method, route, body) {
  const base = env.GITHUB_API_URL || 'https://api.github.com';
  const res = await fetch(`${base}${route}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(env.GITHUB_TOKEN ? { authorization: `Bearer ${env.GITHUB_TOKEN}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    redirect: 'follow',
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`${method} ${route}: HTTP ${res.status}`);
  return res;
}

/** The first file named `name` in a zip archive (stored or deflated). */
async function fromZip(buf, name) {
  const { inflateRawSync } = await import('node:zlib');
  // The central directory lists every entry with its local header's offset.
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  let p = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entry = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (entry === name || entry.endsWith(`/${name}`)) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    }
    p += 46 + nameLen + extra + comment;
  }
  return undefined;
}

async function base() {
  const t = await catalogue();
  const repo = env.GITHUB_REPOSITORY;
  const artifact = env.INPUT_ARTIFACT_NAME || 'readiness-report';
  // "owner/repo/.github/workflows/ci.yml@refs/…": this workflow's file.
  const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  if (!repo || !workflow || !env.BASE_REF) {
    notice(t('scale.ci.noBase', { reason: 'GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF or the base branch is unknown' }));
    return 0;
  }
  try {
    const runs = await (await api('GET', `/repos/${repo}/actions/workflows/${encodeURIComponent(path.basename(workflow))}/runs?branch=${encodeURIComponent(env.BASE_REF)}&status=success&per_page=10`)).json();
    for (const r of runs.workflow_runs ?? []) {
      const list = await (await api('GET', `/repos/${repo}/actions/runs/${r.id}/artifacts?name=${encodeURIComponent(artifact)}`)).json();
      const a = (list.artifacts ?? []).find((x) => x.name === artifact && !x.expired);
      if (!a) continue;
      const zip = Buffer.from(await (await api('GET', `/repos/${repo}/actions/artifacts/${a.id}/zip`)).arrayBuffer());
      const report = await fromZip(zip, 'report.json');
      if (!report) continue;
      const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'readiness-base');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'report.json');
      writeFileSync(file, report);
      console.log(t('scale.ci.base', { branch: env.BASE_REF, run: String(r.id), file }));
      output('report', file);
      return 0;
    }
    notice(t('scale.ci.noBase', { reason: t('scale.ci.noBaseRun', { branch: env.BASE_REF, artifact }) }));
  } catch (err) {
    notice(t('scale.ci.noBase', { reason: err.message }));
  }
  return 0;
}

// ------------------------------------------------------------------ audit

/** Words of INPUT_ARGS, with "…" and '…' quoting. */
function words(s) {
  return [...(s ?? '').matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

async function audit() {
  const out = path.resolve(env.GITHUB_WORKSPACE || process.cwd(), env.INPUT_OUT || 'readiness-report');
  const args = ['audit'];
  if (env.INPUT_URL) args.push(env.INPUT_URL);
  if (env.INPUT_SERVE) args.push('--serve', env.INPUT_SERVE);
  if (env.INPUT_CONFIG) args.push('-c', env.INPUT_CONFIG);
  if (env.INPUT_PROFILE) args.push('-p', env.INPUT_PROFILE);
  if (env.INPUT_FAIL_UNDER) args.push('--fail-under', env.INPUT_FAIL_UNDER);
  args.push('--lang', lang);
  const baseline = env.INPUT_BASELINE || env.BASE_REPORT;
  if (baseline && existsSync(baseline)) args.push('--baseline', baseline);
  args.push(...words(env.INPUT_ARGS), '--format', 'json,html,md,junit', '--out', out);
  const code = run(process.execPath, [BIN, ...args], { cwd: env.GITHUB_WORKSPACE || process.cwd() });
  output('exit-code', code);
  const file = path.join(out, 'report.json');
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    output('score', report.score ?? '');
    output('gate', report.gate.evaluated.length === 0 ? 'none' : report.gate.passed ? 'passed' : 'failed');
    output('report-dir', out);
  }
  return 0;
}

// ------------------------------------------------------------------ comment

async function comment() {
  const t = await catalogue();
  const repo = env.GITHUB_REPOSITORY;
  const pr = env.PR_NUMBER;
  if (!repo || !pr) return 0;
  const md = env.REPORT_DIR && existsSync(path.join(env.REPORT_DIR, 'report.md')) ? readFileSync(path.join(env.REPORT_DIR, 'report.md'), 'utf8') : '';
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : '';
  const footer = t('scale.ci.commentFooter', { artifact: env.INPUT_ARTIFACT_NAME || 'readiness-report', run: runUrl || '—' });
  let body = md
    ? md
    : t('scale.ci.commentNoReport', { code: env.EXIT_CODE ?? '?' });
  if (body.length > MAX_COMMENT) body = `${body.slice(0, MAX_COMMENT)}\n\n${t('scale.ci.commentCut')}`;
  body = `${MARKER}\n${body}\n\n---\n${footer}\n`;
  try {
    // One comment per pull request, updated on every push.
    let existing;
    for (let page = 1; page <= 10 && !existing; page++) {
      const list = await (await api('GET', `/repos/${repo}/issues/${pr}/comments?per_page=100&page=${page}`)).json();
      existing = list.find((c) => typeof c.body === 'string' && c.body.startsWith(MARKER));
      if (list.length < 100) break;
    }
    if (existing) await api('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, { body });
    else await api('POST', `/repos/${repo}/issues/${pr}/comments`, { body });
    console.log(t(existing ? 'scale.ci.commentUpdated' : 'scale.ci.commentPosted', { pr }));
  } catch (err) {
    // A fork's pull request gets a read-only token: the report is still in the summary and the artifact.
    warning(t('scale.ci.commentFailed', { reason: err.message }));
  }
  return 0;
}

// ------------------------------------------------------------------ gate

async function gate() {
  const t = await catalogue();
  const code = env.EXIT_CODE === undefined || env.EXIT_CODE === '' ? 2 : Number(env.EXIT_CODE);
  const key = code === 0 && env.GATE === 'none' ? 'scale.ci.gateNone' : { 0: 'scale.ci.gate0', 1: 'scale.ci.gate1', 2: 'scale.ci.gate2', 3: 'scale.ci.gate3' }[code] ?? 'scale.ci.gate2';
  const line = t(key, { code });
  if (code === 0) console.log(line);
  else console.log(`::error::${line}`);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `\n${line}\n`);
  return code;
}

const steps = { install, browser, base, audit, comment, gate };
const step = steps[process.argv[2]];
if (!step) {
  console.error(`usage: steps.mjs ${Object.keys(steps).join('|')}`);
  process.exit(2);
}
process.exitCode = await step();
