/**
 * The command table. Each command is a module loaded only when it runs, so
 * `readiness --help` never pays for YAML, ajv, the browser or Lighthouse.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXIT, UserError } from './exit.js';
import { BrowserNotFoundError, InputError, UnreachableError } from '../util/errors.js';
import { toolVersion } from '../version.js';
import { cliLang } from './lang.js';

export interface IO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const io: IO = { stdout: process.stdout, stderr: process.stderr };

/**
 * Commands are modules loaded on demand, each exporting `run(…, io): Promise<exitCode>`.
 * Literal import paths keep the modules lazy at run time and their types known here.
 */
const commands = {
  audit: () => import('./commands/audit.js'),
  probe: () => import('./commands/probe.js'),
  doctor: () => import('./commands/doctor.js'),
  interview: () => import('./commands/interview.js'),
  report: () => import('./commands/report.js'),
  diff: () => import('./commands/diff.js'),
  validate: () => import('./commands/validate.js'),
  checklists: () => import('./commands/checklists.js'),
  init: () => import('./commands/init.js'),
  data: () => import('./commands/data.js'),
  merge: () => import('./commands/merge.js'),
};

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

function intArg(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new UserError({ id: 'cli.expectsNumber', values: { option: name, value: v } });
    return n;
  };
}

function langArg(v: string) {
  if (v !== 'en' && v !== 'es') throw new UserError({ id: 'cli.expectsLang', values: { value: v } });
  return v;
}

