// Which code blocks a batch of page changes touched, so a streaming reply is read from those alone.
import type { SelectorList } from '../adapters/types';
import { outermost, outermostAround } from './blocks';

/**
 * The code blocks `changes` wrote into or added (blocks inside added nodes included), each as
 * the outermost element that matches, as a full read of the reply finds them.
 */
export function touchedBlocks(
  changes: readonly MutationRecord[],
  codeBlock: SelectorList,
): Set<Element> {
  const found = new Set<Element>();
  for (const change of changes) {
    const target =
      change.target.nodeType === Node.ELEMENT_NODE
        ? (change.target as Element)
        : change.target.parentElement;
    const block = target && outermostAround(target, codeBlock);
    if (block) found.add(block);
    for (const node of change.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      const around = outermostAround(element, codeBlock);
      if (around) found.add(around);
      else for (const inner of outermost(element, codeBlock)) found.add(inner);
    }
  }
  return found;
}
