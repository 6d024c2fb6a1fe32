/**
 * What counts as a site to audit. A target that is not an http(s) URL is a usage
 * error (exit 2) with the reason and the accepted forms — never "unreachable"
 * (exit 3), which is kept for a well-formed URL that does not answer.
 *
 * Pure: the only knowledge of the file system comes through `pathKind`, which the
 * CLI passes so that a folder given where a URL was expected gets the --serve hint.
 *
 * A bare host ("www.example.com", "example.com/contact") is read as https:// — as
 * http:// for a loopback host — and the result says so (`assumed`), so the caller
 * can tell the user. Lighthouse refuses such input (INVALID_URL) and pa11y silently
 * prefixes http://; people type it all the time, and saying what was assumed is
 * better than either. A config file is strict (`bareHost: false`): it is written
 * once and read by every run, so it should say exactly what it means.
 */

export type TargetResult =
  | { ok: true; input: string; url: string; assumed?: 'http' | 'https' }
  | { ok: false; input: string; reason: string; suggestion?: string };

export interface ParseTargetOptions {
  /** Accept a bare host as https:// (http:// for loopback). Default true. */
  bareHost?: boolean;
  /** What the input names on disk, if anything. */
  pathKind?: (p: string) => 'dir' | 'file' | undefined;
}

/** The forms a target may take, for messages; `serve` is how a folder is named where the target was written. */
export function acceptedTargets(serve = '--serve'): string {
  return `https://www.example.com, http://127.0.0.1:8080/, or ${serve} DIR to audit a folder`;
}

/** Schemes that are real but not web pages this tool can audit. */
const OTHER_SCHEMES = new Set([
  'ftp', 'ftps', 'sftp', 'file', 'mailto', 'tel', 'sms', 'data', 'javascript', 'ws', 'wss', 'about', 'blob',
  'chrome', 'edge', 'view-source', 'git', 'ssh', 'whatsapp', 'news', 'irc',
]);

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const PORT = '(?::(\\d{1,5}))?';
const REST = '(?:[/?#].*)?';
/** www.example.com, example.com:8080/contact — the last label has a letter, so "1.5" is not a host. */
const DOTTED_HOST = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z][a-z0-9-]*)${PORT}${REST}$`, 'is');
const IPV4_HOST = new RegExp(`^(\\d{1,3}(?:\\.\\d{1,3}){3})${PORT}${REST}$`, 's');
const LOCALHOST = new RegExp(`^(localhost)${PORT}${REST}$`, 'is');

export function parseTarget(raw: string, opts: ParseTargetOptions = {}): TargetResult {
  const input = raw;
  const s = raw.trim();
  const fail = (reason: string, suggestion?: string): TargetResult => ({ ok: false, input, reason, ...(suggestion ? { suggestion } : {}) });
  if (s === '') return fail('it is empty');

  const kind = opts.pathKind?.(s);
  if (kind === 'dir') return fail('it is a folder, not a URL', `--serve ${s}`);
  if (kind === 'file') return fail('it is a file, not a URL; to audit pages saved on disk, serve their folder', `--serve ${folderOf(s)}`);

  // A host with a port ("localhost:3000") also looks like "scheme:rest": test hosts first.
  const bare = DOTTED_HOST.test(s) || IPV4_HOST.test(s) || LOCALHOST.test(s);
  const scheme = bare ? undefined : /^([a-z][a-z0-9+.-]*):(.*)$/is.exec(s);

  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    const rest = scheme[2]!;
    if (/^[a-z]:[\\/]/i.test(s)) return fail('it looks like a path on disk, not a URL', `--serve ${s}`);
    if (name === 'http' || name === 'https') return parseHttp(input, s, name, rest, fail);
    if (name === 'file') return fail('a file:// URL names a file on this machine; to audit pages saved on disk, serve their folder', `--serve ${rest.replace(/^\/\/[^/]*/, '') ? folderOf(rest.replace(/^\/\/[^/]*/, '')) : 'DIR'}`);
    if (OTHER_SCHEMES.has(name)) return fail(`${name}: is not a web address; only http:// and https:// sites can be audited`);
    const near = nearestWebScheme(name);
    if (near) return fail(`"${scheme[1]}:" is not a scheme this tool knows`, `${near}://${rest.replace(/^\/*/, '')}`);
    return fail(`"${scheme[1]}:" is not a web address; only http:// and https:// sites can be audited`);
  }

  // "http//x.co", "https;//x.co", "//x.co": a slip in the scheme.
  const slip = /^(https?)[^a-z0-9:/]?\/\/(.*)$/is.exec(s) ?? /^(https?)\/(?!\/)(.*)$/is.exec(s);
  if (slip) return fail('the scheme is mistyped', `${slip[1]!.toLowerCase()}://${slip[2]}`);
  if (s.startsWith('//')) return fail('it has no scheme', `https:${s}`);

  if (/^(\.{1,2}([\\/]|$)|[\\/~])/.test(s) || s.includes('\\')) return fail('it looks like a path on disk, not a URL', `--serve ${s}`);
  if (/\s/.test(s)) return fail('it contains a space');

  if (bare) {
    const loopback = LOCALHOST.test(s) || /^127\./.test(s);
    const scheme = loopback ? 'http' : 'https';
    const url = `${scheme}://${s}`;
    if (opts.bareHost === false) return fail('it has no scheme', url);
    const checked = parseHttp(input, url, scheme, url.slice(scheme.length + 1), fail);
    return checked.ok ? { ...checked, assumed: scheme } : checked;
  }
  if (s.includes('/')) return fail('it is neither a URL nor a host name; a folder must be given with --serve', `--serve ${s}`);
  return fail('it has no scheme (http:// or https://) and is not a host name');
}

