/**
 * The web interview's rules as tables: who may talk to the server (guard.ts), how a
 * posted answer is read (api.ts), how the page template is filled in, and the engine
 * both front ends drive (engine.ts).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadChecklists } from '../../src/checklists/load.js';
import type { Checklist, Evidence } from '../../src/types.js';
import { hostProblem, isLoopback, judge, newToken, type GuardContext, type RequestFacts } from '../../src/interview/web/guard.js';
import { readOutcome, stepJson } from '../../src/interview/web/api.js';
import { escapeHtml, pageMessages, renderPage, scriptJson } from '../../src/interview/web/server.js';
import { InterviewEngine } from '../../src/interview/engine.js';
import { ProfileStore } from '../../src/interview/store.js';
import { newSession } from '../../src/interview/flow.js';
import { factById } from '../../src/interview/facts.js';
import { factSpec, questionSpec } from '../../src/interview/spec.js';
import en from '../../src/i18n/en/index.js';
import { scratch } from '../helpers/cli.js';
import { PROFILE } from './terminal.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/mini-checklist.yaml', import.meta.url));
const mini: Checklist[] = loadChecklists([FIXTURE]);
const q = (id: string) => mini[0].checks.find((c) => c.id === id)!.question!;

describe('guard: who may talk to the server', () => {
  const local: GuardContext = { host: '127.0.0.1', port: 4000 };
  const shared: GuardContext = { host: '0.0.0.0', port: 4000, token: 'K3y-K3y-K3y-K3y-K3y-K3y' };
  const req = (url: string, headers: Record<string, string> = {}, method = 'GET'): RequestFacts => ({ method, url, headers: { host: '127.0.0.1:4000', ...headers } });
  const post = (url: string, headers: Record<string, string> = {}) => req(url, { 'content-type': 'application/json', origin: 'http://127.0.0.1:4000', 'sec-fetch-site': 'same-origin', ...headers }, 'POST');

  it.each<[string, GuardContext, RequestFacts, string]>([
    ['the page, typed in the address bar', local, req('/', { 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }), 'ok '],
    ['localhost names the same server', local, req('/app.js', { host: 'localhost:4000' }), 'ok app.js'],
    ['the API from the page', local, req('/api/state?tab=x', { 'sec-fetch-site': 'same-origin' }), 'ok api/state'],
    ['an answer from the page', local, post('/api/answer'), 'ok api/answer'],
    ['a name that resolves to 127.0.0.1 (DNS rebinding)', local, req('/', { host: 'evil.example:4000' }), '403 host'],
    ['the right name on another port', local, req('/', { host: '127.0.0.1:4001' }), '403 host'],
    ['no Host header', local, { method: 'GET', url: '/', headers: {} }, '400 bad-request'],
    ['another site reading the API', local, req('/api/state', { 'sec-fetch-site': 'cross-site' }), '403 cross-site'],
    ['a sibling on the same host, another port', local, req('/api/state', { 'sec-fetch-site': 'same-site' }), '403 cross-site'],
    ['a link from another site to the page (a navigation)', local, req('/', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }), 'ok '],
    ['…but not into a frame', local, req('/', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }), '403 cross-site'],
    ['an answer posted by another site', local, post('/api/answer', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }), '403 cross-site'],
    ['an answer with another origin, even without Sec-Fetch-Site', local, post('/api/answer', { origin: 'http://127.0.0.1:9999', 'sec-fetch-site': '' }), '403 cross-site'],
    ['an opaque origin (a sandboxed frame, a file)', local, post('/api/answer', { origin: 'null' }), '403 cross-site'],
    ['an answer without Origin', local, { method: 'POST', url: '/api/answer', headers: { host: '127.0.0.1:4000', 'content-type': 'application/json' } }, '403 cross-site'],
    ['an answer as a form would send it', local, post('/api/answer', { 'content-type': 'text/plain' }), '415 content-type'],
    ['other methods', local, req('/api/answer', {}, 'PUT'), '405 method'],
    ['shared: the page with its key', shared, req('/K3y-K3y-K3y-K3y-K3y-K3y/', { host: '192.168.1.5:4000' }), 'ok '],
    ['shared: the API with its key', shared, req('/K3y-K3y-K3y-K3y-K3y-K3y/api/state?x=1', { host: '192.168.1.5:4000' }), 'ok api/state'],
    ['shared: the key without the slash is redirected', shared, req('/K3y-K3y-K3y-K3y-K3y-K3y?lang=es'), '308 slash'],
    ['shared: no key', shared, req('/'), '403 no-key'],
    ['shared: the API without the key', shared, req('/api/state'), '403 no-key'],
    ['shared: a wrong key', shared, req('/K3y-K3y-K3y-K3y-K3y-K3Y/'), '403 no-key'],
    ['shared: part of the key', shared, req('/K3y-K3y/'), '403 no-key'],
    ['shared: an answer from another site, key and all', shared, post('/K3y-K3y-K3y-K3y-K3y-K3y/api/answer', { host: '192.168.1.5:4000', origin: 'http://evil.example' }), '403 cross-site'],
  ])('%s', (_name, ctx, facts, expected) => {
    const v = judge(facts, ctx);
    expect(v.ok ? `ok ${v.route}` : `${v.status} ${v.reason}`).toBe(expected);
  });

  it('the redirect keeps the query', () => {
    const v = judge(req('/K3y-K3y-K3y-K3y-K3y-K3y?lang=es'), shared);
    expect(v).toMatchObject({ status: 308, location: '/K3y-K3y-K3y-K3y-K3y-K3y/?lang=es' });
  });

  it.each<[string, boolean]>([['127.0.0.1', true], ['127.1.2.3', true], ['localhost', true], ['::1', true], ['[::1]', true], ['0.0.0.0', false], ['192.168.1.5', false], ['::', false], ['example.com', false]])(
    'isLoopback(%s) is %s', (host, loop) => expect(isLoopback(host)).toBe(loop),
  );

  it.each<[string, boolean]>([['127.0.0.1', true], ['0.0.0.0', true], ['::', true], ['[::1]', true], ['my-laptop.local', true], ['bad host!', false], ['http://x', false], ['', false], ['-x', false]])(
    'hostProblem(%j) accepts: %s', (host, ok) => expect(hostProblem(host) === undefined).toBe(ok),
  );

  it('keys are long, URL-safe and never the same', () => {
    const keys = new Set(Array.from({ length: 50 }, newToken));
    expect(keys.size).toBe(50);
    for (const k of keys) expect(k).toMatch(/^[\w-]{24}$/);
  });
});

describe('reading a posted answer', () => {
  const yesNo = questionSpec(q('mini.phone-people'), 'en', undefined);
  const choice = questionSpec(q('mini.chat-model'), 'en', undefined);
  const multi = questionSpec(q('mini.indicators'), 'en', undefined);
  const typed = questionSpec(q('mini.email-time'), 'en', undefined);
  const name = factSpec(factById('organisation.name')!, 'es', undefined);
  const channels = factSpec(factById('channels')!, 'en', undefined);

  it.each<[string, ReturnType<typeof questionSpec>, object, unknown]>([
    ['yes by its position', yesNo, { kind: 'answer', choice: 0 }, { given: { kind: 'answer', value: true } }],
    ['no', yesNo, { kind: 'answer', choice: 1 }, { given: { kind: 'answer', value: false } }],
    ['nothing chosen', yesNo, { kind: 'answer', choice: null }, { problem: 'Choose an answer, or "Don\'t know" or "Skip".' }],
    ['a position out of range', choice, { kind: 'answer', choice: 3 }, { problem: 'The request was not understood.' }],
    ['a value instead of a position', choice, { kind: 'answer', choice: 'advisor' }, { problem: 'The request was not understood.' }],
    ['a choice', choice, { kind: 'answer', choice: 2 }, { given: { kind: 'answer', value: 'bot-only' } }],
    ['ticked in any order, stored in the list\'s', multi, { kind: 'answer', choices: [1, 0] }, { given: { kind: 'answer', value: ['ces', 'nps'] } }],
    ['none of these', multi, { kind: 'answer', choices: [2] }, { given: { kind: 'answer', value: ['none'] } }],
    ['nothing ticked', multi, { kind: 'answer', choices: [] }, { problem: 'Tick at least one, or choose "Don\'t know" or "Skip".' }],
    ['the same box twice', multi, { kind: 'answer', choices: [0, 0] }, { problem: 'The request was not understood.' }],
    ['a duration', typed, { kind: 'answer', text: ' 45m ' }, { given: { kind: 'answer', value: '45m' } }],
    ['words refused with the reason', typed, { kind: 'answer', text: '2 hours' }, { problem: 'expected a duration such as 30m, 4h or 2d, got "2 hours"' }],
    ['empty text', typed, { kind: 'answer', text: '  ' }, { problem: 'Type an answer, or choose "Don\'t know" or "Skip".' }],
    ['text far too long', typed, { kind: 'answer', text: 'x'.repeat(2001) }, { problem: 'The request was not understood.' }],
    ['don\'t know', typed, { kind: 'dont-know' }, { given: { kind: 'dont-know' } }],
    ['skip', choice, { kind: 'skip' }, { given: { kind: 'skip' } }],
    ['an unknown kind', choice, { kind: 'back' }, { problem: 'The request was not understood.' }],
    ['a required fact cannot be skipped (in Spanish)', name, { kind: 'skip' }, { problem: 'Esta no puede quedar sin respuesta: el perfil la necesita.' }],
    ['a required fact, empty (in Spanish)', name, { kind: 'answer', text: '' }, { problem: 'Aquí se necesita una respuesta.' }],
    ['a name is trimmed', name, { kind: 'answer', text: '  Acme  ' }, { given: { kind: 'answer', value: 'Acme' } }],
    ['channels ticked', channels, { kind: 'answer', choices: [0, 5] }, { given: { kind: 'answer', value: ['web', 'whatsapp'] } }],
  ])('%s', (_name, spec, posted, expected) => {
    expect(readOutcome(spec, posted)).toEqual(expected);
  });

  it('a question\'s own "none" option stands alone', () => {
    const withNone = questionSpec(q('mini.indicators'), 'en', undefined);
    expect(withNone.options!.map((o) => o.label)).toEqual(['Customer effort (CES)', 'Recommendation (NPS)', 'None']);
    const added = questionSpec({ ...q('mini.indicators'), options: q('mini.indicators').options!.slice(0, 2) }, 'en', undefined);
    expect(readOutcome(added, { kind: 'answer', choices: [2] })).toEqual({ given: { kind: 'answer', value: [] } });
    expect(readOutcome(added, { kind: 'answer', choices: [0, 2] })).toEqual({ problem: '"None of these" cannot be ticked with other answers.' });
  });
});

describe('the page template', () => {
  const template = readFileSync(fileURLToPath(new URL('../../src/interview/web/static/index.html', import.meta.url)), 'utf8');

  it('fills every message in the page\'s language and escapes the file name', () => {
    const html = renderPage(template, { lang: 'es', file: '<b>x</b>.yaml', config: { file: '</script><script>alert(1)</script>' } });
    expect(html).not.toMatch(/\{\{/);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<title>Entrevista — &lt;b&gt;x&lt;/b&gt;.yaml</title>');
    expect(html).toContain('<a href="?lang=es" hreflang="es" lang="es" aria-current="true">Español</a>');
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('names no message the catalogue lacks, and the page gets the same messages in every language', () => {
    for (const [, id] of template.matchAll(/\{\{m:([\w.]+)\}\}/g)) expect(Object.keys(en), id).toContain(id);
    const bundle = pageMessages('en');
    expect(Object.keys(pageMessages('es'))).toEqual(Object.keys(bundle));
    expect(bundle['interview.web.save']).toBe('Save and continue');
    expect(pageMessages('es')['interview.web.openLeft']).toMatch(/^\{n, plural, one \{# pregunta/);
    // The page's script holds no sentences: every message it shows is named by id, and sent to it.
    const app = readFileSync(fileURLToPath(new URL('../../src/interview/web/static/app.js', import.meta.url)), 'utf8');
    const named = [...app.matchAll(/'(interview\.[\w.]+)'/g)].map(([, id]) => id);
    expect(named.length).toBeGreaterThan(30);
    for (const id of named) expect(Object.keys(bundle), id).toContain(id);
    expect(app).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  it('uses every message it adds to the catalogue', () => {
    const root = fileURLToPath(new URL('../../src/interview/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|js|html)$/.test(f)).map((f) => path.join(root, f));
    files.push(fileURLToPath(new URL('../../src/cli/commands/interview.ts', import.meta.url)));
    const sources = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    // Quoted in code, or {{m:id}} in the page template.
    const unused = Object.keys(en).filter((id) => id.startsWith('interview.') && !new RegExp(`(['"]|\\{m:)${id.replace(/\./g, '\\.')}(['"]|\\}\\})`).test(sources));
    expect(unused).toEqual([]);
  });

  it.each<[string, string]>([['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'], ["it's & co", 'it&#39;s &amp; co']])('escapeHtml(%j)', (s, out) => {
    expect(escapeHtml(s)).toBe(out);
  });

  it('JSON in a script block cannot close it', () => {
    expect(scriptJson({ a: '</script>', b: '\u2028' })).toBe('{"a":"\\u003c/script\\u003e","b":"\\u2028"}');
  });
});

describe('the engine both front ends drive', () => {
  const evidence: Evidence = {
    'site.contact.whatsapp': { value: ['+573001234567'], sources: [{ url: 'https://shop.example/contacto' }] },
  };

  function engineFor(profile: string, ev?: Evidence) {
    const dir = scratch({ 'profile.yaml': profile });
    const store = ProfileStore.open(path.join(dir, 'profile.yaml'));
    return { dir, engine: new InterviewEngine({ checklists: mini, store, area: 'mini', evidence: ev, now: () => new Date('2026-05-04T10:00:00Z') }) };
  }

  it('shows a fact pre-filled from the site, with its findings, and writes it on confirmation', () => {
    const { dir, engine } = engineFor(PROFILE.replace(/channels:\n(.*\n){2}/, ''), evidence);
    try {
      const s = newSession();
      const step = engine.start(s)!;
      expect(step.id).toBe('channels');
      const view = engine.view(step, 'en', s);
      expect(view).toMatchObject({ prefilled: true, answered: false, findings: ['WhatsApp +573001234567 found on /contacto'] });
      const json = stepJson(view, engine);
      expect(json.options.filter((_o, i) => json.selected.includes(i)).map((o) => o.label)).toEqual(['Website (information, forms)', 'WhatsApp']);
      const r = engine.record(step, { kind: 'answer', value: ['web', 'whatsapp'] }, s);
      expect(r.next?.id).toBe('mini.phone-people');
      expect(engine.profile.channels).toEqual([{ type: 'web' }, { type: 'whatsapp', value: '+573001234567' }]);
      // WhatsApp declared: its question now applies, and the index counts it.
      expect(engine.index().map((a) => [a.id, a.done, a.total])).toEqual([['organisation', 8, 8], ['mini', 0, 5]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a fact open for the session on "skip", writes nothing, and says why a question is asked', () => {
    const { dir, engine } = engineFor(PROFILE.replace('  serviceModel: MOD-2\n', ''));
    try {
      const s = newSession();
      const step = engine.start(s)!;
      expect(step.id).toBe('organisation.serviceModel');
      const before = engine.store.raw;
      expect(engine.record(step, { kind: 'skip' }, s)).toMatchObject({ leftOpen: true, next: { id: 'mini.phone-people' } });
      expect(engine.store.raw).toBe(before);
      expect(engine.start(s)!.id).toBe('mini.phone-people');
      expect(engine.start(newSession())!.id).toBe('organisation.serviceModel');
      expect(engine.why(engine.find('mini.phone-people')!, 'es')).toEqual({
        text: 'Los clientes quieren una persona cuando algo sale mal.', basis: ['HT-3'], check: { id: 'mini.phone-people', title: 'Personas atienden el teléfono' },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sees a change another process made to the file once it reloads', () => {
    const { dir, engine } = engineFor(PROFILE);
    try {
      const file = path.join(dir, 'profile.yaml');
      expect(engine.store.reload()).toBe(false);
      const other = ProfileStore.open(file);
      other.answer('mini.phone-people', { kind: 'dont-know' }, new Date('2026-05-04T09:00:00Z'));
      expect(engine.store.reload()).toBe(true);
      const step = engine.find('mini.phone-people')!;
      expect(engine.recorded(step)).toEqual({ status: 'dont-know', answeredAt: '2026-05-04T09:00:00.000Z' });
      expect(engine.index().find((a) => a.id === 'mini')).toMatchObject({ done: 1, dontKnow: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
