/**
 * Gathering: the only phase with I/O. One browser per run, shared by every probe,
 * closed whatever happens. Heavy modules load here, never on the CLI's start path.
 */
import type { Evidence } from './types.js';
import type { Config } from './config/load.js';
import { readProfile } from './profile/load.js';

export interface GatherOptions {
  urls: string[];
  serve?: string;
  profile?: string;
  config?: Config;
  maxPages?: number;
  concurrency?: number;
  lighthouse?: boolean;
  outDir?: string;
  log?: (line: string) => void;
}

export interface GatherResult {
  target: string;
  pages: unknown[];
  evidence: Evidence;
}

export async function gather(opts: GatherOptions): Promise<GatherResult> {
  // Resolved at run time so this module compiles before the probes exist.
  const spec = './probes/index.js';
  const probes = await import(spec);
  const country = opts.profile ? readProfile(opts.profile).profile?.organisation.country : undefined;
  let server: { url: string; close(): Promise<void> | void } | undefined;
  const handle = await probes.launchBrowser();
  try {
    const urls = [...opts.urls];
    if (opts.serve) {
      server = await probes.serveDir(opts.serve);
      urls.unshift(server!.url);
    }
    opts.log?.(`probing ${urls.join(', ')} …`);
    const result = await probes.gatherSite(handle, {
      urls,
      country: country ?? 'CO',
      maxPages: opts.maxPages ?? opts.config?.probes?.maxPages,
      concurrency: opts.concurrency ?? opts.config?.probes?.concurrency,
      onProgress: (p: { done: number; total: number; url: string }) => opts.log?.(`  [${p.done}/${p.total}] ${p.url}`),
    });
    return { target: result.target, pages: result.pages, evidence: result.evidence };
  } finally {
    await handle.close();
    await server?.close();
  }
}
