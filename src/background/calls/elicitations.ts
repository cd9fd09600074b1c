// A server asking the user for input during a call (MCP elicitation, form mode): the question goes
// to the card of the call in its chat tab, and the card's answer comes back here, checked against
// the schema the server asked with before it reaches the server.
import type { ElicitRequestParams, ElicitResult } from '@modelcontextprotocol/client';
import { SwitchboardError } from '../../shared/errors';
import {
  contentProblems,
  type ElicitAnswer,
  type ElicitPush,
  type ElicitSchema,
} from '../../shared/mcp/elicit-form';

interface Pending {
  tabId: number;
  callKey: string;
  schema: ElicitSchema;
  resolve(result: ElicitResult): void;
}

export class Elicitations {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly push: (tabId: number, push: ElicitPush) => void) {}

  /** Asks the user through the call's card; settles with their answer, or `cancel` if the call ends. */
  ask(tabId: number, callKey: string, params: ElicitRequestParams): Promise<ElicitResult> {
    if (!('requestedSchema' in params) || (params as { mode?: string }).mode === 'url') {
      // Only form mode is declared; a URL request is refused rather than opened.
      return Promise.resolve({ action: 'decline' });
    }
    const elicitId = crypto.randomUUID();
    const schema = params.requestedSchema as ElicitSchema;
    return new Promise((resolve) => {
      this.pending.set(elicitId, { tabId, callKey, schema, resolve });
      this.push(tabId, {
        type: 'call.elicit',
        callKey,
        elicitId,
        message: params.message,
        requestedSchema: schema,
      });
    });
  }

  /** The card's answer. Only the tab that was asked may answer, and accepted content must fit. */
  answer(elicitId: string, tabId: number | undefined, answer: ElicitAnswer): void {
    const pending = this.pending.get(elicitId);
    if (!pending || pending.tabId !== tabId)
      throw new SwitchboardError(
        'bad_request',
        'That question is no longer waiting for an answer.',
      );
    if (answer.action === 'accept') {
      const problems = contentProblems(pending.schema, answer.content ?? {});
      if (problems.length)
        throw new SwitchboardError(
          'bad_request',
          `The answer does not fit: ${problems.join('; ')}.`,
        );
    }
    this.pending.delete(elicitId);
    pending.resolve(
      answer.action === 'accept'
        ? { action: 'accept', content: answer.content ?? {} }
        : { action: answer.action },
    );
  }

  /** The call ended (done, failed, cancelled): a question still open is withdrawn. */
  endCall(tabId: number, callKey: string): void {
    for (const [id, pending] of this.pending) {
      if (pending.tabId !== tabId || pending.callKey !== callKey) continue;
      this.pending.delete(id);
      pending.resolve({ action: 'cancel' });
    }
  }
}
