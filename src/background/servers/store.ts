// The user's server list and the servers' header secrets in chrome.storage.local. The only writer
// of both items; secrets are read here and handed to sessions, never to another context.
import { SwitchboardError } from '../../shared/errors';
import type { HeadersInput, OAuthInput } from '../../shared/messages/contract';
import type { Item } from '../../shared/storage/item';
import type { ItemStorage } from '../../shared/storage/item-storage';
import {
  DEFAULT_CALL_TIMEOUT_MS,
  type ServerConfig,
  secretsItem,
  serversItem,
  type TransportPreference,
} from '../../shared/storage/items';
import { defaultName, uniqueName } from './names';

export interface ServerInput {
  url?: string;
  name?: string;
  enabled?: boolean;
  transport?: TransportPreference;
  callTimeoutMs?: number;
  callsPerMinute?: number;
  headers?: HeadersInput;
  omitOrigin?: boolean;
  oauth?: OAuthInput;
}

/** A server as an import sets it; absent fields are kept. `headers` replaces the whole set. */
export interface ServerUpsert {
  name: string;
  url: string;
  enabled?: boolean;
  transport?: TransportPreference;
  callTimeoutMs?: number;
  callsPerMinute?: number;
  headers?: Record<string, string>;
}

type Secrets = Record<string, { headers: Record<string, string>; clientSecret?: string }>;

export class ServerStore {
  constructor(
    private readonly storage: ItemStorage,
    /** Told the new list after each write, before the write's caller goes on (origin-rewrite.ts). */
    private readonly written: (servers: ServerConfig[]) => Promise<void> = async () => {},
  ) {}

  list(): Promise<ServerConfig[]> {
    return this.storage.get(serversItem);
  }

  async get(id: string): Promise<ServerConfig> {
    const server = (await this.list()).find((s) => s.id === id);
    if (!server)
      throw new SwitchboardError('server_not_found', 'That server is no longer configured.');
    return server;
  }

  async headers(id: string): Promise<Record<string, string>> {
    return (await this.storage.get(secretsItem))[id]?.headers ?? {};
  }

  /** The secret of the server's pre-registered OAuth client, if the user entered one. */
  async clientSecret(id: string): Promise<string | undefined> {
    return (await this.storage.get(secretsItem))[id]?.clientSecret || undefined;
  }

  /**
   * The header values these edits would give, saving nothing: a header listed without a value
   * keeps the saved one of server `id`. Without edits, the saved set.
   */
  async headersWith(
    id: string | undefined,
    edits: HeadersInput | undefined,
  ): Promise<Record<string, string>> {
    const saved = id ? await this.headers(id) : {};
    return edits ? applyHeaders(saved, edits) : saved;
  }

  add(input: ServerInput & { url: string }): Promise<ServerConfig> {
    return this.update((servers, secrets) => {
      const url = input.url.trim();
      if (!url) throw new SwitchboardError('invalid_url', 'Enter the server’s URL.');
      const id = crypto.randomUUID();
      const headers = applyHeaders({}, input.headers ?? []);
      const server: ServerConfig = {
        id,
        name: uniqueName(input.name?.trim() || defaultName(url), servers),
        url,
        enabled: input.enabled ?? true,
        addedAt: Date.now(),
        transport: input.transport ?? 'auto',
        callTimeoutMs: input.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
        headerNames: Object.keys(headers),
        ...callsPerMinuteOf(input.callsPerMinute),
        ...(input.omitOrigin ? { omitOrigin: true } : {}),
        ...oauthSettings(undefined, input.oauth),
      };
      const clientSecret = input.oauth?.clientSecret;
      return {
        servers: [...servers, server],
        secrets: { ...secrets, [id]: { headers, ...(clientSecret ? { clientSecret } : {}) } },
        result: server,
      };
    });
  }

  edit(id: string, patch: ServerInput): Promise<ServerConfig> {
    return this.update((servers, secrets) => {
      const current = servers.find((s) => s.id === id);
      if (!current)
        throw new SwitchboardError('server_not_found', 'That server is no longer configured.');
      const name = patch.name?.trim();
      const headers = patch.headers
        ? applyHeaders(secrets[id]?.headers ?? {}, patch.headers)
        : undefined;
      const { oauth: _saved, ...kept } = current;
      const next: ServerConfig = {
        ...kept,
        ...oauthSettings(current.oauth, patch.oauth),
        ...(patch.url?.trim() ? { url: patch.url.trim() } : {}),
        ...(name
          ? {
              name: uniqueName(
                name,
                servers.filter((s) => s.id !== id),
              ),
            }
          : {}),
        ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
        ...(patch.transport ? { transport: patch.transport } : {}),
        ...(patch.callTimeoutMs ? { callTimeoutMs: patch.callTimeoutMs } : {}),
        ...callsPerMinuteOf(patch.callsPerMinute),
        ...(patch.omitOrigin === undefined ? {} : { omitOrigin: patch.omitOrigin }),
        ...(headers ? { headerNames: Object.keys(headers) } : {}),
      };
      const secret = patch.oauth?.clientSecret;
      const nextSecret = {
        ...(secrets[id] ?? { headers: {} }),
        ...(headers ? { headers } : {}),
        ...(secret === undefined ? {} : { clientSecret: secret }),
      };
      return {
        servers: servers.map((s) => (s.id === id ? next : s)),
        secrets: { ...secrets, [id]: nextSecret },
        result: next,
      };
    });
  }

