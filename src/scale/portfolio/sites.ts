/**
 * The portfolio file (`readiness audit --sites sites.yaml`): one organisation per entry,
 * each with its profile and its site (a URL, or a folder to serve), optionally its own
 * config and time limit. Paths are relative to the file. Every problem is located
 * (file:line:column) and the whole file is checked before any site is audited.
 *
 *   concurrency: 3            # sites audited at once (default 3)
 *   timeLimit: 15m            # per site (default 15m)
 *   defaults: { config: base.yaml, maxPages: 15, lighthouse: true }
 *   sites:
 *     - { id: tienda-andina, url: https://www.tiendaandina.co, profile: clients/tienda-andina/profile.yaml }
 *     - { serve: ./site, profile: clients/distribuidora/profile.yaml, config: clients/distribuidora/readiness.config.yaml, timeLimit: 5m }
 */
import path from 'node:path';
import { historySlug } from '../../history/index.js';
import { t, type MessageId, type MessageValues } from '../../i18n/index.js';
import type { Lang } from '../../types.js';
import { parseTarget } from '../../util/target.js';
import { InputError } from '../../util/errors.js';
import { locate, readYamlFile, type Problem, type SourceFile } from '../../util/yaml-source.js';
import { parseTimeLimit } from '../limit.js';

export const DEFAULT_SITE_CONCURRENCY = 3;
export const DEFAULT_SITE_TIME_LIMIT_MS = 15 * 60_000;

export interface SiteEntry {
  /** Folder name under the output folder, and the site's name in the summary. */
  id: string;
  /** The id was given in the file (else it comes from the profile's organisation name). */
  idGiven: boolean;
  url?: string;
  serve?: string;
  origin?: string;
  profile: string;
  config?: string;
  maxPages?: number;
  lighthouse?: boolean;
  timeLimitMs: number;
  /** Where the entry is, for messages. */
  at: { line: number; column: number };
}

export interface SitesFile {
  file: string;
  concurrency: number;
  sites: SiteEntry[];
}

const SITE_KEYS = new Set(['id', 'url', 'serve', 'origin', 'profile', 'config', 'maxPages', 'lighthouse', 'timeLimit']);
const TOP_KEYS = new Set(['concurrency', 'timeLimit', 'defaults', 'sites']);
const DEFAULT_KEYS = new Set(['config', 'maxPages', 'lighthouse', 'timeLimit', 'profile']);

