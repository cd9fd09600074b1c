// Names the model uses for servers and tools, and how a call's names map back to a server.
export const MAX_KEY_LENGTH = 32;
const FALLBACK_KEY = 'server';

export interface CatalogServer {
  id: string;
  name: string;
  tools: { name: string }[];
}

export interface CatalogTool {
  serverId: string;
  /** The server's key. */
  server: string;
  tool: string;
  /** Another server has a tool of this name, so the model must say which server it means. */
  needsServer: boolean;
}

export interface Catalog {
  serverKeys: Map<string, string>;
  /** The user's names, for matching a call that names a server the way the user does. */
  serverNames: Map<string, string>;
  tools: CatalogTool[];
}

export type Resolution =
  | { serverId: string }
  | { error: 'unknown-server' | 'unknown-tool' | 'ambiguous'; candidates?: string[] };

/** A short, lowercase key for a server name, not in `taken` (which is left unchanged). */
export function serverKey(name: string, taken: Set<string>): string {
  const slug = trimDashes(
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '-'),
  );
  const base = trimDashes(slug.slice(0, MAX_KEY_LENGTH)) || FALLBACK_KEY;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const key = `${trimDashes(base.slice(0, MAX_KEY_LENGTH - suffix.length))}${suffix}`;
    if (!taken.has(key)) return key;
  }
}

/** Gives every server a key and marks the tools whose names clash across servers. */
export function nameCatalog(servers: CatalogServer[]): Catalog {
  const serverKeys = new Map<string, string>();
  const serverNames = new Map<string, string>();
  const taken = new Set<string>();
  const owners = new Map<string, Set<string>>();
  for (const server of servers) {
    const key = serverKey(server.name, taken);
    taken.add(key);
    serverKeys.set(server.id, key);
    serverNames.set(server.id, server.name);
    for (const tool of server.tools) {
      const ids = owners.get(tool.name) ?? new Set<string>();
      owners.set(tool.name, ids.add(server.id));
    }
  }
  const tools = servers.flatMap((server) =>
    server.tools.map((tool) => ({
      serverId: server.id,
      server: serverKeys.get(server.id)!,
      tool: tool.name,
      needsServer: (owners.get(tool.name)?.size ?? 0) > 1,
    })),
  );
  return { serverKeys, serverNames, tools };
}

/** Finds the server a call is meant for; `server` may be a key or the user's name, in any case. */
export function resolveCall(catalog: Catalog, call: { server?: string; tool: string }): Resolution {
  if (call.server === undefined) {
    const owners = catalog.tools.filter((t) => t.tool === call.tool);
    if (owners.length === 1) return { serverId: owners[0]!.serverId };
    if (owners.length > 1)
      return { error: 'ambiguous', candidates: unique(owners.map((t) => t.server)) };
    const lower = call.tool.toLowerCase();
    const near = unique(
      catalog.tools.filter((t) => t.tool.toLowerCase() === lower).map((t) => t.tool),
    );
    return near.length > 0
      ? { error: 'unknown-tool', candidates: near }
      : { error: 'unknown-tool' };
  }
  const serverIds = matchServer(catalog, call.server);
  if (serverIds.length === 0)
    return { error: 'unknown-server', candidates: [...catalog.serverKeys.values()] };
  if (serverIds.length > 1) {
    return { error: 'ambiguous', candidates: serverIds.map((id) => catalog.serverKeys.get(id)!) };
  }
  const serverId = serverIds[0]!;
  const tools = catalog.tools.filter((t) => t.serverId === serverId);
  if (tools.some((t) => t.tool === call.tool)) return { serverId };
  return { error: 'unknown-tool', candidates: tools.map((t) => t.tool) };
}

function matchServer(catalog: Catalog, server: string): string[] {
  const lower = server.toLowerCase();
  // Keys are lowercase and unique, so a key match is never ambiguous.
  for (const [id, key] of catalog.serverKeys) if (key === lower) return [id];
  return [...catalog.serverNames]
    .filter(([, name]) => name.toLowerCase() === lower)
    .map(([id]) => id);
}

function trimDashes(text: string): string {
  return text.replace(/^-+|-+$/g, '');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
