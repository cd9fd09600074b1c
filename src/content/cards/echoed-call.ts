// A call the model copied out of a result this tab delivered: a tool (or the page it fetched) may
// plant a call in its output and hope the model repeats it. Found by meaning (shared/mcp/echo.ts),
// whatever call_id or escapes the copy uses. Auto mode never runs such a call by itself.
import { type CallShape, callShapesIn, sameCall } from '../../shared/mcp/echo';
import type { ToolCall } from '../../shared/mcp/tool-call';

/** How many of the latest deliveries are remembered: a model echoes what it just read. */
const REMEMBERED = 50;

/** The calls carried by what this tab put into the composer lately. */
export class Deliveries {
  private readonly delivered: CallShape[][] = [];

  add(text: string): void {
    this.delivered.push(callShapesIn(text));
    if (this.delivered.length > REMEMBERED) this.delivered.shift();
  }

  /** Does a delivered result carry this call (same server, tool and arguments)? */
  repeatedIn(call: ToolCall): boolean {
    return this.delivered.some((shapes) => shapes.some((shape) => sameCall(shape, call)));
  }
}
