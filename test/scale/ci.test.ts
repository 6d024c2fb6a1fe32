/**
 * The release pipeline, run locally: the GitHub Action's steps as action.yml declares
 * them — its `run:` scripts for real (ci/github/steps.mjs), its `uses:` steps by small
 * stand-ins (set-up, cache, artifact upload) — against a fake GitHub API that keeps the
 * base branch's report and the pull request's comments, auditing a fixture site in real
 * Chromium; and the GitLab template's job script with GitLab's variables. Both end with
 * readiness's exit code, keep the reports, and the Action comments with the Markdown
 * report and the change since the base branch's report.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteProfile, startSite, type FixtureSite } from '../../bench/portfolio-sites.js';
import type { Report } from '../../src/types.js';
import { cli, ROOT, scratch } from '../helpers/cli.js';

const MARKER = '<!-- service-readiness report -->';

/** A zip of stored (uncompressed) files, as an artifact download gives. */
function zip(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const n = Buffer.from(name);
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(n.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(files).length, 8); end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

interface FakeGitHub {
  url: string;
  requests: string[];
  comments: { method: string; path: string; body: string }[];
  close(): Promise<void>;
}

/** The few routes of GitHub's REST API the Action calls, for repository acme/shop and pull request 7. */
async function fakeGitHub(baseReport: Buffer): Promise<FakeGitHub> {
  const requests: string[] = [];
  const comments: FakeGitHub['comments'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== 'Bearer test-token') return json(401, { message: 'Bad credentials' });
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const p = url.pathname;
      if (p === '/repos/acme/shop/actions/workflows/readiness.yml/runs' && url.searchParams.get('branch') === 'main') return json(200, { workflow_runs: [{ id: 101 }, { id: 100 }] });
      if (p === '/repos/acme/shop/actions/runs/101/artifacts') return json(200, { artifacts: [] });
      if (p === '/repos/acme/shop/actions/runs/100/artifacts') return json(200, { artifacts: [{ id: 55, name: url.searchParams.get('name'), expired: false }] });
      // Like GitHub: the download answers with a redirect to where the archive is.
      if (p === '/repos/acme/shop/actions/artifacts/55/zip') {
        res.writeHead(302, { location: '/blobs/55.zip' });
        return res.end();
      }
      if (p === '/blobs/55.zip') {
        res.writeHead(200, { 'content-type': 'application/zip' });
        return res.end(zip({ 'report.html': Buffer.from('<!doctype html>'), 'report.json': baseReport }));
      }
      if (p === '/repos/acme/shop/issues/7/comments' && req.method === 'GET') {
        return json(200, [{ id: 9000, body: 'Looks good to me' }, { id: 9001, body: `${MARKER}\nan older report` }]);
      }
      if (p === '/repos/acme/shop/issues/comments/9001' && req.method === 'PATCH') {
        comments.push({ method: 'PATCH', path: p, body: JSON.parse(body).body });
        return json(200, { id: 9001 });
      }
      if (p === '/repos/acme/shop/issues/7/comments' && req.method === 'POST') {
        comments.push({ method: 'POST', path: p, body: JSON.parse(body).body });
        return json(201, { id: 9002 });
      }
      json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, comments, close: () => new Promise((r) => server.close(() => r())) };
}

// ------------------------------------------------------------------ a tiny runner

type Ctx = Record<string, unknown>;

function lookup(ctx: Ctx, expr: string): string {
  let v: unknown = ctx;
  for (const part of expr.trim().split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  return v === undefined || v === null ? '' : String(v);
}

/** `${{ a.b }}` in a value. Only plain lookups: anything else in action.yml is refused. */
function substitute(value: string, ctx: Ctx): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (!/^[a-z_][\w.-]*$/i.test(expr)) throw new Error(`expression the local runner does not know: ${expr}`);
    return lookup(ctx, expr);
  });
}

