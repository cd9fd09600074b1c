import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('lets `cap` calls a minute through per server, then says when the next one may go', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.take('s1', 'files', 3)).toBeUndefined();
      now += 10_000;
    }
    // Another server has a budget of its own.
    expect(limiter.take('s2', 'notes', 3)).toBeUndefined();
    const refused = limiter.take('s1', 'files', 3);
    expect(refused).toMatchObject({ code: 'rate_limited' });
    expect(refused?.message).toBe(
      'This call was not sent: files takes at most 3 tool calls a minute, and that many ran in the last minute. Try again in 30 s, or raise the limit in the server’s settings.',
    );
    // A refused call does not count: once the first call is a minute old, one more may go.
    now = 60_000;
    expect(limiter.take('s1', 'files', 3)).toBeUndefined();
    expect(limiter.take('s1', 'files', 3)?.code).toBe('rate_limited');
  });

  it('follows a cap the user changed at once', () => {
    const limiter = new RateLimiter(() => 0);
    expect(limiter.take('s1', 'files', 1)).toBeUndefined();
    expect(limiter.take('s1', 'files', 1)?.message).toContain('at most 1 tool call a minute');
    expect(limiter.take('s1', 'files', 2)).toBeUndefined();
  });
});
