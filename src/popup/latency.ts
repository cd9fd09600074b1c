// Each server's median call time, for its row in the popup.
import { formatDuration } from '../options/activity/format';
import type { CallSummary } from '../shared/messages/views';

/** The call metrics by server name (as they are kept); a server never called has none. */
export function summariesByServer(servers: readonly CallSummary[]): Map<string, CallSummary> {
  return new Map(servers.filter((s) => s.calls > 0).map((s) => [s.server, s]));
}

/** "Median 850 ms over 3 calls". */
export function latencyText({ p50Ms, calls }: CallSummary): string {
  return `Median ${formatDuration(p50Ms)} over ${calls} ${calls === 1 ? 'call' : 'calls'}`;
}
