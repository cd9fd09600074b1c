import { describe, expect, it } from 'vitest';
import type { CallSummary } from '../shared/messages/views';
import { latencyText, summariesByServer } from './latency';

const summary = (server: string, calls: number, p50Ms: number): CallSummary => ({
  server,
  calls,
  errors: 0,
  successRate: 1,
  p50Ms,
  p95Ms: p50Ms,
});

describe('latency', () => {
  it('keeps the servers that were called, by name', () => {
    const byServer = summariesByServer([summary('a', 2, 40), summary('b', 0, 0)]);
    expect([...byServer.keys()]).toEqual(['a']);
  });

  it('says the median and how many calls it comes from', () => {
    expect(latencyText(summary('a', 1, 12.4))).toBe('Median 12 ms over 1 call');
    expect(latencyText(summary('a', 7, 2_345))).toBe('Median 2.3 s over 7 calls');
  });
});
