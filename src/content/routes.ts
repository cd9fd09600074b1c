// Runs an adapter only while the page is on one of the site's chat routes; on any other page of
// the site (all of x.com for Grok, settings pages elsewhere) nothing runs but one navigation listener.
import type { SiteAdapter } from './adapters/types';
import { startAdapter } from './start';

export function followChatRoutes(adapter: SiteAdapter, signal: AbortSignal): void {
  let active: AbortController | undefined;
  const update = () => {
    const onChat = adapter.isChatRoute(new URL(location.href));
    if (onChat && !active) {
      const scope = new AbortController();
      active = scope;
      signal.addEventListener('abort', () => scope.abort(), { once: true });
      startAdapter(adapter, scope.signal);
    } else if (!onChat && active) {
      active.abort();
      active = undefined;
    }
  };
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', update, { signal });
  update();
}
