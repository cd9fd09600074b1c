// The small in-page note beside a lookup block: what was looked up and what became of the answer.
// It approves nothing (a lookup runs nothing), so the content script draws it, in a closed shadow
// root; its one button acts on trusted clicks only.
import { CARD_CSS } from '../cards/card-style';
import type { NoteAction, NoteText } from './state';

export const LOOKUP_HOST_ATTRIBUTE = 'data-mcp-switchboard-lookup';

const NOTE_CSS = `${CARD_CSS}
:host { margin: 6px 0 12px; font-size: 13px; }
.card { padding: 8px 12px; }
.message { margin-top: 4px; color: var(--muted); }
.actions { margin-top: 6px; }
`;

export class LookupNote {
  readonly host = document.createElement('div');
  private readonly title = document.createElement('span');
  private readonly status = document.createElement('span');
  private readonly message = document.createElement('div');
  private readonly actions = document.createElement('div');
  private readonly button = document.createElement('button');
  private action: NoteAction | undefined;

  constructor(theme: 'light' | 'dark', act: (action: NoteAction) => void) {
    this.host.setAttribute(LOOKUP_HOST_ATTRIBUTE, '');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = NOTE_CSS;
    const box = document.createElement('section');
    box.className = 'card';
    box.dataset.theme = theme;
    box.setAttribute('aria-label', 'MCP tool lookup');
    const header = document.createElement('header');
    this.title.className = 'title';
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    this.message.className = 'message';
    this.actions.className = 'actions';
    this.actions.append(this.button);
    header.append(this.title, this.status);
    box.append(header, this.message, this.actions);
    root.append(style, box);
    this.button.addEventListener('click', (event) => {
      if (event.isTrusted && this.action) act(this.action);
    });
  }

  /** `phase`, on the open host, carries no catalogue data: tests follow it. */
  render(text: NoteText, phase: string): void {
    this.host.dataset.phase = phase;
    this.title.textContent = text.title;
    this.status.textContent = text.status;
    this.message.textContent = text.message;
    this.message.hidden = !text.message;
    this.action = text.action?.name;
    this.actions.hidden = !text.action;
    this.button.textContent = text.action?.label ?? '';
    if (text.action) this.button.dataset.action = text.action.name;
    else delete this.button.dataset.action;
  }
}
