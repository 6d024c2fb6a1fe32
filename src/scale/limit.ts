/**
 * A time limit around one audit: past it the audit's signal aborts (no further step
 * starts), and the caller gets TimeLimitError naming the step it was in. Work already
 * running ends within its own bounds (a page's timeout, a Lighthouse run's).
 */
export class TimeLimitError extends Error {
  constructor(public readonly limitMs: number, public readonly step: string) {
    super(`time limit of ${Math.round(limitMs / 1000)} s reached during ${step}`);
    this.name = 'TimeLimitError';
  }
}

export interface LimitControl {
  signal: AbortSignal;
  /** Records the step now running (said when the limit is reached). */
  step(name: string): void;
  /** Milliseconds left (Infinity without a limit). */
  left(): number;
}

export async function withinLimit<T>(limitMs: number | undefined, work: (ctl: LimitControl) => Promise<T>, firstStep = 'start'): Promise<T> {
  const controller = new AbortController();
  let step = firstStep;
  const deadline = limitMs ? Date.now() + limitMs : Infinity;
  const ctl: LimitControl = { signal: controller.signal, step: (s) => (step = s), left: () => deadline - Date.now() };
  if (!limitMs) return work(ctl);
  let timer: NodeJS.Timeout | undefined;
  const running = work(ctl);
  running.catch(() => undefined);
  try {
    return await Promise.race([
      running,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new TimeLimitError(limitMs, step));
        }, limitMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** "90s", "5m", "1h", "1500ms" or a number of seconds → milliseconds; undefined when unreadable. */
export function parseTimeLimit(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? Math.round(v * 1000) : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/i.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const ms = n * (unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'h' ? 3_600_000 : 60_000);
  return ms > 0 ? Math.round(ms) : undefined;
}
