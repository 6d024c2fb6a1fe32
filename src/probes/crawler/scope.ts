/**
 * What the crawl reads and what its pages may load. Pages are read on the hosts being
 * crawled (the start URLs' hosts and where the home page settles), with production
 * URLs of a served copy mapped onto it; on a live site, key pages on the organisation's
 * sibling hosts are read too (its help centre, its customer portal). Requests a page
 * makes are allowed to the organisation's own registrable domains only. Pure.
 */
import { domainOf, isOwn, toServed, withDeclaredOrigin, type SiteIdentity } from '../identity.js';
import { KEY_KINDS } from '../signals/vocab.js';
import type { CrawledPage, PageKind } from '../types.js';
import { hostKey, normaliseUrl } from './urls.js';

export class CrawlScope {
  private readonly hosts = new Set<string>();
  private readonly extraDomains: Set<string>;

  constructor(public identity: SiteIdentity, startUrls: string[], allowHosts: string[] = []) {
    for (const u of startUrls) this.addHost(u);
    this.extraDomains = new Set(allowHosts.map((h) => domainOf(`http://${h}`)).filter(Boolean));
  }

  private addHost(u: string): void {
    const h = hostKey(u);
    if (h) this.hosts.add(h);
  }

  /** May a page load this (a script, a frame, a stylesheet)? The organisation's domains only. */
  isFirstParty(u: string): boolean {
    if (/^(?:data|blob|about|chrome-extension):/i.test(u)) return true;
    return isOwn(this.identity, u) || this.extraDomains.has(domainOf(u));
  }

  /**
   * Is this a production address of a served copy (the crawl maps it onto the copy to read
   * it)? A browser sent there leaves the copy for the live site.
   */
  isProductionOfCopy(u: string): boolean {
    return hostKey(toServed(this.identity, u)) !== hostKey(u);
  }

  /** The URL to read for a link (`kinds`: what the link names), or null when the crawl does not follow it. */
  crawlable(u: string, kinds: PageKind[] = []): string | null {
    const mapped = normaliseUrl(toServed(this.identity, u));
    if (!mapped) return null;
    if (this.hosts.has(hostKey(mapped))) return mapped;
    if (!this.identity.mapped && isOwn(this.identity, mapped) && kinds.some((k) => (KEY_KINDS as string[]).includes(k))) return mapped;
    return null;
  }

  /** Is this frame's document the site's own (same host, or the organisation's)? */
  ownsFrame(frameUrl: string, pageUrl: string): boolean {
    return hostKey(frameUrl) === hostKey(pageUrl) || isOwn(this.identity, frameUrl);
  }

  /**
   * What the home page teaches: where it settled (a redirect to another host of the
   * organisation, example.com → tienda.example.com, makes that host the site's) and the
   * production origin it declares (canonical link, og:url).
   */
  learnFromHome(page: CrawledPage): void {
    const snap = page.snapshot;
    if (!snap) return;
    if (snap.finalUrl && isOwn(this.identity, snap.finalUrl)) this.addHost(snap.finalUrl);
    this.identity = withDeclaredOrigin(this.identity, snap.canonical || snap.meta['og:url']);
  }
}
