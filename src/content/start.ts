// Starts an adapter on the current page: follows the thread and in-app navigation by events.
// The caller feeds it the status pushes (see routes.ts, which also decides when it runs).
import type { TabStatusPush } from '../shared/messages/contract';
import { defaultSiteSettings } from '../shared/storage/site-defaults';
import type { SiteAdapter } from './adapters/types';
import { listenForComposerText } from './bridge/composer';
import { listenForProgress } from './bridge/progress';
import { CardController } from './cards/controller';
import { queryAll, queryFirst } from './dom/query';
import { firstShown, isStreaming } from './dom/visible';
import { Paced, until, watch, whenPresent } from './dom/watch';
import { HealthMonitor } from './health/monitor';
import { InstructionsOffer } from './instructions/offer';

const THREAD_WAIT_MS = 10_000;
/** Longest a reply is waited on to finish before the page is looked at again anyway. */
const REPLY_END_WAIT_MS = 10 * 60_000;
/**
 * How often changes to the page are read while they keep coming (a reply streaming in). A card
 * in a reply being written follows it five times a second; the reply's end is read at once.
 */
const READ_EVERY_MS = 200;

export function startAdapter(
  adapter: SiteAdapter,
  signal: AbortSignal,
): (push: TabStatusPush) => void {
  let thread: Element | undefined;
  /** A reply was written while this ran: from then on, replies must be found. */
  let afterReply = false;
  const cards = new CardController(adapter, signal, () => health.check());
  const offer = new InstructionsOffer(adapter, signal);
  const userMessages = () => (thread ? queryAll(thread, adapter.selectors.userMessage).length : 0);
  const health = new HealthMonitor(
    adapter,
    () => ({
      thread,
      replies: thread ? cards.replies(thread).length : 0,
      userMessages: userMessages(),
      afterReply,
      streaming: isStreaming(adapter),
    }),
    signal,
  );
  let wasStreaming = false;
  /** A chat route with no message from the user yet. */
  const isNewChat = () => adapter.isChatRoute(new URL(location.href)) && userMessages() === 0;
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
    const late = setTimeout(() => health.check(), THREAD_WAIT_MS);
    const found = await whenPresent(
      document.body,
      () => firstShown(document, adapter.selectors.thread),
      scope.signal,
    ).catch(() => undefined);
    clearTimeout(late);
    if (!found || scope.signal.aborted) return;
    thread = found;
    /** Where the end of the streaming reply is being watched for, if it is. */
    let watching: Node | undefined;
    /** `changes`: what the thread's observer saw; none when the page is to be looked at whole. */
    const changed = (changes?: MutationRecord[]) => {
      if (scope.signal.aborted) return;
      // A look at the whole page reads what changes were waiting to be read too.
      if (!changes) paced.drop();
      // Changes inside the reply being written leave the rest of the page as it was.
      if (cards.scan(found, changes)) {
        health.threadChanged(true);
        return;
      }
      offer.update(isNewChat());
      const streaming = isStreaming(adapter);
      if (streaming) afterReply = true;
      health.threadChanged(streaming);
      // After each assistant turn, check that the site still looks the way the adapter expects.
      if (wasStreaming && !streaming) health.checkAfterReply();
      wasStreaming = streaming;
      // The end of a reply may show only outside the thread (Stop turns back into Send): look
      // once more when it does. Watched near the stop button only, not the page as a whole;
      // again if the site replaced that part.
      const stop = queryFirst(document, adapter.selectors.stopButton);
      if (streaming && stop && !watching?.isConnected) {
        const near = stop.parentElement?.parentElement ?? document.body;
        watching = near;
        void until(() => !isStreaming(adapter), REPLY_END_WAIT_MS, true, near).then(() => {
          if (watching === near) watching = undefined;
          changed();
        });
      }
    };
    const paced = new Paced(READ_EVERY_MS, changed, scope.signal);
    watch(found, (changes) => paced.add(changes), scope.signal);
    changed();
    health.check();
  };

  // Single-page apps swap conversations without a page load; the Navigation API reports it.
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', () => void follow(), { signal });
  void follow();
  return onStatus;
}
