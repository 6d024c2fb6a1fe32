/**
 * `readiness data inspect FILE [--kind K]`: a thin layer over `inspectFile` in
 * src/data/inspect.ts. Reads ./readiness.config.yaml (or -c) when present, so a file
 * a data source names is inspected with that source's mapping and column overrides.
 */
import { existsSync } from 'node:fs';
import type { IO } from '../main.js';
import { EXIT, UserError } from '../exit.js';
import { findConfig, loadConfig } from '../../config/load.js';
import type { Lang, Profile } from '../../types.js';

export interface DataInspectOptions {
  kind?: string;
  mapping?: string;
  sheet?: string;
  encoding?: string;
  delimiter?: string;
  config?: string;
  profile?: string;
  lang?: Lang;
  json?: boolean;
}

export async function run(file: string, opts: DataInspectOptions, io: IO): Promise<number> {
  const { inspectFile, renderInspect } = await import('../../data/inspect.js');
  const { KINDS } = await import('../../data/fields.js');
  const { MAPPINGS } = await import('../../data/mappings.js');
  if (opts.kind && !(KINDS as readonly string[]).includes(opts.kind)) throw new UserError({ id: 'data.cli.badKind', values: { kinds: KINDS.join(', '), got: opts.kind } });
  if (opts.mapping && !MAPPINGS.some((m) => m.id === opts.mapping)) throw new UserError({ id: 'data.cli.badMapping', values: { mappings: MAPPINGS.map((m) => m.id).join(', '), got: opts.mapping } });
  if (opts.config && !existsSync(opts.config)) throw new UserError({ id: 'cli.configNotFound', values: { file: opts.config } });
  const configFile = opts.config ?? findConfig();
  const config = configFile ? loadConfig(configFile) : undefined;
  const lang: Lang = opts.lang ?? config?.output?.lang ?? 'en';
  let profile: Profile | undefined;
  const profileFile = opts.profile ?? config?.profile;
  if (profileFile) profile = (await import('../../profile/load.js')).readProfile(profileFile).profile;
  const sheet = opts.sheet !== undefined && /^\d+$/.test(opts.sheet) ? Number(opts.sheet) : opts.sheet;
  const result = await inspectFile(file, { kind: opts.kind as never, mapping: opts.mapping, sheet, encoding: opts.encoding, delimiter: opts.delimiter, data: config?.data, profile, lang });
  if (opts.json) {
    const { source, ...rest } = result;
    io.stdout.write(JSON.stringify({ ...rest, source: source && { ...source, files: source.files.map(({ samples: _s, header: _h, ...f }) => f) } }, null, 2) + '\n');
  } else {
    io.stdout.write(renderInspect(result, lang));
  }
  if (result.error) return EXIT.usage;
  // A file the audit could not use at all: say so with the exit code too.
  if (result.source && result.source.used === 0) return EXIT.usage;
  if (result.missing.some((m) => m.required)) return EXIT.usage;
  return EXIT.ok;
}
