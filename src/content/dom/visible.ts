// Elements a person can see. Sites keep some controls in the page but hidden (a stop button
// between replies, a second composer for another mode): those never count as present.
import type { SelectorList, SiteAdapter } from '../adapters/types';

/** Rendered at all: not under `display: none`, `visibility: hidden` or `content-visibility`. */
export function isShown(element: Element): boolean {
  if (typeof element.checkVisibility === 'function')
    return element.checkVisibility({ visibilityProperty: true });
  return element.getClientRects().length > 0;
}

/** The first shown element of the first variant that has one. */
export function firstShown(root: ParentNode, list: SelectorList): Element | null {
  for (const selector of list) {
    for (const element of root.querySelectorAll(selector)) if (isShown(element)) return element;
  }
  return null;
}

/** The site shows its stop button: a reply is being written. */
export const isStreaming = (adapter: SiteAdapter): boolean =>
  firstShown(document, adapter.selectors.stopButton) !== null;
