import { describe, expect, it } from 'vitest';
import { formatToolResult, resultBody } from './result-text';

const call = { call_id: 'c1', tool: 'echo', arguments: {} };

describe('formatToolResult', () => {
  it('wraps the text of a result in a tag naming the call', () => {
    const text = formatToolResult(call, 'everything', {
      isError: false,
      parts: [{ type: 'text', text: 'Echo: hi' }],
    });
    expect(text).toBe(
      '<mcp-result call_id="c1" server="everything" tool="echo" status="ok">\nEcho: hi\n</mcp-result>',
    );
  });

  it('marks errors and describes media it cannot show', () => {
    const text = formatToolResult(call, 's"x', {
      isError: true,
      parts: [
        { type: 'text', text: 'boom' },
        { type: 'media', kind: 'image', mimeType: 'image/png' },
      ],
    });
    expect(text).toContain('server="s x"');
    expect(text).toContain('status="error"');
    expect(text).toContain('[image (image/png) returned by the tool; not shown in the chat]');
  });

  it('falls back to structured content, then to a note', () => {
    expect(resultBody({ isError: false, parts: [], structured: { a: 1 } })).toBe('{\n  "a": 1\n}');
    expect(resultBody({ isError: false, parts: [] })).toBe('(the tool returned no content)');
  });
});
