// News of running calls, pushed by the background to this tab: progress, and a server's question.
import browser, { type Runtime } from 'webextension-polyfill';
import type { ElicitPush } from '../../shared/mcp/elicit-form';
import type { ProgressPush } from '../../shared/messages/contract';
import { isPush } from '../../shared/messages/push';
import type { CardController } from '../cards/controller';

export function listenForProgress(cards: CardController, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    // Only our background sends to tabs without being in one.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    if (isPush<ProgressPush>(message, 'call.progress'))
      cards.progress(message.callKey, message.progress);
    else if (isPush<ElicitPush>(message, 'call.elicit'))
      cards.elicit(message.callKey, {
        elicitId: message.elicitId,
        message: message.message,
        schema: message.requestedSchema,
      });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
