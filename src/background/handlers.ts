// The background's answer to each message of the contract.
import { SwitchboardError } from '../shared/errors';
import { estimateTokens, instructions } from '../shared/mcp/instructions';
import type { ProgressPush } from '../shared/messages/contract';
import type { CatalogTool, ResultPart, ServerView } from '../shared/messages/views';
import type { PolicyStore } from './calls/policy-store';
import { catalogOf } from './calls/resolve';
import type { CallService } from './calls/service';
import type { Handlers } from './router';
import type { ServerStore } from './servers/store';
import type { SessionManager } from './sessions/manager';
import type { SiteHealth } from './site-health';
import type { SiteSettingsStore } from './site-settings';

export interface HandlerDeps {
  siteSettings: SiteSettingsStore;
  /** Tabs learn settings through the status push: tell it to go out. */
  onSettingsChanged(): void;
  store: ServerStore;
  health: SiteHealth;
  policies: PolicyStore;
  manager: SessionManager;
  calls: CallService;
  /** Settles once a (re)started worker has reopened the sessions of the stored servers. */
  booted: Promise<void>;
  pushToTab(tabId: number, push: ProgressPush): void;
}

export function createHandlers({
  siteSettings,
  onSettingsChanged,
  store,
  health,
  policies,
  manager,
  calls,
  booted,
  pushToTab,
}: HandlerDeps): Handlers {
  const views = async (): Promise<ServerView[]> => (await store.list()).map((c) => manager.view(c));
  const resync = async () => manager.sync(await store.list());
  /** Every connected server's tools under the names the model uses. */
  const catalogTools = async (): Promise<CatalogTool[]> => {
    await booted;
    const sessions = manager.all();
    await Promise.all(sessions.map((s) => s.ensureConnected()));
    const { connected, names } = catalogOf(sessions);
    return names.tools.map((entry) => {
      const session = connected.find((s) => s.config.id === entry.serverId)!;
      const tool = session.catalog.tools.find((t) => t.name === entry.tool)!;
      return {
        server: entry.server,
        serverId: entry.serverId,
        needsServer: entry.needsServer,
        name: tool.name,
        inputSchema: tool.inputSchema,
        ...(tool.title ? { title: tool.title } : {}),
        ...(tool.description ? { description: tool.description } : {}),
        ...(tool.unavailable ? { unavailable: tool.unavailable } : {}),
      };
    });
  };
  const connectedSession = async (serverId: string) => {
    await booted;
    const session = manager.get(serverId);
    if (!session) throw new SwitchboardError('server_not_found', 'That server is not enabled.');
    return session;
  };

  return {
    'servers.list': async () => ({ servers: await views() }),
    'servers.add': async (request) => {
      const server = await store.add(request);
      await resync();
      return { server: manager.view(server) };
    },
    'servers.edit': async ({ id, ...patch }) => {
      const server = await store.edit(id, patch);
      // New header values keep the same names, so sync alone would not notice them.
      if (patch.headers) await manager.reconnect(server);
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
    'tools.catalog': async () => ({ tools: await catalogTools() }),
    'health.report': async ({ missing }, { tabId, siteName }) => {
      if (tabId !== undefined && siteName) health.report(tabId, siteName, missing);
      return {};
    },
    'health.get': async () => ({ broken: health.broken() }),
    'sites.get': async () => ({ sites: await siteSettings.all() }),
    'sites.set': async ({ siteId, settings }) => {
      await siteSettings.update(siteId, settings);
      onSettingsChanged();
      return {};
    },
    'instructions.get': async (request, context) => {
      // A chat page may not read another site's custom text by naming it.
      const site = context.sender === 'content-script' ? context.siteId : request.siteId;
      const custom = site ? (await siteSettings.of(site)).instructions : '';
      const text = instructions(await catalogTools(), custom);
      return { text, tokens: estimateTokens(text) };
    },
    'policies.get': async () => ({ policies: await policies.get() }),
    'policies.set': async ({ serverId, tool, policy }) => {
      await policies.set(serverId, tool, policy);
      return {};
    },
    'tools.call': async ({ call, callKey, approval }, { sender, tabId, siteId }) => {
      // A tab still running from before support was turned off gets no further.
      if (siteId && !(await siteSettings.of(siteId)).enabled) {
        throw new SwitchboardError('denied', 'MCP Switchboard is turned off for this site.');
      }
      await booted;
      const onProgress =
        callKey && tabId !== undefined && sender === 'content-script'
          ? (progress: ProgressPush['progress']) =>
              pushToTab(tabId, { type: 'call.progress', callKey, progress })
          : undefined;
      return calls.call(call, {
        ...(siteId ? { siteId } : {}),
        approval,
        ...(callKey ? { callKey } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
    },
    'tools.cancel': async ({ callKey }) => ({ cancelled: calls.cancel(callKey) }),
    'tools.check': async ({ call }) => calls.check(call),
    'catalog.get': async () => {
      await booted;
      const configs = await store.list();
      return {
        servers: configs.flatMap((c) => {
          const session = manager.get(c.id);
          return session ? [{ serverId: c.id, name: c.name, catalog: session.catalog }] : [];
        }),
      };
    },
    'resources.read': async ({ serverId, uri }) => {
      const result = await (await connectedSession(serverId)).readResource(uri);
      const parts: ResultPart[] = result.contents.map((c) =>
        'text' in c
          ? { type: 'resource', uri: c.uri, text: c.text }
          : {
              type: 'media',
              kind: c.mimeType?.startsWith('audio/') ? 'audio' : 'image',
              mimeType: c.mimeType ?? 'application/octet-stream',
            },
      );
      return { parts };
    },
    'prompts.get': async ({ serverId, name, arguments: args }) => {
      const result = await (await connectedSession(serverId)).getPrompt(name, args);
      const text = result.messages
        .map((m) => (m.content.type === 'text' ? m.content.text : `[${m.content.type} content]`))
        .join('\n\n');
      return { text };
    },
    'activity.get': () => calls.activity(),
    'activity.clear': async () => {
      await calls.clear();
      return {};
    },
  };
}
