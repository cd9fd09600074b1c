// The chat sites the extension supports: which pages a content script may run on, and which
// senders the background accepts tool calls from. manifest.json must match (a test checks).

export interface ChatSite {
  id: string;
  name: string;
  /** Origins the site is served from. */
  origins: readonly string[];
  /** Where a new chat starts; tests open it. */
  startUrl: string;
}

export const CHAT_SITES: readonly ChatSite[] = [
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    origins: ['https://chatgpt.com'],
    startUrl: 'https://chatgpt.com/',
  },
];

export function siteForUrl(url: string | undefined): ChatSite | undefined {
  if (!url) return undefined;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return undefined;
  }
  return CHAT_SITES.find((site) => site.origins.includes(origin));
}

/** Match patterns for the manifest's content_scripts and host_permissions. */
export function sitePatterns(site: ChatSite): string[] {
  return site.origins.map((origin) => `${origin}/*`);
}
