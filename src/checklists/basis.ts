/**
 * Every basis id of DOMAIN.md, by source. Checks cite these so a score can be
 * traced back to the statement that motivates it; the test suite checks that each
 * one is cited by at least one built-in check.
 */
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

export const BASIS_BY_SOURCE: Record<string, string[]> = {
  'daccach-self-service': range('SS', 9),
  'sqi-high-tech-high-touch': range('HT', 6),
  'eobs-360-view': range('V360', 6),
  'izo-digital-postsale': range('PS', 9),
  'cun-it-service-gaps': [...range('GAP', 11), ...range('OS', 5), ...range('MOD', 5)],
};

export const BASIS_IDS: ReadonlySet<string> = new Set(Object.values(BASIS_BY_SOURCE).flat());
