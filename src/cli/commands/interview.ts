/**
 * `readiness interview`: a thin layer over src/interview. It resolves the config,
 * checklists and language, refuses to run without a terminal (unless the page is
 * served with --web), and maps the session's result to the exit-code contract. The
 * web server is imported only with --web.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import { targetArg } from '../target-arg.js';
import { findConfig, loadConfig, type Config } from '../../config/load.js';
import { selectChecklists } from '../../audit.js';
import { LANGS, type Lang } from '../../types.js';
import { readYamlFile } from '../../util/yaml-source.js';
import { t, text } from '../../i18n/index.js';
import { StoreError } from '../../interview/store.js';
import { hostProblem } from '../../interview/web/guard.js';

export interface InterviewCliOptions {
  profile?: string;
  config?: string;
  url?: string;
  lang?: Lang;
  area?: string;
  review?: boolean;
  web?: boolean;
  port?: string;
  host?: string;
  open?: boolean;
}

/** Exit codes of a server stopped by a signal, as a shell reports a process killed by it. */
const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: EXIT.interrupted, SIGTERM: 143, SIGHUP: 129 };

/** Quotes an argument for a POSIX shell only when it needs it. */
export function shellArg(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function noTerminalMessage(profile: string, lang: Lang = 'en'): string[] {
  return [t(lang, 'interview.noTerminal'), t(lang, 'interview.noTerminalHint', { file: profile }).split('\n').join('\n  ')];
}

/** Whether -p/--profile was typed (commander fills in the default otherwise). */
function profileGiven(argv: string[]): boolean {
  return argv.some((a) => a === '-p' || a === '--profile' || a.startsWith('--profile=') || /^-p./.test(a));
}

export async function run(opts: InterviewCliOptions, io: IO): Promise<number> {
  if (opts.config && !existsSync(opts.config)) throw new UserError({ id: 'cli.configNotFound', values: { file: opts.config } });
  const configFile = opts.config ?? findConfig();
  const config: Config | undefined = configFile ? loadConfig(configFile) : undefined;
  const profile = !profileGiven(process.argv) && config?.profile ? config.profile : opts.profile ?? 'profile.yaml';

  const lang: Lang = opts.lang ?? config?.output?.lang ?? profileLang(profile);
  if (!opts.web) {
    const stray = (['port', 'host', 'open'] as const).filter((k) => opts[k] !== undefined).map((k) => `--${k}`);
    if (stray.length) throw new UserError(t(lang, 'interview.web.optionsNeedWeb', { options: stray.join(', ') }));
  }
  const port = opts.web ? portArg(opts.port, lang) : undefined;
  if (opts.host !== undefined && hostProblem(opts.host)) throw new UserError(t(lang, 'interview.web.badHost', { host: opts.host }));

  if (opts.url !== undefined) opts.url = targetArg(opts.url, io.stderr, '--url');
  if (!opts.web && !process.stdin.isTTY) {
    const [first, ...rest] = noTerminalMessage(profile, lang);
    throw new UserError(first, EXIT.usage, rest);
  }

  const checklists = selectChecklists(config);
  if (opts.area && !checklists.some((l) => l.id === opts.area)) {
    throw new UserError(t(lang, 'interview.unknownArea', { area: opts.area, areas: checklists.map((l) => l.id).join(', ') }));
  }

  const base = ['readiness', 'interview', '-p', profile];
  if (opts.config) base.push('-c', opts.config);
  if (opts.url) base.push('--url', opts.url);
  if (opts.lang) base.push('--lang', opts.lang);
  if (opts.area) base.push('--area', opts.area);
  if (opts.review) base.push('--review');
  if (opts.web) base.push('--web');
  if (opts.host !== undefined) base.push('--host', opts.host);
  if (opts.port !== undefined) base.push('--port', opts.port);
  const audit = ['readiness', 'audit', '-p', profile];
  if (opts.config) audit.push('-c', opts.config);

  if (opts.web) {
    return runWeb({
      profile, checklists, lang, port, opts, io,
      resumeCommand: base.map(shellArg).join(' '),
      auditCommand: audit.map(shellArg).join(' '),
    });
  }

  const { runInterview } = await import('../../interview/session.js');
  try {
    const r = await runInterview({
      profilePath: profile,
      checklists,
      lang,
      area: opts.area,
      review: opts.review,
      url: opts.url,
      resumeCommand: base.map(shellArg).join(' '),
      auditCommand: audit.map(shellArg).join(' '),
      out: io.stdout,
      err: io.stderr,
    });
    return r.code === 130 ? EXIT.interrupted : EXIT.ok;
  } catch (err) {
    if (err instanceof StoreError) throw new UserError(text(lang, err.reason));
    throw err;
  }
}

function profileLocale(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const data = readYamlFile(file).data as { organisation?: { locale?: unknown } } | undefined;
  const locale = data?.organisation?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** The language of the organisation's locale (es-CO → es) when the product speaks it; English otherwise. */
function profileLang(file: string): Lang {
  const locale = profileLocale(file)?.toLowerCase();
  return LANGS.find((l) => locale?.startsWith(l)) ?? 'en';
}

function portArg(v: string | undefined, lang: Lang): number {
  if (v === undefined) return 0;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(t(lang, 'interview.web.badPort', { port: v }));
  return n;
}

/** Opens the address in the person's browser; resolves with the reason when that fails. */
function openInBrowser(url: string): Promise<string | undefined> {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
      : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
      child.once('error', (err) => resolve(err.message));
      child.once('spawn', () => {
        child.unref();
        resolve(undefined);
      });
    } catch (err) {
      resolve((err as Error).message);
    }
  });
}

