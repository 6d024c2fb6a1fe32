/**
 * The reasons a gathering gives are catalogue messages: every error and missing value
 * of a real run carries its reason as { id, values } beside the English text, and a
 * Spanish report of a site whose key pages cannot be read says why in Spanish. Both run
 * the built CLI on a folder served locally, without Lighthouse.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysOf } from '../../src/evidence/keys.js';
import catalogue from '../../src/i18n/en/index.js';
import en from '../../src/i18n/en/evidence.js';
import { t, text, type Message } from '../../src/i18n/index.js';
import type { EvidenceItem } from '../../src/types.js';
import { cli } from '../helpers/cli.js';

const MEASURE_KEYS = new Set<string>(['measure.freshness', 'measure.availability', 'measure.channels', 'measure.hours', 'measure.alignment'].flatMap((p) => keysOf(p as Parameters<typeof keysOf>[0])));

/** Every message of a reason, nested ones included. */
function messagesIn(m: Message): Message[] {
  const out = [m];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if ('msg' in v) out.push(...messagesIn((v as { msg: Message }).msg));
    else if ('list' in v) (v as { list: unknown[] }).list.forEach(walk);
  };
  for (const v of Object.values(m.values ?? {})) walk(v);
  return out;
}

function gather(site: string, dir: string): Record<string, EvidenceItem> {
  const r = cli(['audit', '--serve', site, '-p', 'examples/tienda-andina/profile.yaml', '--no-lighthouse', '--gather-only', dir], { timeout: 180_000 });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(path.join(dir, 'evidence.json'), 'utf8')).evidence;
}

/** A site whose home page links to key pages that are not there (each answers 404). */
function brokenSite(dir: string): string {
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html>
<html lang="es-CO"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tienda Andina</title></head>
<body><header><nav><a href="/contacto/">Contacto</a> <a href="/ayuda/">Ayuda</a> <a href="/pqrs/">PQRS</a> <a href="/privacidad/">Política de privacidad</a> <a href="/mi-cuenta/">Mi cuenta</a></nav></header>
<main><h1>Tienda Andina</h1><p>Bienvenido.</p></main></body></html>`);
  return dir;
}

describe.each([
  ['the example retailer', () => 'examples/tienda-andina/site'],
  ['a site whose key pages answer 404', (tmp: string) => brokenSite(tmp)],
])('a real gathering of %s', (_name, siteOf) => {
  let tmp: string;
  let evidence: Record<string, EvidenceItem>;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'readiness-reasons-'));
    const site = siteOf(mkdtempSync(path.join(tmp, 'site-')));
    evidence = gather(site, path.join(tmp, 'out'));
  }, 200_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives every error its reason as a catalogue message, whose English is the message kept', () => {
    const errors = Object.entries(evidence).filter(([, i]) => i.error);
    for (const [key, item] of errors) {
      expect(item.error!.reason, key).toBeDefined();
      expect(text('en', item.error!.reason), key).toBe(item.error!.message);
    }
  });

  it('gives every missing value its reason as a catalogue message, whose English is the text kept', () => {
    const missing = Object.entries(evidence).filter(([, i]) => i.missing !== undefined && i.value === undefined);
    expect(missing.length).toBeGreaterThan(0);
    for (const [key, item] of missing) {
      expect(item.missingReason, key).toBeDefined();
      expect(text('en', item.missingReason), key).toBe(item.missing);
    }
  });

  it('words the measures’ source notes in the reader’s language too', () => {
    for (const [key, item] of Object.entries(evidence)) {
      if (!MEASURE_KEYS.has(key)) continue;
      for (const s of item.sources) if (s.note) expect(s.noteReason, `${key}: ${s.note}`).toBeDefined();
    }
  });

  it('words the probes’ source notes in the reader’s language, whose English is the note kept', () => {
    // A note a probe wrote as plain English ("schema.org data", "Olark loader script") would
    // stay English in a Spanish report.
    const noted = Object.entries(evidence).filter(([key]) => key.startsWith('site.')).flatMap(([key, item]) => item.sources.filter((s) => s.note).map((s) => [key, s] as const));
    expect(noted.length).toBeGreaterThan(0);
    for (const [key, s] of noted) {
      expect(s.noteReason, `${key}: ${s.note}`).toBeDefined();
      expect(text('en', s.noteReason), key).toBe(s.note);
    }
  });

  it('names only messages of the catalogue, and each reads in Spanish', () => {
    const reasons = Object.values(evidence).flatMap((i) => [i.error?.reason, i.missingReason, ...i.sources.map((s) => s.noteReason)]).filter((m): m is Message => !!m);
    expect(reasons.length).toBeGreaterThan(0);
    for (const m of reasons.flatMap(messagesIn)) {
      expect(m.id in catalogue, m.id).toBe(true);
      expect(() => t('es', m.id, m.values), m.id).not.toThrow();
    }
  });
});

describe('a Spanish report of a site whose key pages answer 404', () => {
  let tmp: string;
  let terminal: string;
  let html: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'readiness-reasons-es-'));
    const site = brokenSite(mkdtempSync(path.join(tmp, 'site-')));
    const out = path.join(tmp, 'out');
    const r = cli(['audit', '--serve', site, '-p', 'examples/tienda-andina/profile.yaml', '--no-lighthouse', '--lang', 'es', '-f', 'terminal,html', '-o', out], { timeout: 180_000 });
    expect([0, 1], r.stderr).toContain(r.code);
    terminal = readFileSync(path.join(out, 'report.txt'), 'utf8');
    // Detail tables show raw evidence values (data with English fields): not reasons.
    html = readFileSync(path.join(out, 'report.html'), 'utf8').replace(/<div class="(?:table-wrap )?details">[\s\S]*?<\/div>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  }, 200_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('says in Spanish why the contact page could not be read', () => {
    for (const report of [terminal, html]) {
      expect(report).toMatch(/La página de contacto http:\S+\/contacto\/ \(enlazada como "Contacto"\) no se pudo leer: la página respondió HTTP 404/);
    }
    expect(html).toMatch(/enlazada; la página no se pudo leer: la página respondió HTTP 404/);
  });

  it('shows no English sentence of the evidence catalogue', () => {
    // The literal parts of every English reason (three words or more), e.g. "could not be read".
    const phrases = new Set<string>();
    for (const m of Object.values(en)) for (const part of m.split(/\{[^}]*\}|'<'/)) if (part.trim().split(/\s+/).length >= 3) phrases.add(part.trim());
    for (const [name, report] of [['terminal', terminal], ['html', html]] as const) {
      expect([...phrases].filter((p) => report.includes(p)), name).toEqual([]);
    }
  });
});
