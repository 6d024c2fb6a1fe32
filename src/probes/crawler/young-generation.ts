/**
 * Node's young generation, held small while a crawl runs.
 *
 * The crawl's own allocations are short-lived (DevTools messages, one page's snapshot at
 * a time), yet V8 doubles the young generation's semi-spaces whenever much survives a
 * scavenge — loading modules does — from 1 MB up to 16 MB each, and never gives them back
 * while the process stays busy: up to ~30 MB of Node's memory beside the browser for no
 * speed the crawl needs (measured in bench/probe-bench.js). Their largest size is fixed
 * when Node starts (`--max-semi-space-size`, which would also bind the data loaders),
 * but two things V8 reads at run time scope it to the crawl: the growth factor, read
 * each time the semi-spaces grow (1: they stay as they are), and `--optimize-for-size`,
 * under which a full collection shrinks them back to their starting size. So a hold
 * shrinks them once with one full collection (~10-30 ms) and keeps them there; the
 * growth factor goes back to what it was once no crawl runs. Crawls that overlap (a
 * portfolio) share the hold.
 */
import v8 from 'node:v8';

const startFlags = (): string[] => [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].map((f) => f.replace(/_/g, '-'));

/** V8's default growth factor, unless Node was started with another. */
function startFactor(): string {
  for (const f of startFlags()) {
    const m = /^--semi-space-growth-factor=(\d+)$/.exec(f);
    if (m) return m[1]!;
  }
  return '2';
}

let holders = 0;

/** Keeps the young generation from growing until the returned function is called (once). */
export function holdYoungGeneration(): () => void {
  if (holders++ === 0) {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) v8.setFlagsFromString(`--semi-space-growth-factor=${startFactor()}`);
  };
}
