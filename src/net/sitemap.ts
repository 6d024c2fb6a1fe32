/**
 * The one sitemap reader: it seeds the crawl and feeds the freshness measures.
 * Discovery (robots.txt `Sitemap:` lines, else /sitemap.xml), a small
 * well-formedness-checking XML scanner that reads <url>/<sitemap> entries, gzip,
 * sitemap-index nesting with depth and file caps, and byte and URL caps for huge
 * files. Damaged input is reported with its position and whatever was readable is kept.
 */
import { reason, type Message, type MessageId, type MessageValues } from '../i18n/index.js';
import { errorReason, fetchUrl, inflateBounded, isGzip, type FetchError, type FetchOptions, type FetchResult, type UrlMapper } from './fetch.js';

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

export interface ParsedSitemap {
  kind: 'urlset' | 'sitemapindex' | 'unknown';
  urls: SitemapEntry[];
  sitemaps: SitemapEntry[];
  /** The URL cap was reached (or the input itself was cut). */
  truncated: boolean;
  error?: { code: 'malformed-xml' | 'not-a-sitemap' | 'empty'; message: string; reason?: Message };
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENT[e.toLowerCase()] ?? m;
  });
}

function position(text: string, index: number): { line: string; column: string } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  // Positions are labels, not quantities: no thousands separator.
  return { line: String(line), column: String(index - last) };
}

const problem = (id: MessageId, values?: MessageValues): Message => (values ? { id, values } : { id });

const local = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

/**
 * Reads a sitemap or sitemap index. `inputTruncated` says the text was cut at a byte
 * cap, so an unfinished document is "truncated", not "malformed".
 */
export function parseSitemapXml(xml: string, opts: { maxUrls?: number; inputTruncated?: boolean } = {}): ParsedSitemap {
  const maxUrls = opts.maxUrls ?? 50_000;
  const out: ParsedSitemap = { kind: 'unknown', urls: [], sitemaps: [], truncated: false };
  const stack: string[] = [];
  let rootSeen = false;
  let rootClosed = false;
  let entry: SitemapEntry | null = null;
  let field: 'loc' | 'lastmod' | null = null;
  let buf = '';
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (at: number, what: Message): ParsedSitemap => {
    if (opts.inputTruncated) {
      out.truncated = true;
      return out;
    }
    out.error = { code: 'malformed-xml', ...reason('evidence.sitemap.malformed', { problem: { msg: what }, ...position(xml, at) }) };
    return out;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (field) buf += text;
    else if (text.trim() && (rootClosed || !rootSeen)) return fail(i, problem('evidence.sitemap.textOutsideRoot', { text: text.trim().slice(0, 30) }));
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) return fail(lt, problem('evidence.sitemap.unterminatedComment'));
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) return fail(lt, problem('evidence.sitemap.unterminatedCdata'));
      if (field) buf += xml.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) return fail(lt, problem('evidence.sitemap.unterminatedInstruction'));
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      const bracket = xml.indexOf('[', lt);
      const close = xml.indexOf('>', lt);
      if (close === -1) return fail(lt, problem('evidence.sitemap.unterminatedDeclaration'));
      const end = bracket !== -1 && bracket < close ? xml.indexOf(']>', bracket) : close - 1;
      if (end === -1) return fail(lt, problem('evidence.sitemap.unterminatedDoctype'));
      i = end + 2;
      continue;
    }
    // A tag: find its end, honouring quoted attribute values.
    let j = lt + 1;
    let quote = '';
    for (; j < xml.length; j++) {
      const c = xml[j]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
      else if (c === '<') return fail(j, problem('evidence.sitemap.ltInTag'));
    }
    if (j >= xml.length) return fail(lt, problem('evidence.sitemap.unterminatedTag'));
    const inner = xml.slice(lt + 1, j);
    i = j + 1;
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim();
      const open = stack.pop();
      if (open === undefined) return fail(lt, problem('evidence.sitemap.closingWithoutOpening', { name }));
      if (open !== name) return fail(lt, problem('evidence.sitemap.closingMismatch', { name, open }));
      const ln = local(name);
      if (field && ln === field && entry) {
        entry[field] = decodeXml(buf).trim();
        field = null;
        buf = '';
      } else if (entry && stack.length === 1 && (ln === 'url' || ln === 'sitemap')) {
        if (entry.loc) {
          if (out.kind === 'sitemapindex') out.sitemaps.push(entry);
          else out.urls.push(entry);
        }
        entry = null;
        if (out.urls.length >= maxUrls) {
          out.truncated = true;
          return out;
        }
      }
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const nameMatch = /^([A-Za-z_][\w.:-]*)/.exec(inner);
    if (!nameMatch) return fail(lt, problem('evidence.sitemap.invalidTag', { tag: inner.slice(0, 20) }));
    const name = nameMatch[1]!;
    if (rootClosed) return fail(lt, problem('evidence.sitemap.secondRoot', { name }));
    const ln = local(name);
    if (!rootSeen) {
      rootSeen = true;
      if (ln === 'urlset') out.kind = 'urlset';
      else if (ln === 'sitemapindex') out.kind = 'sitemapindex';
      else {
        out.error = { code: 'not-a-sitemap', ...reason('evidence.sitemap.notASitemap', { name }) };
        return out;
      }
    }
    if (selfClosing) continue;
    stack.push(name);
    if (stack.length === 2 && (ln === 'url' || ln === 'sitemap')) entry = { loc: '' };
    else if (entry && stack.length === 3 && (ln === 'loc' || ln === 'lastmod')) {
      field = ln;
      buf = '';
    }
  }
  if (!rootSeen) {
    if (opts.inputTruncated) {
      out.truncated = true;
      return out;
    }
    out.error = { code: 'empty', ...reason('evidence.sitemap.empty') };
    return out;
  }
  if (stack.length) return fail(xml.length, problem('evidence.sitemap.unexpectedEnd', { name: stack[stack.length - 1]! }));
  return out;
}