/** An `if:` of terms joined by &&: always(), x == 'y', x != 'y'. */
function condition(expr: string | undefined, ctx: Ctx, failed: boolean): boolean {
  if (expr === undefined) return !failed;
  let always = false;
  const ok = expr.split('&&').every((term) => {
    const t = term.trim();
    if (t === 'always()') return (always = true);
    const m = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(t);
    if (!m) throw new Error(`condition the local runner does not know: ${t}`);
    return (lookup(ctx, m[1]!) === m[3]) === (m[2] === '==');
  });
  return ok && (always || !failed);
}

interface StepRun { name: string; ran: boolean; code: number; stdout: string }

/** A child process, awaited without blocking this one (the fixture site and fake API answer from here). */
function sh(script: string, opts: { cwd: string; env: Record<string, string | undefined>; args?: string[] }): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [...(opts.args ?? []), '-c', script], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

function readOutputs(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  return Object.fromEntries(readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

/** Runs action.yml's steps in order, as a runner would, and says how each went. */
async function runAction(opts: { inputs: Record<string, string>; github: Ctx; env: Record<string, string>; work: string }): Promise<{ steps: StepRun[]; outputs: Record<string, string>; artifacts: string; summary: string; failed: boolean }> {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: { id?: string; name: string; if?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string> }[] };
  };
  expect(action.runs.using).toBe('composite');
  const temp = path.join(opts.work, 'runner-temp');
  const artifacts = path.join(opts.work, 'artifacts');
  mkdirSync(temp, { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  const files = { GITHUB_OUTPUT: '', GITHUB_ENV: path.join(temp, 'env'), GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md') };
  writeFileSync(files.GITHUB_ENV, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  const ctx: Ctx = { github: { action_path: ROOT, token: 'test-token', workspace: opts.work, ...opts.github }, runner: { os: 'Linux', temp }, steps: {} };
  const inputs: Record<string, string> = {};
  for (const [k, def] of Object.entries(action.inputs)) inputs[k] = opts.inputs[k] ?? substitute(String(def.default ?? ''), ctx);
  ctx.inputs = inputs;
  const steps: StepRun[] = [];
  let failed = false;
  for (const [i, step] of action.runs.steps.entries()) {
    if (!condition(step.if, ctx, failed)) {
      steps.push({ name: step.name, ran: false, code: 0, stdout: '' });
      continue;
    }
    const out = path.join(temp, `output-${i}`);
    writeFileSync(out, '');
    let code = 0;
    let stdout = '';
    if (step.uses) {
      const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v), ctx)]));
      if (step.uses.startsWith('actions/upload-artifact@')) cpSync(w.path!, path.join(artifacts, w.name!), { recursive: true });
      else expect(['actions/setup-node@v4', 'actions/cache@v4']).toContain(step.uses);
    } else {
      // Inputs reach scripts through env only (no ${{ }} spliced into a shell script).
      expect(step.run).not.toMatch(/\$\{\{/);
      expect(step.shell).toBe('bash');
      const exported = readOutputs(files.GITHUB_ENV);
      const env: Record<string, string | undefined> = {
        ...process.env, ...opts.env, ...exported,
        CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: opts.work, RUNNER_TEMP: temp, NO_COLOR: '1',
        GITHUB_OUTPUT: out, GITHUB_ENV: files.GITHUB_ENV, GITHUB_STEP_SUMMARY: files.GITHUB_STEP_SUMMARY,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), ctx)])),
      };
      for (const k of ['GITLAB_CI']) delete env[k];
      const r = await sh(step.run!, { cwd: opts.work, env, args: ['--noprofile', '--norc', '-eo', 'pipefail'] });
      code = r.code ?? 1;
      stdout = r.out;
    }
    if (step.id) (ctx.steps as Ctx)[step.id] = { outputs: readOutputs(out) };
    if (code !== 0) failed = true;
    steps.push({ name: step.name, ran: true, code, stdout });
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, o]) => [k, substitute(o.value, ctx)]));
  return { steps, outputs, artifacts, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), failed };
}

