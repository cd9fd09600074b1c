// Service worker entry: wires storage, sessions, calls, the router and the status pushes together.
import '../shared/zod-setup';
import browser, { type Runtime } from 'webextension-polyfill';
import { STATUS_PORT } from '../shared/messages/push';
import { PolicyStore } from './calls/policy-store';
import { CallService } from './calls/service';
import { createHandlers } from './handlers';
import { createRouter } from './router';
import { classifySender } from './senders';
import { ServerStore } from './servers/store';
import { SessionManager } from './sessions/manager';
import { SiteHealth } from './site-health';
import { SiteSettingsStore } from './site-settings';
import { StatusHub } from './status-hub';

const store = new ServerStore(browser.storage.local);
const manager: SessionManager = new SessionManager({
  sessionArea: browser.storage.session,
  headers: (id) => store.headers(id),
  onChange: () => hub.changed(),
});
const siteSettings = new SiteSettingsStore(browser.storage.local);
const hub = new StatusHub(
  async () => (await store.list()).map((c) => manager.view(c)),
  () => siteSettings.all(),
);
const calls = new CallService(manager, browser.storage.local, siteSettings);
const policies = new PolicyStore(browser.storage.local);
const health = new SiteHealth();
browser.tabs.onRemoved.addListener((tabId) => health.forget(tabId));

// Every worker start (install, browser start, or a wake-up after an idle kill) reopens the sessions.
const booted = store.list().then((servers) => manager.sync(servers));

const route = createRouter(
  createHandlers({
    siteSettings,
    onSettingsChanged: () => hub.changed(),
    store,
    health,
    policies,
    manager,
    calls,
    booted,
    pushToTab: (tabId, push) => void browser.tabs.sendMessage(tabId, push).catch(() => {}),
  }),
  browser.runtime.id,
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender),
);

browser.runtime.onConnect.addListener((port) => {
  const audience = classifySender(port.sender ?? {}, browser.runtime.id);
  if (port.name !== STATUS_PORT || !audience) {
    port.disconnect();
    return;
  }
  hub.attach(port, audience);
});
