// Which code blocks a batch of page changes touched, so a streaming reply is read from those alone.
import type { SelectorList } from '../adapters/types';
import { queryAll } from './query';

/** The code blocks `changes` wrote into or added (blocks inside added nodes included). */
export function touchedBlocks(
  changes: readonly MutationRecord[],
  codeBlock: SelectorList,
): Set<Element> {
  const found = new Set<Element>();
  const blockOf = (element: Element) => {
    for (const selector of codeBlock) {
      const block = element.closest(selector);
      if (block) return block;
    }
    return null;
  };
  for (const change of changes) {
    const target =
      change.target.nodeType === Node.ELEMENT_NODE
        ? (change.target as Element)
        : change.target.parentElement;
    const block = target && blockOf(target);
    if (block) found.add(block);
    for (const node of change.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      if (codeBlock.some((selector) => element.matches(selector))) found.add(element);
      for (const inner of queryAll(element, codeBlock)) found.add(inner);
    }
  }
  return found;
}
