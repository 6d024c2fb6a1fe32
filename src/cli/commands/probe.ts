/**
 * `readiness probe <url> [--serve DIR] [--json] …` — crawl a site and print the
 * evidence found, without scoring. Exit codes: 0 done, 2 usage, 3 unreachable or no
 * browser. The browser and the probe modules load only here.
 */
import { isSupportedCountry } from 'libphonenumber-js/min';
import type { Lang } from '../../types.js';
import { EXIT, UserError } from '../exit.js';
import { cliLang } from '../lang.js';
import { targetArg } from '../target-arg.js';

export interface ProbeOptions {
  serve?: string;
  /** Production origin of a copy served elsewhere. */
  origin?: string;
  json?: boolean;
  maxPages?: number;
  concurrency?: number;
  country?: string;
  /** Time for one page, in milliseconds. */
  timeout?: number;
  /** Language of the listing (the JSON is the same in every language). */
  lang?: Lang;
}

export interface ProbeIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

function positiveInt(name: string, v: unknown, max: number): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UserError({ id: 'cli.expectsWholeNumber', values: { option: name, max, value: String(v) } });
  return n;
}

export async function run(url: string | undefined, opts: ProbeOptions, io: ProbeIO): Promise<number> {
  if (url !== undefined) url = targetArg(url, io.stderr);
  const origin = opts.origin === undefined ? undefined : targetArg(opts.origin, io.stderr, '--origin');
  if (!url && !opts.serve) throw new UserError({ id: 'cli.probeNeedsTarget' });
  const country = opts.country ?? 'CO';
  if (!/^[A-Za-z]{2}$/.test(country) || !isSupportedCountry(country.toUpperCase())) throw new UserError({ id: 'cli.expectsCountry', values: { value: country } });
  const maxPages = positiveInt('--max-pages', opts.maxPages, 1000);
  const concurrency = positiveInt('--concurrency', opts.concurrency, 16);
  const pageTimeoutMs = positiveInt('--timeout', opts.timeout, 600_000);

  const probes = await import('../../probes/index.js');
  // An unreachable site ends the run before a browser is even started.
  if (url) {
    try {
      await probes.checkReachable(url, Math.min(pageTimeoutMs ?? 10_000, 10_000));
    } catch (err) {
      if (err instanceof probes.UnreachableError) {
        io.stderr.write(`readiness: ${err.message}\n`);
        return EXIT.unreachable;
      }
      throw err;
    }
  }
  let server: Awaited<ReturnType<typeof probes.serveDir>> | undefined;
  if (opts.serve) {
    try {
      server = await probes.serveDir(opts.serve);
    } catch (err) {
      throw new UserError({ id: 'cli.serveFailed', values: { message: (err as Error).message } });
    }
  }
  let handle: Awaited<ReturnType<typeof probes.launchBrowser>> | undefined;
  try {
    try {
      handle = await probes.launchBrowser();
    } catch (err) {
      if (err instanceof probes.BrowserNotFoundError || err instanceof probes.BrowserLaunchError) {
        io.stderr.write(`readiness: ${err.message}\n`);
        return EXIT.unreachable;
      }
      throw err;
    }
    const urls = [...(server ? [server.url] : []), ...(url ? [url] : [])];
    const showProgress = !opts.json && !!io.stderr.isTTY;
    try {
      const result = await probes.gatherSite(handle, {
        urls,
        origin,
        country: country.toUpperCase(),
        maxPages,
        concurrency,
        pageTimeoutMs,
        onProgress: showProgress ? (p) => io.stderr.write(`  [${p.done}/${p.total}] ${p.url}${p.error ? ` — ${p.error.code}` : ''}\n`) : undefined,
      });
      if (opts.json) io.stdout.write(JSON.stringify({ target: result.target, pages: result.pages, budget: result.budget, evidence: result.evidence }, null, 2) + '\n');
      else io.stdout.write(probes.formatProbeResult(result, opts.lang ?? cliLang()));
      return EXIT.ok;
    } catch (err) {
      if (err instanceof probes.UnreachableError) {
        io.stderr.write(`readiness: ${err.message}\n`);
        return EXIT.unreachable;
      }
      throw err;
    }
  } finally {
    await handle?.close();
    await server?.close();
  }
}
