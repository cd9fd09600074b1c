// Staying alive: dropped connections, restarted servers and long calls, against real servers.
import { expect, test } from '../fixtures/extension';
import { type McpServerKind, startMcpServer } from '../fixtures/servers/mcp-servers';
import { callScript } from '../sites/scripts';

for (const kind of ['everything-ws', 'everything-streamable'] as McpServerKind[]) {
  test(`${kind}: a server that goes away is retried with backoff and reconnects when it is back`, async ({
    addConnectedServer,
    openPopup,
    openChat,
  }) => {
    let server = await startMcpServer(kind);
    const { port } = server;
    try {
      await addConnectedServer(server.url, 'flaky');
      const popup = await openPopup();
      await expect(popup.servers.state('flaky')).toHaveText('Connected');
      const chat = await openChat(
        callScript({ server: 'flaky', tool: 'echo', arguments: { message: 'after restart' } }),
      );
      await chat.send('again');
      await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
      expect((await chat.cards.read())?.message).toBe('');

      await server.stop();
      if (kind === 'everything-ws') {
        // A dropped WebSocket is noticed at once, and the news reaches the popup and the tab.
        await expect(popup.servers.state('flaky')).toHaveText('Reconnecting');
        await expect(popup.servers.item('flaky').locator('.retry')).toContainText(
          /Attempt \d+; next try/,
        );
        await expect
          .poll(async () => (await chat.cards.read())?.message)
          .toBe('“flaky” is reconnecting; Run will try to reach it.');
      }
      const restarted = Date.now();
      server = await startMcpServer(kind, { port });
      if (kind === 'everything-ws') {
        // Backoff is capped at 30 s, so the worst case stays under a minute.
        await expect(popup.servers.state('flaky')).toHaveText('Connected', { timeout: 35_000 });
        const ms = String(Date.now() - restarted);
        test.info().annotations.push({
          type: 'measure:WebSocket reconnected (ms after the server was back)',
          description: ms,
        });
        await expect.poll(async () => (await chat.cards.read())?.message).toBe('');
      }

      // Calls work again (for HTTP, the lost session is re-initialized transparently on the call).
      await chat.page.bringToFront();
      await chat.cards.click('run');
      await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
      expect((await chat.cards.read())?.result).toBe('Echo: after restart');
      await expect(popup.servers.state('flaky')).toHaveText('Connected');
    } finally {
      await server.stop();
    }
  });
}

test('a long call shows its progress and the user can cancel it from the card', async ({
  addConnectedServer,
  openChat,
  openOptions,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  const chat = await openChat(
    callScript({ tool: 'trigger-long-running-operation', arguments: { duration: 30, steps: 30 } }),
  );
  await chat.page.bringToFront();
  await chat.send('take your time');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.message).toMatch(/\d+%/);
  expect((await chat.cards.read())?.buttons).toEqual(['Cancel']);

  await chat.cards.click('cancel');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Failed');
  await expect
    .poll(async () => (await chat.cards.read())?.message)
    .toMatch(/^You cancelled the call\. The error is in the message box/);
  await expect
    .poll(() => chat.editorText())
    .toMatch(/status="cancelled" nonce="\w+">\nYou cancelled the call\.\n/);

  // The call log says what happened.
  const options = await openOptions();
  const activity = await options.page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'activity.get', payload: {} }),
  );
  expect(activity).toMatchObject({
    ok: true,
    value: { log: [{ tool: 'trigger-long-running-operation', outcome: 'cancelled' }] },
  });
});
