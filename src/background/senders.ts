// Tells who sent a message from what the browser stamped on it, never from what the message claims.
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
  // A prefix test, not URL.origin: outside Chrome, non-web schemes have an opaque origin.
  if (sender.url.startsWith(`chrome-extension://${extensionId}/`)) return 'extension-page';
  // Our content scripts run only in the top frame of a supported chat site.
  if (sender.tab?.id !== undefined && sender.frameId === 0 && siteForUrl(sender.url)) {
    if (sender.origin !== undefined && sender.origin !== new URL(sender.url).origin)
      return undefined;
    return 'content-script';
  }
  return undefined;
}
