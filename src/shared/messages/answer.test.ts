import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '../errors';
import { openAnswer } from './answer';

describe('openAnswer', () => {
  it('returns the value of a good answer, even an empty one', () => {
    expect(openAnswer('x', { ok: true, value: { a: 1 } })).toEqual({ a: 1 });
    expect(openAnswer('x', { ok: true, value: undefined })).toBeUndefined();
  });

  it('throws the error an answer carries, with its code', () => {
    const error = (() => {
      try {
        openAnswer('x', { ok: false, error: { code: 'denied', message: 'No.' } });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SwitchboardError);
    expect(error).toMatchObject({ code: 'denied', message: 'No.' });
  });

  it('calls anything else malformed, naming the message', () => {
    for (const answer of [undefined, 'ok', { ok: true }, { ok: false, error: { code: 'nope' } }])
      expect(() => openAnswer('tools.call', answer)).toThrow(
        'The background sent a malformed answer to tools.call.',
      );
  });
});
