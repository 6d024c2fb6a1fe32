/**
 * `--history DIR` (or `history:` in the config) for the commands that make a report
 * (`audit`, `merge`): the report gains the trend before it is rendered, and is kept in
 * the folder afterwards, with the retention applied. Light to import: the history
 * module loads only when a folder is given.
 */
import type { IO } from '../main.js';
import { UserError } from '../exit.js';
import type { Config } from '../../config/load.js';
import type { HistoryConfig } from '../../history/types.js';
import type { Lang, Report } from '../../types.js';

export interface HistoryCliOptions {
  history?: string;
  historyKeep?: number;
}

export interface HistoryOption {
  attach(report: Report): void;
  save(report: Report): void;
}

export async function openHistoryOption(opts: HistoryCliOptions, config: Config | undefined, lang: Lang, io: IO): Promise<HistoryOption | undefined> {
  const withHistory = config as (Config & { history?: HistoryConfig }) | undefined;
  if (!opts.history && !withHistory?.history?.dir) return undefined;
  const h = await import('../../history/index.js');
  const fromConfig = h.historyConfig(withHistory);
  const dir = (opts.history ?? fromConfig?.dir)!;
  const keep = opts.historyKeep ?? fromConfig?.keep;
  if (keep !== undefined && (!Number.isInteger(keep) || keep < 1)) throw new UserError({ id: 'scale.history.badKeep', values: { value: String(keep) } });
  const maxAgeMs = h.maxAgeOf(fromConfig?.maxAge);
  const { t } = await import('../../i18n/index.js');
  const store = h.openHistory({ dir, keep, maxAgeMs });
  return {
    attach(report) {
      store.attach(report);
      for (const f of store.skipped) io.stderr.write(`readiness: ${t(lang, 'scale.history.skipped', { file: f })}\n`);
    },
    save(report) {
      const r = store.save(report);
      io.stderr.write(`${t(lang, 'scale.history.saved', { file: r.file, kept: r.kept, removed: r.removed.length })}\n`);
    },
  };
}
