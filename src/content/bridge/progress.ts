// Progress of running calls, pushed by the background to this tab.
import browser, { type Runtime } from 'webextension-polyfill';
import { progressPushSchema } from '../../shared/messages/contract';
import type { CardController } from '../cards/controller';

export function listenForProgress(cards: CardController, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    // Only our background sends to tabs without being in one.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const push = progressPushSchema.safeParse(message);
    if (push.success) cards.progress(push.data.callKey, push.data.progress);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
