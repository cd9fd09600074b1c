// Starts an adapter on the current page: follows the thread and in-app navigation by events.
import type { TabServer } from '../shared/messages/contract';
import type { SiteAdapter } from './adapters/types';
import { listenForProgress } from './bridge/progress';
import { watchServers } from './bridge/status';
import { CardController } from './cards/controller';
import { queryAll, queryFirst } from './dom/query';
import { watch, whenPresent } from './dom/watch';
import { InstructionsOffer } from './instructions/offer';

export function startAdapter(adapter: SiteAdapter, signal: AbortSignal): void {
  const cards = new CardController(adapter, signal);
  const offer = new InstructionsOffer(adapter, signal);
  let thread: Element | undefined;
  /** A chat route with no message from the user yet. */
  const isNewChat = () =>
    adapter.isChatRoute(new URL(location.href)) &&
    (!thread || queryAll(thread, adapter.selectors.userMessage).length === 0);
  const onServers = (servers: TabServer[]) => {
    cards.setServers(servers);
    offer.update(isNewChat(), servers);
  };
  listenForProgress(cards, signal);
  watchServers(signal, onServers);
  let threadScope: AbortController | undefined;

  const follow = async () => {
    threadScope?.abort();
    const scope = new AbortController();
    threadScope = scope;
    signal.addEventListener('abort', () => scope.abort(), { once: true });
    const found = await whenPresent(
      document.body,
      () => queryFirst(document, adapter.selectors.thread),
      scope.signal,
    ).catch(() => undefined);
    if (!found || scope.signal.aborted) return;
    thread = found;
    const changed = () => {
      cards.scan(found);
      offer.update(isNewChat());
    };
    watch(found, changed, scope.signal);
    changed();
  };

  // Single-page apps swap conversations without a page load; the Navigation API reports it.
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', () => void follow(), { signal });
  void follow();
}
