/**
 * Hostile content from a probed site or a profile — script tags, event-handler
 * attributes, javascript: URLs, closing tags in titles, CDATA ends, Markdown pipes
 * and backticks, newlines, workflow commands — must stay text in every format.
 * The HTML is opened in real Chromium with JavaScript on: no script may run, no
 * dialog open and no request leave the page, with the report's CSP and without it
 * (so the escaping is tested on its own, not only the policy).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { renderHtml, HTML_CSP } from '../../src/report/html.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/md.js';
import { renderGithub } from '../../src/report/github.js';
import { renderJson } from '../../src/report/json.js';
import { diffReports } from '../../src/report/diff.js';
import { stripControl } from '../../src/report/escape.js';
import { t } from '../../src/i18n/index.js';
import type { Lang, Report } from '../../src/types.js';
import { HOSTILE, check, hostileReport } from './fixtures.js';
import { chrome, openHtml, startBrowser } from './browser.js';
import { findAll, parseXml } from './xml.js';
import { OWN_HTML, tableProblems, unescapedInline } from './markdown.js';

/** The hostile report, compared with a hostile baseline so the diff renders too. */
function report(): Report {
  const head = hostileReport();
  const base = hostileReport();
  base.checks = base.checks.map((c) => (c.id === 'channels.phone' ? { ...c, status: 'pass', score: 1 } : c));
  base.checks.push(check('channels.gone', { title: { en: HOSTILE.script, es: HOSTILE.script }, status: 'fail' }));
  head.checks.push(check('channels.x', { id: `x"><script>window.__pwned="id"</script>`, area: 'channels', status: 'fail', failureTitle: { en: HOSTILE.img, es: HOSTILE.img } }));
  head.diff = diffReports(base, head);
  return head;
}

const LANG_CASES: Lang[] = ['en', 'es'];

describe.skipIf(!chrome)('the HTML report of a hostile site, in Chromium', { timeout: 30_000 }, () => {
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ browser, close } = await startBrowser());
  }, 30_000);
  afterAll(async () => {
    await close?.();
  });

  const cases = LANG_CASES.flatMap((lang) => [
    { lang, csp: true, name: `${lang}, with its Content-Security-Policy` },
    { lang, csp: false, name: `${lang}, without the policy (escaping alone)` },
  ]);

  it('the harness itself notices a script that runs, a dialog and a request (a canary)', async () => {
    const { page, requests, dialogs } = await openHtml(browser, `<!DOCTYPE html><p>canary</p><img src="https://evil.example/pixel.png" onerror="window.__pwned = 'img'"><script>alert('hi')</script>`);
    try {
      await page.waitForFunction(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined, { timeout: 5000 });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe('img');
      expect(dialogs).toEqual(['hi']);
      expect(requests).toEqual(['https://evil.example/pixel.png']);
    } finally {
      await page.close();
    }
  });

  it.each(cases)('$name: no script runs, no request leaves, no dialog opens', async ({ lang, csp }) => {
    const r = report();
    let html = renderHtml(r, { lang });
    const meta = `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`;
    expect(html.indexOf(meta)).toBeGreaterThan(0);
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<title>'));
    if (!csp) html = html.replace(meta, '');

    const { page, requests, dialogs, errors } = await openHtml(browser, html);
    try {
      // Fire every kind of event an injected handler could wait for.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'load', 'error', 'animationstart']) el.dispatchEvent(new Event(type, { bubbles: true }));
          (el as HTMLElement).focus?.();
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      const dom = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.scripts.length,
        styles: document.querySelectorAll('style').length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        forbidden: Array.from(document.querySelectorAll('iframe, object, embed, base, link, img, image, form, input, textarea, noscript, xmp, meta[http-equiv="refresh"]')).map((e) => e.tagName),
        hrefs: Array.from(document.querySelectorAll('[href]')).map((a) => a.getAttribute('href') ?? ''),
        title: document.title,
        text: document.body.textContent ?? '',
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
      }));
      expect(dom.pwned).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      expect(dom.scripts).toBe(0);
      expect(dom.styles).toBe(1);
      expect(dom.handlers).toEqual([]);
      expect(dom.forbidden).toEqual([]);
      // Links: in-page anchors, and http(s) URLs only — never javascript: or data:.
      for (const href of dom.hrefs) expect(href).toMatch(/^(#|https?:\/\/)/);
      expect(dom.hrefs).toContain('https://evil.example/a%22%3E%3Cscript%3Ewindow.__pwned%20=%20%22url%22%3C/script%3E');
      // The payloads are shown, as text, where they were found.
      expect(dom.title).toBe(stripControl(`${t(lang, 'report.reportFor')} — ${r.organisation.name}`));
      for (const payload of [HOSTILE.script, HOSTILE.jsUrl, HOSTILE.closeTextarea, HOSTILE.cdata, HOSTILE.link]) expect(dom.text).toContain(payload);
      expect(dom.csp).toBe(csp ? HTML_CSP : null);
    } finally {
      await page.close();
    }
  });

  it('the JUnit XML parses in Chromium\'s strict XML parser and keeps every text exactly', async () => {
    const r = report();
    const xml = renderJunit(r, { lang: 'en' });
    const page = await browser.newPage();
    try {
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        const err = doc.getElementsByTagName('parsererror')[0];
        return {
          error: err ? err.textContent : null,
          names: Array.from(doc.getElementsByTagName('testcase')).map((e) => e.getAttribute('name')),
          failure: doc.getElementsByTagName('failure')[0]?.getAttribute('message') ?? null,
          body: doc.getElementsByTagName('failure')[0]?.textContent ?? null,
          suite: doc.getElementsByTagName('testsuite')[0]?.getAttribute('name') ?? null,
        };
      }, xml);
      expect(parsed.error).toBeNull();
      const failing = (s: string) => s === 'fail' || s === 'partial';
      expect(parsed.names).toEqual(r.checks.map((c) => stripControl(`${c.id}: ${(failing(c.status) ? c.failureTitle : c.title).en}`)));
      const phone = r.checks.find((c) => c.id === 'channels.phone')!;
      expect(parsed.failure).toBe(stripControl(phone.expectation.en));
      expect(parsed.body).toContain(stripControl(phone.remediation.en));
      expect(parsed.body).toContain(HOSTILE.cdata);
      expect(parsed.suite).toBe(`channels: ${r.areas[0]!.title.en}`);
    } finally {
      await page.close();
    }
  });
});

