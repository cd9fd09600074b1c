// Starts an adapter on the current page: follows the thread and in-app navigation by events.
// The caller feeds it the status pushes (see routes.ts, which also decides when it runs).
import type { TabStatusPush } from '../shared/messages/contract';
import { defaultSiteSettings } from '../shared/storage/site-defaults';
import type { SiteAdapter } from './adapters/types';
import { ask } from './bridge/background';
import { listenForComposerText } from './bridge/composer';
import { listenForProgress } from './bridge/progress';
import { CardController } from './cards/controller';
import { queryAll, queryFirst } from './dom/query';
import { until, watch, whenPresent } from './dom/watch';
import { HealthBadge, healthMessage, missingElements } from './health';
import { InstructionsOffer } from './instructions/offer';

const THREAD_WAIT_MS = 10_000;
/** Longest a reply is waited on to finish before the page is looked at again anyway. */
const REPLY_END_WAIT_MS = 10 * 60_000;

export function startAdapter(
  adapter: SiteAdapter,
  signal: AbortSignal,
): (push: TabStatusPush) => void {
  const cards = new CardController(adapter, signal);
  const offer = new InstructionsOffer(adapter, signal);
  const badge = new HealthBadge(signal);
  let reported: string | undefined;
  let wasStreaming = false;
  const checkHealth = () => {
    if (!adapter.isChatRoute(new URL(location.href))) return;
    const missing = missingElements(adapter);
    const key = missing.join();
    if (key === reported) return;
    reported = key;
    badge.show(healthMessage(adapter.site.name, missing));
    void ask('health.report', { missing }).catch(() => {});
  };
  let thread: Element | undefined;
  /** A chat route with no message from the user yet. */
  const isNewChat = () =>
    adapter.isChatRoute(new URL(location.href)) &&
    (!thread || queryAll(thread, adapter.selectors.userMessage).length === 0);
  const onStatus = ({ servers, sites }: TabStatusPush) => {
    cards.setServers(servers);
    cards.setSite({ ...defaultSiteSettings(), ...sites[adapter.site.id] });
    offer.update(isNewChat(), servers);
  };
  listenForProgress(cards, signal);
  listenForComposerText(adapter, signal);
  let threadScope: AbortController | undefined;

  const follow = async () => {
    threadScope?.abort();
    const scope = new AbortController();
    threadScope = scope;
    signal.addEventListener('abort', () => scope.abort(), { once: true });
    // A conversation that never shows up is a broken page, not a slow one.
    const late = setTimeout(checkHealth, THREAD_WAIT_MS);
    const found = await whenPresent(
      document.body,
      () => queryFirst(document, adapter.selectors.thread),
      scope.signal,
    ).catch(() => undefined);
    clearTimeout(late);
    if (!found || scope.signal.aborted) return;
    thread = found;
    const isStreaming = () => queryFirst(document, adapter.selectors.stopButton) !== null;
    /** Where the end of the streaming reply is being watched for, if it is. */
    let watching: Node | undefined;
    /** `changes`: what the thread's observer saw; none when the page is to be looked at whole. */
    const changed = (changes?: MutationRecord[]) => {
      if (scope.signal.aborted) return;
      // Changes inside the reply being written leave the rest of the page as it was.
      if (cards.scan(found, changes)) return;
      offer.update(isNewChat());
      // After each assistant turn, check that the site still looks the way the adapter expects.
      const streaming = isStreaming();
      if (wasStreaming && !streaming) checkHealth();
      wasStreaming = streaming;
      // The end of a reply may show only outside the thread (Stop turns back into Send): look
      // once more when it does.
      // Watched near the button only, not the page as a whole; again if the site replaced that part.
      const stop = queryFirst(document, adapter.selectors.stopButton);
      if (stop && !watching?.isConnected) {
        const near = stop.parentElement?.parentElement ?? document.body;
        watching = near;
        void until(() => !isStreaming(), REPLY_END_WAIT_MS, true, near).then(() => {
          if (watching === near) watching = undefined;
          changed();
        });
      }
    };
    watch(found, changed, scope.signal);
    changed();
    checkHealth();
  };

  // Single-page apps swap conversations without a page load; the Navigation API reports it.
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', () => void follow(), { signal });
  void follow();
  return onStatus;
}
