import type { Tool } from '@modelcontextprotocol/client';
import { describe, expect, it } from 'vitest';
import { droppedTools, unavailableReason } from './catalog';

const tool = (name: string, extra: Partial<Tool> = {}): Tool =>
  ({ name, inputSchema: { type: 'object' }, ...extra }) as Tool;

/** A stand-in for the SDK client: only the two methods the function uses. */
function client(era: 'legacy' | 'modern', pages: Tool[][]) {
  const asked: unknown[] = [];
  return {
    asked,
    getProtocolEra: () => era,
    request: async (request: { params?: { cursor?: string } }) => {
      asked.push(request.params);
      const index = request.params?.cursor ? Number(request.params.cursor) : 0;
      return {
        tools: pages[index] ?? [],
        ...(index + 1 < pages.length ? { nextCursor: String(index + 1) } : {}),
      };
    },
  };
}

describe('droppedTools', () => {
  it('lists the tools the SDK left out, across pages, as unavailable with the reason', async () => {
    const fake = client('modern', [[tool('a'), tool('bad')], [tool('b')]]);
    const dropped = await droppedTools(fake as never, [tool('a'), tool('b')], 1000);
    expect(dropped).toEqual([
      expect.objectContaining({
        name: 'bad',
        unavailable: expect.stringContaining('x-mcp-header'),
      }),
    ]);
    expect(fake.asked).toEqual([{}, { cursor: '1' }]);
  });

  it('does not ask again on the legacy era, where nothing is filtered', async () => {
    const fake = client('legacy', [[tool('a')]]);
    expect(await droppedTools(fake as never, [], 1000)).toEqual([]);
    expect(fake.asked).toEqual([]);
  });
});

describe('unavailableReason', () => {
  it('marks task-only tools and leaves the rest callable', () => {
    expect(
      unavailableReason(tool('t', { execution: { taskSupport: 'required' } } as Partial<Tool>)),
    ).toContain('background task');
    expect(
      unavailableReason(tool('t', { execution: { taskSupport: 'optional' } } as Partial<Tool>)),
    ).toBeUndefined();
    expect(unavailableReason(tool('t'))).toBeUndefined();
  });
});
