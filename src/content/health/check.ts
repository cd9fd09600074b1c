// What the adapter cannot find that the flow needs, as a person would name it. Elements a site
// keeps in the page but hidden never count as present.
import type { SiteAdapter } from '../adapters/types';
import { composerPending, findComposer } from '../dom/composer';
import { firstShown } from '../dom/visible';

/** What the page looked like when it was checked. */
export interface Seen {
  /** The thread the adapter follows, if it found one. */
  thread: Element | undefined;
  /** Replies and user messages the adapter finds in it. */
  replies: number;
  userMessages: number;
  /** A reply has been written since the adapter started (the site showed it streaming). */
  afterReply: boolean;
  /** Nothing in the thread has changed for a while: a reply would have shown by now. */
  quiet: boolean;
  streaming: boolean;
  /** The site has shown the reply as being written for long, with nothing changing. */
  stalled: boolean;
}

/** The composer holds text: the only time a site must show its send button (ChatGPT shows it
 * only then; others show it disabled). */
function hasText(composer: HTMLElement): boolean {
  const text = composer instanceof HTMLTextAreaElement ? composer.value : composer.textContent;
  return (text ?? '').trim() !== '';
}

export function missingElements(adapter: SiteAdapter, seen: Seen): string[] {
  const missing: string[] = [];
  if (!seen.thread?.isConnected) missing.push('conversation');
  const composer = findComposer(adapter);
  // A stand-in the site shows until its editor is ready is a composer on its way, not a lost one.
  if (!composer) {
    if (!composerPending(adapter)) missing.push('composer');
  } else if (
    !seen.streaming &&
    hasText(composer) &&
    !firstShown(document, adapter.selectors.sendButton)
  )
    missing.push('send button');
  // On a page the user has written in, replies must be found once one was written, or once the
  // thread has been still for a while (a site whose streaming marks changed shows none).
  if (
    seen.thread &&
    !seen.streaming &&
    seen.replies === 0 &&
    seen.userMessages >= 1 &&
    (seen.afterReply || seen.quiet)
  )
    missing.push('assistant reply');
  if (seen.replies >= 1 && seen.userMessages === 0 && !seen.streaming)
    missing.push('your messages');
  if (seen.stalled) missing.push('end of reply');
  return missing;
}

export function healthMessage(site: string, missing: readonly string[]): string | undefined {
  if (missing.length === 0) return undefined;
  return `MCP Switchboard: ${site}: ${missing.join(', ')} not found. The site may have changed; tool calls here are off until it is fixed.`;
}
