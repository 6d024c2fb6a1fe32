/**
 * Node's young generation, held small while a crawl runs.
 *
 * The crawl's own allocations are short-lived (DevTools messages, one page's snapshot at
 * a time), yet V8 doubles the young generation's semi-spaces whenever much survives a
 * scavenge — loading modules does (Puppeteer, the evidence builder) — from 1 MB up to
 * 16 MB each, and does not give them back while the process stays busy: up to ~30 MB of
 * Node's memory beside the browser for no speed the crawl needs (measured in
 * bench/probe-bench.js). Their largest size is fixed when Node starts
 * (`--max-semi-space-size`, which would also bind the data loaders), but V8 reads two
 * flags as it goes, so the hold is scoped to the crawl: the growth factor, read each time
 * the semi-spaces grow (1: they stay as they are), and `--optimize-for-size`, under which
 * the next full collection shrinks them back to their starting size — on only until that
 * has happened (`checkYoungGeneration`, called after each page), as it also makes V8
 * collect the old generation more often. Both go back to what they were once no hold
 * remains. Holds that overlap (a portfolio's crawls) are shared.
 *
 * The flags are the whole process's: work running beside a crawl in the same process
 * (another site's data loaders, in a portfolio) is held too.
 */
import v8 from 'node:v8';

/** The young generation's size when Node starts: two 1 MB semi-spaces, or one step above. */
const SMALL = 2 * 1024 * 1024;

const startFlags = (): string[] => [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].map((f) => f.replace(/_/g, '-'));

/** V8's default growth factor, unless Node was started with another. */
function startFactor(): string {
  for (const f of startFlags()) {
    const m = /^--semi-space-growth-factor=(\d+)$/.exec(f);
    if (m) return m[1]!;
  }
  return '2';
}

/** The young generation's current size in bytes (0 when V8 does not say). */
export function youngGenerationSize(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

let holders = 0;
let shrinking = false;

function stopShrinking(): void {
  if (!shrinking) return;
  shrinking = false;
  if (!startFlags().includes('--optimize-for-size')) v8.setFlagsFromString('--no-optimize-for-size');
}

/** Keeps the young generation from growing, and lets it shrink, until the returned function is called (once). */
export function holdYoungGeneration(): () => void {
  if (holders++ === 0) {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    if (youngGenerationSize() > SMALL) {
      shrinking = true;
      v8.setFlagsFromString('--optimize-for-size');
    }
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) {
      v8.setFlagsFromString(`--semi-space-growth-factor=${startFactor()}`);
      stopShrinking();
    }
  };
}

/** Runs `work` with the young generation held (holdYoungGeneration), released however it ends. */
export async function withYoungGenerationHeld<T>(work: () => Promise<T>): Promise<T> {
  const release = holdYoungGeneration();
  try {
    return await work();
  } finally {
    release();
  }
}

/** Ends the shrinking once the young generation is back to its starting size. Cheap: call it after each page. */
export function checkYoungGeneration(): void {
  if (shrinking && youngGenerationSize() <= SMALL) stopShrinking();
}
