import { describe, expect, it } from 'vitest';
import { instructions, toolLine } from '../src/shared/mcp/instructions';
import type { CatalogTool } from '../src/shared/messages/views';
import { lostFacts, schemaFacts, unreachableFacts } from './schema-facts';
import { referenceTools, scaledTools } from './tool-lists';

const tool = (inputSchema: Record<string, unknown>): CatalogTool => ({
  server: 's',
  serverId: 's',
  needsServer: false,
  name: 'search',
  description: 'Finds things.',
  inputSchema,
});

const flat = tool({
  type: 'object',
  properties: {
    query: { type: 'string', description: 'What to look for' },
    mode: { type: 'string', enum: ['fast', 'deep'], default: 'fast' },
    limit: { type: 'integer' },
  },
  required: ['query'],
});

describe('schema facts', () => {
  it('lists each parameter with its optionality, type, description, enum values and default', () => {
    expect(schemaFacts(flat).map((f) => f.text)).toEqual([
      'search(',
      'Finds things.',
      'query:',
      'What to look for',
      'string',
      'mode?:',
      '"fast"',
      '"deep"',
      '= "fast"',
      'limit?:',
      'integer',
    ]);
  });

  it('finds every fact of a flat schema in its instruction line', () => {
    expect(lostFacts(flat, toolLine(flat))).toEqual([]);
  });

  it('reports what a text leaves out', () => {
    const text = toolLine(flat).replace('What to look for', '').replace('"deep"', '');
    expect(lostFacts(flat, text).map((f) => f.what)).toEqual([
      'query description',
      'mode enum value',
    ]);
  });

  it('reaches parameters nested in objects and array items', () => {
    const nested = tool({
      type: 'object',
      properties: {
        edits: {
          type: 'array',
          items: {
            type: 'object',
            properties: { oldText: { type: 'string', description: 'Exact text' } },
          },
        },
      },
    });
    expect(schemaFacts(nested).map((f) => f.what)).toContain('edits[].oldText description');
  });
});

describe('unreachable facts', () => {
  const other = { ...flat, name: 'fetch', description: 'Fetches a page.' };

  it('finds none when the tools are listed by name and looked up', () => {
    const text = instructions([flat, other], '', { catalogAbove: 0 });
    expect(text).not.toContain('What to look for');
    expect(unreachableFacts([flat, other], text)).toEqual([]);
  });

  it('reports a tool the instructions do not name, and facts no lookup answer shows', () => {
    const text = instructions([other], '', { catalogAbove: 0 });
    expect(unreachableFacts([flat, other], text)).toEqual([
      's/search: not named in the instructions',
    ]);
    // Descriptions are cut at 2,000 characters: the rest is lost, and the check says so.
    const long = { ...flat, description: `${'Very long. '.repeat(300)}` };
    expect(unreachableFacts([long], instructions([long], '', { catalogAbove: 0 }))).toEqual([
      's/search: description',
    ]);
  });
});

describe('instructions for the reference servers', () => {
  it('lose no schema fact, as signatures or as names with lookups', {
    timeout: 30_000,
  }, async () => {
    const tools = await referenceTools();
    expect(tools.length).toBeGreaterThan(30);
    const signatures = instructions(tools, '', { catalogAbove: Number.POSITIVE_INFINITY });
    for (const t of tools) expect(signatures).toContain(toolLine(t));
    const lost = tools.flatMap((t) => lostFacts(t, toolLine(t)).map((f) => `${t.name}: ${f.what}`));
    expect(lost).toEqual([]);
    // At the default threshold they are listed by name, and every fact is one lookup away.
    const listed = instructions(tools);
    expect(listed).toContain('```mcp-lookup');
    expect(unreachableFacts(tools, listed)).toEqual([]);
    expect(
      unreachableFacts(scaledTools(tools, 20, 50), instructions(scaledTools(tools, 20, 50))),
    ).toEqual([]);
  });
});
