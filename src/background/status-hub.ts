// Pushes every server-status change at once to open extension pages (the full view, and what
// could not be saved) and to chat tabs (names and states only) over long-lived ports; extension
// pages also hear of new activity.
import type { Runtime } from 'webextension-polyfill';
import { serverKey } from '../shared/mcp/catalog-names';
import type { ActivityPush, StatusPush, TabStatusPush } from '../shared/messages/contract';
import type { SenderKind } from '../shared/messages/define';
import type { ServerView, StorageProblem } from '../shared/messages/views';
import type { SiteSettings } from '../shared/storage/items';

/** The tab's view: no URL, no header names, nothing a page could misuse. */
export function tabView(
  servers: readonly ServerView[],
  sites: Record<string, SiteSettings> = {},
): TabStatusPush {
  const taken = new Set<string>();
  return {
    type: 'tab-status',
    // Custom instructions stay out: a tab asks for its own site's when it inserts them.
    sites: Object.fromEntries(
      Object.entries(sites).map(([id, { instructions: _, ...tabSite }]) => [id, tabSite]),
    ),
    servers: servers
      .filter((s) => s.enabled)
      .map((s) => {
        const key = serverKey(s.name, taken);
        taken.add(key);
        const { state, toolCount, nextRetryAt } = s.status;
        return { name: s.name, key, state, toolCount, ...(nextRetryAt ? { nextRetryAt } : {}) };
      }),
  };
}

export class StatusHub {
  private readonly ports = new Map<Runtime.Port, SenderKind>();
  private scheduled = false;
  private activityScheduled = false;

  constructor(
    private readonly snapshot: () => Promise<ServerView[]>,
    private readonly sites: () => Promise<Record<string, SiteSettings>> = async () => ({}),
    private readonly problems: () => StorageProblem[] = () => [],
  ) {}

  attach(port: Runtime.Port, audience: SenderKind): void {
    this.ports.set(port, audience);
    port.onDisconnect.addListener(() => this.ports.delete(port));
    void Promise.all([this.snapshot(), this.sites()]).then(([servers, sites]) =>
      this.post(port, audience, servers, sites),
    );
  }

  /** Coalesces bursts of changes into one push per task. */
  changed(): void {
    if (this.scheduled || this.ports.size === 0) return;
    this.scheduled = true;
    setTimeout(async () => {
      this.scheduled = false;
      const [servers, sites] = await Promise.all([this.snapshot(), this.sites()]);
      for (const [port, audience] of this.ports) this.post(port, audience, servers, sites);
    }, 0);
  }

  /** Calls were recorded or cleared: extension pages ask for the activity again (one push per task). */
  activityChanged(): void {
    if (this.activityScheduled || this.ports.size === 0) return;
    this.activityScheduled = true;
    setTimeout(() => {
      this.activityScheduled = false;
      const push: ActivityPush = { type: 'activity' };
      for (const [port, audience] of this.ports) {
        if (audience !== 'extension-page') continue;
        try {
          port.postMessage(push);
        } catch {
          this.ports.delete(port);
        }
      }
    }, 0);
  }

  private post(
    port: Runtime.Port,
    audience: SenderKind,
    servers: ServerView[],
    sites: Record<string, SiteSettings>,
  ): void {
    const push: StatusPush | TabStatusPush =
      audience === 'extension-page'
        ? { type: 'servers', servers, problems: this.problems() }
        : tabView(servers, sites);
    try {
      port.postMessage(push);
    } catch {
      this.ports.delete(port);
    }
  }
}
