import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineItem, memoryArea, type StorageAreaLike } from './item';
import { ItemStorage, type WriteReport } from './item-storage';

const counter = defineItem({
  key: 'counter',
  area: 'local',
  version: 1,
  schema: z.number(),
  fallback: () => 0,
});
const label = defineItem({
  key: 'label',
  area: 'local',
  version: 1,
  schema: z.string(),
  fallback: () => '',
});

/** A memory area whose next `failures` writes are refused, counting reads. */
function flakyArea(failures: number) {
  const area = memoryArea();
  const reads = vi.fn(area.get);
  let left = failures;
  const flaky: StorageAreaLike = {
    get: reads,
    set: async (items) => {
      if (left-- > 0) throw new Error('disk on fire');
      await area.set(items);
    },
    ...(area.onChanged ? { onChanged: area.onChanged } : {}),
  };
  return { area, flaky, reads };
}

describe('ItemStorage', () => {
  it('lands every one of many quick changes, in order', async () => {
    const storage = new ItemStorage(memoryArea());
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, () =>
        storage.update(counter, async (n) => {
          seen.push(n);
          return n + 1;
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await storage.get(counter)).toBe(20);
  });

  it('after a failed write, reports it, rejects that change only and saves the next one', async () => {
    const { area, flaky } = flakyArea(1);
    const reports: WriteReport[] = [];
    const storage = new ItemStorage(flaky, (report) => reports.push(report));
    const failed = storage.update(counter, (n) => n + 1);
    const next = storage.update(counter, (n) => n + 10);
    await expect(failed).rejects.toThrow('disk on fire');
    await expect(next).resolves.toBe(10);
    expect(area.data.counter).toEqual({ v: 1, value: 10 });
    expect(reports).toEqual([{ key: 'counter', error: expect.any(Error) }, { key: 'counter' }]);
  });

  it('keeps going after a change that throws before writing, without calling it a failed write', async () => {
    const reports: WriteReport[] = [];
    const storage = new ItemStorage(memoryArea(), (report) => reports.push(report));
    const refused = storage.update(counter, () => {
      throw new Error('not a valid change');
    });
    await expect(refused).rejects.toThrow('not a valid change');
    await expect(storage.update(counter, (n) => n + 1)).resolves.toBe(1);
    expect(reports).toEqual([{ key: 'counter' }]);
  });

  it('logs a failed write to the console when no one else listens', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const storage = new ItemStorage(flakyArea(1).flaky);
    await expect(storage.write(counter, 1)).rejects.toThrow();
    expect(error).toHaveBeenCalledWith(
      '[MCP Switchboard] saving counter failed:',
      expect.any(Error),
    );
    error.mockRestore();
  });

  it('reads from memory until the item changes, whoever changed it', async () => {
    const { area, flaky, reads } = flakyArea(0);
    const storage = new ItemStorage(flaky);
    await storage.write(counter, 3);
    expect(await storage.get(counter)).toBe(3);
    expect(await storage.get(counter)).toBe(3);
    expect(reads).not.toHaveBeenCalled();
    // Another worker, or an earlier one, wrote it: the next read asks the area.
    await new ItemStorage(area).write(counter, 7);
    expect(await storage.get(counter)).toBe(7);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when a change gives back the same value', async () => {
    const reports: WriteReport[] = [];
    const storage = new ItemStorage(memoryArea(), (report) => reports.push(report));
    await storage.update(counter, (n) => n);
    expect(reports).toEqual([]);
  });

  it('runs a task over two items after the changes queued on either', async () => {
    const storage = new ItemStorage(memoryArea());
    const order: string[] = [];
    const slow = storage.update(label, async (text) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('label');
      return `${text}a`;
    });
    const both = storage.queue([counter, label], async (put) => {
      order.push('both');
      await put(counter, 1);
      await put(label, `${await storage.get(label)}b`);
    });
    await Promise.all([slow, both]);
    expect(order).toEqual(['label', 'both']);
    expect(await storage.get(label)).toBe('ab');
  });
});
