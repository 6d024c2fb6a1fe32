/**
 * The real, built CLI run asynchronously (the fixture portal answers in this process, so
 * spawnSync would block the server it probes), and the search for the test credentials.
 */
import { spawn } from 'node:child_process';
import { BIN, ROOT, type CliResult } from '../helpers/cli.js';
import { PORTAL_PASSWORD, PORTAL_USER } from './portal.js';

export const CREDENTIALS = { PORTAL_USER, PORTAL_PASSWORD };
/** Every form a credential could be written in. */
export const FORMS = [...new Set(Object.values(CREDENTIALS).flatMap((s) => [s, encodeURIComponent(s), s.replace(/@/g, '\\u0040'), Buffer.from(s).toString('base64')]))].map((s) => s.toLowerCase());

export function run(args: string[], env: Record<string, string | undefined>, timeoutMs = 240_000): Promise<CliResult> {
  return new Promise((resolve) => {
    const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...env };
    for (const k of ['GITHUB_STEP_SUMMARY', 'CI', 'GITHUB_ACTIONS', 'GITLAB_CI']) delete e[k];
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete e[k];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: e, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The credential forms found in a text (lower-cased), none expected. */
export const leaks = (text: string): string[] => FORMS.filter((f) => text.toLowerCase().includes(f));
