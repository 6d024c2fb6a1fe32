/**
 * Percentiles of a stream of non-negative values in bounded memory. Up to `cap`
 * values are kept exactly (nearest-rank percentiles, the figure a consultant can
 * recompute by hand); past that, values fold into a logarithmic histogram whose
 * buckets are 1 % wide, so a p90 is within ±0.5 % and memory stays flat however
 * long the export is.
 */
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);

export const EXACT_CAP = 100_000;
const BUCKETS = 4096;
let lastValue = NaN;
let lastBucket = 0;

export class Quantiles {
  private exact: Float64Array;
  private n = 0;
  private sum = 0;
  /** Counts per 1 % bucket (bucket k holds values in [1.01^k, 1.01^(k+1)) ms): 4,096 cover a century. */
  private hist: Uint32Array | undefined;
  private zeros = 0;
  private sorted = false;

  constructor(private readonly cap = EXACT_CAP) {
    this.exact = new Float64Array(Math.min(1024, cap));
  }

  get count(): number {
    return this.n;
  }

  get approximate(): boolean {
    return this.hist !== undefined;
  }

  get mean(): number | undefined {
    return this.n ? this.sum / this.n : undefined;
  }

  add(v: number): void {
    this.n++;
    this.sum += v;
    if (this.hist) {
      this.bucket(v);
      return;
    }
    if (this.n > this.exact.length) {
      if (this.exact.length >= this.cap) {
        this.hist = new Uint32Array(BUCKETS);
        for (let i = 0; i < this.n - 1; i++) this.bucket(this.exact[i]);
        this.exact = new Float64Array(0);
        this.bucket(v);
        return;
      }
      const grown = new Float64Array(Math.min(this.cap, this.exact.length * 2));
      grown.set(this.exact);
      this.exact = grown;
    }
    this.exact[this.n - 1] = v;
    this.sorted = false;
  }

  private bucket(v: number): void {
    if (v <= 1) {
      this.zeros++;
      return;
    }
    // The same value often goes to two series in a row (all tickets and its channel): one logarithm.
    if (v !== lastValue) {
      lastValue = v;
      lastBucket = Math.min(BUCKETS - 1, Math.floor(Math.log(v) / LOG_GROWTH));
    }
    this.hist![lastBucket]++;
  }

  /** Nearest-rank percentile (p in 0..1): the ⌈p·n⌉-th smallest value. */
  quantile(p: number): number | undefined {
    if (this.n === 0) return undefined;
    const rank = Math.max(1, Math.ceil(p * this.n));
    if (!this.hist) {
      if (!this.sorted) {
        const view = this.exact.subarray(0, this.n);
        view.sort();
        this.sorted = true;
      }
      return this.exact[rank - 1];
    }
    if (rank <= this.zeros) return 0;
    let seen = this.zeros;
    const h = this.hist;
    for (let k = 0; k < h.length; k++) {
      seen += h[k];
      if (seen >= rank) return Math.sqrt(GROWTH ** k * GROWTH ** (k + 1));
    }
    return GROWTH ** h.length;
  }
}

/** Nearest-rank percentile of a small array (for tests and per-type tables). */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(1, Math.ceil(p * s.length)) - 1];
}
