// The notice on the page while a site's support is broken, naming the site and what is missing.

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
