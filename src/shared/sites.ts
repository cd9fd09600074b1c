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
  {
    id: 'grok',
    name: 'Grok',
    origins: ['https://grok.com', 'https://x.com'],
    startUrl: 'https://grok.com/',
  },
  {
    id: 'claude',
    name: 'Claude',
    origins: ['https://claude.ai'],
    startUrl: 'https://claude.ai/new',
  },
  {
    id: 'mistral',
    name: 'Mistral',
    origins: ['https://chat.mistral.ai'],
    startUrl: 'https://chat.mistral.ai/chat',
  },
  {
    id: 'gemini',
    name: 'Gemini',
    origins: ['https://gemini.google.com'],
    startUrl: 'https://gemini.google.com/app',
  },
  {
    id: 'aistudio',
    name: 'AI Studio',
    origins: ['https://aistudio.google.com'],
    startUrl: 'https://aistudio.google.com/prompts/new_chat',
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    origins: ['https://www.perplexity.ai', 'https://perplexity.ai'],
    startUrl: 'https://www.perplexity.ai/',
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    origins: ['https://chat.deepseek.com'],
    startUrl: 'https://chat.deepseek.com/',
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
