// Where a reply's code blocks are, whatever markup the site renders them in this time: every
// variant of the adapter's list at once, outermost match only, never inside a reasoning section.
import type { SelectorList } from '../adapters/types';
import { anyOf } from '../dom/query';

/** The outermost elements under `root` matching any variant, in document order. */
export function outermost(root: ParentNode, list: SelectorList): Element[] {
  if (list.length === 0) return [];
  const all = [...root.querySelectorAll(anyOf(list))];
  const kept: Element[] = [];
  for (const element of all) {
    // Document order: an ancestor match, if any, came before and is the last one kept.
    const last = kept.at(-1);
    if (last?.contains(element)) continue;
    kept.push(element);
  }
  return kept;
}

/** The outermost element around (or at) `node` that matches a variant, up to `stop` exclusive.
 * Hops from match to match with the browser's own `closest`: called for each place a
 * streaming reply changes, it must not walk every ancestor in script. */
export function outermostAround(
  node: Element,
  list: SelectorList,
  stop?: Element,
): Element | undefined {
  if (list.length === 0) return undefined;
  const selector = anyOf(list);
  let found: Element | undefined;
  for (let at = node.closest(selector); at; at = at.parentElement?.closest(selector) ?? null) {
    if (stop && (at === stop || at.contains(stop))) break;
    found = at;
  }
  return found;
}

/** True when `element` sits in a part of `message` that is not the answer (thinking, reasoning). */
export function inReasoning(
  element: Element,
  message: Element,
  reasoning: SelectorList | undefined,
): boolean {
  if (!reasoning?.length) return false;
  const section = element.closest(anyOf(reasoning));
  return section !== null && (message.contains(section) || section.contains(message));
}

/** A reply's code blocks that belong to the answer. */
export function answerBlocks(
  message: Element,
  codeBlock: SelectorList,
  reasoning?: SelectorList,
): Element[] {
  return outermost(message, codeBlock).filter((block) => !inReasoning(block, message, reasoning));
}
