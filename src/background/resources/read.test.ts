import { describe, expect, it } from 'vitest';
import { MAX_RESOURCE_BLOB_BYTES } from '../../shared/messages/views';
import { promptText, resourceContents } from './read';

describe('resourceContents', () => {
  it('keeps text as text, and small blobs as base64 with their size', () => {
    expect(
      resourceContents({
        contents: [
          { uri: 'a://1', mimeType: 'text/markdown', text: '# Hi' },
          { uri: 'a://2', mimeType: 'image/png', blob: 'iVBORw==' },
          { uri: 'a://3', blob: 'AAA=' },
        ],
      }),
    ).toEqual([
      { kind: 'text', uri: 'a://1', mimeType: 'text/markdown', text: '# Hi' },
      { kind: 'blob', uri: 'a://2', mimeType: 'image/png', bytes: 4, data: 'iVBORw==' },
      { kind: 'blob', uri: 'a://3', bytes: 2, data: 'AAA=' },
    ]);
  });

  it('describes a blob over the limit without sending it', () => {
    const bytes = Math.ceil((MAX_RESOURCE_BLOB_BYTES + 1) / 3) * 3;
    const blob = 'A'.repeat((bytes / 3) * 4);
    const [content] = resourceContents({ contents: [{ uri: 'a://big', blob }] });
    expect(content).toEqual({ kind: 'blob', uri: 'a://big', bytes });
  });
});

describe('promptText', () => {
  it('joins the messages, with embedded text resources inline and other content named', () => {
    expect(
      promptText({
        messages: [
          { role: 'user', content: { type: 'text', text: 'Analyze this:' } },
          {
            role: 'user',
            content: { type: 'resource', resource: { uri: 'a://1', text: 'Resource 1 text' } },
          },
          {
            role: 'user',
            content: {
              type: 'resource',
              resource: { uri: 'a://2', mimeType: 'text/plain', blob: 'AAA=' },
            },
          },
          { role: 'assistant', content: { type: 'image', data: 'AAA=', mimeType: 'image/png' } },
          { role: 'user', content: { type: 'resource_link', uri: 'a://3', name: 'three' } },
        ],
      }),
    ).toBe(
      'Analyze this:\n\nResource 1 text\n\n[resource a://2 (text/plain)]\n\n[image content]\n\n[resource a://3]',
    );
  });
});
