/**
 * Gathering: the only phase with I/O. One browser per run, shared by every probe
 * (crawl, Lighthouse, PDF), closed whatever happens. The heavy modules load here,
 * never on the CLI's start path.
 */
import { reason } from './i18n/index.js';
import type { Evidence, Profile } from './types.js';
import type { Config } from './config/load.js';
import { readProfile } from './profile/load.js';
import type { BrowserHandle, ProbePage } from './probes/index.js';
import type { PageFilter, RunLighthouseOptions } from './lighthouse/types.js';
import type { JourneyRun, Session } from './probes/account/index.js';

export interface GatherOptions {
  urls: string[];
  serve?: string;
  /** Production origin of a copy served elsewhere (--origin); the profile's website otherwise. */
  origin?: string;
  /** Path to the profile, or the profile itself. */
  profile?: string | Profile;
  config?: Config;
  maxPages?: number;
  concurrency?: number;
  lighthouse?: boolean;
  /** Where Lighthouse results are saved as artifacts (beside the report). */
  outDir?: string;
  log?: (line: string) => void;
  /** A browser shared by several audits (a portfolio): used, and left open. One is launched and closed otherwise. */
  browser?: BrowserHandle;
  /** Part of the work only (a shard of a split run, src/scale/): everything when absent. */
  select?: GatherSelection;
  /** Bound on the crawl (default: the crawl's own, at most 3 min). */
  crawlTimeoutMs?: number;
  /** Once aborted, no further step starts (a site past its time limit is left). */
  signal?: AbortSignal;
  /** Each step as it starts, to say where a run was when it stopped. */
  onStep?: (step: GatherStep) => void;
}

export type GatherStep = 'crawl' | 'measures' | 'account' | 'lighthouse' | 'journeys';

/**
 * The share of a run's work one process does. The crawl always runs: it lists the pages
 * everything else is chosen from, as every shard of a test runner lists every test.
 */
export interface GatherSelection {
  /** The measures that read the crawl (freshness, availability, channels, hours, alignment). */
  measures: boolean;
  /** Which of the pages Lighthouse would audit this process audits. */
  lighthouse?: PageFilter;
  /** Which of the configured journeys (by name, in the config's order) this process runs: all when absent. */
  journeys?: (name: string, index: number, all: readonly string[]) => boolean;
}

export interface GatherResult {
  target: string;
  pages: ProbePage[];
  evidence: Evidence;
  /** The journeys this process ran, for a merge to rebuild their evidence (`journeyEvidence`). */
  journeys?: JourneyRun[];
}

/** Keys whose meaning depends on the real host: a folder served on 127.0.0.1 cannot answer them. */
const REAL_HOST_KEYS = ['site.https', 'site.signin.https', 'site.tls.valid', 'site.tls.daysToExpiry', 'lighthouse.https'];

