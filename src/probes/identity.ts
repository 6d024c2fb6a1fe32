/**
 * Which URLs are the organisation's own. A site is not one host: `ayuda.example.cl`
 * sits beside `www.example.cl`, a help centre on `support.example.com` sends its login
 * to `example.com`, and a copy served by `--serve` or a preview deployment still links
 * to the production host in absolute URLs. "Ours" is decided by registrable domain
 * (the Public Suffix List, through tldts: `tienda.com.co`, not `com.co`; each
 * `*.github.io` site on its own), plus the production origins of a copy served
 * elsewhere, whose URLs are mapped onto the served origin so the crawl reads the copy.
 *
 * The identity is plain data (it travels in SiteInfo and saved evidence); the
 * functions below are pure.
 */
import { getDomain, getHostname, parse } from 'tldts';

export interface SiteIdentity {
  /** Origin the pages are read from: the live site, or the served copy / preview. */
  served: string;
  /** Production origins the copy stands for (from --origin, the profile's website, the home page's canonical / og:url). */
  production: string[];
  /** Registrable domains (or host:port for IP addresses and single-label hosts) that are ours. */
  domains: string[];
  /** Whether production URLs are rewritten onto `served` (the pages are served elsewhere). */
  mapped: boolean;
}

function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The registrable domain of a URL's host; IP addresses, `localhost` and other single
 * labels keep their port, since two servers on 127.0.0.1 are two sites.
 */
export function domainOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '';
  }
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return '';
  const domain = /^\[|^[\d.]+$/.test(host) || !host.includes('.') ? null : getDomain(host, { allowPrivateDomains: true });
  return domain ?? (u.port ? `${host}:${u.port}` : host);
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\]|0\.0\.0\.0)$/i;

export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * A host on a hosting platform's shared suffix (the Public Suffix List's private
 * section: `*.vercel.app`, `*.netlify.app`, `*.pages.dev`, `*.github.io`…) is where
 * previews and staging copies live.
 */
export function isPlatformHost(url: string): boolean {
  try {
    return parse(new URL(url).hostname, { allowPrivateDomains: true }).isPrivate === true;
  } catch {
    return false;
  }
}

/** A copy served elsewhere than production: a loopback address or a hosting platform's preview host. */
function isCopyHost(url: string): boolean {
  return isLoopbackUrl(url) || isPlatformHost(url);
}

export interface IdentityInit {
  /** The start URL the crawl reads. */
  target: string;
  /** Production URLs the user named: --origin, then the profile's website. */
  origins?: (string | undefined)[];
}

/**
 * The identity of a run. Production URLs are mapped onto the served origin when the
 * copy is served elsewhere: on a loopback address (`--serve`), or when the user named
 * a production origin on another domain (a staging or preview host).
 */
export function siteIdentity(init: IdentityInit): SiteIdentity {
  const served = originOf(init.target) ?? init.target;
  const production: string[] = [];
  for (const o of init.origins ?? []) {
    const p = o ? originOf(o) : undefined;
    if (p && p !== served && !production.includes(p)) production.push(p);
  }
  const domains = [...new Set([domainOf(served), ...production.map(domainOf)].filter(Boolean))];
  const mapped = production.length > 0 && (isCopyHost(served) || production.some((p) => domainOf(p) !== domainOf(served)));
  return { served, production, domains, mapped };
}

/**
 * Adds the production origin a page declares about itself (the home page's canonical
 * link or og:url). It joins the organisation's domains; it is mapped onto the served
 * origin only when the pages are served from a loopback address or a hosting
 * platform's preview host, since a live site whose canonical names another domain is
 * a different site, not a copy of it.
 */
export function withDeclaredOrigin(id: SiteIdentity, declared: string | undefined): SiteIdentity {
  const o = declared ? originOf(declared) : undefined;
  if (!o || o === id.served || id.production.includes(o)) return id;
  if (isLoopbackUrl(o)) return id;
  const domains = [...new Set([...id.domains, domainOf(o)].filter(Boolean))];
  if (!isCopyHost(id.served)) return { ...id, domains };
  return { ...id, production: [...id.production, o], domains, mapped: true };
}

/** Is this URL the organisation's own (same registrable domain, or a production origin)? */
export function isOwn(id: SiteIdentity, url: string): boolean {
  const d = domainOf(url);
  return !!d && id.domains.includes(d);
}

/** The hosts the site itself lives on: the served one and its production origins'. */
export function siteHosts(id: SiteIdentity): string[] {
  const hosts: string[] = [];
  for (const o of [id.served, ...id.production]) {
    try {
      hosts.push(new URL(o).hostname.toLowerCase());
    } catch {
      /* not an origin */
    }
  }
  return [...new Set(hosts)];
}

/** Both schemes and the www. / bare forms of a production origin name the same site. */
function sameSiteOrigin(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.hostname.replace(/^www\./, '') === y.hostname.replace(/^www\./, '') && (x.port || '') === (y.port || '');
  } catch {
    return false;
  }
}

/**
 * The URL to read for a link: a production URL rewritten onto the served origin when
 * the copy is served elsewhere; any other URL unchanged.
 */
export function toServed(id: SiteIdentity, url: string): string {
  if (!id.mapped) return url;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (!id.production.some((p) => sameSiteOrigin(p, u.origin))) return url;
  return id.served + u.pathname + u.search + u.hash;
}

/** A URL's host, for messages. */
export function hostnameOf(url: string): string {
  return getHostname(url) ?? '';
}
