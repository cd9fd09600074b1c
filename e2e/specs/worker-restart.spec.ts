// The service worker can be stopped at any time; what it needs to go on lives in chrome.storage.
import { expect, test } from '../fixtures/extension';
import { stopServiceWorker } from '../support/worker';

test('a tool call after the worker was stopped wakes it, reconnects and runs', async ({
  context,
  extensionId,
  openOptions,
  openChat,
  everything,
}) => {
  const options = await openOptions();
  await options.addServer(everything.url, 'everything');
  await expect(options.servers.state('everything')).toHaveText('Connected');
  await options.page.close();

  const chat = await openChat();
  await chat.page.bringToFront();
  await chat.send('echo please');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');

  await stopServiceWorker(context, extensionId);
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).not.toBe('Running');
  const card = await chat.cards.read();
  expect(`${card?.status}: ${card?.message}`).toBe(
    'Done: The result is in the message box: review it and send.',
  );
  expect((await chat.cards.read())?.result).toBe('Echo: Hello from the fixture');
  expect(await chat.editorText()).toContain('Echo: Hello from the fixture');

  // The restarted worker shows the server connected again, without the user doing anything.
  const again = await openOptions();
  await expect(again.servers.state('everything')).toHaveText('Connected');
});
