/**
 * The work of one audit as units that can run on different machines, and which shard
 * runs which. Pure.
 *
 * A unit is the smallest piece whose result does not depend on another's:
 *  - `site`: what is derived from the crawl (the crawl's own evidence and the measures
 *    that read it) and the organisation's exports. The crawl itself runs on every shard,
 *    since it lists the pages the other units are chosen from — like a test runner that
 *    lists every test on every shard and runs its share — but only the site unit's shard
 *    keeps its evidence and runs the measures;
 *  - `lighthouse`: one page of those Lighthouse audits, in every form factor and run
 *    (its runs must stay together: the page is judged by their median);
 *  - `journey`: one scripted customer journey of the config (`journeys:`), by name. Its
 *    shard runs it (signing in for it when it needs the session) and saves the run; the
 *    merge rebuilds the journeys' evidence from every shard's runs in the config's order.
 *
 * The plan is the site unit, then the journeys in the config's order, then the
 * Lighthouse pages in their order. Journeys come before the pages because they are
 * known from the config alone: a shard knows which journeys are its own before its
 * crawl has chosen any page, and however many pages Lighthouse ends up with.
 *
 * Units are dealt round-robin in plan order, so every shard can tell from the plan
 * alone which units are its own, and a merge which shard owed a missing one.
 */
export type WorkUnit =
  | { kind: 'site'; id: 'site' }
  | { kind: 'lighthouse'; id: string; url: string; pageKind: string[] }
  | { kind: 'journey'; id: string; name: string };

export interface WorkPlan {
  /** Lighthouse was asked for (false: its keys say it was skipped, and no unit runs it). */
  lighthouse: boolean;
  units: WorkUnit[];
}

export interface ShardSpec {
  /** 1-based. */
  index: number;
  total: number;
}

/** The largest split accepted: past this, shards would mostly crawl. */
export const MAX_SHARDS = 64;

/** "2/4" → { index: 2, total: 4 }; undefined when it is not i/n with 1 ≤ i ≤ n ≤ MAX_SHARDS. */
export function parseShard(arg: string): ShardSpec | undefined {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(arg);
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (index < 1 || total < 1 || index > total || total > MAX_SHARDS) return undefined;
  return { index, total };
}

/**
 * A page's id in the plan: its path when it is on the audited origin, so that shards
 * serving the same folder on different ports (`--serve`) agree; the full URL otherwise.
 */
export function pageUnitId(url: string, origin: string | undefined): string {
  try {
    const u = new URL(url);
    if (origin && u.origin === new URL(origin).origin) return `lighthouse:${u.pathname}${u.search}`;
  } catch {
    /* kept whole */
  }
  return `lighthouse:${url}`;
}

export interface PlanInput {
  lighthouse: boolean;
  /**
   * The pages Lighthouse audits, in its order (choosePages on the crawl's pages, with the
   * page a configured sign-in landed on as gather lists it: the unsplit run's pages).
   */
  lighthousePages: readonly { url: string; kind: readonly string[] }[];
  /** The origin the pages were served from (their ids are relative to it). */
  origin?: string;
  /** Journey names, in the config's order. */
  journeys?: readonly string[];
}

export function planWork(input: PlanInput): WorkPlan {
  const units: WorkUnit[] = [{ kind: 'site', id: 'site' }];
  for (const name of input.journeys ?? []) units.push({ kind: 'journey', id: journeyUnitId(name), name });
  if (input.lighthouse) {
    for (const p of input.lighthousePages) units.push({ kind: 'lighthouse', id: pageUnitId(p.url, input.origin), url: p.url, pageKind: [...p.kind] });
  }
  return { lighthouse: input.lighthouse, units };
}

export function journeyUnitId(name: string): string {
  return `journey:${name}`;
}

/** The plan position of the journey at `index` in the config (they follow the site unit). */
export function journeyPosition(index: number): number {
  return 1 + index;
}

/** The plan position of the page at `index` of those Lighthouse audits (they follow the journeys). */
export function pagePosition(index: number, journeys: number): number {
  return 1 + journeys + index;
}

/** The shard (1-based) that runs the unit at `position` in the plan. */
export function shardOfUnit(position: number, total: number): number {
  return (position % total) + 1;
}

export function unitsOf(plan: WorkPlan, shard: ShardSpec): WorkUnit[] {
  return plan.units.filter((_, i) => shardOfUnit(i, shard.total) === shard.index);
}

/** Plans compared by their units' ids, in order. */
export function samePlan(a: WorkPlan, b: WorkPlan): boolean {
  return a.lighthouse === b.lighthouse && a.units.length === b.units.length && a.units.every((u, i) => u.id === b.units[i]!.id);
}
