// A per-server cap on tool calls a minute (issue #14), so a runaway auto mode or a page cannot
// flood a server: enforced on every call, whoever approved it; a call over the cap is not sent.
import { SwitchboardError } from '../../shared/errors';

const MINUTE_MS = 60_000;

export class RateLimiter {
  /** Per server id, when each call of the last minute was let through, oldest first. */
  private readonly sent = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Counts a call to this server, or says why it may not go: the server has had `cap` calls in
   * the last minute. A refused call does not count.
   */
  take(serverId: string, server: string, cap: number): SwitchboardError | undefined {
    const now = this.now();
    const recent = (this.sent.get(serverId) ?? []).filter((at) => now - at < MINUTE_MS);
    if (recent.length >= cap) {
      this.sent.set(serverId, recent);
      const seconds = Math.max(1, Math.ceil((recent[0]! + MINUTE_MS - now) / 1000));
      return new SwitchboardError(
        'rate_limited',
        `This call was not sent: ${server} takes at most ${cap} tool call${cap === 1 ? '' : 's'} a minute, and that many ran in the last minute. Try again in ${seconds} s, or raise the limit in the server’s settings.`,
      );
    }
    recent.push(now);
    this.sent.set(serverId, recent);
    return undefined;
  }
}
