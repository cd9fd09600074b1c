// Pushes every server-status change to the open popup and options pages over long-lived ports.
import type { Runtime } from 'webextension-polyfill';
import type { StatusPush } from '../shared/messages/contract';
import type { ServerView } from '../shared/messages/views';

export class StatusHub {
  private readonly ports = new Set<Runtime.Port>();
  private scheduled = false;

  constructor(private readonly snapshot: () => Promise<ServerView[]>) {}

  attach(port: Runtime.Port): void {
    this.ports.add(port);
    port.onDisconnect.addListener(() => this.ports.delete(port));
    void this.snapshot().then((servers) => this.post(port, { type: 'servers', servers }));
  }

  /** Coalesces bursts of changes into one push per task. */
  changed(): void {
    if (this.scheduled || this.ports.size === 0) return;
    this.scheduled = true;
    setTimeout(async () => {
      this.scheduled = false;
      const push: StatusPush = { type: 'servers', servers: await this.snapshot() };
      for (const port of this.ports) this.post(port, push);
    }, 0);
  }

  private post(port: Runtime.Port, push: StatusPush): void {
    try {
      port.postMessage(push);
    } catch {
      this.ports.delete(port);
    }
  }
}
