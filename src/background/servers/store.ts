// The user's server list in chrome.storage.local: the only writer of the `servers` item.
import { SwitchboardError } from '../../shared/errors';
import { readItem, type StorageAreaLike, writeItem } from '../../shared/storage/item';
import { type ServerConfig, serversItem } from '../../shared/storage/items';

export class ServerStore {
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: StorageAreaLike) {}

  async list(): Promise<ServerConfig[]> {
    return (await readItem(this.area, serversItem)).value;
  }

  async get(id: string): Promise<ServerConfig> {
    const server = (await this.list()).find((s) => s.id === id);
    if (!server)
      throw new SwitchboardError('server_not_found', 'That server is no longer configured.');
    return server;
  }

  add(input: { url: string; name?: string }): Promise<ServerConfig> {
    return this.update((servers) => {
      const url = input.url.trim();
      if (!url) throw new SwitchboardError('invalid_url', 'Enter the server’s URL.');
      const name = uniqueName(input.name?.trim() || defaultName(url), servers);
      const server: ServerConfig = {
        id: crypto.randomUUID(),
        name,
        url,
        enabled: true,
        addedAt: Date.now(),
      };
      return { servers: [...servers, server], result: server };
    });
  }

  edit(
    id: string,
    patch: { url?: string; name?: string; enabled?: boolean },
  ): Promise<ServerConfig> {
    return this.update((servers) => {
      const current = servers.find((s) => s.id === id);
      if (!current)
        throw new SwitchboardError('server_not_found', 'That server is no longer configured.');
      const others = servers.filter((s) => s.id !== id);
      const name = patch.name?.trim();
      const next: ServerConfig = {
        ...current,
        ...(patch.url?.trim() ? { url: patch.url.trim() } : {}),
        ...(name ? { name: uniqueName(name, others) } : {}),
        ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
      };
      return { servers: servers.map((s) => (s.id === id ? next : s)), result: next };
    });
  }

  remove(id: string): Promise<void> {
    return this.update((servers) => ({
      servers: servers.filter((s) => s.id !== id),
      result: undefined,
    }));
  }

  /**
   * Read-modify-write, one at a time. When the stored list cannot be read it is copied aside
   * before anything overwrites it, so a bad write never loses the user's servers.
   */
  private update<T>(
    change: (servers: ServerConfig[]) => { servers: ServerConfig[]; result: T },
  ): Promise<T> {
    const run = this.writes.then(async () => {
      const read = await readItem(this.area, serversItem);
      if (read.problem) {
        const raw = (await this.area.get(serversItem.key))[serversItem.key];
        await this.area.set({ [`${serversItem.key}.unreadable.${Date.now()}`]: raw });
      }
      const { servers, result } = change(read.value);
      await writeItem(this.area, serversItem, servers);
      return result;
    });
    this.writes = run.catch(() => {});
    return run;
  }
}

function defaultName(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).at(-1);
    return last && last !== 'mcp' && last !== 'sse' ? last : parsed.host;
  } catch {
    return 'server';
  }
}

/** Names are how the model addresses a server, so they must differ. */
export function uniqueName(name: string, servers: readonly ServerConfig[]): string {
  const taken = new Set(servers.map((s) => s.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name}-${n}`.toLowerCase())) return `${name}-${n}`;
}
