import { describe, expect, it } from 'vitest';
import { axisEnd, axisTicks, barLength } from './chart-scale';

describe('axisEnd', () => {
  it('ends the axis at the next 1, 2 or 5 × 10ⁿ at or above the slowest value', () => {
    expect([3, 10, 12, 20, 21, 99, 100, 101, 450, 999, 1_001, 60_000].map(axisEnd)).toEqual([
      5, 10, 20, 20, 50, 100, 100, 200, 500, 1_000, 2_000, 100_000,
    ]);
  });

  it('keeps a 1 ms axis when nothing took longer, or there is nothing', () => {
    expect([0, 0.4, 1, -5, Number.NaN].map(axisEnd)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('axisTicks', () => {
  it('marks the start, the middle and the end, leaving out a middle of a fraction of a ms', () => {
    expect(axisTicks(200)).toEqual([0, 100, 200]);
    expect(axisTicks(5)).toEqual([0, 5]);
    expect(axisTicks(1)).toEqual([0, 1]);
  });
});

describe('barLength', () => {
  it('is proportional to the value on the axis', () => {
    expect(barLength(50, 200, 400)).toBe(100);
    expect(barLength(200, 200, 400)).toBe(400);
    expect(barLength(0, 200, 400)).toBe(0);
  });

  it('shows a fast call as at least one unit and never runs past the axis', () => {
    expect(barLength(0.01, 1_000, 400)).toBe(1);
    expect(barLength(5_000, 1_000, 400)).toBe(400);
  });

  it('draws nothing for values it cannot place', () => {
    expect(barLength(Number.NaN, 100, 400)).toBe(0);
    expect(barLength(-3, 100, 400)).toBe(0);
    expect(barLength(10, 0, 400)).toBe(0);
  });
});
