// A server that asks the user for input during a call (MCP elicitation, form mode): the question
// shows as a form in the call's card, and the answer goes back to the real server.
import { expect, test } from '../fixtures/extension';
import { callScript } from '../sites/scripts';

test("a server's question shows as a form in the card: defaults filled, checked, and the answer reaches the server", async ({
  addConnectedServer,
  openChat,
  everything,
}) => {
  await addConnectedServer(everything.url, 'everything');
  const chat = await openChat(callScript({ tool: 'trigger-elicitation-request' }));
  await chat.page.bringToFront();
  await chat.send('ask me');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.click('run');

  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for your answer');
  const asked = await chat.cards.text();
  expect(asked).toContain('The server asks:');
  expect(asked).toContain('Please provide inputs for the following fields:');
  expect(asked).toContain('String (required)');
  expect((await chat.cards.read())?.buttons).toEqual(
    expect.arrayContaining(['Accept', 'Decline', 'Cancel']),
  );

  // A required field left empty is caught in the card; nothing is sent yet.
  await chat.cards.click('accept');
  await expect.poll(() => chat.cards.text()).toContain('Please check: name: required.');
  expect((await chat.cards.read())?.status).toBe('Waiting for your answer');

  // What the user types goes to the card's frame: the chat page's own key listeners hear none of
  // it, and the page cannot read the field.
  await chat.page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'])
      window.addEventListener(type, (e) => heard.push((e as KeyboardEvent).key ?? type), true);
  });
  await chat.cards.fill('name', 'Ada Lovelace');
  expect(await chat.page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(
    [],
  );
  expect(await chat.page.evaluate(() => document.body.textContent?.includes('Ada'))).toBe(false);
  await chat.cards.click('accept');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  const result = (await chat.cards.read())?.result ?? '';
  expect(result).toContain('User provided the requested information');
  expect(result).toContain('- Name: Ada Lovelace');
  // The defaults the server gave went back as they were.
  expect(result).toContain('- Favorite Integer: 42');
  await expect.poll(() => chat.editorText()).toContain('- Name: Ada Lovelace');
});

test('declining the question tells the server; the call does not time out while the user thinks', async ({
  addConnectedServer,
  openChat,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  // A server that is silent this long fails the call, but not while the question waits for you.
  const list = (await options.send('servers.list', {})) as { value: { servers: { id: string }[] } };
  const edited = await options.send('servers.edit', {
    id: list.value.servers[0]?.id,
    callTimeoutMs: 1_000,
  });
  expect(edited.ok).toBe(true);
  const chat = await openChat(callScript({ tool: 'trigger-elicitation-request' }));
  await chat.page.bringToFront();
  await chat.send('ask me');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for your answer');
  await chat.page.waitForTimeout(2_500);
  expect((await chat.cards.read())?.status).toBe('Waiting for your answer');
  await chat.cards.click('decline');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect((await chat.cards.read())?.result).toContain(
    'User declined to provide the requested information',
  );
});
