/**
 * Odd sites through the real CLI (`readiness probe --json` as a child process): a page
 * that sends the browser to another origin is read as it showed itself, never as
 * Chromium's error page; a refresh loop and a page that blanks itself end in bounded
 * time with the reason; an endless catalogue does not eat the crawl budget, and the
 * key page behind it is still found. No evidence cites a browser-internal URL.
 */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { ELSEWHERE, LIVE_COPY, startOddSite, type OddSite } from './odd-site.js';

interface ProbeJson {
  target: string;
  pages: { url: string; status: number | null; kind: string[]; error?: { code: string; message: string }; left?: { to: string; how: string; status?: number } }[];
  budget: { pattern: string; read: number; skipped: number }[];
  evidence: Record<string, { value?: unknown; error?: { code: string; message: string }; sources: { url?: string }[] }>;
}

/** The built CLI as a child process; async, so this process's fixture server keeps answering. */
function probe(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'probe', ...args], { env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

let site: OddSite;
let result: ProbeJson;
let ms = 0;
let listing = '';
let refreshes = 0;

beforeAll(async () => {
  site = await startOddSite();
  const r = await probe([site.url, '--json', '--timeout', '5000']);
  expect(r.code, r.stderr).toBe(0);
  result = JSON.parse(r.stdout) as ProbeJson;
  ms = r.ms;
  refreshes = site.hits.get('/refresh/') ?? 0;
  const text = await probe([site.url, '--timeout', '5000']);
  listing = text.stdout;
}, 240_000);

afterAll(async () => {
  await site?.close();
});

const page = (p: string) => result.pages.find((x) => new URL(x.url).pathname === p);

describe('a page that sends the browser to another origin', () => {
  it("reads the home page as it showed itself, and says where its script tried to go", () => {
    expect(page('/')?.error).toBeUndefined();
    expect(page('/')?.left).toEqual({ to: ELSEWHERE, how: 'script' });
    expect(result.evidence['site.contact.phones']!.value).toEqual(['+576015550199']);
    expect(result.evidence['site.mobile.viewport']!.value).toBe(true);
  });

  it('reports a home page that sends visitors elsewhere as a finding of its own', () => {
    expect(result.evidence['site.home.leavesSite']!.value).toBe(true);
    expect(JSON.stringify(result.evidence['site.home.leavesSite']!.sources)).toContain('sso.otra-empresa.example');
  });

  it('keeps what a key page showed before its script redirected it mid-parse', () => {
    expect(page('/ayuda/')?.kind).toContain('help');
    expect(page('/ayuda/')?.left?.how).toBe('script');
    expect(result.evidence['site.contact.emails']!.value).toContain('ayuda@tiendarara.example');
  });
});

describe('a page whose own script sends the visitor to an error page of the site', () => {
  it('is read as the server sent it, not as the 404 it was sent to, and says where it went', () => {
    expect(page('/tiendas/')?.error).toBeUndefined();
    expect(page('/tiendas/')?.status).toBe(200);
    expect(page('/tiendas/')?.left).toEqual({ to: new URL('/tiendas/co/', site.url).href, how: 'unreadable', status: 404 });
    expect(result.evidence['site.contact.whatsapp']!.value).toEqual(['+573001234567']);
  });

  it('is not counted as a home page that leaves the site', () => {
    // Only the home page can leave the site, and only for another origin.
    expect(JSON.stringify(result.evidence['site.home.leavesSite']!.sources)).not.toContain('/tiendas/');
  });

  it('says so in the listing', () => {
    expect(listing).toMatch(/tiendas\/co\/, which answered HTTP 404; visited again and held/);
  });
});

describe('a page whose own script throws away what it showed', () => {
  it('reads it as its server sent it too, and says so in the source', () => {
    expect(page('/noticias/')?.error).toBeUndefined();
    const emails = result.evidence['site.contact.emails']!;
    expect(emails.value).toContain('prensa@tiendarara.example');
    const source = emails.sources.find((s) => new URL(s.url!).pathname === '/noticias/') as { note?: string } | undefined;
    expect(source?.note).toContain('as the server sent the page');
  });
});

describe('a served copy whose host check sends the visitor to the live site', () => {
  // Told the production origin, the crawl counts the live address as the site's own; following
  // it would leave the copy for a site the crawl may not reach (Chromium's error page here).
  it('stays on the copy, reads it, and says where its script tried to go', async () => {
    const r = await probe([`${site.url}copia/`, '--origin', 'https://tiendarara.example', '--max-pages', '1', '--json', '--timeout', '5000']);
    expect(r.code, r.stderr).toBe(0);
    const copy = (JSON.parse(r.stdout) as ProbeJson).pages.find((x) => new URL(x.url).pathname === '/copia/');
    expect(copy?.error).toBeUndefined();
    expect(copy?.left).toEqual({ to: LIVE_COPY, how: 'script' });
    expect((JSON.parse(r.stdout) as ProbeJson).evidence['site.contact.phones']!.value).toEqual(['+576015550199']);
  }, 120_000);
});

describe('pages that never settle', () => {
  it('stops a meta refresh loop and reads the page once', () => {
    expect(page('/refresh/')?.left?.how).toBe('loop');
    // Held back after a few refreshes, not one per second until the timeout.
    expect(refreshes).toBeLessThanOrEqual(4);
  });

  it('records a page that replaced itself with about:blank as unreadable, with the reason', () => {
    expect(page('/blanco/')?.error?.code).toBe('replaced-by-blank');
  });

  it('ends in bounded time', () => {
    expect(ms).toBeLessThan(90_000);
  });
});

describe('an endless catalogue', () => {
  it('reads query-string variants of a page once and caps the pagination, so the budget reaches the rest of the site', () => {
    const catalogue = result.pages.filter((p) => new URL(p.url).pathname.startsWith('/catalogo/pagina/'));
    expect(catalogue.length).toBeLessThanOrEqual(5);
    expect(result.pages.filter((p) => new URL(p.url).search).length).toBe(0);
  });

  it('still finds the key page three clicks deep behind it', () => {
    expect(page('/seguimiento/')?.kind).toContain('orderTracking');
    expect(result.evidence['site.selfservice.orderTracking']!.value).toBe(true);
  });

  it('shows the budget spent per URL pattern, in the JSON and in the listing', () => {
    const pagination = result.budget.find((b) => b.pattern === '/catalogo/pagina/*')!;
    expect(pagination.read).toBeLessThanOrEqual(5);
    expect(pagination.skipped).toBeGreaterThan(20);
    expect(listing).toMatch(/Crawl budget by URL pattern/);
    expect(listing).toMatch(/\d+ read · +\d+ held back {2}\/catalogo\/pagina\/\*/);
    expect(listing).toMatch(/tried to leave the site for https:\/\/sso\.otra-empresa\.example/);
  });
});

describe('a page linked by its index file', () => {
  it('is asked for as it was linked (/legal/index.htm), not by the folder it is known as (/legal/, a 404 here)', () => {
    expect(page('/legal/')?.status).toBe(200);
    expect(site.hits.get('/legal/')).toBeUndefined();
    expect(result.evidence['site.policy.privacy']!.value).toBe(true);
  });
});

describe('evidence names web pages only', () => {
  it('cites no chrome-error:// or about: URL anywhere', () => {
    const cited = Object.values(result.evidence).flatMap((e) => e.sources.map((s) => s.url).filter((u): u is string => !!u));
    expect(cited.filter((u) => !/^https?:\/\//.test(u))).toEqual([]);
    expect(result.pages.map((p) => p.url).filter((u) => /^(?:chrome-error|about):/.test(u))).toEqual([]);
  });
});
