// "Never silent": the elements an adapter cannot work without, checked when it starts and after
// each assistant turn. A missing one is reported with the site and the element's name.
import type { SiteAdapter, SiteSelectors } from './adapters/types';
import { queryFirst } from './dom/query';

/** What a person would call each element, for the report. */
const REQUIRED: Partial<Record<keyof SiteSelectors, string>> = {
  thread: 'conversation',
  composer: 'composer',
  sendButton: 'send button',
};

export function missingElements(adapter: SiteAdapter, root: ParentNode = document): string[] {
  const { selectors } = adapter;
  const streaming = queryFirst(root, selectors.stopButton) !== null;
  return Object.entries(REQUIRED)
    .filter(([key]) => !(key === 'sendButton' && streaming)) // sites swap it for Stop while a reply streams
    .filter(([key]) => queryFirst(root, selectors[key as keyof SiteSelectors]) === null)
    .map(([, label]) => label as string);
}

export const BADGE_HOST_ATTRIBUTE = 'data-mcp-switchboard-badge';

/** A small notice on the page while the site's support is broken. */
export class HealthBadge {
  private readonly host = document.createElement('div');
  private readonly text = document.createElement('span');

  constructor(signal: AbortSignal) {
    this.host.setAttribute(BADGE_HOST_ATTRIBUTE, '');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `:host { all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; }
      span { display: block; font: 12px/1.4 system-ui, sans-serif; background: #cf222e; color: #fff; padding: 6px 10px;
        border-radius: 8px; max-width: 360px; box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }`;
    this.text.setAttribute('role', 'status');
    root.append(style, this.text);
    signal.addEventListener('abort', () => this.host.remove(), { once: true });
  }

  show(message: string | undefined): void {
    if (!message) {
      this.host.remove();
      return;
    }
    this.text.textContent = message;
    if (!this.host.isConnected) document.body.append(this.host);
  }
}

export function healthMessage(site: string, missing: readonly string[]): string | undefined {
  if (missing.length === 0) return undefined;
  return `MCP Switchboard: ${site}: ${missing.join(', ')} not found. The site may have changed; tool calls here are off until it is fixed.`;
}
