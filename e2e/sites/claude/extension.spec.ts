// Claude's own ways, with the extension: the server-rendered textarea the page shows until it
// hydrates. (The "Pasted content" chip a long paste becomes: site-changes.spec.)
import { expect, test } from '../../fixtures/extension';
import { Cards } from '../../pages/card';

const HELD = 'https://claude.ai/new?fixture-hydrate=held';
const SSR = 'textarea[data-testid="chat-input-ssr"]';

test('Claude: before hydration nothing is reported missing, and the instructions wait for the editor, never going into the textarea', async ({
  addConnectedServer,
  openChat,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  const chat = await openChat(undefined, 'claude', HELD);
  await chat.page.bringToFront();
  await expect(chat.page.locator(SSR)).toBeVisible();
  await chat.page
    .locator(SSR)
    .evaluate((area) => area.addEventListener('input', () => area.setAttribute('data-typed', '')));
  // The offer shows once the adapter follows the page, after its first health check.
  await expect.poll(() => chat.offer.text()).toMatch(/\d+ MCP tools ready/);
  expect(await new Cards(chat.page, 'data-mcp-switchboard-badge').count()).toBe(0);

  await chat.offer.click('insert');
  await chat.page.evaluate(() => document.dispatchEvent(new Event('fixture-hydrate')));
  await expect.poll(() => chat.editorText()).toContain('```mcp-call');
  await expect(chat.page.locator(SSR)).toHaveCount(0);
  expect(await chat.page.locator('[data-typed]').count()).toBe(0);
  expect(await new Cards(chat.page, 'data-mcp-switchboard-badge').count()).toBe(0);
});
