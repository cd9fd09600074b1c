// The service worker can be stopped at any time; what it needs to go on lives in chrome.storage.
import { expect, test } from '../fixtures/extension';
import { stopServiceWorker } from '../support/worker';

test('a tool call after the worker was stopped wakes it, reconnects and runs', async ({
  context,
  extensionId,
  addConnectedServer,
  chatWithReadyCard,
  openOptions,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  await options.page.close();
  const chat = await chatWithReadyCard('echo please');

  await stopServiceWorker(context, extensionId);
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).not.toBe('Running');
  // Status first, then the delivery message once the result is in the composer.
  await expect
    .poll(async () => {
      const card = await chat.cards.read();
      return `${card?.status}: ${card?.message}`;
    })
    .toBe('Done: The result is in the message box: review it and send.');
  const card = await chat.cards.read();
  expect(card?.result).toBe('Echo: Hello from the fixture');
  expect(await chat.editorText()).toContain('Echo: Hello from the fixture');

  // The restarted worker shows the server connected again, without the user doing anything.
  const again = await openOptions();
  await expect(again.servers.state('everything')).toHaveText('Connected');
});
