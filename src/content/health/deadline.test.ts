import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadline } from './deadline';

describe('Deadline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once, the full wait after the last push', () => {
    const fire = vi.fn();
    const deadline = new Deadline(1_000, fire);
    deadline.push();
    vi.advanceTimersByTime(600);
    deadline.push();
    vi.advanceTimersByTime(999);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer however often it is pushed', () => {
    const deadline = new Deadline(1_000, () => {});
    for (let i = 0; i < 500; i++) {
      deadline.push();
      vi.advanceTimersByTime(1);
    }
    expect(vi.getTimerCount()).toBe(1);
  });

  it('fires again after a new push, and never once cancelled', () => {
    const fire = vi.fn();
    const deadline = new Deadline(100, fire);
    deadline.push();
    vi.advanceTimersByTime(100);
    deadline.push();
    vi.advanceTimersByTime(100);
    expect(fire).toHaveBeenCalledTimes(2);
    deadline.push();
    deadline.cancel();
    vi.advanceTimersByTime(1_000);
    expect(fire).toHaveBeenCalledTimes(2);
  });
});
