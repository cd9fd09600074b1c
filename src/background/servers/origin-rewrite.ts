// The per-server "send without Origin" switch, for servers that answer 403 to
// `Origin: chrome-extension://…`: one declarativeNetRequest session rule per opted-in server
// removes the header from the extension's own requests to that server, and from nothing else.
import type { ServerConfig } from '../../shared/storage/items';

type Rule = chrome.declarativeNetRequest.Rule;

/** The slice of `chrome.declarativeNetRequest` the rules need; an in-memory twin in tests. */
export interface SessionRulesApi {
  getSessionRules(): Promise<Rule[]>;
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: Rule[] }): Promise<void>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression for the URLs a server's session talks to: its scheme (and the WebSocket
 * twin), host and port, and the folder of its path. The folder, not the exact path: a legacy SSE
 * server names a sibling URL for the messages (`/sse` → `/messages?sessionId=…`). Undefined for a
 * URL no session could use.
 */
export function scopeOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  const secure = parsed.protocol === 'https:' || parsed.protocol === 'wss:';
  if (!secure && parsed.protocol !== 'http:' && parsed.protocol !== 'ws:') return undefined;
  const folder = parsed.pathname.slice(0, parsed.pathname.lastIndexOf('/') + 1);
  return `^${secure ? '(https|wss)' : '(http|ws)'}://${escapeRegExp(parsed.host)}${escapeRegExp(folder)}`;
}

/**
 * The rules for these servers. The Origin is removed rather than set to the server's own origin:
 * no Origin is what a desktop client sends and what Origin checks let through, whereas the
 * server's own origin would claim the request came from a page the server itself served.
 * `tabIds: [-1]` and our id as the only initiator keep pages, and other extensions, out: a
 * chat page's requests still carry the page's Origin.
 */
export function originRules(servers: readonly ServerConfig[], extensionId: string): Rule[] {
  return servers
    .flatMap((server) => {
      const regexFilter = server.omitOrigin ? scopeOf(server.url) : undefined;
      if (!regexFilter) return [];
      return [
        {
          id: 0,
          priority: 1,
          action: {
            type: 'modifyHeaders',
            requestHeaders: [{ header: 'origin', operation: 'remove' }],
          },
          condition: {
            regexFilter,
            initiatorDomains: [extensionId],
            tabIds: [-1],
            // `other`: EventSource, which the legacy SSE transport opens.
            resourceTypes: ['xmlhttprequest', 'websocket', 'other'],
          },
        } satisfies Rule,
      ];
    })
    .map((rule, i) => ({ ...rule, id: i + 1 }));
}

/** Keeps the session rules equal to what the stored servers ask for; one update at a time. */
export class OriginRewrite {
  private updates: Promise<void> = Promise.resolve();

  constructor(
    private readonly api: SessionRulesApi,
    private readonly extensionId: string,
  ) {}

  /** Replaces every rule; never throws (a failure leaves the server refusing, which it says). */
  sync(servers: readonly ServerConfig[]): Promise<void> {
    this.updates = this.updates.then(async () => {
      try {
        const current = await this.api.getSessionRules();
        await this.api.updateSessionRules({
          removeRuleIds: current.map((rule) => rule.id),
          addRules: originRules(servers, this.extensionId),
        });
      } catch (error) {
        console.error('MCP Switchboard: could not update the Origin rules', error);
      }
    });
    return this.updates;
  }
}
