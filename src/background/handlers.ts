// The background's answer to each message of the contract.
import type { CatalogTool, ServerView } from '../shared/messages/views';
import { callTool } from './calls/call-tool';
import type { Handlers } from './router';
import type { ServerStore } from './servers/store';
import type { SessionManager } from './sessions/manager';

/** `booted` settles once a (re)started worker has reopened the sessions of the stored servers. */
export function createHandlers(
  store: ServerStore,
  manager: SessionManager,
  booted: Promise<void>,
): Handlers {
  const views = async (): Promise<ServerView[]> => (await store.list()).map((c) => manager.view(c));
  const resync = async () => manager.sync(await store.list());

  return {
    'servers.list': async () => ({ servers: await views() }),
    'servers.add': async (request) => {
      const server = await store.add(request);
      await resync();
      return { server: manager.view(server) };
    },
    'servers.edit': async ({ id, ...patch }) => {
      const server = await store.edit(id, patch);
      await resync();
      return { server: manager.view(server) };
    },
    'servers.remove': async ({ id }) => {
      await store.remove(id);
      await resync();
      return {};
    },
    'servers.reconnect': async ({ id }) => {
      await manager.reconnect(await store.get(id));
      return {};
    },
    'tools.catalog': async () => {
      await booted;
      const sessions = manager.all();
      await Promise.all(sessions.map((s) => s.ensureConnected()));
      const tools: CatalogTool[] = sessions.flatMap((s) =>
        s.status.state !== 'connected'
          ? []
          : s.tools.map((t) => ({
              server: s.config.name,
              serverId: s.config.id,
              name: t.name,
              ...(t.title ? { title: t.title } : {}),
              ...(t.description ? { description: t.description } : {}),
              inputSchema: t.inputSchema as Record<string, unknown>,
            })),
      );
      return { tools };
    },
    'tools.call': async ({ call }) => {
      await booted;
      return callTool(manager, call);
    },
  };
}
