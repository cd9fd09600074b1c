// Keeps one card per tool call found in the assistant's replies, runs a call when the user presses
// Run (or auto mode may), and puts the outcome into the composer. Each call is one CallEntry.
import { toWireError, type WireError } from '../../shared/errors';
import { newNonce, resultBlock } from '../../shared/mcp/result-text';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { CallOutcomePush } from '../../shared/messages/consent';
import type { TabServer } from '../../shared/messages/contract';
import type { ChatToolResult } from '../../shared/messages/views';
import type { SiteSettings } from '../../shared/storage/items';
import type { SiteAdapter } from '../adapters/types';
import { ask } from '../bridge/background';
import { putText } from '../dom/composer';
import type { Inserted } from '../dom/insert-text';
import { LookupAnswers } from '../lookups/answers';
import { type BlockSink, type FoundBlock, ReplyReader } from '../replies/reader';
import { AutoMode } from './auto-mode';
import { type CallEntry, invalidCall, isChecked } from './call-entry';
import { ToolCard } from './card';
import { resultText } from './deliver';
import { Deliveries } from './echoed-call';
import { serverNote } from './server-note';
import type { CardState, Delivery, Progress } from './state';
import { advance, equalCalls } from './state';
import { WaitingReport } from './waiting-report';

export class CardController {
  private readonly entries = new Map<string, CallEntry>();
  private readonly reader: ReplyReader;
  private servers: TabServer[] | undefined;
  private readonly auto: AutoMode;
  private readonly waiting: WaitingReport;
  /** Everything this tab put into the composer: results, denials, problems. */
  private readonly delivered = new Deliveries();
  /** Auto mode is sending the composer's message. */
  private sending = false;
  private route: { href: string; chat: boolean } | undefined;
  /** Calls found go to the cards, lookups to their answers from the catalogue (lookups/). */
  private readonly sink: BlockSink;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly signal: AbortSignal,
    /** Auto mode could not send: the page may have changed under the adapter. */
    private readonly sendFailed: () => void = () => {},
  ) {
    this.reader = new ReplyReader(adapter);
    this.auto = new AutoMode(adapter);
    this.waiting = new WaitingReport(signal);
    const lookups = new LookupAnswers(adapter, signal, this.auto, this.delivered, sendFailed);
    this.sink = { call: (found) => this.found(found), lookup: (found) => lookups.found(found) };
    // Cards live in the site's thread; they leave with this run (the site turned off, say).
    signal.addEventListener(
      'abort',
      () => {
        for (const entry of this.entries.values()) entry.card.host.remove();
      },
      { once: true },
    );
  }

  setSite(settings: SiteSettings): void {
    this.auto.configure(settings);
    for (const entry of this.entries.values()) this.render(entry);
  }

  /** The servers' states changed: cards waiting to run say whether their server can take the call. */
  setServers(servers: TabServer[]): void {
    this.servers = servers;
    for (const entry of this.entries.values()) this.render(entry);
  }

  /**
   * Brings cards in line with the replies now in `thread`. True when only the reply being written
   * was read (see ReplyReader.readWriting): the rest of the page is as the last full read left it.
   */
  scan(thread: Element, changes?: readonly MutationRecord[]): boolean {
    if (this.signal.aborted) return false;
    // The reply being written was found on a chat route, and a new route starts a new watch of
    // the page (content/start.ts), so its changes need no look at the URL: that look, on each of
    // a stream's hundreds of changes, was a tenth of the script time the extension cost the page.
    if (changes && this.reader.readWriting(changes, this.sink)) return true;
    if (!this.onChatRoute()) return false;
    // A block the site swapped for a new element (a viewer after streaming) is looked for again,
    // even in a reply read before.
    for (const entry of this.entries.values())
      if (!entry.block.isConnected) this.reader.forget(entry.reply);
    this.reader.read(thread, this.sink, changes);
    return false;
  }

  /** Whether the page is on a chat route; parsed once per URL. */
  private onChatRoute(): boolean {
    const href = location.href;
    if (this.route?.href !== href)
      this.route = { href, chat: this.adapter.isChatRoute(new URL(href)) };
    return this.route.chat;
  }

  /** Replies the adapter finds in `thread`; the health check counts them. */
  replies(thread: Element): Element[] {
    return this.reader.replies(thread);
  }

  private found(found: FoundBlock): void {
    let entry = this.entries.get(found.key);
    if (!entry) {
      entry = this.newEntry(found);
      this.entries.set(found.key, entry);
    }
    entry.reply = found.reply;
    entry.block = found.block;
    if (found.read.kind === 'call' && this.delivered.repeatedIn(found.read.call))
      entry.echoed = true;
    const next = advance(entry.state, found.read, found.streaming, found.partView);
    // A call that changes once shown is a new call: asked about anew, and the card says why. It
    // may have been read half-written in between (the site re-rendered the block as it streamed):
    // what counts is whether the call now differs from the one the background was asked about.
    if (next.phase === 'ready' && entry.asked && !equalCalls(entry.asked, next.call)) {
      entry.check = undefined;
      entry.asked = undefined;
      entry.changed = true;
    }
    // A checked call keeps its verdict while the page re-renders it.
    const problems = entry.check !== 'pending' ? entry.check?.problems : undefined;
    entry.state =
      next.phase === 'ready' && problems
        ? entry.state?.phase === 'invalid' && entry.state.call
          ? entry.state
          : invalidCall(next.call, problems)
        : next;
    // The site may re-render the block; the card follows it.
    if (found.block.nextElementSibling !== entry.card.host) found.block.after(entry.card.host);
    this.render(entry);
    if (next.phase === 'ready' && entry.check === undefined) void this.check(entry, next.call);
    else if (next.phase === 'ready') this.autoRun(entry);
  }

  private newEntry(found: FoundBlock): CallEntry {
    const key = found.key;
    const card = new ToolCard(
      {
        report: () => void this.report(key),
        insert: (text) => void this.reinsert(key, text),
        copy: (text) => void navigator.clipboard.writeText(text),
        stale: () => void this.stale(key),
      },
      this.signal,
    );
    return {
      key,
      card,
      reply: found.reply,
      block: found.block,
      state: { phase: 'writing' },
      earlier: found.earlier,
      echoed: false,
    };
  }

  private render(entry: CallEntry): void {
    const { state } = entry;
    // Calls on the page before this run may have run already: the popup lists only new ones.
    this.waiting.note(
      entry.key,
      state.phase === 'ready' && !entry.earlier ? state.call : undefined,
    );
    const policy = isChecked(entry) ? entry.check.policy : undefined;
    const note =
      state.phase === 'ready'
        ? (serverNote(state.call, this.servers) ??
          this.echoedNote(entry) ??
          this.auto.pausedNote(policy) ??
          (entry.changed
            ? 'This call changed after it was shown: look at it again before you run it.'
            : undefined))
        : entry.note;
    entry.card.render(state, note, isChecked(entry) ? entry.check.proposalId : undefined);
  }

  private set(entry: CallEntry, state: CardState): void {
    entry.state = state;
    this.render(entry);
  }

  /**
   * Proposes the call to the background, once per call as shown: it says whether the call can
   * run as written, and keeps it as the proposal the card's frame asks the user about.
   */
  private async check(entry: CallEntry, call: ToolCall): Promise<void> {
    entry.check = 'pending';
    entry.asked = call;
    const checked = await ask('calls.propose', { call, callKey: entry.key }).then(
      ({ proposalId, problems, policy }) => ({ proposalId, problems: problems.join('; '), policy }),
      (error: unknown) => ({ problems: toWireError(error).message }),
    );
    // The block changed to another call while this was asked: the newer proposal counts.
    if (entry.asked !== call) return;
    // The verdict holds for this call however often the site renders it again; while the block
    // reads half-written, it waits for the call to show whole once more (found() uses it then).
    entry.check = checked;
    if (entry.state.phase !== 'ready') return;
    if (checked.problems) this.set(entry, invalidCall(entry.state.call, checked.problems));
    else {
      this.autoRun(entry);
      this.render(entry);
    }
  }

  /**
   * The frame's proposal is unknown to the background: it restarted. A call still waiting is
   * proposed again; one the user had started may have run, and is never sent again.
   */
  private async stale(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (entry?.state.phase === 'running') {
      const message =
        'MCP Switchboard stopped before this finished. It may have run once; it was not run again.';
      await this.settle(entry, entry.state.call, { error: { code: 'internal', message } });
      return;
    }
    if (entry?.state.phase !== 'ready' || entry.check === 'pending') return;
    await this.check(entry, entry.state.call);
  }

  /**
   * Runs a checked call with no click when auto mode may: as soon as its check comes back, or
   * later when the card is ready again (it may have been briefly re-read as it streamed).
   */
  private autoRun(entry: CallEntry): void {
    if (!isChecked(entry) || entry.check.problems || entry.earlier || entry.echoed) return;
    if (entry.state.phase !== 'ready') return;
    if (this.auto.mayRun(entry.check.policy)) void this.runAuto(entry);
  }

  /** Why a call auto mode would have run waits: it repeats text a tool sent back. */
  private echoedNote(entry: CallEntry): string | undefined {
    const policy = isChecked(entry) ? entry.check.policy : undefined;
    if (!entry.echoed || !this.auto.mayRun(policy)) return undefined;
    return 'Auto mode did not run this call: it was copied from a tool result. Press Run if you want it.';
  }

  /** A call that cannot run: the model learns why, when the user says so. */
  private async report(key: string): Promise<void> {
    const entry = this.entries.get(key);
    const state = entry?.state;
    if (!entry || state?.phase !== 'invalid' || state.delivered) return;
    const call = state.call ?? {
      call_id: state.callId ?? 'unknown',
      tool: 'unknown',
      arguments: {},
    };
    const body = state.error;
    await this.deliver(entry, resultBlock({ call, status: 'failed', body, nonce: newNonce() }));
  }

  /** The user asked for the delivered text again: it goes in through the editor, as before. */
  private async reinsert(key: string, text: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.auto.humanActed();
    await this.deliver(entry, text);
  }

  /** Progress the background reports for a running call. */
  progress(callKey: string, progress: Progress): void {
    const entry = this.entries.get(callKey);
    if (entry?.state.phase === 'running') this.set(entry, { ...entry.state, progress });
  }

  /** Auto mode runs an allowed tool's checked call, with no click. */
  private async runAuto(entry: CallEntry): Promise<void> {
    if (entry.state.phase !== 'ready' || !isChecked(entry) || !entry.check.proposalId) return;
    const { call } = entry.state;
    const { proposalId } = entry.check;
    this.set(entry, { phase: 'running', call });
    try {
      const answer = await ask('tools.call', {
        call,
        callKey: entry.key,
        approval: 'auto',
        proposalId,
      });
      await this.settle(entry, call, answer);
    } catch (error) {
      await this.settle(entry, call, { error: toWireError(error) });
    } finally {
      await this.sendWhenSettled(entry);
    }
  }

  /** The user pressed Run in the card's frame: the call runs in the background. */
  started(callKey: string): void {
    const entry = this.entries.get(callKey);
    if (entry?.state.phase !== 'ready') return;
    this.auto.humanActed();
    this.set(entry, { phase: 'running', call: entry.state.call });
  }

  /** How a call the user answered in the frame ended: the model hears of it. */
  outcome(push: CallOutcomePush): void {
    const entry = this.entries.get(push.callKey);
    const state = entry?.state;
    if (!entry || (state?.phase !== 'ready' && state?.phase !== 'running')) return;
    this.auto.humanActed();
    void this.settle(entry, state.call, push);
  }

  /** Once no call of this page is running or waiting to be checked, auto mode sends the results. */
  private async sendWhenSettled(entry: CallEntry): Promise<void> {
    // One send at a time: results that land while it waits for the site go with it.
    const entries = [...this.entries.values()];
    const busy = entries.some((e) => e.state.phase === 'running' || e.check === 'pending');
    if (busy || this.sending) return;
    this.sending = true;
    try {
      const { sent, note } = await this.auto.send();
      entry.note = note;
      if (!sent) this.sendFailed();
    } finally {
      this.sending = false;
    }
    this.render(entry);
  }

  /** A call ended: its card shows how, and the result (or why not) goes to the composer. */
  private async settle(
    entry: CallEntry,
    call: ToolCall,
    end: { server: string; result: ChatToolResult } | { error: WireError } | { declined: true },
  ): Promise<void> {
    const nonce = newNonce();
    if ('declined' in end) {
      this.set(entry, { phase: 'denied', call });
      const body = 'The user declined to run this tool call.';
      await this.deliver(entry, resultBlock({ call, status: 'denied', body, nonce }));
      return;
    }
    if ('result' in end) {
      this.set(entry, { phase: 'done', call, server: end.server, result: end.result });
      const { text, files } = await resultText(this.adapter, call, end, nonce);
      await this.deliver(entry, text, files);
      return;
    }
    const wire = end.error;
    this.set(
      entry,
      wire.code === 'denied'
        ? { phase: 'denied', call, reason: wire.message }
        : { phase: 'failed', call, error: wire },
    );
    const status =
      wire.code === 'cancelled' ? 'cancelled' : wire.code === 'denied' ? 'denied' : 'failed';
    await this.deliver(entry, resultBlock({ call, status, body: wire.message, nonce }));
  }

  /** Puts an outcome into the composer; on failure the card keeps the text for Copy. */
  private async deliver(entry: CallEntry, text: string, files?: Delivery['files']): Promise<void> {
    this.delivered.add(text);
    let inserted: Inserted = false;
    try {
      inserted = await putText(this.adapter, text);
    } catch (error) {
      console.warn('[MCP Switchboard]', error);
    }
    const { state } = entry;
    if (
      state.phase === 'done' ||
      state.phase === 'failed' ||
      state.phase === 'denied' ||
      state.phase === 'invalid'
    ) {
      this.set(entry, { ...state, inserted, delivered: text, ...(files ? { files } : {}) });
    }
  }
}
