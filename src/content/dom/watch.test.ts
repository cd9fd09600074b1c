// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Paced, until } from './watch';

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

describe('Paced', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const record = (name: string) => ({ type: name }) as unknown as MutationRecord;
  const names = (batches: MutationRecord[][]) => batches.map((b) => b.map((r) => r.type));

  function paced() {
    const passed: MutationRecord[][] = [];
    const scope = new AbortController();
    const pace = new Paced(100, (changes) => passed.push(changes), scope.signal);
    return { passed, scope, pace };
  }

  it('passes changes after a quiet spell at once, and gathers those that follow', () => {
    const { passed, pace } = paced();
    pace.add([record('a')]);
    expect(names(passed)).toEqual([['a']]);
    vi.advanceTimersByTime(15);
    pace.add([record('b')]);
    vi.advanceTimersByTime(15);
    pace.add([record('c'), record('d')]);
    expect(names(passed)).toEqual([['a']]);
    // 100 ms after the last pass, not after the first change gathered.
    vi.advanceTimersByTime(69);
    expect(passed).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(names(passed)).toEqual([['a'], ['b', 'c', 'd']]);
    // Quiet for long enough again: at once.
    vi.advanceTimersByTime(100);
    pace.add([record('e')]);
    expect(names(passed)).toEqual([['a'], ['b', 'c', 'd'], ['e']]);
  });

  it('drops what it gathered when the page is read whole, and stops with its scope', () => {
    const { passed, scope, pace } = paced();
    pace.add([record('a')]);
    vi.advanceTimersByTime(30);
    pace.add([record('b')]);
    pace.drop();
    // The drop is no pass: 'c' waits for 100 ms after 'a', and goes alone.
    vi.advanceTimersByTime(50);
    pace.add([record('c')]);
    expect(names(passed)).toEqual([['a']]);
    vi.advanceTimersByTime(20);
    expect(names(passed)).toEqual([['a'], ['c']]);
    pace.add([record('d')]);
    scope.abort();
    pace.add([record('e')]);
    vi.advanceTimersByTime(500);
    expect(names(passed)).toEqual([['a'], ['c']]);
  });
});
