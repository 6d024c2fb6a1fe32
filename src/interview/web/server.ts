/**
 * `readiness interview --web`: the interview as a local web page. Node's own http
 * server (a handful of routes, no framework needed) serves three static files and a
 * small JSON API over the same InterviewEngine the terminal drives, so there is one
 * flow and one store: every answer is written at once, atomically, comments kept.
 *
 * Routes, under `/` (or `/<key>/` when shared on a network):
 *   GET  ""             the page (HTML filled in with the page's language)
 *   GET  app.js, style.css, intl-messageformat.js (the catalogue's ICU formatter)
 *   GET  api/state      a step to show: ?at=<id> | ?area=<id> | ?before=<id>, else where to resume
 *   GET  api/status     progress, and what the profile holds for ?id=<step>
 *   POST api/answer     { tab, id, stamp, outcome } → saved, and the next step
 *   GET  api/events     Server-Sent Events: "answer" (saved by some tab), "changed" (the file changed on disk)
 *
 * Each browser tab sends its own id: where it has been ("back", facts left open) is
 * kept per tab. Answers from two tabs go through the one store in turn; the later
 * answer to a question wins, and both tabs are told.
 */
import { readFileSync, watch, type FSWatcher } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../../types.js';
import { LOCALES, t, text, type MessageId } from '../../i18n/index.js';
import en from '../../i18n/en/index.js';
import es from '../../i18n/es/index.js';
import type { InterviewEngine } from '../engine.js';
import { newSession, type SessionState, type Step } from '../flow.js';
import { StoreError } from '../store.js';
import { indexJson, readOutcome, stampOf, stepJson, summaryJson, type PostedOutcome } from './api.js';
import { hostPort, isLoopback, judge, newToken, type GuardContext } from './guard.js';

export interface WebOptions {
  engine: InterviewEngine;
  /** The page's language until a person switches it. */
  lang: Lang;
  /** Default 127.0.0.1. Anything not loopback requires the key in every URL. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** The profile as the person named it, shown on the page. */
  profileLabel: string;
  /** The audit command suggested when the interview is through. */
  auditCommand: string;
  /** Where the static files are (tests); default: static/ beside this module. */
  staticDir?: string;
}

export interface WebServer {
  /** Addresses to open, the key included when there is one. */
  urls: string[];
  host: string;
  port: number;
  token?: string;
  close(): Promise<void>;
}

/** Raised when the server cannot listen; the message says what to do (exit 2). */
export class ListenError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'ListenError';
  }
}

const MAX_BODY = 16 * 1024;
const MAX_TABS = 200;
const PING_MS = 20_000;

/** Every response: nothing from elsewhere, nothing inline, no framing, no referrer. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that can sit inside a <script type="application/json"> block. */
export function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

interface Assets {
  html: string;
  js: Buffer;
  css: Buffer;
  /** The catalogue's ICU formatter, as one self-contained ES module the page imports. */
  icu: Buffer;
}

function loadAssets(dir: string): Assets {
  const icuDir = path.dirname(createRequire(import.meta.url).resolve('intl-messageformat'));
  return {
    html: readFileSync(path.join(dir, 'index.html'), 'utf8'),
    js: readFileSync(path.join(dir, 'app.js')),
    css: readFileSync(path.join(dir, 'style.css')),
    icu: readFileSync(path.join(icuDir, 'intl-messageformat.iife.js')),
  };
}

const CATALOGUES: Record<Lang, Record<MessageId, string>> = { en, es };

function isMessageId(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(en, id);
}

/**
 * The interview's messages in one language, as ICU text by catalogue id: the page
 * formats the ones whose values it only knows itself (the time of a save, what
 * another tab answered) with the same ICU library.
 */
export function pageMessages(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(CATALOGUES[lang]).filter(([id]) => id.startsWith('interview.')));
}

/** The page in one language: {{m:id}} are catalogue messages; the rest is filled in here, escaped. */
export function renderPage(template: string, o: { lang: Lang; file: string; config: unknown }): string {
  const langs = LANGS.map((l) => {
    const current = l === o.lang ? ' aria-current="true"' : '';
    return `<li><a href="?lang=${l}" hreflang="${l}" lang="${l}"${current}>${escapeHtml(t(l, 'interview.web.languageName'))}</a></li>`;
  }).join('');
  return template.replace(/\{\{([\w:.]+)\}\}/g, (_m, key: string) => {
    if (key.startsWith('m:')) {
      const id = key.slice(2);
      if (!isMessageId(id)) throw new Error(`index.html names an unknown message ${id}`);
      return escapeHtml(t(o.lang, id, { file: o.file }));
    }
    switch (key) {
      case 'lang': return o.lang;
      case 'file': return escapeHtml(o.file);
      case 'langs': return langs;
      case 'config': return scriptJson(o.config);
      default: throw new Error(`index.html names an unknown field ${key}`);
    }
  });
}

function pickLang(v: string | null, fallback: Lang): Lang {
  return LANGS.find((l) => l === v) ?? fallback;
}

