// "Send to chat": puts text into the composer of the most recently used chat tab, never sends it.
// Only a tab's content script knows whether its adapter runs (a chat route, support on), so each
// chat-site tab is asked in turn, most recent first.
import { SwitchboardError } from '../shared/errors';
import {
  type ComposerAnswer,
  type ComposerInsert,
  type ComposerProbe,
  composerAnswerSchema,
} from '../shared/messages/contract';
import { siteForUrl } from '../shared/sites';

export interface TabFacts {
  id?: number;
  windowId?: number;
  /** Set only for tabs the extension has host permission for: the chat sites. */
  url?: string;
  lastAccessed?: number;
}

/** The parts of the tabs and windows APIs used here, as webextension-polyfill shapes them. */
export interface ChatTabsApi {
  tabs: {
    query(query: Record<string, never>): Promise<TabFacts[]>;
    sendMessage(
      tabId: number,
      message: ComposerProbe | ComposerInsert,
      options: { frameId: number },
    ): Promise<unknown>;
    update(tabId: number, props: { active: boolean }): Promise<unknown>;
  };
  windows: { update(windowId: number, props: { focused: boolean }): Promise<unknown> };
}

export const NO_CHAT = 'Open a chat on a supported site first.';
const PROBE_MS = 3_000;
const INSERT_MS = 15_000;

export async function insertIntoChat(api: ChatTabsApi, text: string): Promise<{ site: string }> {
  const tabs = (await api.tabs.query({}))
    .filter(
      (tab): tab is TabFacts & { id: number } => tab.id !== undefined && !!siteForUrl(tab.url),
    )
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of tabs) {
    const probe = await ask(api, tab.id, { type: 'composer.probe' }, PROBE_MS);
    if (!probe) continue;
    if (!probe.ok) throw unavailable(probe, 'could not find its message box');
    // Shown first: a hidden tab does not paint, and editors wait for a frame before they settle.
    await api.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined)
      await api.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    const done = await ask(api, tab.id, { type: 'composer.insert', text }, INSERT_MS);
    if (!done)
      throw new SwitchboardError(
        'chat_unavailable',
        `${probe.site} did not answer. Reload its tab and try again.`,
      );
    if (!done.ok) throw unavailable(done, 'did not take the text');
    return { site: done.site };
  }
  throw new SwitchboardError('chat_unavailable', NO_CHAT);
}

function unavailable(answer: ComposerAnswer, fallback: string): SwitchboardError {
  return new SwitchboardError('chat_unavailable', answer.error ?? `${answer.site} ${fallback}.`);
}

/** The tab's answer; undefined when no adapter runs there to answer, or it does not in time. */
async function ask(
  api: ChatTabsApi,
  tabId: number,
  message: ComposerProbe | ComposerInsert,
  ms: number,
): Promise<ComposerAnswer | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    // Rejects when the tab has no content script of ours (opened before the extension, say).
    const sent = api.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
    const parsed = composerAnswerSchema.safeParse(await Promise.race([sent, late]));
    return parsed.success ? parsed.data : undefined;
  } finally {
    clearTimeout(timer);
  }
}
