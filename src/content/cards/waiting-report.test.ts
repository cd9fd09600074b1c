import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WaitingReport } from './waiting-report';

const ask = vi.hoisted(() => vi.fn(async () => ({})));
vi.mock('../bridge/background', () => ({ ask }));

const call = (tool: string, server?: string) => ({
  call_id: 'c1',
  tool,
  arguments: { token: 'never sent' },
  ...(server ? { server } : {}),
});

describe('WaitingReport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    ask.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('sends the waiting calls once per burst, by server and tool only', () => {
    const report = new WaitingReport(new AbortController().signal);
    report.note('a', call('echo', 'everything'));
    report.note('b', call('add'));
    report.note('b', call('add'));
    expect(ask).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(ask.mock.calls).toEqual([
      ['cards.waiting', { calls: [{ server: 'everything', tool: 'echo' }, { tool: 'add' }] }],
    ]);
  });

  it('says nothing when the list did not change, and sends it again when a card leaves', () => {
    const report = new WaitingReport(new AbortController().signal);
    report.note('a', call('echo'));
    vi.advanceTimersByTime(100);
    report.note('a', call('echo'));
    report.note('b', undefined);
    vi.advanceTimersByTime(100);
    expect(ask).toHaveBeenCalledTimes(1);
    report.note('a', undefined);
    vi.advanceTimersByTime(100);
    expect(ask).toHaveBeenLastCalledWith('cards.waiting', { calls: [] });
  });

  it('empties the list at once when its run ends', () => {
    const run = new AbortController();
    const report = new WaitingReport(run.signal);
    report.note('a', call('echo'));
    vi.advanceTimersByTime(100);
    report.note('b', call('add'));
    run.abort();
    expect(ask).toHaveBeenLastCalledWith('cards.waiting', { calls: [] });
    vi.advanceTimersByTime(100);
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
