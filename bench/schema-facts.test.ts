import { describe, expect, it } from 'vitest';
import { instructions, toolLine } from '../src/shared/mcp/instructions';
import type { CatalogTool } from '../src/shared/messages/views';
import { lostFacts, schemaFacts } from './schema-facts';
import { referenceTools } from './tool-lists';

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

describe('instructions for the reference servers', () => {
  it('lose no schema fact', { timeout: 30_000 }, async () => {
    const tools = await referenceTools();
    const text = instructions(tools);
    expect(tools.length).toBeGreaterThan(30);
    for (const t of tools) expect(text).toContain(toolLine(t));
    const lost = tools.flatMap((t) => lostFacts(t, toolLine(t)).map((f) => `${t.name}: ${f.what}`));
    expect(lost).toEqual([]);
  });
});