/** Resolves with the exit code once Ctrl-C, SIGTERM or SIGHUP arrives. */
function stopSignal(): Promise<number> {
  return new Promise((resolve) => {
    const handlers = new Map<NodeJS.Signals, () => void>();
    for (const [signal, code] of Object.entries(SIGNAL_CODES) as [NodeJS.Signals, number][]) {
      const h = () => {
        for (const [s, f] of handlers) process.off(s, f);
        resolve(code);
      };
      handlers.set(signal, h);
      process.on(signal, h);
    }
  });
}

async function runWeb(a: {
  profile: string;
  checklists: ReturnType<typeof selectChecklists>;
  lang: Lang;
  port?: number;
  opts: InterviewCliOptions;
  io: IO;
  resumeCommand: string;
  auditCommand: string;
}): Promise<number> {
  const { lang, io, opts } = a;
  const say = (s = '') => io.stdout.write(`${s}\n`);
  // Listening for the signals before anything slow: a Ctrl-C while the site is probed
  // or the server starts still ends the way it is documented.
  const stopped = stopSignal();
  const { openInterview } = await import('../../interview/session.js');
  const { serveInterview } = await import('../../interview/web/server.js');
  let engine;
  try {
    engine = await openInterview({ profilePath: a.profile, checklists: a.checklists, lang, area: opts.area, review: opts.review, url: opts.url, err: io.stderr });
  } catch (err) {
    if (err instanceof StoreError) throw new UserError(text(lang, err.reason));
    throw err;
  }
  let server;
  try {
    server = await serveInterview({
      engine, lang, host: opts.host, port: a.port, profileLabel: a.profile, auditCommand: a.auditCommand,
    });
  } catch (err) {
    if ((err as Error)?.name === 'ListenError') throw new UserError((err as Error).message);
    throw err;
  }
  if (!engine.store.exists) say(t(lang, 'interview.newProfile', { file: a.profile }));
  say(t(lang, 'interview.web.serving', { file: a.profile }));
  for (const url of server.urls) say(`  ${url}`);
  if (server.token) say(t(lang, 'interview.web.shared'));
  say(t(lang, 'interview.web.servingHint', { file: a.profile }));
  if (opts.open) {
    const problem = await openInBrowser(server.urls[0]);
    if (problem) io.stderr.write(`${t(lang, 'interview.web.openFailed', { reason: problem })}\n`);
  }
  const code = await stopped;
  await server.close();
  say();
  say(engine.store.exists ? t(lang, 'interview.web.stopped', { file: a.profile }) : t(lang, 'interview.web.stoppedUnsaved'));
  say(`${t(lang, 'interview.resumeWith')}  ${a.resumeCommand}`);
  return code;
}
