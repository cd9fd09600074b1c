import type { Client, Tool } from '@modelcontextprotocol/client';
import { describe, expect, it } from 'vitest';
import { droppedTools, fetchCatalog, rawToolList, unavailableReason } from './catalog';

const tool = (name: string, extra: Partial<Tool> = {}): Tool =>
  ({ name, inputSchema: { type: 'object' }, ...extra }) as Tool;

/** A stand-in for the SDK client with just what the catalogue reads; `pages` is the raw list. */
function fakeClient(
  era: 'legacy' | 'modern',
  pages: Tool[][],
  options: { ttlMs?: number; listChanged?: boolean } = {},
) {
  const asked: unknown[] = [];
  const fake = {
    asked,
    getProtocolEra: () => era,
    getServerCapabilities: () => ({ tools: options.listChanged ? { listChanged: true } : {} }),
    // The SDK's own view: the raw list minus what it refuses (here, names starting with "bad").
    listTools: async () => ({ tools: pages.flat().filter((t) => !t.name.startsWith('bad')) }),
    request: async (request: { params?: { cursor?: string } }) => {
      asked.push(request.params);
      const index = request.params?.cursor ? Number(request.params.cursor) : 0;
      return {
        tools: pages[index] ?? [],
        ...(options.ttlMs === undefined ? {} : { ttlMs: options.ttlMs }),
        ...(index + 1 < pages.length ? { nextCursor: String(index + 1) } : {}),
      };
    },
  };
  return fake as typeof fake & Client;
}

describe('rawToolList and droppedTools', () => {
  it('reads every page and names the tools the SDK left out as unavailable, with the reason', async () => {
    const client = fakeClient('modern', [[tool('a'), tool('bad')], [tool('b')]], { ttlMs: 9_000 });
    const raw = await rawToolList(client, 1000);
    expect(raw?.ttlMs).toBe(9_000);
    expect(client.asked).toEqual([{}, { cursor: '1' }]);
    expect(droppedTools(raw, [tool('a'), tool('b')])).toEqual([
      expect.objectContaining({
        name: 'bad',
        unavailable: expect.stringContaining('x-mcp-header'),
      }),
    ]);
  });

  it('does not ask again on the legacy era, where nothing is filtered', async () => {
    const client = fakeClient('legacy', [[tool('a')]]);
    expect(await rawToolList(client, 1000)).toBeUndefined();
    expect(client.asked).toEqual([]);
    expect(droppedTools(undefined, [])).toEqual([]);
  });
});

describe('fetchCatalog', () => {
  it('re-lists after the TTL when the server offers no list_changed, within bounds', async () => {
    const fetched = await fetchCatalog(
      fakeClient('modern', [[tool('a'), tool('bad')]], { ttlMs: 30_000 }),
      1000,
    );
    expect(fetched.refreshInMs).toBe(30_000);
    expect(fetched.catalog.tools.map((t) => [t.name, t.unavailable !== undefined])).toEqual([
      ['a', false],
      ['bad', true],
    ]);
    expect(
      (await fetchCatalog(fakeClient('modern', [[tool('a')]], { ttlMs: 10 }), 1000)).refreshInMs,
    ).toBe(5_000);
  });

  it('relies on list_changed when the server offers it, and on nothing in the legacy era', async () => {
    expect(
      (
        await fetchCatalog(
          fakeClient('modern', [[tool('a')]], { ttlMs: 30_000, listChanged: true }),
          1000,
        )
      ).refreshInMs,
    ).toBeUndefined();
    expect(
      (await fetchCatalog(fakeClient('legacy', [[tool('a')]]), 1000)).refreshInMs,
    ).toBeUndefined();
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

  it('refuses names outside the characters MCP allows, so none can pass for another tool', () => {
    for (const name of ['github / create_issue', 'echo\u202e', 'ｅcho', '', 'x'.repeat(129)])
      expect(unavailableReason(tool(name)), name).toContain('characters MCP does not allow');
    for (const name of ['create_issue', 'fs.read-file', 'A1'])
      expect(unavailableReason(tool(name)), name).toBeUndefined();
  });
});
