// The site's message box, found one way for every caller (cards, the instructions offer, "Send to
// chat"): a shown editor outside the thread's replies, never a code viewer's editable element.
import type { SiteAdapter } from '../adapters/types';
import { type Inserted, insertText } from './insert-text';
import { LayoutError, queryAll } from './query';
import { firstShown, isShown } from './visible';
import { until } from './watch';

/** Editable elements that are not a message box: code viewers inside replies. */
const CODE_VIEWERS = '.cm-editor, .monaco-editor';

export function findComposer(adapter: SiteAdapter): HTMLElement | null {
  const { composer, assistantMessage, userMessage, codeBlock } = adapter.selectors;
  const inThread = [CODE_VIEWERS, ...assistantMessage, ...userMessage, ...codeBlock].join(', ');
  for (const selector of composer) {
    for (const element of document.querySelectorAll(selector)) {
      if (element instanceof HTMLElement && isShown(element) && !element.closest(inThread))
        return element;
    }
  }
  return null;
}

/** The site still shows the stand-in it serves before its editor is ready. */
export function composerPending(adapter: SiteAdapter): boolean {
  const pending = adapter.selectors.composerPending;
  return pending !== undefined && firstShown(document, pending) !== null;
}

/** Longest wait for the editor to replace the site's stand-in (its app loading and hydrating). */
const HYDRATION_WAIT_MS = 15_000;

/** The message box; while the site shows its stand-in, the editor once it has replaced it. */
export async function awaitComposer(adapter: SiteAdapter): Promise<HTMLElement | null> {
  const now = findComposer(adapter);
  if (now || !composerPending(adapter)) return now;
  await until(
    () => findComposer(adapter) !== null || !composerPending(adapter),
    HYDRATION_WAIT_MS,
    true,
  );
  return findComposer(adapter);
}

/** Attachments in the message being written, the site's own chips for long pastes included. */
function attachmentCount(adapter: SiteAdapter): number {
  const lists = [adapter.pastedText ?? [], adapter.uploads?.attachment ?? []];
  return lists.reduce((n, list) => n + queryAll(document, list).length, 0);
}

/**
 * Puts `text` into the message box through the editor's own input path. Says whether it went in
 * as text or the site turned it into an attachment, or false when the box did not take it.
 * Throws a LayoutError, naming the site, when there is no message box to be found (waiting for
 * it first while the site shows the stand-in it serves before its editor is ready).
 */
export async function putText(adapter: SiteAdapter, text: string): Promise<Inserted> {
  const composer = await awaitComposer(adapter);
  if (!composer) throw new LayoutError(adapter.site.name, 'message box');
  const before = attachmentCount(adapter);
  const converted = () => attachmentCount(adapter) > before;
  return insertText(composer, adapter.editor, text, converted, adapter.pasteChunk);
}
