import { describe, expect, it } from 'vitest';
import { checkLookup, lookupResultBlock, readLookup } from './lookup';
import { readToolCall } from './tool-call';

const named = '{"lookup_id": "l1", "tools": ["everything/echo", "add"]}';

describe('readLookup', () => {
  it('reads tools by name and a search, trimmed', () => {
    expect(readLookup(named, 'mcp-lookup')).toEqual({
      kind: 'lookup',
      lookup: { lookup_id: 'l1', tools: ['everything/echo', 'add'] },
    });
    expect(readLookup('{"lookup_id": "l2", "search": "  read a file "}', 'mcp-lookup')).toEqual({
      kind: 'lookup',
      lookup: { lookup_id: 'l2', search: 'read a file' },
    });
  });

  it('recognises a lookup by its body where the site dropped the language, and nothing else', () => {
    expect(readLookup(`\n${named}\n`).kind).toBe('lookup');
    expect(readLookup('{"tools": ["x"]}', 'json')).toEqual({ kind: 'none' });
    expect(readLookup('{"call_id": "c1", "tool": "x"}')).toEqual({ kind: 'none' });
    // A call's reader leaves a lookup alone.
    expect(readToolCall(named).kind).toBe('none');
  });

  it('reports every streamed prefix as partial', () => {
    for (let i = 1; i < named.length; i++)
      expect(readLookup(named.slice(0, i), 'mcp-lookup').kind, named.slice(0, i)).toBe('partial');
    expect(readLookup(`${named}\n\`\``, 'mcp-lookup').kind).toBe('lookup');
  });

  it('says what is wrong with a malformed lookup, keeping its id', () => {
    expect(readLookup('{"lookup_id": "l3", "tools": "echo"}', 'mcp-lookup')).toEqual({
      kind: 'invalid',
      lookupId: 'l3',
      error:
        'The lookup is malformed: tools: expected a list of tool names ("server/tool" or "tool") of up to 230 characters',
    });
    expect(readLookup('{"lookup_id": "l4"}', 'mcp-lookup')).toMatchObject({
      kind: 'invalid',
      error: 'The lookup is malformed: name "tools" to look up, or words to "search" for',
    });
    expect(readLookup("{'lookup_id': 'l5'}", 'mcp-lookup').kind).toBe('invalid');
  });
});

describe('checkLookup', () => {
  it('refuses unknown keys, bad ids, too many tools and long searches', () => {
    expect(checkLookup({ lookup_id: 'l1', tools: ['a'], run: true })).toBe(
      'unrecognized key "run"',
    );
    expect(checkLookup({ lookup_id: 'a b', tools: ['a'] })).toMatch(/^lookup_id:/);
    expect(checkLookup({ lookup_id: 'l1', tools: Array(11).fill('a') })).toBe(
      'tools: at most 10 tools per lookup; ask for the rest in another',
    );
    expect(checkLookup({ lookup_id: 'l1', search: 'x'.repeat(201) })).toMatch(/^search:/);
    expect(checkLookup({ lookup_id: 'l1', tools: [''] })).toMatch(/^tools:/);
    expect(checkLookup({ lookup_id: 'l1', tools: [], search: ' ' })).toMatch(/^name "tools"/);
  });
});

describe('lookupResultBlock', () => {
  it('is tagged apart from results and ends only at the end tag with its nonce', () => {
    expect(lookupResultBlock('l1', 'body', '0a1b2c3d')).toBe(
      '<mcp-lookup-result lookup_id="l1" nonce="0a1b2c3d">\nbody\n</mcp-lookup-result nonce="0a1b2c3d">',
    );
    expect(lookupResultBlock('l"1>', 'b', 'ff')).toMatch(/^<mcp-lookup-result lookup_id="l 1 " /);
    expect(lookupResultBlock(undefined, 'b', 'ff')).toMatch(/^<mcp-lookup-result nonce="ff">/);
  });
});
