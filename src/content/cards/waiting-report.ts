// Tells the background which of this tab's cards wait for Run, so the popup can list them: the
// server and tool only, never the arguments. Sent when the list changes, and emptied at the end.
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { CallName } from '../../shared/storage/items';
import { ask } from '../bridge/background';

/** The contract's limit; a reply with more cards than this is not a case worth a second message. */
const MAX_REPORTED = 50;
/** Cards change state in bursts while a reply streams: one message per burst. */
const SETTLE_MS = 100;

export class WaitingReport {
  private readonly calls = new Map<string, CallName>();
  private sent = '[]';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(signal: AbortSignal) {
    // The cards leave with this run (site turned off, page left): so does what they waited for.
    signal.addEventListener(
      'abort',
      () => {
        this.calls.clear();
        this.flush();
      },
      { once: true },
    );
  }

  /** The card `key` now waits for Run with this call, or (undefined) no longer does. */
  note(key: string, call: ToolCall | undefined): void {
    if (call)
      this.calls.set(
        key,
        call.server ? { server: call.server, tool: call.tool } : { tool: call.tool },
      );
    else if (!this.calls.delete(key)) return;
    this.timer ??= setTimeout(() => this.flush(), SETTLE_MS);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const calls = [...this.calls.values()].slice(0, MAX_REPORTED);
    const json = JSON.stringify(calls);
    if (json === this.sent) return;
    this.sent = json;
    void ask('cards.waiting', { calls }).catch(() => {});
  }
}