function resolveUrl(u: string, base: string): string | undefined {
  try {
    return new URL(u, base).href;
  } catch {
    return undefined;
  }
}

/** `Sitemap:` lines of a robots.txt. */
export function robotsSitemaps(robots: string): string[] {
  const out: string[] = [];
  for (const line of robots.split(/\r?\n/)) {
    const m = /^\s*sitemap\s*:\s*(\S+)/i.exec(line);
    if (m) out.push(m[1]!);
  }
  return out;
}

export interface SitemapFile {
  url: string;
  /** The URL actually fetched (after origin mapping and redirects). */
  fetched: string;
  status?: number;
  kind?: ParsedSitemap['kind'];
  depth: number;
  urls: number;
  children: number;
  gzip: boolean;
  truncated: boolean;
  error?: FetchError;
}

export interface SitemapLimits {
  /** Sitemap files fetched in all (index + children). Default 20. */
  maxFiles?: number;
  /** Nesting below the first file: 1 reads an index and its sitemaps. Default 2. */
  maxDepth?: number;
  /** Bytes read per file, after decompression. Default 10 MiB. */
  maxBytes?: number;
  /** URL entries kept in all. Default 50 000 (the protocol's per-file limit). */
  maxUrls?: number;
}

export interface SitemapCollection {
  discovered: string[];
  /** How the first sitemaps were found: robots.txt, /sitemap.xml, or given. */
  via: 'robots.txt' | '/sitemap.xml' | 'config';
  files: SitemapFile[];
  urls: SitemapEntry[];
  truncated: boolean;
  notes: string[];
  /** `notes` as catalogue messages, in the same order. */
  noteReasons?: Message[];
}

/** Adds a note to the collection, in English and as a catalogue message. */
export function addSitemapNote(col: SitemapCollection, id: MessageId, values?: MessageValues, first = false): void {
  const r = reason(id, values);
  const reasons = (col.noteReasons ??= []);
  if (first) {
    col.notes.unshift(r.message);
    reasons.unshift(r.reason);
  } else {
    col.notes.push(r.message);
    reasons.push(r.reason);
  }
}

type Fetcher = (url: string, opts: FetchOptions) => Promise<FetchResult>;

