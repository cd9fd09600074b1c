// Tells who sent a message from what the browser stamped on it, never from what the message claims.
import { CONSENT_PAGE } from '../shared/messages/consent';
import type { SenderKind } from '../shared/messages/define';
import { siteForUrl } from '../shared/sites';

export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function classifySender(sender: SenderFacts, extensionId: string): SenderKind | undefined {
  if (sender.id !== extensionId || !sender.url) return undefined;
  const page = `chrome-extension://${extensionId}/`;
  // A prefix test, not URL.origin: outside Chrome, non-web schemes have an opaque origin.
  if (sender.url.startsWith(page)) {
    // The consent page in a frame of a tab: a card's frame. Opened any other way it is nothing:
    // only a chat page's card may frame it (manifest: web-accessible through its dynamic URL).
    const path = sender.url.slice(page.length).split(/[?#]/)[0];
    if (path === CONSENT_PAGE)
      return sender.tab?.id !== undefined && (sender.frameId ?? 0) > 0
        ? 'consent-frame'
        : undefined;
    return 'extension-page';
  }
  // Our content scripts run only in the top frame of a supported chat site.
  if (sender.tab?.id !== undefined && sender.frameId === 0 && siteForUrl(sender.url)) {
    if (sender.origin !== undefined && sender.origin !== new URL(sender.url).origin)
      return undefined;
    return 'content-script';
  }
  return undefined;
}
