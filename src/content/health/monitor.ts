// "Never silent": checks that the page still has what the adapter needs when it starts, after each
// reply and when a send fails, and reports what is missing on the page and to the popup. A report
// clears itself as soon as the element turns up, so support is never shown broken where it works.
import type { SiteAdapter } from '../adapters/types';
import { ask } from '../bridge/background';
import { HealthBadge } from './badge';
import { healthMessage, missingElements, type Seen } from './check';
import { Deadline } from './deadline';

/** How long a reply may show as being written with nothing in the thread changing. */
export const REPLY_STALL_MS = 3 * 60_000;
/** While something is missing, the page is looked at again at most this often. */
const RECHECK_MS = 250;
/** How long a thread stays still before a reply it lacks counts as not found. */
export const QUIET_MS = 5_000;
/** Longest the check after a reply waits for the browser to be idle. */
const AFTER_REPLY_WAIT_MS = 1_000;

export class HealthMonitor {
  private readonly badge: HealthBadge;
  private reported: string | undefined;
  private recheck: MutationObserver | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** The check after a reply, waiting for idle time. */
  private idleCheck: number | undefined;
  private stalled = false;
  private quiet = false;
  private readonly stall = new Deadline(REPLY_STALL_MS, () => {
    this.stalled = true;
    this.check();
  });
  private readonly stillness = new Deadline(QUIET_MS, () => {
    this.quiet = true;
    this.check();
  });

  constructor(
    private readonly adapter: SiteAdapter,
    /** What the page looks like now, as the adapter reads it. */
    private readonly look: () => Omit<Seen, 'stalled' | 'quiet'>,
    private readonly signal: AbortSignal,
  ) {
    this.badge = new HealthBadge(signal);
    signal.addEventListener(
      'abort',
      () => {
        this.recheck?.disconnect();
        clearTimeout(this.pending);
        if (this.idleCheck !== undefined) cancelIdleCallback(this.idleCheck);
        this.stall.cancel();
        this.stillness.cancel();
      },
      { once: true },
    );
  }

  /** Checks now, and says so if the answer changed. */
  check(): void {
    if (this.signal.aborted || !this.adapter.isChatRoute(new URL(location.href))) return;
    const seen = { ...this.look(), stalled: this.stalled, quiet: this.quiet };
    const missing = missingElements(this.adapter, seen);
    this.watchUntilWhole(missing.length > 0);
    const key = missing.join();
    if (key === this.reported) return;
    this.reported = key;
    this.badge.show(healthMessage(this.adapter.site.name, missing));
    void ask('health.report', { missing }).catch(() => {});
  }

  /**
   * Checks once the browser has drawn the reply that just ended. Checked at once, the page's
   * layout is out of date after the reply's last changes, and finding whether the composer shows
   * lays the whole conversation out again in our time: 4 ms after a long reply.
   */
  checkAfterReply(): void {
    if (this.idleCheck !== undefined || this.signal.aborted) return;
    this.idleCheck = requestIdleCallback(
      () => {
        this.idleCheck = undefined;
        this.check();
      },
      { timeout: AFTER_REPLY_WAIT_MS },
    );
  }

  /** The thread changed: a reply shown as being written has not stalled (yet). */
  threadChanged(streaming: boolean): void {
    this.quiet = false;
    this.stillness.push();
    if (this.stalled) {
      this.stalled = false;
      this.check();
    }
    if (streaming) this.stall.push();
    else this.stall.cancel();
  }

  /** While something is missing, each change to the page may bring it: look again, not too often. */
  private watchUntilWhole(broken: boolean): void {
    if (!broken) {
      this.recheck?.disconnect();
      this.recheck = undefined;
      return;
    }
    if (this.recheck) return;
    this.recheck = new MutationObserver(() => {
      this.pending ??= setTimeout(() => {
        this.pending = undefined;
        this.check();
      }, RECHECK_MS);
    });
    this.recheck.observe(document.body, { childList: true, subtree: true, attributes: true });
  }
}
