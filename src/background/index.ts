// Service worker entry: wires storage, sessions, calls, the router and the status pushes together.
import '../shared/zod-setup';
import browser, { type Runtime } from 'webextension-polyfill';
import { COMPANION_HOST } from '../shared/companion/version';
import type { ElicitPush } from '../shared/mcp/elicit-form';
import { CONSENT_PORT } from '../shared/messages/consent';
import { STATUS_PORT } from '../shared/messages/push';
import { ItemStorage } from '../shared/storage/item-storage';
import { ServerOAuthProvider } from './auth/provider';
import { signIn } from './auth/sign-in';
import { forgetServer, storageVault } from './auth/storage';
import { redirectUrl, webAuthFlow } from './auth/web-auth-flow';
import { BackupService } from './backup/service';
import { Elicitations } from './calls/elicitations';
import { PendingCalls } from './calls/pending';
import { PolicyStore } from './calls/policy-store';
import { RunningCalls } from './calls/running';
import { CallService } from './calls/service';
import { insertIntoChat } from './chat-tabs';
import { CompanionLink } from './companion/link';
import { testConnection } from './connection-test/test-connection';
import { attachConsentPort } from './consent/port';
import { ConsentService } from './consent/service';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { SecretStorage, wholeArea } from './secrets/local-storage';
import { classifySender } from './senders';
import { canReach, recheckAccess } from './servers/host-access';
import { OriginRewrite } from './servers/origin-rewrite';
import { ServerStore } from './servers/store';
import { openWith } from './sessions/connect';
import { SessionManager } from './sessions/manager';
import { SiteHealth } from './site-health';
import { SiteSettingsStore } from './site-settings';
import { StatusHub } from './status-hub';
import { StorageHealth } from './storage-health';

// A failed write, or a secret that could not be sealed or opened, is logged and shown on the
// extension pages until it is resolved.
const storageHealth = new StorageHealth(() => hub.changed());
const secretStorage = new SecretStorage(
  wholeArea(browser.storage.local),
  storageHealth,
  () => store.list(),
  chrome.storage.local.setAccessLevel
    ? () => chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })
    : undefined,
);
const local = secretStorage.storage;
const session = new ItemStorage(browser.storage.session, storageHealth.report);
const originRewrite = new OriginRewrite(chrome.declarativeNetRequest, browser.runtime.id);
const store = new ServerStore(local, (servers) => originRewrite.sync(servers));
const reachable = (url: URL) => canReach(url, browser.permissions);
// chrome.runtime directly: the port's disconnect reason is in chrome.runtime.lastError, and the
// method exists only while the optional nativeMessaging permission is granted.
const companion = new CompanionLink({
  connect: () =>
    typeof chrome.runtime.connectNative === 'function'
      ? chrome.runtime.connectNative(COMPANION_HOST)
      : undefined,
  lastError: () => chrome.runtime.lastError?.message,
  extensionVersion: browser.runtime.getManifest().version,
  onChange: () => hub.changed(),
});
const manager: SessionManager = new SessionManager({
  sessionStorage: session,
  headers: (id) => store.headers(id),
  onChange: () => hub.changed(),
  canReach: reachable,
  companion,
  elicit: (serverId, request) => calls.elicit(serverId, request),
  oauth: {
    provider: (config, onChange) =>
      new ServerOAuthProvider({
        serverUrl: new URL(config.url.trim()),
        redirectUrl: redirectUrl(),
        vault: storageVault(local, config.id),
        ...(config.oauth?.clientId
          ? {
              preRegistered: {
                clientId: config.oauth.clientId,
                clientSecret: () => store.clientSecret(config.id),
              },
            }
          : {}),
        ...(config.oauth?.clientMetadataUrl
          ? { clientMetadataUrl: config.oauth.clientMetadataUrl }
          : {}),
        ...(config.oauth?.scope ? { scope: config.oauth.scope } : {}),
        onChange,
      }),
    signIn: (provider, serverUrl) => signIn(provider, serverUrl, webAuthFlow),
    forget: (serverId) => forgetServer(local, serverId),
  },
});
const siteSettings = new SiteSettingsStore(local);
const hub: StatusHub = new StatusHub(
  async () => (await store.list()).map((c) => manager.view(c)),
  () => siteSettings.all(),
  () => storageHealth.problems(),
);
const policies = new PolicyStore(local);
const pushToTab = (tabId: number, push: unknown) =>
  void browser.tabs.sendMessage(tabId, push).catch(() => {});
