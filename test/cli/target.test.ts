/**
 * A target that is not an http(s) URL is a usage error (exit 2) naming the reason and
 * the accepted forms, through the real CLI, for every command that takes a URL; exit 3
 * stays for a well-formed URL that does not answer. None of these needs a browser: the
 * refusal comes before any probing, and an unreachable host is found before a launch.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch, ROOT } from '../helpers/cli.js';

const PROFILE = path.join(ROOT, 'examples', 'tienda-andina', 'profile.yaml');
const ACCEPTED = 'accepted: https://www.example.com, http://127.0.0.1:8080/, or --serve DIR to audit a folder';

/** Input, and what stderr must say after `"<input>" is not a URL to audit: `. */
const REFUSED: [string, string][] = [
  ['notaurl', 'it has no scheme (http:// or https://) and is not a host name'],
  ['site', 'it is a folder, not a URL; use --serve site'],
  ['site/index.html', 'it is a file, not a URL; to audit pages saved on disk, serve their folder; use --serve site'],
  ['./no-such-folder', 'it looks like a path on disk, not a URL; use --serve ./no-such-folder'],
  ['htps://www.example.com', '"htps:" is not a scheme this tool knows; did you mean https://www.example.com ?'],
  ['http//www.example.com', 'the scheme is mistyped; did you mean http://www.example.com ?'],
  ['http:/www.example.com', '"http:" must be followed by two slashes; did you mean http://www.example.com ?'],
  ['ftp://files.example.com/', 'ftp: is not a web address; only http:// and https:// sites can be audited'],
  ['file:///var/www/index.html', 'a file:// URL names a file on this machine; to audit pages saved on disk, serve their folder; use --serve /var/www'],
  ['https://', 'it has no host name'],
  ['http://www.exa mple.com', 'the host name contains a space'],
];

function expectRefused(r: { code: number | null; stderr: string }, input: string, reason: string, prefix = ''): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain(`readiness: ${prefix}"${input}" is not a URL to audit: ${reason}\n  ${ACCEPTED}\n`);
  expect(r.stderr).not.toMatch(/unreachable|probing/);
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // no stack trace
}

const dir = () => scratch({ 'site/index.html': '<title>x</title>' });

describe('targets that are not URLs are usage errors (exit 2)', { timeout: 60_000 }, () => {
  it.each(REFUSED)('audit %j', (input, reason) => {
    expectRefused(cli(['audit', input, '-p', PROFILE], { cwd: dir() }), input, reason);
  });

  it.each(REFUSED)('probe %j', (input, reason) => {
    expectRefused(cli(['probe', input], { cwd: dir() }), input, reason);
  });

  it.each(REFUSED.slice(0, 5))('interview --url %j, before it asks for a terminal', (input, reason) => {
    expectRefused(cli(['interview', '-p', 'p.yaml', '--url', input], { cwd: dir() }), input, reason, '--url: ');
  });

  it('a bad URL is reported even before a missing profile', () => {
    expectRefused(cli(['audit', 'notaurl'], { cwd: dir() }), 'notaurl', REFUSED[0]![1]);
  });
});

describe('config targets.urls', { timeout: 60_000 }, () => {
  const CONFIG = `profile: ${PROFILE}\ntargets:\n  urls:\n    - https://www.example.com\n    - htps://www.example.com\n    - www.example.com\n`;

  it('audit: each bad entry is located (file:line:column), exit 2', () => {
    const cwd = scratch({ 'readiness.config.yaml': CONFIG });
    const r = cli(['audit'], { cwd });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('readiness.config.yaml:5:7: error: `targets.urls.1`: "htps://www.example.com" is not a URL to audit: "htps:" is not a scheme this tool knows; did you mean https://www.example.com ?');
    // In a file the scheme is required: written once, read by every run.
    expect(r.stderr).toContain('readiness.config.yaml:6:7: error: `targets.urls.2`: "www.example.com" is not a URL to audit: it has no scheme; did you mean https://www.example.com ?');
    expect(r.stderr).toContain('(accepted: https://www.example.com, http://127.0.0.1:8080/, or targets.serve: DIR to audit a folder)');
    expect(r.stderr).not.toContain(':4:7:');
    expect(r.stderr).not.toMatch(/unreachable|probing/);
  });

  it('validate reports the same, and a folder points at targets.serve', () => {
    const cwd = scratch({ 'readiness.config.yaml': 'targets:\n  urls: [./site]\n' });
    const r = cli(['validate', 'readiness.config.yaml'], { cwd });
    expect(r.code, r.stderr + r.stdout).toBe(2);
    expect(r.stdout + r.stderr).toContain('readiness.config.yaml:2:10: error: `targets.urls.0`: "./site" is not a URL to audit: it looks like a path on disk, not a URL; use targets.serve: ./site');
  });
});

describe('well-formed URLs', { timeout: 60_000 }, () => {
  it('a URL that does not answer is still unreachable (exit 3)', () => {
    const r = cli(['audit', 'http://127.0.0.1:9/', '-p', PROFILE, '--no-lighthouse']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('http://127.0.0.1:9/ is unreachable: connection refused');
  });

  it('a bare host is read as https:// and the run says so; then it is an ordinary URL (here: not found, exit 3)', () => {
    // .invalid never resolves (RFC 6761), so this needs no network and never reaches a site.
    const r = cli(['audit', 'www.example.invalid/contacto', '-p', PROFILE, '--no-lighthouse']);
    expect(r.stderr).toContain('readiness: "www.example.invalid/contacto" has no scheme: auditing https://www.example.invalid/contacto (write http://… for a site without HTTPS)\n');
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/https:\/\/www\.example\.invalid\/contacto is unreachable/);
  });

  it('a bare loopback host is read as http://', () => {
    const r = cli(['probe', '127.0.0.1:9']);
    expect(r.stderr).toContain('readiness: "127.0.0.1:9" has no scheme: auditing http://127.0.0.1:9\n');
    expect(r.code, r.stderr).toBe(3);
  });
});
