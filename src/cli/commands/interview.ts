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
import type { Lang } from '../../types.js';
import { readYamlFile } from '../../util/yaml-source.js';
import { msg } from '../../interview/i18n.js';
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

export function noTerminalMessage(profile: string): string[] {
  return [
    'the interview needs an interactive terminal (stdin is not a TTY, e.g. CI or piped input).',
    [
      `To supply answers as a file instead, edit the \`answers:\` of ${profile} by hand`,
      '(question ids: `readiness checklists <area>`; each answer is the value, or { status: dont-know } / { status: skipped }),',
      `then check it with \`readiness validate ${profile}\` and score it with \`readiness audit -p ${profile}\`.`,
    ].join('\n  '),
  ];
}

/** Whether -p/--profile was typed (commander fills in the default otherwise). */
function profileGiven(argv: string[]): boolean {
  return argv.some((a) => a === '-p' || a === '--profile' || a.startsWith('--profile=') || /^-p./.test(a));
}

export async function run(opts: InterviewCliOptions, io: IO): Promise<number> {
  if (opts.config && !existsSync(opts.config)) throw new UserError(`config file not found: ${opts.config}`);
  const configFile = opts.config ?? findConfig();
  const config: Config | undefined = configFile ? loadConfig(configFile) : undefined;
  const profile = !profileGiven(process.argv) && config?.profile ? config.profile : opts.profile ?? 'profile.yaml';

  const lang: Lang = opts.lang ?? config?.output?.lang ?? profileLang(profile);
  if (!opts.web) {
    const stray = (['port', 'host', 'open'] as const).filter((k) => opts[k] !== undefined).map((k) => `--${k}`);
    if (stray.length) throw new UserError(msg(lang, 'webOptionsNeedWeb', { options: stray.join(', ') }));
  }
  const port = opts.web ? portArg(opts.port, lang) : undefined;
  if (opts.host !== undefined && hostProblem(opts.host)) throw new UserError(msg(lang, 'webBadHost', { host: opts.host }));

  if (opts.url !== undefined) opts.url = targetArg(opts.url, io.stderr, '--url');
  if (!opts.web && !process.stdin.isTTY) {
    const [first, ...rest] = noTerminalMessage(profile);
    throw new UserError(first, EXIT.usage, rest);
  }

  const checklists = selectChecklists(config);
  if (opts.area && !checklists.some((l) => l.id === opts.area)) {
    throw new UserError(`unknown area "${opts.area}"; areas: ${checklists.map((l) => l.id).join(', ')}`);
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
      locale: profileLocale(profile),
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
    if ((err as Error)?.name === 'StoreError') throw new UserError((err as Error).message);
    throw err;
  }
}

function profileLocale(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const data = readYamlFile(file).data as { organisation?: { locale?: unknown } } | undefined;
  const locale = data?.organisation?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** Spanish when the organisation's locale says so; English otherwise. */
function profileLang(file: string): Lang {
  return profileLocale(file)?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function portArg(v: string | undefined, lang: Lang): number {
  if (v === undefined) return 0;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(msg(lang, 'webBadPort', { port: v }));
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
  locale?: string;
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
    if ((err as Error)?.name === 'StoreError') throw new UserError((err as Error).message);
    throw err;
  }
  let server;
  try {
    server = await serveInterview({
      engine, lang, locale: a.locale, host: opts.host, port: a.port, profileLabel: a.profile, auditCommand: a.auditCommand,
    });
  } catch (err) {
    if ((err as Error)?.name === 'ListenError') throw new UserError((err as Error).message);
    throw err;
  }
  if (!engine.store.exists) say(msg(lang, 'newProfile', { file: a.profile }));
  say(msg(lang, 'webServing', { file: a.profile }));
  for (const url of server.urls) say(`  ${url}`);
  if (server.token) say(msg(lang, 'webShared'));
  say(msg(lang, 'webServingHint', { file: a.profile }));
  if (opts.open) {
    const problem = await openInBrowser(server.urls[0]);
    if (problem) io.stderr.write(`${msg(lang, 'webOpenFailed', { reason: problem })}\n`);
  }
  const code = await stopped;
  await server.close();
  say();
  say(engine.store.exists ? msg(lang, 'webStopped', { file: a.profile }) : msg(lang, 'webStoppedUnsaved'));
  say(`${msg(lang, 'resumeWith')}  ${a.resumeCommand}`);
  return code;
}
