import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'readiness.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real, built CLI as a child process, without a terminal, like CI does. */
export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeout?: number } = {}): CliResult {
  const env = { ...process.env, NO_COLOR: '1', ...opts.env };
  delete (env as Record<string, string | undefined>).GITHUB_STEP_SUMMARY;
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v === undefined) delete (env as Record<string, string | undefined>)[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch folder with the given files (name → content). */
export function scratch(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'readiness-test-'));
  for (const [name, body] of Object.entries(files)) {
    const p = path.join(dir, name);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, body);
  }
  return dir;
}
