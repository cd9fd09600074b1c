// Which code blocks a batch of page changes touched, so a streaming reply is read from those alone.
import type { SelectorList } from '../adapters/types';
import { anyOf } from '../dom/query';
import { outermost, outermostAround } from './blocks';

/**
 * The code blocks `changes` wrote into or added (blocks inside added nodes included), each as
 * the outermost element that matches, as a full read of the reply finds them.
 */
export function touchedBlocks(
  changes: readonly MutationRecord[],
  codeBlock: SelectorList,
): Set<Element> {
  const selector = anyOf(codeBlock);
  const found = new Set<Element>();
  for (const change of changes) {
    const target =
      change.target.nodeType === Node.ELEMENT_NODE
        ? (change.target as Element)
        : change.target.parentElement;
    const block = target && outermostAround(target, codeBlock);
    // What was added there is inside that block too.
    if (block) {
      found.add(block);
      continue;
    }
    for (const node of change.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      // No block is around the target, so an added element is one, or holds some, or neither.
      if (element.matches(selector)) found.add(element);
      else if (element.firstElementChild)
        for (const inner of outermost(element, codeBlock)) found.add(inner);
    }
  }
  return found;
}
