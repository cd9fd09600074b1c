// Per-server circuit breaker: after repeated failures, calls fail fast instead of waiting on a dead server.
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  threshold?: number;
  /** Time open before one trial call is let through; `Infinity` disables half-open. */
  cooldownMs?: number;
  now?: () => number;
}

export const DEFAULT_THRESHOLD = 3;
export const DEFAULT_COOLDOWN_MS = 30_000;

export class Breaker {
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private count = 0;
  private openedAt: number | undefined;
  /** When the half-open trial was handed out; undefined while none is in flight. */
  private trialAt: number | undefined;

  constructor(options: BreakerOptions = {}) {
    this.threshold = Math.max(1, options.threshold ?? DEFAULT_THRESHOLD);
    this.cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
    this.now = options.now ?? Date.now;
  }

  get failures(): number {
    return this.count;
  }

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half-open' : 'open';
  }

  /** Whether a call may go to the server now; false means fail fast with "server unavailable". */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open') return false;
    // One trial at a time; a trial whose outcome never arrives frees the slot after a cooldown.
    const now = this.now();
    if (this.trialAt !== undefined && now - this.trialAt < this.cooldownMs) return false;
    this.trialAt = now;
    return true;
  }

  /** A call or reconnect succeeded: the server is back, so close. */
  success(): void {
    this.count = 0;
    this.openedAt = undefined;
    this.trialAt = undefined;
  }

  /** A call or reconnect failed. */
  failure(): void {
    this.count++;
    this.trialAt = undefined;
    // Any failure while not closed (a failed trial or reconnect) restarts the cooldown.
    if (this.openedAt !== undefined || this.count >= this.threshold) this.openedAt = this.now();
  }
}
