// The in-page card for one tool call, in a closed shadow root. While the call waits for Run or
// runs, the card holds an extension-owned frame (the consent page) that shows the call as the
// background holds it and is the only place it can be approved; the page can neither see into it
// nor press its buttons. The rest (a call being written, an outcome) is drawn here.
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import { CONSENT_PAGE } from '../../shared/messages/consent-page';
import { pageTheme } from '../dom/theme';
import { type Action, CardView } from './CardView';
import { CARD_CSS } from './card-style';
import { CARD_HOST_ATTRIBUTE } from './host';
import type { CardState } from './state';

export interface CardActions {
  report(): void;
  /** Puts what was delivered into the composer again (after the user cleared it, say). */
  insert(text: string): void;
  copy(text: string): void;
  /** The frame's proposal is unknown to the background (it restarted): propose the call again. */
  stale(): void;
}

/** The frame's height until it says its own. */
const FIRST_HEIGHT = 200;

export class ToolCard {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private readonly frameBox: HTMLElement;
  private frame: { proposalId: string; element: HTMLIFrameElement } | undefined;
  /** The frame is made once the card is near the viewport: a long chat has many cards. */
  private near = false;
  private wanted: string | undefined;
  /** Read once: the page's theme when the card appears. */
  private readonly theme = pageTheme();
  private state: CardState | undefined;
  private note: string | undefined;

  constructor(
    private readonly actions: CardActions,
    signal: AbortSignal,
  ) {
    this.host = document.createElement('div');
    this.host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.mount = document.createElement('div');
    this.frameBox = document.createElement('div');
    this.frameBox.className = 'frame';
    root.append(style, this.mount, this.frameBox);
    const near = new IntersectionObserver(
      (entries) => {
        this.near = entries.some((e) => e.isIntersecting);
        this.placeFrame();
      },
      { rootMargin: '400px 0px' },
    );
    near.observe(this.host);
    window.addEventListener('message', (event) => this.heard(event), { signal });
    signal.addEventListener('abort', () => near.disconnect(), { once: true });
  }

  /** `proposalId`: the proposal the frame shows while the call waits for Run or runs. */
  render(state: CardState, note?: string, proposalId?: string): void {
    const frameFor = state.phase === 'ready' || state.phase === 'running' ? proposalId : undefined;
    if (state !== this.state || note !== this.note) {
      this.state = state;
      this.note = note;
      // The phase only (no call data) on the open host, so tests and `npm run bench` can follow it.
      this.host.dataset.phase = state.phase;
      render(
        h(CardView, { state, note, theme: this.theme, onAction: (a) => this.act(a) }),
        this.mount,
      );
    }
    this.wanted = frameFor;
    this.placeFrame();
  }

  private placeFrame(): void {
    const want = this.near ? this.wanted : undefined;
    if (this.frame?.proposalId === want) return;
    // A frame for the call as it was before is never reused: a new call needs a new look.
    this.frame?.element.remove();
    this.frame = undefined;
    if (want === undefined) {
      delete this.host.dataset.proposal;
      return;
    }
    const element = document.createElement('iframe');
    element.title = 'MCP Switchboard: approve this tool call';
    element.style.cssText = `display: block; width: 100%; height: ${FIRST_HEIGHT}px; border: 0;`;
    element.src = `${browser.runtime.getURL(CONSENT_PAGE)}#p=${want}&t=${this.theme}`;
    this.frameBox.append(element);
    this.frame = { proposalId: want, element };
    // Which frame is this card's, for tests: the proposal's id is no secret (only the frame,
    // in its own origin, can approve it).
    this.host.dataset.proposal = want;
  }

  /** What the frame tells its card: its height, or that its proposal is gone. */
  private heard(event: MessageEvent): void {
    const frame = this.frame;
    if (!frame || event.source !== frame.element.contentWindow) return;
    const data = event.data as { source?: unknown; type?: unknown; height?: unknown } | null;
    if (data?.source !== 'mcp-switchboard-consent') return;
    if (data.type === 'height' && typeof data.height === 'number' && data.height > 0)
      frame.element.style.height = `${Math.min(Math.ceil(data.height), 4000)}px`;
    else if (data.type === 'stale') this.actions.stale();
  }

  private act(action: Action): void {
    // The view offers only what the state allows; check against the current state once more,
    // since a click can land just as the state moves on.
    const state = this.state;
    if (!state) return;
    const delivered = 'delivered' in state ? state.delivered : undefined;
    if (action === 'report') {
      if (state.phase === 'invalid' && !state.delivered) this.actions.report();
    } else if (delivered !== undefined) this.actions[action](delivered);
  }
}
