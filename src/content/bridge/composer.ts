// "Send to chat" from the options page, relayed by the background: says whether this tab's
// composer is there, and puts text into it through the editor's own input path. Never sends.
import browser, { type Runtime } from 'webextension-polyfill';
import type { ComposerAnswer, ComposerInsert, ComposerProbe } from '../../shared/messages/contract';
import { isPush } from '../../shared/messages/push';
import type { SiteAdapter } from '../adapters/types';
import { composerPending, findComposer, putText } from '../dom/composer';

/** Answers for as long as `signal` lives: while the adapter runs on a chat route. */
export function listenForComposerText(adapter: SiteAdapter, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    // Only our background sends to tabs without being in one; a page cannot reach this.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (isPush<ComposerProbe>(message, 'composer.probe')) return answer(adapter);
    if (isPush<ComposerInsert>(message, 'composer.insert') && typeof message.text === 'string')
      return answer(adapter, message.text);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}

/** Finds the composer and, given text, inserts it; failures are answers, not exceptions. */
async function answer(adapter: SiteAdapter, text?: string): Promise<ComposerAnswer> {
  const site = adapter.site.name;
  try {
    if (text === undefined) {
      // A stand-in still hydrating counts: an insert waits for the editor that replaces it.
      if (findComposer(adapter) || composerPending(adapter)) return { ok: true, site };
      return {
        ok: false,
        site,
        error: `${site}: could not find the message box; the site's layout may have changed.`,
      };
    }
    if (await putText(adapter, text)) return { ok: true, site };
    return { ok: false, site, error: `${site}’s message box did not take the text.` };
  } catch (error) {
    return { ok: false, site, error: error instanceof Error ? error.message : String(error) };
  }
}
