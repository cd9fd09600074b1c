import { describe, expect, it } from 'vitest';
import { MAX_ATTACHED_MEDIA_BYTES, normalizeResult } from './normalize';

describe('normalizeResult', () => {
  it('keeps small media to be attached as files, and only describes large media', () => {
    const small = Buffer.from([1, 2, 3]).toString('base64');
    const large = Buffer.alloc(MAX_ATTACHED_MEDIA_BYTES + 1).toString('base64');
    const result = normalizeResult({
      content: [
        { type: 'image', mimeType: 'image/png', data: small },
        { type: 'audio', mimeType: 'audio/wav', data: large },
      ],
    });
    expect(result.parts).toEqual([
      { type: 'media', kind: 'image', mimeType: 'image/png', bytes: 3, data: small },
      { type: 'media', kind: 'audio', mimeType: 'audio/wav', bytes: MAX_ATTACHED_MEDIA_BYTES + 1 },
    ]);
  });

  it('marks an error result and keeps structured content', () => {
    expect(
      normalizeResult({
        content: [{ type: 'text', text: 'no' }],
        isError: true,
        structuredContent: { a: 1 },
      }),
    ).toEqual({ isError: true, parts: [{ type: 'text', text: 'no' }], structured: { a: 1 } });
  });
});