/** Fetches and reads sitemaps breadth-first within the limits. Never throws. */
export async function collectSitemaps(
  start: string[],
  opts: SitemapLimits & { fetch?: FetchOptions; mapUrl?: UrlMapper; via?: SitemapCollection['via']; fetcher?: Fetcher },
): Promise<SitemapCollection> {
  const maxFiles = opts.maxFiles ?? 20;
  const maxDepth = opts.maxDepth ?? 2;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const maxUrls = opts.maxUrls ?? 50_000;
  const doFetch = opts.fetcher ?? fetchUrl;
  const map = opts.mapUrl ?? ((u: string) => u);
  const result: SitemapCollection = { discovered: start, via: opts.via ?? 'config', files: [], urls: [], truncated: false, notes: [] };
  const queue: { url: string; depth: number }[] = start.map((url) => ({ url, depth: 0 }));
  const seen = new Set<string>();
  while (queue.length) {
    const { url, depth } = queue.shift()!;
    const target = map(url);
    if (seen.has(target)) continue;
    seen.add(target);
    if (result.files.length >= maxFiles) {
      result.truncated = true;
      addSitemapNote(result, 'evidence.sitemap.note.filesCap', { max: maxFiles, n: queue.length + 1 });
      break;
    }
    const file: SitemapFile = { url, fetched: target, depth, urls: 0, children: 0, gzip: false, truncated: false };
    result.files.push(file);
    const res = await doFetch(target, { ...opts.fetch, maxBytes, mapUrl: map, headers: { accept: 'application/xml, text/xml, application/x-gzip, */*', ...opts.fetch?.headers } });
    file.fetched = res.finalUrl;
    file.status = res.status;
    if (res.error && !res.body.length) {
      file.error = res.error;
      continue;
    }
    if (res.status !== undefined && (res.status < 200 || res.status >= 300)) {
      file.error = { code: `http-${res.status}`, ...reason('evidence.sitemap.http', { url: res.finalUrl, status: res.status }) };
      continue;
    }
    let body = res.body;
    let truncated = res.truncated;
    if (isGzip(body)) {
      file.gzip = true;
      const inflated = await inflateBounded(body, 'gzip', maxBytes);
      if (inflated.error) {
        file.error = inflated.error;
        continue;
      }
      body = inflated.body;
      truncated = truncated || inflated.truncated;
    }
    const remaining = maxUrls - result.urls.length;
    const parsed = parseSitemapXml(body.toString('utf8'), { maxUrls: Math.max(1, remaining), inputTruncated: truncated });
    file.kind = parsed.kind;
    file.urls = parsed.urls.length;
    file.children = parsed.sitemaps.length;
    file.truncated = truncated || parsed.truncated;
    if (truncated) addSitemapNote(result, 'evidence.sitemap.note.bytesCap', { url, bytes: maxBytes });
    if (parsed.error) file.error = parsed.error;
    if (parsed.truncated || truncated) result.truncated = true;
    // Relative <loc> values are read against the file they are in.
    const base = res.finalUrl || target;
    result.urls.push(...parsed.urls.slice(0, remaining).flatMap((e) => {
      const loc = resolveUrl(e.loc, base);
      return loc ? [{ ...e, loc }] : [];
    }));
    if (result.urls.length >= maxUrls) {
      if (!result.noteReasons?.some((n) => n.id === 'evidence.sitemap.note.urlsCap')) addSitemapNote(result, 'evidence.sitemap.note.urlsCap', { max: maxUrls });
      result.truncated = true;
      break;
    }
    for (const child of parsed.sitemaps) {
      if (depth + 1 > maxDepth) {
        result.truncated = true;
        addSitemapNote(result, 'evidence.sitemap.note.tooDeep', { url: child.loc, max: maxDepth });
        continue;
      }
      const loc = resolveUrl(child.loc, res.finalUrl || target);
      if (loc) queue.push({ url: loc, depth: depth + 1 });
    }
  }
  return result;
}

/**
 * Finds the site's sitemaps: `Sitemap:` lines in robots.txt (production URLs mapped
 * to the served origin), else /sitemap.xml.
 */
export async function discoverSitemaps(origin: string, opts: { fetch?: FetchOptions; mapUrl?: UrlMapper; fetcher?: Fetcher } = {}): Promise<{ urls: string[]; via: SitemapCollection['via']; note?: string; noteReason?: Message }> {
  const doFetch = opts.fetcher ?? fetchUrl;
  const robotsUrl = new URL('/robots.txt', origin).href;
  const res = await doFetch(robotsUrl, { ...opts.fetch, maxBytes: 512 * 1024, mapUrl: opts.mapUrl });
  if (!res.error && res.status === 200) {
    // Relative lines ("Sitemap: /sitemap_index.xml") break the protocol but are common: resolve them.
    const lines = robotsSitemaps(res.body.toString('utf8')).map((l) => resolveUrl(l, res.finalUrl)).filter((l): l is string => !!l);
    if (lines.length) return { urls: lines, via: 'robots.txt' };
  }
  const note = res.error ? reason('evidence.sitemap.note.robotsError', { error: { msg: errorReason(res.error) } })
    : res.status === 200 ? reason('evidence.sitemap.note.robotsNoLine') : reason('evidence.sitemap.note.robotsHttp', { status: res.status ?? null });
  return { urls: [new URL('/sitemap.xml', origin).href], via: '/sitemap.xml', note: note.message, noteReason: note.reason };
}

/** Finds and reads the site's sitemaps (robots.txt, else /sitemap.xml). Never throws. */
export async function readSiteSitemaps(target: string, opts: { fetch: FetchOptions; mapUrl?: UrlMapper; limits?: SitemapLimits }): Promise<SitemapCollection> {
  const origin = new URL(target).origin;
  const found = await discoverSitemaps(origin, { fetch: opts.fetch, mapUrl: opts.mapUrl });
  const col = await collectSitemaps(found.urls, { ...opts.limits, fetch: opts.fetch, mapUrl: opts.mapUrl, via: found.via });
  if (found.noteReason) addSitemapNote(col, found.noteReason.id, found.noteReason.values, true);
  return col;
}
