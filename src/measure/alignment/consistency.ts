/**
 * Contact consistency: the phones, e-mails and WhatsApp numbers most pages show (on at
 * least 60 % of the pages that show that kind, 3 pages or more) are the site's
 * contact data; a page that leaves one out and shows another value of the same kind
 * instead contradicts them. The value is the share of pages that do not.
 */
import { readSite } from '../../probes/evidence.js';
import type { SiteInfo } from '../../probes/types.js';
import { round } from '../durations.js';

export interface PageContactSet {
  url: string;
  phones: Set<string>;
  emails: Set<string>;
  whatsapp: Set<string>;
}

export interface ContactDifference {
  url: string;
  kind: 'phones' | 'emails' | 'whatsapp';
  /** Site-wide values this page leaves out. */
  missing: string[];
  /** Values this page shows instead. */
  instead: string[];
}

export function contactConsistency(pages: PageContactSet[], opts: { minPages?: number; commonShare?: number } = {}): { ratio?: number; compared: number; common: Record<string, string[]>; differences: ContactDifference[] } {
  const minPages = opts.minPages ?? 3;
  const share = opts.commonShare ?? 0.6;
  const kinds = ['phones', 'emails', 'whatsapp'] as const;
  const common: Record<string, string[]> = {};
  for (const k of kinds) {
    const showing = pages.filter((p) => p[k].size);
    if (showing.length < minPages) {
      common[k] = [];
      continue;
    }
    const counts = new Map<string, number>();
    for (const p of showing) for (const v of p[k]) counts.set(v, (counts.get(v) ?? 0) + 1);
    common[k] = [...counts.entries()].filter(([, n]) => n / showing.length >= share).map(([v]) => v).sort();
  }
  const differences: ContactDifference[] = [];
  let compared = 0;
  let consistent = 0;
  for (const p of pages) {
    let judged = false;
    let ok = true;
    for (const k of kinds) {
      if (!p[k].size || !common[k]!.length) continue;
      judged = true;
      const missing = common[k]!.filter((v) => !p[k].has(v));
      const instead = [...p[k]].filter((v) => !common[k]!.includes(v));
      if (missing.length && instead.length) {
        ok = false;
        differences.push({ url: p.url, kind: k, missing, instead });
      }
    }
    if (!judged) continue;
    compared++;
    if (ok) consistent++;
  }
  return { ratio: compared ? round(consistent / compared) : undefined, compared, common, differences };
}

/**
 * Per-page contact sets, from the crawl's per-page reading (the same extractors that
 * built the evidence, computed once): which phones, e-mails and WhatsApp numbers each
 * readable page shows.
 */
export function pageContactSets(site: SiteInfo): PageContactSet[] {
  return readSite(site)
    .filter((r) => r.page.snapshot && !(r.page.error && r.page.error.code !== 'load-timeout'))
    .map((r) => ({
      url: r.page.snapshot!.finalUrl || r.page.url,
      phones: new Set(r.phones.map((f) => f.value)),
      emails: new Set(r.emails.map((f) => f.value)),
      whatsapp: new Set(r.whatsapp.map((f) => f.value)),
    }));
}
