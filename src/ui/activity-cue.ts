// Word that calls happened, passed on to a page's listeners once a burst of it is over, and only
// while the page can be seen. A call brings two pushes (it started, it was recorded); asking for
// the activity on each would redo a page's heaviest request while the call is still in flight.

/** Quiet time after the last push before listeners hear of it. */
export const ACTIVITY_SETTLE_MS = 150;
/** The longest a steady stream of pushes can hold listeners back. */
export const ACTIVITY_MAX_WAIT_MS = 1000;

type Visibility = Pick<Document, 'hidden' | 'addEventListener'>;

export class ActivityCue {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first push of the current burst came. */
  private burstStart = 0;
  /** Pushes came while the page was hidden: tell listeners once it is shown. */
  private stale = false;

  constructor(
    private readonly fire: () => void,
    private readonly page: Visibility = document,
    private readonly settleMs = ACTIVITY_SETTLE_MS,
    private readonly maxWaitMs = ACTIVITY_MAX_WAIT_MS,
  ) {
    page.addEventListener('visibilitychange', () => {
      if (!page.hidden && this.stale) this.flush();
    });
  }

  /** A push came. */
  notify(): void {
    const now = Date.now();
    if (this.timer === undefined) this.burstStart = now;
    else clearTimeout(this.timer);
    const wait = Math.min(this.settleMs, this.burstStart + this.maxWaitMs - now);
    this.timer = setTimeout(() => this.flush(), Math.max(0, wait));
  }

  /** Tell listeners now (the page's view of the background was renewed). */
  now(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.flush();
  }

  private flush(): void {
    this.timer = undefined;
    if (this.page.hidden) {
      this.stale = true;
      return;
    }
    this.stale = false;
    this.fire();
  }
}
