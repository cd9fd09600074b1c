// The in-page card for one tool call. Its buttons live in a closed shadow root and act only on
// trusted events, so the page's scripts can neither see nor press them.
import { resultBody } from '../../shared/mcp/result-text';
import { CARD_CSS } from './card-style';
import type { CardState } from './state';

export const CARD_HOST_ATTRIBUTE = 'data-mcp-switchboard-card';

export interface CardActions {
  run(): void;
  cancel(): void;
  copy(text: string): void;
}

interface Parts {
  tool: HTMLElement;
  status: HTMLElement;
  args: HTMLElement;
  message: HTMLElement;
  resultLabel: HTMLElement;
  result: HTMLElement;
  run: HTMLButtonElement;
  cancel: HTMLButtonElement;
  copy: HTMLButtonElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class ToolCard {
  readonly host: HTMLElement;
  private readonly parts: Parts;
  private state: CardState | undefined;
  private note: string | undefined;

  constructor(actions: CardActions) {
    this.host = el('div');
    this.host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = el('style');
    style.textContent = CARD_CSS;
    const card = el('section', 'card');
    card.setAttribute('role', 'group');
    const header = el('header');
    const tool = el('span', 'tool');
    const status = el('span', 'status');
    status.setAttribute('role', 'status');
    header.append(el('span', 'title', 'MCP tool call'), tool, status);
    const args = el('pre');
    args.setAttribute('aria-label', 'Arguments');
    const message = el('div', 'message');
    const resultLabel = el('div', 'label', 'Result');
    const result = el('pre');
    result.setAttribute('aria-label', 'Result');
    const run = el('button', 'primary', 'Run');
    run.dataset.action = 'run';
    const cancel = el('button', '', 'Cancel');
    cancel.dataset.action = 'cancel';
    const copy = el('button', '', 'Copy result');
    copy.dataset.action = 'copy';
    const bar = el('div', 'actions');
    bar.append(run, cancel, copy);
    card.append(header, args, message, resultLabel, result, bar);
    root.append(style, card);
    this.parts = { tool, status, args, message, resultLabel, result, run, cancel, copy };

    run.addEventListener('click', (event) => {
      if (event.isTrusted && this.state?.phase === 'ready') actions.run();
    });
    cancel.addEventListener('click', (event) => {
      if (event.isTrusted && this.state?.phase === 'running') actions.cancel();
    });
    copy.addEventListener('click', (event) => {
      if (event.isTrusted && this.state?.phase === 'done')
        actions.copy(resultBody(this.state.result));
    });
  }

  /** `note` explains, before a run, why the call may not get through (its server is down). */
  render(state: CardState, note?: string): void {
    if (state === this.state && note === this.note) return;
    this.state = state;
    this.note = note;
    const p = this.parts;
    const call = 'call' in state ? state.call : undefined;
    p.tool.textContent = call ? (call.server ? `${call.server} / ${call.tool}` : call.tool) : '';
    p.args.hidden = !call;
    p.args.textContent = call ? JSON.stringify(call.arguments, null, 2) : '';
    const [text, tone] = statusOf(state);
    p.status.textContent = text;
    p.status.dataset.tone = tone;
    const message = messageOf(state) ?? (state.phase === 'ready' ? note : undefined);
    p.message.hidden = !message;
    p.message.textContent = message ?? '';
    p.message.dataset.tone = state.phase === 'failed' || state.phase === 'invalid' ? 'bad' : '';
    const result = state.phase === 'done' ? resultBody(state.result) : undefined;
    p.result.hidden = p.resultLabel.hidden = result === undefined;
    p.result.textContent = result ?? '';
    p.run.hidden = !(
      state.phase === 'ready' ||
      state.phase === 'running' ||
      state.phase === 'writing'
    );
    p.run.disabled = state.phase !== 'ready';
    p.run.textContent = state.phase === 'running' ? 'Running…' : 'Run';
    p.cancel.hidden = state.phase !== 'running';
    p.cancel.disabled = state.phase === 'running' && state.cancelling === true;
    p.copy.hidden = state.phase !== 'done';
  }
}

function statusOf(state: CardState): [string, string] {
  switch (state.phase) {
    case 'writing':
      return ['Being written…', ''];
    case 'invalid':
      return ['Cannot run', 'bad'];
    case 'ready':
      return ['Waiting for you', ''];
    case 'running':
      return [state.cancelling ? 'Cancelling…' : 'Running', ''];
    case 'done':
      return state.result.isError ? ['Tool reported an error', 'bad'] : ['Done', 'ok'];
    case 'failed':
      return ['Failed', 'bad'];
  }
}

function messageOf(state: CardState): string | undefined {
  switch (state.phase) {
    case 'invalid':
      return state.error;
    case 'failed':
      return state.error.message;
    case 'running':
      return state.progress ? progressText(state.progress) : undefined;
    case 'done':
      if (state.inserted === true) return 'The result is in the message box: review it and send.';
      if (state.inserted === false)
        return 'Could not put the result into the message box. Use Copy result and paste it.';
      return undefined;
    default:
      return undefined;
  }
}

function progressText({
  progress,
  total,
  message,
}: {
  progress: number;
  total?: number;
  message?: string;
}): string {
  const amount = total ? `${Math.round((progress / total) * 100)}%` : `${progress}`;
  return message ? `${message} (${amount})` : `Progress: ${amount}`;
}
