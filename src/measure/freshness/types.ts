/**
 * The shapes of the freshness measure: its configuration (readiness.config.yaml
 * `freshness:`), one configured source and what reading it gives, and what the measure
 * reads from the crawl.
 */
import type { Message } from '../../i18n/index.js';
import type { FetchOptions, UrlMapper } from '../../net/fetch.js';
import type { SitemapCollection, SitemapLimits } from '../../net/sitemap.js';
import type { PageDoc } from '../pages.js';

export type FreshnessSourceKind = 'sitemap' | 'header' | 'json' | 'page';
export type FreshnessStatus = 'fresh' | 'warn' | 'stale' | 'error';

export interface FreshnessSourceConfig {
  name: string;
  source: FreshnessSourceKind;
  url: string;
  path?: string;
  selector?: string;
  pattern?: string;
  header?: string;
  warnAfter?: string;
  errorAfter?: string;
}

export interface FreshnessConfig {
  sources?: FreshnessSourceConfig[];
  sitemap?: SitemapLimits;
  /** Age beyond which a sitemap URL counts as stale. Default 365d. */
  staleAfter?: string;
}

export interface FreshnessSourceResult {
  name: string;
  source: FreshnessSourceKind | string;
  url: string;
  /** Where the timestamp was read: URL plus header, path, selector or pattern. */
  readAt: string;
  timestamp?: string;
  /** Milliseconds. */
  age?: number;
  status: FreshnessStatus;
  warnAfter?: string;
  errorAfter?: string;
  /** Why the source gave no status, in English. */
  reason?: string;
  /** `reason` as a catalogue message. */
  why?: Message;
  checkedAt: string;
}

export interface FreshnessContext {
  target: string;
  docs: PageDoc[];
  now: Date;
  timeZone: string;
  locale?: string;
  fetch: FetchOptions;
  mapUrl: UrlMapper;
  config?: FreshnessConfig;
  /** Sitemaps already collected by the caller (shared with the page list). */
  sitemaps?: SitemapCollection;
}
