/**
 * Checks of the config's `data:` section that the JSON Schema cannot express, run by
 * readConfig on every start — so this module loads nothing heavy (no date-holidays,
 * no parsers).
 */
import type { Lang } from '../types.js';
import type { Problem } from '../util/yaml-source.js';
import { FIELDS } from './fields.js';
import { MAPPINGS, mappingById } from './mappings.js';
import { t } from '../i18n/index.js';
import { parseWeeklyHours } from './hours.js';
import { Zone } from './values.js';
import { parsePromise } from './metrics/tickets.js';
import type { DataConfig } from './config.js';

interface Location {
  file: string;
  line: number;
  column: number;
}

type Locate = (p: (string | number)[], key?: boolean) => { line: number; column: number };

/**
 * Cross-reference rules the schema cannot express (mapping ids by kind, field
 * names by kind, time zones, hours), each located in the config file; and the
 * positions of every source, kept so that a column missing from a data file later
 * points back at the config line that named it.
 */
export function checkDataConfig(data: DataConfig, file: string, locate: Locate, resolve: (p: string) => string, lang: Lang = 'en'): Problem[] {
  const problems: Problem[] = [];
  const at = (p: (string | number)[], key = false): Location => ({ file, ...locate(p, key) });
  const problem = (p: (string | number)[], message: string, key = false) => problems.push({ file, ...locate(p, key), severity: 'error', message });
  if (data.timezone && !Zone.isValid(data.timezone)) problem(['data', 'timezone'], t(lang, 'data.config.unknownZone', { zone: data.timezone }));
  if (data.businessHours && !parseWeeklyHours(data.businessHours)) problem(['data', 'businessHours'], t(lang, 'data.config.badHours', { hours: data.businessHours }));
  data.sources.forEach((s, i) => {
    const base = ['data', 'sources', i];
    if (s.mapping !== undefined) {
      const m = mappingById(s.mapping);
      if (!m || m.kind !== s.kind) {
        const available = MAPPINGS.filter((x) => x.kind === s.kind).map((x) => x.id).join(', ');
        problem([...base, 'mapping'], t(lang, 'data.map.unknownMapping', { mapping: s.mapping, kind: s.kind, available }));
      }
    }
    const fields = Object.keys(FIELDS[s.kind] ?? {});
    for (const f of Object.keys(s.columns ?? {})) {
      if (!fields.includes(f)) problem([...base, 'columns', f], t(lang, 'data.map.unknownField', { field: f, kind: s.kind, fields: fields.join(', ') }), true);
    }
    for (const f of Object.keys(s.units ?? {})) {
      if (!fields.includes(f)) problem([...base, 'units', f], t(lang, 'data.map.unknownField', { field: f, kind: s.kind, fields: fields.join(', ') }), true);
    }
    if (s.timezone && !Zone.isValid(s.timezone)) problem([...base, 'timezone'], t(lang, 'data.config.unknownZone', { zone: s.timezone }));
    for (const [type, v] of Object.entries(s.promises ?? {})) {
      if (!parsePromise(v)) problem([...base, 'promises', type], t(lang, 'data.config.badPromise', { promise: String(v) }));
    }
    s.at = {
      source: at(base),
      mapping: s.mapping !== undefined ? at([...base, 'mapping']) : undefined,
      file: at([...base, s.file !== undefined ? 'file' : 'files']),
      columns: Object.fromEntries(Object.keys(s.columns ?? {}).map((f) => [f, at([...base, 'columns', f])])),
    };
    if (s.file) s.file = resolve(s.file);
    if (s.files) s.files = s.files.map(resolve);
  });
  return problems;
}
