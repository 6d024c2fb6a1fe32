/**
 * The organisation's own records as evidence: the gather-phase entry point
 * (`gatherData`) and what `readiness data inspect` uses. Loaded only when a config
 * has a `data:` section or the data command runs.
 */
import type { Evidence, Lang, Profile } from '../types.js';
import { InputError } from '../util/errors.js';
import type { DataConfig } from './config.js';
import { setupData } from './config.js';
import { loadSource, type SourceResult } from './load.js';
import { dataEvidence } from './evidence.js';
import { t } from '../i18n/index.js';
import { displayFile } from './evidence.js';

export interface GatherDataOptions {
  data: DataConfig;
  profile?: Profile;
  lang?: Lang;
  log?: (line: string) => void;
  onProgress?: (rows: number) => void;
}

export interface GatherDataResult {
  evidence: Evidence;
  results: SourceResult[];
  minSample: number | Record<string, number>;
}

/** Reads every configured export and turns its figures into evidence; config and input problems throw InputError (exit 2). */
export async function gatherData(opts: GatherDataOptions): Promise<GatherDataResult> {
  const lang = opts.lang ?? 'en';
  const { setup, problems } = setupData(opts.data, opts.profile, lang);
  if (problems.length) throw new InputError(t(lang, 'data.error.sourcesNotFound'), problems);
  const results: SourceResult[] = [];
  for (const spec of setup.specs) {
    const r = await loadSource(spec, { calendar: setup.calendar, country: setup.country, ringTargetMs: setup.ringTargetMs, lang, onProgress: opts.onProgress });
    results.push(r);
    if (opts.log) {
      opts.log(t(lang, 'data.progress.loaded', { name: r.name, kind: { msg: { id: `data.kind.${r.kind}` } }, files: r.files.map((f) => displayFile(f.file)).join(', '), used: r.used, read: r.rows, excluded: r.excluded }));
      for (const b of r.bad) {
        const s = b.samples[0];
        opts.log(`  ${t(lang, 'data.progress.bad', { reason: { msg: { id: b.reason } }, count: b.count, where: s ? `${displayFile(s.file)}:${s.n}` : '' })}`);
      }
      for (const n of r.notes) opts.log(`  ${t(lang, n.id, n.values)}`);
    }
  }
  const evidence = dataEvidence(results, { profile: opts.profile, lang });
  return { evidence, results, minSample: setup.minSample };
}

export { loadSource, type SourceResult, type SourceSpec } from './load.js';
export { setupData, checkDataConfig, type DataConfig, type DataSourceConfig } from './config.js';
export { MAPPINGS, mappingById } from './mappings.js';
export { KINDS, FIELDS, type DataKind } from './fields.js';
