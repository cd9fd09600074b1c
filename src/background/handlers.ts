// The background's answer to each message of the contract.
import { companionServerName } from '../shared/companion/url';
import { SwitchboardError } from '../shared/errors';
import { estimateTokens, instructions } from '../shared/mcp/instructions';
import type { ConnectionReport } from '../shared/messages/connection-report';
import type { CatalogTool, ServerView } from '../shared/messages/views';
import { defaultSiteSettings, emptyCatalog, type ServerConfig } from '../shared/storage/items';
import type { BackupService } from './backup/service';
import type { Elicitations } from './calls/elicitations';
import { nameServers, type PendingCalls } from './calls/pending';
import type { PolicyStore } from './calls/policy-store';
import { catalogOf } from './calls/resolve';
import type { CallService } from './calls/service';
import type { CompanionLink } from './companion/link';
import type { TestInput } from './connection-test/test-connection';
import type { ConsentService } from './consent/service';
import { lookupHandler } from './lookups';
import { promptText, resourceContents } from './resources/read';
import type { Handlers } from './router';
import type { ServerStore } from './servers/store';
import { diagnose } from './sessions/diagnose';
import type { SessionManager } from './sessions/manager';
import type { ServerSession } from './sessions/session';
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
  /** Calls chat tabs propose, and their approval in the cards' frames. */
  consent: ConsentService;
  pending: PendingCalls;
  /** Questions servers ask during calls, waiting for the user's answer in a card. */
  elicitations: Elicitations;
  backup: BackupService;
  /** Puts text into the composer of the most recently used chat tab (chat-tabs.ts). */
  sendToChat(text: string): Promise<{ site: string }>;
  /** Tries a server URL and explains what it found (connection-test/). */
  testConnection(input: TestInput): Promise<ConnectionReport>;
  /** The companion that runs local servers. */
  companion: CompanionLink;
  /** Deletes the copies of sealed secrets whose key is gone (secrets/sealed-area.ts). */
  forgetUnreadableSecrets(): Promise<void>;
}

