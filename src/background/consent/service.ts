// Consent for the calls chat tabs propose: each proposal is shown in the card's extension-owned
// frame as the background holds it, and runs only when that frame (in the same tab) approves it,
// or, for `allow` tools, when auto mode asks. The frame and the tab hear how it goes.
import type { ElicitRequestParams } from '@modelcontextprotocol/client';
import { SwitchboardError, toWireError } from '../../shared/errors';
import type { ElicitPush } from '../../shared/mcp/elicit-form';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type {
  CallOutcomePush,
  CallStartedPush,
  ConsentPush,
  ConsentView,
} from '../../shared/messages/consent';
import type { ProgressPush } from '../../shared/messages/contract';
import type { ChatToolResult } from '../../shared/messages/views';
import { CHAT_SITES } from '../../shared/sites';
import type { Elicitations } from '../calls/elicitations';
import type { CallService } from '../calls/service';
import type { SessionManager } from '../sessions/manager';
import { type Checked, consentView } from './describe';
import { type Proposal, Proposals } from './proposals';

export interface ConsentDeps {
  calls: CallService;
  manager: SessionManager;
  elicitations: Elicitations;
  pushToTab(tabId: number, push: CallStartedPush | CallOutcomePush | ProgressPush): void;
  /** Told when the calls waiting for the user changed, so an open popup shows them anew. */
  onChange?(): void;
}

/** Where an answer to a proposal comes from: the frame in a tab, or our own (popup) page. */
export type Answerer = { tabId: number | undefined } | 'extension-page';

/** A frame's connection, and the proposal it shows. */
export interface ConsentPort {
  proposalId: string;
  post(push: ConsentPush): void;
}

/**
 * How long a call runs before its frame shows it running. The frame greys out Run itself when
 * pressed; a call that ends sooner goes straight to its outcome, with no flash of "Running".
 */
export const SHOW_RUNNING_MS = 100;

export class ConsentService {
  private readonly proposals = new Proposals();
  private readonly checked = new Map<string, Checked>();
  private readonly ports = new Set<ConsentPort>();

  constructor(private readonly deps: ConsentDeps) {}

  async propose(
    tabId: number,
    siteId: string | undefined,
    call: ToolCall,
    callKey: string,
  ): Promise<{ proposalId: string } & Checked> {
    const { proposal, replaced } = this.proposals.propose(tabId, siteId, callKey, call);
    const checked = await this.deps.calls.check(proposal.call);
    this.checked.set(proposal.id, checked);
    if (replaced) this.changed(replaced);
    this.changed(proposal);
    return { proposalId: proposal.id, ...checked };
  }

  /** The proposal as its frame shows it; `gone` when unknown here (a restarted worker). */
  view(proposalId: string, tabId: number | undefined): ConsentView {
    const proposal = this.proposals.get(proposalId);
    if (!proposal || proposal.tabId !== tabId) return goneView(proposalId);
    return consentView(
      proposal,
      this.deps.manager.all(),
      this.checked.get(proposal.id) ?? { problems: [] },
    );
  }

  /** What waits for the user in every tab, for the popup. */
  list(): { tabId: number; site: string; view: ConsentView }[] {
    return this.proposals.waiting().map((proposal) => ({
      tabId: proposal.tabId,
      site: CHAT_SITES.find((s) => s.id === proposal.siteId)?.name ?? 'A chat',
      view: this.view(proposal.id, proposal.tabId),
    }));
  }

  /** The user pressed Run in the frame (or the popup): the proposal's call runs, once. */
  async approve(proposalId: string, from: Answerer): Promise<ConsentView> {
    const proposal = this.waiting(proposalId, from);
    const checked = this.checked.get(proposal.id);
    if (checked?.problems.length)
      throw new SwitchboardError(
        'bad_request',
        `This call cannot run as written: ${checked.problems.join('; ')}.`,
      );
    await this.run(proposal, 'user').catch(() => undefined);
    return this.view(proposalId, proposal.tabId);
  }

  /** Auto mode asks to run an `allow` tool's proposal; the call service checks the rest. */
  async runAuto(
    proposalId: string,
    tabId: number | undefined,
  ): Promise<{ server: string; result: ChatToolResult }> {
    return this.run(this.waiting(proposalId, { tabId }), 'auto');
  }

  async deny(proposalId: string, from: Answerer): Promise<ConsentView> {
    const proposal = this.waiting(proposalId, from);
    proposal.state = 'denied';
    proposal.outcome = 'You denied this call.';
    this.changed(proposal);
    this.deps.pushToTab(proposal.tabId, {
      type: 'call.outcome',
      callKey: proposal.callKey,
      declined: true,
    });
    await this.deps.calls.declined(proposal.call, proposal.siteId).catch(() => undefined);
    return this.view(proposalId, proposal.tabId);
  }

  cancel(proposalId: string, tabId: number | undefined): boolean {
    const proposal = this.proposals.get(proposalId);
    if (!proposal || proposal.tabId !== tabId || proposal.state !== 'running') return false;
    return this.deps.calls.cancel(proposal.tabId, proposal.callKey);
  }

