// Finds tool calls in the assistant's replies on a chat route, keeps one card per call, runs a
// call when the user presses Run, and puts the result into the composer.
import { toWireError } from '../../shared/errors';
import type { ElicitAnswer } from '../../shared/mcp/elicit-form';
import { formatToolResult, newNonce, resultBlock } from '../../shared/mcp/result-text';
import { readToolCall, type ToolCall } from '../../shared/mcp/tool-call';
import type { TabServer } from '../../shared/messages/contract';
import type { Policy, SiteSettings } from '../../shared/storage/items';
import type { SiteAdapter } from '../adapters/types';
import { ask } from '../bridge/background';
import { attachFiles } from '../dom/attach';
import { insertText } from '../dom/insert-text';
import { queryAll, queryFirst, queryRequired } from '../dom/query';
import { touchedBlocks } from '../dom/touched';
import { AutoMode } from './auto-mode';
import { ToolCard } from './card';
import type { Question } from './ElicitForm';
import { Deliveries } from './echoed-call';
import { planResultFiles } from './result-files';
import { serverNote } from './server-note';
import { advance, type CardState, type Delivery, type Progress } from './state';
import { WaitingReport } from './waiting-report';

export class CardController {
  private readonly states = new Map<string, CardState>();
  private readonly cards = new Map<string, ToolCard>();
  private servers: TabServer[] | undefined;
  private readonly settled = new WeakSet<Element>();
  /** What the background found wrong with each complete call, once checked ('' when nothing). */
  private readonly problems = new Map<string, string>();
  private readonly policies = new Map<string, Policy | undefined>();
  /** What auto mode has to say on a card. */
  private readonly notes = new Map<string, string>();
  private readonly auto: AutoMode;
  private readonly waiting: WaitingReport;
  /**
   * Calls already on the page when this controller started (a reload, the site turned back on):
   * auto mode never runs them, as they may have run before.
   */
  private readonly earlier = new Set<string>();
  private scanned = false;
  /** The reply the last full read found still being written, and its place among the replies. */
  private writing: { reply: Element; index: number } | undefined;
  /** Everything this tab put into the composer: results, denials, problems. */
  private readonly delivered = new Deliveries();
  /** Calls copied out of a delivered result: auto mode leaves them to the user. */
  private readonly echoed = new Set<string>();
  /** Auto mode is sending the composer's message. */
  private sending = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly signal: AbortSignal,
  ) {
    this.auto = new AutoMode(adapter);
    this.waiting = new WaitingReport(signal);
    // Cards live in the site's thread; they leave with this run (the site turned off, say).
    signal.addEventListener(
      'abort',
      () => {
        for (const card of this.cards.values()) card.host.remove();
      },
      { once: true },
    );
  }

  setSite(settings: SiteSettings): void {
    this.auto.configure(settings);
    for (const key of this.cards.keys()) this.render(key);
  }

  /**
   * Brings cards in line with the replies now in `thread`. Given the changes that led here, and
   * when every one of them fell inside the reply being written, only the code blocks they touched
   * are read, and true is returned: the rest of the page (other turns, the stop button) is as the
   * last full read left it. A long reply streams in hundreds of such changes.
   */
  scan(thread: Element, changes?: readonly MutationRecord[]): boolean {
    if (this.signal.aborted || !this.adapter.isChatRoute(new URL(location.href))) return false;
    const { selectors } = this.adapter;
    const writing = this.writing;
    if (
      changes?.length &&
      writing?.reply.isConnected &&
      changes.every((change) => writing.reply.contains(change.target))
    ) {
      const touched = touchedBlocks(changes, selectors.codeBlock);
      if (touched.size) this.readReply(writing.reply, writing.index, true, false, touched);
      return true;
    }
    const streaming = queryFirst(document, selectors.stopButton) !== null;
    const messages = queryAll(thread, selectors.assistantMessage);
    const first = !this.scanned;
    this.scanned = true;
    const last = messages.length - 1;
    this.writing = streaming && last >= 0 ? { reply: messages[last]!, index: last } : undefined;
    messages.forEach((message, m) => {
      // A finished reply is read once; only the one still streaming is read again. A reply the
      // site re-renders is a new element, so it is read again too.
      if (this.settled.has(message)) return;
      const lastAndStreaming = streaming && m === last;
      if (!lastAndStreaming && m < last) this.settled.add(message);
      this.readReply(message, m, lastAndStreaming, first);
    });
    return false;
  }

  /** Reads the tool calls in one reply's code blocks (only those in `only`, when given). */
  private readReply(
    message: Element,
    m: number,
    lastAndStreaming: boolean,
    first: boolean,
    only?: Set<Element>,
  ): void {
    const { selectors } = this.adapter;
    queryAll(message, selectors.codeBlock).forEach((block, b) => {
      if (only && !only.has(block)) return;
      const code = queryFirst(block, selectors.code);
      if (!code) return;
      const read = readToolCall(code.textContent ?? '', this.adapter.codeLanguage(block, code));
      if (read.kind === 'none') return;
      const key = `${location.pathname}|${message.getAttribute('data-message-id') ?? m}|${b}`;
      if (first && !lastAndStreaming) this.earlier.add(key);
      if (read.kind === 'call' && this.delivered.repeatedIn(code.textContent ?? ''))
        this.echoed.add(key);
      const previous = this.states.get(key);
      const next = advance(previous, read, lastAndStreaming);
      const problems = this.problems.get(key);
      // A checked call keeps its state (and what was delivered) while the page re-renders.
      const checked = previous?.phase === 'invalid' && previous.call ? previous : undefined;
      this.states.set(
        key,
        next.phase === 'ready' && problems ? (checked ?? invalidCall(next.call, problems)) : next,
      );
      this.place(key, block);
      if (next.phase === 'ready' && !this.problems.has(key)) void this.check(key, next.call);
      else if (next.phase === 'ready') this.autoRun(key);
    });
  }

  private place(key: string, block: Element): void {
    let card = this.cards.get(key);
    if (!card) {
      card = new ToolCard({
        run: () => void this.run(key, 'user'),
        cancel: () => void this.cancel(key),
        deny: () => void this.deny(key),
        report: () => void this.report(key),
        insert: (text) => void this.reinsert(key, text),
        copy: (text) => void navigator.clipboard.writeText(text),
        answer: (answer) => void this.answer(key, answer),
      });
      this.cards.set(key, card);
    }
    // The site may re-render the block; the card follows it.
    if (block.nextElementSibling !== card.host) block.after(card.host);
    this.render(key);
  }

  /** The servers' states changed: cards waiting to run say whether their server can take the call. */
  setServers(servers: TabServer[]): void {
    this.servers = servers;
    for (const key of this.cards.keys()) this.render(key);
  }

  private render(key: string): void {
    const state = this.states.get(key);
    if (!state) return;
    // Calls on the page before this run may have run already: the popup lists only new ones.
    this.waiting.note(
      key,
      state.phase === 'ready' && !this.earlier.has(key) ? state.call : undefined,
    );
    const note =
      state.phase === 'ready'
        ? (serverNote(state.call, this.servers) ??
          this.echoedNote(key) ??
          this.auto.pausedNote(this.policies.get(key)))
        : this.notes.get(key);
    this.cards.get(key)?.render(state, note);
  }

  /** Asks the background, once per call, whether it can run as written. */
  private async check(key: string, call: ToolCall): Promise<void> {
    this.problems.set(key, '');
    const { problems, policy } = await ask('tools.check', { call }).catch(() => ({
      problems: [] as string[],
      policy: undefined,
    }));
    this.policies.set(key, policy);
    if (problems.length === 0) {
      this.autoRun(key);
      this.render(key);
      return;
    }
    const text = problems.join('; ');
    this.problems.set(key, text);
    if (this.states.get(key)?.phase === 'ready') this.set(key, invalidCall(call, text));
  }

  /**
   * Runs a checked call with no click when auto mode may: as soon as its check comes back, or
   * later when the card is ready again (it may have been briefly re-read as it streamed).
   */
  private autoRun(key: string): void {
    const checked = this.problems.get(key) === '' && this.policies.has(key);
    if (!checked || this.earlier.has(key) || this.echoed.has(key)) return;
    if (this.states.get(key)?.phase !== 'ready') return;
    if (this.auto.mayRun(this.policies.get(key))) void this.run(key, 'auto');
  }

  /** Why a call auto mode would have run waits: it repeats text a tool sent back. */
  private echoedNote(key: string): string | undefined {
    if (!this.echoed.has(key) || !this.auto.mayRun(this.policies.get(key))) return undefined;
    return 'Auto mode did not run this call: it was copied from a tool result. Press Run if you want it.';
  }

  /** A call that cannot run: the model learns why, when the user says so. */
  private async report(key: string): Promise<void> {
    const state = this.states.get(key);
    if (state?.phase !== 'invalid' || state.delivered) return;
    const call = state.call ?? {
      call_id: state.callId ?? 'unknown',
      tool: 'unknown',
      arguments: {},
    };
    await this.deliver(
      key,
      resultBlock({ call, status: 'failed', body: state.error, nonce: newNonce() }),
    );
  }

  /** The user asked for the delivered text again: it goes in through the editor, as before. */
  private async reinsert(key: string, text: string): Promise<void> {
    this.auto.humanActed();
    await this.deliver(key, text);
  }

  /** The server asks the user something during a running call: the card shows the form. */
  elicit(callKey: string, question: Omit<Question, 'error' | 'sending'>): void {
    const state = this.states.get(callKey);
    if (state?.phase === 'running') this.set(callKey, { ...state, question });
  }

  /** Sends the user's answer; the form stays, with the reason, if the background refuses it. */
  private async answer(key: string, answer: ElicitAnswer): Promise<void> {
    const state = this.states.get(key);
    if (state?.phase !== 'running' || !state.question || state.question.sending) return;
    const { question } = state;
    this.set(key, { ...state, question: { ...question, sending: true } });
    try {
      await ask('elicit.answer', { elicitId: question.elicitId, ...answer });
      const now = this.states.get(key);
      if (now?.phase === 'running') this.set(key, { ...now, question: undefined });
    } catch (error) {
      const now = this.states.get(key);
      if (now?.phase === 'running' && now.question?.elicitId === question.elicitId)
        this.set(key, { ...now, question: { ...question, error: toWireError(error).message } });
    }
  }

  /** Progress the background reports for a running call. */
  progress(callKey: string, progress: Progress): void {
    const state = this.states.get(callKey);
    if (state?.phase === 'running') this.set(callKey, { ...state, progress });
  }

  private async cancel(key: string): Promise<void> {
    const state = this.states.get(key);
    if (state?.phase !== 'running' || state.cancelling) return;
    this.set(key, { ...state, cancelling: true });
    await ask('tools.cancel', { callKey: key }).catch(() => undefined);
  }

  private set(key: string, state: CardState): void {
    this.states.set(key, state);
    this.render(key);
  }

  private async run(key: string, approval: 'user' | 'auto'): Promise<void> {
    const state = this.states.get(key);
    if (state?.phase !== 'ready') return;
    if (approval === 'user') this.auto.humanActed();
    const { call } = state;
    const nonce = newNonce();
    this.set(key, { phase: 'running', call });
    try {
      await this.runOnce(key, call, nonce, approval);
    } finally {
      if (approval === 'auto') await this.sendWhenSettled(key);
    }
  }

  /** Once no call of this page is running or waiting to be checked, auto mode sends the results. */
  private async sendWhenSettled(key: string): Promise<void> {
    const busy = [...this.states.values()].some((s) => s.phase === 'running');
    const checking = [...this.problems.entries()].some(
      ([k, p]) => p === '' && !this.policies.has(k),
    );
    // One send at a time: results that land while it waits for the site go with it.
    if (busy || checking || this.sending) return;
    this.sending = true;
    try {
      this.notes.set(key, await this.auto.send());
    } finally {
      this.sending = false;
    }
    this.render(key);
  }

  private async runOnce(
    key: string,
    call: ToolCall,
    nonce: string,
    approval: 'user' | 'auto',
  ): Promise<void> {
    try {
      const answer = await ask('tools.call', { call, callKey: key, approval });
      const done: CardState = { phase: 'done', call, server: answer.server, result: answer.result };
      this.set(key, done);
      // Files go first, so the text can say which ones the model will find with it.
      const plan = planResultFiles(this.adapter, call, answer.result);
      const { uploads } = this.adapter;
      const attached =
        uploads && plan.files.length ? await attachFiles(uploads, plan.files) : false;
      const text = formatToolResult(call, answer.server, answer.result, nonce, {
        limit: plan.limit,
        ...(attached ? { attached: plan.attached, fullFile: plan.fullFile } : {}),
      });
      const files = plan.files.map((f) => f.name);
      await this.deliver(key, text, files.length ? { names: files, attached } : undefined);
    } catch (error) {
      const wire = toWireError(error);
      this.set(
        key,
        wire.code === 'denied'
          ? { phase: 'denied', call, reason: wire.message }
          : { phase: 'failed', call, error: wire },
      );
      const status =
        wire.code === 'cancelled' ? 'cancelled' : wire.code === 'denied' ? 'denied' : 'failed';
      await this.deliver(key, resultBlock({ call, status, body: wire.message, nonce }));
    }
  }

  /** The user said no: the model hears it, so it is never left waiting. */
  private async deny(key: string): Promise<void> {
    const state = this.states.get(key);
    if (state?.phase !== 'ready') return;
    const { call } = state;
    this.auto.humanActed();
    this.set(key, { phase: 'denied', call });
    // For the call log only: the model hears of it below whether or not this lands.
    void ask('tools.declined', { call }).catch(() => undefined);
    const body = 'The user declined to run this tool call.';
    await this.deliver(key, resultBlock({ call, status: 'denied', body, nonce: newNonce() }));
  }

  /** Puts an outcome into the composer; on failure the card keeps the text for Copy. */
  private async deliver(key: string, text: string, files?: Delivery['files']): Promise<void> {
    const { site, selectors, editor } = this.adapter;
    this.delivered.add(text);
    let inserted = false;
    try {
      const composer = queryRequired(
        document,
        selectors.composer,
        site.name,
        'message box',
      ) as HTMLElement;
      inserted = await insertText(composer, editor, text);
    } catch (error) {
      console.warn('[MCP Switchboard]', error);
    }
    const state = this.states.get(key);
    if (
      state &&
      (state.phase === 'done' ||
        state.phase === 'failed' ||
        state.phase === 'denied' ||
        state.phase === 'invalid')
    ) {
      this.set(key, { ...state, inserted, delivered: text, ...(files ? { files } : {}) });
    }
  }
}

function invalidCall(call: ToolCall, problems: string): CardState {
  return {
    phase: 'invalid',
    call,
    callId: call.call_id,
    error: `This call cannot run as written: ${problems.replace(/\.$/, '')}.`,
  };
}
