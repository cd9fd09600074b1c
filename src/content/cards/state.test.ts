import { describe, expect, it } from 'vitest';
import { advance, type CardState } from './state';

const call = { call_id: 'c1', tool: 'echo', arguments: {} };

describe('advance', () => {
  it('shows a partial call as being written while the reply streams', () => {
    expect(advance(undefined, { kind: 'partial', callId: 'c1' }, true)).toEqual({
      phase: 'writing',
      callId: 'c1',
    });
  });

  it('calls a partial call cut off once the reply has finished', () => {
    expect(advance(undefined, { kind: 'partial' }, false)).toMatchObject({ phase: 'invalid' });
  });

  it('becomes runnable only when complete', () => {
    const writing = advance(undefined, { kind: 'partial' }, true);
    expect(advance(writing, { kind: 'call', call }, true)).toEqual({ phase: 'ready', call });
  });

  it('keeps the state of a card that ran, whatever the block says later', () => {
    const done: CardState = {
      phase: 'done',
      call,
      server: 's',
      result: { isError: false, parts: [] },
    };
    expect(advance(done, { kind: 'invalid', error: 'x' }, false)).toBe(done);
    const running: CardState = { phase: 'running', call };
    expect(advance(running, { kind: 'call', call: { ...call, tool: 'other' } }, false)).toBe(
      running,
    );
  });

  it('keeps the same ready state object while the call does not change', () => {
    const ready = advance(undefined, { kind: 'call', call }, false);
    expect(advance(ready, { kind: 'call', call: { ...call } }, false)).toBe(ready);
  });

  it('keeps a call read whole while the site shows only part of its block', () => {
    const ready = advance(undefined, { kind: 'call', call }, true);
    expect(advance(ready, { kind: 'partial', callId: 'c1' }, false, true)).toBe(ready);
  });

  it('waits for the rest of a block seen only in part, never calling it cut off', () => {
    expect(advance(undefined, { kind: 'invalid', error: 'x', callId: 'c1' }, false, true)).toEqual({
      phase: 'writing',
      callId: 'c1',
      partView: true,
    });
  });
});
