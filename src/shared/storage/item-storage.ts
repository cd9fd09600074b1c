// The one way the background reads and writes stored items in a storage area: reads stay in memory
// until the item changes (`onChanged`), and changes to an item run one at a time, so two quick
// changes both land, and a failed write is reported and never stops the changes queued after it.
import { z } from 'zod';
import {
  type Item,
  memoryArea,
  type ReadResult,
  readItem,
  type StorageAreaLike,
  writeItem,
} from './item';

/** One write's outcome: `error` is set when it failed. */
export interface WriteReport {
  key: string;
  error?: unknown;
}

/** Writes a value inside a queued task; throws (after reporting) when the write fails. */
export type Put = <T>(item: Item<T>, value: T) => Promise<void>;

const logFailure = ({ key, error }: WriteReport) => {
  if (error !== undefined) console.error(`[MCP Switchboard] saving ${key} failed:`, error);
};

export class ItemStorage {
  /** Reads by item key; a value read is shared with later readers, so copy before changing it. */
  private readonly reads = new Map<string, Promise<ReadResult<unknown>>>();
  /** Per item key, the end of its queue; it never rejects. */
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    readonly area: StorageAreaLike,
    /** Told after every queued write: reports failures, and clears them once a write succeeds. */
    private readonly onWrite: (report: WriteReport) => void = logFailure,
  ) {
    area.onChanged?.addListener((changes) => {
      for (const key of Object.keys(changes)) this.reads.delete(key);
    });
  }

  read<T>(item: Item<T>): Promise<ReadResult<T>> {
    let read = this.reads.get(item.key) as Promise<ReadResult<T>> | undefined;
    if (!read) {
      read = readItem(this.area, item);
      this.reads.set(item.key, read);
      // A read that failed is not kept: the next one tries the area again.
      read.catch(() => {
        if (this.reads.get(item.key) === read) this.reads.delete(item.key);
      });
    }
    return read;
  }

  async get<T>(item: Item<T>): Promise<T> {
    return (await this.read(item)).value;
  }

  /**
   * Runs `task` once every task queued before on any of `items` has settled, and gives it `put` to
   * write them. A task that throws rejects its own caller only; the next one runs regardless.
   */
  queue<R>(
    items: readonly Pick<Item<unknown>, 'key'>[],
    task: (put: Put) => Promise<R>,
  ): Promise<R> {
    const keys = items.map((item) => item.key);
    const run = Promise.all(keys.map((key) => this.tails.get(key))).then(() => task(this.put));
    const tail = run.then(
      () => {},
      () => {},
    );
    for (const key of keys) this.tails.set(key, tail);
    return run;
  }

  /**
   * Read-modify-write of one item, queued. `change` gets the current value (and any problem
   * reading it); returning that same value writes nothing.
   */
  update<T>(item: Item<T>, change: (value: T, read: ReadResult<T>) => T | Promise<T>): Promise<T> {
    return this.queue([item], async (put) => {
      const read = await this.read(item);
      const next = await change(read.value, read);
      if (next !== read.value) await put(item, next);
      return next;
    });
  }

  /** Replaces an item's value, after the changes queued before. */
  write<T>(item: Item<T>, value: T): Promise<void> {
    return this.queue([item], (put) => put(item, value));
  }

  private readonly put: Put = async (item, value) => {
    try {
      await writeItem(this.area, item, value);
    } catch (error) {
      // A value its schema refuses never reached the area: a mistake of the caller's, not a failure.
      if (error instanceof z.ZodError) throw error;
      // What the area holds now is uncertain: the next read asks it.
      this.reads.delete(item.key);
      this.onWrite({ key: item.key, error });
      throw error;
    }
    this.reads.set(item.key, Promise.resolve({ value }));
    this.onWrite({ key: item.key });
  };
}

/** An ItemStorage over an in-memory area for unit tests; `data` is what the area holds. */
export function memoryStorage(
  initial: Record<string, unknown> = {},
): ItemStorage & { data: Record<string, unknown> } {
  const area = memoryArea(initial);
  return Object.assign(new ItemStorage(area), { data: area.data });
}
