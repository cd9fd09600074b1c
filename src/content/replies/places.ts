// The answer blocks of the reply being written, each with its place, kept up to date from the
// page's changes. A stream writes into its last block hundreds of times and adds blocks at its
// end: finding every block again for each change would cost the page time in proportion to the
// square of the reply's length. Anything but an addition or removal at the end counts them again.
import type { SelectorList } from '../adapters/types';
import { answerBlocks, inReasoning, outermost } from './blocks';

export class BlockPlaces {
  /** The answer blocks in document order; none until first asked. */
  private blocks: Element[] | undefined;
  private readonly places = new Map<Element, number>();
  /** Blocks that are not part of the answer (inside reasoning). */
  private readonly elsewhere = new WeakSet<Element>();

  constructor(
    private readonly reply: Element,
    private readonly codeBlock: SelectorList,
    private readonly reasoning?: SelectorList,
  ) {}

  /** Follows blocks the page took out: those at the end are dropped, any other counts anew. */
  removed(changes: readonly MutationRecord[]): void {
    const blocks = this.blocks;
    if (!blocks?.length) return;
    let first = blocks.length;
    const taken = (block: Element) => {
      const at = this.places.get(block);
      if (at !== undefined && at < first) first = at;
    };
    for (const change of changes)
      for (const node of change.removedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        taken(element);
        // Most of what a stream takes out is text it writes again: no element, no block inside.
        if (element.firstElementChild)
          for (const block of outermost(element, this.codeBlock)) taken(block);
      }
    if (first === blocks.length) return;
    const rest = blocks.slice(first);
    if (rest.some((block) => block.isConnected)) {
      this.forget();
      return;
    }
    for (const block of rest) this.places.delete(block);
    blocks.length = first;
  }

  /** Each of `touched` that is part of the answer, with its place, in document order. */
  of(touched: Iterable<Element>): [Element, number][] {
    const list = [...touched];
    if (!this.blocks || !this.add(list.filter((b) => !this.known(b)))) this.count();
    const placed: [Element, number][] = [];
    for (const block of list) {
      const at = this.places.get(block);
      if (at !== undefined) placed.push([block, at]);
      else this.elsewhere.add(block);
    }
    return placed.sort((a, b) => a[1] - b[1]);
  }

  private known(block: Element): boolean {
    return this.places.has(block) || this.elsewhere.has(block);
  }

  /** Places new blocks after the last one; false when one is not simply after it. */
  private add(fresh: Element[]): boolean {
    const blocks = this.blocks as Element[];
    fresh.sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    for (const block of fresh) {
      if (inReasoning(block, this.reply, this.reasoning)) {
        this.elsewhere.add(block);
        continue;
      }
      const last = blocks.at(-1);
      const after =
        last === undefined ||
        (last.isConnected &&
          (last.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
      if (!after || !block.isConnected || !this.reply.contains(block)) return false;
      this.places.set(block, blocks.length);
      blocks.push(block);
    }
    return true;
  }

  private count(): void {
    this.forget();
    this.blocks = answerBlocks(this.reply, this.codeBlock, this.reasoning);
    for (const [b, block] of this.blocks.entries()) this.places.set(block, b);
  }

  private forget(): void {
    this.blocks = undefined;
    this.places.clear();
  }
}