function parseHttp(input: string, s: string, scheme: string, rest: string, fail: (reason: string, suggestion?: string) => TargetResult): TargetResult {
  if (!rest.startsWith('//')) {
    const fixed = `${scheme}://${rest.replace(/^\/*/, '')}`;
    return fail(`"${s.slice(0, scheme.length + 1)}" must be followed by two slashes`, rest.replace(/^\/*/, '') ? fixed : undefined);
  }
  const authority = /^\/\/([^/?#]*)/.exec(rest)![1]!;
  const host = authority.replace(/^[^@]*@/, '').replace(/:\d*$/, '');
  if (host.trim() === '') return fail('it has no host name');
  if (/\s/.test(authority)) return fail('the host name contains a space');
  let parsed: URL;
  try {
    parsed = new URL(s);
  } catch {
    return fail(/:\d+$/.test(authority) ? 'the port is not a number from 1 to 65535' : `"${authority}" is not a valid host name`);
  }
  if (!parsed.hostname) return fail('it has no host name');
  return { ok: true, input, url: s };
}

/** The folder holding a file path ("site/index.html" → "site"; "index.html" → "."). */
function folderOf(p: string): string {
  const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return cut < 0 ? '.' : cut === 0 ? p.slice(0, 1) : p.slice(0, cut);
}

/** http or https when the scheme is a likely typo of one of them (htps, htttp, hhtp). */
function nearestWebScheme(name: string): 'http' | 'https' | undefined {
  if (name.length < 3 || name.length > 7) return undefined;
  const dHttp = distance(name, 'http');
  const dHttps = distance(name, 'https');
  const d = Math.min(dHttp, dHttps);
  if (d > 2) return undefined;
  return dHttps <= dHttp ? 'https' : 'http';
}

/** Levenshtein distance, for short strings. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The one-line explanation of a refused target: `"htps://x.co" is not a URL to audit: …; did you mean …?` */
export function describeTarget(r: Extract<TargetResult, { ok: false }>, serve = '--serve'): string {
  const hint = r.suggestion ? (r.suggestion.startsWith('--serve') ? `; use ${r.suggestion.replace('--serve', serve)}` : `; did you mean ${r.suggestion} ?`) : '';
  return `"${r.input}" is not a URL to audit: ${r.reason}${hint}`;
}

/** The sentence said when a bare host was read as a URL. */
export function describeAssumed(r: Extract<TargetResult, { ok: true }>): string {
  return `"${r.input.trim()}" has no scheme: auditing ${r.url}${r.assumed === 'https' ? ' (write http://… for a site without HTTPS)' : ''}`;
}
