// More faults, each checked on the server side: no call runs twice, the user is told clearly what
// happened, and one more call works afterwards.
import { expect, test } from '../fixtures/extension';
import { startScriptedServer } from '../fixtures/servers/scripted-server';
import { callScript } from '../sites/scripts';
import { stopServiceWorker } from '../support/worker';

/** Two calls of one tool: the fault hits the first, the second proves the product still works. */
const twoCalls = (tool: string) =>
  callScript(
    { tool, arguments: { message: 'one' } },
    { tool: 'echo', arguments: { message: 'after' } },
  );

test('a flood of notifications during a call: it completes once and the next call works', async ({
  scriptedChat,
}) => {
  const { server, chat } = await scriptedChat(
    { flood: { kind: 'flood', count: 5_000 }, echo: { kind: 'echo' } },
    twoCalls('flood'),
  );
  await chat.cards.click('run', 0);
  await expect.poll(async () => (await chat.cards.read(0))?.status).toBe('Done');
  expect((await chat.cards.read(0))?.result).toBe('Echo: one');

  await chat.cards.run(1);
  await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Done');
  expect((await chat.cards.read(1))?.result).toBe('Echo: after');
  expect(server.calls('flood')).toHaveLength(1);
  expect(server.calls('echo')).toHaveLength(1);
});

test('a 10 MB result: cut cleanly in the chat, shown on the card, and the next call works', async ({
  scriptedChat,
}) => {
  const line = 'a line of a very large result\n';
  const huge = `START\n${line.repeat(Math.ceil(10_000_000 / line.length))}END`;
  const { server, chat } = await scriptedChat(
    { huge: { kind: 'text', text: huge }, echo: { kind: 'echo' } },
    twoCalls('huge'),
  );
  await chat.cards.click('run', 0);
  await expect
    .poll(async () => (await chat.cards.read(0))?.status, { timeout: 30_000 })
    .toBe('Done');
  // Done shows as the result arrives; the file is attached and the text put in after that.
  await expect
    .poll(async () => (await chat.cards.read(0))?.message, { timeout: 30_000 })
    .toContain('Attached: c1-result.txt.');
  const card = await chat.cards.read(0);
  expect(card?.result).toMatch(/^START\na line of a very large result\n/);

  const text = await chat.editorText();
  expect(text).toContain('START\na line of a very large result');
  expect(text).toMatch(/\[… truncated: \d+ more characters\./);
  expect(text).not.toContain('END');
  expect(text.length).toBeLessThan(100_000);

  await chat.cards.run(1);
  await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Done');
  expect((await chat.cards.read(1))?.result).toBe('Echo: after');
  expect(server.calls('huge')).toHaveLength(1);
  expect(server.calls('echo')).toHaveLength(1);
});

test('the worker killed mid-call: the card ends with a clear message, the call ran once, the next works', async ({
  context,
  extensionId,
  scriptedChat,
}) => {
  const { server, chat } = await scriptedChat(
    { slow: { kind: 'slow', ms: 4_000 }, echo: { kind: 'echo' } },
    twoCalls('slow'),
  );
  await chat.cards.click('run', 0);
  await expect.poll(() => server.calls('slow').length).toBe(1);
  await stopServiceWorker(context, extensionId);
  await expect
    .poll(async () => (await chat.cards.read(0))?.status, { timeout: 15_000 })
    .toBe('Failed');
  expect((await chat.cards.read(0))?.message).toContain(
    'MCP Switchboard stopped before this finished. It may have run once; it was not run again.',
  );

  await chat.cards.run(1);
  await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Done');
  expect((await chat.cards.read(1))?.result).toBe('Echo: after');
  // Past the slow tool's own 4 s, nothing sent it again.
  await chat.page.waitForTimeout(4_500);
  expect(server.calls('slow')).toHaveLength(1);
  expect(server.calls('echo')).toHaveLength(1);
});

test('a WebSocket dropped mid-call: a clear failure, run once, reconnected, and the next call works', async ({
  addConnectedServer,
  openChat,
  openPopup,
}) => {
  const server = await startScriptedServer({
    websocket: true,
    tools: { slow: { kind: 'slow', ms: 5_000 }, echo: { kind: 'echo' } },
  });
  try {
    await addConnectedServer(server.wsUrl, 'socket');
    const chat = await openChat(twoCalls('slow'));
    await chat.page.bringToFront();
    await chat.send('go');
    await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Waiting for you');
    await chat.cards.click('run', 0);
    await expect.poll(() => server.calls('slow').length).toBe(1);
    server.dropWebSockets();
    await expect.poll(async () => (await chat.cards.read(0))?.status).toBe('Failed');
    expect((await chat.cards.read(0))?.message).toMatch(
      /^The connection to the server at 127\.0\.0\.1:\d+ closed before it answered\./,
    );

    const popup = await openPopup();
    await expect(popup.servers.state('socket')).toHaveText('Connected', { timeout: 35_000 });
    await chat.page.bringToFront();
    await chat.cards.run(1);
    await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Done');
    expect((await chat.cards.read(1))?.result).toBe('Echo: after');
    await chat.page.waitForTimeout(5_500);
    expect(server.calls('slow')).toHaveLength(1);
    expect(server.calls('echo')).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('storage full while saving a setting: a clear error, and the saved settings are kept', async ({
  serviceWorker,
  scripted,
  openOptions,
}) => {
  await scripted({ echo: { kind: 'echo' } });
  const options = await openOptions();
  await options.choosePolicy('scripted', 'echo', 'allow');

  await serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { realSet?: typeof chrome.storage.local.set };
    g.realSet = chrome.storage.local.set;
    chrome.storage.local.set = (() =>
      Promise.reject(
        new Error('Resource::kQuotaBytes quota exceeded'),
      )) as unknown as typeof chrome.storage.local.set;
  });
  await options.toolPolicy('scripted', 'echo').selectOption('deny');
  await expect(options.tool('scripted', 'echo').getByRole('alert')).toContainText(
    /Not saved: The browser’s storage for MCP Switchboard is full/,
  );

  await serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { realSet?: typeof chrome.storage.local.set };
    if (g.realSet) chrome.storage.local.set = g.realSet;
  });
  await options.page.reload();
  await expect(options.toolPolicy('scripted', 'echo')).toHaveValue('allow');
  expect((await options.storedPolicies('scripted'))?.tools).toEqual({ echo: 'allow' });

  // Saving works again once there is room.
  await options.choosePolicy('scripted', 'echo', 'ask');
  expect((await options.storedPolicies('scripted'))?.tools).toEqual({ echo: 'ask' });
});
