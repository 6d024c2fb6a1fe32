/**
 * `readiness interview`: a thin layer over src/interview. It resolves the config,
 * checklists and language, refuses to run without a terminal, and maps the
 * session's result to the exit-code contract.
 */
import { existsSync } from 'node:fs';
import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import { targetArg } from '../target-arg.js';
import { findConfig, loadConfig, type Config } from '../../config/load.js';
import { selectChecklists } from '../../audit.js';
import type { Lang } from '../../types.js';
import { readYamlFile } from '../../util/yaml-source.js';

export interface InterviewCliOptions {
  profile?: string;
  config?: string;
  url?: string;
  lang?: Lang;
  area?: string;
  review?: boolean;
}

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

  if (opts.url !== undefined) opts.url = targetArg(opts.url, io.stderr, '--url');
  if (!process.stdin.isTTY) {
    const [first, ...rest] = noTerminalMessage(profile);
    throw new UserError(first, EXIT.usage, rest);
  }

  const checklists = selectChecklists(config);
  if (opts.area && !checklists.some((l) => l.id === opts.area)) {
    throw new UserError(`unknown area "${opts.area}"; areas: ${checklists.map((l) => l.id).join(', ')}`);
  }
  const lang: Lang = opts.lang ?? config?.output?.lang ?? profileLang(profile);

  const base = ['readiness', 'interview', '-p', profile];
  if (opts.config) base.push('-c', opts.config);
  if (opts.url) base.push('--url', opts.url);
  if (opts.lang) base.push('--lang', opts.lang);
  if (opts.area) base.push('--area', opts.area);
  if (opts.review) base.push('--review');
  const audit = ['readiness', 'audit', '-p', profile];
  if (opts.config) audit.push('-c', opts.config);

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

/** Spanish when the organisation's locale says so; English otherwise. */
function profileLang(file: string): Lang {
  if (!existsSync(file)) return 'en';
  const data = readYamlFile(file).data as { organisation?: { locale?: string } } | undefined;
  return data?.organisation?.locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
