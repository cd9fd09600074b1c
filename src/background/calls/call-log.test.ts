import { describe, expect, it } from 'vitest';
import {
  CallLog,
  type CallLogInput,
  callLogSnapshotSchema,
  MAX_ARGUMENTS_BYTES,
  MAX_STRING_CHARS,
  REDACTED,
  redactArguments,
  TOO_DEEP,
  truncate,
} from './call-log';

function entry(overrides: Partial<CallLogInput> = {}): CallLogInput {
  return {
    id: 'c1',
    at: 1_000,
    server: 'files',
    tool: 'read',
    arguments: { path: '/tmp/a' },
    outcome: 'ok',
    durationMs: 12,
    approval: 'user',
    ...overrides,
  };
}

function nest(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = { next: value };
  return value;
}

describe('redactArguments', () => {
  it('redacts secret keys at any depth, in objects and arrays, whatever the case', () => {
    const redacted = redactArguments({
      query: 'weather',
      Password: 'hunter2',
      headers: { Authorization: 'Bearer x', 'X-Api-Key': 'k', accept: 'json' },
      accounts: [
        { user: 'me', pass: 'p' },
        { refresh_token: 't', PRIVATE_KEY: { pem: '...' } },
      ],
      nested: { deeper: { client_secret: 's', cookie: ['a=b'], credentials: 'c', apikey: 1 } },
      authorisation: 'uk spelling',
    });
    expect(redacted).toEqual({
      query: 'weather',
      Password: REDACTED,
      headers: { Authorization: REDACTED, 'X-Api-Key': REDACTED, accept: 'json' },
      accounts: [
        { user: 'me', pass: REDACTED },
        { refresh_token: REDACTED, PRIVATE_KEY: REDACTED },
      ],
      nested: {
        deeper: {
          client_secret: REDACTED,
          cookie: REDACTED,
          credentials: REDACTED,
          apikey: REDACTED,
        },
      },
      authorisation: REDACTED,
    });
  });

  it('leaves harmless keys and values alone', () => {
    const args = { path: 'a', count: 3, flags: [true, null], keys: ['password'] };
    expect(redactArguments(args)).toEqual(args);
  });

  it('truncates long strings, noting how much was cut', () => {
    const long = 'x'.repeat(MAX_STRING_CHARS + 500);
    const out = redactArguments({ text: long, list: [long] }) as { text: string; list: string[] };
    expect(out.text.length).toBeLessThanOrEqual(MAX_STRING_CHARS);
    const match = /^(x+)… \((\d+) more characters\)$/.exec(out.text);
    expect(match).not.toBeNull();
    expect(match![1]!.length + Number(match![2])).toBe(long.length);
    expect(out.list[0]).toBe(out.text);
    expect(redactArguments({ text: 'x'.repeat(MAX_STRING_CHARS) })).toEqual({
      text: 'x'.repeat(MAX_STRING_CHARS),
    });
  });

  it('replaces values nested more than eight levels deep', () => {
    expect(redactArguments(nest(8))).toEqual(nest(8));
    const deep = JSON.stringify(redactArguments(nest(9)));
    expect(deep).not.toContain('leaf');
    expect(deep).toBe(JSON.stringify(nest(9)).replace('"leaf"', JSON.stringify(TOO_DEEP)));
  });

  it('swaps oversized arguments for a string preview within the cap', () => {
    const args = { rows: Array.from({ length: 400 }, (_, i) => ({ id: i, name: `row ${i}` })) };
    const out = redactArguments(args);
    expect(typeof out).toBe('string');
    expect(out as string).toMatch(/^\{"rows":\[\{"id":0,"name":"row 0"\}/);
    expect(out as string).toMatch(/more characters\)$/);
    expect(new TextEncoder().encode(JSON.stringify(out)).length).toBeLessThanOrEqual(
      MAX_ARGUMENTS_BYTES,
    );
    const controls = redactArguments({ a: '\u0001'.repeat(1_900), b: '\u0002'.repeat(1_900) });
    expect(new TextEncoder().encode(JSON.stringify(controls)).length).toBeLessThanOrEqual(
      MAX_ARGUMENTS_BYTES,
    );
  });

  it('is idempotent, so restoring a snapshot changes nothing', () => {
    const args = {
      token: 'x',
      text: 'y'.repeat(5_000),
      deep: nest(12),
      big: 'z'.repeat(1_999).split(''),
    };
    const once = redactArguments(args);
    expect(redactArguments(once)).toEqual(once);
  });
});

describe('truncate', () => {
  it('does not split a surrogate pair', () => {
    const out = truncate('😀'.repeat(50), 32);
    expect(out.length).toBeLessThanOrEqual(32);
    expect(out.split('…')[0]).toBe('😀'.repeat(out.split('…')[0]!.length / 2));
  });
});

describe('CallLog', () => {
  it('lists newest first and redacts on add', () => {
    const log = new CallLog();
    log.add(entry({ id: 'a', arguments: { token: 'secret' } }));
    log.add(entry({ id: 'b', outcome: 'failed', error: 'offline' }));
    expect(log.entries().map((e) => e.id)).toEqual(['b', 'a']);
    expect(log.entries()[1]?.arguments).toEqual({ token: REDACTED });
    expect(log.entries()[0]).toMatchObject({ outcome: 'failed', error: 'offline' });
  });

  it('keeps only the last N calls', () => {
    const log = new CallLog(3);
    for (let i = 0; i < 7; i++) log.add(entry({ id: `c${i}` }));
    expect(log.entries().map((e) => e.id)).toEqual(['c6', 'c5', 'c4']);
    const defaults = new CallLog();
    for (let i = 0; i < 250; i++) defaults.add(entry({ id: `c${i}` }));
    expect(defaults.entries()).toHaveLength(200);
    expect(defaults.entries().at(-1)?.id).toBe('c50');
  });

  it('clears', () => {
    const log = new CallLog();
    log.add(entry());
    log.clear();
    expect(log.entries()).toEqual([]);
  });

  it('round-trips through JSON', () => {
    const log = new CallLog(5);
    log.add(entry({ id: 'a', arguments: { password: 'p', text: 'q'.repeat(3_000) } }));
    log.add(entry({ id: 'b', outcome: 'cancelled', approval: 'policy' }));
    const snapshot = JSON.parse(JSON.stringify(log));
    expect(callLogSnapshotSchema.safeParse(snapshot).success).toBe(true);
    const restored = CallLog.fromJSON(snapshot, 5);
    expect(restored.entries()).toEqual(log.entries());
    expect(
      CallLog.fromJSON(snapshot, 1)
        .entries()
        .map((e) => e.id),
    ).toEqual(['b']);
  });

  it('keeps the site a call came from and every outcome across a restore', () => {
    const log = new CallLog();
    for (const outcome of ['denied', 'timeout', 'tool-error'] as const)
      log.add(entry({ id: outcome, outcome, site: 'claude' }));
    const restored = CallLog.fromJSON(JSON.parse(JSON.stringify(log)));
    expect(restored.entries().map((e) => [e.id, e.site])).toEqual([
      ['tool-error', 'claude'],
      ['timeout', 'claude'],
      ['denied', 'claude'],
    ]);
  });

  it('restores an empty log from invalid data', () => {
    const good = new CallLog();
    good.add(entry());
    const [first] = good.toJSON().entries;
    for (const bad of [
      null,
      42,
      { version: 1 },
      { version: 1, entries: [{ ...first, outcome: 'maybe' }] },
    ]) {
      expect(CallLog.fromJSON(bad).entries()).toEqual([]);
    }
    expect(CallLog.fromJSON(good.toJSON()).entries()).toHaveLength(1);
  });
});
