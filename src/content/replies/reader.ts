// Reads the assistant's replies in the thread for tool-call and lookup blocks: every reply once it
// is finished, the one being written again as it grows, and only the answer, never a reasoning part.
import { isLookupLanguage, type LookupRead, readLookup } from '../../shared/mcp/lookup';
import { readToolCall, type ToolCallRead } from '../../shared/mcp/tool-call';
import type { SiteAdapter } from '../adapters/types';
import { queryAll } from '../dom/query';
import { isStreaming } from '../dom/visible';
import { answerBlocks, inReasoning } from './blocks';
import { readCode } from './code-text';
import { BlockPlaces } from './places';
import { touchedBlocks } from './touched';

/** One call-shaped block as read just now. */
export interface FoundBlock {
  /** The same for a block however often the site re-renders it: route, reply, place in reply. */
  key: string;
  /** The reply the block is in, and the block. */
  reply: Element;
  block: Element;
  read: Exclude<ToolCallRead, { kind: 'none' }>;
  /** The code as the page shows it. */
  text: string;
  /** The block is in the reply still being written. */
  streaming: boolean;
  /** Part of the code is not in the page yet (a viewer's off-screen lines). */
  partView: boolean;
  /** Found by the first read of this run: the call was on the page already (a reload, say). */
  earlier: boolean;
}

/** One lookup-shaped block as read just now: the same facts as a call's. */
export type FoundLookup = Omit<FoundBlock, 'read'> & {
  read: Exclude<LookupRead, { kind: 'none' }>;
};

/** Where the blocks a read finds go: calls to the cards, lookups to their answers. */
export interface BlockSink {
  call(block: FoundBlock): void;
  lookup(block: FoundLookup): void;
}

/**
 * Attributes that name a reply for as long as it exists, on it or on its turn. Sites that mount
 * only the turns near the viewport (ChatGPT) make a reply's place in the page useless as a name.
 * ChatGPT's unit keys ("fallback-turn-4:2:assistant") count the mounted window, so they are not here.
 */
const REPLY_IDS = [
  'data-message-id',
  'data-turn-key',
  'data-turn-id',
  'data-chatgpt-search-message-ids',
];

function replyId(reply: Element, thread: Element, index: number): string {
  for (let at: Element | null = reply; at && at !== thread; at = at.parentElement) {
    for (const name of REPLY_IDS) {
      // A list of ids: the first names the reply.
      const value = at.getAttribute(name)?.trim().split(/\s+/)[0];
      if (value) return value;
    }
  }
  return `#${index}`;
}

const NOT_A_CALL: ToolCallRead = { kind: 'none' };

/** The reply being written, and where its answer blocks are. */
interface Writing {
  reply: Element;
  id: string;
  places: BlockPlaces;
}

export class ReplyReader {
  private readonly settled = new WeakSet<Element>();
  /**
   * The last reply, finished and settled because nothing in it can read differently: no call, no
   * lookup, no code the page has not shown whole. The site may still be writing its last parts
   * as its stop button goes: a change inside it has it read again.
   */
  private settledLast: Element | undefined;
  private scanned = false;
  /** The reply the last full read found still being written, and its place among the replies. */
  private writing: Writing | undefined;

  constructor(private readonly adapter: SiteAdapter) {}

  /** Reads `reply` again at the next full read, though it was finished when last read. */
  forget(reply: Element): void {
    this.settled.delete(reply);
  }

  /** The replies the adapter finds in `thread`, reasoning parts left out. */
  replies(thread: Element): Element[] {
    const { assistantMessage, reasoning } = this.adapter.selectors;
    return queryAll(thread, assistantMessage).filter(
      (reply) => !inReasoning(reply, reply, reasoning),
    );
  }

