// Every tool call running now, one entry each: what the popup lists, what Cancel stops, whose card
// a server's question goes to, and when a call's open questions are withdrawn.
import type { ElicitRequestParams, ElicitResult } from '@modelcontextprotocol/client';
import { SwitchboardError } from '../../shared/errors';

export interface RunningCall {
  /** The caller's name for the call (a card's key); unique within its tab. */
  callKey?: string;
  /** The chat tab and site the call runs from; absent for a call from an extension page. */
  tab?: { id: number; site: string };
  serverId: string;
  /** The server's name as the user set it. */
  server: string;
  tool: string;
  started: number;
  abort: AbortController;
  /** Asks the user, in the call's card, for input the server requests during the call. */
  ask?: (request: ElicitRequestParams) => Promise<ElicitResult>;
}

/** Cards in two tabs may use the same key: a call is known by its tab and key together. */
const idOf = (tabId: number | undefined, callKey: string) => `${tabId ?? 'page'}|${callKey}`;

export class RunningCalls {
  private readonly calls = new Map<string, RunningCall>();
  private unnamed = 0;

  constructor(
    /** Told when a call starts or ends, so the popup's list is asked for again. */
    private readonly onChange: () => void = () => {},
    /** Told when a call ends (done, failed, cancelled), with its tab and key. */
    private readonly onEnd: (call: RunningCall) => void = () => {},
  ) {}

  /** Registers a call; the returned function ends it (once). Refuses a key already running. */
  start(call: RunningCall): () => void {
    const id =
      call.callKey === undefined ? `unnamed|${this.unnamed++}` : idOf(call.tab?.id, call.callKey);
    if (this.calls.has(id))
      throw new SwitchboardError('bad_request', 'That call is already running.');
    this.calls.set(id, call);
    this.onChange();
    return () => {
      if (this.calls.get(id) !== call) return;
      this.calls.delete(id);
      this.onEnd(call);
      this.onChange();
    };
  }

  /** Cancels the call of this key started from this tab (undefined: from an extension page). */
  cancel(tabId: number | undefined, callKey: string): boolean {
    const call = this.calls.get(idOf(tabId, callKey));
    call?.abort.abort();
    return call !== undefined;
  }

  /**
   * The server's latest running call that can ask its user. A server's question comes in the
   * middle of one of its calls but does not say which.
   */
  askerFor(serverId: string): RunningCall | undefined {
    let latest: RunningCall | undefined;
    for (const call of this.calls.values())
      if (call.serverId === serverId && call.ask && (!latest || call.started >= latest.started))
        latest = call;
    return latest;
  }

  /** Calls running from chat tabs, in the order they started. */
  inTabs(): (RunningCall & { tab: NonNullable<RunningCall['tab']> })[] {
    return [...this.calls.values()].filter(
      (call): call is RunningCall & { tab: NonNullable<RunningCall['tab']> } =>
        call.tab !== undefined,
    );
  }

  get size(): number {
    return this.calls.size;
  }
}
