// Reconnect delays: exponential backoff with full jitter, so many workers never retry in step.
export interface BackoffOptions {
  /** Upper bound of the first delay; kept small so the first retry comes well under a second. */
  baseMs?: number;
  capMs?: number;
  /** Returns a number in [0, 1); injectable for tests. */
  random?: () => number;
}

export const DEFAULT_BASE_MS = 400;
export const DEFAULT_CAP_MS = 30_000;

/** The largest delay attempt `attempt` (0-based) may wait. */
export function ceilingFor(attempt: number, baseMs = DEFAULT_BASE_MS, capMs = DEFAULT_CAP_MS) {
  // 2 ** attempt reaches Infinity for huge attempts; Math.min still yields capMs.
  return Math.min(capMs, baseMs * 2 ** attempt);
}

export class Backoff {
  private readonly baseMs: number;
  private readonly capMs: number;
  private readonly random: () => number;
  private count = 0;

  constructor(options: BackoffOptions = {}) {
    this.baseMs = options.baseMs ?? DEFAULT_BASE_MS;
    this.capMs = options.capMs ?? DEFAULT_CAP_MS;
    this.random = options.random ?? Math.random;
  }

  /** How many delays have been handed out since the last reset. */
  get attempt(): number {
    return this.count;
  }

  /** The delay before the next attempt, in milliseconds; advances the attempt count. */
  next(): number {
    const ceiling = ceilingFor(this.count, this.baseMs, this.capMs);
    this.count++;
    return this.random() * ceiling;
  }

  /** Call after a successful connection so the next failure starts small again. */
  reset(): void {
    this.count = 0;
  }
}
