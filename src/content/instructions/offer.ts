// On a new chat, a small offer to put the tool instructions into the composer. It lives in a closed
// shadow root, acts only on trusted clicks, and goes away once the chat has started.
import type { TabServer } from '../../shared/messages/contract';
import type { SiteAdapter } from '../adapters/types';
import { ask } from '../bridge/background';
import { attachFiles, takesType } from '../dom/attach';
import { awaitComposer, putText } from '../dom/composer';
import { LayoutError } from '../dom/query';

export const OFFER_HOST_ATTRIBUTE = 'data-mcp-switchboard-offer';

/** The name the instructions go by when attached as a file. */
export const INSTRUCTIONS_FILE = 'mcp-tools.md';
const FILE_NOTE = `The attached ${INSTRUCTIONS_FILE} lists the tools you can call in this chat and how to call them. Follow it.`;

const CSS = `
:host { all: initial; position: fixed; right: 20px; bottom: 96px; z-index: 2147483000; font: 13px/1.4 system-ui, sans-serif; }
.offer { --bg: #fff; --fg: #1f2328; --line: #d1d9e0; --accent: #0b57d0; display: flex; gap: 8px; align-items: center;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px; padding: 8px 10px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 12%); }
@media (prefers-color-scheme: dark) { .offer { --bg: #1d2127; --fg: #e6edf3; --line: #3d444d; --accent: #7aa8ff; } }
button { font: inherit; border-radius: 8px; padding: 3px 10px; cursor: pointer; border: 1px solid var(--line); background: transparent; color: var(--fg); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--bg); font-weight: 600; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
[hidden] { display: none !important; }
`;

export class InstructionsOffer {
  private readonly host = document.createElement('div');
  private readonly text = document.createElement('span');
  private readonly insert = document.createElement('button');
  private readonly attach = document.createElement('button');
  private dismissed = false;
  private used = false;
  private toolCount = 0;
  private newChat = false;

  constructor(
    private readonly adapter: SiteAdapter,
    signal: AbortSignal,
  ) {
    this.host.setAttribute(OFFER_HOST_ATTRIBUTE, '');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS;
    const box = document.createElement('div');
    box.className = 'offer';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', 'MCP Switchboard');
    this.insert.className = 'primary';
    this.insert.textContent = 'Insert tool instructions';
    this.insert.dataset.action = 'insert';
    this.attach.textContent = 'Attach as file';
    this.attach.dataset.action = 'attach';
    // Only where the site takes text files with a message.
    this.attach.hidden = !takesType(adapter.uploads, 'text/markdown');
    const close = document.createElement('button');
    close.textContent = '×';
    close.setAttribute('aria-label', 'Dismiss');
    close.dataset.action = 'dismiss';
    box.append(this.text, this.insert, this.attach, close);
    root.append(style, box);
    this.insert.addEventListener('click', (e) => e.isTrusted && void this.deliver('insert'));
    this.attach.addEventListener('click', (e) => e.isTrusted && void this.deliver('attach'));
    close.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      this.dismissed = true;
      this.render();
    });
    signal.addEventListener('abort', () => this.host.remove(), { once: true });
  }

  /** Called as the chat and the servers change. */
  update(newChat: boolean, servers?: readonly TabServer[]): void {
    this.newChat = newChat;
    if (servers)
      this.toolCount = servers
        .filter((s) => s.state === 'connected')
        .reduce((n, s) => n + s.toolCount, 0);
    if (!newChat) this.used = false;
    this.render();
  }

  private render(): void {
    const show = this.newChat && !this.dismissed && !this.used && this.toolCount > 0;
    if (!show) {
      this.host.remove();
      return;
    }
    this.text.textContent = `${this.toolCount} MCP tool${this.toolCount === 1 ? '' : 's'} ready.`;
    if (!this.host.isConnected) document.body.append(this.host);
  }

  /** Puts the instructions into the composer, as text or as a file with a line pointing to it. */
  private async deliver(how: 'insert' | 'attach'): Promise<void> {
    this.insert.disabled = this.attach.disabled = true;
    try {
      const { text, tokens } = await ask('instructions.get', {});
      const { site, uploads } = this.adapter;
      if (!(await awaitComposer(this.adapter))) throw new LayoutError(site.name, 'message box');
      if (how === 'attach') {
        const file = new File([text], INSTRUCTIONS_FILE, { type: 'text/markdown' });
        if (!uploads || !(await attachFiles(uploads, [file])))
          throw new Error(`${site.name} did not take the file. Insert the instructions instead.`);
      }
      const put = await putText(this.adapter, how === 'attach' ? FILE_NOTE : text);
      if (!put) throw new Error('The message box did not take the text.');
      this.used = true;
      this.text.textContent =
        how === 'attach'
          ? `Instructions attached as ${INSTRUCTIONS_FILE} (about ${tokens} tokens).`
          : put === 'attachment'
            ? `${site.name} turned the instructions into an attachment (about ${tokens} tokens).`
            : `Instructions inserted (about ${tokens} tokens).`;
      this.render();
    } catch (error) {
      this.text.textContent = `Could not ${how} the instructions: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.insert.disabled = this.attach.disabled = false;
    }
  }
}