describe('the GitHub Action, its steps run locally', () => {
  let site: FixtureSite;
  let github: FakeGitHub;
  let dir: string;
  let baseReport: Report;

  beforeAll(async () => {
    site = await startSite(5);
    dir = scratch({ 'profile.yaml': siteProfile(5) });
    // The base branch's report: the same organisation, audited from its profile alone.
    const base = cli(['audit', '-p', path.join(dir, 'profile.yaml'), '--format', 'json', '--out', path.join(dir, 'base.json')]);
    expect(base.code, base.stderr).toBe(0);
    baseReport = JSON.parse(readFileSync(path.join(dir, 'base.json'), 'utf8'));
    github = await fakeGitHub(readFileSync(path.join(dir, 'base.json')));
  });
  afterAll(async () => {
    await site?.close();
    await github?.close();
  });

  it('audits the preview, gates it, keeps the report and comments on the pull request with the change since the base branch', async () => {
    const work = path.join(dir, 'pr');
    mkdirSync(work, { recursive: true });
    const r = await runAction({
      work,
      inputs: { url: site.url, profile: path.join(dir, 'profile.yaml'), 'fail-under': '100', args: '--no-lighthouse --concurrency 2', chrome: 'system' },
      github: { event_name: 'pull_request', base_ref: 'main', event: { pull_request: { number: 7 } } },
      env: {
        GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '4242',
        GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: 'abc123', GITHUB_HEAD_REF: 'new-contact-page',
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/readiness.yml@refs/pull/7/merge',
      },
    });
    const by = Object.fromEntries(r.steps.map((s) => [s.name, s]));
    expect(r.steps.map((s) => [s.name, s.ran])).toEqual([
      ['Set up Node.js', true], ['Install service-readiness', true], ['Cache Chrome', false], ['Find or install Chrome', true],
      ["Fetch the base branch's report", true], ['Audit', true], ['Upload the report', true], ['Comment on the pull request', true], ['Gate', true],
    ]);
    expect(by['Install service-readiness']!.stdout).toMatch(/installed and built/);
    expect(by['Find or install Chrome']!.stdout).toMatch(/Chrome for the audit: \//);
    expect(by["Fetch the base branch's report"]!.stdout).toMatch(/comparing with the report of run 100 on main/);
    // The gate failed (nothing scores 100): the job fails at the gate, after the report was kept and posted.
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.outputs.gate).toBe('failed');
    expect(Number(r.outputs.score)).toBeGreaterThan(0);
    expect(by.Gate!.code).toBe(1);
    expect(by.Gate!.stdout).toMatch(/::error::service-readiness: the gate failed \(exit 1\)/);
    expect(r.failed).toBe(true);

    expect(existsSync(path.join(r.artifacts, 'readiness-report', 'report.html'))).toBe(true);
    expect(existsSync(path.join(r.artifacts, 'readiness-report', 'report.xml'))).toBe(true);
    const report = JSON.parse(readFileSync(path.join(r.artifacts, 'readiness-report', 'report.json'), 'utf8')) as Report;
    expect(report.meta?.ci).toMatchObject({ provider: 'github', pullRequest: '7', commit: 'abc123', branch: 'new-contact-page' });
    expect(report.diff?.base.generatedAt).toBe(baseReport.generatedAt);

    expect(r.summary).toMatch(/Service readiness audit/);
    expect(r.summary).toMatch(/service-readiness: the gate failed \(exit 1\)/);

    // The comment the pull request already had is updated, not a new one added.
    expect(github.comments.map((c) => `${c.method} ${c.path}`)).toEqual(['PATCH /repos/acme/shop/issues/comments/9001']);
    const body = github.comments[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toMatch(/Service readiness audit/);
    expect(body).toMatch(/Compared with the baseline/);
    expect(body).toMatch(/The HTML report is in the workflow artifact \*\*readiness-report\*\* \(https:\/\/github\.example\/acme\/shop\/actions\/runs\/4242\)/);
    expect(github.requests.every((q) => !q.includes('token'))).toBe(true);
  }, 300_000);

  it('on a push: no base to fetch and no comment; the gate passes and the job succeeds', async () => {
    const work = path.join(dir, 'push');
    mkdirSync(work, { recursive: true });
    const before = github.comments.length;
    const r = await runAction({
      work,
      inputs: { url: site.url, profile: path.join(dir, 'profile.yaml'), args: '--no-lighthouse --concurrency 2', chrome: 'system', lang: 'es' },
      github: { event_name: 'push' },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
    });
    const ran = Object.fromEntries(r.steps.map((s) => [s.name, s.ran]));
    expect(ran["Fetch the base branch's report"]).toBe(false);
    expect(ran['Comment on the pull request']).toBe(false);
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.outputs.gate).toBe('none');
    expect(r.failed).toBe(false);
    expect(r.summary).toMatch(/Auditoría de preparación del servicio/);
    expect(r.summary).toMatch(/service-readiness: no hay reglas de umbral \(salida 0\)/);
    expect(github.comments.length).toBe(before);
  }, 300_000);
});

