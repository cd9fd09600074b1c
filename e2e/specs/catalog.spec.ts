// The catalogue beyond tools, header secrets, and activity that outlives the worker.
import { expect, test } from '../fixtures/extension';
import { startScriptedServer } from '../fixtures/servers/scripted-server';
import { callScript } from '../sites/scripts';
import { openedItem, rawLocal } from '../support/sealed-storage';
import { stopServiceWorker } from '../support/worker';

type Envelope = { ok: boolean; value?: unknown; error?: { message: string } };

test('resources, prompts and structured results from a real server', async ({
  addConnectedServer,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  await expect(options.servers.item('everything').locator('.meta')).toContainText(
    /\d+ resources · \d+ prompts/,
  );
  const send = (type: string, payload: unknown) => options.send(type, payload) as Promise<Envelope>;

  const catalog = (await send('catalog.get', {})) as {
    value: {
      servers: {
        serverId: string;
        catalog: { resources: { uri: string }[]; prompts: { name: string }[] };
      }[];
    };
  };
  const [server] = catalog.value.servers;
  expect(server?.catalog.resources.length).toBeGreaterThan(0);
  expect(server?.catalog.prompts.map((p) => p.name)).toContain('simple-prompt');

  const uri = server!.catalog.resources[0]!.uri;
  const read = await send('resources.read', { serverId: server!.serverId, uri });
  expect(read).toMatchObject({
    ok: true,
    value: { contents: [expect.objectContaining({ kind: 'text', uri })] },
  });

  const prompt = await send('prompts.get', {
    serverId: server!.serverId,
    name: 'simple-prompt',
    arguments: {},
  });
  expect(prompt).toMatchObject({ ok: true, value: { text: expect.stringMatching(/\S/) } });

  // A tool with an outputSchema: its structured content is validated (without eval) and kept.
  const structured = await send('tools.call', {
    call: { call_id: 's1', tool: 'get-structured-content', arguments: { location: 'New York' } },
  });
  expect(structured).toMatchObject({
    ok: true,
    value: { result: { isError: false, structured: expect.any(Object) } },
  });
});

test('header values are sent to the server, but never shown again or given to pages', async ({
  openOptions,
  serviceWorker,
}) => {
  const server = await startScriptedServer({ tools: { echo: { kind: 'echo' } } });
  try {
    const options = await openOptions();
    await options.addServer(server.url, 'private', {
      headers: { Authorization: 'Bearer s3cret-token' },
    });
    await expect(options.servers.state('private')).toHaveText('Connected');
    expect(
      server
        .requests()
        .filter((r) => r.method === 'initialize')
        .map((r) => r.authorization),
    ).toEqual(['Bearer s3cret-token']);

    // The settings page lists the header by name only.
    const list = await options.page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'servers.list', payload: {} }),
    );
    expect(JSON.stringify(list)).not.toContain('s3cret');
    expect(list).toMatchObject({ value: { servers: [{ headerNames: ['Authorization'] }] } });
    await options.servers.item('private').getByRole('button', { name: 'Edit' }).click();
    await expect(options.servers.item('private').getByText('•••••• saved (hidden)')).toBeVisible();
    expect(await options.page.content()).not.toContain('s3cret');

    // Stored apart from the server list, and sealed: only the background, with its key, opens it.
    const stored = await rawLocal(serviceWorker);
    expect(JSON.stringify(stored.servers)).not.toContain('s3cret');
    expect(JSON.stringify(stored.secrets)).not.toContain('s3cret');
    expect(JSON.stringify(await openedItem(serviceWorker, 'secrets'))).toContain('s3cret');
  } finally {
    await server.stop();
  }
});

test('metrics and the call log survive a worker restart', async ({
  context,
  extensionId,
  addConnectedServer,
  openChat,
  openOptions,
}) => {
  const server = await startScriptedServer({
    tools: { echo: { kind: 'echo' }, fails: { kind: 'error-result', text: 'no' } },
  });
  try {
    await addConnectedServer(server.url, 'scripted');
    const chat = await openChat(
      callScript({ tool: 'echo', arguments: { message: 'hi', token: 'abc' } }, { tool: 'fails' }),
    );
    await chat.page.bringToFront();
    await chat.send('go');
    for (const i of [0, 1]) {
      await expect.poll(async () => (await chat.cards.read(i))?.status).toBe('Waiting for you');
      await chat.cards.click('run', i);
      await expect
        .poll(async () => (await chat.cards.read(i))?.status)
        .not.toMatch(/Waiting|Running/);
    }
    // Let the debounced save land before the worker goes.
    await chat.page.waitForTimeout(500);
    await stopServiceWorker(context, extensionId);

    const options = await openOptions();
    const activity = (await options.page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'activity.get', payload: {} }),
    )) as {
      value: {
        metrics: { tools: { tool: string; calls: number; errors: number }[] };
        log: { tool: string; outcome: string; arguments: unknown }[];
      };
    };
    expect(activity.value.log.map((e) => [e.tool, e.outcome])).toEqual([
      ['fails', 'tool-error'],
      ['echo', 'ok'],
    ]);
    expect(activity.value.log[1]?.arguments).toEqual({ message: 'hi', token: '[redacted]' });
    expect(activity.value.metrics.tools).toEqual([
      expect.objectContaining({ tool: 'echo', calls: 1, errors: 0 }),
      expect.objectContaining({ tool: 'fails', calls: 1, errors: 1 }),
    ]);
  } finally {
    await server.stop();
  }
});

test('the settings say that headers cannot be sent on a WebSocket', async ({ openOptions }) => {
  const options = await openOptions();
  const form = options.page.getByRole('form', { name: 'Add a server' });
  await form.getByRole('button', { name: /More options/ }).click();
  const note = form.getByRole('note');
  await form.getByLabel('Server URL').fill('http://127.0.0.1:3001/mcp');
  await expect(note).toHaveCount(0);
  await form.getByLabel('Server URL').fill('ws://127.0.0.1:3002/message');
  await expect(note).toContainText('Browsers cannot send headers on a WebSocket');
});
