/**
 * The `data:` section of readiness.config.yaml: which exports to read and how.
 *
 * ```yaml
 * data:
 *   timezone: America/Bogota            # default: the profile's
 *   businessHours: "Mo-Fr 08:00-18:00"  # default: the profile's targets.serviceHours
 *   sources:
 *     - { kind: tickets, file: exports/zendesk-*.csv, mapping: zendesk, columns: { channel: "Canal" } }
 *     - { kind: pqrs, file: exports/pqrs.xlsx, sheet: Radicados }
 * ```
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Lang, Profile } from '../types.js';
import type { Problem } from '../util/yaml-source.js';
import { parseDuration } from '../util/duration.js';
import { isKind, type DataKind } from './fields.js';
import { DEFAULT_MAPPING, mappingById, type DateOrder, type DurationUnit } from './mappings.js';
import type { FileFormat } from './read/types.js';
import type { SourceLocations, SourceSpec } from './load.js';
export { checkDataConfig } from './config-check.js';
import { t } from '../i18n/index.js';
import { BusinessCalendar, parseWeeklyHours } from './calendar.js';
import { Zone } from './values.js';
import { parsePromise, type Promise_ } from './metrics/tickets.js';

export interface DataSourceConfig {
  name?: string;
  kind: DataKind;
  file?: string;
  files?: string[];
  mapping?: string;
  columns?: Record<string, string>;
  format?: FileFormat;
  encoding?: string;
  delimiter?: string;
  sheet?: string | number;
  records?: string;
  timezone?: string;
  dateFormat?: 'auto' | DateOrder;
  units?: Record<string, DurationUnit>;
  channel?: string;
  scales?: { ces?: number; csat?: number };
  promises?: Record<string, string | number>;
  terms?: Record<string, number>;
  from?: string;
  to?: string;
  /** Where the source was written (filled by readConfig; not part of the file). */
  at?: SourceLocations;
}

export interface DataConfig {
  sources: DataSourceConfig[];
  timezone?: string;
  businessHours?: string;
  holidays?: string | false;
  businessDays?: string[];
  minSample?: number | Record<string, number>;
  ringSeconds?: number;
  from?: string;
  to?: string;
  asOf?: string;
}

const WEEKDAYS: Record<string, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
export const DEFAULT_BUSINESS_HOURS = 'Mo-Fr 08:00-18:00';
export const DEFAULT_MIN_SAMPLE = 30;
export const RING_SECONDS = 4;