  /**
   * Reads the calls and lookups in the whole of `thread`, handing each to `found` (changes inside
   * the reply being written are read by readWriting alone). `changes`: what changed since the
   * last read, when known; a finished reply they touch is read again.
   */
  read(thread: Element, found: BlockSink, changes?: readonly MutationRecord[]): void {
    const streaming = isStreaming(this.adapter);
    const replies = this.replies(thread);
    const done = this.settledLast;
    // A reply after it: it stays settled, as every earlier reply is.
    if (done && done !== replies.at(-1)) this.settledLast = undefined;
    else if (done && (!changes || changes.some((change) => done.contains(change.target)))) {
      this.settled.delete(done);
      this.settledLast = undefined;
    }
    const first = !this.scanned;
    this.scanned = true;
    const last = replies.length - 1;
    this.writing = undefined;
    const ids = new Set<string>();
    replies.forEach((reply, r) => {
      // Two replies of one turn share its id: the second gets its place added.
      let id = replyId(reply, thread, r);
      if (ids.has(id)) id = `${id}#${r}`;
      ids.add(id);
      // A finished reply is read once; only the one still streaming is read again. A reply the
      // site re-renders is a new element, so it is read again too.
      if (this.settled.has(reply)) return;
      const lastAndStreaming = streaming && r === last;
      if (lastAndStreaming) {
        const { codeBlock, reasoning } = this.adapter.selectors;
        this.writing = { reply, id, places: new BlockPlaces(reply, codeBlock, reasoning) };
      } else if (r < last) this.settled.add(reply);
      const plain = this.readReply(reply, id, lastAndStreaming, first, found);
      // The finished last reply of a long answer held hundreds of code blocks, read again at
      // each look at the page until the next reply came: most of what reading cost the page
      // in a long chat. A reply with calls or lookups is read each time, as it was.
      if (r === last && !lastAndStreaming && plain) {
        this.settled.add(reply);
        this.settledLast = reply;
      }
    });
  }

  /**
   * When every one of `changes` fell inside the reply being written, reads only the code blocks
   * they touched and returns true; otherwise reads nothing and returns false.
   */
  readWriting(changes: readonly MutationRecord[], found: BlockSink): boolean {
    const writing = this.writing;
    if (
      changes.length === 0 ||
      !writing?.reply.isConnected ||
      !changes.every((change) => writing.reply.contains(change.target))
    )
      return false;
    this.readTouched(writing, changes, found);
    return true;
  }

  /** True when the reply held nothing but plain code, shown whole. */
  private readReply(
    reply: Element,
    id: string,
    streaming: boolean,
    first: boolean,
    found: BlockSink,
  ): boolean {
    const { selectors } = this.adapter;
    let plain = true;
    answerBlocks(reply, selectors.codeBlock, selectors.reasoning).forEach((block, b) => {
      if (!this.readBlock(reply, id, block, b, streaming, first, found)) plain = false;
    });
    return plain;
  }

  /** Reads the blocks `changes` touched in the reply being written, at their places. */
  private readTouched(
    writing: Writing,
    changes: readonly MutationRecord[],
    found: BlockSink,
  ): void {
    writing.places.removed(changes);
    const touched = touchedBlocks(changes, this.adapter.selectors.codeBlock);
    if (!touched.size) return;
    for (const [block, b] of writing.places.of(touched))
      this.readBlock(writing.reply, writing.id, block, b, true, false, found);
  }

  private readBlock(
    reply: Element,
    id: string,
    block: Element,
    b: number,
    streaming: boolean,
    first: boolean,
    found: BlockSink,
  ): boolean {
    const code = readCode(block, this.adapter.selectors.code);
    if (!code) return true;
    const language = this.adapter.codeLanguage(block, code.element);
    const where = {
      key: `${location.pathname}|${id}|${b}`,
      reply,
      block,
      text: code.text,
      streaming,
      partView: !code.whole,
      earlier: first && !streaming,
    };
    // A block fenced as a lookup is one, whatever its body says.
    const call = isLookupLanguage(language) ? NOT_A_CALL : readToolCall(code.text, language);
    const lookup = call.kind === 'none' ? readLookup(code.text, language) : undefined;
    if (call.kind !== 'none') found.call({ ...where, read: call });
    else if (lookup && lookup.kind !== 'none') found.lookup({ ...where, read: lookup });
    /** Plain code, shown whole: nothing a later read of it could find. */
    return code.whole && call.kind === 'none' && (!lookup || lookup.kind === 'none');
  }
}