// A server's question goes to the frame of its call's card, where the user answers it.
const elicitations = new Elicitations((tabId: number, push: ElicitPush) => {
  if (!consent.question(push, tabId)) pushToTab(tabId, push);
});
// The popup lists running calls; a question a call left open goes when the call ends.
const running = new RunningCalls(
  () => hub.activityChanged(),
  ({ tab, callKey }) => {
    if (tab && callKey !== undefined) elicitations.endCall(tab.id, callKey);
  },
);
const calls = new CallService({
  sessions: () => manager.all(),
  policies: () => policies.get(),
  servers: () => store.list(),
  storage: local,
  running,
  sites: siteSettings,
  onActivity: () => hub.activityChanged(),
});
const health = new SiteHealth();
const backup = new BackupService(store, policies, siteSettings);
const pending = new PendingCalls(
  session,
  running,
  async () => new Set((await browser.tabs.query({})).flatMap((tab) => tab.id ?? [])),
  () => hub.activityChanged(),
);
const consent: ConsentService = new ConsentService({
  calls,
  manager,
  elicitations,
  pushToTab,
  onChange: () => hub.activityChanged(),
});
browser.tabs.onRemoved.addListener((tabId) => {
  health.forget(tabId);
  consent.forgetTab(tabId);
  // A failed write is reported by the storage.
  pending.forget(tabId).catch(() => {});
});

// Every worker start (install, browser start, or a wake-up after an idle kill) reopens the sessions,
// once the secrets are sealed and the Origin rules match the stored servers again.
const booted = secretStorage
  .start()
  .then(() => store.list())
  .then(async (servers) => {
    await originRewrite.sync(servers);
    manager.sync(servers);
  })
  // Messages wait for this; a worker that could not start cleanly still answers them.
  .catch((error: unknown) => console.error('[MCP Switchboard] start-up failed:', error));

// A host permission granted or removed, here or in chrome://extensions, changes who can connect.
const accessChanged = () => void booted.then(() => recheckAccess(manager.all(), reachable));
browser.permissions.onAdded.addListener(accessChanged);
browser.permissions.onRemoved.addListener(accessChanged);

const route = createRouter(
  createHandlers({
    siteSettings,
    onSettingsChanged: () => hub.changed(),
    store,
    health,
    policies,
    manager,
    calls,
    consent,
    pending,
    elicitations,
    backup,
    sendToChat: (text) => insertIntoChat(browser, text),
    companion,
    testConnection: (input) =>
      testConnection(input, {
        open: openWith,
        canReach: reachable,
        fetch: (target, init) => fetch(target, init),
        extensionOrigin: browser.runtime.getURL('').replace(/\/$/, ''),
      }),
    forgetUnreadableSecrets: () => secretStorage.forgetUnreadable(),
  }),
  browser.runtime.id,
  booted,
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender),
);

browser.runtime.onConnect.addListener((port) => {
  const audience = classifySender(port.sender ?? {}, browser.runtime.id);
  if (port.name === CONSENT_PORT) {
    if (audience === 'consent-frame') attachConsentPort(port, consent);
    else port.disconnect();
    return;
  }
  if (port.name !== STATUS_PORT || !audience) {
    port.disconnect();
    return;
  }
  hub.attach(port, audience);
});
