// When a press of Run counts: the browser must have seen the button whole and unobscured for a
// moment (IntersectionObserver v2's occlusion signal, which the page cannot fake), and a pointer
// press must come from a pointer that rested on this frame where it now is; double-click bursts
// never count. A page cannot make a user's click meant for something else land on Run: covering,
// dimming, rotating or moving the card under the pointer all reset the wait.

/** How long the button must have been fully visible. */
export const VISIBLE_MS = 500;
/** How long the pointer must have rested on the frame, at its current place, before a press. */
export const POINTER_MS = 300;
/** How long the button may sit in view but covered before the card says to use the popup. */
export const COVERED_MS = 1_500;

/** Where a call can be run when a page keeps its card covered: a page cannot reach the popup. */
export const POPUP_HINT = 'run it from MCP Switchboard’s toolbar popup';

export type Verdict = { ok: true } | { ok: false; reason: string };

/** The frame's place on the screen as a pointer event sees it; it changes when the frame moves. */
type Origin = { x: number; y: number };
const originOf = (e: PointerEvent | MouseEvent): Origin => ({
  x: e.screenX - e.clientX,
  y: e.screenY - e.clientY,
});
/** Pointer events carry fractions of a pixel, clicks whole pixels: a small slack, no more. */
const SLACK_PX = 2;
const samePlace = (a: Origin | undefined, b: Origin) =>
  a !== undefined && Math.abs(a.x - b.x) <= SLACK_PX && Math.abs(a.y - b.y) <= SLACK_PX;

export class RunGate {
  /** Since when the button has been fully visible, or undefined while it is not. */
  private visibleSince: number | undefined;
  /** Since when the button has been in view but covered (something of the page lies over it). */
  private coveredSince: number | undefined;
  /** Since when the pointer has rested on the frame at `origin`. */
  private pointerSince: number | undefined;
  private origin: Origin | undefined;
  private readonly observer: IntersectionObserver;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    button: Element,
    /** Told when the gate opens or closes, to show it. */
    private readonly changed: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        const whole = entry?.isIntersecting && entry.intersectionRatio >= 0.99;
        const visible =
          whole && (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
        this.visibleSince = visible ? (this.visibleSince ?? this.now()) : undefined;
        this.coveredSince = whole && !visible ? (this.coveredSince ?? this.now()) : undefined;
        this.later(VISIBLE_MS);
        this.later(COVERED_MS);
        this.changed();
      },
      // `trackVisibility` needs a delay of at least 100 ms between notifications.
      {
        threshold: [0, 0.5, 0.99, 1],
        trackVisibility: true,
        delay: 100,
      } as IntersectionObserverInit,
    );
    this.observer.observe(button);
    const moved = (event: PointerEvent) => this.pointerAt(originOf(event));
    document.addEventListener('pointermove', moved, true);
    document.addEventListener('pointerover', moved, true);
    document.addEventListener('pointerleave', () => this.pointerGone(), true);
    window.addEventListener('blur', () => this.pointerGone());
  }

  /** The button is armed: visible long enough for a look. */
  get seen(): boolean {
    return this.visibleSince !== undefined && this.now() - this.visibleSince >= VISIBLE_MS;
  }

  /** The button has been in view but covered for a while: the page lays something over it. */
  get covered(): boolean {
    return this.coveredSince !== undefined && this.now() - this.coveredSince >= COVERED_MS;
  }

  /** The pointer has rested on the frame long enough, where the frame is now. */
  get steady(): boolean {
    return this.pointerSince !== undefined && this.now() - this.pointerSince >= POINTER_MS;
  }

  /** Whether this press of Run counts, and why not when it does not. */
  verdict(event: MouseEvent): Verdict {
    if (!event.isTrusted) return { ok: false, reason: 'Only your own click can run a call.' };
    if (this.visibleSince === undefined)
      return {
        ok: false,
        reason: `The page covered or changed this card, so Run did nothing. Bring the whole card into view, or ${POPUP_HINT}.`,
      };
    if (!this.seen)
      return { ok: false, reason: 'This card just came into view. Look it over, then press Run.' };
    if (event.detail > 1) return { ok: false, reason: 'Run ignores double-clicks. Press it once.' };
    // detail 0: Enter or Space on the focused button, which a page cannot move a user into.
    if (event.detail === 1 && (!this.steady || !samePlace(this.origin, originOf(event))))
      return {
        ok: false,
        reason:
          'The card moved under the pointer, so Run did nothing. Check the call, then press Run.',
      };
    return { ok: true };
  }

  stop(): void {
    this.observer.disconnect();
    for (const timer of this.timers) clearTimeout(timer);
  }

  private pointerAt(origin: Origin): void {
    if (samePlace(this.origin, origin) && this.pointerSince !== undefined) return;
    this.origin = origin;
    this.pointerSince = this.now();
    this.later(POINTER_MS);
    this.changed();
  }

  private pointerGone(): void {
    this.pointerSince = undefined;
    this.origin = undefined;
    this.changed();
  }

  /** Shows the gate again once a wait of `ms` is over. */
  private later(ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.changed();
    }, ms + 10);
    this.timers.add(timer);
  }
}
