import { describe, expect, it } from 'vitest';
import { Backoff, ceilingFor, DEFAULT_BASE_MS, DEFAULT_CAP_MS } from './backoff';

const ALMOST_ONE = 0.999_999;

function delays(backoff: Backoff, count: number): number[] {
  return Array.from({ length: count }, () => backoff.next());
}

describe('Backoff', () => {
  it('keeps the first retry well under a second by default', () => {
    const first = new Backoff({ random: () => ALMOST_ONE }).next();
    expect(first).toBeLessThan(DEFAULT_BASE_MS);
    expect(first).toBeGreaterThan(DEFAULT_BASE_MS * 0.99);
  });

  it('stays within [0, base * 2^attempt) for each attempt', () => {
    const high = delays(new Backoff({ baseMs: 100, capMs: 1e9, random: () => ALMOST_ONE }), 6);
    const low = delays(new Backoff({ baseMs: 100, capMs: 1e9, random: () => 0 }), 6);
    high.forEach((delay, attempt) => {
      expect(delay).toBeLessThan(100 * 2 ** attempt);
      expect(delay).toBeGreaterThan(100 * 2 ** attempt * 0.99);
    });
    expect(low).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('scales the ceiling by the random draw (full jitter)', () => {
    const backoff = new Backoff({ baseMs: 200, capMs: 10_000, random: () => 0.25 });
    expect(delays(backoff, 3)).toEqual([50, 100, 200]);
  });

  it('never exceeds the cap at high attempts', () => {
    const backoff = new Backoff({ random: () => ALMOST_ONE });
    const all = delays(backoff, 2_000);
    for (const delay of all) expect(delay).toBeLessThan(DEFAULT_CAP_MS);
    expect(all.at(-1)).toBeGreaterThan(DEFAULT_CAP_MS * 0.99);
    expect(Number.isFinite(all.at(-1))).toBe(true);
  });

  it('doubles the upper bound of successive delays until the cap', () => {
    const bounds = delays(new Backoff({ baseMs: 1_000, capMs: 5_000, random: () => 1 }), 5);
    expect(bounds).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
  });

  it('counts attempts and starts over after reset', () => {
    const backoff = new Backoff({ baseMs: 10, random: () => 1 });
    delays(backoff, 4);
    expect(backoff.attempt).toBe(4);
    backoff.reset();
    expect(backoff.attempt).toBe(0);
    expect(backoff.next()).toBe(10);
    expect(backoff.attempt).toBe(1);
  });
});

describe('ceilingFor', () => {
  it('matches min(cap, base * 2^attempt)', () => {
    expect([0, 1, 2, 6, 7].map((a) => ceilingFor(a))).toEqual([400, 800, 1_600, 25_600, 30_000]);
  });
});
