// Which code blocks a batch of page changes touched, so a streaming reply is read from those alone.
import type { SelectorList } from '../adapters/types';
import { anyOf } from '../dom/query';
import { outermost, outermostAround } from './blocks';

/**
 * The code blocks `changes` wrote into or added (blocks inside added nodes included) that are still
 * in the page, each as the outermost element that matches, as a full read of the reply finds them.
 */
export function touchedBlocks(
  changes: readonly MutationRecord[],
  codeBlock: SelectorList,
): Set<Element> {
  const selector = anyOf(codeBlock);
  const found = new Set<Element>();
  // Changes read together mostly share a target (the reply's body): each is looked up once.
  const around = new Map<Node, Element | undefined>();
  for (const change of changes) {
    let block = around.get(change.target);
    if (!around.has(change.target)) {
      const target =
        change.target.nodeType === Node.ELEMENT_NODE
          ? (change.target as Element)
          : change.target.parentElement;
      block = target ? outermostAround(target, codeBlock) : undefined;
      around.set(change.target, block);
    }
    // What was added there is inside that block too.
    if (block) {
      if (block.isConnected) found.add(block);
      continue;
    }
    for (const node of change.addedNodes) {
      // Changes read together may add an element and then swap it for a newer one.
      if (node.nodeType !== Node.ELEMENT_NODE || !node.isConnected) continue;
      const element = node as Element;
      // No block is around the target, so an added element is one, or holds some, or neither.
      if (element.matches(selector)) found.add(element);
      else if (element.firstElementChild)
        for (const inner of outermost(element, codeBlock)) found.add(inner);
    }
  }
  return found;
}
