// Every supported chat site (and each other app a site runs: Grok inside X), driven the same way
// through its adapter, against a real server.
import type { SiteSelectors } from '../../src/content/adapters/types';
import { expect, type Page, test } from '../fixtures/extension';
import { CHAT_VARIANTS } from '../sites/variants';

type Counts = Record<keyof SiteSelectors, number>;

/** How many elements each selector list finds (its first variant that finds any). */
function count(page: Page, selectors: SiteSelectors): Promise<Counts> {
  return page.evaluate((lists) => {
    const first = (list: readonly string[]) =>
      list.map((s) => document.querySelectorAll(s).length).find((n) => n > 0) ?? 0;
    return Object.fromEntries(
      Object.entries(lists).map(([name, list]) => [name, first(list)]),
    ) as Counts;
  }, selectors);
}

for (const { adapter, label, startUrl } of CHAT_VARIANTS) {
  const { site } = adapter;

  test.describe(label, () => {
    test('every selector finds what it should on the fixture', async ({ openChat }) => {
      const chat = await openChat(undefined, site.id, startUrl);
      const idle = { thread: 1, composer: 1, sendButton: 1, stopButton: 0 };
      expect(await count(chat.page, adapter.selectors)).toMatchObject({
        ...idle,
        assistantMessage: 0,
        userMessage: 0,
      });
      await chat.send('hello');
      await expect.poll(async () => (await count(chat.page, adapter.selectors)).stopButton).toBe(1);
      await expect.poll(() => chat.isStreaming()).toBe(false);
      expect(await count(chat.page, adapter.selectors)).toEqual({
        ...idle,
        assistantMessage: 1,
        userMessage: 1,
        codeBlock: 1,
        code: 1,
      });
      expect(adapter.isChatRoute(new URL(chat.page.url()))).toBe(true);
    });

    test('a new chat: instructions in, the model calls a tool, it runs on the real server, the answer uses the result', async ({
      addConnectedServer,
      openChat,
      everything,
    }) => {
      await addConnectedServer(everything.url, 'everything');
      const chat = await openChat(undefined, site.id, startUrl);
      await chat.page.bringToFront();

      // A new chat offers the instructions; they go in through the editor and are sent.
      await expect.poll(() => chat.offer.text()).toMatch(/\d+ MCP tools ready/);
      await chat.offer.click('insert');
      await expect.poll(() => chat.editorText()).toContain('```mcp-call');
      expect(await chat.editorText()).toContain('- echo(message: string) — ');
      await chat.pressSend();
      await expect.poll(() => chat.offer.count()).toBe(0);
      expect((await chat.submitted())[0]).toContain(
        'Only the end tag with the same nonce ends a result',
      );

      await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
      expect(await chat.editorText()).toBe('');
      await chat.cards.click('run');
      await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
      expect((await chat.cards.read())?.result).toBe('Echo: Hello from the fixture');
      await expect.poll(() => chat.editorText()).toContain('Echo: Hello from the fixture');

      await chat.pressSend();
      await expect
        .poll(async () => (await chat.turns()).at(-1)?.text ?? '')
        .toContain('Echo: Hello from the fixture');
      expect((await chat.submitted()).at(-1)).toMatch(/<\/mcp-result nonce="[0-9a-f]{8}">/);
    });
  });
}