export function buildProgram(run: (load: () => Promise<number>) => Promise<void>): Command {
  const program = new Command('readiness');
  // Set before the commands are added: subcommands inherit these settings.
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  program
    .description('Audit whether an organisation\'s customer-service platform is ready for customers to serve themselves.')
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Exit codes:
  0  the gate passed (or no gate is configured)
  1  the gate failed
  2  usage, configuration or input error (including a target that is not an http(s) URL)
  3  the target site is unreachable, or no browser is available when probes are required

Docs: README.md · checklists: readiness checklists · report schema: schemas/report.schema.json`);

  program
    .command('audit')
    .description('score an organisation: its profile, and its site when a URL or --serve is given')
    .argument('[url]', 'site to probe')
    .option('-p, --profile <file>', 'organisation profile (YAML)')
    .option('-c, --config <file>', 'config file (default: ./readiness.config.yaml when present)')
    .option('--serve <dir>', 'serve this folder on 127.0.0.1 and probe it')
    .option('--origin <url>', 'production origin of a copy served elsewhere (--serve, a staging or preview host): its links count as the site\'s own')
    .option('-f, --format <formats>', 'terminal, json, md, html, pdf, pdf-summary, junit, github (comma-separated or repeated)', collect)
    .option('-o, --out <path>', 'a file for one format; a folder when several are asked for')
    .addOption(new Option('--lang <lang>', 'report language').argParser(langArg))
    .option('--fail-under <score>', 'fail the gate below this overall score (0–100)', intArg('--fail-under'))
    .option('--checklist <ids>', 'only these areas (ids or checklist paths)', collect)
    .option('--gather-only <dir>', 'probe and save the evidence to this folder; do not score')
    .option('--from-evidence <dir>', 're-score evidence saved by --gather-only, without a browser')
    .option('--max-pages <n>', 'pages to crawl (default 25)', intArg('--max-pages'))
    .option('--concurrency <n>', 'pages rendered at once (default 4)', intArg('--concurrency'))
    .option('--no-lighthouse', 'skip the Lighthouse probe')
    .option('--baseline <report.json>', 'compare with an earlier report; enables the maxRegression gate rule')
    .option('--shard <i/n>', 'run share i of n of the audit (pages, Lighthouse runs) and save it to --out DIR for `readiness merge`')
    .option('--sites <sites.yaml>', 'audit a portfolio: one profile and URL per organisation, one browser, a report each and a summary in --out DIR')
    .option('--history <dir>', 'keep each report in this folder (one JSON per audit) and add the trend to the report')
    .option('--history-keep <n>', 'audits kept per organisation in --history (default 30)', intArg('--history-keep'))
    .option('--time-limit <duration>', 'stop the audit after this long (90s, 10m, 1h); per site with --sites')
    .action((url, opts) => run(async () => (await commands.audit()).run(url, opts, io)));

  program
    .command('probe')
    .description('crawl a site and print the evidence found, without scoring')
    .argument('[url]', 'site to probe')
    .option('--serve <dir>', 'serve this folder on 127.0.0.1 and probe it')
    .option('--origin <url>', 'production origin of a copy served elsewhere (--serve, a staging or preview host): its links count as the site\'s own')
    .option('--json', 'print { target, pages, budget, evidence } as JSON')
    .option('--max-pages <n>', 'pages to crawl (default 25)', intArg('--max-pages'))
    .option('--concurrency <n>', 'pages rendered at once (default 4)', intArg('--concurrency'))
    .option('--country <cc>', 'default country for phone numbers (default CO)')
    .option('--timeout <ms>', 'timeout per page in milliseconds', intArg('--timeout'))
    .addOption(new Option('--lang <lang>', 'language of the listing').argParser(langArg))
    .action((url, opts) => run(async () => (await commands.probe()).run(url, opts, io)));

  program
    .command('doctor')
    .description('check the environment: Node, a browser, and whether a page opens')
    .action((opts) => run(async () => (await commands.doctor()).run(opts, io)));

  program
    .command('interview')
    .description('ask the checklists\' questions in the terminal (or on a local web page with --web), saving every answer to the profile at once')
    .option('-p, --profile <file>', 'profile to fill (created when missing)', 'profile.yaml')
    .option('-c, --config <file>', 'config file')
    .option('--url <url>', 'probe this site first and show what was found')
    .addOption(new Option('--lang <lang>', 'language of the questions').argParser(langArg))
    .option('--area <id>', 'only this area')
    .option('--review', 'walk through given answers to change them')
    .option('--web', 'serve the interview as a local web page instead of asking in the terminal')
    .option('--port <n>', 'with --web: the port to listen on (default: a free one)')
    .option('--host <host>', 'with --web: the address to listen on (default 127.0.0.1; 0.0.0.0 shares it on the network, behind a key)')
    .option('--open', 'with --web: open the page in the default browser')
    .action((opts) => run(async () => (await commands.interview()).run(opts, io)));

  program
    .command('report')
    .description('render a saved JSON report in other formats')
    .argument('<report>', 'a report.json written by `readiness audit --format json`')
    .option('-f, --format <formats>', 'terminal, json, md, html, pdf, pdf-summary, junit, github', collect)
    .option('-o, --out <path>', 'a file for one format; a folder when several are asked for')
    .addOption(new Option('--lang <lang>', 'report language').argParser(langArg))
    .action((file, opts) => run(async () => (await commands.report()).run(file, opts, io)));

  program
    .command('diff')
    .description('compare two saved reports: score deltas and checks that started or stopped failing')
    .argument('<base>', 'the earlier report.json')
    .argument('<head>', 'the later report.json')
    .option('-f, --format <format>', 'terminal, md or json', 'terminal')
    .addOption(new Option('--lang <lang>', 'language').argParser(langArg))
    .action((base, head, opts) => run(async () => (await commands.diff()).run(base, head, opts, io)));

  program
    .command('merge')
    .description('join the outputs of `audit --shard i/n` into the one report an unsplit audit gives, and apply the gate')
    .argument('<paths...>', 'shard-<i>-of-<n>.json files, or folders holding them')
    .option('-f, --format <formats>', 'terminal, json, md, html, pdf, pdf-summary, junit, github (comma-separated or repeated)', collect)
    .option('-o, --out <path>', 'a file for one format; a folder when several are asked for')
    .addOption(new Option('--lang <lang>', 'report language').argParser(langArg))
    .option('--baseline <report.json>', 'compare with an earlier report; enables the maxRegression gate rule')
    .option('--history <dir>', 'keep the report in this folder and add the trend')
    .option('--history-keep <n>', 'audits kept per organisation in --history (default 30)', intArg('--history-keep'))
    .action((paths, opts) => run(async () => (await commands.merge()).run(paths, opts, io)));

  program
    .command('validate')
    .description('validate checklists, profiles and configs (default: the built-in checklists and ./readiness.config.yaml)')
    .argument('[files...]', 'files to validate')
    .option('--json', 'print problems as JSON')
    .action((files, opts) => run(async () => (await commands.validate()).run(files, opts, io)));

  program
    .command('checklists')
    .description('list the areas and their checks, or explain one area or check')
    .argument('[id]', 'an area id (e.g. channels) or a check id (e.g. channels.phone-published)')
    .addOption(new Option('--lang <lang>', 'language').argParser(langArg))
    .option('--json', 'print as JSON')
    .option('--keys', 'list the evidence keys checks may name (Markdown table)')
    .option('--stats', 'checks by area, severity and kind of evidence, scored and advisory')
    .action((id, opts) => run(async () => (await commands.checklists()).run(id, opts, io)));

  const data = program.command('data').description('the organisation\'s exports: check a file before the audit reads it');
  data
    .command('inspect')
    .description('which mapping fits a file, the columns found and missing, five parsed rows, the period and the bad rows')
    .argument('<file>', 'a CSV, XLSX, JSON or NDJSON export')
    .option('--kind <kind>', 'tickets, calls, pqrs, surveys, customers, orders or payments (default: the best fit)')
    .option('--mapping <id>', 'a ready-made mapping (zendesk, freshdesk, hubspot, zoho-desk, cdr, google-forms, surveymonkey, typeform, pqrs, …)')
    .option('--sheet <name>', 'XLSX: sheet name or 1-based index')
    .option('--encoding <enc>', 'CSV: utf-8, windows-1252, latin1, utf-16le (default: sniffed)')
    .option('--delimiter <char>', 'CSV: field delimiter (default: sniffed)')
    .option('-c, --config <file>', 'config whose data sources apply (default: ./readiness.config.yaml when present)')
    .option('-p, --profile <file>', 'profile for time zone, country and business hours')
    .addOption(new Option('--lang <lang>', 'language').argParser(langArg))
    .option('--json', 'print the result as JSON')
    .action((file, opts) => run(async () => (await commands.data()).run(file, opts, io)));

  program
    .command('init')
    .description('write a starter readiness.config.yaml and profile.yaml in the current folder')
    .option('--force', 'overwrite existing files')
    .option('--dir <dir>', 'folder to write to', '.')
    .action((opts) => run(async () => (await commands.init()).run(opts, io)));

  return program;
}

async function report(err: unknown): Promise<number> {
  // The catalogue loads only when there is something to say: never on the --help path.
  const { t } = await import('../i18n/index.js');
  const lang = cliLang();
  if (err instanceof UserError) {
    io.stderr.write(`readiness: ${err.msg ? t(lang, err.msg.id, err.msg.values) : err.message}\n`);
    for (const d of err.details) io.stderr.write(`  ${d}\n`);
    return err.exitCode;
  }
  if (err instanceof InputError) {
    const { formatProblem } = await import('../util/yaml-source.js');
    for (const p of err.problems) io.stderr.write(`${formatProblem(p)}\n`);
    io.stderr.write(`readiness: ${err.message}${err.problems.length ? ` (${t(lang, 'cli.problems', { n: err.problems.length })})` : ''}\n`);
    return EXIT.usage;
  }
  if (err instanceof UnreachableError || err instanceof BrowserNotFoundError) {
    io.stderr.write(`readiness: ${err.message}\n`);
    return EXIT.unreachable;
  }
  const e = err as { message?: string } | undefined;
  io.stderr.write(`readiness: ${t(lang, 'cli.internalError', { message: e?.message ?? String(err) })}\n`);
  if (process.env.READINESS_DEBUG) io.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  return EXIT.usage;
}

export async function main(argv: string[]): Promise<void> {
  let code: number = EXIT.ok;
  const run = async (load: () => Promise<number>) => {
    try {
      code = await load();
    } catch (err) {
      code = await report(err);
    }
  };
  const program = buildProgram(run);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successes; every other parse error is a usage error.
      code = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    } else {
      code = await report(err);
    }
  }
  process.exitCode = code;
}
