import { describe, expect, it, vi } from 'vitest';
import { type ChatTabsApi, insertIntoChat, NO_CHAT, type TabFacts } from './chat-tabs';

type Answer = (message: { type: string; text?: string }) => unknown;

/** Tabs with what each one's content script answers; `undefined` = no content script there. */
function fakeApi(tabs: (TabFacts & { answer?: Answer })[]) {
  const calls: string[] = [];
  const api: ChatTabsApi = {
    tabs: {
      query: async () => tabs.map(({ answer: _, ...tab }) => tab),
      sendMessage: async (tabId, message) => {
        calls.push(`${message.type}@${tabId}`);
        const answer = tabs.find((t) => t.id === tabId)?.answer;
        if (!answer)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return answer(message);
      },
      update: async (tabId) => calls.push(`show@${tabId}`),
    },
    windows: { update: async (windowId) => calls.push(`focus window ${windowId}`) },
  };
  return { api, calls };
}

const chatgpt = (id: number, lastAccessed: number, answer?: Answer) => ({
  id,
  windowId: 1,
  url: 'https://chatgpt.com/',
  lastAccessed,
  ...(answer ? { answer } : {}),
});
const takes: Answer = () => ({ ok: true, site: 'ChatGPT' });

describe('insertIntoChat', () => {
  it('asks the most recently used chat tab, shows it, then inserts', async () => {
    const texts: string[] = [];
    const { api, calls } = fakeApi([
      chatgpt(1, 100, takes),
      chatgpt(2, 300, (m) => {
        if (m.text) texts.push(m.text);
        return { ok: true, site: 'ChatGPT' };
      }),
      { id: 3, url: undefined, lastAccessed: 500 }, // a tab of another site: its URL is not ours to see
    ]);
    expect(await insertIntoChat(api, 'Hello')).toEqual({ site: 'ChatGPT' });
    expect(calls).toEqual(['composer.probe@2', 'show@2', 'focus window 1', 'composer.insert@2']);
    expect(texts).toEqual(['Hello']);
  });

  it('passes over chat-site tabs where no adapter answers', async () => {
    const { api, calls } = fakeApi([
      chatgpt(1, 100, takes),
      chatgpt(2, 200, () => undefined), // content script, but not on a chat route or support off
      chatgpt(3, 300), // no content script at all
    ]);
    await insertIntoChat(api, 'Hello');
    expect(calls).toEqual([
      'composer.probe@3',
      'composer.probe@2',
      'composer.probe@1',
      'show@1',
      'focus window 1',
      'composer.insert@1',
    ]);
  });

  it('says to open a chat when no tab can take the text', async () => {
    const { api, calls } = fakeApi([chatgpt(1, 100), { id: 2, url: 'https://example.com/' }]);
    await expect(insertIntoChat(api, 'Hello')).rejects.toMatchObject({
      code: 'chat_unavailable',
      message: NO_CHAT,
    });
    expect(calls).toEqual(['composer.probe@1']);
  });

  it('reports a composer that is missing or refuses the text, without showing or inserting elsewhere', async () => {
    const broken = fakeApi([
      chatgpt(1, 100, takes),
      chatgpt(2, 200, () => ({ ok: false, site: 'ChatGPT', error: 'ChatGPT: no message box.' })),
    ]);
    await expect(insertIntoChat(broken.api, 'Hello')).rejects.toThrow('ChatGPT: no message box.');
    expect(broken.calls).toEqual(['composer.probe@2']);

    const refuses = fakeApi([
      chatgpt(1, 100, (m) =>
        m.type === 'composer.probe'
          ? { ok: true, site: 'ChatGPT' }
          : { ok: false, site: 'ChatGPT' },
      ),
    ]);
    await expect(insertIntoChat(refuses.api, 'Hello')).rejects.toThrow(
      'ChatGPT did not take the text.',
    );
  });

  it('does not wait forever for a tab that never answers', async () => {
    vi.useFakeTimers();
    try {
      const { api } = fakeApi([chatgpt(1, 100, () => new Promise(() => {}))]);
      const result = expect(insertIntoChat(api, 'Hello')).rejects.toThrow(NO_CHAT);
      await vi.advanceTimersByTimeAsync(3_000);
      await result;
    } finally {
      vi.useRealTimers();
    }
  });
});
