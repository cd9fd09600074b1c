import { describe, expect, it } from 'vitest';
import { pieces } from './insert-text';

describe('pieces', () => {
  it('keeps short text whole', () => {
    expect(pieces('one\ntwo', 100)).toEqual(['one\ntwo']);
  });

  it('cuts before line breaks, each break starting the next piece, losing nothing', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    const out = pieces(text, 40);
    expect(out.join('')).toBe(text);
    expect(out.every((p) => p.length <= 40)).toBe(true);
    expect(out.slice(1).every((p) => p.startsWith('\n'))).toBe(true);
  });

  it('cuts a line longer than a piece where it must', () => {
    const text = `${'x'.repeat(95)}\nend`;
    const out = pieces(text, 40);
    expect(out.join('')).toBe(text);
    expect(out.every((p) => p.length <= 40)).toBe(true);
  });
});
