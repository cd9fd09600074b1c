import { describe, expect, it } from 'vitest';
import { median, p95, quantile } from './stats';

describe('bench statistics', () => {
  it('takes the middle sample as the median, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('reads p95 by nearest rank, so one slow sample in twenty is inside it', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(p95(samples)).toBe(19);
    expect(p95([...samples, 1000])).toBe(20);
  });

  it('has no value without samples', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});
