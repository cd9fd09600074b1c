// A stored item: key, area, zod schema, version and ordered migrations. Values are kept as
// `{ v, value }` so an older shape is recognised and migrated on read.
import type { z } from 'zod';
import { SwitchboardError } from '../errors';

/** The slice of `chrome.storage.StorageArea` we use; an in-memory twin backs the unit tests. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  /** The keys changed by any context, including this one (`chrome.storage.local.onChanged`). */
  onChanged?: { addListener(listener: (changes: Record<string, unknown>) => void): void };
}

export type AreaName = 'local' | 'session';

export interface ItemSpec<T> {
  key: string;
  /** `session` survives worker restarts but not a browser restart, and is hidden from pages. */
  area: AreaName;
  version: number;
  schema: z.ZodType<T>;
  fallback: () => T;
  /** `migrations[n]` turns a version n-1 value into a version n value. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

export type Item<T> = ItemSpec<T>;

export function defineItem<T>(spec: ItemSpec<T>): Item<T> {
  for (let v = 2; v <= spec.version; v++) {
    if (!spec.migrations?.[v]) throw new Error(`${spec.key}: no migration to version ${v}`);
  }
  return spec;
}

export interface ReadResult<T> {
  value: T;
  /**
   * Why the stored value could not be used, when it could not. The raw value is left in place, and
   * when it was of another version, also copied under `backupKey`.
   */
  problem?: string;
}

/** Where a stored value of another version is copied before it is migrated (issue #5). */
export const backupKey = (key: string, version: number) => `${key}.backup.v${version}`;

/** Writes `raw` under `key` unless it is already there: items are read far more than written. */
async function keepCopy(area: StorageAreaLike, key: string, raw: unknown): Promise<void> {
  const kept = (await area.get(key))[key];
  if (JSON.stringify(kept) !== JSON.stringify(raw)) await area.set({ [key]: raw });
}

export async function readItem<T>(area: StorageAreaLike, item: Item<T>): Promise<ReadResult<T>> {
  const raw = (await area.get(item.key))[item.key];
  if (raw === undefined) return { value: item.fallback() };
  // Values from before versioning are bare; they count as version 1.
  const wrapped = typeof raw === 'object' && raw !== null && 'v' in raw && 'value' in raw;
  let version = wrapped && typeof raw.v === 'number' ? raw.v : 1;
  let value = wrapped ? raw.value : raw;
  // A value this code cannot take as it is gets copied first, so that whatever reads it wrong
  // (a migration that throws or loses data, a later write over a newer value) loses nothing.
  if (version !== item.version) await keepCopy(area, backupKey(item.key, version), raw);
  if (version > item.version) {
    return { value: item.fallback(), problem: `${item.key} was written by a newer version` };
  }
  try {
    while (version < item.version) {
      version++;
      value = item.migrations?.[version]?.(value);
    }
  } catch {
    return {
      value: item.fallback(),
      problem: `${item.key} could not be upgraded from version ${version - 1}`,
    };
  }
  const parsed = item.schema.safeParse(value);
  if (!parsed.success) return { value: item.fallback(), problem: `${item.key} is unreadable` };
  return { value: parsed.data };
}

export async function writeItem<T>(area: StorageAreaLike, item: Item<T>, value: T): Promise<void> {
  try {
    await area.set({ [item.key]: { v: item.version, value: item.schema.parse(value) } });
  } catch (error) {
    // Chrome's own wording ("Resource::kQuotaBytes quota exceeded") means nothing to a user.
    if (error instanceof Error && /quota/i.test(error.message)) {
      throw new SwitchboardError(
        'storage_full',
        'The browser’s storage for MCP Switchboard is full, so this change was not saved. Your earlier settings are unchanged.',
      );
    }
    throw error;
  }
}

/** In-memory storage area for unit tests; like the browser's, it tells listeners of every set. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & {
  data: Record<string, unknown>;
  getAll(): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
} {
  const data = structuredClone(initial);
  const listeners: ((changes: Record<string, unknown>) => void)[] = [];
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
      const changes = Object.fromEntries(Object.keys(items).map((key) => [key, {}]));
      for (const listener of listeners) listener(changes);
    },
    async getAll() {
      return structuredClone(data);
    },
    async remove(keys) {
      for (const key of keys) delete data[key];
      const changes = Object.fromEntries(keys.map((key) => [key, {}]));
      for (const listener of listeners) listener(changes);
    },
    onChanged: { addListener: (listener) => void listeners.push(listener) },
  };
}
