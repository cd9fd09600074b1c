// DeepSeek with the extension: while the model thinks, before the first token of its answer, the
// round button shows a spinner and nothing in the conversation changes. That is a reply being
// written, not a page whose replies the adapter cannot find.
import { ADAPTERS } from '../../../src/content/adapters/registry';
import { BADGE_HOST_ATTRIBUTE } from '../../../src/content/health/badge';
import { expect, test } from '../../fixtures/extension';

const adapter = ADAPTERS.find((a) => a.site.id === 'deepseek')!;
/** How long a thread stays still before the health check counts a reply as missing (QUIET_MS in
 * src/content/health/monitor.ts, which cannot be imported outside an extension). */
const QUIET_MS = 5_000;

test('a long think before the first token is never reported as a missing reply', async ({
  addConnectedServer,
  openChat,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  // The spinner stays for longer than the thread may be still before a reply counts as missing.
  const chat = await openChat([{ when: '*', reply: 'Fine.' }], adapter.site.id, undefined, {
    stream: { firstChunkDelayMs: QUIET_MS + 2_000 },
  });
  await chat.page.bringToFront();
  // Noted by the page as it happens: any health report shown while the model thinks.
  await chat.page.evaluate((attribute) => {
    const seen = { badge: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if (document.querySelector(`[${attribute}]`)) seen.badge = true;
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, BADGE_HOST_ATTRIBUTE);
  await chat.send('hello');
  await expect(chat.page.locator('div[role="button"] [data-icon="spin"]')).toHaveCount(1);
  await expect.poll(() => chat.isStreaming(), { timeout: QUIET_MS + 15_000 }).toBe(false);
  expect((await chat.turns()).map((t) => t.text)).toEqual(['hello', 'Fine.']);
  expect(
    await chat.page.evaluate(() => (window as unknown as { seen: { badge: boolean } }).seen.badge),
  ).toBe(false);
});
