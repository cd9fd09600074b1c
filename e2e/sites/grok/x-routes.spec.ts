// Grok inside X: the content script runs on all of x.com but parses only /i/grok. Every x.com page
// is served the X fixture (../grok-x), so a Grok reply with a tool call is on screen either way: in
// the Grok page, or in the Grok drawer X shows on its other pages.
import { ADAPTERS } from '../../../src/content/adapters/registry';
import { expect, type Page, test } from '../../fixtures/extension';
import { ChatPage } from '../../pages/chat-page';
import { routeChatSite } from '../build';

const adapter = ADAPTERS.find((a) => a.site.id === 'grok')!;

async function replyOn(page: Page, url: string): Promise<ChatPage> {
  const chat = await ChatPage.open(page, adapter, url);
  await chat.page.bringToFront();
  await chat.send('Please echo something');
  await expect.poll(() => chat.isStreaming()).toBe(false);
  return chat;
}

test('a reply on x.com outside /i/grok gets no card, until X navigates in-app to /i/grok', async ({
  context,
  page,
}) => {
  await routeChatSite(context, 'grok');
  const chat = await replyOn(page, 'https://x.com/home');
  expect(page.url()).toBe('https://x.com/home');
  expect(await chat.turns()).toHaveLength(2);
  // Give the content script time to act on the finished reply, were it going to.
  await page.waitForTimeout(1_000);
  expect(await chat.cards.count()).toBe(0);

  // X is a single-page app: opening Grok from its sidebar is a pushState, not a page load.
  await page.evaluate(() => history.pushState({}, '', '/i/grok'));
  await expect.poll(() => chat.cards.count()).toBe(1);
});

test('a reply on x.com/i/grok gets its card', async ({ context, page }) => {
  await routeChatSite(context, 'grok');
  const chat = await replyOn(page, 'https://x.com/i/grok');
  expect(page.url()).toMatch(/^https:\/\/x\.com\/i\/grok\?conversation=\d+$/);
  // The X app, not grok.com's: X's message box and code block.
  await expect(page.locator('main textarea[placeholder="Ask Grok (AI agent)"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="markdown-code-block"]')).toHaveCount(1);
  await expect.poll(() => chat.cards.count()).toBe(1);
  expect((await chat.cards.read())?.tool).toContain('echo');
});
