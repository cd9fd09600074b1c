// The in-page card for one tool call. Its buttons live in a closed shadow root and act only on
// trusted events, so the page's scripts can neither see nor press them.
import { resultBody } from '../../shared/mcp/result-text';
import { CARD_CSS } from './card-style';
import type { CardState } from './state';

export const CARD_HOST_ATTRIBUTE = 'data-mcp-switchboard-card';

export interface CardActions {
  run(): void;
  deny(): void;
  report(): void;
  cancel(): void;
  /** Puts what was delivered into the composer again (after the user cleared it, say). */
  insert(text: string): void;
  copy(text: string): void;
}

type Action = keyof CardActions;

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
  private readonly tool = el('span', 'tool');
  private readonly status = el('span', 'status');
  private readonly argsBox = el('details');
  private readonly args = el('pre');
  private readonly progress = el('progress');
  private readonly message = el('div', 'message');
  private readonly resultLabel = el('div', 'label', 'Result');
  private readonly result = el('pre');
  private readonly buttons: Record<Action, HTMLButtonElement>;
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
    card.setAttribute('aria-label', 'MCP tool call');
    this.status.setAttribute('role', 'status');
    const header = el('header');
    header.append(el('span', 'title', 'MCP tool call'), this.tool, this.status);
    this.args.setAttribute('aria-label', 'Arguments');
    this.argsBox.open = true;
    this.argsBox.append(el('summary', '', 'Arguments'), this.args);
    this.progress.setAttribute('aria-label', 'Progress');
    this.result.setAttribute('aria-label', 'Result');
    this.buttons = {
      run: this.button('run', 'Run', 'primary'),
      deny: this.button('deny', 'Deny'),
      report: this.button('report', 'Tell the model'),
      cancel: this.button('cancel', 'Cancel'),
      insert: this.button('insert', 'Insert'),
      copy: this.button('copy', 'Copy'),
    };
    const bar = el('div', 'actions');
    bar.append(...Object.values(this.buttons));
    card.append(
      header,
      this.argsBox,
      this.progress,
      this.message,
      this.resultLabel,
      this.result,
      bar,
    );
    card.dataset.theme = pageTheme();
    root.append(style, card);

    const allowed: Record<Action, (s: CardState) => boolean> = {
      run: (s) => s.phase === 'ready',
      deny: (s) => s.phase === 'ready',
      report: (s) => s.phase === 'invalid' && !s.delivered,
      cancel: (s) => s.phase === 'running',
      insert: (s) => 'delivered' in s && s.delivered !== undefined,
      copy: (s) => 'delivered' in s && s.delivered !== undefined,
    };
    for (const [action, button] of Object.entries(this.buttons) as [Action, HTMLButtonElement][]) {
      button.addEventListener('click', (event) => {
        const state = this.state;
        if (!event.isTrusted || !state || !allowed[action](state)) return;
        const delivered = 'delivered' in state ? (state.delivered ?? '') : '';
        if (action === 'copy' || action === 'insert') actions[action](delivered);
        else actions[action]();
      });
    }
  }

  private button(action: Action, label: string, className = ''): HTMLButtonElement {
    const button = el('button', className, label);
    button.dataset.action = action;
    return button;
  }

  /** `note` explains, before a run, why the call may not get through (its server is down). */
  render(state: CardState, note?: string): void {
    if (state === this.state && note === this.note) return;
    this.state = state;
    this.note = note;
    const call = 'call' in state ? state.call : undefined;
    this.tool.textContent = call ? (call.server ? `${call.server} / ${call.tool}` : call.tool) : '';
    this.argsBox.hidden = !call;
    this.args.textContent = call ? JSON.stringify(call.arguments, null, 2) : '';
    const [text, tone] = statusOf(state);
    this.status.textContent = text;
    this.status.dataset.tone = tone;
    const message = [messageOf(state), note].filter(Boolean).join(' ') || undefined;
    this.message.hidden = !message;
    this.message.textContent = message ?? '';
    this.message.dataset.tone = state.phase === 'failed' || state.phase === 'invalid' ? 'bad' : '';
    const result = state.phase === 'done' ? resultBody(state.result) : undefined;
    this.result.hidden = this.resultLabel.hidden = result === undefined;
    this.result.textContent = result ?? '';
    const { run, deny, cancel, copy } = this.buttons;
    // A checked call stays visible with its arguments, so the user sees what is wrong.
    run.hidden = !['ready', 'running', 'writing'].includes(state.phase);
    run.disabled = state.phase !== 'ready';
    run.textContent = state.phase === 'running' ? 'Running…' : 'Run';
    deny.hidden = state.phase !== 'ready';
    this.buttons.report.hidden = !(state.phase === 'invalid' && !state.delivered);
    cancel.hidden = state.phase !== 'running';
    cancel.disabled = state.phase === 'running' && state.cancelling === true;
    copy.hidden = !('delivered' in state && state.delivered !== undefined);
    this.buttons.insert.hidden = copy.hidden;
    const progress = state.phase === 'running' ? state.progress : undefined;
    this.progress.hidden = progress === undefined;
    if (progress?.total) {
      this.progress.max = progress.total;
      this.progress.value = progress.progress;
    } else this.progress.removeAttribute('value');
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
    case 'denied':
      return ['Denied', ''];
  }
}

function deliveryText(inserted: boolean | undefined, what: string): string | undefined {
  if (inserted === true) return `${what} is in the message box: review it and send.`;
  if (inserted === false)
    return `Could not put ${what.toLowerCase()} into the message box. Use Copy and paste it.`;
  return undefined;
}

function messageOf(state: CardState): string | undefined {
  switch (state.phase) {
    case 'invalid': {
      const delivery = deliveryText(state.inserted, 'The problem');
      return delivery ? `${state.error} ${delivery}` : state.error;
    }
    case 'failed': {
      const delivery = deliveryText(state.inserted, 'The error');
      return delivery ? `${state.error.message} ${delivery}` : state.error.message;
    }
    case 'denied': {
      const why = state.reason ?? 'You denied this call.';
      const delivery = deliveryText(state.inserted, 'The denial');
      return delivery ? `${why} ${delivery}` : why;
    }
    case 'running':
      return state.progress ? progressText(state.progress) : undefined;
    case 'done':
      return deliveryText(state.inserted, 'The result');
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

/** The page's own theme, from its background: sites have their own switch, not only the system's. */
function pageTheme(): 'light' | 'dark' {
  const color = getComputedStyle(document.body).backgroundColor;
  const [r = 255, g = 255, b = 255, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (a === 0) return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