/** Files matching a pattern with `*`, `?` and `**` (sorted); the path itself when it has no wildcard. */
export function expandGlob(pattern: string): string[] {
  if (!/[*?[]/.test(pattern)) return [pattern];
  const abs = path.resolve(pattern);
  const parts = abs.split(path.sep);
  let i = parts.findIndex((p) => /[*?[]/.test(p));
  const root = parts.slice(0, i).join(path.sep) || path.sep;
  const rest = parts.slice(i);
  const out: string[] = [];
  const toRe = (seg: string) => new RegExp(`^${seg.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  const walk = (dir: string, k: number) => {
    if (k === rest.length) {
      out.push(dir);
      return;
    }
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    const seg = rest[k];
    if (seg === '**') {
      walk(dir, k + 1);
      for (const e of entries) {
        const p = path.join(dir, e);
        if (statSync(p).isDirectory()) walk(p, k);
      }
      return;
    }
    const re = toRe(seg);
    for (const e of entries.sort()) {
      if (!re.test(e)) continue;
      const p = path.join(dir, e);
      if (k === rest.length - 1 ? statSync(p).isFile() : statSync(p).isDirectory()) walk(p, k + 1);
    }
  };
  i = 0;
  walk(root, i);
  return [...new Set(out)].sort();
}

function dayStart(s: string | undefined, zone: Zone, endOfDay = false): number | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + (endOfDay ? 86_400_000 - 1 : 0);
  return zone.toUtc(wall);
}

export interface DataSetup {
  specs: SourceSpec[];
  calendar: BusinessCalendar;
  country: string;
  ringTargetMs: number;
  minSample: number | Record<string, number>;
}

/** Turns the config's sources into load specs: defaults from the profile, globs expanded, calendar built. */
export function setupData(data: DataConfig, profile: Profile | undefined, lang: Lang = 'en'): { setup: DataSetup; problems: Problem[] } {
  const problems: Problem[] = [];
  const org = profile?.organisation;
  const country = (org?.country ?? 'CO').toUpperCase();
  const zoneName = data.timezone ?? org?.timezone ?? 'UTC';
  const zone = new Zone(Zone.isValid(zoneName) ? zoneName : 'UTC');
  const hoursSpec = data.businessHours ?? (typeof profile?.targets?.serviceHours === 'string' ? profile.targets.serviceHours : undefined) ?? DEFAULT_BUSINESS_HOURS;
  const hours = parseWeeklyHours(hoursSpec) ?? parseWeeklyHours(DEFAULT_BUSINESS_HOURS)!;
  const businessWeekdays = data.businessDays?.map((d) => WEEKDAYS[d.slice(0, 2).toLowerCase()]).filter((d) => d !== undefined);
  const calendar = new BusinessCalendar({ zone, hours, country: data.holidays === false ? undefined : (data.holidays ?? country), businessWeekdays });
  const rings = typeof profile?.targets?.answerWithinRings === 'number' ? profile.targets.answerWithinRings : 3;
  const ringTargetMs = rings * (data.ringSeconds ?? RING_SECONDS) * 1000;
  const locale = org?.locale ?? (country === 'US' ? 'en-US' : 'es-CO');
  const defaultDateOrder: DateOrder = /^en-US/i.test(locale) ? 'mdy' : 'dmy';
  const defaultPromise = typeof profile?.targets?.resolution === 'string' ? profile.targets.resolution : undefined;

  const specs: SourceSpec[] = [];
  data.sources.forEach((s, i) => {
    if (!isKind(s.kind)) return;
    const mapping = mappingById(s.mapping ?? DEFAULT_MAPPING[s.kind]) ?? mappingById(DEFAULT_MAPPING[s.kind])!;
    const patterns = s.files ?? (s.file ? [s.file] : []);
    const files = patterns.flatMap(expandGlob);
    for (const p of patterns) {
      const found = expandGlob(p);
      const missing = found.length === 0 || (found.length === 1 && found[0] === p && !exists(p));
      if (missing) {
        const loc = s.at?.file;
        problems.push({ file: loc?.file ?? p, line: loc?.line ?? 1, column: loc?.column ?? 1, severity: 'error', message: /[*?[]/.test(p) ? t(lang, 'data.map.noFiles', { pattern: p }) : t(lang, 'data.read.notFoundAt', { file: p }) });
      }
    }
    const srcZone = s.timezone && Zone.isValid(s.timezone) ? new Zone(s.timezone) : zone;
    const promises: Record<string, Promise_> = {};
    if (defaultPromise && parsePromise(defaultPromise)) promises.default = parsePromise(defaultPromise)!;
    for (const [type, v] of Object.entries(s.promises ?? {})) {
      const p = parsePromise(v);
      if (p) promises[type.toLowerCase()] = p;
    }
    specs.push({
      name: s.name ?? `${s.kind}${data.sources.filter((x) => x.kind === s.kind).length > 1 ? ` ${i + 1}` : ''}`,
      kind: s.kind,
      files: files.filter(exists),
      mapping,
      columns: s.columns,
      read: { format: s.format, encoding: s.encoding, delimiter: s.delimiter, sheet: s.sheet, records: s.records },
      zone: srcZone,
      dateOrder: s.dateFormat && s.dateFormat !== 'auto' ? s.dateFormat : undefined,
      defaultDateOrder,
      units: s.units,
      from: dayStart(s.from ?? data.from, srcZone),
      to: dayStart(s.to ?? data.to, srcZone, true),
      channel: s.channel,
      scales: s.scales ? { ces: s.scales.ces ?? 7, csat: s.scales.csat ?? 5 } : undefined,
      promises: Object.keys(promises).length ? promises : undefined,
      terms: s.terms ? { ...defaultTerms(), ...Object.fromEntries(Object.entries(s.terms).map(([k, v]) => [k.toLowerCase(), v])) } : undefined,
      asOf: dayStart(data.asOf, srcZone, true),
      at: s.at,
    });
  });
  return { setup: { specs, calendar, country, ringTargetMs, minSample: data.minSample ?? DEFAULT_MIN_SAMPLE }, problems };
}

function defaultTerms(): Record<string, number> {
  return { peticion: 15, queja: 15, reclamo: 15, sugerencia: 15, denuncia: 15, informacion: 10, consulta: 30 };
}

function exists(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export { parseDuration };
