// Claude's own ways, with the extension: the server-rendered textarea the page shows until it
// hydrates, and the "Pasted content" chip a long paste becomes.
import { expect, test } from '../../fixtures/extension';
import { Cards } from '../../pages/card';
import { callScript } from '../scripts';

const HELD = 'https://claude.ai/new?fixture-hydrate=held';
const SSR = 'textarea[data-testid="chat-input-ssr"]';

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

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

test('Claude: when a paste becomes a "Pasted content" chip, the result goes in once, as chips', async ({
  scripted,
  openChat,
}) => {
  const long = `BEGIN-LONG\n${Array.from({ length: 200 }, (_, i) => `line ${i} ${'•'.repeat(40)}`).join('\n')}\nEND-LONG`;
  await scripted({ long: { kind: 'text', text: long } });
  const chat = await openChat(callScript({ tool: 'long' }), 'claude', undefined, {
    pasteLimit: 1_000,
  });
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.click('run');
  await expect
    .poll(async () => (await chat.cards.read())?.message)
    .toContain('turned the result into an attachment');
  expect(await chat.editorText()).toBe('');
  // The first piece became a chip, and the rest one more: in order, each part once.
  const files = await chat.attachments();
  expect(files.length).toBeLessThanOrEqual(2);
  const joined = files.map((f) => f.text ?? '').join('');
  expect(occurrences(joined, 'BEGIN-LONG')).toBe(1);
  expect(occurrences(joined, 'END-LONG')).toBe(1);
  expect(joined).toContain(long.slice(3_000, 3_200));
  await expect(chat.page.locator('[data-testid="file-thumbnail"] .text-text-300')).toHaveText([
    'PASTED',
    'PASTED',
  ]);
});