/** The addresses to print: loopback as given; a wildcard as each of this machine's IPv4 addresses. */
function addressesFor(host: string, port: number, token: string | undefined): string[] {
  const tail = token ? `/${token}/` : '/';
  const h = host.replace(/^\[|\]$/g, '');
  if (h === '0.0.0.0' || h === '::') {
    const out = [`http://${hostPort('127.0.0.1', port)}${tail}`];
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(`http://${hostPort(a.address, port)}${tail}`);
    }
    return out;
  }
  return [`http://${hostPort(host, port)}${tail}`];
}

function listenProblem(err: NodeJS.ErrnoException, host: string, port: number, lang: Lang): ListenError {
  const where = hostPort(host, port);
  switch (err.code) {
    // A port is a name, not a quantity: never grouped as 8,080.
    case 'EADDRINUSE': return new ListenError(t(lang, 'interview.web.portInUse', { port: String(port), host }), err.code);
    case 'EACCES': return new ListenError(t(lang, 'interview.web.portDenied', { port: String(port) }), err.code);
    case 'EADDRNOTAVAIL': return new ListenError(t(lang, 'interview.web.noSuchAddress', { host }), err.code);
    case 'ENOTFOUND':
    case 'EAI_AGAIN': return new ListenError(t(lang, 'interview.web.hostUnknown', { host }), err.code);
    default: return new ListenError(t(lang, 'interview.web.cannotListen', { where, reason: err.message }), err.code ?? 'ELISTEN');
  }
}

