/** `readiness probe` and `readiness doctor` as modules: output contract and exit codes. */
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run as doctor } from '../../src/cli/commands/doctor.js';
import { run as probe } from '../../src/cli/commands/probe.js';
import { t } from '../../src/i18n/index.js';
import { UserError } from '../../src/cli/exit.js';
import { closedPort } from './fault-server.js';
import { SITES_DIR } from './helpers.js';

function capture() {
  let out = '';
  let err = '';
  const io = {
    stdout: new Writable({ write(c, _e, cb) { out += String(c); cb(); } }),
    stderr: new Writable({ write(c, _e, cb) { err += String(c); cb(); } }),
  };
  return { io, out: () => out, err: () => err };
}

describe('readiness probe', () => {
  it('--json prints exactly { target, pages, budget, evidence }', async () => {
    const c = capture();
    const code = await probe(undefined, { serve: path.join(SITES_DIR, 'negatives-optica'), json: true, maxPages: 4 }, c.io);
    expect(code).toBe(0);
    const parsed = JSON.parse(c.out());
    expect(Object.keys(parsed)).toEqual(['target', 'pages', 'budget', 'evidence']);
    expect(parsed.target).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(parsed.pages.length).toBeLessThanOrEqual(4);
    expect(parsed.pages[0]).toMatchObject({ url: parsed.target, status: 200, depth: 0, kind: ['home'] });
    expect(parsed.evidence['site.contact.whatsapp']).toMatchObject({ value: ['+573105551234'], origin: 'probe' });
    expect(parsed.evidence['site.contact.whatsapp'].sources[0].url).toBe(parsed.target);
    expect(parsed.evidence['site.lang'].value).toBe('es');
  }, 30_000);

  it('prints a readable listing grouped by kind of evidence', async () => {
    const c = capture();
    const code = await probe(undefined, { serve: path.join(SITES_DIR, 'negatives-optica'), maxPages: 2, country: 'co' }, c.io);
    expect(code).toBe(0);
    for (const heading of ['Contact channels', 'Forms', 'Self-service', 'Policies', 'Structured data', 'Web quality', 'Pages (2 visited)']) expect(c.out()).toContain(heading);
    expect(c.out()).toMatch(/WhatsApp\s+\+573105551234/);
  }, 30_000);

  it('prints the listing in Spanish with --lang es (the JSON is the same in every language)', async () => {
    const c = capture();
    const code = await probe(undefined, { serve: path.join(SITES_DIR, 'negatives-optica'), maxPages: 2, country: 'co', lang: 'es' }, c.io);
    expect(code).toBe(0);
    for (const heading of ['Sondeo del sitio: http://127.0.0.1:', 'Canales de contacto', 'Formularios', 'Autoservicio', 'Políticas', 'Datos estructurados', 'Calidad web', 'Páginas (2 visitadas)']) expect(c.out()).toContain(heading);
    expect(c.out()).toMatch(/WhatsApp\s+\+573105551234/);
    expect(c.out()).not.toMatch(/Contact channels|Telephones|\bnone found\b|probe\.[a-z]/);
  }, 30_000);

  it('exits 3 with the reason when the site is unreachable, without starting a browser', async () => {
    const c = capture();
    const t0 = Date.now();
    expect(await probe(`http://127.0.0.1:${await closedPort()}/`, {}, c.io)).toBe(3);
    expect(c.err()).toMatch(/unreachable: connection refused/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it.each([
    ['no URL and no --serve', undefined, {}, /needs a URL or --serve/],
    ['a mistyped scheme', 'htps://tienda.co', {}, /did you mean https:\/\/tienda\.co/],
    ['a non-http URL', 'ftp://tienda.co/', {}, /ftp: is not a web address; only http:\/\/ and https:\/\/ sites can be audited/],
    ['a bad country', 'https://tienda.co/', { country: 'Colombia' }, /two-letter country code/],
    // Two letters that name no country's numbering plan used to fail deep in the phone formatter as an "internal error".
    ['two letters that are no country', 'https://tienda.co/', { country: 'XX' }, /two-letter country code .*"XX"/],
    ['zero pages', 'https://tienda.co/', { maxPages: 0 }, /--max-pages expects a whole number/],
    ['a fractional concurrency', 'https://tienda.co/', { concurrency: 1.5 }, /--concurrency expects a whole number/],
    ['a --serve folder that does not exist', undefined, { serve: '/nonexistent/site' }, /--serve: Cannot serve/],
  ] as const)('is a usage error (exit 2) for %s', async (_name, url, opts, message) => {
    const c = capture();
    const err = await probe(url, opts as Record<string, unknown>, c.io).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    // The command's own messages are catalogue codes: read them as an English user would.
    const e = err as UserError;
    expect(e.msg ? t('en', e.msg.id, e.msg.values) : e.message).toMatch(message);
  });
});

describe('readiness doctor', () => {
  it('reports Node, the browser and whether a page opens', async () => {
    const c = capture();
    expect(await doctor({}, c.io)).toBe(0);
    expect(c.out()).toMatch(/✓ Node\.js \d+/);
    expect(c.out()).toMatch(/✓ Browser: \S+ \(/);
    expect(c.out()).toMatch(/✓ A page opens/);
    expect(c.out()).toContain('Ready to probe sites.');
  }, 30_000);
});
