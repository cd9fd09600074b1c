// Every supported chat site (and each other app a site runs: Grok inside X), driven the same way
// through its adapter, against a real server: on every layout its fixture serves, and again with
// the fixture's labels in a second language.
import type { SiteSelectors } from '../../src/content/adapters/types';
import { expect, type Page, test } from '../fixtures/extension';
import type { ChatPage } from '../pages/chat-page';
import { CHAT_VARIANTS } from '../sites/variants';

type Counts = Record<keyof SiteSelectors, number>;

/** How many shown elements each selector list finds (its first variant that finds any). */
function count(page: Page, selectors: SiteSelectors): Promise<Counts> {
  return page.evaluate((lists) => {
    const shown = (selector: string) =>
      [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility()).length;
    const first = (list: readonly string[]) => list.map(shown).find((n) => n > 0) ?? 0;
    return Object.fromEntries(
      Object.entries(lists).map(([name, list]) => [name, first(list)]),
    ) as Counts;
  }, selectors);
}

/** Instructions in, a call, Run on the real server, the result in, and the model's answer. */
async function fullFlow(chat: ChatPage): Promise<void> {
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
  // Once the reply has ended (and the site has re-rendered its blocks, where it does), there is
  // still one card, and Run runs the call once.
  await expect.poll(() => chat.isStreaming()).toBe(false);
  expect(await chat.cards.count()).toBe(1);
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect((await chat.cards.read())?.result).toBe('Echo: Hello from the fixture');
  await expect.poll(() => chat.editorText()).toContain('Echo: Hello from the fixture');

  await chat.pressSend();
  await expect
    .poll(async () => (await chat.turns()).at(-1)?.text ?? '')
    .toContain('Echo: Hello from the fixture');
  expect((await chat.submitted()).at(-1)).toMatch(/<\/mcp-result nonce="[0-9a-f]{8}">/);
  expect(await chat.cards.count()).toBe(1);
}

for (const { adapter, label, startUrl, forms } of CHAT_VARIANTS) {
  const { site } = adapter;

  for (const layout of forms.layouts) {
    const title = forms.layouts.length > 1 ? `${label} (${layout} layout)` : label;
    test.describe(title, () => {
      test('every selector finds what it should on the fixture', async ({ openChat }) => {
        const chat = await openChat(undefined, site.id, startUrl, { layout });
        expect(await count(chat.page, adapter.selectors)).toMatchObject({
          thread: 1,
          composer: 1,
          stopButton: 0,
          assistantMessage: 0,
          userMessage: 0,
        });
        // Some sites show their send button only once the composer holds text.
        await chat.composer().click();
        await chat.page.keyboard.type('hello');
        await expect
          .poll(async () => (await count(chat.page, adapter.selectors)).sendButton)
          .toBe(1);
        await chat.page.keyboard.press(chat.sendKeys);
        await expect
          .poll(async () => (await count(chat.page, adapter.selectors)).stopButton)
          .toBe(1);
        await expect.poll(() => chat.isStreaming()).toBe(false);
        await expect
          .poll(() => count(chat.page, adapter.selectors))
          .toMatchObject({
            thread: 1,
            composer: 1,
            stopButton: 0,
            assistantMessage: 1,
            userMessage: 1,
            codeBlock: 1,
          });
        expect(adapter.isChatRoute(new URL(chat.page.url()))).toBe(true);
      });

      test('a new chat: instructions in, the model calls a tool, it runs on the real server, the answer uses the result', async ({
        addConnectedServer,
        openChat,
        everything,
      }) => {
        await addConnectedServer(everything.url, 'everything');
        const chat = await openChat(undefined, site.id, startUrl, { layout });
        await chat.page.bringToFront();
        await fullFlow(chat);
      });
    });
  }

  for (const lang of forms.languages.slice(1)) {
    test(`${label}, labels in "${lang}": the whole flow works without English words`, async ({
      addConnectedServer,
      openChat,
      everything,
    }) => {
      await addConnectedServer(everything.url, 'everything');
      const chat = await openChat(undefined, site.id, startUrl, { lang });
      await chat.page.bringToFront();
      expect(await chat.page.locator('html').getAttribute('lang')).toBe(lang);
      await fullFlow(chat);
    });
  }
}
