import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_MAX_WAIT_MS, ACTIVITY_SETTLE_MS, ActivityCue } from './activity-cue';

/** A page whose visibility the test sets, telling the cue as a browser would. */
function page() {
  const listeners: (() => void)[] = [];
  const doc = {
    hidden: false,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'visibilitychange') listeners.push(listener);
    },
  };
  return {
    doc: doc as unknown as Pick<Document, 'hidden' | 'addEventListener'>,
    show(hidden: boolean) {
      doc.hidden = hidden;
      for (const listener of listeners) listener();
    },
  };
}

describe('ActivityCue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells listeners once, after a burst of pushes has settled', () => {
    const fire = vi.fn();
    const cue = new ActivityCue(fire, page().doc);
    cue.notify(); // a call started
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS - 20);
    cue.notify(); // and was recorded
    vi.advanceTimersByTime(ACTIVITY_SETTLE_MS - 1);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * ACTIVITY_SETTLE_MS);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('a steady stream of pushes still reaches listeners within the longest wait', () => {
    const fire = vi.fn();
    const cue = new ActivityCue(fire, page().doc);
    for (let t = 0; t <= ACTIVITY_MAX_WAIT_MS; t += ACTIVITY_SETTLE_MS / 2) {
      cue.notify();
      vi.advanceTimersByTime(ACTIVITY_SETTLE_MS / 2);
    }
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('while the page is hidden nothing is asked; once shown, listeners hear of it once', () => {
    const fire = vi.fn();
    const p = page();
    const cue = new ActivityCue(fire, p.doc);
    p.show(true);
    cue.notify();
    cue.notify();
    vi.advanceTimersByTime(5 * ACTIVITY_SETTLE_MS);
    expect(fire).not.toHaveBeenCalled();
    p.show(false);
    expect(fire).toHaveBeenCalledTimes(1);
    // Shown again with nothing new: nothing to ask.
    p.show(true);
    p.show(false);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('now() tells listeners at once and drops the pending burst', () => {
    const fire = vi.fn();
    const cue = new ActivityCue(fire, page().doc);
    cue.notify();
    cue.now();
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5 * ACTIVITY_SETTLE_MS);
    expect(fire).toHaveBeenCalledTimes(1);
  });
});
