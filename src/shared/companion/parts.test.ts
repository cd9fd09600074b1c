import { describe, expect, it } from 'vitest';
import { frameTexts, PartJoiner } from './parts';
import { partSchema } from './protocol';

const joinAll = (texts: string[]) => {
  const joiner = new PartJoiner();
  let whole: string | undefined;
  for (const text of texts) whole = joiner.add(partSchema.parse(JSON.parse(text)));
  return whole;
};

describe('frameTexts and PartJoiner', () => {
  it('sends a message that fits as it is', () => {
    expect(frameTexts('{"a":1}', 0)).toEqual(['{"a":1}']);
  });

  it('splits a larger message into parts under the limit that join to the same text', () => {
    const json = JSON.stringify({ text: 'x'.repeat(3_500_000) });
    const texts = frameTexts(json, 7);
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts)
      expect(new TextEncoder().encode(text).length).toBeLessThan(1024 * 1024);
    expect(joinAll(texts)).toBe(json);
  });

  it('keeps every part under the limit when escapes make the text grow sixfold', () => {
    const json = JSON.stringify({ text: '\u0001'.repeat(400_000) + '€'.repeat(200_000) });
    const texts = frameTexts(json, 1);
    for (const text of texts)
      expect(new TextEncoder().encode(text).length).toBeLessThan(1024 * 1024);
    expect(joinAll(texts)).toBe(json);
  });

  it('refuses parts out of order', () => {
    const texts = frameTexts(JSON.stringify({ t: 'y'.repeat(2_000_000) }), 2);
    const joiner = new PartJoiner();
    joiner.add(partSchema.parse(JSON.parse(texts[0]!)));
    expect(() => joiner.add(partSchema.parse(JSON.parse(texts[2]!)))).toThrow('out of order');
  });
});