export async function serveInterview(o: WebOptions): Promise<WebServer> {
  const { engine } = o;
  const store = engine.store;
  const host = o.host ?? '127.0.0.1';
  const token = isLoopback(host) ? undefined : newToken();
  const assets = loadAssets(o.staticDir ?? fileURLToPath(new URL('./static/', import.meta.url)));
  const tabs = new Map<string, SessionState>();
  const streams = new Set<ServerResponse>();
  let ctx: GuardContext = { host, port: o.port ?? 0, token };

  const session = (tab: unknown): SessionState => {
    const id = typeof tab === 'string' && /^[\w-]{8,64}$/.test(tab) ? tab : 'anonymous';
    let s = tabs.get(id);
    if (!s) {
      s = newSession();
      tabs.set(id, s);
      if (tabs.size > MAX_TABS) tabs.delete(tabs.keys().next().value!);
    }
    return s;
  };

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
    res.end(body);
  };
  const json = (res: ServerResponse, status: number, body: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));

  const broadcast = (event: string, data: unknown) => {
    const line = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const r of streams) r.write(line);
  };

  /** Reads the file again when someone else wrote it; a file gone bad is reported when saving. */
  const reload = () => store.reload();

  const state = (lang: Lang, tabSession: SessionState, step: Step | undefined) => ({
    file: o.profileLabel,
    onDisk: store.exists,
    index: indexJson(engine.index(), lang),
    step: step ? stepJson(engine.view(step, lang, tabSession), engine) : null,
    summary: step ? undefined : summaryJson(engine.summary(), lang),
    audit: o.auditCommand,
  });

  const readBody = (req: IncomingMessage): Promise<unknown> =>
    new Promise((resolve, reject) => {
      let size = 0;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          reject(new Error('too large'));
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (err) {
          reject(err);
        }
      });
      req.on('error', reject);
    });

  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    let body: { tab?: unknown; lang?: unknown; id?: unknown; stamp?: unknown; outcome?: PostedOutcome };
    try {
      body = (await readBody(req)) as typeof body;
    } catch {
      json(res, 400, { error: t(o.lang, 'interview.web.badRequest') });
      return;
    }
    if (!body || typeof body !== 'object') {
      json(res, 400, { error: t(o.lang, 'interview.web.badRequest') });
      return;
    }
    const lang = pickLang(typeof body.lang === 'string' ? body.lang : null, o.lang);
    const tabSession = session(body.tab);
    reload();
    const step = typeof body.id === 'string' ? engine.find(body.id) : undefined;
    if (!step) {
      // A fact answered elsewhere can make a question stop applying: show where to go on.
      json(res, 409, { error: t(lang, 'interview.web.noLongerApplies'), ...state(lang, tabSession, engine.start(tabSession)) });
      return;
    }
    const view = engine.view(step, lang, tabSession);
    const read = readOutcome(view.spec, body.outcome ?? {});
    if ('problem' in read) {
      json(res, 422, { error: read.problem });
      return;
    }
    const before = engine.recorded(step);
    const replaced = typeof body.stamp === 'string' && body.stamp !== stampOf(engine, step.id) && (before.value !== undefined || before.status !== undefined)
      ? { shown: before.status ? t(lang, before.status === 'dont-know' ? 'interview.web.dontKnowShown' : 'interview.web.skippedShown') : engine.shownAnswer(step, before.value, lang) }
      : undefined;
    let recorded;
    try {
      recorded = engine.record(step, read.given, tabSession);
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      json(res, 500, { error: t(lang, 'interview.web.saveFailed', { reason: text(lang, err.reason) }) });
      return;
    }
    if (!recorded.leftOpen) broadcast('answer', { id: step.id, tab: typeof body.tab === 'string' ? body.tab : null });
    // Past the last step, questions still open (answered around, by another tab or
    // from the index) come next; the summary only once there are none.
    const next = recorded.next ?? (engine.mode === 'ask' ? engine.start(tabSession) : undefined);
    json(res, 200, {
      saved: !recorded.leftOpen,
      leftOpen: recorded.leftOpen,
      ...(replaced ? { replaced } : {}),
      ...state(lang, tabSession, next),
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const verdict = judge({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, ctx);
    if (!verdict.ok) {
      if (verdict.status === 308) {
        send(res, 308, 'text/plain; charset=utf-8', '', { Location: verdict.location });
        return;
      }
      const refusal: Record<typeof verdict.reason, MessageId> = {
        'no-key': 'interview.web.needsKey', host: 'interview.web.wrongHost', 'cross-site': 'interview.web.crossSite',
        method: 'interview.web.badRequest', 'content-type': 'interview.web.badRequest', 'bad-request': 'interview.web.badRequest',
      };
      send(res, verdict.status, 'text/plain; charset=utf-8', `${t(o.lang, refusal[verdict.reason])}\n`);
      return;
    }
    const { route, query } = verdict;
    const lang = pickLang(query.get('lang'), o.lang);
    if (req.method === 'POST') {
      if (route === 'api/answer') return answer(req, res);
      json(res, 404, { error: t(lang, 'interview.web.notFound') });
      return;
    }
    switch (route) {
      case '': {
        // The catalogue's locale for the language, so figures on the page and in the server's sentences agree.
        const config = { lang, locale: LOCALES[lang], file: o.profileLabel, messages: pageMessages(lang) };
        send(res, 200, 'text/html; charset=utf-8', renderPage(assets.html, { lang, file: o.profileLabel, config }));
        return;
      }
      case 'app.js':
        send(res, 200, 'text/javascript; charset=utf-8', assets.js);
        return;
      case 'style.css':
        send(res, 200, 'text/css; charset=utf-8', assets.css);
        return;
      case 'intl-messageformat.js':
        send(res, 200, 'text/javascript; charset=utf-8', assets.icu);
        return;
      case 'api/state': {
        reload();
        const tabSession = session(query.get('tab'));
        const at = query.get('at');
        const area = query.get('area');
        const before = query.get('before');
        let step = engine.start(tabSession);
        if (at) step = engine.find(at) ?? step;
        else if (area) step = engine.areaStart(area, tabSession) ?? step;
        else if (before) {
          const from = engine.find(before);
          step = (from && engine.previous(from)) ?? from ?? step;
        }
        json(res, 200, state(lang, tabSession, step));
        return;
      }
      case 'api/status': {
        reload();
        const id = query.get('id');
        const step = id ? engine.find(id) : undefined;
        const held = step ? engine.recorded(step) : {};
        json(res, 200, {
          index: indexJson(engine.index(), lang),
          onDisk: store.exists,
          step: step
            ? {
              id: step.id,
              prompt: (step.kind === 'fact' ? step.fact.prompt : step.question.prompt)[lang],
              status: held.status,
              shown: held.value !== undefined ? engine.shownAnswer(step, held.value, lang) : undefined,
              answeredAt: held.answeredAt,
              stamp: stampOf(engine, step.id),
            }
            : null,
        });
        return;
      }
      case 'api/events': {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
        res.write('retry: 1000\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      default:
        json(res, 404, { error: t(lang, 'interview.web.notFound') });
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) json(res, 500, { error: t(o.lang, 'interview.web.saveFailed', { reason: (err as Error)?.message ?? String(err) }) });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(listenProblem(err, host, o.port ?? 0, o.lang)));
    server.listen(o.port ?? 0, host.replace(/^\[|\]$/g, ''), () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  ctx = { ...ctx, port };

  // Keep-alive for event streams through anything that closes idle connections.
  const ping = setInterval(() => {
    for (const r of streams) r.write(': ping\n\n');
  }, PING_MS);
  ping.unref();

  // The file replaced by someone else (a terminal interview, an editor): tell the tabs.
  let watcher: FSWatcher | undefined;
  let debounce: NodeJS.Timeout | undefined;
  try {
    const file = path.resolve(store.file);
    watcher = watch(path.dirname(file), (_event, name) => {
      if (name !== path.basename(file)) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        if (reload()) broadcast('changed', {});
      }, 100);
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    /* no watching on this file system: tabs still see changes on their next request */
  }

  let closed = false;
  return {
    urls: addressesFor(host, port, token),
    host,
    port,
    token,
    close: async () => {
      if (closed) return;
      closed = true;
      clearInterval(ping);
      clearTimeout(debounce);
      watcher?.close();
      for (const r of streams) r.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
