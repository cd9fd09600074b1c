import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backupKey, defineItem, memoryArea, readItem, writeItem } from './item';
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

  it('turns a full-quota write into a storage_full error and other failures through unchanged', async () => {
    const failing = (message: string) => ({
      ...memoryArea(),
      set: () => Promise.reject(new Error(message)),
    });
    await expect(
      writeItem(failing('Resource::kQuotaBytes quota exceeded'), serversItem, []),
    ).rejects.toMatchObject({ code: 'storage_full', message: expect.stringMatching(/is full/) });
    await expect(writeItem(failing('disk on fire'), serversItem, [])).rejects.toThrow(
      'disk on fire',
    );
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

  describe('backup of an older or newer value (issue #5)', () => {
    const item = defineItem({
      key: 'n',
      area: 'local',
      version: 2,
      schema: z.object({ count: z.number() }),
      fallback: () => ({ count: 0 }),
      migrations: {
        2: (old) => {
          if (typeof old !== 'number') throw new Error('not a count');
          return { count: old };
        },
      },
    });

    it('keeps the old value under a backup key when its migration throws', async () => {
      const area = memoryArea({ n: { v: 1, value: 'five' } });
      expect(await readItem(area, item)).toEqual({
        value: { count: 0 },
        problem: 'n could not be upgraded from version 1',
      });
      expect(backupKey('n', 1)).toBe('n.backup.v1');
      expect(area.data['n.backup.v1']).toEqual({ v: 1, value: 'five' });
      // The next write replaces the item; the backup is still there to recover from.
      await writeItem(area, item, { count: 1 });
      expect(area.data.n).toEqual({ v: 2, value: { count: 1 } });
      expect(area.data['n.backup.v1']).toEqual({ v: 1, value: 'five' });
    });

    it('copies before migrating, once, however often the old value is read', async () => {
      const area = memoryArea({ n: 5 });
      const writes: string[] = [];
      const counting = {
        get: area.get,
        set: async (items: Record<string, unknown>) => {
          writes.push(...Object.keys(items));
          await area.set(items);
        },
      };
      for (let i = 0; i < 3; i++)
        expect(await readItem(counting, item)).toEqual({ value: { count: 5 } });
      expect(writes).toEqual(['n.backup.v1']);
      expect(area.data['n.backup.v1']).toBe(5);
      expect(area.data.n).toBe(5);
    });

    it('copies a value written by a newer version, which a later write would replace', async () => {
      const area = memoryArea({ n: { v: 3, value: { count: 2, unit: 'kg' } } });
      expect((await readItem(area, item)).problem).toBe('n was written by a newer version');
      expect(area.data['n.backup.v3']).toEqual({ v: 3, value: { count: 2, unit: 'kg' } });
    });

    it('writes no backup for a value of the current version', async () => {
      const area = memoryArea({ n: { v: 2, value: { count: 1 } } });
      await readItem(area, item);
      expect(Object.keys(area.data)).toEqual(['n']);
    });
  });
});
