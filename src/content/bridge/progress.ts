// News of calls, pushed by the background to this tab: a call approved in its card's frame has
// started, how far it got, and how it ended.
import browser, { type Runtime } from 'webextension-polyfill';
import type { CallOutcomePush, CallStartedPush } from '../../shared/messages/consent';
import type { ProgressPush } from '../../shared/messages/contract';
import { isPush } from '../../shared/messages/push';
import type { CardController } from '../cards/controller';

export function listenForProgress(cards: CardController, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    // Only our background sends to tabs without being in one.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    if (isPush<ProgressPush>(message, 'call.progress'))
      cards.progress(message.callKey, message.progress);
    else if (isPush<CallStartedPush>(message, 'call.started')) cards.started(message.callKey);
    else if (isPush<CallOutcomePush>(message, 'call.outcome')) cards.outcome(message);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
