// Starts an adapter on the current page: follows the thread and in-app navigation by events.
import type { SiteAdapter } from './adapters/types';
import { listenForProgress } from './bridge/progress';
import { watchServers } from './bridge/status';
import { CardController } from './cards/controller';
import { queryFirst } from './dom/query';
import { watch, whenPresent } from './dom/watch';

export function startAdapter(adapter: SiteAdapter, signal: AbortSignal): void {
  const cards = new CardController(adapter, signal);
  listenForProgress(cards, signal);
  watchServers(signal, (servers) => cards.setServers(servers));
  let threadScope: AbortController | undefined;

  const follow = async () => {
    threadScope?.abort();
    const scope = new AbortController();
    threadScope = scope;
    signal.addEventListener('abort', () => scope.abort(), { once: true });
    const thread = await whenPresent(
      document.body,
      () => queryFirst(document, adapter.selectors.thread),
      scope.signal,
    ).catch(() => undefined);
    if (!thread || scope.signal.aborted) return;
    watch(thread, () => cards.scan(thread), scope.signal);
    cards.scan(thread);
  };

  // Single-page apps swap conversations without a page load; the Navigation API reports it.
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', () => void follow(), { signal });
  void follow();
}
