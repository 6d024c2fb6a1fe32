/** Types of bench/portfolio-sites.js, for the TypeScript tests that share it. */
export interface FixtureSite {
  url: string;
  port: number;
  requests(): number;
  close(): Promise<void>;
}
export interface SiteOptions {
  delayMs?: number;
  limit?: { after?: number; retryAfter?: number };
}
export function sitePages(i: number): { name: string; pages: Record<string, string> };
export function siteProfile(i: number): string;
export function startSite(i: number, opts?: SiteOptions): Promise<FixtureSite>;
export function startSites(n: number, opts?: SiteOptions): Promise<{ sites: FixtureSite[]; urls: string[]; close(): Promise<void[]> }>;
export function writePortfolio(dir: string, urls: string[], extra?: string): string;
