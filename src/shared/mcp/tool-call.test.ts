import { describe, expect, it } from 'vitest';
import { readToolCall } from './tool-call';

const full =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "hi", "n": [1, {"a": "}"}]}}';

describe('readToolCall', () => {
  it('reads a complete call with nested arguments', () => {
    expect(readToolCall(full, 'mcp-call')).toEqual({
      kind: 'call',
      call: { call_id: 'c1', tool: 'echo', arguments: { message: 'hi', n: [1, { a: '}' }] } },
    });
  });

  it('recognises a call by its body when the site dropped the language', () => {
    expect(readToolCall(`\n${full}\n`).kind).toBe('call');
  });

  it('ignores ordinary code blocks', () => {
    expect(readToolCall('{"name": "x"}', 'json')).toEqual({ kind: 'none' });
    expect(readToolCall('console.log(1)', 'js')).toEqual({ kind: 'none' });
  });

  it('reports every streamed prefix as partial, never as a call or an error', () => {
    for (let i = 1; i < full.length; i++) {
      const read = readToolCall(full.slice(0, i), 'mcp-call');
      expect(read.kind, full.slice(0, i)).toBe('partial');
    }
  });

  it('keeps the call id of a partial call once it is written', () => {
    expect(readToolCall('{"call_id": "c7", "tool": "ec', 'mcp-call')).toEqual({
      kind: 'partial',
      callId: 'c7',
    });
  });

  it('explains a malformed call', () => {
    const read = readToolCall('{"call_id": "c1", "arguments": {}}', 'mcp-call');
    expect(read).toMatchObject({ kind: 'invalid', callId: 'c1' });
    expect(read.kind === 'invalid' && read.error).toContain('tool');
  });

  it('rejects unknown fields and bad ids', () => {
    expect(readToolCall('{"call_id": "c1", "tool": "t", "run": true}', 'mcp-call').kind).toBe(
      'invalid',
    );
    expect(readToolCall('{"call_id": "a b", "tool": "t"}', 'mcp-call').kind).toBe('invalid');
  });

  it('reports balanced text that is not JSON as invalid', () => {
    expect(readToolCall("{'call_id': 'c1'}", 'mcp-call').kind).toBe('invalid');
  });

  it('defaults missing arguments to an empty object', () => {
    const read = readToolCall('{"call_id": "c1", "server": "s", "tool": "t"}');
    expect(read).toEqual({
      kind: 'call',
      call: { call_id: 'c1', server: 's', tool: 't', arguments: {} },
    });
  });
});
