// Default and unique names for servers: the name is how the user and the model tell servers apart.
import type { ServerConfig } from '../../shared/storage/items';

export function defaultName(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).at(-1);
    return last && !['mcp', 'sse', 'message'].includes(last) ? last : parsed.host;
  } catch {
    return 'server';
  }
}

export function uniqueName(name: string, servers: readonly ServerConfig[]): string {
  const taken = new Set(servers.map((s) => s.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name}-${n}`.toLowerCase())) return `${name}-${n}`;
}