  /**
   * Adds or changes servers, matched by name, in one write (an import): all land or none. What an
   * entry leaves out is kept, or for a new server set as adding it by hand would.
   */
  upsert(entries: readonly ServerUpsert[]): Promise<ServerConfig[]> {
    return this.update((servers, secrets) => {
      let list = servers;
      const nextSecrets = { ...secrets };
      const result = entries.map((entry) => {
        const current = list.find((s) => s.name.toLowerCase() === entry.name.toLowerCase());
        const id = current?.id ?? crypto.randomUUID();
        const next: ServerConfig = {
          id,
          name: current?.name ?? uniqueName(entry.name, list),
          url: entry.url.trim(),
          enabled: entry.enabled ?? current?.enabled ?? true,
          addedAt: current?.addedAt ?? Date.now(),
          transport: entry.transport ?? current?.transport ?? 'auto',
          callTimeoutMs: entry.callTimeoutMs ?? current?.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
          headerNames: entry.headers ? Object.keys(entry.headers) : (current?.headerNames ?? []),
          ...callsPerMinuteOf(entry.callsPerMinute ?? current?.callsPerMinute),
          // Not in the backup format: an import keeps the switch and the sign-in settings as the
          // user set them here.
          ...(current?.omitOrigin ? { omitOrigin: true } : {}),
          ...(current?.oauth ? { oauth: current.oauth } : {}),
        };
        if (entry.headers || !current)
          nextSecrets[id] = { ...nextSecrets[id], headers: entry.headers ?? {} };
        list = current ? list.map((s) => (s.id === id ? next : s)) : [...list, next];
        return next;
      });
      return { servers: list, secrets: nextSecrets, result };
    });
  }

  remove(id: string): Promise<void> {
    return this.update((servers, secrets) => {
      const { [id]: _gone, ...rest } = secrets;
      return { servers: servers.filter((s) => s.id !== id), secrets: rest, result: undefined };
    });
  }

  /**
   * Read-modify-write of both items, one change at a time. When a stored item cannot be read it is
   * copied aside before anything overwrites it, so a bad write never loses the user's servers.
   */
  private update<T>(
    change: (
      servers: ServerConfig[],
      secrets: Secrets,
    ) => { servers: ServerConfig[]; secrets: Secrets; result: T },
  ): Promise<T> {
    return this.storage.queue([serversItem, secretsItem], async (put) => {
      const servers = await this.readKeepingBad<ServerConfig[]>(serversItem);
      const secrets = await this.readKeepingBad<Secrets>(secretsItem);
      const next = change(servers, secrets);
      await put(secretsItem, next.secrets);
      await put(serversItem, next.servers);
      await this.written(next.servers);
      return next.result;
    });
  }

  private async readKeepingBad<T>(item: Item<T>): Promise<T> {
    const read = await this.storage.read(item);
    if (read.problem) {
      const { area } = this.storage;
      const raw = (await area.get(item.key))[item.key];
      await area.set({ [`${item.key}.unreadable.${Date.now()}`]: raw });
    }
    return read.value;
  }
}

/** A cap the user set, or nothing: absent means the default. */
function callsPerMinuteOf(cap: number | undefined): Pick<ServerConfig, 'callsPerMinute'> {
  return cap ? { callsPerMinute: cap } : {};
}

/** The new header map: listed names only; a given value replaces, an absent one keeps the stored. */
function applyHeaders(
  current: Record<string, string>,
  input: HeadersInput,
): Record<string, string> {
  const next: Record<string, string> = {};
  for (const { name, value } of input) {
    const kept =
      value ?? Object.entries(current).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    if (kept === undefined)
      throw new SwitchboardError('bad_request', `The header ${name} needs a value.`);
    next[name] = kept;
  }
  return next;
}

/** The OAuth settings an input gives on top of the saved ones; empty strings clear a field. */
function oauthSettings(
  saved: ServerConfig['oauth'],
  input: OAuthInput | undefined,
): Pick<ServerConfig, 'oauth'> {
  if (!input) return saved ? { oauth: saved } : {};
  const merged: NonNullable<ServerConfig['oauth']> = { ...saved };
  for (const key of ['clientId', 'clientMetadataUrl', 'scope'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (value.trim()) merged[key] = value.trim();
    else delete merged[key];
  }
  if (merged.clientMetadataUrl && !/^https:\/\/[^/]+\/.+/.test(merged.clientMetadataUrl))
    throw new SwitchboardError(
      'invalid_url',
      'The client metadata URL must be an https:// address with a path, where the document is served.',
    );
  return Object.keys(merged).length > 0 ? { oauth: merged } : {};
}
