import { describe, expect, it } from 'vitest';
import { formatBytes, shownAs } from './shown';

const blob = (mimeType: string | undefined, text: string) => ({
  kind: 'blob' as const,
  uri: 'x://b',
  ...(mimeType ? { mimeType } : {}),
  bytes: new TextEncoder().encode(text).length,
  data: btoa(String.fromCharCode(...new TextEncoder().encode(text))),
});

describe('shownAs', () => {
  it('shows text as it is, and JSON pretty-printed', () => {
    expect(
      shownAs({ kind: 'text', uri: 'x://a', mimeType: 'text/markdown', text: '# Hi' }),
    ).toEqual({ as: 'text', text: '# Hi' });
    expect(
      shownAs({ kind: 'text', uri: 'x://a', mimeType: 'application/json', text: '{"a":[1]}' }),
    ).toEqual({ as: 'json', text: '{\n  "a": [\n    1\n  ]\n}' });
    expect(
      shownAs({ kind: 'text', uri: 'x://a', mimeType: 'application/ld+json', text: '{oops' }),
    ).toEqual({ as: 'text', text: '{oops' });
  });

  it('shows images and audio from a data: URL', () => {
    expect(
      shownAs({ kind: 'blob', uri: 'x://i', mimeType: 'image/png', bytes: 4, data: 'iVBORw==' }),
    ).toEqual({
      as: 'image',
      src: 'data:image/png;base64,iVBORw==',
      what: 'image/png, 4 bytes',
    });
    expect(
      shownAs({ kind: 'blob', uri: 'x://a', mimeType: 'audio/wav', bytes: 2, data: 'AAA=' }),
    ).toMatchObject({
      as: 'audio',
      src: 'data:audio/wav;base64,AAA=',
    });
  });

  it('decodes textual blobs as UTF-8 text', () => {
    expect(shownAs(blob('text/plain', 'Resource 1: café'))).toEqual({
      as: 'text',
      text: 'Resource 1: café',
    });
    expect(shownAs(blob('application/json', '{"ok":true}'))).toEqual({
      as: 'json',
      text: '{\n  "ok": true\n}',
    });
  });

  it('describes other binary content by its type and size', () => {
    expect(
      shownAs({
        kind: 'blob',
        uri: 'x://p',
        mimeType: 'application/pdf',
        bytes: 2048,
        data: 'AAA=',
      }),
    ).toEqual({
      as: 'binary',
      what: 'application/pdf, 2.0 KB',
    });
    expect(shownAs({ kind: 'blob', uri: 'x://p', bytes: 3, data: 'AAA=' })).toEqual({
      as: 'binary',
      what: 'binary data of no stated type, 3 bytes',
    });
    // Not valid UTF-8, whatever its type says.
    expect(
      shownAs({ kind: 'blob', uri: 'x://p', mimeType: 'text/plain', bytes: 1, data: '/w==' }),
    ).toMatchObject({
      as: 'binary',
    });
    expect(
      shownAs({ kind: 'blob', uri: 'x://p', mimeType: 'image/png', bytes: 6 * 1024 * 1024 }),
    ).toEqual({
      as: 'binary',
      what: 'image/png, 6.0 MB: too large to show here (over 5.0 MB)',
    });
  });
});

describe('formatBytes', () => {
  it('uses bytes, KB or MB', () => {
    expect([1, 1023, 1536, 5 * 1024 * 1024].map(formatBytes)).toEqual([
      '1 byte',
      '1023 bytes',
      '1.5 KB',
      '5.0 MB',
    ]);
  });
});
