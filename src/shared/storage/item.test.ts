import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineItem, memoryArea, readItem, writeItem } from './item';
import { serversItem } from './items';

describe('storage items', () => {
  it('returns the fallback for a missing key and round-trips a value', async () => {
    const area = memoryArea();
    expect(await readItem(area, serversItem)).toEqual({ value: [] });
    const server = {
      id: 'a',
      name: 'A',
      url: 'http://127.0.0.1:1/mcp',
      enabled: true,
      addedAt: 1,
      transport: 'auto' as const,
      callTimeoutMs: 60_000,
      headerNames: [],
    };
    await writeItem(area, serversItem, [server]);
    expect(area.data.servers).toEqual({ v: 2, value: [server] });
    expect((await readItem(area, serversItem)).value).toEqual([server]);
  });

  it('migrates older values in order', async () => {
    const item = defineItem({
      key: 'n',
      area: 'local',
      version: 3,
      schema: z.object({ count: z.number(), label: z.string() }),
      fallback: () => ({ count: 0, label: '' }),
      migrations: {
        2: (old) => ({ count: old as number }),
        3: (old) => ({ ...(old as { count: number }), label: 'migrated' }),
      },
    });
    const area = memoryArea({ n: 5 });
    expect(await readItem(area, item)).toEqual({ value: { count: 5, label: 'migrated' } });
  });

  it('refuses to define an item with a missing migration', () => {
    expect(() =>
      defineItem({ key: 'x', area: 'local', version: 2, schema: z.number(), fallback: () => 0 }),
    ).toThrow('no migration to version 2');
  });

  it('reports unreadable or newer data without overwriting it', async () => {
    const area = memoryArea({ servers: { v: 2, value: [{ id: 3 }] } });
    const read = await readItem(area, serversItem);
    expect(read).toEqual({ value: [], problem: 'servers is unreadable' });
    expect(area.data.servers).toEqual({ v: 2, value: [{ id: 3 }] });
    const broken = memoryArea({ servers: { v: 1, value: 'garbage' } });
    expect((await readItem(broken, serversItem)).problem).toBe(
      'servers could not be upgraded from version 1',
    );
    const newer = memoryArea({ servers: { v: 9, value: [] } });
    expect((await readItem(newer, serversItem)).problem).toContain('newer version');
  });
});
