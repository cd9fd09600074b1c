import { describe, expect, it, vi } from 'vitest';
import { type RunningCall, RunningCalls } from './running';

const call = (over: Partial<RunningCall> = {}): RunningCall => ({
  serverId: 's1',
  server: 'files',
  tool: 'read',
  started: 1,
  abort: new AbortController(),
  ...over,
});

describe('RunningCalls', () => {
  it('keeps cards of the same key in two tabs apart: both run, each cancels only its own', () => {
    const running = new RunningCalls();
    const a = call({ callKey: 'k', tab: { id: 1, site: 'chatgpt' } });
    const b = call({ callKey: 'k', tab: { id: 2, site: 'chatgpt' } });
    running.start(a);
    running.start(b);
    expect(() => running.start(call({ callKey: 'k', tab: { id: 1, site: 'chatgpt' } }))).toThrow(
      'That call is already running.',
    );
    expect(running.cancel(2, 'k')).toBe(true);
    expect([a.abort.signal.aborted, b.abort.signal.aborted]).toEqual([false, true]);
    // An extension page names its calls in a space of its own.
    expect(running.cancel(undefined, 'k')).toBe(false);
  });

  it('ends a call once, telling who listens, and lists only calls from tabs', () => {
    const onChange = vi.fn();
    const onEnd = vi.fn();
    const running = new RunningCalls(onChange, onEnd);
    const fromTab = call({ callKey: 'k', tab: { id: 1, site: 'claude' } });
    const end = running.start(fromTab);
    running.start(call());
    expect(running.inTabs()).toEqual([fromTab]);
    end();
    end();
    expect(onEnd).toHaveBeenCalledExactlyOnceWith(fromTab);
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(running.size).toBe(1);
  });

  it('sends a server’s question to its latest call that can ask', () => {
    const running = new RunningCalls();
    const ask = vi.fn();
    running.start(call({ callKey: 'a', started: 1, ask }));
    running.start(call({ callKey: 'b', started: 2, ask }));
    running.start(call({ callKey: 'c', started: 3 }));
    running.start(call({ callKey: 'd', started: 4, serverId: 's2', ask }));
    expect(running.askerFor('s1')?.callKey).toBe('b');
    expect(running.askerFor('s3')).toBeUndefined();
  });
});