describe('the GitLab CI template, its job script run locally', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startSite(5);
  });
  afterAll(async () => site?.close());

  async function job(variables: Record<string, string>): Promise<{ code: number | null; out: string; dir: string }> {
    const template = parse(readFileSync(path.join(ROOT, 'ci', 'gitlab', 'readiness.gitlab-ci.yml'), 'utf8')) as Record<string, { variables: Record<string, string>; before_script: string[]; script: string[]; artifacts: { paths: string[]; reports: { junit: string } } }>;
    const t = template['.readiness']!;
    expect(t.artifacts.reports.junit).toBe('readiness-report/report.xml');
    const dir = scratch({ 'profile.yaml': siteProfile(5) });
    const env: Record<string, string | undefined> = {
      ...process.env, ...t.variables, ...variables, CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: dir, CI_COMMIT_SHA: 'def456', CI_MERGE_REQUEST_IID: '12', NO_COLOR: '1',
      READINESS_BIN: `${process.execPath} ${path.join(ROOT, 'bin', 'readiness.js')}`,
      // A browser is on this machine: the template's apt-get step is skipped, as on an image that has one.
      CHROME_PATH: '/usr/bin/chromium',
    };
    for (const k of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY']) delete env[k];
    const script = [...t.before_script, ...t.script].join('\n');
    const r = await sh(script, { cwd: dir, env });
    return { code: r.code, out: r.out, dir };
  }

  it('fails the job on the gate and keeps the JUnit report for the merge request', async () => {
    const r = await job({ READINESS_URL: site.url, READINESS_PROFILE: 'profile.yaml', READINESS_FAIL_UNDER: '100', READINESS_ARGS: '--no-lighthouse --concurrency 2' });
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/readiness: exit 1 \(0 passed, 1 gate failed/);
    expect(r.out).toMatch(/Gate: FAILED/);
    const xml = readFileSync(path.join(r.dir, 'readiness-report', 'report.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml[\s\S]*<testsuites[\s\S]*<testcase/);
    const report = JSON.parse(readFileSync(path.join(r.dir, 'readiness-report', 'report.json'), 'utf8')) as Report;
    expect(report.meta?.ci).toMatchObject({ provider: 'gitlab', commit: 'def456', pullRequest: '12' });
    for (const f of ['report.html', 'report.md']) expect(existsSync(path.join(r.dir, 'readiness-report', f)), f).toBe(true);
  }, 300_000);

  it('passes the job when the gate passes, and says exit 2 for a bad input', async () => {
    expect((await job({ READINESS_URL: site.url, READINESS_PROFILE: 'profile.yaml', READINESS_ARGS: '--no-lighthouse --concurrency 2' })).code).toBe(0);
    const bad = await job({ READINESS_URL: 'htps://typo.example', READINESS_PROFILE: 'profile.yaml' });
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/readiness: exit 2/);
  }, 300_000);
});
