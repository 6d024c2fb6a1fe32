/**
 * A real pseudo-terminal for the interview tests: the built CLI runs inside a
 * detached tmux session on a private socket; tests type keys and read the screen,
 * waiting (with a deadline) for what they expect instead of sleeping.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, scratch } from '../helpers/cli.js';

export const MINI_CHECKLIST = fileURLToPath(new URL('./fixtures/mini-checklist.yaml', import.meta.url));

/** The organisation the terminal tests interview: facts known, so only the mini area is asked. */
export const PROFILE = `# Demo profile — this comment must survive
organisation:
  name: Demo S.A.S.        # trading name
  country: CO
  businessModel: b2c
  serviceModel: MOD-2
channels:
  - type: phone
    value: "+57 601 555 0000"   # main line
locations: []
targets: { firstResponse: 4h, resolution: 3d }
answers: {}   # filled in by the interview
# closing comment
`;

/** A folder with cfg.yaml (the mini checklist only) and profile.yaml (none when null). */
export function workspace(profile: string | null = PROFILE): string {
  const files: Record<string, string> = { 'cfg.yaml': `checklists: [${JSON.stringify(MINI_CHECKLIST)}]\n` };
  if (profile !== null) files['profile.yaml'] = profile;
  return scratch(files);
}

/** The arguments every terminal test passes. */
export const ARGS = ['-p', 'profile.yaml', '-c', 'cfg.yaml'];

// A private server on its own socket file: no clash with a developer's tmux, removed afterwards.
const SOCKET = path.join(tmpdir(), `readiness-interview-${process.pid}.tmux`);
let sessions = 0;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', SOCKET, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function sh(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Terminal {
  readonly name = `t${process.pid}-${++sessions}`;
  private started = false;
  /** Where the shell writes the CLI's exit code; one per terminal, as several may share a folder. */
  private readonly exitFile = `exit-${this.name}.txt`;

  constructor(readonly dir: string) {}

  /** Runs `readiness interview …args` in `dir`. */
  start(args: string[]): this {
    // `sleep` keeps the pane, and so the final screen, readable after the CLI exits.
    const cmd = `cd ${sh(this.dir)} && NO_COLOR=1 ${sh(process.execPath)} ${sh(BIN)} interview ${args.map(sh).join(' ')}; echo $? > ${this.exitFile}; sleep 600`;
    tmux('new-session', '-d', '-s', this.name, '-x', '120', '-y', '50', cmd);
    this.started = true;
    return this;
  }

  /** tmux key names: Enter, Down, Space, C-c, C-u … */
  keys(...keys: string[]): this {
    tmux('send-keys', '-t', this.name, ...keys);
    return this;
  }

  /** Literal text. */
  type(text: string): this {
    tmux('send-keys', '-t', this.name, '-l', text);
    return this;
  }

  /** Everything on the screen and in its scroll-back. */
  screen(): string {
    return tmux('capture-pane', '-p', '-J', '-S', '-', '-t', this.name);
  }

  /** Waits until the screen matches; fails with the screen when the deadline passes. */
  async waitFor(pattern: RegExp, timeout = 8000): Promise<string> {
    const end = Date.now() + timeout;
    let last = '';
    while (Date.now() < end) {
      last = this.screen();
      if (pattern.test(last)) return last;
      await sleep(40);
    }
    throw new Error(`timed out waiting for ${pattern}; screen:\n${last}`);
  }

  /** Waits for the prompt `text` to be the one asked now (inquirer marks it with "?"). */
  async asked(text: string, timeout?: number): Promise<string> {
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.waitFor(new RegExp(`^\\? ${escaped}`, 'm'), timeout);
  }

  async exitCode(timeout = 8000): Promise<number> {
    const file = path.join(this.dir, this.exitFile);
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (existsSync(file)) {
        const s = readFileSync(file, 'utf8').trim();
        if (s) return Number(s);
      }
      await sleep(40);
    }
    throw new Error(`the CLI did not exit; screen:\n${this.screen()}`);
  }

  /** The pid of the node process running the CLI (a child of the pane's shell). */
  cliPid(): number {
    const shell = tmux('list-panes', '-t', this.name, '-F', '#{pane_pid}').trim();
    // While the CLI runs, it is the shell's only child.
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
    if (children.length !== 1) throw new Error(`expected one child of the shell ${shell}, found ${children.length}`);
    return Number(children[0]);
  }

  close(): void {
    if (!this.started) return;
    this.started = false;
    try {
      tmux('kill-session', '-t', this.name);
    } catch {
      /* already gone */
    }
  }
}

/** Stops this test file's tmux server (and any session a failed test left). */
export function closeAll(): void {
  try {
    tmux('kill-server');
  } catch {
    /* no server was started */
  }
  rmSync(SOCKET, { force: true });
}
