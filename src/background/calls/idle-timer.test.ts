import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTimer } from './idle-timer';

describe('IdleTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires after a silence, later when restarted, never while paused or once stopped', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(100, onIdle);
    vi.advanceTimersByTime(90);
    timer.restart();
    vi.advanceTimersByTime(90);
    expect(onIdle).not.toHaveBeenCalled();
    timer.pause();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).not.toHaveBeenCalled();
    timer.restart();
    vi.advanceTimersByTime(100);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.restart();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);

    const stopped = vi.fn();
    new IdleTimer(100, stopped).stop();
    vi.advanceTimersByTime(1_000);
    expect(stopped).not.toHaveBeenCalled();
  });
});