export function loadSitesFile(file: string, lang: Lang = 'en'): SitesFile {
  const src = readYamlFile<Record<string, unknown>>(file);
  if (src.problems.length) throw new InputError(t(lang, 'scale.sites.invalid', { file }), src.problems);
  const problems: Problem[] = [];
  const say = (where: (string | number)[], id: MessageId, values?: MessageValues, key = false) => {
    const at = locate(src as SourceFile<unknown>, where, key);
    problems.push({ file, line: at.line, column: at.column, severity: 'error', message: t(lang, id, values) });
  };
  const dir = path.dirname(file);
  const rel = (p: string) => (path.isAbsolute(p) ? p : path.join(dir, p));
  const data = src.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    say([], 'scale.sites.notMap');
    throw new InputError(t(lang, 'scale.sites.invalid', { file }), problems);
  }
  for (const k of Object.keys(data)) if (!TOP_KEYS.has(k)) say([k], 'scale.sites.unknownKey', { key: k, known: [...TOP_KEYS].join(', ') }, true);

  const posInt = (where: (string | number)[], v: unknown, max: number): number | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) {
      say(where, 'scale.sites.wholeNumber', { key: String(where[where.length - 1]), max });
      return undefined;
    }
    return v;
  };
  const limit = (where: (string | number)[], v: unknown): number | undefined => {
    if (v === undefined) return undefined;
    const ms = parseTimeLimit(v);
    if (ms === undefined) say(where, 'scale.sites.duration', { value: String(v) });
    return ms;
  };
  const str = (where: (string | number)[], v: unknown): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !v.trim()) {
      say(where, 'scale.sites.text', { key: String(where[where.length - 1]) });
      return undefined;
    }
    return v;
  };
  const bool = (where: (string | number)[], v: unknown): boolean | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      say(where, 'scale.sites.boolean', { key: String(where[where.length - 1]) });
      return undefined;
    }
    return v;
  };

  const concurrency = posInt(['concurrency'], data.concurrency, 16) ?? DEFAULT_SITE_CONCURRENCY;
  const topLimit = limit(['timeLimit'], data.timeLimit) ?? DEFAULT_SITE_TIME_LIMIT_MS;
  const defaults = (data.defaults ?? {}) as Record<string, unknown>;
  if (typeof defaults !== 'object' || Array.isArray(defaults)) say(['defaults'], 'scale.sites.notMap');
  else for (const k of Object.keys(defaults)) if (!DEFAULT_KEYS.has(k)) say(['defaults', k], 'scale.sites.unknownKey', { key: k, known: [...DEFAULT_KEYS].join(', ') }, true);
  const dConfig = str(['defaults', 'config'], defaults.config);
  const dProfile = str(['defaults', 'profile'], defaults.profile);
  const dMaxPages = posInt(['defaults', 'maxPages'], defaults.maxPages, 1000);
  const dLighthouse = bool(['defaults', 'lighthouse'], defaults.lighthouse);
  const dLimit = limit(['defaults', 'timeLimit'], defaults.timeLimit);

  const list = data.sites;
  const sites: SiteEntry[] = [];
  if (!Array.isArray(list) || list.length === 0) say(['sites'], 'scale.sites.noSites');
  else {
    list.forEach((raw, i) => {
      const where = ['sites', i];
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        say(where, 'scale.sites.notMap');
        return;
      }
      const s = raw as Record<string, unknown>;
      for (const k of Object.keys(s)) if (!SITE_KEYS.has(k)) say([...where, k], 'scale.sites.unknownKey', { key: k, known: [...SITE_KEYS].join(', ') }, true);
      const url = str([...where, 'url'], s.url);
      const serve = str([...where, 'serve'], s.serve);
      if (url && serve) say([...where, 'serve'], 'scale.sites.urlOrServe', {}, true);
      if (!url && !serve) say(where, 'scale.sites.needsTarget');
      let checkedUrl: string | undefined;
      if (url) {
        // Written in full, as in a config's targets.urls: a typo is an input error, not an unreachable site.
        const r = parseTarget(url, { bareHost: false });
        if (!r.ok) say([...where, 'url'], 'scale.sites.badUrl', { value: url, reason: r.reason });
        else checkedUrl = r.url;
      }
      const origin = str([...where, 'origin'], s.origin);
      const profile = str([...where, 'profile'], s.profile) ?? dProfile;
      if (!profile) say(where, 'scale.sites.needsProfile');
      const id = str([...where, 'id'], s.id);
      if (id !== undefined && !/^[a-z0-9][a-z0-9._-]{0,79}$/i.test(id)) say([...where, 'id'], 'scale.sites.badId', { value: id });
      const entry: SiteEntry = {
        id: id ?? '',
        idGiven: id !== undefined,
        ...(checkedUrl ? { url: checkedUrl } : {}),
        ...(serve ? { serve: rel(serve) } : {}),
        ...(origin ? { origin } : {}),
        profile: profile ? rel(profile) : '',
        ...((str([...where, 'config'], s.config) ?? dConfig) ? { config: rel((s.config as string | undefined) ?? dConfig!) } : {}),
        timeLimitMs: limit([...where, 'timeLimit'], s.timeLimit) ?? dLimit ?? topLimit,
        at: locate(src as SourceFile<unknown>, where),
      };
      const maxPages = posInt([...where, 'maxPages'], s.maxPages, 1000) ?? dMaxPages;
      if (maxPages !== undefined) entry.maxPages = maxPages;
      const lighthouse = bool([...where, 'lighthouse'], s.lighthouse) ?? dLighthouse;
      if (lighthouse !== undefined) entry.lighthouse = lighthouse;
      sites.push(entry);
    });
  }
  if (problems.length) throw new InputError(t(lang, 'scale.sites.invalid', { file }), problems);
  return { file, concurrency, sites };
}

/** Gives every site without an id one from its organisation's name, and refuses two sites with one id. */
export function assignIds(file: string, sites: SiteEntry[], organisationOf: (s: SiteEntry) => string, lang: Lang = 'en'): void {
  const problems: Problem[] = [];
  const seen = new Map<string, SiteEntry>();
  for (const s of sites) {
    if (!s.idGiven) s.id = historySlug(organisationOf(s));
    const other = seen.get(s.id);
    if (other) problems.push({ file, line: s.at.line, column: s.at.column, severity: 'error', message: t(lang, 'scale.sites.duplicateId', { id: s.id, line: other.at.line }) });
    else seen.set(s.id, s);
  }
  if (problems.length) throw new InputError(t(lang, 'scale.sites.invalid', { file }), problems);
}
