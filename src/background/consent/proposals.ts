// The calls chat tabs proposed, each held exactly as it was first shown: an approval names a
// proposal, and what runs is that proposal's call. A tab proposing another call under the same
// key (its block changed) replaces the proposal, so an approval given to the old one fails.
import { canonical } from '../../shared/mcp/echo';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { ConsentView } from '../../shared/messages/consent';

export interface Proposal {
  readonly id: string;
  readonly tabId: number;
  readonly siteId: string | undefined;
  readonly callKey: string;
  readonly call: ToolCall;
  state: ConsentView['state'];
  progress?: ConsentView['progress'];
  question?: ConsentView['question'];
  outcome?: string;
}

/** A tab's proposals are few; this bounds a runaway page's. */
const MAX_PER_TAB = 500;

const sameCall = (a: ToolCall, b: ToolCall) => canonical(a) === canonical(b);

export class Proposals {
  private readonly byId = new Map<string, Proposal>();
  private readonly byKey = new Map<string, string>();

  /** The tab's proposal for this call: the one it has, or a new one replacing another call. */
  propose(
    tabId: number,
    siteId: string | undefined,
    callKey: string,
    call: ToolCall,
  ): { proposal: Proposal; replaced?: Proposal } {
    const key = `${tabId}|${callKey}`;
    const current = this.byId.get(this.byKey.get(key) ?? '');
    if (current && sameCall(current.call, call) && current.state !== 'replaced')
      return { proposal: current };
    const proposal: Proposal = {
      id: crypto.randomUUID(),
      tabId,
      siteId,
      callKey,
      call: structuredClone(call),
      state: 'waiting',
    };
    this.byId.set(proposal.id, proposal);
    this.byKey.set(key, proposal.id);
    this.trim(tabId);
    if (!current) return { proposal };
    // A call that already ran or runs stays what it was; only a waiting one is replaced.
    if (current.state === 'waiting') current.state = 'replaced';
    return { proposal, replaced: current };
  }

  get(id: string): Proposal | undefined {
    return this.byId.get(id);
  }

  /** The tab's proposal under this key, if any. */
  byCallKey(tabId: number, callKey: string): Proposal | undefined {
    return this.byId.get(this.byKey.get(`${tabId}|${callKey}`) ?? '');
  }

  /** Every proposal still waiting for the user, oldest first. */
  waiting(): Proposal[] {
    return [...this.byId.values()].filter((p) => p.state === 'waiting');
  }

  forgetTab(tabId: number): void {
    for (const [id, proposal] of this.byId) {
      if (proposal.tabId !== tabId) continue;
      this.byId.delete(id);
      this.byKey.delete(`${tabId}|${proposal.callKey}`);
    }
  }

  private trim(tabId: number): void {
    const mine = [...this.byId.values()].filter((p) => p.tabId === tabId);
    for (const old of mine.slice(0, Math.max(0, mine.length - MAX_PER_TAB))) {
      this.byId.delete(old.id);
      if (this.byKey.get(`${tabId}|${old.callKey}`) === old.id)
        this.byKey.delete(`${tabId}|${old.callKey}`);
    }
  }
}
