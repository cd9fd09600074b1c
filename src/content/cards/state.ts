// The life of one tool-call card, from "being written" to a result, as data.
import type { WireError } from '../../shared/errors';
import type { ToolCall, ToolCallRead } from '../../shared/mcp/tool-call';
import type { ChatToolResult } from '../../shared/messages/views';
import type { Inserted } from '../dom/insert-text';

export interface Progress {
  progress: number;
  total?: number;
  message?: string;
}

export type CardState =
  /** `partView`: the site has not rendered all of the block yet (a viewer's off-screen lines). */
  | { phase: 'writing'; callId?: string; partView?: boolean }
  /** Malformed, or checked and found wrong (unknown tool, arguments that do not fit). */
  | ({ phase: 'invalid'; error: string; call?: ToolCall; callId?: string } & Delivery)
  | { phase: 'ready'; call: ToolCall }
  /** Run pressed in the card's frame, or auto mode ran it; the frame shows its progress. */
  | { phase: 'running'; call: ToolCall; progress?: Progress }
  | ({ phase: 'done'; call: ToolCall; server: string; result: ChatToolResult } & Delivery)
  | ({ phase: 'failed'; call: ToolCall; error: WireError } & Delivery)
  /** `reason` when the settings denied it; none when the user pressed Deny. */
  | ({ phase: 'denied'; call: ToolCall; reason?: string } & Delivery);

/** What went back to the model: the block, and how the composer took it (false: it did not). */
export interface Delivery {
  delivered?: string;
  inserted?: Inserted;
  /** Files that went with the text, and whether the site took them. */
  files?: { names: string[]; attached: boolean };
}

/** The same call, however often the page's text of it was parsed (each read makes a new object). */
export const equalCalls = (a: ToolCall, b: ToolCall): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

/** Next state of a card whose block now reads `read`; once run, a card keeps its own state. */
export function advance(
  previous: CardState | undefined,
  read: Exclude<ToolCallRead, { kind: 'none' }>,
  streaming: boolean,
  partView = false,
): CardState {
  if (
    previous &&
    (previous.phase === 'running' ||
      previous.phase === 'done' ||
      previous.phase === 'failed' ||
      previous.phase === 'denied')
  ) {
    return previous;
  }
  // Lines the site has not rendered (yet) say nothing about the call: a call read whole before
  // stands; otherwise the card waits for the rest.
  if (partView) {
    if (previous?.phase === 'ready' || previous?.phase === 'invalid') return previous;
    const callId = read.kind === 'call' ? read.call.call_id : read.callId;
    return { phase: 'writing', ...(callId ? { callId } : {}), partView: true };
  }
  switch (read.kind) {
    case 'partial':
      return streaming
        ? { phase: 'writing', ...(read.callId ? { callId: read.callId } : {}) }
        : { phase: 'invalid', error: 'The call was cut off before it was complete.' };
    case 'invalid':
      return {
        phase: 'invalid',
        error: read.error,
        ...(read.callId ? { callId: read.callId } : {}),
      };
    case 'call':
      return previous?.phase === 'ready' && equalCalls(previous.call, read.call)
        ? previous
        : { phase: 'ready', call: read.call };
  }
}
