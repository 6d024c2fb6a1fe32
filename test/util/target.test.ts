/**
 * What the CLI accepts as a site to audit: a table of inputs and what each becomes
 * (a URL, possibly with an assumed scheme) or why it is refused, with the suggestion.
 */
import { describe, expect, it } from 'vitest';
import { describeAssumed, describeTarget, parseTarget } from '../../src/util/target.js';

type Row = [input: string, expected: { url?: string; assumed?: 'http' | 'https'; reason?: RegExp; suggestion?: string }];

const DIRS = new Set(['site', 'examples/tienda-andina/site']);
const FILES = new Set(['index.html', 'site/index.html']);
const pathKind = (p: string) => (DIRS.has(p) ? 'dir' as const : FILES.has(p) ? 'file' as const : undefined);

const ROWS: Row[] = [
  // Well-formed http(s) URLs are kept as written.
  ['https://www.example.com', { url: 'https://www.example.com' }],
  ['http://127.0.0.1:8080/', { url: 'http://127.0.0.1:8080/' }],
  ['HTTPS://WWW.EXAMPLE.COM/Contacto?x=1#y', { url: 'HTTPS://WWW.EXAMPLE.COM/Contacto?x=1#y' }],
  ['  https://www.example.com  ', { url: 'https://www.example.com' }],
  ['http://intranet', { url: 'http://intranet' }],
  ['https://user:pw@www.example.com:8443/a', { url: 'https://user:pw@www.example.com:8443/a' }],
  ['http://[::1]:3000/', { url: 'http://[::1]:3000/' }],
  // A bare host is read as https://, a loopback host as http://.
  ['www.example.com', { url: 'https://www.example.com', assumed: 'https' }],
  ['example.com/contact', { url: 'https://example.com/contact', assumed: 'https' }],
  ['tienda.example.co:8443/ayuda?x=1', { url: 'https://tienda.example.co:8443/ayuda?x=1', assumed: 'https' }],
  ['localhost:3000', { url: 'http://localhost:3000', assumed: 'http' }],
  ['127.0.0.1:8080/', { url: 'http://127.0.0.1:8080/', assumed: 'http' }],
  // Not URLs: usage errors with a reason and, where there is one, the fix.
  ['', { reason: /empty/ }],
  ['   ', { reason: /empty/ }],
  ['notaurl', { reason: /no scheme .* not a host name/ }],
  ['1.5', { reason: /no scheme/ }],
  ['site', { reason: /folder/, suggestion: '--serve site' }],
  ['examples/tienda-andina/site', { reason: /folder/, suggestion: '--serve examples/tienda-andina/site' }],
  ['some/other/folder', { reason: /neither a URL nor a host name/, suggestion: '--serve some/other/folder' }],
  ['./site', { reason: /path on disk/, suggestion: '--serve ./site' }],
  ['/var/www/site', { reason: /path on disk/, suggestion: '--serve /var/www/site' }],
  ['~/site', { reason: /path on disk/, suggestion: '--serve ~/site' }],
  ['C:\\sites\\tienda', { reason: /path on disk/, suggestion: '--serve C:\\sites\\tienda' }],
  ['index.html', { reason: /a file, not a URL/, suggestion: '--serve .' }],
  ['site/index.html', { reason: /a file, not a URL/, suggestion: '--serve site' }],
  ['htps://x.co', { reason: /"htps:" is not a scheme/, suggestion: 'https://x.co' }],
  ['htp://x.co/a', { reason: /"htp:" is not a scheme/, suggestion: 'http://x.co/a' }],
  ['hhttps://x.co', { reason: /not a scheme/, suggestion: 'https://x.co' }],
  ['http//x.co', { reason: /mistyped/, suggestion: 'http://x.co' }],
  ['https;//x.co', { reason: /mistyped/, suggestion: 'https://x.co' }],
  ['http/x.co', { reason: /mistyped/, suggestion: 'http://x.co' }],
  ['http:/x.co', { reason: /"http:" must be followed by two slashes/, suggestion: 'http://x.co' }],
  ['https:x.co', { reason: /"https:" must be followed by two slashes/, suggestion: 'https://x.co' }],
  ['//x.co', { reason: /no scheme/, suggestion: 'https://x.co' }],
  ['ftp://files.example.com/', { reason: /ftp: is not a web address/ }],
  ['file:///var/www/index.html', { reason: /a file:\/\/ URL names a file on this machine/, suggestion: '--serve /var/www' }],
  ['file:', { reason: /a file:\/\/ URL/, suggestion: '--serve DIR' }],
  ['mailto:ayuda@example.com', { reason: /mailto: is not a web address/ }],
  ['javascript:alert(1)', { reason: /javascript: is not a web address/ }],
  ['gopher://x.co', { reason: /"gopher:" is not a web address/ }],
  ['http://', { reason: /no host name/ }],
  ['https:///contacto', { reason: /no host name/ }],
  ['https://:8080/', { reason: /no host name/ }],
  ['http://exa mple.com', { reason: /host name contains a space/ }],
  ['www.exa mple.com', { reason: /contains a space/ }],
  ['https://www.example.com:99999/', { reason: /port/ }],
  ['https://exa%mple.com/', { reason: /not a valid host name/ }],
];

describe('parseTarget', () => {
  it.each(ROWS)('%j', (input, expected) => {
    const r = parseTarget(input, { pathKind });
    if (expected.url) {
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true, url: expected.url });
      if (r.ok) expect(r.assumed).toBe(expected.assumed);
    } else {
      expect(r.ok, JSON.stringify(r)).toBe(false);
      if (!r.ok) {
        expect(r.reason).toMatch(expected.reason!);
        expect(r.suggestion).toBe(expected.suggestion);
      }
    }
  });

  it('refuses a bare host when bareHost is false (a config says what it means), suggesting the URL', () => {
    expect(parseTarget('www.example.com', { bareHost: false })).toEqual({ ok: false, input: 'www.example.com', reason: 'it has no scheme', suggestion: 'https://www.example.com' });
    expect(parseTarget('https://www.example.com', { bareHost: false })).toMatchObject({ ok: true });
  });

  it('without a file-system probe, a folder-like input still points at --serve', () => {
    expect(parseTarget('examples/tienda-andina/site')).toMatchObject({ ok: false, suggestion: '--serve examples/tienda-andina/site' });
  });

  it('words what happened', () => {
    const bad = parseTarget('htps://x.co');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(describeTarget(bad)).toBe('"htps://x.co" is not a URL to audit: "htps:" is not a scheme this tool knows; did you mean https://x.co ?');
    const folder = parseTarget('site', { pathKind });
    if (!folder.ok) expect(describeTarget(folder)).toBe('"site" is not a URL to audit: it is a folder, not a URL; use --serve site');
    const ok = parseTarget('www.example.com');
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(describeAssumed(ok)).toBe('"www.example.com" has no scheme: auditing https://www.example.com (write http://… for a site without HTTPS)');
  });
});
