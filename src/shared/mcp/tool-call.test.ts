import { describe, expect, it } from 'vitest';
import { messages } from '../messages/contract';
import { checkToolCall, readToolCall } from './tool-call';

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

  it('reads the call, not an error, while its closing fence is still being written', () => {
    const call = readToolCall(full, 'mcp-call');
    for (const tail of ['\n`', '\n``', '\n  ``', '\n~~'])
      expect(readToolCall(`${full}${tail}`, 'mcp-call'), tail).toEqual(call);
    expect(
      readToolCall('{"call_id": "c1", "tool": "t", "arguments": {"s": "a\n``', 'mcp-call').kind,
    ).toBe('partial');
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

describe('readToolCall on streamed text', () => {
  /** A small seeded generator, so a failure can be replayed. */
  function random(seed: number) {
    let s = seed;
    return () => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s / 2 ** 31;
    };
  }

  const body = JSON.stringify({
    call_id: 'c9',
    server: 'files',
    tool: 'write',
    arguments: {
      path: 'a/"b"\\c.txt',
      lines: ['x', '{', '}', 'é ✓'],
      options: { mode: 'append', retries: 0, nested: [[1], {}] },
    },
  });

  it('never reads a call before it is complete and never reads a prefix as invalid, for any chunking', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      let text = '';
      const kinds: string[] = [];
      while (text.length < body.length) {
        text += body.slice(text.length, text.length + 1 + Math.floor(next() * 12));
        kinds.push(readToolCall(text, 'mcp-call').kind);
      }
      expect(kinds.at(-1), `seed ${seed}`).toBe('call');
      expect(
        kinds.slice(0, -1).every((k) => k === 'partial'),
        `seed ${seed}`,
      ).toBe(true);
    }
  });
});

describe('checkToolCall', () => {
  it('names the field that is wrong', () => {
    expect(checkToolCall([])).toBe('expected an object');
    expect(checkToolCall({ call_id: 'c1', tool: 't', run: true })).toBe('unrecognized key "run"');
    expect(checkToolCall({ call_id: 'c1', tool: 't', arguments: [1] })).toBe(
      'arguments: expected an object',
    );
    expect(checkToolCall({ call_id: 'c1', server: '', tool: 't' })).toMatch(/^server: /);
    expect(checkToolCall({ call_id: 'c1', tool: 'x'.repeat(129) })).toMatch(/^tool: /);
    expect(checkToolCall({ call_id: 'x'.repeat(65), tool: 't' })).toMatch(/^call_id: /);
  });

  it('is the rule the background checks a call request with', () => {
    const request = messages['tools.call'].request;
    const good = { call_id: 'c1', tool: 't' };
    expect(request.safeParse({ call: good }).data?.call).toEqual({ ...good, arguments: {} });
    const bad = request.safeParse({ call: { ...good, server: 7 } });
    expect(bad.error?.issues[0]?.message).toBe(checkToolCall({ ...good, server: 7 }));
  });
});

describe('calls too big to show', () => {
  it('refuses arguments nested deeper than a card can show, saying why', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const read = readToolCall(
      JSON.stringify({ call_id: 'c1', tool: 't', arguments: deep }),
      'mcp-call',
    );
    expect(read).toMatchObject({ kind: 'invalid', callId: 'c1' });
    expect(read.kind === 'invalid' && read.error).toContain('nested deeper than 32 levels');
    let fine: unknown = 'x';
    for (let i = 0; i < 20; i++) fine = { a: fine };
    expect(
      readToolCall(JSON.stringify({ call_id: 'c1', tool: 't', arguments: fine }), 'mcp-call').kind,
    ).toBe('call');
  });

  it('refuses a call block too long to show', () => {
    const text = JSON.stringify({
      call_id: 'c1',
      tool: 't',
      arguments: { s: 'x'.repeat(1_000_001) },
    });
    expect(readToolCall(text, 'mcp-call')).toMatchObject({ kind: 'invalid', callId: 'c1' });
  });
});
