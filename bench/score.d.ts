/** Types of bench/score.js, for the TypeScript tests that share it. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
}
export declare const SET_SIGNALS: Set<string>;
export declare const PRESENCE_SIGNALS: Set<string>;
export declare function score(
  tallies: Map<string, Tally>,
  site: string,
  labels: Record<string, unknown>,
  evidence: Record<string, { value?: unknown; error?: { message: string }; sources?: unknown[] }>,
): void;
export declare function precision(t: Tally): number;
export declare function recall(t: Tally): number;
export declare function table(tallies: Map<string, Tally>): string;
