// Runs an adapter only while the page is on one of the site's chat routes and the user has the
// site's support on; on any other page of the site (all of x.com for Grok, settings pages
// elsewhere) nothing runs but one navigation listener.
import type { TabStatusPush } from '../shared/messages/contract';
import { defaultSiteSettings } from '../shared/storage/site-defaults';
import type { SiteAdapter } from './adapters/types';
import { ask } from './bridge/background';
import { watchServers } from './bridge/status';
import { startAdapter } from './start';

export function followChatRoutes(adapter: SiteAdapter, signal: AbortSignal): void {
  let onChat: AbortController | undefined;
  const update = () => {
    const chat = adapter.isChatRoute(new URL(location.href));
    if (chat && !onChat) {
      onChat = scopeWithin(signal);
      runWhileEnabled(adapter, onChat.signal);
    } else if (!chat && onChat) {
      onChat.abort();
      onChat = undefined;
    }
  };
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', update, { signal });
  update();
}

/** Starts the adapter once the status push says the site is on, and stops it when turned off. */
function runWhileEnabled(adapter: SiteAdapter, signal: AbortSignal): void {
  let running: { scope: AbortController; onStatus: (push: TabStatusPush) => void } | undefined;
  watchServers(signal, (push) => {
    const enabled = push.sites[adapter.site.id]?.enabled ?? defaultSiteSettings().enabled;
    if (enabled && !running) {
      const scope = scopeWithin(signal);
      running = { scope, onStatus: startAdapter(adapter, scope.signal) };
    } else if (!enabled && running) {
      running.scope.abort();
      running = undefined;
      // A broken-support report from this tab would otherwise stay in the popup.
      void ask('health.report', { missing: [] }).catch(() => {});
    }
    running?.onStatus(push);
  });
}

function scopeWithin(signal: AbortSignal): AbortController {
  const scope = new AbortController();
  signal.addEventListener('abort', () => scope.abort(), { once: true });
  return scope;
}