export async function gather(opts: GatherOptions): Promise<GatherResult> {
  const probes = await import('./probes/index.js');
  const profile = typeof opts.profile === 'string' ? readProfile(opts.profile).profile : opts.profile;
  // Behind the login (config login:, journeys:): credentials are read now, before any
  // probing (an unset variable is exit 2), and blanked in everything the run writes.
  const account = opts.config?.login || opts.config?.journeys?.length ? await import('./probes/account/index.js') : undefined;
  const secrets = account && opts.config ? account.readSecrets(opts.config) : undefined;
  const redactor = secrets?.redactor;
  const log = redactor?.active ? (s: string) => (opts.log ?? (() => {}))(redactor.redact(s)) : opts.log ?? (() => {});
  let server: { url: string; close(): Promise<void> | void } | undefined;
  if (opts.lighthouse !== false) void preloadLighthouse();
  const handle = opts.browser ?? await probes.launchBrowser();
  const aborted = () => opts.signal?.aborted === true;
  let session: Session | undefined;
  try {
    const urls = [...opts.urls];
    if (opts.serve) {
      server = await probes.serveDir(opts.serve);
      urls.unshift(server.url);
      log(`serving ${opts.serve} at ${server.url}`);
    }
    log(`probing ${urls.join(', ')} …`);
    opts.onStep?.('crawl');
    const site = await probes.gatherSiteDetail(handle, {
      urls,
      origin: opts.origin,
      website: profile?.organisation.website,
      country: profile?.organisation.country ?? 'CO',
      maxPages: opts.maxPages ?? opts.config?.probes?.maxPages,
      concurrency: opts.concurrency ?? opts.config?.probes?.concurrency,
      sitemapLimits: opts.config?.freshness?.sitemap,
      totalTimeoutMs: opts.crawlTimeoutMs,
      onProgress: (p) => log(`  ${progressLine(p)}`),
    });
    const evidence: Evidence = { ...site.evidence };

    if (opts.select?.measures !== false && !aborted()) {
      opts.onStep?.('measures');
      const { measureSite } = await import('./measure/index.js');
      // The measures read what the crawl gathered (snapshots, sitemaps): no page is fetched twice.
      Object.assign(evidence, await measureSite({ site: site.site, evidence: site.evidence, profile, config: opts.config, log }));
    }

    let pages = site.pages;
    let journeys: JourneyRun[] | undefined;
    const behind = account && secrets ? { config: opts.config!, secrets, home: site.site.home, identity: site.site.identity, signal: opts.signal, log } : undefined;
    // A split run reads the account area in the shard that owns the site unit (whose
    // evidence the merge keeps); a shard that owns a journey needing the session signs in
    // for it. With Lighthouse on, every shard signs in: an unsplit run audits its pages
    // signed in, the landing page among them, and which pages those are (so the plan, and
    // which are a shard's own) depends on where the sign-in lands.
    const ownsSite = opts.select?.measures !== false;
    const configured = opts.config?.journeys ?? [];
    const names = configured.map((j) => j.name);
    const mine = configured.filter((j, i) => !opts.select?.journeys || opts.select.journeys(j.name, i, names));
    const needsSession = mine.some((j) => j.signedIn ?? !!opts.config?.login);
    const forLighthouse = opts.lighthouse !== false && !!opts.config?.login;
    if (account && behind && !ownsSite && (needsSession || forLighthouse) && !aborted()) {
      opts.onStep?.('account');
      session = await account.signInOnly(handle, behind, [needsSession ? 'the journeys' : '', forLighthouse ? 'Lighthouse' : ''].filter(Boolean).join(' and '));
    } else if (account && behind && ownsSite && !aborted()) {
      opts.onStep?.('account');
      const signed = await account.signInAndReadAccount(handle, behind);
      session = signed.session;
      Object.assign(evidence, signed.evidence);
    } else if (!account) {
      const none = await import('./probes/account/evidence.js');
      Object.assign(evidence, none.accountNotConfigured(), none.journeysNotConfigured());
    }
    // Lighthouse audits the page the sign-in landed on as the account page, signed in (in
    // a split run too: every shard that signed in lists it, so their plans agree).
    const landing = session?.landing;
    if (landing) {
      const accountPage: ProbePage = { url: landing, status: 200, depth: 0, kind: ['account'] };
      pages = [...pages.slice(0, 1), accountPage, ...pages.slice(1).filter((p) => p.url !== landing)];
    }

    if (aborted()) return finish({ target: site.target, pages, evidence });
    if (opts.lighthouse !== false) {
      opts.onStep?.('lighthouse');
      const signedIn = session?.context ? { context: session.context, scrubArtifact: (body: string) => account!.scrubLighthouseReport(body, redactor!), redactName: (url: string) => redactor!.redact(url) } : {};
      Object.assign(evidence, await lighthouse(handle, pages, opts, log, signedIn));
    }
    else {
      const { keysOf } = await import('./evidence/keys.js');
      const why = reason('evidence.gather.lighthouseSkipped');
      for (const k of keysOf('lighthouse')) evidence[k] = { sources: [], origin: 'probe', missing: why.message, missingReason: why.reason };
    }

    if (account && behind && (session || mine.length) && !aborted()) {
      session ??= account.signedOutSession(handle, behind);
      opts.onStep?.('journeys');
      const j = await account.runConfiguredJourneys(session, { ...behind, outDir: opts.outDir, only: opts.select?.journeys });
      Object.assign(evidence, j.evidence);
      journeys = j.runs;
    }

    if (opts.serve) markServedLocally(evidence);
    return finish({ target: site.target, pages, evidence, ...(journeys ? { journeys } : {}) });
  } finally {
    await session?.close();
    if (!opts.browser) await handle.close();
    await server?.close();
  }

  /** What leaves the gathering holds no credential, in any form. */
  function finish(r: GatherResult): GatherResult {
    return redactor?.active ? redactor.redactDeep(r) : r;
  }
}

/** A folder served on 127.0.0.1 over plain HTTP says nothing about the real host's HTTPS and certificates. */
export function markServedLocally(evidence: Evidence): Evidence {
  for (const k of REAL_HOST_KEYS) {
    const why = reason('evidence.gather.servedLocally');
    evidence[k] = { sources: [], origin: 'probe', missing: why.message, missingReason: why.reason };
  }
  return evidence;
}

function progressLine(p: unknown): string {
  const x = p as { done?: number; total?: number; url?: string; message?: string };
  if (x.url) return `[${x.done ?? '?'}/${x.total ?? '?'}] ${x.url}`;
  return x.message ?? JSON.stringify(p);
}

/** Starts Lighthouse's slow import while the browser launches and the crawl runs. */
async function preloadLighthouse(): Promise<void> {
  try {
    (await import('./lighthouse/index.js')).preloadLighthouse().catch(() => undefined);
  } catch {
    /* reported when it runs */
  }
}

/** Lighthouse on the same browser; a failure to run it is evidence, not the end of the audit. */
async function lighthouse(handle: BrowserHandle, pages: ProbePage[], opts: GatherOptions, log: (s: string) => void, signedIn: Pick<RunLighthouseOptions, 'context' | 'scrubArtifact' | 'redactName'> = {}): Promise<Evidence> {
  try {
    // Loaded here, not at start-up: Lighthouse costs over a second to import.
    const { runLighthouse } = await import('./lighthouse/index.js');
    const select = opts.select?.lighthouse;
    const only: PageFilter | undefined = select || opts.signal
      ? (page, i, chosen) => !opts.signal?.aborted && (!select || select(page, i, chosen))
      : undefined;
    const r = await runLighthouse(handle, { pages, outDir: opts.outDir, onProgress: log, only, ...signedIn });
    return r.evidence;
  } catch (err) {
    log(`lighthouse: ${(err as Error).message}`);
    return { 'lighthouse.performance': { sources: [], origin: 'probe', error: { code: 'LIGHTHOUSE', ...reason('evidence.lighthouse.failed', { detail: (err as Error).message }) } } };
  }
}
