/**
 * The HTML report on a phone, in real Chromium at 390 CSS pixels: the document never
 * scrolls sideways, the cover stacks label over value, wide tables scroll inside their
 * own box, long URLs and snippets wrap. Still no request of any kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { renderHtml, type Edition } from '../../src/report/html.js';
import { LANGS, type Lang, type Report } from '../../src/types.js';
import { EXAMPLES, check, exampleReport, hostileReport, makeReport } from './fixtures.js';
import { chrome, openHtml, PHONE, startBrowser } from './browser.js';

interface Layout {
  /** The layout viewport: a mobile browser widens it (zooming out) when the page is wider than the screen. */
  innerWidth: number;
  scrollWidth: number;
  /** Elements of the cover reaching outside the viewport. */
  coverOutside: string[];
  /** Elements anywhere reaching outside the viewport, other than inside a scrolling box. */
  outside: string[];
  /** Whether each cover label sits above its value. */
  stacked: boolean[];
  /** Each table box: its width and the width of what it holds. */
  tables: { caption: string; client: number; scroll: number }[];
}

/** The layout of the open page, measured against a screen `w` pixels wide. */
async function layout(page: Page, w: number = PHONE.width): Promise<Layout> {
  return page.evaluate((w) => {
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const out = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > w + 0.5 || r.left < -0.5);
    };
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    const dts = Array.from(document.querySelectorAll('.cover-facts > dt'));
    return {
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      coverOutside: Array.from(document.querySelectorAll('.cover, .cover *')).filter(out).map(name),
      outside: Array.from(document.querySelectorAll('body *')).filter((el) => out(el) && !inScroller(el)).map(name),
      stacked: dts.map((dt) => {
        const dd = dt.nextElementSibling!;
        return dd.getBoundingClientRect().top >= dt.getBoundingClientRect().bottom - 0.5 && Math.abs(dd.getBoundingClientRect().left - dt.getBoundingClientRect().left) < 1;
      }),
      tables: Array.from(document.querySelectorAll('.table-wrap')).map((t) => ({ caption: (t.querySelector('caption, th')?.textContent ?? '').trim(), client: t.clientWidth, scroll: t.scrollWidth })),
    };
  }, w);
}

/** Everything long a probed site can put in a report: URLs without a break, a long snippet, a wide table of records. */
function longContentReport(): Report {
  const longUrl = `https://www.tienda-de-ejemplo-con-un-nombre-muy-largo.example.com/${'servicio-al-cliente/'.repeat(6)}contacto?utm_source=${'x'.repeat(80)}`;
  const record = (i: number) => ({
    location: `Sede ${i} — Centro Comercial Gran Plaza de los Andes, local 1-234`,
    field: 'address',
    declared: `Carrera 43A # 1 Sur-100, Torre ${i}, Oficina 1502, Medellín, Antioquia, Colombia`,
    found: `Cra. 43A No. 1 Sur - 100 (Torre ${i})`,
    url: longUrl,
    detail: 'x'.repeat(150),
    result: 'mismatch',
  });
  return makeReport([
    check('channels.phone', {
      status: 'fail',
      evidence: {
        keys: ['site.contact.phones'],
        key: 'site.contact.phones',
        origin: 'probe',
        value: ['+5746040000', longUrl],
        sources: [{ url: longUrl, snippet: `${'Llámenos-al-604-604-0000-'.repeat(20)}\n${'a'.repeat(400)}`, selector: `body > div.${'contenedor-'.repeat(20)} > a[href^="tel:"]` }],
      },
      details: [{ key: 'site.alignment.differences', value: [record(1), record(2), record(3)], sources: [] }],
    }),
    check('channels.email', { status: 'pass', evidence: { keys: ['site.contact.emails'], value: [`atencion.al.cliente.${'muy.largo.'.repeat(8)}@example.com`], origin: 'probe', sources: [{ url: longUrl }] } }),
  ], {
    organisation: { name: `Distribuidora${'Internacional'.repeat(4)} S.A.S.`, country: 'CO', sector: 'Comercio al por mayor de artículos de ferretería, pinturas, productos de vidrio, equipo y materiales de fontanería y calefacción', businessModel: ['b2b', 'b2c'], serviceModel: 'MOD-3' },
    target: longUrl,
    profile: `/home/consultor/clientes/${'proyectos-2026/'.repeat(5)}perfil-de-la-organizacion.yaml`,
    targets: { [`serviceHoursForTheMainContactCentre${'AndBranches'.repeat(3)}`]: 'Mo-Fr 07:00-21:00; Sa 08:00-18:00; Su 09:00-13:00', firstResponse: '1h' },
  });
}

const cases: { name: string; report: () => Report; lang: Lang; edition?: Edition }[] = [
  ...EXAMPLES.flatMap((id) => LANGS.map((lang) => ({ name: `${id} (${lang})`, report: () => exampleReport(id, lang).report, lang }))),
  ...LANGS.map((lang) => ({ name: `the executive edition of ${EXAMPLES[0]} (${lang})`, report: () => exampleReport(EXAMPLES[0], lang).report, lang, edition: 'executive' as const })),
  ...LANGS.map((lang) => ({ name: `long URLs, snippets and a wide table (${lang})`, report: longContentReport, lang })),
  ...LANGS.map((lang) => ({ name: `the hostile report (${lang})`, report: hostileReport, lang })),
];

describe.skipIf(!chrome)('the HTML report on a 390 px phone, in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ browser, close } = await startBrowser());
  }, 60_000);
  afterAll(async () => {
    await close?.();
  });

  it('the measure sees a page that is too wide (a canary)', async () => {
    const html = renderHtml(exampleReport(EXAMPLES[0], 'en').report, { lang: 'en' }).replace('<main class="doc">', '<main class="doc"><div style="width:600px">too wide</div>');
    const { page } = await openHtml(browser, html, PHONE);
    try {
      const l = await layout(page);
      expect(l.scrollWidth).toBeGreaterThan(390);
      expect(l.innerWidth).toBeGreaterThan(390);
      expect(l.outside.some((s) => s.includes('too wide'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it.each(cases)('$name: nothing wider than the screen, the cover stacked, wide tables scroll in their box', async ({ report, lang, edition }) => {
    const r = report();
    const { page, requests } = await openHtml(browser, renderHtml(r, { lang, edition }), PHONE);
    try {
      const l = await layout(page);
      expect(l.innerWidth).toBe(390);
      expect(l.scrollWidth).toBeLessThanOrEqual(390);
      expect(l.coverOutside).toEqual([]);
      expect(l.outside).toEqual([]);
      expect(l.stacked.length).toBeGreaterThan(3);
      expect(l.stacked.every(Boolean), JSON.stringify(l.stacked)).toBe(true);
      for (const t of l.tables) expect(t.client, t.caption).toBeLessThanOrEqual(390);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a table wider than the phone scrolls inside its own box, and only there', async () => {
    const { page } = await openHtml(browser, renderHtml(longContentReport(), { lang: 'es' }), PHONE);
    try {
      const l = await layout(page);
      const wide = l.tables.find((t) => t.caption === 'site.alignment.differences')!;
      expect(wide.scroll).toBeGreaterThan(wide.client);
      expect(l.scrollWidth).toBeLessThanOrEqual(390);
      // The same report on a desktop keeps its label column beside the values.
      await page.setViewport({ width: 1200, height: 900 });
      const desk = await layout(page, 1200);
      expect(desk.stacked.some(Boolean)).toBe(false);
    } finally {
      await page.close();
    }
  });
});
