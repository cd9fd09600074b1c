import { describe, expect, it } from 'vitest';
import type { CatalogTool } from '../messages/views';
import { summaryOf } from './catalog-list';
import { estimateTokens, instructions, toolLine, typeOf } from './instructions';

const tool = (
  name: string,
  inputSchema: Record<string, unknown>,
  extra: Partial<CatalogTool> = {},
): CatalogTool => ({
  server: 'everything',
  serverId: 's1',
  needsServer: false,
  name,
  inputSchema,
  ...extra,
});

describe('typeOf', () => {
  it('writes types, enums, consts, unions, arrays and nested objects', () => {
    const root = {};
    expect(typeOf({ type: 'string' }, root)).toBe('string');
    expect(typeOf({ enum: ['a', 'b', 1] }, root)).toBe('"a"|"b"|1');
    expect(typeOf({ const: 'x' }, root)).toBe('"x"');
    expect(typeOf({ anyOf: [{ type: 'string' }, { type: 'null' }] }, root)).toBe('string|null');
    expect(typeOf({ type: ['string', 'number'] }, root)).toBe('string|number');
    expect(typeOf({ type: 'array', items: { type: 'integer' } }, root)).toBe('integer[]');
    expect(typeOf({ type: 'array', items: { enum: ['x', 'y'] } }, root)).toBe('("x"|"y")[]');
    expect(
      typeOf(
        {
          type: 'object',
          properties: { a: { type: 'number' }, b: { type: 'array', items: { type: 'string' } } },
          required: ['a'],
        },
        root,
      ),
    ).toBe('{a: number, b?: string[]}');
  });

  it('follows local $refs and stops at a depth limit', () => {
    const root = {
      $defs: { Point: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'] } },
    };
    expect(typeOf({ $ref: '#/$defs/Point' }, root)).toBe('{x: number}');
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 8; i++) deep = { type: 'object', properties: { n: deep } };
    expect(typeOf(deep, root)).toContain('object');
  });
});

describe('toolLine', () => {
  it('shows required and optional parameters, defaults and descriptions compactly', () => {
    const line = toolLine(
      tool(
        'trigger-long-running-operation',
        {
          type: 'object',
          properties: {
            duration: { type: 'number', default: 10, description: 'Duration in seconds' },
            steps: { type: 'number', default: 5 },
            mode: { enum: ['fast', 'slow'] },
          },
          required: ['mode'],
        },
        { description: 'Runs a while\n and reports progress.' },
      ),
    );
    expect(line).toBe(
      '- trigger-long-running-operation(duration?: number = 10, steps?: number = 5, mode: "fast"|"slow") — Runs a while and reports progress.\n    duration: Duration in seconds',
    );
  });

  it('handles a tool with no parameters', () => {
    expect(toolLine(tool('ping', { type: 'object' }))).toBe('- ping()');
  });
});

describe('instructions', () => {
  it('teaches the call format and the result format with its nonce rule', () => {
    const text = instructions([
      tool('echo', {
        type: 'object',
        properties: { message: { type: 'string' } },
        required: ['message'],
      }),
    ]);
    expect(text).toContain(
      '```mcp-call\n{"call_id": "c1", "tool": "<tool name>", "arguments": {<arguments as JSON>}}\n```',
    );
    expect(text).toContain('Only the end tag with the same nonce ends a result');
    expect(text).toContain('## everything\n- echo(message: string)');
  });

  it('groups by server, says when a call must name its server, and leaves out unavailable tools', () => {
    const text = instructions(
      [
        tool('search', { type: 'object' }, { server: 'web', needsServer: true }),
        tool('search', { type: 'object' }, { server: 'docs', needsServer: true }),
        tool('broken', { type: 'object' }, { server: 'docs', unavailable: 'task only' }),
      ],
      'Prefer docs over web.',
    );
    expect(text).toContain('## web\n- search()\n    (name the server: "server": "web")');
    expect(text).toContain('## docs\n- search()\n    (name the server: "server": "docs")');
    expect(text).not.toContain('broken');
    expect(text.endsWith('Prefer docs over web.')).toBe(true);
  });

  it('appends the custom instructions after the generated text, trimmed, and counts them', () => {
    const tools = [tool('echo', { type: 'object', properties: { message: { type: 'string' } } })];
    const generated = instructions(tools);
    const text = instructions(tools, '\n  Answer in French.\nKeep it short.  \n');
    expect(text).toBe(`${generated}\n\nAnswer in French.\nKeep it short.`);
    expect(estimateTokens(text)).toBeGreaterThan(estimateTokens(generated));
  });

  it('adds nothing for blank custom instructions', () => {
    const tools = [tool('ping', { type: 'object' })];
    expect(instructions(tools, '  \n ')).toBe(instructions(tools));
    expect(instructions(tools).endsWith('- ping()')).toBe(true);
  });

  it('says so when no tool is available', () => {
    expect(instructions([])).toContain('(no tools are available right now)');
  });
});

