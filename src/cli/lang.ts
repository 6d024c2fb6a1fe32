/**
 * The language the command line speaks to its user: `--lang` on the command when given,
 * else READINESS_LANG, else English. Read from the arguments directly because errors
 * can happen before (or while) the options are parsed.
 */
import type { Lang } from '../types.js';

export function cliLang(argv: readonly string[] = process.argv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = i < 0 ? process.env.READINESS_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return given === 'es' ? 'es' : 'en';
}
