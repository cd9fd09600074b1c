// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { until } from './watch';

describe('until', () => {
  it('resolves true at once, or on the change that makes it hold', async () => {
    expect(await until(() => true, 10)).toBe(true);
    const later = until(() => document.querySelector('#late') !== null, 1_000);
    setTimeout(
      () => document.body.append(Object.assign(document.createElement('p'), { id: 'late' })),
      5,
    );
    expect(await later).toBe(true);
  });

  it('resolves false when the page never gets there in time', async () => {
    expect(await until(() => document.querySelector('#never') !== null, 20)).toBe(false);
  });
});
