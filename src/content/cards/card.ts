// The in-page card for one tool call. Its buttons live in a closed shadow root and act only on
// trusted events, so the page's scripts can neither see nor press them.
import { h, render } from 'preact';
import type { ElicitAnswer } from '../../shared/mcp/elicit-form';
import { type Action, CardView } from './CardView';
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
  /** The user's answer to a server's question during the call. */
  answer(answer: ElicitAnswer): void;
}

export class ToolCard {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  /** Read once: the page's theme when the card appears. */
  private readonly theme = pageTheme();
  private state: CardState | undefined;
  private note: string | undefined;

  constructor(private readonly actions: CardActions) {
    this.host = document.createElement('div');
    this.host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.mount = document.createElement('div');
    root.append(style, this.mount);
  }

  /** `note` explains, before a run, why the call may not get through (its server is down). */
  render(state: CardState, note?: string): void {
    if (state === this.state && note === this.note) return;
    this.state = state;
    this.note = note;
    // The phase only (no call data) on the open host, so `npm run bench` can time changes from outside.
    this.host.dataset.phase = state.phase;
    render(
      h(CardView, {
        state,
        note,
        theme: this.theme,
        onAction: (a) => this.act(a),
        onAnswer: (answer) => this.actions.answer(answer),
      }),
      this.mount,
    );
  }

  private act(action: Action): void {
    // The view offers only what the state allows; check against the current state once more,
    // since a click can land just as the state moves on.
    const state = this.state;
    if (!state) return;
    const delivered = 'delivered' in state ? state.delivered : undefined;
    if (action === 'copy' || action === 'insert') {
      if (delivered !== undefined) this.actions[action](delivered);
    } else if (ALLOWED[action](state)) this.actions[action]();
  }
}

const ALLOWED: Record<'run' | 'deny' | 'report' | 'cancel', (s: CardState) => boolean> = {
  run: (s) => s.phase === 'ready',
  deny: (s) => s.phase === 'ready',
  report: (s) => s.phase === 'invalid' && !s.delivered,
  cancel: (s) => s.phase === 'running' && s.cancelling !== true,
};

/** The page's own theme, from its background: sites have their own switch, not only the system's. */
function pageTheme(): 'light' | 'dark' {
  const color = getComputedStyle(document.body).backgroundColor;
  const [r = 255, g = 255, b = 255, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (a === 0) return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
