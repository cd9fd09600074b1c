// The walking skeleton: add a server, see it live in the popup, run its tool from a chat reply.
import { expect, test } from '../fixtures/extension';
import { startMcpServer } from '../fixtures/servers/mcp-servers';

test('a server added in the options page connects and shows live in the popup', async ({
  openOptions,
  openPopup,
  everything,
}) => {
  const popup = await openPopup();
  await expect(popup.page.getByText('No servers yet: add one above.')).toBeVisible();

  const options = await openOptions();
  await options.addServer(everything.url, 'everything');
  await expect(options.servers.state('everything')).toHaveText('Connected');
  const tools = await options.servers.toolCount('everything').textContent();
  expect(Number.parseInt(tools ?? '', 10)).toBeGreaterThan(1);

  // The popup was open before the server existed: it must update without a reload.
  await expect(popup.servers.state('everything')).toHaveText('Connected');
  await expect(popup.servers.toolCount('everything')).toHaveText(tools ?? '');
});

test('the server list and the session are kept in chrome.storage', async ({
  addConnectedServer,
  serviceWorker,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  const stored = await serviceWorker.evaluate(async () => ({
    local: await chrome.storage.local.get('servers'),
    session: await chrome.storage.session.get('sessions'),
  }));
  const servers = (stored.local.servers as { value: { name: string; url: string }[] }).value;
  expect(servers).toEqual([expect.objectContaining({ name: 'everything', url: everything.url })]);
  const sessions = Object.values(
    (stored.session.sessions as { value: Record<string, unknown> }).value,
  );
  expect(sessions).toEqual([
    expect.objectContaining({ url: everything.url, era: 'legacy', sessionId: expect.any(String) }),
  ]);
});

test('a tool call in the reply runs against the real server and its result goes to the composer', async ({
  addConnectedServer,
  openChat,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  const chat = await openChat();
  await chat.page.bringToFront();
  await chat.send('Please echo something');

  // The card appears inside the assistant's reply, and becomes runnable once the call is complete.
  const replies = chat.adapter.selectors.assistantMessage.join(', ');
  await expect(chat.page.locator(replies).locator('[data-mcp-switchboard-card]')).toHaveCount(1);
  await expect.poll(() => chat.isStreaming()).toBe(false);
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  const ready = await chat.cards.read();
  // The server the call will reach, as the background resolves it; not as the model wrote it.
  expect(ready?.tool).toBe('everything / echo');
  expect(JSON.parse(ready?.args ?? '')).toEqual({ message: 'Hello from the fixture' });
  expect(ready?.buttons).toEqual(['Run', 'Deny']);

  // Nothing ran on its own: the composer is still empty.
  expect(await chat.editorText()).toBe('');

  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  const done = await chat.cards.read();
  expect(done?.result).toBe('Echo: Hello from the fixture');
  await expect
    .poll(async () => (await chat.cards.read())?.message)
    .toContain('The result is in the message box');

  // The editor's own state holds the result, so sending it works.
  const composed = await chat.editorText();
  expect(composed).toMatch(
    /^<mcp-result call_id="c1" server="everything" tool="echo" status="ok" nonce="([0-9a-f]{8})">\nEcho: Hello from the fixture\n<\/mcp-result nonce="\1">$/,
  );
  await chat.composer().click();
  await chat.page.keyboard.press('Enter');
  await expect
    .poll(async () => (await chat.turns()).at(-1)?.text ?? '')
    .toContain('Echo: Hello from the fixture');
  expect((await chat.submitted()).at(-1)).toContain('</mcp-result nonce=');
});

test('the result is added after what the user already typed, which is kept', async ({
  addConnectedServer,
  chatWithReadyCard,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  const chat = await chatWithReadyCard();
  await chat.composer().click();
  await chat.page.keyboard.type('My own draft');
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  const text = await chat.editorText();
  expect(text.startsWith('My own draft')).toBe(true);
  expect(text).toContain('Echo: Hello from the fixture');
});

test('a click from page script on the card does not run the tool', async ({
  addConnectedServer,
  chatWithReadyCard,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  const chat = await chatWithReadyCard();
  const reached = await chat.page.evaluate(() => {
    const host = document.querySelector('[data-mcp-switchboard-card]');
    host?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return host?.shadowRoot ?? null;
  });
  expect(reached).toBeNull();
  await chat.page.waitForTimeout(300);
  expect((await chat.cards.read())?.status).toBe('Waiting for you');
});

test.describe('bad input', () => {
  test('a malformed URL is kept with a clear error in the options page and the popup', async ({
    openOptions,
    openPopup,
    everything,
  }) => {
    const options = await openOptions();
    await options.addServer('127.0.0.1:3001/mcp', 'typo');
    // Retrying cannot fix a typo: it waits for the user instead of looping.
    await expect(options.servers.state('typo')).toHaveText('Failed');
    await expect(options.servers.error('typo')).toContainText('is not a URL');
    const popup = await openPopup();
    await expect(popup.servers.error('typo')).toContainText('is not a URL');

    // The entry stays so the user can fix it, and then it connects.
    await options.page.bringToFront();
    await options.editUrl('typo', everything.url);
    await expect(options.servers.state('typo')).toHaveText('Connected');
    await expect(popup.servers.state('typo')).toHaveText('Connected');
  });

  test('an unreachable server says so and the worker keeps serving', async ({
    openOptions,
    openPopup,
    everything,
  }) => {
    const options = await openOptions();
    // Port 9 (discard) has no listener here: the connection is refused at once.
    await options.addServer('http://127.0.0.1:9/mcp', 'nowhere');
    await expect(options.servers.error('nowhere')).toContainText(
      'Could not reach the server at 127.0.0.1:9',
    );
    const popup = await openPopup();
    await expect(popup.servers.error('nowhere')).toContainText('Is the server running');

    await options.page.bringToFront();
    await options.addServer(everything.url, 'everything');
    await expect(options.servers.state('everything')).toHaveText('Connected');
    // It keeps trying in the background, saying when the next attempt is.
    await expect(options.servers.state('nowhere')).toHaveText('Reconnecting');
    await expect(options.servers.item('nowhere').locator('.retry')).toContainText(
      /Attempt \d+; next try/,
    );
  });

  test('a URL that is not an MCP endpoint is explained in the options page and the popup', async ({
    openOptions,
    openPopup,
    everything,
  }) => {
    const options = await openOptions();
    await options.addServer(everything.url.replace(/\/mcp$/, '/nothing-here'), 'wrong-path');
    await expect(options.servers.error('wrong-path')).toContainText('No MCP endpoint at');
    await expect(options.servers.error('wrong-path')).toContainText('usually listen on /mcp');
    const popup = await openPopup();
    await expect(popup.servers.error('wrong-path')).toContainText('No MCP endpoint at');
  });

  test('a tool call to a server that went down fails in the card with a clear message', async ({
    addConnectedServer,
    chatWithReadyCard,
  }) => {
    const doomed = await startMcpServer('everything-streamable');
    try {
      await addConnectedServer(doomed.url, 'everything');
      const chat = await chatWithReadyCard();
      await doomed.stop();
      await chat.cards.click('run');
      await expect.poll(async () => (await chat.cards.read())?.status).toBe('Failed');
      expect((await chat.cards.read())?.message).toMatch(
        /Could not reach the server at 127\.0\.0\.1:\d+/,
      );
      // The model hears about the failure too, so it is not left waiting.
      await expect
        .poll(() => chat.editorText())
        .toMatch(/status="failed" nonce="\w+">\nCould not reach the server/);
    } finally {
      await doomed.stop();
    }
  });
});