describe('hostile content in the text formats', () => {
  it.each(LANG_CASES)('JUnit (%s) is well-formed for the strict checker, control characters removed', (lang) => {
    const r = report();
    const xml = renderJunit(r, { lang });
    const root = parseXml(xml);
    expect(findAll(root, 'testcase')).toHaveLength(r.checks.length);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toContain('<script');
    // The only ]]> left is inside escaped text, never as markup.
    expect(xml).not.toContain('<![CDATA[');
  });

  it.each(LANG_CASES)('Markdown (%s) keeps its tables and lets no markup through', (lang) => {
    const r = report();
    const md = renderMarkdown(r, { lang });
    expect(tableProblems(md)).toEqual([]);
    expect(unescapedInline(md)).toEqual([]);
    expect(md.replace(OWN_HTML, '')).not.toMatch(/<[a-z/!]/i);
    // Every line is one the renderer starts: no heading, list or quote comes from data.
    for (const line of md.split('\n')) {
      expect(line).toMatch(/^(|<!-- service-readiness-report -->|#{2,4} \S.*|\*\*.*|\| .*\||- (❌|\S+:|\S).*|_.*_|<sub>.*<\/sub>)$/u);
    }
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.every((h) => /^#{2,4} (\S+ )?(Service readiness audit|Auditoría|Failing|Verificaciones|Compared|Comparación|🔴|🟢|🔁|⚠️)/u.test(h))).toBe(true);
  });

  it.each(LANG_CASES)('GitHub workflow commands (%s): one command a line, nothing injected', (lang) => {
    const out = renderGithub(report(), { lang });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice)( [a-z]+=[^:,\r\n]*(,[a-z]+=[^:,\r\n]*)*)?::[^\r]*$/);
    }
    expect(lines.some((l) => /^::set-output/.test(l))).toBe(false);
    expect(out).toContain('%0A::set-output name=x::pwned%0D%0A::error::injected %250A 100%25 done, key: value');
  });

  it('JSON keeps the text unchanged (it is data, escaped by JSON.stringify)', () => {
    const r = report();
    const back = JSON.parse(renderJson(r));
    expect(back.organisation.name).toBe(r.organisation.name);
    expect(back.checks[0].evidence.sources[0].url).toBe(HOSTILE.jsUrl);
  });
});
