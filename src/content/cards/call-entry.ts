// One tool call on the page: its card, where it is, what state it is in, what the background said
// of it and what auto mode may do with it. One entry, so these never disagree.
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { Policy } from '../../shared/storage/items';
import type { ToolCard } from './card';
import type { CardState } from './state';

/** The background's verdict on a complete call: what is wrong with it ('' when nothing), and
 * the proposal its card's frame shows. */
export interface Checked {
  problems: string;
  policy?: Policy;
  proposalId?: string;
}

export interface CallEntry {
  readonly key: string;
  readonly card: ToolCard;
  /** The reply and the block the call was last read from; the site may replace either. */
  reply: Element;
  block: Element;
  state: CardState;
  /** Asked once the call is complete: 'pending' until the background answers. */
  check?: Checked | 'pending';
  /** The call `check` is the verdict on (or is pending for). */
  asked?: ToolCall;
  /** What auto mode has to say on the card once the call has run. */
  note?: string;
  /** The block now holds another call than the one first shown: the frame shows the new one. */
  changed?: boolean;
  /** On the page when this run began (a reload, the site turned back on): it may have run
   * before, so auto mode never runs it. */
  earlier: boolean;
  /** Copied out of a result this tab delivered: auto mode leaves it to the user. */
  echoed: boolean;
}

export const isChecked = (entry: CallEntry): entry is CallEntry & { check: Checked } =>
  entry.check !== undefined && entry.check !== 'pending';

export function invalidCall(call: ToolCall, problems: string): CardState {
  return {
    phase: 'invalid',
    call,
    callId: call.call_id,
    error: `This call cannot run as written: ${problems.replace(/\.$/, '')}.`,
  };
}
