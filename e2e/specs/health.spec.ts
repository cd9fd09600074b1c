// Never silent: when a site's layout changes under an adapter, the page and the popup say so.
import { expect, test } from '../fixtures/extension';
import { Cards } from '../pages/card';
import { CHAT_VARIANTS } from '../sites/variants';

for (const { adapter, label, startUrl } of CHAT_VARIANTS) {
  test(`${label}: a composer the adapter can no longer find is reported on the page and in the popup`, async ({
    addConnectedServer,
    openChat,
    openPopup,
    everything,
  }) => {
    await addConnectedServer(everything.url, 'everything');
    const chat = await openChat(undefined, adapter.site.id, startUrl);
    await chat.page.bringToFront();
    const badge = new Cards(chat.page, 'data-mcp-switchboard-badge');
    await chat.send('hello');
    await expect.poll(() => chat.isStreaming()).toBe(true);

    // The site "changes" while the reply streams: its composer no longer matches any selector.
    await chat.page.evaluate((selectors) => {
      const gone: [Element, Element][] = [];
      for (const selector of selectors) {
        for (const el of document.querySelectorAll(selector)) {
          const stand = document.createElement('div');
          el.replaceWith(stand);
          gone.push([stand, el]);
        }
      }
      (window as unknown as { restore: () => void }).restore = () => {
        for (const [stand, el] of gone) stand.replaceWith(el);
      };
    }, adapter.selectors.composer);
    await expect.poll(() => chat.isStreaming()).toBe(false);
    await expect.poll(() => badge.text()).toContain(`${adapter.site.name}: composer not found`);

    const popup = await openPopup();
    const support = popup.page.getByRole('region', { name: 'Site support' });
    await expect(support).toContainText(`${adapter.site.name}: composer not found`);

    // The composer is back (a slow render, an A/B switch): the report goes by itself.
    await chat.page.evaluate(() => (window as unknown as { restore: () => void }).restore());
    await expect.poll(() => badge.count()).toBe(0);
    await popup.page.reload();
    await expect(popup.page.getByRole('heading', { name: 'MCP Switchboard' })).toBeVisible();
    await expect(support).toHaveCount(0);
  });
}

test('a healthy chat shows no warning', async ({
  addConnectedServer,
  openChat,
  openPopup,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  const chat = await openChat();
  await chat.send('hello');
  await expect.poll(() => chat.isStreaming()).toBe(false);
  await chat.page.waitForTimeout(300);
  expect(await new Cards(chat.page, 'data-mcp-switchboard-badge').count()).toBe(0);
  const popup = await openPopup();
  await expect(popup.page.getByRole('heading', { name: 'MCP Switchboard' })).toBeVisible();
  await expect(popup.page.getByRole('region', { name: 'Site support' })).toHaveCount(0);
});