describe('estimateTokens', () => {
  it('counts about four characters a token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
  });
});

describe('nested descriptions', () => {
  it('keeps the description of every parameter, however deep, by its path', () => {
    const line = toolLine({
      name: 'edit_file',
      description: 'Edits a file.',
      inputSchema: {
        type: 'object',
        properties: {
          path: { type: 'string', description: 'Which file' },
          edits: {
            type: 'array',
            description: 'Changes to make',
            items: {
              type: 'object',
              properties: {
                oldText: { type: 'string', description: 'Text to find' },
                at: {
                  type: 'object',
                  properties: { line: { type: 'number', description: 'From 1' } },
                },
              },
              required: ['oldText'],
            },
          },
        },
        required: ['path', 'edits'],
      },
    });
    expect(line).toBe(
      [
        '- edit_file(path: string, edits: {oldText: string, at?: {line?: number}}[]) — Edits a file.',
        '    path: Which file; edits: Changes to make; edits[].oldText: Text to find; edits[].at.line: From 1',
      ].join('\n'),
    );
  });
});

describe('oversized tools', () => {
  it('cuts a huge description and a huge schema, saying how much was cut', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, i) => [`p${i}`, { type: 'string', description: `p${i}` }]),
    );
    const huge = { ...tool('huge', { type: 'object', properties }), description: 'H'.repeat(1e6) };
    const text = toolLine(huge);
    expect(text.length).toBeLessThan(20_000);
    const [signature, notes] = text.split('\n');
    expect(signature).toMatch(/^- huge\(p0\?: string, p1\?: string, .*… \[\d+ characters cut\]$/);
    expect(notes).toMatch(/^ {4}p0: p0; p1: p1; .*… \[\d+ characters cut\]$/);
    expect(toolLine({ ...tool('big', { type: 'object' }), description: 'H'.repeat(1e6) })).toBe(
      `- big() — ${'H'.repeat(2_000)}… [998000 characters cut]`,
    );
  });
});

describe('the catalogue on demand', () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    tool(
      `tool_${i}`,
      {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'What to look for, in a few words' },
          limit: { type: 'integer', default: 10 },
        },
        required: ['query'],
      },
      { description: `Finds things of kind ${i}. Long explanation follows here.` },
    ),
  );

  it('keeps the compact signatures while they cost no more than the threshold', () => {
    const text = instructions(many.slice(0, 2));
    expect(text).toContain('- tool_0(query: string, limit?: integer = 10) — Finds things');
    expect(text).not.toContain('mcp-lookup');
  });

  it('above it, lists names and summaries and teaches the lookup block', () => {
    const text = instructions(many);
    expect(estimateTokens(instructions(many, '', { catalogAbove: 1e9 }))).toBeGreaterThan(1_500);
    expect(text).toContain('## everything\n- tool_0 — Finds things of kind 0.\n- tool_1 — ');
    expect(text).not.toContain('query: string');
    expect(text).toContain('```mcp-lookup\n{"lookup_id": "l1", "tools": ["<server>/<tool>"]}\n```');
    expect(text).toContain('{"lookup_id": "l2", "search": "<words>"}');
    expect(text).toContain('A lookup runs nothing and needs no approval.');
    expect(estimateTokens(text)).toBeLessThan(
      estimateTokens(instructions(many, '', { catalogAbove: 1e9 })) / 2,
    );
  });

  it('follows the site’s threshold: 0 always lists by name', () => {
    expect(instructions(many.slice(0, 1), '', { catalogAbove: 0 })).toContain(
      '- tool_0 — Finds things of kind 0.',
    );
    expect(instructions([], '', { catalogAbove: 0 })).toContain(
      '(no tools are available right now)',
    );
  });
});

describe('summaryOf', () => {
  it('takes the first sentence, or the title, cut at a word', () => {
    expect(summaryOf({ description: 'Reads a file.\nHandles encodings. More.' })).toBe(
      'Reads a file.',
    );
    expect(summaryOf({ title: 'Get weather' })).toBe('Get weather');
    expect(summaryOf({ description: 'v1.2 of e.g. this' })).toBe('v1.2 of e.g. this');
    const long = summaryOf({ description: `${'word '.repeat(40)}end.` });
    expect(long.length).toBeLessThanOrEqual(73);
    expect(long).toMatch(/word…$/);
    expect(summaryOf({})).toBe('');
  });
});
