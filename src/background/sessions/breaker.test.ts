import { describe, expect, it } from 'vitest';
import { Breaker } from './breaker';

function clock(start = 1_000) {
  const c = { t: start, now: () => c.t };
  return c;
}

function failTimes(breaker: Breaker, n: number): void {
  for (let i = 0; i < n; i++) breaker.failure();
}

describe('Breaker', () => {
  it('starts closed and allows calls', () => {
    const breaker = new Breaker();
    expect(breaker.state).toBe('closed');
    expect(breaker.failures).toBe(0);
    expect(breaker.allow()).toBe(true);
  });

  it('stays closed below the threshold and opens at it', () => {
    const breaker = new Breaker({ threshold: 3 });
    failTimes(breaker, 2);
    expect(breaker.state).toBe('closed');
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.failures).toBe(3);
    expect(breaker.allow()).toBe(false);
  });

  it('counts only consecutive failures', () => {
    const breaker = new Breaker({ threshold: 3 });
    failTimes(breaker, 2);
    breaker.success();
    failTimes(breaker, 2);
    expect(breaker.state).toBe('closed');
    expect(breaker.failures).toBe(2);
  });

  it('closes on success while open', () => {
    const breaker = new Breaker({ threshold: 1 });
    breaker.failure();
    expect(breaker.allow()).toBe(false);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(breaker.failures).toBe(0);
    expect(breaker.allow()).toBe(true);
  });

  it('goes half-open after the cooldown and lets exactly one trial through', () => {
    const c = clock();
    const breaker = new Breaker({ threshold: 2, cooldownMs: 5_000, now: c.now });
    failTimes(breaker, 2);
    c.t += 4_999;
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
    c.t += 1;
    expect(breaker.state).toBe('half-open');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
  });

  it('closes when the trial succeeds', () => {
    const c = clock();
    const breaker = new Breaker({ threshold: 1, cooldownMs: 100, now: c.now });
    breaker.failure();
    c.t += 100;
    expect(breaker.allow()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(true);
  });

  it('reopens for a full cooldown when the trial fails', () => {
    const c = clock();
    const breaker = new Breaker({ threshold: 1, cooldownMs: 100, now: c.now });
    breaker.failure();
    c.t += 150;
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.failures).toBe(2);
    c.t += 99;
    expect(breaker.allow()).toBe(false);
    c.t += 1;
    expect(breaker.allow()).toBe(true);
  });

  it('frees the trial slot when its outcome never arrives', () => {
    const c = clock();
    const breaker = new Breaker({ threshold: 1, cooldownMs: 100, now: c.now });
    breaker.failure();
    c.t += 100;
    expect(breaker.allow()).toBe(true);
    c.t += 99;
    expect(breaker.allow()).toBe(false);
    c.t += 1;
    expect(breaker.allow()).toBe(true);
  });

  it('never goes half-open when the cooldown is Infinity', () => {
    const c = clock();
    const breaker = new Breaker({ threshold: 1, cooldownMs: Number.POSITIVE_INFINITY, now: c.now });
    breaker.failure();
    c.t += 1e12;
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
  });

  it('defaults to three failures and a 30 s cooldown', () => {
    const c = clock();
    const breaker = new Breaker({ now: c.now });
    failTimes(breaker, 3);
    expect(breaker.state).toBe('open');
    c.t += 29_999;
    expect(breaker.state).toBe('open');
    c.t += 1;
    expect(breaker.state).toBe('half-open');
  });
});