export function createHandlers({
  siteSettings,
  onSettingsChanged,
  store,
  health,
  policies,
  manager,
  calls,
  consent,
  pending,
  elicitations,
  backup,
  sendToChat,
  testConnection,
  companion,
  forgetUnreadableSecrets,
}: HandlerDeps): Handlers {
  const view = (c: ServerConfig): ServerView => manager.view(c);
  const views = async (): Promise<ServerView[]> => (await store.list()).map(view);
  const resync = async () => manager.sync(await store.list());
  /** Every connected server's tools under the names the model uses. */
  const catalogTools = async (): Promise<CatalogTool[]> => {
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
    const session = manager.get(serverId);
    if (!session) throw new SwitchboardError('server_not_found', 'That server is not enabled.');
    return session;
  };
  /** A request to one server; a failure is worded for the user, naming the server. */
  const onServer = async <T>(serverId: string, request: (s: ServerSession) => Promise<T>) => {
    const session = await connectedSession(serverId);
    try {
      return await request(session);
    } catch (error) {
      const { code, message } = diagnose(error, session.config.url);
      throw new SwitchboardError(code, message);
    }
  };

  return {
    'companion.status': async () => {
      const status = await companion.status();
      if (status.state !== 'ready') return status;
      // Installed, updated or given the server since they last tried: they need not wait.
      for (const session of manager.all()) {
        const { state, error } = session.status;
        if (
          companionServerName(session.config.url) &&
          state === 'failed' &&
          error?.code === 'companion_unavailable'
        )
          void session.reconnectNow();
      }
      return status;
    },
    'servers.list': async () => ({ servers: await views() }),
    'servers.add': async (request) => {
      const server = await store.add(request);
      await resync();
      return { server: view(server) };
    },
    'servers.edit': async ({ id, ...patch }) => {
      const server = await store.edit(id, patch);
      // Sync first: a changed connection setting replaces the session, and reconnecting the old
      // one would connect (and perhaps register for sign-in) with the old settings.
      await resync();
      // New header values keep the same names, and neither the Origin switch nor a new client
      // secret changes a connection setting, so sync alone would not notice them.
      if (patch.headers || patch.omitOrigin !== undefined || patch.oauth)
        await manager.reconnect(server);
      return { server: view(server) };
    },
    'servers.remove': async ({ id }) => {
      await store.remove(id);
      await resync();
      return {};
    },
    'servers.signIn': async ({ id }) => {
      await manager.signIn(await store.get(id));
      return {};
    },
    'servers.signOut': async ({ id }) => {
      await manager.signOut(await store.get(id));
      return {};
    },
    'servers.reconnect': async ({ id }) => {
      await manager.reconnect(await store.get(id));
      return {};
    },
    'servers.test': async ({ url, id, transport, headers }) => ({
      report: await testConnection({
        url,
        preference: transport ?? 'auto',
        headers: await store.headersWith(id, headers),
      }),
    }),
    'tools.catalog': async () => ({ tools: await catalogTools() }),
    'tools.lookup': lookupHandler(catalogTools, siteSettings),
    'health.report': async ({ missing }, { tabId, siteName }) => {
      if (tabId !== undefined && siteName) health.report(tabId, siteName, missing);
      return {};
    },
    'health.get': async () => ({ broken: health.broken(), healthy: health.healthy() }),
    'sites.get': async () => ({ sites: await siteSettings.all() }),
    'sites.set': async ({ siteId, settings }) => {
      await siteSettings.update(siteId, settings);
      onSettingsChanged();
      return {};
    },
    'instructions.get': async (request, context) => {
      // A chat page may not read another site's custom text by naming it.
      const site = context.sender === 'content-script' ? context.siteId : request.siteId;
      const { instructions: custom, catalogThreshold } = site
        ? await siteSettings.of(site)
        : defaultSiteSettings();
      const text = instructions(await catalogTools(), custom, { catalogAbove: catalogThreshold });
      return { text, tokens: estimateTokens(text) };
    },
    'policies.get': async () => ({ policies: await policies.get() }),
    'policies.set': async ({ serverId, tool, policy }) => {
      await policies.set(serverId, tool, policy);
      return {};
    },
    'tools.call': async ({ call, callKey, approval, proposalId }, { sender, tabId, siteId }) => {
      // A tab still running from before support was turned off gets no further.
      if (siteId && !(await siteSettings.of(siteId)).enabled) {
        throw new SwitchboardError('denied', 'MCP Switchboard is turned off for this site.');
      }
      if (sender === 'content-script') {
        // A chat tab never approves: a person does, in the card's frame. Auto mode runs the
        // proposal it was shown, and only where the site's auto mode and the tool allow it.
        if (approval !== 'auto' || !proposalId)
          throw new SwitchboardError(
            'denied',
            'Only the Run button in the call’s card can approve a call.',
          );
        return consent.runAuto(proposalId, tabId);
      }
      return calls.call(call, {
        approval,
        ...(siteId ? { siteId } : {}),
        ...(callKey ? { callKey } : {}),
      });
    },
    'calls.propose': async ({ call, callKey }, { tabId, siteId }) => {
      if (tabId === undefined) throw new SwitchboardError('bad_request', 'No tab to show it in.');
      if (siteId && !(await siteSettings.of(siteId)).enabled) {
        throw new SwitchboardError('denied', 'MCP Switchboard is turned off for this site.');
      }
      return consent.propose(tabId, siteId, call, callKey);
    },
    'consent.get': async ({ proposalId }, { tabId }) => consent.view(proposalId, tabId),
    'consent.approve': async ({ proposalId }, { sender, tabId }) =>
      consent.approve(proposalId, sender === 'extension-page' ? sender : { tabId }),
    'consent.deny': async ({ proposalId }, { sender, tabId }) =>
      consent.deny(proposalId, sender === 'extension-page' ? sender : { tabId }),
    'consent.list': async () => ({ waiting: consent.list() }),
    'consent.cancel': async ({ proposalId }, { tabId }) => ({
      cancelled: consent.cancel(proposalId, tabId),
    }),
    'elicit.answer': async ({ elicitId, action, content }, { tabId }) => {
      elicitations.answer(elicitId, tabId, { action, ...(content ? { content } : {}) });
      consent.answered(elicitId);
      return {};
    },
    'cards.waiting': async ({ calls: waiting }, { tabId, siteId }) => {
      if (tabId !== undefined && siteId) await pending.report(tabId, siteId, waiting);
      return {};
    },
    'storage.forgetUnreadable': async () => {
      await forgetUnreadableSecrets();
      return {};
    },
    'calls.pending': async () => {
      return { calls: nameServers(await pending.list(), manager.all()) };
    },
    'tools.cancel': async ({ callKey }, { sender, tabId }) => ({
      // A card cancels only its own tab's call of that key.
      cancelled: calls.cancel(sender === 'content-script' ? tabId : undefined, callKey),
    }),
    'tools.check': async ({ call }) => calls.check(call),
    'catalog.get': async () => {
      const configs = await store.list();
      // Every server, down or turned off too: the user sets policies from their last known tools.
      const servers = await Promise.all(
        configs.map(async (c) => ({
          serverId: c.id,
          name: c.name,
          catalog: (await manager.lastCatalog(c)) ?? emptyCatalog(),
        })),
      );
      return { servers };
    },
    'resources.read': async ({ serverId, uri }) => ({
      contents: resourceContents(await onServer(serverId, (s) => s.readResource(uri))),
    }),
    'prompts.get': async ({ serverId, name, arguments: args }) => ({
      text: promptText(await onServer(serverId, (s) => s.getPrompt(name, args))),
    }),
    'chat.insert': async ({ text }) => sendToChat(text),
    'activity.get': () => calls.activity(),
    'activity.clear': async () => {
      await calls.clear();
      return {};
    },
    'settings.export': async ({ includeSecrets }) => ({
      backup: await backup.export(includeSecrets),
    }),
    'settings.import': async ({ plan, confirm }) => {
      const { reconnect, ...outcome } = await backup.import(plan, confirm);
      if (outcome.applied) {
        // As servers.add and servers.edit do: imported servers connect like ones added by hand.
        for (const server of reconnect) await manager.reconnect(server);
        await resync();
        onSettingsChanged();
      }
      return outcome;
    },
  };
}
