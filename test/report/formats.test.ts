/**
 * Every format, for every example organisation, in both languages: the documents
 * are complete (every area and check present), the JUnit is well-formed and counts
 * right, the Markdown tables keep their shape, the JSON validates against the
 * report schema, the workflow commands are one per line.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS, render } from '../../src/report/index.js';
import { getValidator } from '../../src/util/schema.js';
import { LANGS, type Report } from '../../src/types.js';
import { check, EXAMPLES, exampleReport, syntheticReport } from './fixtures.js';
import { findAll, parseXml } from './xml.js';
import { tableProblems, unescapedInline } from './markdown.js';

/** The PDFs (printed by Chromium) are tested in pdf.test.ts. */
const TEXT_FORMATS = Object.keys(FORMATS).filter((f) => f !== 'pdf' && f !== 'pdf-summary');

function checkAll(report: Report, format: string, out: string): void {
  const lang = report.lang;
  switch (format) {
    case 'html': {
      expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(out).toContain(`<html lang="${lang}">`);
      expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
      // Self-contained: no script, no external resource of any kind.
      expect(out).not.toMatch(/<script|<link|<iframe|<img|@import|@font-face|\bsrc=|url\((?!#)/i);
      for (const a of report.areas) expect(out).toContain(`id="area-${a.id}"`);
      for (const c of report.checks) expect(out).toContain(`id="check-${c.id}"`);
      expect(out).toContain(lang === 'es' ? 'Resumen ejecutivo' : 'Executive summary');
      expect(out).toContain(lang === 'es' ? 'Hoja de ruta' : 'Roadmap');
      expect(out).toContain('<svg class="chart"');
      break;
    }
    case 'md': {
      expect(tableProblems(out)).toEqual([]);
      expect(unescapedInline(out)).toEqual([]);
      for (const a of report.areas) expect(out).toContain(`| ${a.title[lang].replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`).replace(/&/g, '&amp;')} |`);
      expect(out).toMatch(lang === 'es' ? /Compuerta/ : /Gate/);
      break;
    }
    case 'junit': {
      const root = parseXml(out);
      expect(root.name).toBe('testsuites');
      const cases = findAll(root, 'testcase');
      expect(cases).toHaveLength(report.checks.length);
      expect(findAll(root, 'testsuite')).toHaveLength(report.areas.length);
      const n = (s: string[]) => report.checks.filter((c) => s.includes(c.status)).length;
      expect(findAll(root, 'failure')).toHaveLength(n(['fail', 'partial']));
      expect(findAll(root, 'skipped')).toHaveLength(n(['not-applicable', 'unknown', 'waived']));
      expect(findAll(root, 'error')).toHaveLength(n(['error']));
      expect(Number(root.attrs.tests)).toBe(report.checks.length);
      expect(Number(root.attrs.failures)).toBe(n(['fail', 'partial']));
      break;
    }
    case 'github': {
      for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice)( [a-z]+=[^:,]*(,[a-z]+=[^:,]*)*)?::/);
      expect(out.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning')).length).toBeGreaterThanOrEqual(report.checks.filter((c) => c.status === 'fail' || c.status === 'partial').length);
      break;
    }
    case 'json': {
      const data = JSON.parse(out);
      const validate = getValidator('report');
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(Array.isArray(data.roadmap.phases)).toBe(true);
      break;
    }
    case 'terminal': {
      expect(out).toContain(report.organisation.name);
      break;
    }
    default:
      throw new Error(`no assertions for format ${format}`);
  }
}

describe.each(EXAMPLES)('example %s', (id) => {
  it.each(LANGS.map((l) => [l]))('renders every format in %s', async (lang) => {
    const { report, synthetic, why } = exampleReport(id, lang);
    if (synthetic) console.warn(`examples/${id}: synthetic stand-in used (${why?.split('\n')[0]})`);
    expect(report.lang).toBe(lang);
    for (const format of TEXT_FORMATS) {
      const out = await render(report, format, { lang });
      expect(typeof out).toBe('string');
      checkAll(report, format, out as string);
    }
  }, 30_000);
});

describe('a minimal report: only what the schema requires', () => {
  it.each(TEXT_FORMATS.map((f) => [f]))('%s renders it', async (format) => {
    const report = syntheticReport();
    for (const c of report.checks) {
      const bare = c as Partial<typeof c>;
      delete bare.why;
      delete bare.effort;
      delete bare.required;
      delete bare.reason;
    }
    delete report.targets;
    delete report.target;
    report.lang = 'es';
    report.expiredWaivers = [{ check: 'self-service.invoices', owner: 'CFO', expires: '2026-01-31' } as Report['expiredWaivers'][number]];
    expect(getValidator('report')(JSON.parse(JSON.stringify(report)))).toBe(true);
    checkAll(report, format, (await render(report, format, { lang: 'es' })) as string);
  });
});

describe('a synthetic report with a check of every state', () => {
  const report = syntheticReport();

  it.each(TEXT_FORMATS.map((f) => [f]))('%s renders it', async (format) => {
    checkAll(report, format, (await render(report, format, { lang: 'en' })) as string);
  });

  it('the HTML shows unknown, error, waived and expired waivers, and links only http(s) URLs', async () => {
    const html = (await render(report, 'html', { lang: 'en' })) as string;
    expect(html).toContain('class="badge st-unknown"');
    expect(html).toContain('class="badge st-error"');
    expect(html).toContain('probe timed out after 30 s');
    expect(html).toContain('<dt>Owner</dt><dd>CTO</dd>');
    expect(html).toContain('new portal in Q1');
    expect(html).toContain('2027-01-31');
    expect(html).toMatch(/id="expired"[\s\S]*self-service\.invoices[\s\S]*CFO/);
    expect(html).toContain('<a class="url" href="https://www.example.com/contacto" rel="noopener noreferrer nofollow">');
    expect(html).toContain('Release gate: <strong>FAILED</strong>');
    expect(html).toContain('overall score 55 is below the minimum 60');
    expect(html).toContain('profile.yaml:12');
  });

  it('the Spanish HTML uses the Spanish texts of the checks and the frame', async () => {
    const html = (await render(report, 'html', { lang: 'es' })) as string;
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Failure of channels.phone (es)');
    expect(html).toContain('Las cinco brechas más importantes');
    expect(html).not.toContain('Executive summary');
  });

  it('the five most important gaps are the failing checks of highest impact', async () => {
    const html = (await render(report, 'html', { lang: 'en' })) as string;
    const gaps = /<ol class="gaps">([\s\S]*?)<\/ol>/.exec(html)![1]!;
    const order = [...gaps.matchAll(/href="#check-([^"]+)"/g)].map((m) => m[1]);
    // phone: 3 × 1 × 3 = 9; hours: 2 × 0.6 × 4 = 4.8; fcr: 1 × 0.3 × 2 = 0.6; invoices: 1 × 1 × 1 = 1
    expect(order).toEqual(['channels.phone', 'channels.hours', 'self-service.invoices', 'measurement.fcr']);
  });

  it('JUnit maps states the kube-bench way', async () => {
    const root = parseXml((await render(report, 'junit', { lang: 'en' })) as string);
    const byName = new Map(findAll(root, 'testcase').map((tc) => [tc.attrs.name!.split(':')[0], tc]));
    const phone = byName.get('channels.phone')!;
    expect(phone.children[0]!.name).toBe('failure');
    expect(phone.children[0]!.attrs.message).toBe('expectation of channels.phone');
    expect(phone.children[0]!.text).toContain('Fix: Fix channels.phone');
    expect(byName.get('channels.hours')!.children[0]!.attrs.type).toBe('partial');
    expect(byName.get('self-service.tracking')!.children[0]!.name).toBe('error');
    for (const id of ['channels.chat', 'self-service.faq', 'self-service.account']) expect(byName.get(id)!.children[0]!.name).toBe('skipped');
    expect(byName.get('channels.email')!.children).toEqual([]);
  });

  it('GitHub annotations: fail → error, partial → warning, with the profile file and line', async () => {
    const out = (await render(report, 'github', { lang: 'en' })) as string;
    expect(out).toContain('::error title=channels.phone%3A Failure of channels.phone::expectation of channels.phone%0AFix: Fix channels.phone%0AEvidence: https://www.example.com/contacto');
    expect(out).toContain('::warning title=channels.hours%3A Failure of channels.hours::');
    expect(out).toMatch(/^::notice title=Service readiness audit%3A Synthetic S\.A\.S\.::Overall 38\.3\/100/m);
  });
});

describe("a source's note given as a catalogue message", () => {
  // The probes write notes as message ids with values; a Spanish deliverable must not
  // quote the English wording in one format and the Spanish in another.
  const noted = check('channels.phone', {
    status: 'fail',
    score: 0,
    evidence: {
      keys: ['site.contact.phones'],
      sources: [{ url: 'https://www.example.com/sitemap.xml', note: 'kept the first 5000 URLs', noteReason: { id: 'evidence.sitemap.note.urlsCap', values: { max: 5000 } } }],
    },
  });
  const report = { ...syntheticReport(), checks: [noted] };

  it.each([
    ['html', 'en', 'kept the first 5,000 URLs'],
    ['html', 'es', 'se conservaron las primeras 5.000 URL'],
    ['terminal', 'es', 'se conservaron las primeras 5.000 URL'],
    ['junit', 'es', 'se conservaron las primeras 5.000 URL'],
  ] as const)('%s in %s reads “%s”', async (format, lang, wording) => {
    const out = (await render({ ...report, lang }, format, { lang, color: false })) as string;
    expect(out).toContain(wording);
    if (lang === 'es') expect(out).not.toContain('kept the first');
  });
});

describe("a failing check's legal citation and how its figure is counted", () => {
  // JSON and HTML carried them already; the terminal and the Markdown comment say them too,
  // worded from the report catalogue in the reader's language.
  const legal = check('legal-co.pqrs-in-term', {
    status: 'fail',
    score: 0,
    legal: { instrument: 'Ley 1755 de 2015', article: 'art. 14' },
    definition: { en: 'PQRS answered within the legal term in días hábiles, over PQRS filed', es: 'PQRS respondidas dentro del término legal en días hábiles, sobre las PQRS radicadas' },
  });
  const passing = check('measurement.fcr', { status: 'pass', definition: { en: 'resolved at the first contact, agent flag', es: 'resueltas en el primer contacto, marca del asesor' } });
  const report = { ...syntheticReport(), checks: [legal, passing] };

  it.each([
    ['terminal', 'en', ['Legal basis: Ley 1755 de 2015, art. 14', 'How it is counted: PQRS answered within the legal term in días hábiles, over PQRS filed']],
    ['terminal', 'es', ['Fundamento legal: Ley 1755 de 2015, art. 14', 'Cómo se cuenta: PQRS respondidas dentro del término legal en días hábiles, sobre las PQRS radicadas']],
    ['md', 'en', ['<br>Legal basis: Ley 1755 de 2015, art. 14 |', 'expectation of legal-co.pqrs-in-term<br>How it is counted: PQRS answered within the legal term in días hábiles, over PQRS filed |']],
    ['md', 'es', ['<br>Fundamento legal: Ley 1755 de 2015, art. 14 |', '<br>Cómo se cuenta: PQRS respondidas dentro del término legal en días hábiles, sobre las PQRS radicadas |']],
  ] as const)('%s in %s', async (format, lang, wordings) => {
    const out = (await render({ ...report, lang }, format, { lang, color: false })) as string;
    for (const w of wordings) expect(out).toContain(w);
    // A passing check is not listed among the failing ones: its definition stays in the HTML card.
    expect(out).not.toContain(lang === 'es' ? 'marca del asesor' : 'agent flag');
    if (format === 'md') expect(tableProblems(out)).toEqual([]);
  });
});

describe('the terminal counts the checks that wait for evidence in words that agree with the count', () => {
  const waiting = (id: string, key: string) => check(id, { status: 'unknown', score: null, evidence: { keys: [key], sources: [] } });
  const gave = (id: string) => check(id, { status: 'unknown', score: null, evidence: { keys: ['site.pages'], key: 'site.pages', sources: [] }, reason: { en: 'no Last-Modified header', es: 'sin encabezado Last-Modified' } });

  it.each([
    ['1 check waits for Lighthouse', 'en', [waiting('a.one', 'lighthouse.performance')]],
    ['2 checks wait for Lighthouse', 'en', [waiting('a.one', 'lighthouse.performance'), waiting('a.two', 'lighthouse.seo')]],
    ['1 verificación espera cifras', 'es', [waiting('a.one', 'data.tickets.p90')]],
    ['2 verificaciones esperan cifras', 'es', [waiting('a.one', 'data.tickets.p90'), waiting('a.two', 'data.calls.p90')]],
    ['1 check: no Last-Modified header', 'en', [gave('a.one')]],
    ['2 verificaciones: sin encabezado Last-Modified', 'es', [gave('a.one'), gave('a.two')]],
  ] as const)('%s (%s)', async (wording, lang, checks) => {
    const out = (await render({ ...syntheticReport(), lang, checks: [...checks] }, 'terminal', { lang, color: false })) as string;
    expect(out).toContain(wording);
  });
});