  /** A server's question during a call goes to the frame of that call; false if it has none. */
  question(push: ElicitPush, tabId: number): boolean {
    const proposal = this.proposals.byCallKey(tabId, push.callKey);
    if (proposal?.state !== 'running') return false;
    proposal.question = {
      elicitId: push.elicitId,
      message: push.message,
      requestedSchema: { ...push.requestedSchema },
    };
    this.changed(proposal);
    return true;
  }

  /** The question was answered (or its call ended): the frame stops showing it. */
  answered(elicitId: string): void {
    for (const port of this.ports) {
      const proposal = this.proposals.get(port.proposalId);
      if (proposal?.question?.elicitId !== elicitId) continue;
      proposal.question = undefined;
      this.changed(proposal);
    }
  }

  /** A frame connected for a proposal of its own tab. */
  attach(port: ConsentPort, tabId: number | undefined): () => void {
    this.ports.add(port);
    port.post({ type: 'consent.view', view: this.view(port.proposalId, tabId) });
    return () => this.ports.delete(port);
  }

  forgetTab(tabId: number): void {
    this.proposals.forgetTab(tabId);
  }

  private waiting(proposalId: string, from: Answerer): Proposal {
    const proposal = this.proposals.get(proposalId);
    if (!proposal || (from !== 'extension-page' && proposal.tabId !== from.tabId))
      throw new SwitchboardError(
        'bad_request',
        'This card is out of date: reload the page to see the call again.',
      );
    if (proposal.state === 'replaced')
      throw new SwitchboardError(
        'bad_request',
        'This call changed after it was shown. Look at the new version before you run it.',
      );
    if (proposal.state !== 'waiting')
      throw new SwitchboardError('bad_request', 'This call has already run or been answered.');
    return proposal;
  }

  private async run(
    proposal: Proposal,
    approval: 'user' | 'auto',
  ): Promise<{ server: string; result: ChatToolResult }> {
    const { tabId, callKey, call, siteId } = proposal;
    proposal.state = 'running';
    // The request goes out first: nothing before it waits for a task, so these timers fire after
    // it is sent, and the tab and the frame redraw while the server works, not before it is asked.
    // The card hears in the next task, so that auto mode does not send while this call runs.
    const told =
      approval === 'user'
        ? setTimeout(() => {
            if (proposal.state === 'running')
              this.deps.pushToTab(tabId, { type: 'call.started', callKey });
          }, 0)
        : undefined;
    const shown = setTimeout(() => {
      if (proposal.state === 'running') this.changed(proposal);
    }, SHOW_RUNNING_MS);
    try {
      // The call service lists it as running from this tab, and withdraws its questions at the end.
      const answer = await this.deps.calls.call(call, {
        approval,
        callKey,
        tabId,
        ...(siteId ? { siteId } : {}),
        onProgress: (progress) => {
          proposal.progress = progress;
          this.changed(proposal);
          this.deps.pushToTab(tabId, { type: 'call.progress', callKey, progress });
        },
        onElicit: (request: ElicitRequestParams) =>
          this.deps.elicitations.ask(tabId, callKey, request),
      });
      proposal.state = 'done';
      proposal.outcome = answer.result.isError ? 'The tool reported an error.' : 'Done.';
      if (approval === 'user')
        this.deps.pushToTab(tabId, { type: 'call.outcome', callKey, ...answer });
      return answer;
    } catch (error) {
      const wire = toWireError(error);
      // Auto mode refused (the tool is not allow, the site's auto mode is off, the cap): nothing
      // ran, and the call still waits for the user. Whoever asked cannot spend their approval.
      const refused = wire.code === 'denied' || wire.code === 'rate_limited';
      if (approval === 'auto' && refused) {
        proposal.state = 'waiting';
        throw error;
      }
      proposal.state = wire.code === 'denied' ? 'denied' : 'failed';
      proposal.outcome = wire.message;
      if (approval === 'user')
        this.deps.pushToTab(tabId, { type: 'call.outcome', callKey, error: wire });
      throw error;
    } finally {
      clearTimeout(shown);
      clearTimeout(told);
      proposal.question = undefined;
      proposal.progress = undefined;
      this.changed(proposal);
    }
  }

  /** Tells the frames showing `proposal` how it stands now, and an open popup. */
  private changed(proposal: Proposal): void {
    this.deps.onChange?.();
    let view: ConsentView | undefined;
    for (const port of this.ports) {
      if (port.proposalId !== proposal.id) continue;
      view ??= this.view(proposal.id, proposal.tabId);
      port.post({ type: 'consent.view', view });
    }
  }
}

function goneView(proposalId: string): ConsentView {
  return {
    proposalId,
    state: 'gone',
    callId: '',
    tool: '',
    arguments: '',
    hiddenCharacters: false,
    lookAlikes: [],
    problems: [],
  };
}
