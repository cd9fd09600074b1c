// Each adapter's selectors, counted on its site fixture: a selector that stops matching fails here
// with the site and the selector's name, not silently in users' browsers.
import { ADAPTERS } from '../../src/content/adapters/registry';
import type { SiteSelectors } from '../../src/content/adapters/types';
import { expect, test } from '../fixtures/extension';

type Counts = Record<keyof SiteSelectors, number>;

async function count(
  page: import('@playwright/test').Page,
  selectors: SiteSelectors,
): Promise<Counts> {
  return page.evaluate((lists) => {
    const first = (list: readonly string[]) =>
      list.map((s) => document.querySelectorAll(s).length).find((n) => n > 0) ?? 0;
    return Object.fromEntries(
      Object.entries(lists).map(([name, list]) => [name, first(list)]),
    ) as Counts;
  }, selectors);
}

for (const adapter of ADAPTERS) {
  test(`${adapter.site.name}: every selector finds what it should on the fixture`, async ({
    openChat,
  }) => {
    const chat = await openChat();
    expect(await count(chat.page, adapter.selectors)).toEqual({
      thread: 1,
      assistantMessage: 0,
      codeBlock: 0,
      code: 0,
      composer: 1,
      stopButton: 0,
    });
    await chat.send('hello');
    await expect.poll(async () => (await count(chat.page, adapter.selectors)).stopButton).toBe(1);
    await expect.poll(() => chat.isStreaming()).toBe(false);
    expect(await count(chat.page, adapter.selectors)).toEqual({
      thread: 1,
      assistantMessage: 1,
      codeBlock: 1,
      code: 1,
      composer: 1,
      stopButton: 0,
    });
    expect(adapter.isChatRoute(new URL(chat.page.url()))).toBe(true);
  });
}
